/** `qms broker-config --config FILE --out DIR`: the Mosquitto files of a site with its own broker. */
import { mkdir, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { ConfigError, loadConfig } from '../../site/config/load.ts'
import { mosquittoFiles } from '../../bus/mosquitto-config.ts'
import { commandZones } from './command-zones.ts'

export async function brokerConfigCommand(configFile: string, outDir: string): Promise<number> {
  let config
  try {
    config = await loadConfig(configFile, await commandZones())
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err
    process.stderr.write(`${err.message}\n`)
    return 1
  }
  // Every shipped example embeds its broker: the files are still what a move to Mosquitto needs.
  const note =
    config.hub.broker.mode === 'external'
      ? ''
      : `Note: ${configFile} has hub.broker.mode "${config.hub.broker.mode}"; set it to "external" when the site moves to this Mosquitto.\n`
  const dir = resolve(outDir)
  const files = mosquittoFiles(config, dir)
  await mkdir(dir, { recursive: true })
  // The password file holds password hashes: readable by the broker's group, not by everyone.
  await writeFile(join(dir, 'passwd'), files.passwd, { mode: 0o640 })
  await writeFile(join(dir, 'acl'), files.acl, { mode: 0o640 })
  await writeFile(join(dir, 'mosquitto.conf'), files['mosquitto.conf'], { mode: 0o644 })
  const users = files.passwd.trim().split('\n').length
  process.stdout.write(
    `${dir}: mosquitto.conf, passwd (${users} logins) and acl written.\n` +
      `Start the broker with: mosquitto -c ${join(dir, 'mosquitto.conf')}\n` +
      `(as a service: chgrp mosquitto ${join(dir, 'passwd')} ${join(dir, 'acl')})\n` +
      note,
  )
  return 0
}
