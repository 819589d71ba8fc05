/**
 * The hub's embedded MQTT broker: aedes behind a TCP server for boards and,
 * when configured, a WebSocket server for browser pages. aedes does not own
 * its transport (`handle(stream)`), so the servers are ours to start and
 * stop. Who may connect and what each may do is BrokerPolicy's.
 */
import type { Server as HttpServer } from 'node:http'
import { createServer, type AddressInfo, type Server, type Socket } from 'node:net'
import { Aedes } from 'aedes'
import mqttPacket from 'mqtt-packet'
import type { Logger } from 'pino'
import type { WebSocketServer } from 'ws'
import { BrokerPolicy, type Login } from './broker-auth.ts'
import { ConnectionRate } from './connection-rate.ts'
import { listenOn } from './port-taken.ts'

export interface BrokerOptions {
  host: string
  /** 0 picks a free port; `port` tells which after start(). */
  port: number
  /** Absent: no WebSocket listener. 0 picks a free port. */
  websocketPort?: number
  limits: { maxPayloadBytes: number; maxTopicLevels: number; connectionsPerMinute: number }
  /** The site's topic root; nothing outside it is granted. */
  root: string
  logins: Map<string, Login>
  logger: Logger
}

// mqtt-packet (aedes's and mqtt.js's encoder) otherwise builds a table of all
// 65,536 packet ids as Buffers on its first write: 6 MiB of heap to save one
// 2-byte allocation per packet (docs/performance.md).
mqttPacket.writeToStream.cacheNumbers = false

export class EmbeddedBroker {
  private aedes?: Aedes
  private server?: Server
  private http?: HttpServer
  private wss?: WebSocketServer

  constructor(private readonly options: BrokerOptions) {}

  get port(): number {
    return (this.server?.address() as AddressInfo | null)?.port ?? 0
  }

  get websocketPort(): number | undefined {
    return (this.http?.address() as AddressInfo | null)?.port
  }

  async start(): Promise<void> {
    try {
      await this.listen()
    } catch (err) {
      // A port already taken (a config reload onto a busy port): nothing of this broker may linger.
      await this.stop()
      throw err
    }
  }

  private async listen(): Promise<void> {
    const { logger: log, limits } = this.options
    const policy = new BrokerPolicy({
      root: this.options.root,
      logins: this.options.logins,
      maxPayloadBytes: limits.maxPayloadBytes,
      logger: log,
    })
    const aedes = await Aedes.createBroker({
      // One stuck client must not stall the others.
      drainTimeout: 10_000,
      // The root is three levels (qms/v1/<site>); the limit counts what follows.
      maxTopicLevels: 3 + limits.maxTopicLevels,
      authenticate: policy.authenticate,
      authorizePublish: policy.authorizePublish,
      authorizeSubscribe: policy.authorizeSubscribe,
    })
    // A client gone mid-write (EPIPE, ECONNRESET, aedes's "connection closed": every client at a shutdown) is not worth a warning.
    const gone = (err: Error) =>
      ['EPIPE', 'ECONNRESET'].includes((err as NodeJS.ErrnoException).code ?? '') || err.message === 'connection closed'
    aedes.on('clientError', (client, err) =>
      (gone(err) ? log.debug : log.warn).call(log, { client: client.id, err }, 'client error'),
    )
    aedes.on('connectionError', (client, err) => log.debug({ client: client.id, err }, 'connection error'))
    this.aedes = aedes
    const rate = new ConnectionRate(limits.connectionsPerMinute)
    // noDelay: aedes writes one MQTT packet in several small writes; with Nagle on they wait for
    // delayed ACKs (~40 ms each way on Linux), which was most of a ticket's round trip.
    const server = createServer({ noDelay: true }, (socket: Socket) => {
      if (!rate.admit(socket.remoteAddress ?? '?')) {
        log.warn({ from: socket.remoteAddress }, 'refused a connection: too many from this address this minute')
        socket.destroy()
        return
      }
      aedes.handle(socket)
    })
    await listenOn(server, this.options.port, this.options.host, 'hub.broker.port, the MQTT broker')
    this.server = server
    if (this.options.websocketPort !== undefined) {
      // Loaded only for a WebSocket listener: node:http and ws were ~10 ms of every start without one.
      const [{ createServer: createHttpServer }, { WebSocketServer, createWebSocketStream }] = await Promise.all([
        import('node:http'),
        import('ws'),
      ])
      const http = createHttpServer()
      const wss = new WebSocketServer({ server: http, maxPayload: limits.maxPayloadBytes + 1024 })
      wss.on('connection', (ws, request) => {
        if (!rate.admit(request.socket.remoteAddress ?? '?')) {
          ws.terminate()
          return
        }
        const stream = createWebSocketStream(ws)
        policy.webSockets.add(stream)
        aedes.handle(stream)
      })
      await listenOn(
        http,
        this.options.websocketPort,
        this.options.host,
        'hub.broker.websocketPort, the WebSocket listener',
      )
      this.http = http
      this.wss = wss
    }
    log.info({ host: this.options.host, port: this.port, websocketPort: this.websocketPort }, 'broker listening')
  }

  /** Safe to call twice and before start(). */
  async stop(): Promise<void> {
    const { server, aedes, http, wss } = this
    this.server = undefined
    this.aedes = undefined
    this.http = undefined
    this.wss = undefined
    // Stop listening first: a device reconnecting at once must not land on a closing broker.
    const serverClosed = server && new Promise<void>((resolve) => server.close(() => resolve()))
    const httpClosed = http && new Promise<void>((resolve) => http.close(() => resolve()))
    if (aedes) await new Promise<void>((resolve) => aedes.close(() => resolve()))
    if (wss) {
      for (const ws of wss.clients) ws.terminate()
      await new Promise<void>((resolve) => wss.close(() => resolve()))
    }
    // aedes.close() has ended every client connection, so the servers close at once.
    await httpClosed
    await serverClosed
  }
}
