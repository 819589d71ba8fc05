#!/bin/sh
# qms-pin-device DEVICE NAME   e.g. qms-pin-device /dev/ttyUSB1 qms-rs485-2
# qms-pin-device --remove NAME
# Gives one adapter a fixed name, whatever port it is plugged into and in
# whatever order the kernel finds it: a udev rule matching its vendor,
# product, USB serial number and interface (or, for an adapter without a
# serial number, the USB port it is plugged into) is written to the pins
# file, which runs before 70-qms-devices.rules. NAME is qms-printer,
# qms-modem or qms-rs485-<letters or digits>. See docs/image.md.
set -eu

pins="${QMS_PINS_FILE:-/var/lib/qms-device-pins/61-qms-pins.rules}"

usage() {
  echo "usage: qms-pin-device DEVICE NAME | qms-pin-device --remove NAME (NAME: qms-printer, qms-modem, qms-rs485-<a-z0-9>)" >&2
  exit 1
}

check_name() {
  case "$1" in
    qms-printer | qms-modem) ;;
    qms-rs485-*)
      case "${1#qms-rs485-}" in
        '' | *[!a-z0-9]*) usage ;;
      esac
      ;;
    *) usage ;;
  esac
}

# The pins file's other rules: every line but the header, the footer and NAME's pin.
kept_pins() {
  if [ -f "$pins" ]; then
    grep -F 'ENV{QMS_PINNED}="1"' "$pins" | grep -vF "SYMLINK+=\"$1\"" || true
  fi
}

write_pins() {
  mkdir -p "$(dirname "$pins")"
  {
    echo '# Written by qms-pin-device: one line per pinned adapter. Edit with qms-pin-device.'
    echo 'ACTION=="remove", GOTO="qms_pins_end"'
    echo 'SUBSYSTEM!="tty|usbmisc", GOTO="qms_pins_end"'
    echo 'IMPORT{builtin}="usb_id"'
    echo 'IMPORT{builtin}="path_id"'
    cat
    echo 'LABEL="qms_pins_end"'
  } > "${pins}.new"
  mv "${pins}.new" "$pins"
}

apply() {
  udevadm control --reload
  udevadm trigger --action=add --subsystem-match=tty --subsystem-match=usbmisc
}

if [ "$#" -eq 2 ] && [ "$1" = --remove ]; then
  check_name "$2"
  kept_pins "$2" | write_pins
  apply
  echo "removed the pin for /dev/$2"
  exit 0
fi
[ "$#" -eq 2 ] || usage
device="$1"
name="$2"
check_name "$name"
if [ ! -e "$device" ]; then
  echo "$device does not exist: plug the adapter in and give its current name (ls /dev/ttyUSB* /dev/ttyACM* /dev/usb/lp*)" >&2
  exit 1
fi

properties="$(udevadm info --query=property --name="$device")"
property() {
  printf '%s\n' "$properties" | sed -n "s/^$1=//p" | head -n 1
}
subsystem="$(property SUBSYSTEM)"
vendor="$(property ID_VENDOR_ID)"
model="$(property ID_MODEL_ID)"
serial="$(property ID_SERIAL_SHORT)"
interface="$(property ID_USB_INTERFACE_NUM)"
path="$(property ID_PATH)"
if [ -z "$vendor" ] || [ -z "$model" ]; then
  echo "$device is not a USB device (no vendor and product id); only USB adapters can be pinned" >&2
  exit 1
fi
# udev values are quoted: refuse anything that could end the quotes.
for value in "$serial" "$interface" "$path"; do
  case "$value" in
    *[!A-Za-z0-9._:+-]*)
      echo "$device: its id '$value' has characters a rule cannot match safely" >&2
      exit 1
      ;;
  esac
done

match="SUBSYSTEM==\"$subsystem\", ENV{ID_VENDOR_ID}==\"$vendor\", ENV{ID_MODEL_ID}==\"$model\""
if [ -n "$serial" ]; then
  match="$match, ENV{ID_SERIAL_SHORT}==\"$serial\""
  how="serial number $serial"
else
  match="$match, ENV{ID_PATH}==\"$path\""
  how="USB port $path (it has no serial number: keep it in this port)"
fi
if [ -n "$interface" ]; then
  match="$match, ENV{ID_USB_INTERFACE_NUM}==\"$interface\""
fi
rule="$match, ENV{QMS_PINNED}=\"1\", SYMLINK+=\"$name\""

{
  kept_pins "$name" | grep -vF "$match," || true
  echo "$rule"
} | write_pins
apply
echo "pinned /dev/$name to $device by $how"
