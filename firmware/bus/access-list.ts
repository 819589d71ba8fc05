/**
 * Who may publish and subscribe to what, by role. One list, used by the
 * embedded broker's hooks (broker-auth.ts) and written out as a Mosquitto
 * ACL file for an external broker (qms broker-config). Topics are relative
 * to the site's root `qms/v1/<site>/`; nothing outside it is granted, `$SYS`
 * included. What a device may *do* with a command (a dispenser issues only
 * for its own services, a counter commands only its own counter) is the
 * hub's check, hub/command-rules.ts: a broker sees topics, not payloads.
 */
import type { Device } from './devices.ts'
import { covers } from './topic-filter.ts'

export interface Grants {
  publish: string[]
  subscribe: string[]
}

/** What a hall display, a status page or an outside dashboard may read. */
export const PUBLIC_TOPICS = ['state/services', 'state/calls', 'state/counter/+', 'state/devices']

/** What staff screens read besides: printers' states and alerts. */
const STAFF_TOPICS = ['state/printer/+', 'alert/#', 'state/incidents', 'state/modem', 'state/config']

/** The branch manager's figures: live and the last day's summary. Staff screens and dashboards, not the public. */
export const REPORT_TOPICS = ['state/report/live', 'state/report/day']

/** A viewer logs in (a dashboard, mosquitto_sub); a public page on WebSocket does not. */
export type Principal = Device | { role: 'viewer' | 'public'; id: string }

export function grantsOf(who: Principal): Grants {
  // Every device reads device health, for the hub's: is the hub there to answer (client.ts)?
  const own = { publish: [`state/device/${who.id}`], subscribe: ['state/device/+'] }
  switch (who.role) {
    case 'hub':
      return { publish: ['#'], subscribe: ['#'] }
    case 'dispenser':
      return {
        publish: [...own.publish, `cmd/${who.id}`, `state/printer/${who.id}`, 'alert/printer'],
        // Reprint requests for its tickets arrive as events.
        subscribe: [
          ...own.subscribe,
          `reply/${who.id}`,
          'state/services',
          'event/ticket.reprintRequested',
          'state/report/day',
          'state/config',
        ],
      }
    case 'counter':
      return {
        publish: [...own.publish, `cmd/${who.id}`],
        subscribe: [...own.subscribe, `reply/${who.id}`, `state/counter/${who.counter}`, 'state/services'],
      }
    case 'display':
      // state/config: a hall display shows how a USB import ended.
      return {
        publish: own.publish,
        subscribe: [...own.subscribe, 'state/counter/+', 'state/calls', 'state/services', 'state/config'],
      }
    case 'announcer':
      return { publish: own.publish, subscribe: [...own.subscribe, 'event/ticket.called'] }
    case 'callpoint':
      // Its lamps follow the open calls; what it may raise is the hub's check (incident-rules.ts).
      return {
        publish: [...own.publish, `cmd/${who.id}`],
        subscribe: [...own.subscribe, `reply/${who.id}`, 'state/incidents'],
      }
    case 'viewer':
      return { publish: [], subscribe: [...PUBLIC_TOPICS, ...STAFF_TOPICS, ...REPORT_TOPICS, 'event/#'] }
    case 'public':
      return { publish: [], subscribe: PUBLIC_TOPICS }
  }
}

/** `qms/v1/site/state/calls` → `state/calls`, or undefined outside the root. */
export function relative(root: string, topic: string): string | undefined {
  return topic.startsWith(`${root}/`) ? topic.slice(root.length + 1) : undefined
}

// The grants are relative to the root but matched as full topics, so that a level under the root that
// starts with `$` is an ordinary level, as it is to the broker ([MQTT-4.7.2-1] is about the first level).
export function mayPublish(grants: Grants, root: string, topic: string): boolean {
  const rel = relative(root, topic)
  return rel !== undefined && !/[+#]/.test(rel) && grants.publish.some((g) => covers(`${root}/${g}`, topic))
}

export function maySubscribe(grants: Grants, root: string, filter: string): boolean {
  const rel = relative(root, filter)
  return rel !== undefined && grants.subscribe.some((g) => covers(`${root}/${g}`, filter))
}
