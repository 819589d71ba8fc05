/**
 * The site every in-process measurement uses: a hub-only config with ten
 * services of 9999 numbers each, so no run of the benchmark wraps a number.
 */
import { randomUUID } from 'node:crypto'
import pino from 'pino'
import { engineConfig } from '../firmware/site/config/engine-slice.ts'
import { checkConfig } from '../firmware/site/config/load.ts'
import { Hub } from '../firmware/hub/hub.ts'
import { hubConfigDocument } from '../test/harness/hub-process.ts'
import { intlZones } from '../test/fixtures/zones.ts'

export const SERVICES = ['s0', 's1', 's2', 's3', 's4', 's5', 's6', 's7', 's8', 's9']
export const COUNTERS = ['c1', 'c2', 'c3', 'c4']

export const siteDocument = hubConfigDocument({ site: 'bench', services: SERVICES, counters: COUNTERS })
export const engine = engineConfig(checkConfig(siteDocument, 'bench site', intlZones), intlZones)
export const silent = pino({ level: 'silent' })

/** A started in-process hub on `journalDir`; `snapshotEvery` high enough that no snapshot is taken unless asked. */
export async function startHub(
  journalDir: string,
  options: { snapshotEvery?: number; clock?: () => number } = {},
): Promise<Hub> {
  const hub = new Hub({
    engine,
    journalDir,
    snapshotEvery: options.snapshotEvery ?? 1_000_000_000,
    retentionDays: 400,
    logger: silent,
    ...(options.clock ? { clock: options.clock } : {}),
  })
  await hub.start()
  return hub
}

/** A request id as devices make them (BusClient: a UUID), so record sizes are the real ones. */
export function req(): string {
  return randomUUID()
}
