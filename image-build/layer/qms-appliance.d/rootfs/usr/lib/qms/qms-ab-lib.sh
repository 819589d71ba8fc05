# shellcheck shell=sh
# Shared by qms-ab-install and qms-ab-commit: the Pi bootloader's A/B state.
# autoboot.txt (on the boot-config partition, /bootfs) names the slot that
# boots normally ([all] boot_partition) and the one a tryboot boots
# ([tryboot] boot_partition); the bootloader reports which partition it
# booted and whether this boot is a tryboot in the device tree, each as a
# 32-bit big-endian number. Source: Raspberry Pi documentation, config.txt
# "autoboot.txt" (Example update flow for A/B booting).

QMS_AB_BOOTFS="${QMS_AB_BOOTFS:-/bootfs}"
QMS_AB_BOOTLOADER="${QMS_AB_BOOTLOADER:-/proc/device-tree/chosen/bootloader}"
QMS_AB_STATE="${QMS_AB_STATE:-/var/lib/qms-update}"

ab_log() {
  echo "$*" >&2
}

# ab_dt_number NAME: a /chosen/bootloader property as a decimal number.
ab_dt_number() {
  od -An -tu4 --endian=big "${QMS_AB_BOOTLOADER}/$1" | tr -d ' \n'
}

# ab_autoboot_partition SECTION: boot_partition in [all] or [tryboot] of autoboot.txt.
ab_autoboot_partition() {
  sed -n "/^\[$1\]/,/^\[/s/^boot_partition=\([0-9][0-9]*\)\$/\1/p" "${QMS_AB_BOOTFS}/autoboot.txt" | head -n 1
}

# ab_write_autoboot DEFAULT TRYBOOT: replaces autoboot.txt (new file, synced, renamed, synced).
ab_write_autoboot() {
  tmp="${QMS_AB_BOOTFS}/autoboot.new"
  printf '[all]\ntryboot_a_b=1\nboot_partition=%s\n[tryboot]\nboot_partition=%s\n' "$1" "$2" > "$tmp"
  sync "$tmp"
  mv "$tmp" "${QMS_AB_BOOTFS}/autoboot.txt"
  sync "${QMS_AB_BOOTFS}"
}

# ab_status WORD DETAIL…: the update's state, read by the technician and the next run.
ab_status() {
  mkdir -p "$QMS_AB_STATE"
  word="$1"
  shift
  printf '%s %s %s\n' "$word" "$(date -u +%Y-%m-%dT%H:%M:%SZ)" "$*" > "${QMS_AB_STATE}/status.new"
  mv "${QMS_AB_STATE}/status.new" "${QMS_AB_STATE}/status"
  ab_log "update: $word $*"
}
