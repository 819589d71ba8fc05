import t, { type Test } from 'tap'
import pino from 'pino'
import { FrameQueue } from '../../../firmware/drivers/display/frame-queue.ts'
import { Rs485Display } from '../../../firmware/drivers/display/rs485-display.ts'
import { modbusFrame } from '../../../firmware/drivers/display/modbus-display.ts'
import { alphaSignFrame } from '../../../firmware/drivers/display/alpha-sign.ts'
import { BoardDisplays } from '../../../firmware/drivers/display/board-displays.ts'
import { qsystemBoardFrame } from '../../../firmware/drivers/display/qsystem-board.ts'
import { templateFrame } from '../../../firmware/drivers/display/template-display.ts'
import { FakeModbusDisplays } from '../../harness/fake-modbus-displays.ts'
import { FakeSerialEnd } from '../../harness/fake-serial-end.ts'
import { socatPair } from '../../harness/socat-pair.ts'

const logger = pino({ level: 'silent' })

async function rig(t: Test, moods: Record<number, 'live' | 'dead' | 'garbage'>) {
  const pair = await socatPair()
  const fake = new FakeModbusDisplays(pair.b)
  for (const [address, mood] of Object.entries(moods)) fake.moods.set(Number(address), mood)
  await fake.open()
  const line = new FrameQueue({
    path: pair.a,
    baudRate: 9600,
    logger,
    answerTimeoutMs: 1000,
    retryMs: 50,
    retryMaxMs: 200,
    offlineAfter: 2,
  })
  const displays = Object.keys(moods).map(
    (a) => new Rs485Display(`d${a}`, line, (c) => modbusFrame(c, { address: Number(a), baudRate: 9600 })),
  )
  for (const d of displays) await d.start()
  t.teardown(async () => {
    for (const d of displays) await d.stop()
    await fake.close()
    await pair.close()
  })
  return { fake, line, displays }
}

t.test('one dead display and three live ones: the live ones are painted, the dead one reported offline', async (t) => {
  const { fake, displays } = await rig(t, { 1: 'live', 2: 'dead', 3: 'live', 4: 'live' })
  const problems: Array<string | undefined> = []
  const offline = new Promise<void>((resolve) =>
    displays[1]!.watchHealth((p) => {
      problems.push(p)
      resolve()
    }),
  )
  const shown = displays.map((d, i) => d.show({ rows: [`A00${i + 1} → ${i + 1}`], highlight: 0 }))
  const dead = t.rejects(shown[1]!, /display d2: no answer/)
  await Promise.all([shown[0], shown[2], shown[3]])
  await dead
  await offline
  t.match(problems, [/^display d2 on \S+: no answer$/])
  // While d2 waits for its retry, the others still get their new faces.
  await displays[0]!.show({ rows: ['A005 → 1'] })
  await displays[3]!.show({ rows: ['A006 → 4'] })
  t.same(
    fake.writes.map((w) => `${w.address} ${w.text}${w.blink ? ' (blink)' : ''}`),
    ['1 A001>1 (blink)', '3 A003>3 (blink)', '4 A004>4 (blink)', '1 A005>1', '4 A006>4'],
  )
})

t.test('a display that answers garbage is retried and reported; it recovers when it answers again', async (t) => {
  const { fake, displays } = await rig(t, { 5: 'garbage' })
  const health: Array<string | undefined> = []
  let changed: () => void = () => undefined
  displays[0]!.watchHealth((p) => {
    health.push(p)
    changed()
  })
  const offline = new Promise<void>((resolve) => (changed = resolve))
  await t.rejects(displays[0]!.show({ rows: ['B001 → 5'] }), /bad CRC/)
  await offline
  t.match(health, [/bad CRC/])
  const online = new Promise<void>((resolve) => (changed = resolve))
  fake.moods.set(5, 'live')
  await online
  t.same(health.at(-1), undefined, 'the retry of the same face succeeded and cleared the problem')
  t.equal(fake.writes.at(-1)?.text, 'B001>5')
})

t.test('a newer frame for a display replaces its unsent older one', async (t) => {
  const { fake, displays } = await rig(t, { 1: 'live', 2: 'live' })
  const [d1, d2] = displays as [Rs485Display, Rs485Display]
  // d2's first frame goes out at once; d1's two frames wait behind it and only the newer is sent.
  const sent = [d2.show({ rows: ['C001 → 2'] }), d1.show({ rows: ['C002 → 1'] }), d1.show({ rows: ['C003 → 1'] })]
  await Promise.all(sent)
  t.same(
    fake.writes.map((w) => `${w.address} ${w.text}`),
    ['2 C001>2', '1 C003>1'],
  )
})

t.test('the last face is sent again, so a display board that restarted is repainted', async (t) => {
  const pair = await socatPair()
  const fake = new FakeModbusDisplays(pair.b)
  fake.moods.set(1, 'live')
  await fake.open()
  const line = new FrameQueue({ path: pair.a, baudRate: 9600, logger })
  const display = new Rs485Display('d1', line, (c) => modbusFrame(c, { address: 1, baudRate: 9600 }), 40)
  await display.start()
  t.teardown(async () => {
    await display.stop()
    await fake.close()
    await pair.close()
  })
  await display.show({ rows: ['D001 → 1'] })
  await fake.written(() => fake.writes.length >= 3)
  t.same(new Set(fake.writes.map((w) => w.text)), new Set(['D001>1']))
})

t.test(
  'Alpha sign, QSystem board and template displays share one line; their exact frames arrive in order',
  async (t) => {
    const pair = await socatPair()
    const far = new FakeSerialEnd(pair.b)
    await far.open()
    const lines = new BoardDisplays()
    const hall = lines.display('hall', { driver: 'alpha-sign', path: pair.a }, logger)
    const board = lines.display('above-c1', { driver: 'qsystem-board', path: pair.a, address: 4 }, logger)
    const vendor = lines.display(
      'above-c2',
      {
        driver: 'template',
        path: pair.a,
        address: 2,
        start: [2],
        addressFormat: 'dec2',
        encoding: 'cp1251',
        end: [3],
        checksum: 'xor',
      },
      logger,
    )
    for (const d of [hall, board, vendor]) await d.start()
    t.teardown(async () => {
      for (const d of [hall, board, vendor]) await d.stop()
      await far.close()
      await pair.close()
    })
    const faces = [
      { rows: ['A023 → 3', 'B011 → 1'], highlight: 0 },
      { rows: ['А023 → Окно 3'], highlight: 0 },
      { rows: ['Закрыто'] },
    ]
    await Promise.all([hall.show(faces[0]!), board.show(faces[1]!), vendor.show(faces[2]!)])
    const expected = Buffer.concat([
      alphaSignFrame(faces[0]!).bytes,
      qsystemBoardFrame(faces[1]!, { address: 4 }).bytes,
      templateFrame(faces[2]!, {
        start: [2],
        address: 2,
        addressFormat: 'dec2',
        encoding: 'cp1251',
        rowSeparator: [0x0d],
        end: [3],
        checksum: 'xor',
        gapMs: 20,
      }).bytes,
    ])
    await far.receivedAtLeast(expected.length)
    t.equal(far.received.toString('hex'), expected.toString('hex'))
    t.throws(
      () => lines.display('x', { driver: 'modbus', path: pair.a, baudRate: 19200, address: 9 }, logger),
      /displays on \S+ disagree: 9600 baud and 19200 baud share one wire/,
    )
  },
)

t.test('Modbus read-back: what was written is read again and compared', async (t) => {
  const pair = await socatPair()
  const fake = new FakeModbusDisplays(pair.b)
  fake.moods.set(1, 'live')
  fake.moods.set(2, 'forgetful')
  await fake.open()
  const line = new FrameQueue({ path: pair.a, baudRate: 9600, logger, answerTimeoutMs: 1000, retryMs: 5000 })
  const good = new Rs485Display('d1', line, (c) => modbusFrame(c, { address: 1, baudRate: 9600, readBack: true }))
  const bad = new Rs485Display('d2', line, (c) => modbusFrame(c, { address: 2, baudRate: 9600, readBack: true }))
  for (const d of [good, bad]) await d.start()
  t.teardown(async () => {
    for (const d of [good, bad]) await d.stop()
    await fake.close()
    await pair.close()
  })
  await good.show({ rows: ['E001 → 1'] })
  await t.rejects(bad.show({ rows: ['E002 → 2'] }), /read-back differs from what was written/)
  t.same(fake.reads, [1, 2])
})
