import t from 'tap'
import { readFileSync } from 'node:fs'
import { parse } from 'yaml'
import { fitWords } from '../../firmware/language/fit.ts'
import { english, type MessageKey } from '../../firmware/language/messages/en.ts'
import { CATALOGUES, MESSAGE_KEYS } from '../../firmware/language/messages/index.ts'
import { isPluralMessage, placesOf, PLURAL_CATEGORIES } from '../../firmware/language/messages/message.ts'
import { messageProblems } from '../../firmware/language/messages/message-check.ts'
import { Words } from '../../firmware/language/messages/words.ts'
import { checkConfig } from '../../firmware/site/config/load.ts'
import { counterContent } from '../../firmware/roles/display/display.ts'
import { statusSlip } from '../../firmware/roles/dispenser/status-slip.ts'
import { summarySlip } from '../../firmware/roles/dispenser/summary-slip.ts'
import { intlZones } from '../fixtures/zones.ts'

const LANGS = ['en', 'ar', 'zh', 'ru']
/** Words that would give away an English text in another language (OK, DONE, VIP, p90 and r12 are kept on purpose). */
const ENGLISH = /\b(?!OK\b|DONE\b|VIP\b|p90\b|r\d)[A-Za-z]{2,}\b/

t.test(
  "every built-in catalogue has every message with the English one's places, and every plural form its rules ask",
  async (t) => {
    // As the config's `messages` may name them (site/config/schema.ts).
    t.same(
      MESSAGE_KEYS.filter((k) => !/^[a-z][a-z0-9.-]*$/.test(k)),
      [],
      'every key can be written in a config',
    )
    for (const [lang, { catalogue, facts }] of CATALOGUES) {
      t.same(
        [...new Intl.PluralRules(facts.locale).resolvedOptions().pluralCategories].sort(),
        [...facts.plurals].sort(),
        `${lang}: plural categories as Intl has them`,
      )
      t.same(Object.keys(catalogue).sort(), [...MESSAGE_KEYS].sort(), `${lang}: the keys`)
      for (const key of MESSAGE_KEYS) {
        const message = catalogue[key]
        const forms = isPluralMessage(message)
          ? PLURAL_CATEGORIES.flatMap((c) => (message[c] === undefined ? [] : [message[c]!]))
          : [message]
        for (const form of forms)
          t.ok(
            placesOf(form).every((p) => placesOf(String(english[key])).includes(p)),
            `${lang} ${key}: places`,
          )
        if (isPluralMessage(message))
          t.same(
            facts.plurals.filter((c) => message[c] === undefined),
            [],
            `${lang} ${key}: every form`,
          )
      }
      t.same(messageProblems({ languages: [lang] }), [])
    }
  },
)

t.test('Russian counts 1, 2, 5 (and 21) by its rules', async (t) => {
  const ru = new Words('ru')
  t.same(
    [1, 2, 5, 21, 22, 25].map((n) => ru.text('ticket.ahead', { n })),
    [
      'Перед вами 1 человек',
      'Перед вами 2 человека',
      'Перед вами 5 человек',
      'Перед вами 21 человек',
      'Перед вами 22 человека',
      'Перед вами 25 человек',
    ],
  )
  t.same(
    [1, 2, 5].map((n) => ru.text('ticket.wait', { n })),
    ['Около 1 минуты', 'Около 2 минут', 'Около 5 минут'],
  )
})

t.test('Arabic has all six forms: 0, 1, 2, 3–10, 11–99, 100', async (t) => {
  const ar = new Words('ar')
  t.same(
    [0, 1, 2, 3, 11, 100, 103].map((n) => ar.text('ticket.ahead', { n })),
    [
      'لا أحد ينتظر قبلك',
      'ينتظر قبلك شخص واحد',
      'ينتظر قبلك شخصان',
      'ينتظر قبلك 3 أشخاص',
      'ينتظر قبلك 11 شخصًا',
      'ينتظر قبلك 100 شخص',
      'ينتظر قبلك 103 أشخاص',
    ],
  )
  t.same(
    [1, 2, 7].map((n) => ar.text('ticket.wait', { n })),
    ['حوالي دقيقة واحدة', 'حوالي دقيقتين', 'حوالي 7 دقائق'],
  )
})

t.test(
  'numbers in the language: Eastern Arabic digits where the site chooses them, the decimal sign of each',
  async (t) => {
    t.equal(new Words('ar', { digits: 'eastern-arabic' }).text('ticket.ahead', { n: 14 }), 'ينتظر قبلك ١٤ شخصًا')
    t.equal(new Words('ar', { digits: 'eastern-arabic' }).number(2.5), '٢٫٥')
    t.equal(new Words('ar').number(2.5), '2.5')
    t.equal(new Words('ru').number(1234.5), '1\u00a0234,5')
    t.equal(new Words('zh', { digits: 'eastern-arabic' }).number(12), '12', 'only Arabic script takes them')
  },
)

t.test("keypad replies fit the keypad's 32 characters in every language, cut only between words", async (t) => {
  const places = { name: 'Amal', label: 'A023' }
  for (const lang of LANGS) {
    const words = new Words(lang)
    for (const key of MESSAGE_KEYS.filter((k) => k.startsWith('keypad.'))) {
      const text =
        key === 'keypad.ticket'
          ? words.text(key, { ...places, state: words.text('state.transferred') })
          : words.text(key as MessageKey, places)
      t.ok([...text].length <= 32, `${lang} ${key}: "${text}" (${[...text].length})`)
    }
  }
  t.equal(fitWords('No one has that PIN; type it again', 32), 'No one has that PIN; type it')
  t.equal(fitWords('Здравствуйте, Александра Владимировна', 32), 'Здравствуйте, Александра')
  t.equal(
    fitWords('Supercalifragilisticexpialidocious-and-more', 10),
    'Supercalif',
    'one endless word is the only cut inside a word',
  )
})

t.test('staff SMS, the closed counter display and the slips in each language', async (t) => {
  const slipFacts = {
    firmware: '1.0',
    configVersion: 'v1',
    printerName: 'escpos',
    printer: { answered: true, online: true, coverOpen: false, paperOut: false, paperNearEnd: true },
    printedToday: { deposits: 3 },
    waiting: { deposits: 1 },
    unprinted: [],
    addresses: [],
    when: '',
    configLines: [],
  }
  const day = {
    day: '2026-11-22',
    totals: {
      issued: 10,
      served: 8,
      noShow: 1,
      transferred: 1,
      cancelled: 0,
      peakWaiting: 4,
      wait: { avg: 150, p90: 300, max: 400 },
      service: { avg: 45 },
      ratings: { count: 0, avg: null },
    },
    services: [],
  }
  const closed = new Map<string, string>()
  for (const lang of LANGS) {
    const words = new Words(lang)
    const sms = words.text('sms.escalated', {
      kind: words.text('sms.staff'),
      where: 'Room 315',
      number: '12',
      level: '1',
    })
    t.match(sms, /OK 12/, `${lang}: the reply words and the number stay`)
    t.match(sms, /DONE 12/)
    closed.set(lang, counterContent(words, { paused: true, ticket: null }, '3').rows[0]!)
    const slip = [...statusSlip(words, slipFacts).lines, ...summarySlip(words, day as never, 'Bank').lines].filter(
      (l) => l.text !== 'Bank' && l.text !== day.day,
    )
    t.ok(
      slip.every((l) => l.lang === lang),
      `${lang}: every slip line marked with its language`,
    )
    if (lang === 'en') continue
    t.notMatch(sms.replace('Room 315', ''), ENGLISH, `${lang}: ${sms}`)
    t.notMatch(
      slip
        .map((l) => l.text)
        .join('\n')
        .replace(/escpos|deposits|v1/g, ''),
      ENGLISH,
      `${lang}: the slips`,
    )
  }
  t.same(Object.fromEntries(closed), { en: 'CLOSED', ar: 'مغلق', zh: '暂停服务', ru: 'ЗАКРЫТО' })
})

const demo = () => parse(readFileSync(new URL('../../config/demo-bank.yaml', import.meta.url), 'utf8'))

t.test('a missing translation fails the config check, saying what is missing and what to do', async (t) => {
  const doc = demo()
  doc.site.languages = ['ar', 'fr']
  // The voice has no French: this site has no announcer, only printed and shown words.
  doc.board.roles = doc.board.roles.filter((r: string) => r !== 'announcer')
  delete doc.board.announcer
  t.throws(
    () => checkConfig(doc, 'site.yaml', intlZones),
    /messages\.fr: no "fr" text for \d+ of \d+ messages \(ticket\.ahead, ticket\.wait, ticket\.next, …\); built in are en, ar, zh, ru, any other language needs every message under messages\.fr/,
  )
  doc.messages = { fr: Object.fromEntries(MESSAGE_KEYS.map((k) => [k, 'x'])) }
  doc.messages.fr['ticket.ahead'] = { one: '{n} personne devant vous' }
  t.throws(
    () => checkConfig(doc, 'site.yaml', intlZones),
    /"other" is missing|must have required property 'other'/,
    'a plural message always has other',
  )
  doc.messages.fr['ticket.ahead'] = { other: '{n} personnes devant vous' }
  t.throws(
    () => checkConfig(doc, 'site.yaml', intlZones),
    /messages\.fr\.ticket\.ahead: "fr" counts with the forms [a-z, ]+; missing many, one/,
  )
  doc.messages.fr['ticket.ahead'] = {
    one: '{n} personne devant vous',
    many: '{n} de personnes',
    other: '{n} personnes devant vous',
  }
  t.ok(checkConfig(doc, 'site.yaml', intlZones), 'complete: accepted')
})

t.test('an override must name a message and its places, in a language of the site', async (t) => {
  const doc = demo()
  doc.messages = {
    ar: { 'ticket.nxet': 'أنت التالي', 'ticket.wait': 'حوالي {minutes} دقيقة' },
    de: { 'ticket.next': 'Sie sind dran' },
  }
  const problem = (() => {
    try {
      checkConfig(doc, 'site.yaml', intlZones)
    } catch (err) {
      return (err as Error).message
    }
    return ''
  })()
  t.match(problem, /messages\.ar\.ticket\.nxet: there is no message "ticket\.nxet"/)
  t.match(problem, /messages\.ar\.ticket\.wait: \{minutes\} is not a place of this message \(it has \{n\}\)/)
  t.match(problem, /messages\.de: "de" is not a language of this site \(ar, en\)/)
})
