/** `qms config keygen` and `qms config sign`: the technician's side of a signed bundle. */
import { mkdir } from 'node:fs/promises'
import { ConfigError } from '../../site/config/load.ts'
import { signBundle } from '../../site/bundle/bundle-sign.ts'
import { generateSigningKey } from '../../site/bundle/signing-keys.ts'
import { commandZones } from './command-zones.ts'

export async function keygenCommand(outDir: string, name: string): Promise<number> {
  await mkdir(outDir, { recursive: true })
  const key = await generateSigningKey(outDir, name)
  process.stdout.write(
    `key ${key.id}\n  private: ${key.privateFile} (keep it secret; it signs bundles)\n  public:  ${key.publicFile} (copy it into /etc/qms/keys on each appliance of the site)\n`,
  )
  return 0
}

export interface SignCommandOptions {
  configFile: string
  keyFile: string
  outDir: string
  logoFile?: string
  audioDir?: string
  revision?: string
}

export async function signCommand(options: SignCommandOptions): Promise<number> {
  let revision: number | undefined
  if (options.revision !== undefined) {
    revision = Number(options.revision)
    if (!Number.isSafeInteger(revision) || revision < 1) {
      process.stderr.write(`qms: --revision must be a whole number from 1 up, not "${options.revision}"\n`)
      return 2
    }
  }
  try {
    const { manifest, key } = await signBundle({
      configFile: options.configFile,
      keyFile: options.keyFile,
      outDir: options.outDir,
      ...(options.logoFile ? { logoFile: options.logoFile } : {}),
      ...(options.audioDir ? { audioDir: options.audioDir } : {}),
      ...(revision !== undefined ? { revision } : {}),
      zones: await commandZones(),
    })
    process.stdout.write(
      `${options.outDir}: site "${manifest.site}" revision ${manifest.revision}, ${Object.keys(manifest.files).length} files, signed with key ${key}\n`,
    )
    return 0
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err
    process.stderr.write(`${err.message}\nnot signed: fix the config first\n`)
    return 1
  }
}
