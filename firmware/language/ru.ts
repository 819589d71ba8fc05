/** Russian: "билет A двадцать три, пройдите, пожалуйста, к окну номер три". */
import { checkSpoken, letterClip, letterClips, numberedClips, type Language } from './language.ts'

const UNITS = [
  'ноль',
  'один',
  'два',
  'три',
  'четыре',
  'пять',
  'шесть',
  'семь',
  'восемь',
  'девять',
  'десять',
  'одиннадцать',
  'двенадцать',
  'тринадцать',
  'четырнадцать',
  'пятнадцать',
  'шестнадцать',
  'семнадцать',
  'восемнадцать',
  'девятнадцать',
]
const TENS = ['двадцать', 'тридцать', 'сорок', 'пятьдесят', 'шестьдесят', 'семьдесят', 'восемьдесят', 'девяносто']
const HUNDREDS = ['сто', 'двести', 'триста', 'четыреста', 'пятьсот', 'шестьсот', 'семьсот', 'восемьсот', 'девятьсот']
// Latin letters as Russian speakers name them (tickets keep the Latin letter printed on them).
const LETTER_NAMES = [
  'эй',
  'би',
  'си',
  'ди',
  'и',
  'эф',
  'джи',
  'эйч',
  'ай',
  'джей',
  'кей',
  'эль',
  'эм',
  'эн',
  'оу',
  'пи',
  'кью',
  'ар',
  'эс',
  'ти',
  'ю',
  'ви',
  'дабл-ю',
  'экс',
  'уай',
  'зед',
]

function number(n: number): string[] {
  checkSpoken(n)
  if (n < 20) return [`n${n}`]
  // Russian joins hundreds, tens and units with no conjunction: "сто двадцать три".
  const parts: string[] = []
  const hundreds = n - (n % 100)
  const rest = n % 100
  if (hundreds > 0) parts.push(`n${hundreds}`)
  if (rest >= 20) parts.push(`n${rest - (rest % 10)}`, ...(rest % 10 === 0 ? [] : [`n${rest % 10}`]))
  else if (rest > 0) parts.push(`n${rest}`)
  return parts
}

export const russian: Language = {
  lang: 'ru',
  voice: 'ru',
  separator: ' ',
  clips: {
    ...numberedClips('n', UNITS),
    ...numberedClips('n', TENS, 10, 20),
    ...numberedClips('n', HUNDREDS, 100, 100),
    ticket: 'билет',
    'please-go-to': 'пройдите, пожалуйста,',
    // The place carries its preposition and case: "к стойке", "к окну", "в кабинет".
    counter: 'к стойке номер',
    window: 'к окну номер',
    room: 'в кабинет номер',
    ...letterClips(LETTER_NAMES),
  },
  number,
  digit: (d) => `n${d}`,
  letter: letterClip,
  sentence: ({ ticket, place, placeName }) => ['ticket', ...ticket, 'please-go-to', place, ...placeName],
}
