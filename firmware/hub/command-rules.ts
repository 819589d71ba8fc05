/**
 * What each device may ask of the hub: a dispenser issues tickets for its
 * own buttons' services and reports what its printer did; a counter keypad
 * commands its own counter, and may cancel or have an unprinted ticket
 * reprinted; the hub's own clock ticks. The broker's access list already keeps a device to
 * its own command topic, so the topic names the device truthfully.
 */
import type { Command, EngineError } from '../core/index.ts'
import type { Device } from '../bus/devices.ts'
import { incidentPermit } from './incident-rules.ts'

const COUNTER_COMMANDS = new Set([
  'callNext',
  'recall',
  'noShow',
  'start',
  'finish',
  'hold',
  'pause',
  'resume',
  'transfer',
  'callTicket',
])
// Staff log in and out at their own counter's keypad.
for (const type of ['login', 'logout']) COUNTER_COMMANDS.add(type)

export type Permit = (command: Command) => EngineError | undefined

export function permitFor(device: Device | undefined, deviceId: string): Permit {
  return (command) => {
    const no = (message: string): EngineError => ({ code: 'not-allowed', message })
    if (!device) return no(`"${deviceId}" is not a device of this site`)
    if (device.role === 'hub') return undefined
    if (device.role === 'dispenser' && command.type === 'issue') {
      return device.services?.includes(command.service)
        ? undefined
        : no(`This ticket box has no button for "${command.service}"`)
    }
    // The box reports what its printer did with a ticket it was given.
    if (device.role === 'dispenser' && (command.type === 'markUnprinted' || command.type === 'markPrinted'))
      return undefined
    if (device.role === 'counter' && 'counter' in command && COUNTER_COMMANDS.has(command.type)) {
      return command.counter === device.counter
        ? undefined
        : no(`This keypad belongs to counter ${device.counter}, not ${command.counter}`)
    }
    if (device.role === 'counter' && (command.type === 'cancel' || command.type === 'reprint')) return undefined
    const incident = incidentPermit(device, command)
    if (incident !== undefined) return incident === 'allowed' ? undefined : incident
    return no(`A ${device.role} may not send "${command.type}"`)
  }
}
