"""A Modbus-RTU slave written for the tests from the public specifications
(Modbus Application Protocol V1.1b3, Modbus over Serial Line V1.02), not
from our driver: the far end of a pty, its own process, answering in the
same step as it reads the last byte of a request, as a fast display does.

Usage: modbus-slave.py PTY ADDRESS...   Each request it takes is printed on
stdout as one JSON line: {"address", "function", "register", "values" (hex)}.
"""
import json
import os
import select
import sys
import tty


def crc16(data: bytes) -> bytes:
    # CRC-16/MODBUS: polynomial 0xA001 reflected, init 0xFFFF, low byte first (Serial Line V1.02 6.2.2).
    crc = 0xFFFF
    for byte in data:
        crc ^= byte
        for _ in range(8):
            crc = (crc >> 1) ^ 0xA001 if crc & 1 else crc >> 1
    return bytes([crc & 0xFF, crc >> 8])


def request_length(buf: bytes):
    """Bytes of the request at the head of buf by the function's fixed layout, or None until known."""
    if len(buf) < 2:
        return None
    function = buf[1]
    if function in (0x03, 0x06):  # address, function, register(2), quantity/value(2), CRC(2)
        return 8
    if function == 0x10:  # ... quantity(2), byte count, values, CRC(2)  (V1.1b3 6.12)
        return 9 + buf[6] if len(buf) >= 7 else None
    return -1


def main() -> None:
    fd = os.open(sys.argv[1], os.O_RDWR | os.O_NOCTTY)
    tty.setraw(fd)
    addresses = {int(a) for a in sys.argv[2:]}
    registers: dict = {}
    buf = b""
    print(json.dumps({"ready": True}), flush=True)
    parent = os.getppid()
    while True:
        # Once a second, see whether the test that started us is gone (killed on a timeout): then go too.
        if not select.select([fd], [], [], 1.0)[0]:
            if os.getppid() != parent:
                return
            continue
        chunk = os.read(fd, 512)
        if not chunk:
            return
        buf += chunk
        while True:
            length = request_length(buf)
            if length == -1:  # not a function we know: the line is out of step, drop what we hold
                buf = b""
            if length is None or length == -1 or len(buf) < length:
                break
            frame, buf = buf[:length], buf[length:]
            if crc16(frame[:-2]) != frame[-2:] or frame[0] not in addresses:
                continue  # a slave stays silent on a bad CRC or another address (Serial Line V1.02 2.4.1)
            address, function = frame[0], frame[1]
            register = int.from_bytes(frame[2:4], "big")
            if function == 0x10:
                values = frame[7:-2]
                for i in range(0, len(values), 2):
                    registers[(address, register + i // 2)] = values[i : i + 2]
                answer = frame[:6]
            elif function == 0x06:
                values = frame[4:6]
                registers[(address, register)] = values
                answer = frame[:6]
            else:
                quantity = int.from_bytes(frame[4:6], "big")
                values = b"".join(registers.get((address, register + i), b"\0\0") for i in range(quantity))
                answer = bytes([address, 0x03, len(values)]) + values
            os.write(fd, answer + crc16(answer))
            print(json.dumps({"address": address, "function": function, "register": register, "values": values.hex()}), flush=True)


main()
