/**
 * The small field schemas every message of the contract shares: ids from the
 * config, request ids, ticket labels and the few closed lists of words.
 */
import { Type } from '@sinclair/typebox'

/** A service, counter or call point id as the config spells it. */
export const Id = Type.String({
  pattern: '^[a-z0-9][a-z0-9-]{0,31}$',
  errorMessage: 'must be the id of one from the config',
})
/** A request id: 1–64 letters, digits or `._:-`. */
export const Req = Type.String({ pattern: '^[\\w.:-]{1,64}$' })
export const Label = Type.String({ minLength: 1, maxLength: 8, errorMessage: 'must be a ticket label such as A023' })
export const Incident = Type.String({
  pattern: '^inc-[0-9]{1,12}$',
  errorMessage: 'must be an incident id such as inc-12',
})
export const Who = Type.String({ minLength: 1, maxLength: 64 })

/** One of a closed list of words. */
export function Words<const T extends string>(words: readonly T[]) {
  return Type.Union(words.map((w) => Type.Literal(w)))
}

export const Priority = Words(['normal', 'priority', 'vip'])
export const Position = Words(['front', 'arrival'])
export const Via = Words(['key', 'keypad', 'sms'])
export const Channel = Words(['sms', 'mqtt'])
