#!/bin/sh
# install-payload.sh ROOTFS PAYLOAD.tar.gz KEYS_DIR
# The layer's customize hook: unpacks the firmware payload (npm run
# image-payload) into the image's root, checks every file against the
# payload's own SHA-256 list, adds this layer's image files (A/B update,
# device pins, watchdog, the qms user), and the site's config-signing
# public keys for USB-stick imports. Runs on the build machine, not in the
# image's chroot, so it needs nothing from the image but its files.
set -eu

if [ "$#" -ne 3 ]; then
  echo "usage: install-payload.sh ROOTFS PAYLOAD.tar.gz KEYS_DIR" >&2
  exit 1
fi
root="$1"
payload="$2"
keys="$3"
here="$(cd "$(dirname "$0")" && pwd)"

if [ ! -f "$payload" ]; then
  echo "qms payload ${payload} does not exist: build it with npm run image-payload -- --arch arm64" >&2
  exit 1
fi
if ! ls "$keys"/*.pub > /dev/null 2>&1; then
  echo "qms keys: ${keys} holds no .pub file (qms config keygen makes one); without it no USB stick can be imported" >&2
  exit 1
fi

tar -xzf "$payload" -C "$root" --no-same-owner
if ! (cd "$root" && sha256sum --quiet --strict -c usr/share/qms/payload.sha256 >&2); then
  echo "qms payload ${payload}: files above do not match its checksums" >&2
  exit 1
fi

cp -R "${here}/rootfs/." "$root/"
install -d -m 0755 "${root}/etc/qms/keys"
install -m 0644 "$keys"/*.pub "${root}/etc/qms/keys/"

# The qms user and its device groups, in the image's own passwd and group files.
systemd-sysusers --root="$root" "${root}/usr/lib/sysusers.d/qms.conf"

# Mount points for the persistent partition's folders (slot-shared.d/qms.conf). qms.service owns
# /var/lib/qms (StateDirectory=); the update state and the device pins are root's alone, apart from
# it, because root writes them and udev runs the pins: the service user must not be able to plant either.
install -d -m 0755 "${root}/var/lib/qms"
install -d -m 0700 "${root}/var/lib/qms-update"
install -d -m 0755 "${root}/var/lib/qms-device-pins"
# Pins are written at the site, so the rule file lives on the persistent partition.
install -d -m 0755 "${root}/etc/udev/rules.d"
ln -sf /var/lib/qms-device-pins/61-qms-pins.rules "${root}/etc/udev/rules.d/61-qms-pins.rules"
ln -sf /usr/lib/qms/qms.mjs "${root}/usr/bin/qms"
ln -sf /usr/lib/qms/qms-pin-device.sh "${root}/usr/sbin/qms-pin-device"
ln -sf /usr/lib/qms/qms-ab-install "${root}/usr/sbin/qms-ab-install"
