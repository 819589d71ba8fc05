/**
 * One board of a multi-board site as its own process: `dist/qms.mjs run
 * --board ID --no-panel --keys-stdin`, exactly as the board runs it, with
 * its simulated buttons pressed through stdin and what its simulated devices
 * print, show and say read back from its JSON log lines.
 */
import { ApplianceProcess } from './appliance-process.ts'

export type { LogEntry } from './appliance-process.ts'

export class BoardProcess extends ApplianceProcess {
  constructor(
    readonly board: string,
    configFile: string,
    dataDir: string,
  ) {
    super({ configFile, dataDir, board, keysStdin: true })
  }

  press(input: string, key: string): void {
    this.child.stdin!.write(`press ${input} ${key}\n`)
  }

  /** SIGHUP, as `systemctl reload qms` sends it: the board reloads its config file. */
  reload(): void {
    this.child.kill('SIGHUP')
  }
}
