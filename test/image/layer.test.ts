/**
 * What CI can check of the image without building one: every shell script
 * in systemd/ and image-build/ (and the layer's inline hooks) passes
 * shellcheck; the rpi-image-gen layer's metadata header is complete and its
 * YAML parses; every file, unit and variable it names exists; the image
 * configs name this layer and an A/B layout; the image's own units verify.
 */
import t from 'tap'
import { spawnSync } from 'node:child_process'
import { access, constants, mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join, relative } from 'node:path'
import { parse, parseAllDocuments } from 'yaml'
import { installedUnit, verifyUnit } from '../harness/systemd-verify.ts'

const ROOT = new URL('../../', import.meta.url).pathname
const LAYER_DIR = join(ROOT, 'image-build/layer')
const LAYER = join(LAYER_DIR, 'qms-appliance.yaml')
const ASSETS = join(LAYER_DIR, 'qms-appliance.d')

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true })
  return entries
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort()
}

/** Shell scripts by name (.sh), by shebang, or by a shellcheck shell= directive. */
async function shellScripts(): Promise<string[]> {
  const scripts: string[] = []
  for (const file of [...(await filesUnder(join(ROOT, 'systemd'))), ...(await filesUnder(join(ROOT, 'image-build')))]) {
    const head = (await readFile(file, 'utf8')).slice(0, 200)
    if (file.endsWith('.sh') || /^#!\/bin\/(ba)?sh\b/.test(head) || /^# shellcheck shell=/m.test(head))
      scripts.push(file)
  }
  return scripts
}

function shellcheck(files: string[]) {
  return spawnSync('shellcheck', ['--external-sources', '--source-path=SCRIPTDIR', ...files], { encoding: 'utf8' })
}

/** The layer's `# X-Env-…: value` header, continuation lines joined. */
function metadata(text: string): Map<string, string> {
  const block = /^# METABEGIN\n([^]*?)^# METAEND$/m.exec(text)
  if (!block) throw new Error('no METABEGIN … METAEND block')
  const fields = new Map<string, string>()
  let last = ''
  for (const line of block[1]!.split('\n')) {
    const field = /^# (X-Env-[A-Za-z0-9_-]+):\s*(.*)$/.exec(line)
    if (field) fields.set((last = field[1]!), field[2]!)
    else if (/^# {2}\S/.test(line) && last) fields.set(last, `${fields.get(last)} ${line.slice(3)}`)
    else if (!/^#?\s*$/.test(line)) throw new Error(`metadata line not understood: ${line}`)
  }
  return fields
}

const layerText = await readFile(LAYER, 'utf8')
const meta = metadata(layerText)
const prefix = meta.get('X-Env-VarPrefix')
const variables = [...meta.keys()]
  .filter((k) => /^X-Env-Var-[a-z0-9_]+$/.test(k))
  .map((k) => k.slice('X-Env-Var-'.length))
const body = parse(layerText.slice(layerText.indexOf('\n---\n') + 5)) as {
  mmdebstrap: { packages: string[]; 'customize-hooks': string[] }
}
const hooks = body.mmdebstrap['customize-hooks']
/** The layer's variables as rpi-image-gen sets them; assetdir's default names the layer's own folder. */
const values: Record<string, string> = Object.fromEntries(
  variables.map((v) => [`IGconf_${prefix}_${v}`, meta.get(`X-Env-Var-${v}`)!.replace('${DIRECTORY}', LAYER_DIR)]),
)

t.test('every shell script in systemd/ and image-build/ passes shellcheck', async (t) => {
  const scripts = await shellScripts()
  const names = scripts.map((s) => relative(ROOT, s))
  for (const known of [
    'systemd/qms-usb-import.sh',
    'systemd/qms-pin-device.sh',
    'image-build/layer/qms-appliance.d/install-payload.sh',
    'image-build/layer/qms-appliance.d/rootfs/usr/lib/qms/qms-ab-install',
    'image-build/layer/qms-appliance.d/rootfs/usr/lib/qms/qms-ab-commit',
    'image-build/layer/qms-appliance.d/rootfs/usr/lib/qms/qms-ab-lib.sh',
  ]) {
    t.ok(names.includes(known), `${known} is found and checked`)
  }
  const result = shellcheck(scripts)
  t.equal(result.status, 0, result.stdout)
  t.equal(result.stdout, '')
  for (const script of scripts.filter((s) => !s.endsWith('-lib.sh'))) {
    await t.resolves(access(script, constants.X_OK), `${relative(ROOT, script)} is executable`)
  }
})

t.test("the layer's inline hooks pass shellcheck, with the layer's variables set", async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'qms-hooks-'))
  const file = join(dir, 'hooks.sh')
  const env = Object.keys(values)
    .concat('BDEBSTRAP_HOOKS')
    .map((v) => `export ${v}=x`)
  await writeFile(file, ['#!/bin/sh', ...env, ...hooks, ''].join('\n'))
  const result = shellcheck([file])
  t.equal(result.status, 0, result.stdout)
})

t.test('shellcheck does catch a faulty script (so the checks above mean something)', async (t) => {
  const file = join(await mkdtemp(join(tmpdir(), 'qms-sc-')), 'bad.sh')
  await writeFile(file, '#!/bin/sh\nrm -rf $1/data\n')
  t.match(shellcheck([file]).stdout, /SC2086/)
})

t.test("the layer's metadata is complete as rpi-image-gen's lint asks", async (t) => {
  t.equal(meta.get('X-Env-Layer-Name'), 'qms-appliance')
  t.match(meta.get('X-Env-Layer-Version'), /^\d+\.\d+\.\d+$/)
  for (const field of ['X-Env-Layer-Category', 'X-Env-Layer-Desc', 'X-Env-Layer-Requires']) t.ok(meta.get(field), field)
  t.equal(prefix, 'qms')
  t.same(variables.sort(), ['assetdir', 'keys', 'payload'])
  for (const v of variables) {
    for (const attr of ['Desc', 'Required', 'Valid', 'Set']) t.ok(meta.has(`X-Env-Var-${v}-${attr}`), `${v}-${attr}`)
  }
  const orphans = [...meta.keys()].filter(
    (k) =>
      k.startsWith('X-Env-Var-') && !variables.some((v) => k === `X-Env-Var-${v}` || k.startsWith(`X-Env-Var-${v}-`)),
  )
  t.same(orphans, [], 'no attribute of an undeclared variable')
})

t.test('the layer YAML parses, and every variable, file and unit it names exists', async (t) => {
  const docs = parseAllDocuments(layerText)
  t.same(
    docs.flatMap((d) => d.errors.map((e) => e.message)),
    [],
  )
  t.ok(body.mmdebstrap.packages.length > 0)
  for (const p of body.mmdebstrap.packages) t.match(p, /^[a-z0-9][a-z0-9+.-]+$/, `${p} is a Debian package name`)
  const used = [...new Set(hooks.join('\n').match(/IGconf_[a-z0-9_]+/g))]
  for (const v of used) t.ok(v in values, `${v} is declared in the metadata`)
  const files = hooks.join('\n').match(/\$\{IGconf_qms_assetdir\}\/[^"\s]+/g) ?? []
  t.ok(files.length > 0)
  for (const f of files)
    await t.resolves(access(f.replace('${IGconf_qms_assetdir}', values.IGconf_qms_assetdir!), constants.X_OK), f)
  const units = /enable-units "\$1" (.+)$/m.exec(hooks.join('\n'))![1]!.split(' ')
  const unitDirs = [join(ROOT, 'systemd'), join(ASSETS, 'rootfs/usr/lib/systemd/system')]
  for (const u of units) {
    const found = await Promise.any(unitDirs.map((d) => access(join(d, `${u}.service`)))).then(
      () => true,
      () => false,
    )
    t.ok(found, `${u}.service exists`)
  }
})

t.test('the image configs name this layer on an A/B layout image-rota accepts', async (t) => {
  const configs = (await readdir(join(ROOT, 'image-build/config'))).filter((f) => f.endsWith('.yaml'))
  t.same(configs.sort(), ['qms-pi4.yaml', 'qms-pi5.yaml'])
  for (const file of configs) {
    const config = parse(await readFile(join(ROOT, 'image-build/config', file), 'utf8'))
    t.equal(config.layer.app, meta.get('X-Env-Layer-Name'), file)
    t.equal(config.image.layer, 'image-rota', file)
    // image-rota's tryboot A/B needs a bootloader that reads autoboot.txt: Pi 4, Pi 5 and their compute modules.
    t.match(config.device.layer, /^(rpi4|rpi5|cm4|cm5)$/, file)
    for (const size of ['boot_part_size', 'system_part_size', 'data_part_size'])
      t.match(config.image[size], /^\d+[MG]$/, `${file} ${size}`)
  }
})

t.test("the image's own units verify, qms.service with the image's drop-in", async (t) => {
  const units = join(ASSETS, 'rootfs/usr/lib/systemd/system')
  const paths = {
    '/usr/lib/qms/qms-ab-commit': join(ASSETS, 'rootfs/usr/lib/qms/qms-ab-commit'),
    '/usr/lib/qms/qms.mjs': join(ROOT, 'dist/qms.mjs'),
    // udevadm is not installed on this machine (udev is not in a container); true stands in for the command check.
    'ExecStart=udevadm': 'ExecStart=/usr/bin/true',
  }
  for (const unit of ['qms-ab-commit.service', 'qms-device-pins.service']) {
    const result = verifyUnit(await installedUnit(join(units, unit), unit, paths))
    t.equal(result.status, 0, `${unit}: ${result.stderr}`)
    t.equal(result.stderr, '', unit)
  }
  const qms = await installedUnit(join(ROOT, 'systemd/qms.service'), 'qms.service', paths)
  const dropIn = join(dirname(qms), 'qms.service.d')
  await mkdir(dropIn)
  await writeFile(join(dropIn, 'image.conf'), await readFile(join(units, 'qms.service.d/image.conf'), 'utf8'))
  const result = verifyUnit(qms)
  t.equal(result.status, 0, result.stderr)
  t.equal(result.stderr, '', "the drop-in is read (verify reports a drop-in's unknown keys) and clean")
})
