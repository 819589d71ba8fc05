// Debian starts and enables a daemon's service when its package is installed. The tests start
// their own brokers (on port 0), and a mosquitto service left on 1883, the demo's port, made
// `npm start` after `npm test` fail: whatever the test dependencies brought is stopped and disabled.

/** Packages of the test dependencies whose Debian package starts a service of that name. */
const SERVICES = { mosquitto: 'mosquitto' }

/** The systemctl commands that leave none of the just-installed packages' services running. */
export function servicesToStop(installed) {
  return installed
    .filter((pkg) => Object.hasOwn(SERVICES, pkg))
    .map((pkg) => ['systemctl', 'disable', '--now', SERVICES[pkg]])
}
