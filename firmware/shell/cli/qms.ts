/**
 * `qms`: the appliance's one command. `qms run` starts the board's roles;
 * the other subcommands are tools for technicians.
 */
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { REPORT_HELP } from './report-help.ts'
import { helpFor, parseProblem } from './command-help.ts'

const HELP = `qms — customer-queue appliance

Usage (from a checkout, after npm ci and npm run build: npx qms …, or
node dist/qms.mjs …; on the appliance: qms …):
  qms run --config FILE --data DIR [--board ID] [--no-panel] [--keys-stdin]
      Start the roles this board's config names (hub, dispenser, counters,
      displays, announcer). A site of several boards shares one config file;
      --board says which board this is. At a terminal, a front panel shows tickets,
      displays and announcements and lets you press every button;
      --no-panel (or no terminal) runs headless with log lines only (the
      simulated devices log what they print, show and say); --keys-stdin then
      reads "press dispenser deposits" or "press counter:c1 next" lines.
      SIGHUP (systemctl reload qms, or kill -HUP under the front panel)
      re-reads the config file and, if it is valid and strands no ticket,
      restarts the roles with it in-process; closing the terminal stops it.
      The data folder is locked while it runs (DIR/qms.lock): exit 75 if
      another process holds it (the log names its pid). Before READY every
      folder the hub writes is probed: exit 73 if one cannot be written.
  qms config validate FILE
      Check a site config; every problem is printed as "path: what is wrong".
  qms config keygen --out DIR [--name NAME]
      Make an Ed25519 signing key: NAME.key (private, mode 0600) and NAME.pub
      (for /etc/qms/keys on the appliances). NAME defaults to "site".
  qms config sign --config FILE --key NAME.key --out DIR [--logo PNG]
                  [--audio DIR] [--revision N]
      Make a signed bundle folder (copy it onto a stick as qms-bundle/): the
      config (checked first), an optional ticket logo and recordings
      (<lang>/<clip>.wav), a manifest of SHA-256 hashes and its signature.
      The revision defaults to the signing time in seconds.
  qms usb-import --mount DIR [--keys DIR] [--config-dir DIR] [--data DIR]
                 [--report FILE] [--export-dir DIR]
      Import DIR/qms-bundle: verify its signature against the keys in --keys
      (default /etc/qms/keys), validate it, dry-run it against the live queue
      in --data (default /var/lib/qms), then make it the config in
      --config-dir (default DATA/config, /var/lib/qms/config; the hub runs
      current/config.yaml there). Writes DIR/qms-report.txt (or --report).
      Exit 0: applied; 1: refused, the running config untouched; 75: another
      import was running. With DIR/qms-export-request ("hours: N", default 24):
      today's reports (CSV) and N hours of log into DIR/qms-export/ (or
      --export-dir), with or without a bundle (none: exit 3).
  qms config rollback [--config-dir DIR | --data DIR]
      Return to the config that ran before the last import (twice: undo).
  qms journal salvage --data DIR
      Recover a journal the hub refused to open because a record in the
      middle is damaged: keeps every record that verifies, copies the
      originals aside and prints what was lost.
      Refused (exit 75) while a hub runs on DIR.
  qms clips build --out DIR [--lang en,ar,zh,ru]
      Build the announcer's default clip set (espeak-ng and sox) with its
      manifest.json; a site's recordings replace single clips (docs/voice.md).
  qms broker-config --config FILE --out DIR
      For a site with its own broker (hub.broker.mode: external): write a
      Mosquitto config, password file and ACL that enforce the appliance's
      logins and access list (docs/mqtt.md).
${REPORT_HELP}  qms --help | qms --version

Environment: QMS_LOG_LEVEL=debug|info|warn (default info).
`

export async function main(argv: string[]): Promise<number> {
  let parsed
  try {
    parsed = parse(argv)
  } catch (err) {
    const problem = parseProblem(err as Error & { code?: string })
    if (problem === undefined) throw err
    return usage(`${problem}; \`qms <command> --help\` lists a command's options`, argv)
  }
  return dispatch(parsed.values, parsed.positionals)
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      config: { type: 'string', short: 'c' },
      data: { type: 'string', short: 'd' },
      'no-panel': { type: 'boolean', default: false },
      'keys-stdin': { type: 'boolean', default: false },
      board: { type: 'string', short: 'b' },
      out: { type: 'string' },
      lang: { type: 'string' },
      name: { type: 'string' },
      key: { type: 'string' },
      logo: { type: 'string' },
      audio: { type: 'string' },
      revision: { type: 'string' },
      mount: { type: 'string' },
      keys: { type: 'string' },
      'config-dir': { type: 'string' },
      report: { type: 'string' },
      'export-dir': { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      by: { type: 'string' },
      format: { type: 'string' },
      chart: { type: 'string' },
      incidents: { type: 'boolean' },
      slip: { type: 'boolean' },
      help: { type: 'boolean', short: 'h', default: false },
      version: { type: 'boolean', default: false },
    },
  })
}

async function dispatch(values: ReturnType<typeof parse>['values'], positionals: string[]): Promise<number> {
  const [command, sub, file] = positionals
  if (values.version) {
    process.stdout.write(`${process.env.QMS_VERSION ?? 'dev'}\n`)
    return 0
  }
  if (values.help || command === undefined || command === 'help') {
    const words = command === 'help' ? positionals.slice(1) : positionals
    process.stdout.write((words.length > 0 && helpFor(HELP, words)) || HELP)
    return 0
  }
  if (command === 'run') {
    if (!values.config || !values.data) return usage('qms run needs --config FILE and --data DIR')
    const { runCommand } = await import('./run.ts')
    return runCommand({
      configFile: values.config,
      dataDir: values.data,
      panel: !values['no-panel'],
      keysStdin: values['keys-stdin'],
      ...(values.board ? { board: values.board } : {}),
    })
  }
  if (command === 'config' && sub === 'validate') {
    if (!file) return usage('qms config validate needs a FILE')
    const { validateCommand } = await import('./config-validate.ts')
    return validateCommand(file)
  }
  if (command === 'config' && sub === 'keygen') {
    if (!values.out) return usage('qms config keygen needs --out DIR')
    const { keygenCommand } = await import('./config-bundle.ts')
    return keygenCommand(values.out, values.name ?? 'site')
  }
  if (command === 'config' && sub === 'sign') {
    if (!values.config || !values.key || !values.out)
      return usage('qms config sign needs --config FILE, --key FILE and --out DIR')
    const { signCommand } = await import('./config-bundle.ts')
    return signCommand({
      configFile: values.config,
      keyFile: values.key,
      outDir: values.out,
      logoFile: values.logo,
      audioDir: values.audio,
      revision: values.revision,
    })
  }
  if (command === 'usb-import') {
    if (!values.mount) return usage('qms usb-import needs --mount DIR')
    const [{ usbImportCommand }, { DEFAULT_CONFIG_DIR }, { DEFAULT_KEYS_DIR }] = await Promise.all([
      import('./usb-import.ts'),
      import('../../site/bundle/config-store.ts'),
      import('../usb/usb-import.ts'),
    ])
    // A hub on --data DIR runs DIR/config, as one on /var/lib/qms runs /var/lib/qms/config: the import goes where that hub looks.
    const configDir = values['config-dir'] ?? (values.data ? join(values.data, 'config') : DEFAULT_CONFIG_DIR)
    return usbImportCommand({
      mount: values.mount,
      keysDir: values.keys ?? DEFAULT_KEYS_DIR,
      configDir,
      dataDir: values.data ?? '/var/lib/qms',
      ...(values.report ? { reportFile: values.report } : {}),
      ...(values['export-dir'] ? { exportDir: values['export-dir'] } : {}),
    })
  }
  if (command === 'config' && sub === 'rollback') {
    const [{ rollbackCommand }, { DEFAULT_CONFIG_DIR }] = await Promise.all([
      import('./usb-import.ts'),
      import('../../site/bundle/config-store.ts'),
    ])
    return rollbackCommand(values['config-dir'] ?? (values.data ? join(values.data, 'config') : DEFAULT_CONFIG_DIR))
  }
  if (command === 'journal' && sub === 'salvage') {
    if (!values.data) return usage('qms journal salvage needs --data DIR')
    const { salvageCommand } = await import('./journal-salvage.ts')
    return salvageCommand(values.data)
  }
  if (command === 'clips' && sub === 'build') {
    if (!values.out) return usage('qms clips build needs --out DIR')
    const { clipsBuildCommand } = await import('./clips-build.ts')
    return clipsBuildCommand(values.out, values.lang)
  }
  if (command === 'broker-config') {
    if (!values.config || !values.out) return usage('qms broker-config needs --config FILE and --out DIR')
    const { brokerConfigCommand } = await import('./broker-config.ts')
    return brokerConfigCommand(values.config, values.out)
  }
  if (command === 'report') return (await import('./report.ts')).reportCommand(values)
  return usage(`unknown command "${positionals.join(' ')}"`)
}

/** The problem, then the help of the command it is about (all of it for no known command). */
function usage(message: string, argv: string[] = process.argv.slice(2)): number {
  const words = argv.filter((a) => !a.startsWith('-'))
  process.stderr.write(
    `qms: ${message}\n\n${(words.length > 0 && helpFor(HELP, words.slice(0, 2))) || (words.length > 0 && helpFor(HELP, words.slice(0, 1))) || HELP}`,
  )
  return 2
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code
  },
  (err: Error) => {
    process.stderr.write(`qms: ${err.message}\n`)
    process.exitCode = (err as { code?: string }).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' ? 2 : 1
  },
)
