import t from 'tap'
import { parsePosixTz, posixOffsetAt } from '../../firmware/time/posix-tz.ts'

const at = (y: number, mo: number, d: number, h = 0, mi = 0, s = 0) => Date.UTC(y, mo - 1, d, h, mi, s) / 1000
const H = 3600

t.test('names plain and quoted, offsets with sign and h:m:s, east positive', async (t) => {
  t.same(parsePosixTz('UTC0'), { stdName: 'UTC', stdOffset: 0 })
  t.same(parsePosixTz('<+03>-3'), { stdName: '+03', stdOffset: 3 * H })
  t.same(parsePosixTz('<-0930>9:30'), { stdName: '-0930', stdOffset: -9.5 * H })
  t.same(parsePosixTz('<+0545>-5:45'), { stdName: '+0545', stdOffset: 5.75 * H })
  t.same(parsePosixTz('XXX+1:02:03'), { stdName: 'XXX', stdOffset: -(H + 123) })
  const lordHowe = parsePosixTz('<+1030>-10:30<+11>-11,M10.1.0,M4.1.0')
  t.same(lordHowe.dst, {
    name: '+11',
    offset: 11 * H,
    start: { kind: 'month', month: 10, week: 1, weekday: 0, time: 2 * H },
    end: { kind: 'month', month: 4, week: 1, weekday: 0, time: 2 * H },
  })
})

t.test('a DST offset left out is standard time plus one hour; rules left out are tzcode’s US default', async (t) => {
  const z = parsePosixTz('EST5EDT')
  t.equal(z.dst?.offset, -4 * H)
  t.same(z.dst?.start, { kind: 'month', month: 3, week: 2, weekday: 0, time: 2 * H })
  t.same(z.dst?.end, { kind: 'month', month: 11, week: 1, weekday: 0, time: 2 * H })
  t.equal(parsePosixTz('CET-1CEST,M3.5.0,M10.5.0/3').dst?.offset, 2 * H)
})

t.test('Mm.w.d: week 5 is the last such weekday; the end is on the DST clock', async (t) => {
  const berlin = parsePosixTz('CET-1CEST,M3.5.0,M10.5.0/3')
  t.equal(posixOffsetAt(berlin, at(2026, 3, 29, 0, 59, 59)), H, 'before 02:00 CET on the last Sunday of March')
  t.equal(posixOffsetAt(berlin, at(2026, 3, 29, 1)), 2 * H)
  t.equal(posixOffsetAt(berlin, at(2026, 10, 25, 0, 59, 59)), 2 * H, 'before 03:00 CEST on the last Sunday of October')
  t.equal(posixOffsetAt(berlin, at(2026, 10, 25, 1)), H)
  t.equal(posixOffsetAt(berlin, at(2027, 3, 28, 1)), 2 * H, '2027: March 28')
})

t.test('southern hemisphere: DST spans the new year', async (t) => {
  const sydney = parsePosixTz('AEST-10AEDT,M10.1.0,M4.1.0/3')
  t.equal(posixOffsetAt(sydney, at(2026, 1, 15)), 11 * H, 'January is summer')
  t.equal(posixOffsetAt(sydney, at(2026, 7, 15)), 10 * H, 'July is winter')
  t.equal(posixOffsetAt(sydney, at(2026, 4, 4, 15, 59, 59)), 11 * H, 'before 03:00 AEDT on April 5')
  t.equal(posixOffsetAt(sydney, at(2026, 4, 4, 16)), 10 * H)
  t.equal(posixOffsetAt(sydney, at(2026, 10, 3, 15, 59, 59)), 10 * H, 'before 02:00 AEST on October 4')
  t.equal(posixOffsetAt(sydney, at(2026, 10, 3, 16)), 11 * H)
  const lordHowe = parsePosixTz('<+1030>-10:30<+11>-11,M10.1.0,M4.1.0')
  t.equal(posixOffsetAt(lordHowe, at(2026, 1, 15)), 11 * H, 'a 30-minute DST')
  t.equal(posixOffsetAt(lordHowe, at(2026, 7, 15)), 10.5 * H)
})

t.test('Jn never counts February 29; n does', async (t) => {
  const julian = parsePosixTz('AAA0BBB,J60/0,J300/0')
  const zeroBased = parsePosixTz('AAA0BBB,59/0,J300/0')
  // 2028 is a leap year: J60 is March 1, day 59 (from 0) is February 29.
  t.equal(posixOffsetAt(julian, at(2028, 2, 29, 12)), 0)
  t.equal(posixOffsetAt(julian, at(2028, 3, 1, 0)), H)
  t.equal(posixOffsetAt(zeroBased, at(2028, 2, 29, 0)), H)
  t.equal(posixOffsetAt(zeroBased, at(2028, 2, 28, 23, 59, 59)), 0)
  t.equal(posixOffsetAt(julian, at(2027, 3, 1, 0)), H, 'J60 is March 1 in a common year too')
})

t.test('RFC 8536 §3.3.1: times below zero and past 24 h; DST all year', async (t) => {
  // America/Nuuk: changes at 01:00 UTC, written as -2 h on -03's clock.
  const nuuk = parsePosixTz('<-02>2<-01>,M3.5.0/-1,M10.5.0/0')
  t.same(nuuk.dst?.start.time, -H)
  t.equal(posixOffsetAt(nuuk, at(2026, 3, 29, 0, 59, 59)), -2 * H)
  t.equal(posixOffsetAt(nuuk, at(2026, 3, 29, 1)), -H)
  // Asia/Jerusalem: the Friday before the last Sunday, written as Thursday 26:00.
  const israel = parsePosixTz('IST-2IDT,M3.4.4/26,M10.5.0')
  t.equal(israel.dst?.start.time, 26 * H)
  t.equal(posixOffsetAt(israel, at(2026, 3, 26, 23, 59, 59)), 2 * H, 'before Friday 02:00 IST')
  t.equal(posixOffsetAt(israel, at(2026, 3, 27, 0)), 3 * H)
  t.same(parsePosixTz('XXX3EDT4,0/-167,J365/167').dst?.end.time, 167 * H, '±167 hours are allowed')
  const always = parsePosixTz('EST5EDT,0/0,J365/25')
  for (const when of [at(2026, 1, 1, 0, 0, 1), at(2026, 6, 1), at(2026, 12, 31, 23, 59, 59)])
    t.equal(posixOffsetAt(always, when), -4 * H)
})

t.test('bad TZ strings: an Error naming the problem and where', async (t) => {
  const bad: Array<[string, RegExp]> = [
    ['', /empty/],
    ['CE-1', /3 or more letters/],
    ['CET', /needs an offset/],
    ['CET-x', /offset hours: expected a number/],
    ['CET-25', /offset hours 25 is outside 0–24/],
    ['CET-1:60', /offset minutes 60/],
    ['<+03-3', /closing >/],
    ['<+0 3>-3', /quoted zone name/],
    ['CET-1CEST,M3.5.0', /"," before the DST end/],
    ['CET-1CEST;M3.5.0,M10.5.0', /at character 10: DST offset hours: expected a number/],
    ['CET-1CEST,M13.5.0,M10.5.0', /month 13 is outside 1–12/],
    ['CET-1CEST,M3.6.0,M10.5.0', /week 6/],
    ['CET-1CEST,M3.5.7,M10.5.0', /weekday 7/],
    ['CET-1CEST,M3.5,M10.5.0', /"." after the week/],
    ['CET-1CEST,J0,J365', /Julian day 0/],
    ['CET-1CEST,366,J365', /day of the year 366/],
    ['CET-1CEST,M3.5.0/168,M10.5.0', /transition time hours 168/],
    ['CET-1CEST,M3.5.0,M10.5.0 junk', /unexpected text/],
  ]
  for (const [text, problem] of bad) {
    t.throws(() => parsePosixTz(text), { name: 'Error', message: problem }, JSON.stringify(text))
    t.throws(() => parsePosixTz(text), { message: /^bad TZ string/ })
  }
})
