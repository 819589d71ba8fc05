/**
 * Device health on the bus: each device keeps a retained message on
 * `state/device/<id>` — "online" with what it runs while connected, and its
 * last will, "offline", which the broker publishes if it vanishes.
 */
export interface DeviceHealth {
  device: string
  online: boolean
  /** Firmware version. */
  version?: string
  /** First 12 hex digits of the SHA-256 of the config it runs: boards on different configs show at once. */
  config?: string
  uptimeSeconds?: number
  /** Problems the device wants staff to see (printer out of paper, modem without signal). */
  problems?: string[]
  /** Offline because it was stopped in order (its goodbye), not vanished (its last will). */
  stopped?: true
  /** Counts staff may look at (`pressesInCooldown`: presses a ticket box answered with no ticket, the button having just given one). */
  counts?: Record<string, number>
}

export function parseHealth(payload: unknown): DeviceHealth | undefined {
  if (typeof payload !== 'object' || payload === null) return undefined
  const h = payload as Record<string, unknown>
  if (typeof h.device !== 'string' || typeof h.online !== 'boolean') return undefined
  return h as unknown as DeviceHealth
}
