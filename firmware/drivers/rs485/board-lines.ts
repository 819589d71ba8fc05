/**
 * A board's RS-485 lines by serial port: the devices configured on one port
 * share one line, made for the first of them, and must agree on how it is
 * spoken (its speed, a keypad's protocol), since they share one wire.
 * site/config/rs485-check.ts refuses such a config before anything opens;
 * this is the driver's own guard.
 */
export class BoardLines<Line> {
  private readonly lines = new Map<string, { line: Line; spoken: string }>()

  /** @param devices what is on the lines, for the error: `displays`, `keypads`. */
  constructor(private readonly devices: string) {}

  /** The line on `path`; `spoken` (e.g. `qsystem at 9600 baud`) says how, and must be the same for every device on it. */
  line(path: string, spoken: string, make: () => Line): Line {
    const known = this.lines.get(path)
    if (!known) {
      const line = make()
      this.lines.set(path, { line, spoken })
      return line
    }
    if (known.spoken !== spoken)
      throw new Error(`${this.devices} on ${path} disagree: ${known.spoken} and ${spoken} share one wire`)
    return known.line
  }
}
