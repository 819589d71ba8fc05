/** The retained state/config of a running hub, read as a ticket box of the harness's sites reads it. */
import mqtt from 'mqtt'
import type { ConfigState } from '../../firmware/contract/config-state.ts'
import { topics } from '../../firmware/bus/topics.ts'
import { boxDevice, TEST_PASSWORD } from './hub-process.ts'

/** Resolves with the first state/config message that `match` accepts. */
export async function readConfigState(
  port: number,
  site: string,
  match: (s: ConfigState) => boolean = () => true,
): Promise<ConfigState> {
  const client = await mqtt.connectAsync(`mqtt://127.0.0.1:${port}`, {
    username: boxDevice(0),
    password: TEST_PASSWORD,
    reconnectPeriod: 0,
  })
  try {
    return await new Promise((resolve) => {
      client.on('message', (_topic, payload) => {
        const state = JSON.parse(payload.toString()) as ConfigState
        if (match(state)) resolve(state)
      })
      void client.subscribeAsync(topics(site).configState, { qos: 1 })
    })
  } finally {
    await client.endAsync()
  }
}
