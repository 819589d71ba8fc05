/**
 * Mandarin: "请 A 二十三 号到 三 号柜台" (number A23 please go to counter 3).
 * 10–19 drop the 一 before 十 (十五), but not after 百 (一百一十五); a zero
 * tens place inside a number is said once (一百零五).
 */
import { checkSpoken, letterClip, letterClips, numberedClips, LETTERS, type Language } from './language.ts'

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九']

function belowHundred(n: number, afterHundred: boolean): string[] {
  const units = n % 10 === 0 ? [] : [`d${n % 10}`]
  if (n < 10) return [`d${n}`]
  const tens = Math.floor(n / 10)
  return [...(tens === 1 && !afterHundred ? [] : [`d${tens}`]), 'ten', ...units]
}

function number(n: number): string[] {
  checkSpoken(n)
  if (n < 100) return belowHundred(n, false)
  const rest = n % 100
  const hundreds = [`d${Math.floor(n / 100)}`, 'hundred']
  if (rest === 0) return hundreds
  if (rest < 10) return [...hundreds, 'd0', `d${rest}`]
  return [...hundreds, ...belowHundred(rest, true)]
}

const PLACES = { counter: '柜台', window: '窗口', room: '诊室' } as const

export const chinese: Language = {
  lang: 'zh',
  voice: 'cmn',
  separator: '',
  clips: {
    ...numberedClips('d', DIGITS),
    ten: '十',
    hundred: '百',
    please: '请',
    hao: '号',
    'go-to': '到',
    ...PLACES,
    // The cmn voice reads Latin letters with their English names, as Chinese speakers do for ticket letters.
    ...letterClips([...LETTERS]),
  },
  number,
  digit: (d) => `d${d}`,
  letter: letterClip,
  sentence: ({ ticket, place, placeName }) => ['please', ...ticket, 'hao', 'go-to', ...placeName, 'hao', place],
}
