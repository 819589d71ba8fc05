import t from 'tap'
import { appendFile, readFile, stat, truncate, unlink, writeFile } from 'node:fs/promises'
import { stringify } from 'yaml'
import { join } from 'node:path'
import { verifyBundle } from '../../../firmware/site/bundle/bundle-verify.ts'
import { generateSigningKey, readTrustedKeys } from '../../../firmware/site/bundle/signing-keys.ts'
import { demoDocument } from '../../fixtures/site.ts'
import { resignWithConfig, signedStick, workspace, type Workspace } from './signed-bundle.ts'
import { intlZones } from '../../fixtures/zones.ts'

async function check(ws: Workspace, stick: string, running?: { site: string; revision: number }) {
  const { keys } = await readTrustedKeys(ws.keysDir)
  return verifyBundle({
    zones: intlZones,
    dir: join(stick, 'qms-bundle'),
    trusted: keys,
    keysDir: ws.keysDir,
    ...(running ? { running } : {}),
  })
}

function reasons(result: Awaited<ReturnType<typeof check>>): string {
  return result.ok ? '(accepted)' : result.reasons.join('\n')
}

t.test('keygen writes a 0600 private key and a public key the appliance trusts', async (t) => {
  const ws = await workspace()
  t.equal((await stat(ws.key.privateFile)).mode & 0o777, 0o600)
  t.match(await readFile(ws.key.publicFile, 'utf8'), /BEGIN PUBLIC KEY/)
  const { keys, skipped } = await readTrustedKeys(ws.keysDir)
  t.same([...keys.keys()], [ws.key.id])
  t.same(skipped, [])
  await t.rejects(generateSigningKey(join(ws.root, 'secrets'), 'site'), /EEXIST/, 'never overwrites a key')
})

t.test('a signed bundle with a logo and a recording verifies, with the exact bytes signed', async (t) => {
  const ws = await workspace()
  const logo = Buffer.from('\x89PNG fake logo bytes')
  const stick = await signedStick(ws, 'stick', 5, () => undefined, {
    logo,
    audio: { 'en/chime.wav': Buffer.from('RIFF chime') },
  })
  const result = await check(ws, stick, { site: 'marina-branch', revision: 4 })
  if (!result.ok) throw new Error(reasons(result))
  t.equal(result.bundle.manifest.revision, 5)
  t.same(result.bundle.files.get('logo.png'), logo)
  t.same(result.bundle.files.get('audio/en/chime.wav'), Buffer.from('RIFF chime'))
  t.equal(result.bundle.config.site.id, 'marina-branch')
  // What a Mac leaves when it copies the folder onto a FAT stick.
  await writeFile(join(stick, 'qms-bundle', '._config.yaml'), 'AppleDouble')
  await writeFile(join(stick, 'qms-bundle', '.DS_Store'), 'Finder')
  const copied = await check(ws, stick, { site: 'marina-branch', revision: 4 })
  t.ok(copied.ok, reasons(copied))
  t.same(copied.ok && [...copied.bundle.files.keys()].sort(), ['audio/en/chime.wav', 'config.yaml', 'logo.png'])
})

t.test('unsigned bundles are refused', async (t) => {
  const ws = await workspace()
  t.match(reasons(await check(ws, join(ws.root, 'empty-stick'))), /no bundle folder .*qms config sign/)
  const stick = await signedStick(ws, 'stick', 1)
  await unlink(join(stick, 'qms-bundle', 'manifest.sig'))
  t.match(reasons(await check(ws, stick)), /unsigned: the bundle has no manifest\.sig/)
})

t.test('a bundle signed by a key the appliance does not trust is refused, naming both keys', async (t) => {
  const ws = await workspace()
  const other = await workspace()
  const stick = await signedStick(other, 'stick', 1)
  const result = reasons(await check(ws, stick))
  t.match(
    result,
    new RegExp(`signed with key ${other.key.id}, which this appliance does not trust \\(it trusts ${ws.key.id}`),
  )
  const empty = await workspace()
  await unlink(join(empty.keysDir, 'site.pub'))
  t.match(reasons(await check(empty, stick)), /trusts no signing key yet: put the site's public key/)
})

t.test('a manifest changed after signing fails the signature', async (t) => {
  const ws = await workspace()
  const stick = await signedStick(ws, 'stick', 1)
  const file = join(stick, 'qms-bundle', 'manifest.json')
  await writeFile(file, (await readFile(file, 'utf8')).replace('"revision": 1', '"revision": 9'))
  t.match(reasons(await check(ws, stick)), /signature does not match manifest\.json/)
})

t.test('truncated, changed, missing and extra files are refused, each named', async (t) => {
  const ws = await workspace()
  const stick = await signedStick(ws, 'stick', 1, () => undefined, { logo: Buffer.alloc(200, 7) })
  const dir = join(stick, 'qms-bundle')
  await truncate(join(dir, 'logo.png'), 50)
  t.match(reasons(await check(ws, stick)), /logo\.png is 50 bytes but was signed at 200: cut short/)
  await writeFile(join(dir, 'logo.png'), Buffer.alloc(200, 8))
  t.match(reasons(await check(ws, stick)), /logo\.png was changed after signing/)
  await writeFile(join(dir, 'logo.png'), Buffer.alloc(200, 7))
  await writeFile(join(dir, 'evil.sh'), 'rm -rf /')
  t.match(reasons(await check(ws, stick)), /evil\.sh is in the bundle but not in its signed manifest/)
  await unlink(join(dir, 'evil.sh'))
  await appendFile(join(dir, 'config.yaml'), '# more\n')
  t.match(reasons(await check(ws, stick)), /config\.yaml is \d+ bytes but was signed at \d+: longer than signed/)
  await unlink(join(dir, 'config.yaml'))
  t.match(reasons(await check(ws, stick)), /config\.yaml is missing from the bundle/)
})

t.test('an invalid config cannot be signed; one made invalid by hand and signed is still refused', async (t) => {
  const ws = await workspace()
  await t.rejects(
    signedStick(ws, 'bad', 1, (doc) => (doc.services[0].prefix = '7')),
    /services\[0\]\.prefix: must be one letter A–Z/,
  )
  const stick = await signedStick(ws, 'stick', 1)
  const doc = demoDocument()
  doc.services[0].prefix = '7'
  doc.counters[0].services = ['nothing']
  await resignWithConfig(ws, stick, stringify(doc))
  const result = reasons(await check(ws, stick))
  t.match(result, /config\.yaml: services\[0\]\.prefix: must be one letter A–Z/)
  await resignWithConfig(ws, stick, 'site: [unclosed')
  t.match(reasons(await check(ws, stick)), /config\.yaml is not valid YAML/)
})

t.test('older, same, other-site and newer-format bundles are refused', async (t) => {
  const ws = await workspace()
  const stick = await signedStick(ws, 'stick', 3)
  t.match(
    reasons(await check(ws, stick, { site: 'marina-branch', revision: 7 })),
    /bundle revision 3 is older than the running revision 7/,
  )
  t.match(
    reasons(await check(ws, stick, { site: 'marina-branch', revision: 3 })),
    /revision 3 is the one running already/,
  )
  t.match(
    reasons(await check(ws, stick, { site: 'downtown', revision: 1 })),
    /for site "marina-branch"; this appliance runs site "downtown"/,
  )
  const doc = demoDocument()
  doc.version = 2
  await resignWithConfig(ws, stick, stringify(doc))
  t.match(
    reasons(await check(ws, stick)),
    /config format 2, written for newer firmware; this firmware reads format 1 — update the firmware first/,
  )
})
