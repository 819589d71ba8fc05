import t from 'tap'
import { readSmsReply, samePhone } from '../../firmware/hub/sms-reply.ts'

t.test('replies: acknowledge or clear, with or without the number', async (t) => {
  t.same(readSmsReply('OK 12'), { action: 'acknowledge', number: 12 })
  t.same(readSmsReply(' ack #7.'), { action: 'acknowledge', number: 7 })
  t.same(readSmsReply('yes'), { action: 'acknowledge' })
  t.same(readSmsReply('Done inc-3'), { action: 'clear', number: 3 })
  t.same(readSmsReply('CLEAR'), { action: 'clear' })
  for (const text of ['', 'okay then', 'OK 12 13', 'who is this?', 'x'.repeat(500)])
    t.match(readSmsReply(text), { action: 'unknown', why: /OK 12/ }, text.slice(0, 20))
})

t.test('phone numbers compare however they are written', async (t) => {
  t.ok(samePhone('+49 170 0000001', '+491700000001'))
  t.ok(samePhone('0049-170-0000001', '+491700000001'))
  t.notOk(samePhone('+491700000001', '+491700000002'))
  t.notOk(samePhone('01700000001', '+491700000001'), 'a national number is not guessed into an international one')
})
