/**
 * An mqtt.js client for a bus URL. mqtt.connect() loads every transport it
 * knows at its first call — WebSocket with node:https and node:tls, SOCKS —
 * ~10 ms of every board's start (a profile of a hub-only start); the bus is
 * plain TCP (`mqtt://host:port`), so the client gets its socket from here and
 * only another scheme goes through mqtt.connect().
 */
import { createConnection } from 'node:net'
import mqtt, { MqttClient, type IClientOptions } from 'mqtt'

/** mqtt.js's port when the URL names none. */
const MQTT_PORT = 1883

export function mqttClient(url: string, options: IClientOptions): MqttClient {
  const { protocol, hostname, port } = new URL(url)
  if (protocol !== 'mqtt:' && protocol !== 'tcp:') return mqtt.connect(url, options)
  // The brackets of an IPv6 literal are URL syntax, not part of the address.
  const host = hostname.replace(/^\[(.*)\]$/, '$1')
  // Nagle off: a command's small writes would otherwise wait for delayed ACKs.
  return new MqttClient(
    () => createConnection({ host, port: port === '' ? MQTT_PORT : Number(port), noDelay: true }),
    options,
  )
}
