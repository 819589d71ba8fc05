import t from 'tap'
import { announcementText, callAnnouncement, spell } from '../../firmware/language/call-words.ts'
import { LANGUAGES, language } from '../../firmware/language/index.ts'
import type { Language } from '../../firmware/language/language.ts'
import { NUMBER_WORDS, SPOKEN } from '../fixtures/number-words.ts'

function text(lang: Language, clips: string[]): string {
  return clips
    .map((c) => {
      const words = lang.clips[c]
      if (words === undefined) throw new Error(`${lang.lang}: clip "${c}" is not in the vocabulary`)
      return words
    })
    .join(lang.separator)
}

for (const code of ['en', 'ar', 'zh', 'ru']) {
  t.test(`${code}: 0–999 as people say them`, async (t) => {
    const lang = language(code)
    const wrong: string[] = []
    for (let n = 0; n <= 999; n++) {
      const said = text(lang, lang.number(n))
      if (said !== NUMBER_WORDS[code]!(n)) wrong.push(`${n}: "${said}", expected "${NUMBER_WORDS[code]!(n)}"`)
    }
    t.same(wrong, [], 'every number matches the table')
  })
}

t.test('spot checks written by hand', async (t) => {
  for (const [code, n, words] of SPOKEN) t.equal(text(language(code), language(code).number(n)), words, `${code} ${n}`)
})

t.test('labels: letters spelled, "040" is forty, digit by digit on request and past 999', async (t) => {
  const en = language('en')
  t.equal(text(en, spell(en, 'A040', 'words')), 'A forty')
  t.equal(text(en, spell(en, 'A040', 'digits')), 'A zero four zero')
  t.equal(text(en, spell(en, 'B1234', 'words')), 'B one two three four')
  t.equal(text(en, spell(en, '2b', 'words')), 'two B')
  t.throws(() => spell(en, 'A-1', 'words'), /only letters A–Z and digits/)
  t.throws(() => en.number(1000), /0 to 999/)
})

t.test('the sentence in each language, chime once at the start', async (t) => {
  const a = callAnnouncement({ label: 'A023', counterName: '3', place: 'counter', numbers: 'words' }, [
    'ar',
    'en',
    'zh',
    'ru',
  ])
  const said = a.parts.map((p) =>
    text(
      language(p.lang),
      p.words.filter((w) => w !== 'chime'),
    ),
  )
  t.same(said, [
    'التذكرة رقم إيه ثلاثة وعشرون يرجى التوجه إلى الكاونتر رقم ثلاثة',
    'ticket A twenty three please go to counter three',
    '请A二十三号到三号柜台',
    'билет эй двадцать три пройдите, пожалуйста, к стойке номер три',
  ])
  t.same(
    a.parts.map((p) => p.words.filter((w) => w === 'chime').length),
    [1, 0, 0, 0],
  )
  t.equal(a.parts[0]!.words[0], 'chime')
})

t.test('every clip a grammar uses is in its vocabulary, and clip names are file names', async (t) => {
  for (const lang of LANGUAGES.values()) {
    t.same(
      Object.keys(lang.clips).filter((name) => !/^[a-z0-9-]+$/.test(name)),
      [],
      `${lang.lang}: clip names`,
    )
    const used = new Set<string>()
    for (let n = 0; n <= 999; n++) for (const c of lang.number(n)) used.add(c)
    for (const place of ['counter', 'window', 'room'] as const)
      for (const c of lang.sentence({ ticket: [], place, placeName: [] })) used.add(c)
    for (let d = 0; d <= 9; d++) used.add(lang.digit(d))
    for (const letter of 'ABCDEFGHIJKLMNOPQRSTUVWXYZ') used.add(lang.letter(letter))
    t.same(
      [...used].filter((c) => !(c in lang.clips)),
      [],
      `${lang.lang}: every clip used is in the vocabulary`,
    )
  }
})

t.test('the front panel shows the words, not the clip names', async (t) => {
  const a = callAnnouncement({ label: 'A023', counterName: '3', place: 'window', numbers: 'words' }, ['en', 'zh'])
  t.equal(announcementText(a), 'en: ticket A twenty three please go to window three  |  zh: 请A二十三号到三号窗口')
})
