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
    /** Device → all, retained: `{ device, ok, problem?, at }`, republished when it changes. */
    health: (device: string) => `${root}/health/${device}`,
  }
}

export type Topics = ReturnType<typeof topics>
