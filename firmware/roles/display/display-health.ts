/** A display that stops answering is a problem on the board's health topic until it answers again. */
import type { BusClient } from '../../bus/client.ts'
import type { Display, DisplayHealth } from '../../drivers/display/display.ts'

export function watchDisplayHealth(
  id: string,
  driver: Display & Partial<DisplayHealth>,
  problems: Map<string, string>,
  bus: Pick<BusClient, 'reportProblems'>,
): void {
  driver.watchHealth?.((problem) => {
    if (problem === undefined) problems.delete(id)
    else problems.set(id, problem)
    bus.reportProblems([...problems.values()])
  })
}
