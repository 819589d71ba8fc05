import t from 'tap'
import { TimeZones } from '../../../firmware/time/local-time.ts'
import { parseTzif } from '../../../firmware/time/zone-rules.ts'
import { dateTimeText } from '../../../firmware/roles/dispenser/date-line.ts'
import { zoneBytes } from '../../time/zone-files.ts'
import { Words } from '../../../firmware/language/messages/words.ts'

const en = new Words('en')
import { intlZones } from '../../fixtures/zones.ts'

const ZONES = [
  'Asia/Dubai',
  'Europe/Berlin',
  'America/Sao_Paulo',
  'Asia/Kathmandu',
  'Australia/Lord_Howe',
  'Pacific/Kiritimati',
  'UTC',
]

/** What the ticket and the slip printed with Intl before (layout.ts, dispenser.ts). */
const formats = new Map<string, Intl.DateTimeFormat>()
function intlText(now: number, timeZone: string, withSeconds: boolean): string {
  const key = `${timeZone} ${withSeconds}`
  if (!formats.has(key))
    formats.set(
      key,
      new Intl.DateTimeFormat('en-GB', { timeZone, dateStyle: 'medium', timeStyle: withSeconds ? 'medium' : 'short' }),
    )
  return formats.get(key)!.format(now)
}

// Every month, every hour of the day, seconds and minutes varying: the 13th of each month at 7-hour steps, 2026–2027.
const instants: number[] = []
for (let at = Date.UTC(2026, 0, 1, 0, 0, 7); at < Date.UTC(2028, 0, 1); at += 7 * 3_600_000 + 61_013) instants.push(at)

for (const [source, label] of [
  [(zone: string) => parseTzif(zoneBytes(zone)), 'from the zone files'],
  [undefined, 'from Intl (the fallback)'],
] as const) {
  t.test(`the same text as Intl's en-GB medium date, short and medium time, ${label}`, async (t) => {
    const zones = new TimeZones(source)
    const wrong: string[] = []
    for (const zone of ZONES) {
      for (const now of instants) {
        for (const withSeconds of [false, true]) {
          const expected = intlText(now, zone, withSeconds)
          const ours = dateTimeText(en, now, zone, zones, withSeconds)
          if (ours !== expected) wrong.push(`${zone} ${new Date(now).toISOString()}: "${ours}", Intl "${expected}"`)
        }
      }
    }
    t.same(wrong.slice(0, 10), [], `${wrong.length} of ${ZONES.length * instants.length * 2} differ`)
  })
}

t.test('examples', async (t) => {
  t.equal(dateTimeText(en, Date.UTC(2026, 10, 22, 6, 15, 30), 'Asia/Dubai', intlZones), '22 Nov 2026, 10:15')
  t.equal(dateTimeText(en, Date.UTC(2026, 8, 1, 22, 5, 9), 'Asia/Dubai', intlZones, true), '2 Sept 2026, 02:05:09')
})

t.test('each language writes the date its own way; Eastern Arabic digits where the site asks', async (t) => {
  const at = Date.UTC(2026, 10, 22, 6, 15, 30)
  t.equal(dateTimeText(new Words('ru'), at, 'Asia/Dubai', intlZones), '22 нояб. 2026 г., 10:15')
  t.equal(dateTimeText(new Words('zh'), at, 'Asia/Dubai', intlZones), '2026年11月22日 10:15')
  t.match(dateTimeText(new Words('ar'), at, 'Asia/Dubai', intlZones), /^22.\/11.\/2026، 10:15 ص$/u)
  t.match(
    dateTimeText(new Words('ar', { digits: 'eastern-arabic' }), at, 'Asia/Dubai', intlZones),
    /^٢٢.\/١١.\/٢٠٢٦، ١٠:١٥ ص$/u,
  )
  t.equal(
    dateTimeText(new Words('en', { digits: 'eastern-arabic' }), at, 'Asia/Dubai', intlZones),
    '22 Nov 2026, 10:15',
    'English keeps 0–9',
  )
})
