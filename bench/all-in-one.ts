/**
 * The all-in-one board's memory: every role on one process (hub, ticket box,
 * counters, displays, announcer, call points), the canvas loaded by the print
 * path's warm-up, tickets printed on the fake ESC/POS printer, then VmRSS.
 * This is `rss_mb`, what a one-box site's board must hold; the hub alone after
 * 10,000 tickets is `rss_hub_mb` (bench/mqtt-load.ts).
 */
import { measurePressToPrint } from './press-to-print.ts'

export async function measureAllInOne(presses = 50): Promise<Record<string, number>> {
  const f = await measurePressToPrint({ samples: presses, allInOne: true, suffix: '_all_in_one' })
  return { rss_mb: f.rss_all_in_one_mb!, press_to_print_all_in_one_p50_ms: f.press_to_print_all_in_one_p50_ms! }
}
