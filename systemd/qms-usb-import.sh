#!/bin/sh
# qms-usb-import.sh DEVICE (e.g. sda1): run by qms-usb-import@.service.
# Mounts /dev/DEVICE read-only while the bundle is checked and applied, then
# read-write only to leave qms-report.txt on it; (re)starts the hub when a new
# config was applied (a new appliance's first config starts it). Exit: 0 applied, 1 refused, other: the stick could not
# be read.
set -eu

device="$1"
run_dir="${RUNTIME_DIRECTORY:-/run/qms-usb/${device}}"
mount_point="${run_dir}/stick"
report="${run_dir}/report.txt"
qms="${QMS_COMMAND:-/usr/bin/node /usr/lib/qms/qms.mjs}"

mkdir -p "$mount_point"
mount -o ro,nosuid,nodev,noexec "/dev/${device}" "$mount_point"
# shellcheck disable=SC2317 # called by the EXIT trap, which shellcheck 0.9 does not follow
cleanup() {
  umount "$mount_point" || true
  if [ -d "$mount_point" ]; then rmdir "$mount_point" || true; fi
}
trap cleanup EXIT

status=0
# shellcheck disable=SC2086 # $qms is a command and its first arguments
$qms usb-import --mount "$mount_point" --report "$report" || status=$?

if mount -o remount,rw "$mount_point"; then
  cp "$report" "${mount_point}/qms-report.txt" && sync
else
  echo "the stick is write-protected: the report stays in the journal log only" >&2
fi
cat "$report"

if [ "$status" -eq 0 ]; then
  systemctl restart qms.service
fi
exit "$status"
