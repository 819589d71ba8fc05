/** Identifies the config a device runs (health topics, state/config): 12 hex digits of the SHA-256 of the parsed config. */
import { createHash } from 'node:crypto'
import type { SiteConfig } from './schema.ts'

export function configHash(config: SiteConfig): string {
  return createHash('sha256').update(JSON.stringify(config)).digest('hex').slice(0, 12)
}
