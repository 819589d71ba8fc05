/**
 * A listen() that fails because another program has the port says which
 * port, what it is for, and what to do: a newcomer's usual case is a
 * Mosquitto service left enabled on 1883, the demo's port, and Node's own
 * words (`listen EADDRINUSE: address already in use :::1883`) name neither.
 */
import { once } from 'node:events'

interface Listener {
  listen(port: number, host: string): unknown
}

export async function listenOn(
  server: Listener & NodeJS.EventEmitter,
  port: number,
  host: string,
  what: string,
): Promise<void> {
  server.listen(port, host)
  try {
    await once(server, 'listening')
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code
    if (code === 'EADDRNOTAVAIL') {
      throw new Error(
        `${host} is not an address of this machine (${what}): on a site of several boards, is this the hub's board? \`qms run --board ID\` says which board this is`,
        { cause: err },
      )
    }
    if (code !== 'EADDRINUSE') throw err
    throw new Error(
      `port ${port} (${what}) is taken by another program — \`sudo ss -ltnp 'sport = :${port}'\` names it; ` +
        `a Mosquitto service left running is the usual one (\`sudo systemctl disable --now mosquitto\`); or give ${what} another port in the config`,
      { cause: err },
    )
  }
}
