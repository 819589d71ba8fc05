#!/bin/sh
# qms-usb-import.sh DEVICE (e.g. sda1): run by qms-usb-import@.service.
# Mounts /dev/DEVICE read-only while the bundle is checked and applied (and
# an export requested by qms-export-request is gathered), then read-write
# only to leave qms-report.txt (and qms-export/) on it. Then tells the hub:
# a new config is reloaded in-process (started, on a new appliance); a
# refused one is reloaded only if the hub runs, so its display shows why.
# Exit: 0 applied, 1 refused, 3 no bundle (export only), 75 another import
# was running; other: the stick could not be read.
set -eu

device="$1"
run_dir="${RUNTIME_DIRECTORY:-/run/qms-usb/${device}}"
mount_point="${run_dir}/stick"
report="${run_dir}/report.txt"
export_dir="${run_dir}/export"
qms="${QMS_COMMAND:-/usr/lib/qms/qms.mjs}"

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
$qms usb-import --mount "$mount_point" --report "$report" --export-dir "$export_dir" || status=$?

if mount -o remount,rw "$mount_point"; then
  cp "$report" "${mount_point}/qms-report.txt"
  if [ -d "$export_dir" ]; then
    mkdir -p "${mount_point}/qms-export"
    cp -R "${export_dir}/." "${mount_point}/qms-export/"
  fi
  sync
else
  echo "the stick is write-protected: the report stays in the journal log only" >&2
fi
cat "$report"

case "$status" in
  0) systemctl reload-or-restart qms.service ;;
  1) systemctl try-reload-or-restart qms.service ;;
esac
exit "$status"
