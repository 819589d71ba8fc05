import t from 'tap'
import { readFileSync } from 'node:fs'
import { BoardMapSchema } from '../../../firmware/site/boards/board-map-schema.ts'
import { checkBoardMap, resolvePin, shippedBoards } from '../../../firmware/site/boards/board-map.ts'

t.test('every shipped board validates and names its chip', async (t) => {
  const boards = shippedBoards()
  t.same([...boards.keys()].sort(), ['cm4', 'pi-3b', 'pi-4b', 'pi-5', 'pi-zero-2w'])
  t.equal(boards.get('pi-5')?.gpioChip.label, 'pinctrl-rp1')
  t.equal(boards.get('pi-4b')?.gpioChip.label, 'pinctrl-bcm2711')
  t.equal(boards.get('pi-zero-2w')?.gpioChip.label, 'pinctrl-bcm2835')
  t.equal(boards.get('pi-5')?.uarts.find((u) => u.tx === 8)?.device, '/dev/ttyAMA0')
  t.equal(boards.get('pi-3b')?.uarts.find((u) => u.tx === 8)?.device, '/dev/ttyS0')
})

t.test('the published JSON Schema is the one the firmware checks with', async (t) => {
  const published = JSON.parse(readFileSync(new URL('../../../boards/board.schema.json', import.meta.url), 'utf8'))
  t.same(published, JSON.parse(JSON.stringify(BoardMapSchema)))
})

t.test('a site names header pins or signals, never chip lines', async (t) => {
  const pi4 = shippedBoards().get('pi-4b')!
  t.same(resolvePin(pi4, 11), { chipLabel: 'pinctrl-bcm2711', line: 17, pin: 11 })
  t.same(resolvePin(pi4, 'pin13'), { chipLabel: 'pinctrl-bcm2711', line: 27, pin: 13 })
  t.same(resolvePin(pi4, 'gpio22'), { chipLabel: 'pinctrl-bcm2711', line: 22, pin: 15 })
  t.throws(() => resolvePin(pi4, 6), /header pin 6 .* not a GPIO pin/)
  t.throws(() => resolvePin(pi4, 'GPIO99'), /no signal "GPIO99"/)
})

t.test('a broken pin map is refused with every problem named', async (t) => {
  t.throws(
    () =>
      checkBoardMap(
        { id: 'x', name: 'X', gpioChip: {}, header: { '41': { line: 1, signals: [] } }, uarts: [] },
        'x.json',
      ),
    {
      message:
        /x.json is not a valid board pin map:[\s\S]*gpioChip: must have required property 'label'[\s\S]*header: "41" is not a header pin 1–40/,
    },
  )
})
