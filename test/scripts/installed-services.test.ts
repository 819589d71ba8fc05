import t from 'tap'
import { servicesToStop } from '../../scripts/installed-services.mjs'

t.test('installing mosquitto for the tests leaves no broker service on the demo port', async (t) => {
  t.same(servicesToStop(['socat', 'mosquitto', 'mosquitto-clients']), [['systemctl', 'disable', '--now', 'mosquitto']])
  t.same(servicesToStop(['socat', 'sox']), [], 'nothing to stop when no daemon was installed')
})
