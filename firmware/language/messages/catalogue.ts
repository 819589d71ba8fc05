/**
 * A language's catalogue: a message for every key of the English one. Typed
 * so that a built-in language missing a key does not compile; a site's own
 * language or overrides are checked by message-check.ts when the config is.
 */
import type { MessageKey } from './en.ts'
import type { Message } from './message.ts'

export type { MessageKey } from './en.ts'
export type Catalogue = Readonly<Record<MessageKey, Message>>
