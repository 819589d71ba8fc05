// Installs the Debian packages the tests use when they are missing, so that
// `npm test` works on a fresh Debian machine with only Node 20 on it.
import { execFileSync } from 'node:child_process'
import { servicesToStop } from './installed-services.mjs'

/** Debian package → a command it provides, or a shell test for a file it installs (`test -f …`). */
const NEEDED = {
  socat: 'socat',
  // Ticket lines in Arabic, Chinese and Cyrillic are drawn with these fonts.
  'fonts-noto-core': 'test -f /usr/share/fonts/truetype/noto/NotoSansArabic-Regular.ttf',
  'fonts-noto-cjk': 'test -f /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc',
  'fonts-dejavu-core': 'test -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf',
  'alsa-utils': 'aplay',
  'espeak-ng': 'espeak-ng',
  sox: 'sox',
  // The external-broker tests start Debian's broker and drive it with its clients.
  mosquitto: 'test -x /usr/sbin/mosquitto',
  'mosquitto-clients': 'mosquitto_pub',
  // systemd/ units are checked with systemd-analyze verify; the readiness test's fake notify socket is Python (Node has no AF_UNIX datagrams).
  systemd: 'systemd-analyze',
  python3: 'python3',
  // Shell scripts in systemd/ and image-build/ are linted; the A/B update writes sparse images from a zstd tar.
  shellcheck: 'shellcheck',
  zstd: 'zstd',
  'android-sdk-libsparse-utils': 'simg2img',
  // The zone-rules tests read every zone file and check them against zdump (libc-bin, always there).
  tzdata: 'test -f /usr/share/zoneinfo/Europe/Berlin',
  // The data-folder probe test runs a hub with a read-only bind mount in a mount namespace of its own.
  'util-linux': 'unshare',
  mount: 'mount',
  // The crash-state test records the bundle's file-system calls (test/harness/crash-states/).
  strace: 'strace',
  // Power cuts: test/harness/lazyfs.py is a FUSE file system on Debian's fusepy (libfuse2); fuse3 brings fusermount3 and /etc/fuse.conf.
  'python3-fusepy': 'test -f /usr/lib/python3/dist-packages/fusepy.py',
  fuse3: 'fusermount3',
}

const missing = Object.entries(NEEDED)
  .filter(([, command]) => {
    try {
      // `command -v test -f x` would find the builtin `test` and call every file present.
      execFileSync('sh', ['-c', command.startsWith('test ') ? command : `command -v ${command}`], { stdio: 'ignore' })
      return false
    } catch {
      return true
    }
  })
  .map(([pkg]) => pkg)

if (missing.length > 0) {
  const sudo = process.getuid?.() === 0 ? [] : ['sudo']
  console.log(`installing test dependencies: ${missing.join(' ')}`)
  const run = (args) =>
    execFileSync(sudo.length ? 'sudo' : args[0], sudo.length ? args : args.slice(1), {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    })
  run(['apt-get', 'update', '-qq'])
  run(['apt-get', 'install', '-y', '-qq', ...missing])
  for (const command of servicesToStop(missing)) {
    try {
      run(command)
      console.log(`stopped and disabled the ${command.at(-1)} service the package started: the tests start their own`)
    } catch (err) {
      // No systemd here (a container): then nothing started it either.
      console.log(
        `could not stop the ${command.at(-1)} service (${err.message.split('\n')[0]}); if it runs, \`sudo systemctl disable --now ${command.at(-1)}\` frees its port`,
      )
    }
  }
}
