/**
 * Who may send the call-point and rating commands: a counter keypad rates
 * its own counter and acknowledges or clears a call from its keypad; the
 * hub itself (SMS replies, the notifier) may do anything. `undefined` means
 * these rules have nothing to say about the command.
 */
import type { Command, EngineError } from '../core/index.ts'
import type { Device } from '../bus/devices.ts'

export function incidentPermit(device: Device, command: Command): EngineError | 'allowed' | undefined {
  const no = (message: string): EngineError => ({ code: 'not-allowed', message })
  if (device.role === 'counter' && command.type === 'rate') {
    return command.counter === device.counter
      ? 'allowed'
      : no(`This keypad belongs to counter ${device.counter}, not ${command.counter}`)
  }
  if (device.role === 'counter' && command.type === 'acknowledgeIncident') {
    return command.via === 'keypad' ? 'allowed' : no('A keypad acknowledges with via "keypad"')
  }
  if (device.role === 'counter' && command.type === 'clearIncident') return 'allowed'
  const atPoint = ['raiseIncident', 'escalateIncident', 'clearIncident', 'acknowledgeIncident']
  if (device.role === 'callpoint' && atPoint.includes(command.type)) {
    if (command.type === 'acknowledgeIncident' && command.via !== 'key')
      return no('A call point acknowledges with via "key"')
    const point = 'point' in command ? command.point : undefined
    return point !== undefined && device.points?.includes(point)
      ? 'allowed'
      : no(`Call point "${point ?? '?'}" is not wired to this board`)
  }
  return undefined
}
