/** A signing key and a signed demo bundle in a fresh folder, for the bundle and import tests. */
import { createPublicKey, sign } from 'node:crypto'
import { copyFile, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { stringify } from 'yaml'
import { signBundle } from '../../../firmware/site/bundle/bundle-sign.ts'
import { sha256, type Manifest } from '../../../firmware/site/bundle/manifest.ts'
import { generateSigningKey, keyId, readPrivateKey, type KeyFiles } from '../../../firmware/site/bundle/signing-keys.ts'
import { demoDocument } from '../../fixtures/site.ts'
import { intlZones } from '../../fixtures/zones.ts'

export interface Workspace {
  root: string
  /** The appliance's trusted public keys. */
  keysDir: string
  key: KeyFiles
}

export async function workspace(): Promise<Workspace> {
  const root = await mkdtemp(join(tmpdir(), 'qms-bundle-'))
  const keysDir = join(root, 'keys')
  const secrets = join(root, 'secrets')
  await mkdir(keysDir)
  await mkdir(secrets)
  const key = await generateSigningKey(secrets, 'site')
  await copyFile(key.publicFile, join(keysDir, 'site.pub'))
  return { root, keysDir, key }
}

/** Signs `doc` (default: the demo bank) into `<root>/<name>/qms-bundle`; returns the stick folder. */
export async function signedStick(
  ws: Workspace,
  name: string,
  revision: number,
  change: (doc: Record<string, any>) => void = () => undefined,
  extra: { logo?: Buffer; audio?: Record<string, Buffer> } = {},
): Promise<string> {
  const doc = demoDocument()
  change(doc)
  const configFile = join(ws.root, `${name}.yaml`)
  await writeFile(configFile, stringify(doc))
  let logoFile: string | undefined
  if (extra.logo) {
    logoFile = join(ws.root, `${name}-logo.png`)
    await writeFile(logoFile, extra.logo)
  }
  let audioDir: string | undefined
  if (extra.audio) {
    audioDir = join(ws.root, `${name}-audio`)
    for (const [path, bytes] of Object.entries(extra.audio)) {
      await mkdir(join(audioDir, path, '..'), { recursive: true })
      await writeFile(join(audioDir, path), bytes)
    }
  }
  const stick = join(ws.root, name)
  await signBundle({
    zones: intlZones,
    configFile,
    keyFile: ws.key.privateFile,
    outDir: join(stick, 'qms-bundle'),
    revision,
    ...(logoFile ? { logoFile } : {}),
    ...(audioDir ? { audioDir } : {}),
  })
  return stick
}

/**
 * Replaces config.yaml with `text` and signs the manifest again with the
 * site key, as a technician bypassing `qms config sign` could: what the
 * appliance then checks is the config itself.
 */
export async function resignWithConfig(ws: Workspace, stick: string, text: string): Promise<void> {
  const dir = join(stick, 'qms-bundle')
  await writeFile(join(dir, 'config.yaml'), text)
  const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as Manifest
  manifest.files['config.yaml'] = { sha256: sha256(Buffer.from(text)), bytes: Buffer.byteLength(text) }
  const bytes = Buffer.from(JSON.stringify(manifest))
  const key = await readPrivateKey(ws.key.privateFile)
  await writeFile(join(dir, 'manifest.json'), bytes)
  await writeFile(
    join(dir, 'manifest.sig'),
    JSON.stringify({ key: keyId(createPublicKey(key)), signature: sign(null, bytes, key).toString('base64') }),
  )
}
