/**
 * Arabic (Modern Standard, as read aloud): "التذكرة رقم A ثلاثة وعشرون،
 * يرجى التوجه إلى الشباك رقم ثلاثة". Units come before tens and every part
 * after the first is joined with و, written onto the word: "مائة وثلاثة
 * وعشرون". The و forms are clips of their own (w…) so each clip is one
 * written word and the joins fall between words.
 */
import { checkSpoken, letterClip, letterClips, numberedClips, type Language } from './language.ts'

const UNITS = [
  'صفر',
  'واحد',
  'اثنان',
  'ثلاثة',
  'أربعة',
  'خمسة',
  'ستة',
  'سبعة',
  'ثمانية',
  'تسعة',
  'عشرة',
  'أحد عشر',
  'اثنا عشر',
  'ثلاثة عشر',
  'أربعة عشر',
  'خمسة عشر',
  'ستة عشر',
  'سبعة عشر',
  'ثمانية عشر',
  'تسعة عشر',
]
const TENS = ['عشرون', 'ثلاثون', 'أربعون', 'خمسون', 'ستون', 'سبعون', 'ثمانون', 'تسعون']
const HUNDREDS = ['مائة', 'مئتان', 'ثلاثمائة', 'أربعمائة', 'خمسمائة', 'ستمائة', 'سبعمائة', 'ثمانمائة', 'تسعمائة']
// Latin letters as Arabic speakers name them.
const LETTER_NAMES = [
  'إيه',
  'بي',
  'سي',
  'دي',
  'إي',
  'إف',
  'جي',
  'إتش',
  'آي',
  'جيه',
  'كيه',
  'إل',
  'إم',
  'إن',
  'أو',
  'بي',
  'كيو',
  'آر',
  'إس',
  'تي',
  'يو',
  'في',
  'دبليو',
  'إكس',
  'واي',
  'زد',
]

/** 1–99 as clips; `joined` when a word comes before it, so its first word takes و. */
function belowHundred(n: number, joined: boolean): string[] {
  const first = joined ? 'w' : 'n'
  if (n < 20) return [`${first}${n}`]
  if (n % 10 === 0) return [`${first}${n}`]
  return [`${first}${n % 10}`, `w${n - (n % 10)}`]
}

function number(n: number): string[] {
  checkSpoken(n)
  if (n < 100) return n === 0 ? ['n0'] : belowHundred(n, false)
  const rest = n % 100
  return [`n${n - rest}`, ...(rest === 0 ? [] : belowHundred(rest, true))]
}

export const arabic: Language = {
  lang: 'ar',
  voice: 'ar',
  separator: ' ',
  clips: {
    ...numberedClips('n', UNITS),
    ...numberedClips('n', TENS, 10, 20),
    ...numberedClips('n', HUNDREDS, 100, 100),
    ...Object.fromEntries(UNITS.slice(1).map((word, i) => [`w${i + 1}`, `و${word}`])),
    ...Object.fromEntries(TENS.map((word, i) => [`w${20 + i * 10}`, `و${word}`])),
    ticket: 'التذكرة رقم',
    'please-go-to': 'يرجى التوجه إلى',
    counter: 'الكاونتر رقم',
    window: 'الشباك رقم',
    room: 'الغرفة رقم',
    ...letterClips(LETTER_NAMES),
  },
  number,
  digit: (d) => `n${d}`,
  letter: letterClip,
  sentence: ({ ticket, place, placeName }) => ['ticket', ...ticket, 'please-go-to', place, ...placeName],
}
