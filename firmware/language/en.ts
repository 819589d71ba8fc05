/** English: "ticket A one hundred and twenty-three, please go to counter three". */
import { checkSpoken, letterClip, letterClips, LETTERS, numberedClips, type Language } from './language.ts'

const UNITS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
]
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety']

function number(n: number): string[] {
  checkSpoken(n)
  if (n < 20) return [`n${n}`]
  if (n < 100) return n % 10 === 0 ? [`n${n}`] : [`n${n - (n % 10)}`, `n${n % 10}`]
  const rest = n % 100
  // British usage, as in station and hall announcements: "one hundred and five".
  return [`n${Math.floor(n / 100)}`, 'hundred', ...(rest === 0 ? [] : ['and', ...number(rest)])]
}

export const english: Language = {
  lang: 'en',
  voice: 'en-gb',
  separator: ' ',
  clips: {
    ...numberedClips('n', UNITS),
    ...numberedClips('n', TENS, 10, 20),
    hundred: 'hundred',
    and: 'and',
    ticket: 'ticket',
    'please-go-to': 'please go to',
    counter: 'counter',
    window: 'window',
    room: 'room',
    ...letterClips([...LETTERS]),
  },
  number,
  digit: (d) => `n${d}`,
  letter: letterClip,
  sentence: ({ ticket, place, placeName }) => ['ticket', ...ticket, 'please-go-to', place, ...placeName],
}
