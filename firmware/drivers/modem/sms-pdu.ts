/**
 * SMS in PDU mode (3GPP TS 23.040), through node-pdu: GSM-7 where every
 * character fits the default alphabet (and its extension table), UCS-2
 * otherwise (Arabic, Chinese, Cyrillic…); long texts become concatenated
 * parts. PDU mode is used rather than text mode because the bytes on the
 * wire are then the same on every modem, whatever its +CSCS character set.
 */
import { Deliver, Submit, parse } from 'node-pdu'

export interface PduPart {
  /** Hex digits, starting with the empty SCA "00" (use the SIM's service centre). */
  hex: string
  /** The length AT+CMGS wants: octets after the SCA. */
  tpduLength: number
}

export interface EncodedSms {
  parts: PduPart[]
  encoding: 'gsm7' | 'ucs2'
}

export function encodeSms(to: string, text: string): EncodedSms {
  const submit = new Submit(to, text)
  const parts = submit.getParts().map((part) => {
    const hex = part.toString(submit)
    // The SCA comes first: its length octet, then that many octets.
    const scaOctets = 1 + parseInt(hex.slice(0, 2), 16)
    return { hex, tpduLength: hex.length / 2 - scaOctets }
  })
  return { parts, encoding: submit.data.isUnicode ? 'ucs2' : 'gsm7' }
}

export interface ReceivedSms {
  from: string
  text: string
}

/** Refuses anything that is not a well-formed SMS-DELIVER, with the reason. */
export function decodeDeliver(hex: string): ReceivedSms {
  if (!/^(?:[0-9A-Fa-f]{2})+$/.test(hex)) throw new Error(`not a PDU: ${JSON.stringify(hex.slice(0, 40))}`)
  let pdu: ReturnType<typeof parse>
  try {
    pdu = parse(hex)
  } catch (err) {
    throw new Error(`unreadable PDU: ${(err as Error).message}`)
  }
  if (!(pdu instanceof Deliver)) throw new Error('the PDU is not an incoming message (SMS-DELIVER)')
  const phone = pdu.address.phone
  if (!phone) throw new Error('the message has no sender number')
  return { from: pdu.address.type.type === 1 && !phone.startsWith('+') ? `+${phone}` : phone, text: pdu.data.getText() }
}
