/**
 * English: every fixed word the appliance shows a customer or a member of
 * staff. The keys of this catalogue are the keys of every other one (a key
 * missing from a built-in language does not compile). Texts are short, as a
 * bank prints them; keypad texts fit its 32-character reply.
 */
import type { LanguageFacts } from './message.ts'

export const englishFacts: LanguageFacts = { locale: 'en-GB', direction: 'ltr', plurals: ['one', 'other'] }

export const english = {
  // The ticket, read by the customer.
  'ticket.ahead': 'Waiting ahead of you: {n}',
  'ticket.wait': 'About {n} min',
  'ticket.next': 'You are next',
  'ticket.vip': 'VIP',
  'ticket.priority': 'Priority',
  'ticket.reprinted': 'Reprinted',

  // The LED displays.
  'display.closed': 'CLOSED',
  'display.offline': 'No connection to the hub',
  'display.config.applied': 'Config r{revision} applied',
  'display.config.not-loaded': 'Config r{revision} not loaded',
  'display.config.back': 'Config back to r{revision}',
  'display.config.refused': 'Config refused: {why}',

  // Why a config import was refused (display notice and status slip).
  'refusal.no-bundle': 'no bundle',
  'refusal.unsigned': 'unsigned',
  'refusal.signature': 'signature',
  'refusal.files': 'damaged files',
  'refusal.invalid': 'invalid config',
  'refusal.site': 'other site',
  'refusal.older': 'old revision',
  'refusal.queue': 'tickets waiting',
  'refusal.busy': 'import running',
  'refusal.error': 'error',

  // Staff SMS. OK and DONE stay the words to reply with in every language (hub/sms-reply.ts reads them).
  'sms.staff': 'Staff call',
  'sms.manager': 'Manager call',
  'sms.complaint': 'Complaint',
  'sms.emergency': 'EMERGENCY',
  'sms.raised': '{kind}: {where}. Reply OK {number} when on the way, DONE {number} when done.',
  'sms.escalated':
    '{kind}: {where} (not answered, level {level}). Reply OK {number} when on the way, DONE {number} when done.',

  // Keypad replies: at most 32 characters once the places are filled (roles/counter).
  'keypad.done': 'Done',
  'keypad.hello': 'Hello {name}',
  'keypad.unknown-key': 'Unknown key',
  'keypad.ticket': '{label} {state}',
  'state.waiting': 'waiting',
  'state.called': 'called',
  'state.serving': 'serving',
  'state.held': 'on hold',
  'state.done': 'done',
  'state.no-show': 'no-show',
  'state.transferred': 'transferred',
  'state.cancelled': 'cancelled',
  'state.unprinted': 'not printed',
  'keypad.error.bad-command': 'Key not understood',
  'keypad.error.unknown-service': 'No such service',
  'keypad.error.unknown-counter': 'No such counter',
  'keypad.error.unknown-ticket': 'No such ticket today',
  'keypad.error.queue-empty': 'No one is waiting',
  'keypad.error.counter-paused': 'Counter paused: resume first',
  'keypad.error.no-current-ticket': 'No ticket at this counter',
  'keypad.error.already-serving': 'Finish the current ticket first',
  'keypad.error.not-yet-no-show': 'Too soon for a no-show',
  'keypad.error.ticket-finished': 'That ticket is finished',
  'keypad.error.ticket-not-waiting': 'That ticket is not waiting',
  'keypad.error.ticket-printed': 'That ticket was printed',
  'keypad.error.service-closed': 'Service closed now',
  'keypad.error.daily-cap': 'No tickets left today',
  'keypad.error.numbers-exhausted': 'No numbers left today',
  'keypad.error.engine-error': 'Hub error: try again',
  'keypad.error.wrong-pin': 'Wrong PIN: type it again',
  'keypad.error.no-common-service': 'You serve nothing here',
  'keypad.error.not-allowed': 'Not allowed here',
  'keypad.error.hub-failed': 'Hub restarting: try again',
  'keypad.error.hub-unreachable': 'No connection to the hub',
  'keypad.error.other': 'Not done',

  // The technician's status slip.
  'slip.title': 'STATUS',
  'slip.firmware': 'Firmware {version}',
  'slip.config': 'Config {version}',
  'slip.printer': 'Printer {name}: {status}',
  'printer.not-answering': 'not answering',
  'printer.cover-open': 'cover open',
  'printer.paper-out': 'out of paper',
  'printer.offline': 'off line',
  'printer.ready': 'ready',
  'printer.paper-low': 'ready, paper near end',
  'slip.service': '{service}: printed {printed}, waiting {waiting}',
  'slip.unprinted': 'Unprinted: {labels}',
  'slip.unprinted-none': 'Unprinted: none',
  'slip.address': 'Address {address}',
  'slip.no-network': 'Address: no network',
  'slip.config-unknown': 'Config import: no word from the hub',
  'slip.revision': 'Config revision {revision}',
  'slip.revision-none': 'Config revision none (not a bundle)',
  'slip.import-none': 'Last import: none',
  'slip.import-applied': 'Last import: applied r{revision}, {when}',
  'slip.import-rolled-back': 'Last change: rolled back to r{revision}, {when}',
  'slip.import-refused': 'Last import: refused ({why}), {when}',
  'slip.not-running': "r{revision} is not running: see the hub's log",
  'slip.reload': 'Last reload: {outcome}, {when}',
  'reload.refused': 'refused',
  'reload.reverted': 'reverted',

  // The daily summary slip.
  'summary.title': 'DAILY SUMMARY',
  'summary.issued': 'Issued {issued}  Served {served}',
  'summary.no-show': 'No-show {noShow}  Transferred {transferred}',
  'summary.cancelled': 'Cancelled {n}',
  'summary.wait': 'Wait avg {avg}, p90 {p90}',
  'summary.longest': 'Longest wait {max}',
  'summary.service-time': 'Service avg {avg}',
  'summary.peak': 'Most waiting at once {n}',
  'summary.rating': 'Rating {avg}/5 ({count})',
  'summary.per-service': 'served {served}/{issued}, wait {wait}',
  'summary.in-target': '{pct}% in target',
  'summary.seconds': '{n} s',
  'summary.minutes': '{n} min',
} as const

/** Every message key; each built-in catalogue has exactly these. */
export type MessageKey = keyof typeof english
