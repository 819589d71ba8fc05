/**
 * The udev rules: every file read as udev reads it (test/harness/udev-rules.ts;
 * this machine's udev is too old for `udevadm verify`, which came with
 * systemd 253), then run over the devices a site plugs in, as the
 * properties udev's usb_id and path_id builtins give them. qms-pin-device
 * runs for real against a stand-in udevadm, and its pins file is run the
 * same way, before the automatic names.
 */
import t from 'tap'
import { spawnSync } from 'node:child_process'
import { mkdir, mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseRules, runRules, type Device, type RuleLine } from '../harness/udev-rules.ts'

const UNITS = new URL('../../systemd/', import.meta.url).pathname
const rules = async (name: string) => parseRules(await readFile(join(UNITS, name), 'utf8'), name)
const devices = await rules('70-qms-devices.rules')

const usbPath = (port: string, iface = '0') => `platform-fd500000.pcie-pci-0000:01:00.0-usb-0:${port}:1.${iface}`
function tty(kernel: string, vendor: string, model: string, extra: Record<string, string> = {}): Device {
  return {
    action: 'add',
    subsystem: 'tty',
    parents: ['usb-serial', 'usb', 'usb'],
    kernel,
    env: { ID_VENDOR_ID: vendor, ID_MODEL_ID: model, ID_USB_INTERFACE_NUM: '00', ID_PATH: usbPath('1.3'), ...extra },
  }
}
const ftdi = tty('ttyUSB3', '0403', '6001', { ID_SERIAL_SHORT: 'A50285BI' })
const ch340 = tty('ttyUSB0', '1a86', '7523', { ID_PATH: usbPath('1.4') })

t.test('every rule file in systemd/ reads as udev reads it', async (t) => {
  for (const file of (await readdir(UNITS)).filter((f) => f.endsWith('.rules')))
    t.ok((await rules(file)).length > 0, file)
})

t.test('the reader refuses what udev would refuse or misread (so the check above means something)', async (t) => {
  t.throws(() => parseRules('KERNEL=="ttyUSB*" SYMLINK+="x"\n', 'x.rules'), /x\.rules:1: a comma is missing/)
  t.throws(() => parseRules('KERNEL=="ttyUSB*", SYMLNK+="x"\n', 'x.rules'), /SYMLNK\+= is not a key udev knows/)
  t.throws(() => parseRules('GOTO="nowhere"\n', 'x.rules'), /GOTO="nowhere" has no LABEL/)
  t.throws(
    () => parseRules('KERNEL=="ttyUSB*", SYMLINK+="qms printer"\n', 'x.rules'),
    /has a space: udev makes two links/,
  )
  t.throws(() => parseRules('KERNEL=="ttyUSB*", SYMLINK+="qms-printer\n', 'x.rules'), /cannot read a key/)
})

t.test(
  'RS-485 adapters of the four common chips get qms-rs485-N, and by serial number when they have one',
  async (t) => {
    t.same(runRules([devices], ftdi), {
      symlinks: ['qms-rs485-3', 'qms-rs485-by-serial/A50285BI'],
      group: 'dialout',
      mode: '0660',
      env: ftdi.env,
    })
    t.same(runRules([devices], ch340).symlinks, ['qms-rs485-0'], 'CH340: no serial number')
    t.same(
      runRules([devices], tty('ttyUSB1', '10c4', 'ea60', { ID_SERIAL_SHORT: '0001' })).symlinks,
      ['qms-rs485-1', 'qms-rs485-by-serial/0001'],
      'CP2102',
    )
    t.same(runRules([devices], tty('ttyUSB2', '067b', '2303')).symlinks, ['qms-rs485-2'], 'PL2303')
    const ft4232port3 = tty('ttyUSB6', '0403', '6011', { ID_SERIAL_SHORT: 'FT4X', ID_USB_INTERFACE_NUM: '02' })
    t.same(
      runRules([devices], ft4232port3).symlinks,
      ['qms-rs485-6', 'qms-rs485-by-serial/FT4X-if02'],
      'a multi-port chip: one link per port',
    )
  },
)

t.test('a modem gets qms-modem on its AT port only', async (t) => {
  const ec25 = (iface: string) => tty(`ttyUSB${iface.slice(1)}`, '2c7c', '0125', { ID_USB_INTERFACE_NUM: iface })
  t.same(runRules([devices], ec25('02')).symlinks, ['qms-modem'], 'Quectel EC25 AT port')
  for (const iface of ['00', '01', '03'])
    t.same(runRules([devices], ec25(iface)).symlinks, [], `Quectel EC25 interface ${iface}: no name`)
  t.same(
    runRules([devices], tty('ttyUSB2', '1e0e', '9001', { ID_USB_INTERFACE_NUM: '02' })).symlinks,
    ['qms-modem'],
    'SIMCom SIM7600',
  )
  t.same(runRules([devices], tty('ttyUSB0', '12d1', '1506')).symlinks, ['qms-modem'], 'Huawei E3372')
  t.equal(runRules([devices], tty('ttyUSB2', '1e0e', '9001', { ID_USB_INTERFACE_NUM: '02' })).group, 'dialout')
})

t.test('a printer gets qms-printer: any USB printer-class device, or a known receipt printer on ttyACM', async (t) => {
  const usblp: Device = { action: 'add', subsystem: 'usbmisc', kernel: 'lp0', env: {} }
  t.same(runRules([devices], usblp), { symlinks: ['qms-printer'], group: 'lp', mode: '0660', env: {} })
  t.same(runRules([devices], tty('ttyACM0', '04b8', '0e28')).symlinks, ['qms-printer'], 'Epson')
  t.same(runRules([devices], tty('ttyACM0', '0416', '5011')).symlinks, ['qms-printer'], 'Winbond-id 58 mm printer')
  t.same(runRules([devices], tty('ttyACM0', '0416', '1234')).symlinks, [], 'another Winbond-id device is not a printer')
})

t.test('unknown devices, other subsystems and removals get no name', async (t) => {
  t.same(runRules([devices], tty('ttyUSB0', '1234', '5678')).symlinks, [])
  t.same(runRules([devices], { ...ftdi, action: 'remove' }).symlinks, [])
  t.same(runRules([devices], { ...ftdi, subsystem: 'usb', kernel: '1-1.3' }).symlinks, [])
  t.same(
    runRules([devices], { action: 'add', subsystem: 'tty', kernel: 'ttyAMA0', env: {} }).symlinks,
    [],
    'the on-board UART',
  )
})

t.test('a USB stick filesystem starts its import unit', async (t) => {
  const usb = await rules('99-qms-usb.rules')
  const stick: Device = {
    action: 'add',
    subsystem: 'block',
    parents: ['scsi', 'usb'],
    kernel: 'sda1',
    env: { ID_FS_USAGE: 'filesystem' },
  }
  t.equal(runRules([usb], stick).env.SYSTEMD_WANTS, 'qms-usb-import@sda1.service')
  t.equal(runRules([usb], { ...stick, parents: ['mmc'] }).env.SYSTEMD_WANTS, undefined, 'the SD card is not a stick')
})

/** qms-pin-device with udevadm as the far end: `info` answers with `props`, control and trigger are logged. */
async function pinRig() {
  const dir = await mkdtemp(join(tmpdir(), 'qms-pin-'))
  await mkdir(join(dir, 'bin'))
  const device = join(dir, 'ttyUSB1')
  await writeFile(device, '')
  await writeFile(
    join(dir, 'bin/udevadm'),
    `#!/bin/sh\necho "udevadm $*" >> ${dir}/calls.log\n[ "$1" = info ] && cat ${dir}/props\nexit 0\n`,
    { mode: 0o755 },
  )
  const pins = join(dir, 'udev/61-qms-pins.rules')
  const pin = async (d: Device | null, ...args: string[]) => {
    if (d)
      await writeFile(
        join(dir, 'props'),
        Object.entries({ SUBSYSTEM: d.subsystem, ...d.env })
          .map(([k, v]) => `${k}=${v}\n`)
          .join(''),
      )
    return spawnSync(join(UNITS, 'qms-pin-device.sh'), args, {
      encoding: 'utf8',
      env: { PATH: `${dir}/bin:${process.env.PATH}`, QMS_PINS_FILE: pins },
    })
  }
  const pinned = async (): Promise<RuleLine[]> => parseRules(await readFile(pins, 'utf8'), '61-qms-pins.rules')
  return { dir, device, pin, pinned }
}

t.test('qms-pin-device pins an adapter by serial number, before and instead of the automatic names', async (t) => {
  const rig = await pinRig()
  const pinned = await rig.pin(ftdi, rig.device, 'qms-rs485-2')
  t.equal(pinned.status, 0, pinned.stderr)
  t.equal(pinned.stdout, `pinned /dev/qms-rs485-2 to ${rig.device} by serial number A50285BI\n`)
  t.match(
    await readFile(join(rig.dir, 'calls.log'), 'utf8'),
    /udevadm control --reload\nudevadm trigger --action=add --subsystem-match=tty --subsystem-match=usbmisc\n/,
  )
  const pins = await rig.pinned()
  t.same(runRules([pins, devices], ftdi).symlinks, ['qms-rs485-2'], 'the pin, and not qms-rs485-3')
  t.same(
    runRules([pins, devices], { ...ftdi, kernel: 'ttyUSB0', env: { ...ftdi.env, ID_PATH: usbPath('1.1') } }).symlinks,
    ['qms-rs485-2'],
    'in another port, found in another order',
  )
  t.same(
    runRules([pins, devices], tty('ttyUSB4', '0403', '6001', { ID_SERIAL_SHORT: 'OTHER' })).symlinks,
    ['qms-rs485-4', 'qms-rs485-by-serial/OTHER'],
    'another FTDI adapter is not pinned',
  )

  t.equal((await rig.pin(ftdi, rig.device, 'qms-rs485-7')).status, 0)
  t.same(
    runRules([await rig.pinned(), devices], ftdi).symlinks,
    ['qms-rs485-7'],
    'pinning the same adapter again replaces its pin',
  )
  t.equal((await rig.pin(ch340, rig.device, 'qms-rs485-2')).status, 0)
  t.same(runRules([await rig.pinned(), devices], ch340).symlinks, ['qms-rs485-2'])
  t.same(runRules([await rig.pinned(), devices], ftdi).symlinks, ['qms-rs485-7'], 'two pins side by side')

  const removed = await rig.pin(null, '--remove', 'qms-rs485-7')
  t.equal(removed.status, 0, removed.stderr)
  t.same(
    runRules([await rig.pinned(), devices], ftdi).symlinks,
    ['qms-rs485-3', 'qms-rs485-by-serial/A50285BI'],
    'back to the automatic names',
  )
})

t.test('an adapter without a serial number is pinned to its USB port, and says so', async (t) => {
  const rig = await pinRig()
  const pinned = await rig.pin(ch340, rig.device, 'qms-rs485-1')
  t.equal(pinned.status, 0, pinned.stderr)
  t.match(pinned.stdout, /by USB port platform-\S+ \(it has no serial number: keep it in this port\)/)
  const pins = await rig.pinned()
  t.same(runRules([pins, devices], ch340).symlinks, ['qms-rs485-1'])
  t.same(
    runRules([pins, devices], { ...ch340, env: { ...ch340.env, ID_PATH: usbPath('1.2') } }).symlinks,
    ['qms-rs485-0'],
    'in another port it is not the pinned one',
  )
})

t.test('qms-pin-device refuses bad names, missing devices, non-USB devices and unsafe ids', async (t) => {
  const rig = await pinRig()
  const cases: [Device | null, string[], RegExp][] = [
    [ftdi, [rig.device, 'printer'], /usage: qms-pin-device DEVICE NAME/],
    [ftdi, [rig.device, 'qms-rs485-A/B'], /usage/],
    [ftdi, [join(rig.dir, 'ttyUSB9'), 'qms-modem'], /ttyUSB9 does not exist: plug the adapter in/],
    [{ action: 'add', subsystem: 'tty', kernel: 'ttyAMA0', env: {} }, [rig.device, 'qms-modem'], /is not a USB device/],
    [
      tty('ttyUSB1', '0403', '6001', { ID_SERIAL_SHORT: 'A"B' }),
      [rig.device, 'qms-rs485-1'],
      /has characters a rule cannot match safely/,
    ],
  ]
  for (const [d, args, reason] of cases) {
    const result = await rig.pin(d, ...args)
    t.equal(result.status, 1, args.join(' '))
    t.match(result.stderr, reason)
  }
})
