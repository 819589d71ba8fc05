/**
 * The topic contract, version 1 (docs/mqtt.md). Every topic lives under
 * `qms/v1/<site>/`; devices send commands on their own `cmd` topic and read
 * answers on their own `reply` topic (aedes speaks MQTT 3.1.1, which has no
 * response topics, so the request id travels in the payload).
 */
export const CONTRACT_VERSION = 'v1'

export function topics(site: string) {
  const root = `qms/${CONTRACT_VERSION}/${site}`
  return {
    root,
    /** Device → hub: `{ req, type, …command }`, QoS 1. */
    command: (device: string) => `${root}/cmd/${device}`,
    commandAll: `${root}/cmd/+`,
    /** Hub → device: `{ req, status: 'ok', data }` or `{ req, status: 'error', error }`, QoS 1. */
    reply: (device: string) => `${root}/reply/${device}`,
    /** Hub → all: one message per durable event, QoS 1, not retained. */
    event: (type: string) => `${root}/event/${type}`,
    eventAll: `${root}/event/#`,
    /** Retained state a device reads after any restart. */
    counterState: (counter: string) => `${root}/state/counter/${counter}`,
    counterStateAll: `${root}/state/counter/+`,
    servicesState: `${root}/state/services`,
    callsState: `${root}/state/calls`,
    /** Device → all, retained: `{ device, online, version, config, uptimeSeconds }`; the last will says offline. */
    deviceHealth: (device: string) => `${root}/state/device/${device}`,
    deviceHealthAll: `${root}/state/device/+`,
    /** Hub → all, retained: which configured devices are online and which are missing. */
    devicesState: `${root}/state/devices`,
    /** Retained: a ticket box's printer as the printer last reported it. */
    printerState: (device: string) => `${root}/state/printer/${device}`,
    printerStateAll: `${root}/state/printer/+`,
    /** Hub → all, retained: the open call-point incidents `{ incidents: [...] }` (issue 9). */
    incidentsState: `${root}/state/incidents`,
    /** Retained: the SMS modem's health as the hub last checked it. */
    modemState: `${root}/state/modem`,
    /** Not retained: something a person must see to, e.g. `alert/printer`. */
    alert: (kind: string) => `${root}/alert/${kind}`,
    /** Hub → all, retained: today's live figures (waiting per service, longest wait, served so far). */
    reportLive: `${root}/state/report/live`,
    /** Hub → all, retained: the summary of the last closed business day. */
    reportDay: `${root}/state/report/day`,
    /** Hub → all, retained: the config it runs, the last USB import's and reload's outcome (contract/config-state.ts). */
    configState: `${root}/state/config`,
  }
}

export type Topics = ReturnType<typeof topics>
