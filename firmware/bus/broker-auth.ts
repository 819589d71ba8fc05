/**
 * The embedded broker's policy hooks: who may connect (authenticate), and
 * what each may publish and subscribe (access-list.ts). Anonymous and
 * unknown clients are refused on TCP; a WebSocket page without a login reads
 * the public topics only. Every refusal is logged with the client and topic.
 */
import { createHash, timingSafeEqual } from 'node:crypto'
import type { Duplex } from 'node:stream'
import type { AuthenticateError, AuthErrorCode, Client, PublishPacket, Subscription } from 'aedes'
import type { Logger } from 'pino'
import { grantsOf, mayPublish, maySubscribe, type Grants, type Principal } from './access-list.ts'

export interface Login {
  principal: Principal
  password: string
}

export interface BrokerPolicyOptions {
  root: string
  /** Username → who it is and the password it must give. */
  logins: Map<string, Login>
  maxPayloadBytes: number
  logger: Logger
}

const BAD_LOGIN = 4 as AuthErrorCode.BAD_USERNAME_OR_PASSWORD

function digest(text: string | Buffer): Buffer {
  return createHash('sha256').update(text).digest()
}

function refused(message: string): AuthenticateError {
  return Object.assign(new Error(message), { returnCode: BAD_LOGIN })
}

export class BrokerPolicy {
  private readonly grants = new WeakMap<Client, Grants>()
  /** Streams that came in over WebSocket: browser pages. */
  readonly webSockets = new WeakSet<Duplex>()

  constructor(private readonly options: BrokerPolicyOptions) {}

  authenticate = (
    client: Client,
    username: string | undefined,
    password: Buffer | undefined,
    done: (err: AuthenticateError | null, ok: boolean | null) => void,
  ): void => {
    const log = this.options.logger
    if (username === undefined || username === '') {
      if (this.webSockets.has(client.conn as Duplex)) {
        this.grants.set(client, grantsOf({ role: 'public', id: client.id }))
        return done(null, true)
      }
      log.warn({ client: client.id }, 'refused an anonymous connection')
      return done(refused('a username and password are required'), false)
    }
    const login = this.options.logins.get(username)
    // Compare digests of equal length in constant time, also for unknown users.
    const expected = digest(login?.password ?? '\0unknown')
    const given = digest(password ?? Buffer.alloc(0))
    if (!login || !timingSafeEqual(expected, given)) {
      log.warn({ client: client.id, username }, 'refused a connection: unknown user or wrong password')
      return done(refused('unknown user or wrong password'), false)
    }
    this.grants.set(client, grantsOf(login.principal))
    done(null, true)
  }

  authorizePublish = (client: Client | null, packet: PublishPacket, done: (err?: Error | null) => void): void => {
    // The broker's own messages (wills are published by it on the client's behalf, checked at connect).
    if (!client) return done(null)
    const grants = this.grants.get(client)
    const size = packet.payload?.length ?? 0
    if (size > this.options.maxPayloadBytes) {
      this.options.logger.warn(
        { client: client.id, topic: packet.topic, bytes: size },
        'refused a publish: payload too large',
      )
      return done(new Error(`payload of ${size} bytes is over the limit of ${this.options.maxPayloadBytes}`))
    }
    if (!grants || !mayPublish(grants, this.options.root, packet.topic)) {
      this.options.logger.warn(
        { client: client.id, topic: packet.topic },
        'refused a publish outside what this device may send',
      )
      return done(new Error(`not allowed to publish to ${packet.topic}`))
    }
    done(null)
  }

  authorizeSubscribe = (
    client: Client,
    sub: Subscription,
    done: (err: Error | null, sub?: Subscription | null) => void,
  ): void => {
    const grants = this.grants.get(client)
    if (!grants || !maySubscribe(grants, this.options.root, sub.topic)) {
      this.options.logger.warn(
        { client: client.id, topic: sub.topic },
        'refused a subscription outside what this device may read',
      )
      // A null subscription is answered with the failure code 0x80 in SUBACK [MQTT-3.9.3-2].
      return done(null, null)
    }
    done(null, sub)
  }
}
