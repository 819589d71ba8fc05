import t from 'tap'
import { ButtonLogic, type ButtonEvent } from '../../../firmware/drivers/input/button-logic.ts'

const timings = { debounceMs: 20, longPressMs: 1500 }

/** Feeds [time, key, level] edges and ticks at every deadline; returns what came out with its time. */
function play(logic: ButtonLogic, edges: [number, string, boolean][], until: number): [number, ButtonEvent][] {
  const out: [number, ButtonEvent][] = []
  const queue = [...edges]
  for (;;) {
    const deadline = logic.nextDeadline()
    const next = queue[0]
    if (next && (deadline === undefined || next[0] <= deadline)) {
      queue.shift()
      for (const e of logic.edge(next[1], next[2], next[0])) out.push([next[0], e])
    } else if (deadline !== undefined && deadline <= until) {
      for (const e of logic.tick(deadline)) out.push([deadline, e])
    } else return out
  }
}

t.test('a bouncing press is one press, reported at the first edge of letting go', async (t) => {
  const logic = new ButtonLogic(timings)
  const bounce: [number, string, boolean][] = [
    [0, 'a', true],
    [1, 'a', false],
    [2, 'a', true],
    [4, 'a', false],
    [5, 'a', true],
    [150, 'a', false],
    [152, 'a', true],
    [153, 'a', false],
  ]
  t.same(play(logic, bounce, 10_000), [[150, { type: 'press', key: 'a' }]], 'not 20 ms later, when the contact settled')
})

t.test('glitches shorter than the debounce time are no press at all', async (t) => {
  const logic = new ButtonLogic(timings)
  t.same(
    play(
      logic,
      [
        [0, 'a', true],
        [10, 'a', false],
        [100, 'a', true],
        [119, 'a', false],
      ],
      10_000,
    ),
    [],
  )
})

t.test(
  'a line that bounces back within the lockout after a press was no press, and the next real one counts',
  async (t) => {
    const logic = new ButtonLogic(timings)
    // Down at 0 and up at 3 for good: a glitch. Then a real press from 100 to 180, bouncing at both ends.
    const edges: [number, string, boolean][] = [
      [0, 'a', true],
      [3, 'a', false],
      [100, 'a', true],
      [101, 'a', false],
      [102, 'a', true],
      [180, 'a', false],
      [181, 'a', true],
      [183, 'a', false],
    ]
    t.same(play(logic, edges, 10_000), [[180, { type: 'press', key: 'a' }]])
  },
)

t.test('a hammered button gives one press per real press', async (t) => {
  const logic = new ButtonLogic(timings)
  const edges: [number, string, boolean][] = []
  for (let i = 0; i < 10; i++) edges.push([i * 100, 'a', true], [i * 100 + 50, 'a', false])
  t.equal(play(logic, edges, 10_000).length, 10)
})

t.test('a long press is not a press', async (t) => {
  const logic = new ButtonLogic(timings)
  t.same(
    play(
      logic,
      [
        [0, 'a', true],
        [2000, 'a', false],
      ],
      10_000,
    ),
    [[2000, { type: 'longPress', key: 'a' }]],
  )
})

t.test('the technician holds the first and last buttons: a chord, and no ticket for either', async (t) => {
  const logic = new ButtonLogic(timings, { keys: ['a', 'c'], holdMs: 5000 })
  const out = play(
    logic,
    [
      [0, 'a', true],
      [300, 'c', true],
      [6000, 'a', false],
      [6100, 'c', false],
    ],
    20_000,
  )
  t.same(out, [[5300, { type: 'chord', keys: ['a', 'c'] }]])
})

t.test('two customers pressing at once: neither press counts, a held combination too short is nothing', async (t) => {
  const logic = new ButtonLogic(timings, { keys: ['a', 'c'], holdMs: 5000 })
  t.same(
    play(
      logic,
      [
        [0, 'a', true],
        [50, 'b', true],
        [100, 'a', false],
        [120, 'b', false],
      ],
      20_000,
    ),
    [],
  )
  t.same(
    play(
      logic,
      [
        [30_000, 'a', true],
        [30_010, 'c', true],
        [31_000, 'a', false],
        [31_000, 'c', false],
      ],
      40_000,
    ),
    [],
  )
  t.same(
    play(
      logic,
      [
        [50_000, 'b', true],
        [50_100, 'b', false],
      ],
      60_000,
    ),
    [[50_100, { type: 'press', key: 'b' }]],
    'and the next press counts again',
  )
})
