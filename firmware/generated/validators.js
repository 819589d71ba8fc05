// Made by `npm run config-schema` (scripts/validators.ts) from the TypeBox schemas; do not edit.
import runtime0 from 'ajv/dist/runtime/ucs2length.js'
export const config = validate14;
const schema16 = {"additionalProperties":false,"type":"object","required":["version","site","services","counters","rules","ticket","hub"],"properties":{"version":{"errorMessage":"must be 1, the config format this firmware reads","const":1,"type":"number"},"site":{"additionalProperties":false,"type":"object","required":["id","name","languages","timeZone","dayStartsAt"],"properties":{"id":{"pattern":"^[a-z0-9][a-z0-9-]{0,31}$","errorMessage":"must be 1–32 lower-case letters, digits or dashes, starting with a letter or digit","type":"string"},"name":{"minLength":1,"description":"Company or branch name printed on tickets","type":"string"},"languages":{"minItems":1,"uniqueItems":true,"type":"array","items":{"pattern":"^[a-z]{2,3}$","errorMessage":"must be a language code such as ar, en, zh, ru","type":"string"}},"timeZone":{"minLength":1,"description":"IANA time zone, e.g. Asia/Dubai","type":"string"},"dayStartsAt":{"pattern":"^([01][0-9]|2[0-3]):[0-5][0-9]$","errorMessage":"must be a time of day as HH:MM, e.g. 04:00","type":"string"}}},"services":{"minItems":1,"type":"array","items":{"additionalProperties":false,"type":"object","required":["id","prefix","names","range","digits"],"properties":{"id":{"pattern":"^[a-z0-9][a-z0-9-]{0,31}$","errorMessage":"must be 1–32 lower-case letters, digits or dashes, starting with a letter or digit","type":"string"},"prefix":{"pattern":"^[A-Z]$","errorMessage":"must be one letter A–Z","type":"string"},"names":{"description":"The service name in each site language, shown on the ticket and displays","type":"object","patternProperties":{"^[a-z]{2,3}$":{"minLength":1,"type":"string"}}},"range":{"additionalProperties":false,"default":{"from":1,"to":999},"type":"object","required":["from","to"],"properties":{"from":{"minimum":0,"type":"integer"},"to":{"minimum":1,"maximum":9999,"type":"integer"}}},"digits":{"minimum":1,"maximum":4,"default":3,"type":"integer"},"dailyCap":{"minimum":1,"type":"integer"},"hours":{"type":"array","items":{"additionalProperties":false,"type":"object","required":["days","from","to"],"properties":{"days":{"minItems":1,"description":"ISO weekdays: 1 = Monday … 7 = Sunday","type":"array","items":{"minimum":1,"maximum":7,"type":"integer"}},"from":{"pattern":"^([01][0-9]|2[0-3]):[0-5][0-9]$","errorMessage":"must be a time of day as HH:MM, e.g. 04:00","type":"string"},"to":{"pattern":"^([01][0-9]|2[0-3]):[0-5][0-9]$","errorMessage":"must be a time of day as HH:MM, e.g. 04:00","type":"string"}}}},"nextStep":{"pattern":"^[a-z0-9][a-z0-9-]{0,31}$","errorMessage":"must be 1–32 lower-case letters, digits or dashes, starting with a letter or digit","type":"string"},"targetWaitSeconds":{"minimum":1,"description":"Reports show the share of customers called within this wait, in seconds","type":"integer"}}}},"counters":{"minItems":1,"type":"array","items":{"additionalProperties":false,"type":"object","required":["id","name","services"],"properties":{"id":{"pattern":"^[a-z0-9][a-z0-9-]{0,31}$","errorMessage":"must be 1–32 lower-case letters, digits or dashes, starting with a letter or digit","type":"string"},"name":{"minLength":1,"description":"What the display and the announcement call it, e.g. \"3\"","type":"string"},"services":{"minItems":1,"description":"Services served here, in priority order","type":"array","items":{"pattern":"^[a-z0-9][a-z0-9-]{0,31}$","errorMessage":"must be 1–32 lower-case letters, digits or dashes, starting with a letter or digit","type":"string"}}}}},"rules":{"additionalProperties":false,"default":{},"type":"object","required":["noShow","transfer","priority","estimate"],"properties":{"noShow":{"additionalProperties":false,"default":{},"type":"object","required":["minCalls","minSeconds"],"properties":{"minCalls":{"minimum":1,"default":2,"type":"integer"},"minSeconds":{"minimum":0,"default":60,"type":"integer"}}},"transfer":{"additionalProperties":false,"default":{},"type":"object","required":["position"],"properties":{"position":{"type":"string","enum":["front","arrival"],"errorMessage":"must be one of: front, arrival","default":"front"}}},"priority":{"additionalProperties":false,"default":{},"type":"object","required":["maxConsecutive"],"properties":{"maxConsecutive":{"minimum":0,"default":3,"type":"integer"}}},"estimate":{"additionalProperties":false,"default":{},"type":"object","required":["window","defaultServiceSeconds"],"properties":{"window":{"minimum":1,"default":20,"type":"integer"},"defaultServiceSeconds":{"minimum":1,"default":300,"type":"integer"}}}}},"ticket":{"additionalProperties":false,"default":{},"type":"object","required":["footer","paperWidth"],"properties":{"footer":{"default":"","type":"string"},"paperWidth":{"enum":[58,80],"default":80,"errorMessage":"must be 58 or 80 (mm)","type":"integer"},"statusUrl":{"pattern":"^https?://","errorMessage":"must be an http(s) address; {token} in it is replaced by the ticket token, else the token is appended","description":"The ticket status page the QR code opens, e.g. https://queue.example.com/t/","type":"string"},"logo":{"minLength":1,"description":"A PNG file printed at the top of each ticket","type":"string"}}},"hub":{"additionalProperties":false,"default":{},"type":"object","required":["broker","snapshotEvery","retentionDays","summaryRetentionDays"],"properties":{"broker":{"additionalProperties":false,"default":{},"type":"object","required":["mode","host","port","limits","viewers"],"properties":{"mode":{"type":"string","enum":["embedded","external"],"errorMessage":"must be one of: embedded, external","default":"embedded","description":"embedded: the hub runs the broker (aedes); external: every board, the hub too, connects to a broker the site runs (see qms broker-config)"},"host":{"default":"127.0.0.1","description":"Where boards reach the broker: the hub's address, or the external broker's","type":"string"},"port":{"minimum":0,"maximum":65535,"default":1883,"description":"0 picks a free port","type":"integer"},"websocketPort":{"minimum":0,"maximum":65535,"description":"The embedded broker also listens on WebSocket here, for browser pages; absent: no WebSocket","type":"integer"},"limits":{"additionalProperties":false,"default":{},"type":"object","required":["maxPayloadBytes","maxTopicLevels","connectionsPerMinute"],"properties":{"maxPayloadBytes":{"minimum":256,"default":16384,"type":"integer"},"maxTopicLevels":{"minimum":4,"maximum":32,"default":8,"type":"integer"},"connectionsPerMinute":{"minimum":1,"default":120,"description":"New connections accepted per minute from one address","type":"integer"}}},"viewers":{"default":[],"description":"Logins for outside tools (mosquitto_sub, dashboards) that may read the public state and events","type":"array","items":{"additionalProperties":false,"type":"object","required":["name","password"],"properties":{"name":{"pattern":"^[a-z0-9][a-z0-9-]{0,31}$","errorMessage":"must be 1–32 lower-case letters, digits or dashes, starting with a letter or digit","type":"string"},"password":{"minLength":12,"errorMessage":"must be at least 12 characters","type":"string"}}}}}},"snapshotEvery":{"minimum":100,"default":10000,"description":"Journal records between snapshots","type":"integer"},"retentionDays":{"minimum":1,"default":400,"type":"integer"},"summaryRetentionDays":{"minimum":1,"default":3650,"description":"Daily report summaries are kept this many days, after the journal days they came from are deleted","type":"integer"}}},"callPoints":{"additionalProperties":false,"type":"object","required":["chains","modem"],"properties":{"chains":{"minItems":1,"type":"array","items":{"additionalProperties":false,"type":"object","required":["id","levels"],"properties":{"id":{"pattern":"^[a-z0-9][a-z0-9-]{0,31}$","errorMessage":"must be 1–32 lower-case letters, digits or dashes, starting with a letter or digit","type":"string"},"levels":{"minItems":1,"type":"array","items":{"additionalProperties":false,"type":"object","required":["to"],"properties":{"to":{"minItems":1,"type":"array","items":{"pattern":"^\\+[0-9]{6,15}$","errorMessage":"must be an international number such as +491701234567","type":"string"}},"afterSeconds":{"minimum":10,"description":"Without an acknowledgement for this long, the next level is told","type":"integer"}}}}}}},"modem":{"anyOf":[{"additionalProperties":false,"type":"object","required":["driver"],"properties":{"driver":{"type":"string","enum":["simulated"],"errorMessage":"must be one of: simulated"}}},{"additionalProperties":false,"type":"object","required":["driver","path"],"properties":{"driver":{"type":"string","enum":["gsm"],"errorMessage":"must be one of: gsm"},"path":{"minLength":1,"description":"e.g. /dev/ttyUSB2 or /dev/serial/by-id/…","type":"string"},"baudRate":{"minimum":1200,"default":115200,"type":"integer"},"healthEverySeconds":{"minimum":10,"default":60,"type":"integer"}}}]}}},"ratings":{"additionalProperties":false,"type":"object","required":["scale","recentSeconds"],"properties":{"scale":{"minimum":3,"maximum":5,"default":5,"description":"Rating keys at each counter: 3 to 5","type":"integer"},"recentSeconds":{"minimum":10,"default":120,"description":"A rating this soon after a ticket is finished belongs to it","type":"integer"}}},"board":{"additionalProperties":false,"type":"object","required":["id","roles"],"properties":{"id":{"pattern":"^[a-z0-9][a-z0-9-]{0,31}$","errorMessage":"must be 1–32 lower-case letters, digits or dashes, starting with a letter or digit","type":"string"},"password":{"minLength":12,"errorMessage":"must be at least 12 characters","description":"This board's MQTT password: every device on the board logs in with it, as <board>-<role>. Needed for every board of a multi-board site; a one-box site may leave it out (its devices then use a password made at each start).","type":"string"},"roles":{"minItems":1,"uniqueItems":true,"type":"array","items":{"type":"string","enum":["hub","dispenser","counter","display","announcer","callpoint"],"errorMessage":"must be one of: hub, dispenser, counter, display, announcer, callpoint"}},"model":{"type":"string","enum":["pi-3b","pi-4b","pi-5","pi-zero-2w","cm4"],"errorMessage":"must be one of: pi-3b, pi-4b, pi-5, pi-zero-2w, cm4","description":"The board, for its pin map in boards/"},"dispenser":{"additionalProperties":false,"type":"object","required":["buttons","input","printer","cooldownMs","technicianHoldMs","printerPollMs"],"properties":{"buttons":{"minItems":1,"type":"array","items":{"additionalProperties":false,"type":"object","required":["service"],"properties":{"service":{"pattern":"^[a-z0-9][a-z0-9-]{0,31}$","errorMessage":"must be 1–32 lower-case letters, digits or dashes, starting with a letter or digit","type":"string"},"pin":{"errorMessage":"must be a header pin number 1–40 or a signal name such as GPIO17","anyOf":[{"minimum":1,"maximum":40,"type":"integer"},{"pattern":"^(pin)?[0-9]{1,2}$|^[A-Z][A-Z0-9_]*$","type":"string"}]},"lamp":{"errorMessage":"must be a header pin number 1–40 or a signal name such as GPIO17","anyOf":[{"minimum":1,"maximum":40,"type":"integer"},{"pattern":"^(pin)?[0-9]{1,2}$|^[A-Z][A-Z0-9_]*$","type":"string"}]}}}},"input":{"anyOf":[{"additionalProperties":false,"type":"object","required":["driver"],"properties":{"driver":{"type":"string","enum":["simulated"],"errorMessage":"must be one of: simulated"}}},{"additionalProperties":false,"type":"object","required":["driver"],"properties":{"driver":{"type":"string","enum":["sysfs"],"errorMessage":"must be one of: sysfs"},"root":{"default":"/sys/class/gpio","type":"string"},"pollMs":{"minimum":1,"maximum":20,"default":2,"type":"integer"},"activeLow":{"default":true,"description":"Buttons switch the line to ground (with a pull-up)","type":"boolean"},"bias":{"type":"string","enum":["pull-up","pull-down","as-is"],"errorMessage":"must be one of: pull-up, pull-down, as-is","default":"pull-up"},"debounceMs":{"minimum":1,"maximum":500,"default":20,"type":"integer"},"longPressMs":{"minimum":200,"maximum":60000,"default":1500,"type":"integer"}}},{"additionalProperties":false,"type":"object","required":["driver"],"properties":{"driver":{"type":"string","enum":["gpiod"],"errorMessage":"must be one of: gpiod"},"activeLow":{"default":true,"description":"Buttons switch the line to ground (with a pull-up)","type":"boolean"},"bias":{"type":"string","enum":["pull-up","pull-down","as-is"],"errorMessage":"must be one of: pull-up, pull-down, as-is","default":"pull-up"},"debounceMs":{"minimum":1,"maximum":500,"default":20,"type":"integer"},"longPressMs":{"minimum":200,"maximum":60000,"default":1500,"type":"integer"}}}]},"printer":{"anyOf":[{"additionalProperties":false,"type":"object","required":["driver"],"properties":{"driver":{"type":"string","enum":["simulated"],"errorMessage":"must be one of: simulated"}}},{"additionalProperties":false,"type":"object","required":["driver","path"],"properties":{"driver":{"type":"string","enum":["escpos-serial"],"errorMessage":"must be one of: escpos-serial"},"path":{"minLength":1,"type":"string"},"baudRate":{"minimum":1200,"default":115200,"type":"integer"}}},{"additionalProperties":false,"type":"object","required":["driver","path"],"properties":{"driver":{"type":"string","enum":["escpos-usb"],"errorMessage":"must be one of: escpos-usb"},"path":{"minLength":1,"description":"e.g. /dev/usb/lp0","type":"string"}}},{"additionalProperties":false,"type":"object","required":["driver","host"],"properties":{"driver":{"type":"string","enum":["escpos-network"],"errorMessage":"must be one of: escpos-network"},"host":{"minLength":1,"type":"string"},"port":{"minimum":1,"maximum":65535,"default":9100,"type":"integer"}}}]},"cooldownMs":{"minimum":0,"default":3000,"description":"After a ticket, the same button gives no other for this long","type":"integer"},"technicianHoldMs":{"minimum":1000,"default":5000,"description":"Hold the first and last buttons this long for the status slip","type":"integer"},"printerPollMs":{"minimum":500,"default":5000,"type":"integer"}}},"counters":{"type":"array","items":{"additionalProperties":false,"type":"object","required":["counter","input"],"properties":{"counter":{"pattern":"^[a-z0-9][a-z0-9-]{0,31}$","errorMessage":"must be 1–32 lower-case letters, digits or dashes, starting with a letter or digit","type":"string"},"input":{"anyOf":[{"additionalProperties":false,"type":"object","required":["driver"],"properties":{"driver":{"type":"string","enum":["simulated"],"errorMessage":"must be one of: simulated"}}},{"additionalProperties":false,"type":"object","required":["driver","path","protocol","address"],"properties":{"driver":{"type":"string","enum":["rs485-keypad"],"errorMessage":"must be one of: rs485-keypad"},"path":{"minLength":1,"description":"The serial port of the keypad line, e.g. /dev/ttyUSB0","type":"string"},"baudRate":{"minimum":1200,"maximum":115200,"default":9600,"type":"integer"},"protocol":{"type":"string","enum":["qsystem","ascii"],"errorMessage":"must be one of: qsystem, ascii","description":"qsystem: 4-byte frames 01 addr key 07; ascii: lines <addr>:<KEY>"},"address":{"minimum":1,"maximum":247,"description":"The address set on the keypad","type":"integer"},"redirectTo":{"pattern":"^[a-z0-9][a-z0-9-]{0,31}$","errorMessage":"must be 1–32 lower-case letters, digits or dashes, starting with a letter or digit","type":"string"}}}]}}}},"displays":{"type":"array","items":{"additionalProperties":false,"type":"object","required":["id","kind","lines","output"],"properties":{"id":{"pattern":"^[a-z0-9][a-z0-9-]{0,31}$","errorMessage":"must be 1–32 lower-case letters, digits or dashes, starting with a letter or digit","type":"string"},"kind":{"type":"string","enum":["counter","hall"],"errorMessage":"must be one of: counter, hall"},"counter":{"pattern":"^[a-z0-9][a-z0-9-]{0,31}$","errorMessage":"must be 1–32 lower-case letters, digits or dashes, starting with a letter or digit","type":"string"},"lines":{"minimum":1,"maximum":16,"default":4,"description":"Rows a hall display shows","type":"integer"},"output":{"anyOf":[{"additionalProperties":false,"type":"object","required":["driver"],"properties":{"driver":{"type":"string","enum":["simulated"],"errorMessage":"must be one of: simulated"}}},{"additionalProperties":false,"type":"object","required":["driver","path","address"],"properties":{"driver":{"type":"string","enum":["modbus"],"errorMessage":"must be one of: modbus"},"path":{"minLength":1,"description":"The serial port of the display line, e.g. /dev/ttyUSB1","type":"string"},"baudRate":{"minimum":1200,"maximum":115200,"default":9600,"type":"integer"},"address":{"minimum":1,"maximum":247,"type":"integer"},"register":{"minimum":0,"maximum":65000,"default":0,"description":"The blink flag register; the text follows","type":"integer"},"chars":{"minimum":1,"maximum":64,"default":8,"type":"integer"},"readBack":{"default":false,"description":"Read the registers back after each write (function 03), where the display supports it","type":"boolean"}}},{"additionalProperties":false,"type":"object","required":["driver","path"],"properties":{"driver":{"type":"string","enum":["alpha-sign"],"errorMessage":"must be one of: alpha-sign"},"path":{"minLength":1,"description":"The serial port of the display line, e.g. /dev/ttyUSB1","type":"string"},"baudRate":{"minimum":1200,"maximum":115200,"default":9600,"type":"integer"},"address":{"minimum":0,"maximum":255,"default":0,"type":"integer"}}},{"additionalProperties":false,"type":"object","required":["driver","path","address"],"properties":{"driver":{"type":"string","enum":["qsystem-board"],"errorMessage":"must be one of: qsystem-board"},"path":{"minLength":1,"description":"The serial port of the display line, e.g. /dev/ttyUSB1","type":"string"},"baudRate":{"minimum":1200,"maximum":115200,"default":9600,"type":"integer"},"address":{"minimum":0,"maximum":255,"type":"integer"}}},{"additionalProperties":false,"type":"object","required":["driver","path","address","start","addressFormat","encoding","end","checksum"],"properties":{"driver":{"type":"string","enum":["template"],"errorMessage":"must be one of: template"},"path":{"minLength":1,"description":"The serial port of the display line, e.g. /dev/ttyUSB1","type":"string"},"baudRate":{"minimum":1200,"maximum":115200,"default":9600,"type":"integer"},"address":{"minimum":0,"maximum":999,"type":"integer"},"start":{"maxItems":8,"type":"array","items":{"minimum":0,"maximum":255,"type":"integer"}},"addressFormat":{"type":"string","enum":["byte","dec2","dec3","hex2","none"],"errorMessage":"must be one of: byte, dec2, dec3, hex2, none"},"encoding":{"minLength":1,"description":"Any iconv-lite encoding: ascii, latin1, cp1251, cp1256, gb2312, utf8…","type":"string"},"rowSeparator":{"maxItems":8,"type":"array","items":{"minimum":0,"maximum":255,"type":"integer"}},"end":{"maxItems":8,"type":"array","items":{"minimum":0,"maximum":255,"type":"integer"}},"checksum":{"type":"string","enum":["none","xor","sum8","crc16-modbus"],"errorMessage":"must be one of: none, xor, sum8, crc16-modbus"},"gapMs":{"minimum":0,"maximum":1000,"default":20,"type":"integer"}}}]},"blinkSeconds":{"minimum":0,"maximum":60,"default":5,"description":"A new call blinks this long on the counter display","type":"integer"},"notices":{"default":[],"description":"Site notices and adverts the hall display rotates while no call is shown","type":"array","items":{"minLength":1,"maxLength":200,"type":"string"}},"noticeSeconds":{"minimum":2,"maximum":600,"default":8,"type":"integer"}}}},"announcer":{"additionalProperties":false,"type":"object","required":["output","place","numbers","volume"],"properties":{"output":{"anyOf":[{"additionalProperties":false,"type":"object","required":["driver"],"properties":{"driver":{"type":"string","enum":["simulated"],"errorMessage":"must be one of: simulated"}}},{"additionalProperties":false,"type":"object","required":["driver","device","clips"],"properties":{"driver":{"const":"aplay","type":"string"},"device":{"minLength":1,"default":"default","description":"ALSA PCM for aplay -D, e.g. plughw:0,0","type":"string"},"clips":{"minLength":1,"description":"The default clip set, built by `qms clips build --out DIR`","type":"string"},"siteClips":{"minLength":1,"description":"The site's own recordings: <lang>/<clip>.wav replaces the set's file","type":"string"}}}]},"place":{"type":"string","enum":["counter","window","room"],"errorMessage":"must be one of: counter, window, room","default":"counter","description":"What a counter is called out loud"},"numbers":{"type":"string","enum":["words","digits"],"errorMessage":"must be one of: words, digits","default":"words","description":"\"twenty-three\", or digit by digit"},"hours":{"description":"Calls are announced only within these; always when absent","type":"array","items":{"additionalProperties":false,"type":"object","required":["days","from","to"],"properties":{"days":{"minItems":1,"description":"ISO weekdays: 1 = Monday … 7 = Sunday","type":"array","items":{"minimum":1,"maximum":7,"type":"integer"}},"from":{"pattern":"^([01][0-9]|2[0-3]):[0-5][0-9]$","errorMessage":"must be a time of day as HH:MM, e.g. 04:00","type":"string"},"to":{"pattern":"^([01][0-9]|2[0-3]):[0-5][0-9]$","errorMessage":"must be a time of day as HH:MM, e.g. 04:00","type":"string"}}}},"volume":{"default":[],"description":"Volume from each time of day on; full volume when empty","type":"array","items":{"additionalProperties":false,"type":"object","required":["from","percent"],"properties":{"from":{"pattern":"^([01][0-9]|2[0-3]):[0-5][0-9]$","errorMessage":"must be a time of day as HH:MM, e.g. 04:00","type":"string"},"percent":{"minimum":0,"maximum":100,"type":"integer"}}}}}},"callPoints":{"additionalProperties":false,"type":"object","required":["input","holdMs","points"],"properties":{"input":{"anyOf":[{"anyOf":[{"additionalProperties":false,"type":"object","required":["driver"],"properties":{"driver":{"type":"string","enum":["simulated"],"errorMessage":"must be one of: simulated"}}},{"additionalProperties":false,"type":"object","required":["driver"],"properties":{"driver":{"type":"string","enum":["sysfs"],"errorMessage":"must be one of: sysfs"},"root":{"default":"/sys/class/gpio","type":"string"},"pollMs":{"minimum":1,"maximum":20,"default":2,"type":"integer"},"activeLow":{"default":true,"description":"Buttons switch the line to ground (with a pull-up)","type":"boolean"},"bias":{"type":"string","enum":["pull-up","pull-down","as-is"],"errorMessage":"must be one of: pull-up, pull-down, as-is","default":"pull-up"},"debounceMs":{"minimum":1,"maximum":500,"default":20,"type":"integer"},"longPressMs":{"minimum":200,"maximum":60000,"default":1500,"type":"integer"}}},{"additionalProperties":false,"type":"object","required":["driver"],"properties":{"driver":{"type":"string","enum":["gpiod"],"errorMessage":"must be one of: gpiod"},"activeLow":{"default":true,"description":"Buttons switch the line to ground (with a pull-up)","type":"boolean"},"bias":{"type":"string","enum":["pull-up","pull-down","as-is"],"errorMessage":"must be one of: pull-up, pull-down, as-is","default":"pull-up"},"debounceMs":{"minimum":1,"maximum":500,"default":20,"type":"integer"},"longPressMs":{"minimum":200,"maximum":60000,"default":1500,"type":"integer"}}}]},{"additionalProperties":false,"type":"object","required":["driver","path"],"properties":{"driver":{"type":"string","enum":["serial-receiver"],"errorMessage":"must be one of: serial-receiver"},"path":{"minLength":1,"type":"string"},"baudRate":{"minimum":1200,"default":9600,"type":"integer"},"debounceMs":{"minimum":1,"maximum":500,"default":20,"type":"integer"}}}]},"holdMs":{"minimum":500,"maximum":10000,"default":3000,"description":"Hold a call button this long to call (or to clear an open call)","type":"integer"},"points":{"minItems":1,"type":"array","items":{"additionalProperties":false,"type":"object","required":["id","kind","location","chain"],"properties":{"id":{"pattern":"^[a-z0-9][a-z0-9-]{0,31}$","errorMessage":"must be 1–32 lower-case letters, digits or dashes, starting with a letter or digit","type":"string"},"kind":{"type":"string","enum":["staff","manager","complaint","emergency"],"errorMessage":"must be one of: staff, manager, complaint, emergency"},"location":{"minLength":1,"maxLength":60,"description":"Where someone must go: Room 315, Table 12, Cardiology","type":"string"},"chain":{"pattern":"^[a-z0-9][a-z0-9-]{0,31}$","errorMessage":"must be 1–32 lower-case letters, digits or dashes, starting with a letter or digit","type":"string"},"pin":{"errorMessage":"must be a header pin number 1–40 or a signal name such as GPIO17","anyOf":[{"minimum":1,"maximum":40,"type":"integer"},{"pattern":"^(pin)?[0-9]{1,2}$|^[A-Z][A-Z0-9_]*$","type":"string"}]},"cancelPin":{"errorMessage":"must be a header pin number 1–40 or a signal name such as GPIO17","anyOf":[{"minimum":1,"maximum":40,"type":"integer"},{"pattern":"^(pin)?[0-9]{1,2}$|^[A-Z][A-Z0-9_]*$","type":"string"}]},"lamp":{"errorMessage":"must be a header pin number 1–40 or a signal name such as GPIO17","anyOf":[{"minimum":1,"maximum":40,"type":"integer"},{"pattern":"^(pin)?[0-9]{1,2}$|^[A-Z][A-Z0-9_]*$","type":"string"}]},"channel":{"minimum":0,"maximum":255,"description":"A wireless button: its channel on the serial receiver","type":"integer"},"cancelChannel":{"minimum":0,"maximum":255,"type":"integer"},"extra":{"description":"Fields recorded with every call from this point and put in its texts, e.g. { ward: cardiology, bed: \"12\" }","type":"object","patternProperties":{"^[a-z][a-zA-Z0-9_-]{0,31}$":{"maxLength":120,"type":"string"}}}}}}}}}},"boards":{"minItems":1,"description":"A site of several boards: each runs `qms run --board ID` with this same file. Use either board (one box) or boards.","type":"array","items":{"additionalProperties":false,"type":"object","required":["id","roles"],"properties":{"id":{"pattern":"^[a-z0-9][a-z0-9-]{0,31}$","errorMessage":"must be 1–32 lower-case letters, digits or dashes, starting with a letter or digit","type":"string"},"password":{"minLength":12,"errorMessage":"must be at least 12 characters","description":"This board's MQTT password: every device on the board logs in with it, as <board>-<role>. Needed for every board of a multi-board site; a one-box site may leave it out (its devices then use a password made at each start).","type":"string"},"roles":{"minItems":1,"uniqueItems":true,"type":"array","items":{"type":"string","enum":["hub","dispenser","counter","display","announcer","callpoint"],"errorMessage":"must be one of: hub, dispenser, counter, display, announcer, callpoint"}},"model":{"type":"string","enum":["pi-3b","pi-4b","pi-5","pi-zero-2w","cm4"],"errorMessage":"must be one of: pi-3b, pi-4b, pi-5, pi-zero-2w, cm4","description":"The board, for its pin map in boards/"},"dispenser":{"additionalProperties":false,"type":"object","required":["buttons","input","printer","cooldownMs","technicianHoldMs","printerPollMs"],"properties":{"buttons":{"minItems":1,"type":"array","items":{"additionalProperties":false,"type":"object","required":["service"],"properties":{"service":{"pattern":"^[a-z0-9][a-z0-9-]{0,31}$","errorMessage":"must be 1–32 lower-case letters, digits or dashes, starting with a letter or digit","type":"string"},"pin":{"errorMessage":"must be a header pin number 1–40 or a signal name such as GPIO17","anyOf":[{"minimum":1,"maximum":40,"type":"integer"},{"pattern":"^(pin)?[0-9]{1,2}$|^[A-Z][A-Z0-9_]*$","type":"string"}]},"lamp":{"errorMessage":"must be a header pin number 1–40 or a signal name such as GPIO17","anyOf":[{"minimum":1,"maximum":40,"type":"integer"},{"pattern":"^(pin)?[0-9]{1,2}$|^[A-Z][A-Z0-9_]*$","type":"string"}]}}}},"input":{"anyOf":[{"additionalProperties":false,"type":"object","required":["driver"],"properties":{"driver":{"type":"string","enum":["simulated"],"errorMessage":"must be one of: simulated"}}},{"additionalProperties":false,"type":"object","required":["driver"],"properties":{"driver":{"type":"string","enum":["sysfs"],"errorMessage":"must be one of: sysfs"},"root":{"default":"/sys/class/gpio","type":"string"},"pollMs":{"minimum":1,"maximum":20,"default":2,"type":"integer"},"activeLow":{"default":true,"description":"Buttons switch the line to ground (with a pull-up)","type":"boolean"},"bias":{"type":"string","enum":["pull-up","pull-down","as-is"],"errorMessage":"must be one of: pull-up, pull-down, as-is","default":"pull-up"},"debounceMs":{"minimum":1,"maximum":500,"default":20,"type":"integer"},"longPressMs":{"minimum":200,"maximum":60000,"default":1500,"type":"integer"}}},{"additionalProperties":false,"type":"object","required":["driver"],"properties":{"driver":{"type":"string","enum":["gpiod"],"errorMessage":"must be one of: gpiod"},"activeLow":{"default":true,"description":"Buttons switch the line to ground (with a pull-up)","type":"boolean"},"bias":{"type":"string","enum":["pull-up","pull-down","as-is"],"errorMessage":"must be one of: pull-up, pull-down, as-is","default":"pull-up"},"debounceMs":{"minimum":1,"maximum":500,"default":20,"type":"integer"},"longPressMs":{"minimum":200,"maximum":60000,"default":1500,"type":"integer"}}}]},"printer":{"anyOf":[{"additionalProperties":false,"type":"object","required":["driver"],"properties":{"driver":{"type":"string","enum":["simulated"],"errorMessage":"must be one of: simulated"}}},{"additionalProperties":false,"type":"object","required":["driver","path"],"properties":{"driver":{"type":"string","enum":["escpos-serial"],"errorMessage":"must be one of: escpos-serial"},"path":{"minLength":1,"type":"string"},"baudRate":{"minimum":1200,"default":115200,"type":"integer"}}},{"additionalProperties":false,"type":"object","required":["driver","path"],"properties":{"driver":{"type":"string","enum":["escpos-usb"],"errorMessage":"must be one of: escpos-usb"},"path":{"minLength":1,"description":"e.g. /dev/usb/lp0","type":"string"}}},{"additionalProperties":false,"type":"object","required":["driver","host"],"properties":{"driver":{"type":"string","enum":["escpos-network"],"errorMessage":"must be one of: escpos-network"},"host":{"minLength":1,"type":"string"},"port":{"minimum":1,"maximum":65535,"default":9100,"type":"integer"}}}]},"cooldownMs":{"minimum":0,"default":3000,"description":"After a ticket, the same button gives no other for this long","type":"integer"},"technicianHoldMs":{"minimum":1000,"default":5000,"description":"Hold the first and last buttons this long for the status slip","type":"integer"},"printerPollMs":{"minimum":500,"default":5000,"type":"integer"}}},"counters":{"type":"array","items":{"additionalProperties":false,"type":"object","required":["counter","input"],"properties":{"counter":{"pattern":"^[a-z0-9][a-z0-9-]{0,31}$","errorMessage":"must be 1–32 lower-case letters, digits or dashes, starting with a letter or digit","type":"string"},"input":{"anyOf":[{"additionalProperties":false,"type":"object","required":["driver"],"properties":{"driver":{"type":"string","enum":["simulated"],"errorMessage":"must be one of: simulated"}}},{"additionalProperties":false,"type":"object","required":["driver","path","protocol","address"],"properties":{"driver":{"type":"string","enum":["rs485-keypad"],"errorMessage":"must be one of: rs485-keypad"},"path":{"minLength":1,"description":"The serial port of the keypad line, e.g. /dev/ttyUSB0","type":"string"},"baudRate":{"minimum":1200,"maximum":115200,"default":9600,"type":"integer"},"protocol":{"type":"string","enum":["qsystem","ascii"],"errorMessage":"must be one of: qsystem, ascii","description":"qsystem: 4-byte frames 01 addr key 07; ascii: lines <addr>:<KEY>"},"address":{"minimum":1,"maximum":247,"description":"The address set on the keypad","type":"integer"},"redirectTo":{"pattern":"^[a-z0-9][a-z0-9-]{0,31}$","errorMessage":"must be 1–32 lower-case letters, digits or dashes, starting with a letter or digit","type":"string"}}}]}}}},"displays":{"type":"array","items":{"additionalProperties":false,"type":"object","required":["id","kind","lines","output"],"properties":{"id":{"pattern":"^[a-z0-9][a-z0-9-]{0,31}$","errorMessage":"must be 1–32 lower-case letters, digits or dashes, starting with a letter or digit","type":"string"},"kind":{"type":"string","enum":["counter","hall"],"errorMessage":"must be one of: counter, hall"},"counter":{"pattern":"^[a-z0-9][a-z0-9-]{0,31}$","errorMessage":"must be 1–32 lower-case letters, digits or dashes, starting with a letter or digit","type":"string"},"lines":{"minimum":1,"maximum":16,"default":4,"description":"Rows a hall display shows","type":"integer"},"output":{"anyOf":[{"additionalProperties":false,"type":"object","required":["driver"],"properties":{"driver":{"type":"string","enum":["simulated"],"errorMessage":"must be one of: simulated"}}},{"additionalProperties":false,"type":"object","required":["driver","path","address"],"properties":{"driver":{"type":"string","enum":["modbus"],"errorMessage":"must be one of: modbus"},"path":{"minLength":1,"description":"The serial port of the display line, e.g. /dev/ttyUSB1","type":"string"},"baudRate":{"minimum":1200,"maximum":115200,"default":9600,"type":"integer"},"address":{"minimum":1,"maximum":247,"type":"integer"},"register":{"minimum":0,"maximum":65000,"default":0,"description":"The blink flag register; the text follows","type":"integer"},"chars":{"minimum":1,"maximum":64,"default":8,"type":"integer"},"readBack":{"default":false,"description":"Read the registers back after each write (function 03), where the display supports it","type":"boolean"}}},{"additionalProperties":false,"type":"object","required":["driver","path"],"properties":{"driver":{"type":"string","enum":["alpha-sign"],"errorMessage":"must be one of: alpha-sign"},"path":{"minLength":1,"description":"The serial port of the display line, e.g. /dev/ttyUSB1","type":"string"},"baudRate":{"minimum":1200,"maximum":115200,"default":9600,"type":"integer"},"address":{"minimum":0,"maximum":255,"default":0,"type":"integer"}}},{"additionalProperties":false,"type":"object","required":["driver","path","address"],"properties":{"driver":{"type":"string","enum":["qsystem-board"],"errorMessage":"must be one of: qsystem-board"},"path":{"minLength":1,"description":"The serial port of the display line, e.g. /dev/ttyUSB1","type":"string"},"baudRate":{"minimum":1200,"maximum":115200,"default":9600,"type":"integer"},"address":{"minimum":0,"maximum":255,"type":"integer"}}},{"additionalProperties":false,"type":"object","required":["driver","path","address","start","addressFormat","encoding","end","checksum"],"properties":{"driver":{"type":"string","enum":["template"],"errorMessage":"must be one of: template"},"path":{"minLength":1,"description":"The serial port of the display line, e.g. /dev/ttyUSB1","type":"string"},"baudRate":{"minimum":1200,"maximum":115200,"default":9600,"type":"integer"},"address":{"minimum":0,"maximum":999,"type":"integer"},"start":{"maxItems":8,"type":"array","items":{"minimum":0,"maximum":255,"type":"integer"}},"addressFormat":{"type":"string","enum":["byte","dec2","dec3","hex2","none"],"errorMessage":"must be one of: byte, dec2, dec3, hex2, none"},"encoding":{"minLength":1,"description":"Any iconv-lite encoding: ascii, latin1, cp1251, cp1256, gb2312, utf8…","type":"string"},"rowSeparator":{"maxItems":8,"type":"array","items":{"minimum":0,"maximum":255,"type":"integer"}},"end":{"maxItems":8,"type":"array","items":{"minimum":0,"maximum":255,"type":"integer"}},"checksum":{"type":"string","enum":["none","xor","sum8","crc16-modbus"],"errorMessage":"must be one of: none, xor, sum8, crc16-modbus"},"gapMs":{"minimum":0,"maximum":1000,"default":20,"type":"integer"}}}]},"blinkSeconds":{"minimum":0,"maximum":60,"default":5,"description":"A new call blinks this long on the counter display","type":"integer"},"notices":{"default":[],"description":"Site notices and adverts the hall display rotates while no call is shown","type":"array","items":{"minLength":1,"maxLength":200,"type":"string"}},"noticeSeconds":{"minimum":2,"maximum":600,"default":8,"type":"integer"}}}},"announcer":{"additionalProperties":false,"type":"object","required":["output","place","numbers","volume"],"properties":{"output":{"anyOf":[{"additionalProperties":false,"type":"object","required":["driver"],"properties":{"driver":{"type":"string","enum":["simulated"],"errorMessage":"must be one of: simulated"}}},{"additionalProperties":false,"type":"object","required":["driver","device","clips"],"properties":{"driver":{"const":"aplay","type":"string"},"device":{"minLength":1,"default":"default","description":"ALSA PCM for aplay -D, e.g. plughw:0,0","type":"string"},"clips":{"minLength":1,"description":"The default clip set, built by `qms clips build --out DIR`","type":"string"},"siteClips":{"minLength":1,"description":"The site's own recordings: <lang>/<clip>.wav replaces the set's file","type":"string"}}}]},"place":{"type":"string","enum":["counter","window","room"],"errorMessage":"must be one of: counter, window, room","default":"counter","description":"What a counter is called out loud"},"numbers":{"type":"string","enum":["words","digits"],"errorMessage":"must be one of: words, digits","default":"words","description":"\"twenty-three\", or digit by digit"},"hours":{"description":"Calls are announced only within these; always when absent","type":"array","items":{"additionalProperties":false,"type":"object","required":["days","from","to"],"properties":{"days":{"minItems":1,"description":"ISO weekdays: 1 = Monday … 7 = Sunday","type":"array","items":{"minimum":1,"maximum":7,"type":"integer"}},"from":{"pattern":"^([01][0-9]|2[0-3]):[0-5][0-9]$","errorMessage":"must be a time of day as HH:MM, e.g. 04:00","type":"string"},"to":{"pattern":"^([01][0-9]|2[0-3]):[0-5][0-9]$","errorMessage":"must be a time of day as HH:MM, e.g. 04:00","type":"string"}}}},"volume":{"default":[],"description":"Volume from each time of day on; full volume when empty","type":"array","items":{"additionalProperties":false,"type":"object","required":["from","percent"],"properties":{"from":{"pattern":"^([01][0-9]|2[0-3]):[0-5][0-9]$","errorMessage":"must be a time of day as HH:MM, e.g. 04:00","type":"string"},"percent":{"minimum":0,"maximum":100,"type":"integer"}}}}}},"callPoints":{"additionalProperties":false,"type":"object","required":["input","holdMs","points"],"properties":{"input":{"anyOf":[{"anyOf":[{"additionalProperties":false,"type":"object","required":["driver"],"properties":{"driver":{"type":"string","enum":["simulated"],"errorMessage":"must be one of: simulated"}}},{"additionalProperties":false,"type":"object","required":["driver"],"properties":{"driver":{"type":"string","enum":["sysfs"],"errorMessage":"must be one of: sysfs"},"root":{"default":"/sys/class/gpio","type":"string"},"pollMs":{"minimum":1,"maximum":20,"default":2,"type":"integer"},"activeLow":{"default":true,"description":"Buttons switch the line to ground (with a pull-up)","type":"boolean"},"bias":{"type":"string","enum":["pull-up","pull-down","as-is"],"errorMessage":"must be one of: pull-up, pull-down, as-is","default":"pull-up"},"debounceMs":{"minimum":1,"maximum":500,"default":20,"type":"integer"},"longPressMs":{"minimum":200,"maximum":60000,"default":1500,"type":"integer"}}},{"additionalProperties":false,"type":"object","required":["driver"],"properties":{"driver":{"type":"string","enum":["gpiod"],"errorMessage":"must be one of: gpiod"},"activeLow":{"default":true,"description":"Buttons switch the line to ground (with a pull-up)","type":"boolean"},"bias":{"type":"string","enum":["pull-up","pull-down","as-is"],"errorMessage":"must be one of: pull-up, pull-down, as-is","default":"pull-up"},"debounceMs":{"minimum":1,"maximum":500,"default":20,"type":"integer"},"longPressMs":{"minimum":200,"maximum":60000,"default":1500,"type":"integer"}}}]},{"additionalProperties":false,"type":"object","required":["driver","path"],"properties":{"driver":{"type":"string","enum":["serial-receiver"],"errorMessage":"must be one of: serial-receiver"},"path":{"minLength":1,"type":"string"},"baudRate":{"minimum":1200,"default":9600,"type":"integer"},"debounceMs":{"minimum":1,"maximum":500,"default":20,"type":"integer"}}}]},"holdMs":{"minimum":500,"maximum":10000,"default":3000,"description":"Hold a call button this long to call (or to clear an open call)","type":"integer"},"points":{"minItems":1,"type":"array","items":{"additionalProperties":false,"type":"object","required":["id","kind","location","chain"],"properties":{"id":{"pattern":"^[a-z0-9][a-z0-9-]{0,31}$","errorMessage":"must be 1–32 lower-case letters, digits or dashes, starting with a letter or digit","type":"string"},"kind":{"type":"string","enum":["staff","manager","complaint","emergency"],"errorMessage":"must be one of: staff, manager, complaint, emergency"},"location":{"minLength":1,"maxLength":60,"description":"Where someone must go: Room 315, Table 12, Cardiology","type":"string"},"chain":{"pattern":"^[a-z0-9][a-z0-9-]{0,31}$","errorMessage":"must be 1–32 lower-case letters, digits or dashes, starting with a letter or digit","type":"string"},"pin":{"errorMessage":"must be a header pin number 1–40 or a signal name such as GPIO17","anyOf":[{"minimum":1,"maximum":40,"type":"integer"},{"pattern":"^(pin)?[0-9]{1,2}$|^[A-Z][A-Z0-9_]*$","type":"string"}]},"cancelPin":{"errorMessage":"must be a header pin number 1–40 or a signal name such as GPIO17","anyOf":[{"minimum":1,"maximum":40,"type":"integer"},{"pattern":"^(pin)?[0-9]{1,2}$|^[A-Z][A-Z0-9_]*$","type":"string"}]},"lamp":{"errorMessage":"must be a header pin number 1–40 or a signal name such as GPIO17","anyOf":[{"minimum":1,"maximum":40,"type":"integer"},{"pattern":"^(pin)?[0-9]{1,2}$|^[A-Z][A-Z0-9_]*$","type":"string"}]},"channel":{"minimum":0,"maximum":255,"description":"A wireless button: its channel on the serial receiver","type":"integer"},"cancelChannel":{"minimum":0,"maximum":255,"type":"integer"},"extra":{"description":"Fields recorded with every call from this point and put in its texts, e.g. { ward: cardiology, bed: \"12\" }","type":"object","patternProperties":{"^[a-z][a-zA-Z0-9_-]{0,31}$":{"maxLength":120,"type":"string"}}}}}}}}}}},"staff":{"description":"Staff accounts for keypad login; absent: no login, every counter serves its own services","type":"array","items":{"additionalProperties":false,"type":"object","required":["id","name","pin","services"],"properties":{"id":{"pattern":"^[a-z0-9][a-z0-9-]{0,31}$","errorMessage":"must be 1–32 lower-case letters, digits or dashes, starting with a letter or digit","type":"string"},"name":{"minLength":1,"description":"Shown on the keypad after login and in reports","type":"string"},"pin":{"pattern":"^[0-9]{4,8}$","errorMessage":"must be 4–8 digits, typed on the keypad","type":"string"},"services":{"minItems":1,"description":"What this person serves; at a counter they serve what both it and they serve","type":"array","items":{"pattern":"^[a-z0-9][a-z0-9-]{0,31}$","errorMessage":"must be 1–32 lower-case letters, digits or dashes, starting with a letter or digit","type":"string"}}}}}}};
const func2 = Object.prototype.hasOwnProperty;
const func3 = runtime0.default;
const pattern0 = new RegExp("^[a-z0-9][a-z0-9-]{0,31}$", "u");
const pattern1 = new RegExp("^[a-z]{2,3}$", "u");
const pattern2 = new RegExp("^([01][0-9]|2[0-3]):[0-5][0-9]$", "u");
const pattern4 = new RegExp("^[A-Z]$", "u");
const pattern11 = new RegExp("^https?://", "u");
const pattern14 = new RegExp("^\\+[0-9]{6,15}$", "u");
const pattern17 = new RegExp("^(pin)?[0-9]{1,2}$|^[A-Z][A-Z0-9_]*$", "u");
const pattern31 = new RegExp("^[a-z][a-zA-Z0-9_-]{0,31}$", "u");
const pattern50 = new RegExp("^[0-9]{4,8}$", "u");

function validate14(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.rules === undefined){
data.rules = {};
}
if(data.ticket === undefined){
data.ticket = {};
}
if(data.hub === undefined){
data.hub = {};
}
if(data.version === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.site === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "site"},message:"must have required property '"+"site"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.services === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "services"},message:"must have required property '"+"services"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.counters === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "counters"},message:"must have required property '"+"counters"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.rules === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "rules"},message:"must have required property '"+"rules"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.ticket === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "ticket"},message:"must have required property '"+"ticket"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.hub === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "hub"},message:"must have required property '"+"hub"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
for(const key0 in data){
if(!(func2.call(schema16.properties, key0))){
const err7 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.version !== undefined){
let data0 = data.version;
if(!(typeof data0 == "number")){
const err8 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(1 !== data0){
const err9 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/const",keyword:"const",params:{allowedValue: 1},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(errors > 0){
const emErrs0 = [];
for(const err10 of vErrors){
if(((((err10.keyword !== "errorMessage") && (!err10.emUsed)) && ((err10.instancePath === instancePath+"/version") || ((err10.instancePath.indexOf(instancePath+"/version") === 0) && (err10.instancePath[instancePath+"/version".length] === "/")))) && (err10.schemaPath.indexOf("#/properties/version") === 0)) && (err10.schemaPath["#/properties/version".length] === "/")){
emErrs0.push(err10);
err10.emUsed = true;
}
}
if(emErrs0.length){
const err11 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/errorMessage",keyword:"errorMessage",params:{errors: emErrs0},message:"must be 1, the config format this firmware reads"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
const emErrs1 = [];
for(const err12 of vErrors){
if(!err12.emUsed){
emErrs1.push(err12);
}
}
vErrors = emErrs1;
errors = emErrs1.length;
}
}
if(data.site !== undefined){
let data1 = data.site;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.id === undefined){
const err13 = {instancePath:instancePath+"/site",schemaPath:"#/properties/site/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data1.name === undefined){
const err14 = {instancePath:instancePath+"/site",schemaPath:"#/properties/site/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data1.languages === undefined){
const err15 = {instancePath:instancePath+"/site",schemaPath:"#/properties/site/required",keyword:"required",params:{missingProperty: "languages"},message:"must have required property '"+"languages"+"'"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data1.timeZone === undefined){
const err16 = {instancePath:instancePath+"/site",schemaPath:"#/properties/site/required",keyword:"required",params:{missingProperty: "timeZone"},message:"must have required property '"+"timeZone"+"'"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data1.dayStartsAt === undefined){
const err17 = {instancePath:instancePath+"/site",schemaPath:"#/properties/site/required",keyword:"required",params:{missingProperty: "dayStartsAt"},message:"must have required property '"+"dayStartsAt"+"'"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
for(const key1 in data1){
if(!(((((key1 === "id") || (key1 === "name")) || (key1 === "languages")) || (key1 === "timeZone")) || (key1 === "dayStartsAt"))){
const err18 = {instancePath:instancePath+"/site",schemaPath:"#/properties/site/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data1.id !== undefined){
let data2 = data1.id;
if(typeof data2 === "string"){
if(!pattern0.test(data2)){
const err19 = {instancePath:instancePath+"/site/id",schemaPath:"#/properties/site/properties/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]{0,31}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]{0,31}$"+"\""};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/site/id",schemaPath:"#/properties/site/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(errors > 0){
const emErrs2 = [];
for(const err21 of vErrors){
if(((((err21.keyword !== "errorMessage") && (!err21.emUsed)) && ((err21.instancePath === instancePath+"/site/id") || ((err21.instancePath.indexOf(instancePath+"/site/id") === 0) && (err21.instancePath[instancePath+"/site/id".length] === "/")))) && (err21.schemaPath.indexOf("#/properties/site/properties/id") === 0)) && (err21.schemaPath["#/properties/site/properties/id".length] === "/")){
emErrs2.push(err21);
err21.emUsed = true;
}
}
if(emErrs2.length){
const err22 = {instancePath:instancePath+"/site/id",schemaPath:"#/properties/site/properties/id/errorMessage",keyword:"errorMessage",params:{errors: emErrs2},message:"must be 1–32 lower-case letters, digits or dashes, starting with a letter or digit"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
const emErrs3 = [];
for(const err23 of vErrors){
if(!err23.emUsed){
emErrs3.push(err23);
}
}
vErrors = emErrs3;
errors = emErrs3.length;
}
}
if(data1.name !== undefined){
let data3 = data1.name;
if(typeof data3 === "string"){
if(func3(data3) < 1){
const err24 = {instancePath:instancePath+"/site/name",schemaPath:"#/properties/site/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
else {
const err25 = {instancePath:instancePath+"/site/name",schemaPath:"#/properties/site/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data1.languages !== undefined){
let data4 = data1.languages;
if(Array.isArray(data4)){
if(data4.length < 1){
const err26 = {instancePath:instancePath+"/site/languages",schemaPath:"#/properties/site/properties/languages/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
let data5 = data4[i0];
if(typeof data5 === "string"){
if(!pattern1.test(data5)){
const err27 = {instancePath:instancePath+"/site/languages/" + i0,schemaPath:"#/properties/site/properties/languages/items/pattern",keyword:"pattern",params:{pattern: "^[a-z]{2,3}$"},message:"must match pattern \""+"^[a-z]{2,3}$"+"\""};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
else {
const err28 = {instancePath:instancePath+"/site/languages/" + i0,schemaPath:"#/properties/site/properties/languages/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(errors > 0){
const emErrs4 = [];
for(const err29 of vErrors){
if(((((err29.keyword !== "errorMessage") && (!err29.emUsed)) && ((err29.instancePath === instancePath+"/site/languages/" + i0) || ((err29.instancePath.indexOf(instancePath+"/site/languages/" + i0) === 0) && (err29.instancePath[instancePath+"/site/languages/" + i0.length] === "/")))) && (err29.schemaPath.indexOf("#/properties/site/properties/languages/items") === 0)) && (err29.schemaPath["#/properties/site/properties/languages/items".length] === "/")){
emErrs4.push(err29);
err29.emUsed = true;
}
}
if(emErrs4.length){
const err30 = {instancePath:instancePath+"/site/languages/" + i0,schemaPath:"#/properties/site/properties/languages/items/errorMessage",keyword:"errorMessage",params:{errors: emErrs4},message:"must be a language code such as ar, en, zh, ru"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
const emErrs5 = [];
for(const err31 of vErrors){
if(!err31.emUsed){
emErrs5.push(err31);
}
}
vErrors = emErrs5;
errors = emErrs5.length;
}
}
let i1 = data4.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data4[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err32 = {instancePath:instancePath+"/site/languages",schemaPath:"#/properties/site/properties/languages/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
break;
}
indices0[item0] = i1;
}
}
}
else {
const err33 = {instancePath:instancePath+"/site/languages",schemaPath:"#/properties/site/properties/languages/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data1.timeZone !== undefined){
let data6 = data1.timeZone;
if(typeof data6 === "string"){
if(func3(data6) < 1){
const err34 = {instancePath:instancePath+"/site/timeZone",schemaPath:"#/properties/site/properties/timeZone/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
else {
const err35 = {instancePath:instancePath+"/site/timeZone",schemaPath:"#/properties/site/properties/timeZone/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data1.dayStartsAt !== undefined){
let data7 = data1.dayStartsAt;
if(typeof data7 === "string"){
if(!pattern2.test(data7)){
const err36 = {instancePath:instancePath+"/site/dayStartsAt",schemaPath:"#/properties/site/properties/dayStartsAt/pattern",keyword:"pattern",params:{pattern: "^([01][0-9]|2[0-3]):[0-5][0-9]$"},message:"must match pattern \""+"^([01][0-9]|2[0-3]):[0-5][0-9]$"+"\""};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
else {
const err37 = {instancePath:instancePath+"/site/dayStartsAt",schemaPath:"#/properties/site/properties/dayStartsAt/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
if(errors > 0){
const emErrs6 = [];
for(const err38 of vErrors){
if(((((err38.keyword !== "errorMessage") && (!err38.emUsed)) && ((err38.instancePath === instancePath+"/site/dayStartsAt") || ((err38.instancePath.indexOf(instancePath+"/site/dayStartsAt") === 0) && (err38.instancePath[instancePath+"/site/dayStartsAt".length] === "/")))) && (err38.schemaPath.indexOf("#/properties/site/properties/dayStartsAt") === 0)) && (err38.schemaPath["#/properties/site/properties/dayStartsAt".length] === "/")){
emErrs6.push(err38);
err38.emUsed = true;
}
}
if(emErrs6.length){
const err39 = {instancePath:instancePath+"/site/dayStartsAt",schemaPath:"#/properties/site/properties/dayStartsAt/errorMessage",keyword:"errorMessage",params:{errors: emErrs6},message:"must be a time of day as HH:MM, e.g. 04:00"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
const emErrs7 = [];
for(const err40 of vErrors){
if(!err40.emUsed){
emErrs7.push(err40);
}
}
vErrors = emErrs7;
errors = emErrs7.length;
}
}
}
else {
const err41 = {instancePath:instancePath+"/site",schemaPath:"#/properties/site/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data.services !== undefined){
let data8 = data.services;
if(Array.isArray(data8)){
if(data8.length < 1){
const err42 = {instancePath:instancePath+"/services",schemaPath:"#/properties/services/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
const len1 = data8.length;
for(let i2=0; i2<len1; i2++){
let data9 = data8[i2];
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
if(data9.range === undefined){
data9.range = {"from":1,"to":999};
}
if(data9.digits === undefined){
data9.digits = 3;
}
if(data9.id === undefined){
const err43 = {instancePath:instancePath+"/services/" + i2,schemaPath:"#/properties/services/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
if(data9.prefix === undefined){
const err44 = {instancePath:instancePath+"/services/" + i2,schemaPath:"#/properties/services/items/required",keyword:"required",params:{missingProperty: "prefix"},message:"must have required property '"+"prefix"+"'"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
if(data9.names === undefined){
const err45 = {instancePath:instancePath+"/services/" + i2,schemaPath:"#/properties/services/items/required",keyword:"required",params:{missingProperty: "names"},message:"must have required property '"+"names"+"'"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
if(data9.range === undefined){
const err46 = {instancePath:instancePath+"/services/" + i2,schemaPath:"#/properties/services/items/required",keyword:"required",params:{missingProperty: "range"},message:"must have required property '"+"range"+"'"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
if(data9.digits === undefined){
const err47 = {instancePath:instancePath+"/services/" + i2,schemaPath:"#/properties/services/items/required",keyword:"required",params:{missingProperty: "digits"},message:"must have required property '"+"digits"+"'"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
for(const key2 in data9){
if(!(func2.call(schema16.properties.services.items.properties, key2))){
const err48 = {instancePath:instancePath+"/services/" + i2,schemaPath:"#/properties/services/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
if(data9.id !== undefined){
let data10 = data9.id;
if(typeof data10 === "string"){
if(!pattern0.test(data10)){
const err49 = {instancePath:instancePath+"/services/" + i2+"/id",schemaPath:"#/properties/services/items/properties/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]{0,31}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]{0,31}$"+"\""};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
else {
const err50 = {instancePath:instancePath+"/services/" + i2+"/id",schemaPath:"#/properties/services/items/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
if(errors > 0){
const emErrs8 = [];
for(const err51 of vErrors){
if(((((err51.keyword !== "errorMessage") && (!err51.emUsed)) && ((err51.instancePath === instancePath+"/services/" + i2+"/id") || ((err51.instancePath.indexOf(instancePath+"/services/" + i2+"/id") === 0) && (err51.instancePath[instancePath+"/services/" + i2+"/id".length] === "/")))) && (err51.schemaPath.indexOf("#/properties/services/items/properties/id") === 0)) && (err51.schemaPath["#/properties/services/items/properties/id".length] === "/")){
emErrs8.push(err51);
err51.emUsed = true;
}
}
if(emErrs8.length){
const err52 = {instancePath:instancePath+"/services/" + i2+"/id",schemaPath:"#/properties/services/items/properties/id/errorMessage",keyword:"errorMessage",params:{errors: emErrs8},message:"must be 1–32 lower-case letters, digits or dashes, starting with a letter or digit"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
const emErrs9 = [];
for(const err53 of vErrors){
if(!err53.emUsed){
emErrs9.push(err53);
}
}
vErrors = emErrs9;
errors = emErrs9.length;
}
}
if(data9.prefix !== undefined){
let data11 = data9.prefix;
if(typeof data11 === "string"){
if(!pattern4.test(data11)){
const err54 = {instancePath:instancePath+"/services/" + i2+"/prefix",schemaPath:"#/properties/services/items/properties/prefix/pattern",keyword:"pattern",params:{pattern: "^[A-Z]$"},message:"must match pattern \""+"^[A-Z]$"+"\""};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
else {
const err55 = {instancePath:instancePath+"/services/" + i2+"/prefix",schemaPath:"#/properties/services/items/properties/prefix/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
if(errors > 0){
const emErrs10 = [];
for(const err56 of vErrors){
if(((((err56.keyword !== "errorMessage") && (!err56.emUsed)) && ((err56.instancePath === instancePath+"/services/" + i2+"/prefix") || ((err56.instancePath.indexOf(instancePath+"/services/" + i2+"/prefix") === 0) && (err56.instancePath[instancePath+"/services/" + i2+"/prefix".length] === "/")))) && (err56.schemaPath.indexOf("#/properties/services/items/properties/prefix") === 0)) && (err56.schemaPath["#/properties/services/items/properties/prefix".length] === "/")){
emErrs10.push(err56);
err56.emUsed = true;
}
}
if(emErrs10.length){
const err57 = {instancePath:instancePath+"/services/" + i2+"/prefix",schemaPath:"#/properties/services/items/properties/prefix/errorMessage",keyword:"errorMessage",params:{errors: emErrs10},message:"must be one letter A–Z"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
const emErrs11 = [];
for(const err58 of vErrors){
if(!err58.emUsed){
emErrs11.push(err58);
}
}
vErrors = emErrs11;
errors = emErrs11.length;
}
}
if(data9.names !== undefined){
let data12 = data9.names;
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
for(const key3 in data12){
if(pattern1.test(key3)){
let data13 = data12[key3];
if(typeof data13 === "string"){
if(func3(data13) < 1){
const err59 = {instancePath:instancePath+"/services/" + i2+"/names/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/services/items/properties/names/patternProperties/%5E%5Ba-z%5D%7B2%2C3%7D%24/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
else {
const err60 = {instancePath:instancePath+"/services/" + i2+"/names/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/services/items/properties/names/patternProperties/%5E%5Ba-z%5D%7B2%2C3%7D%24/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
}
}
else {
const err61 = {instancePath:instancePath+"/services/" + i2+"/names",schemaPath:"#/properties/services/items/properties/names/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
let data14 = data9.range;
if(data14 && typeof data14 == "object" && !Array.isArray(data14)){
if(data14.from === undefined){
const err62 = {instancePath:instancePath+"/services/" + i2+"/range",schemaPath:"#/properties/services/items/properties/range/required",keyword:"required",params:{missingProperty: "from"},message:"must have required property '"+"from"+"'"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
if(data14.to === undefined){
const err63 = {instancePath:instancePath+"/services/" + i2+"/range",schemaPath:"#/properties/services/items/properties/range/required",keyword:"required",params:{missingProperty: "to"},message:"must have required property '"+"to"+"'"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
for(const key4 in data14){
if(!((key4 === "from") || (key4 === "to"))){
const err64 = {instancePath:instancePath+"/services/" + i2+"/range",schemaPath:"#/properties/services/items/properties/range/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
if(data14.from !== undefined){
let data15 = data14.from;
if(!((typeof data15 == "number") && (!(data15 % 1) && !isNaN(data15)))){
const err65 = {instancePath:instancePath+"/services/" + i2+"/range/from",schemaPath:"#/properties/services/items/properties/range/properties/from/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
if(typeof data15 == "number"){
if(data15 < 0 || isNaN(data15)){
const err66 = {instancePath:instancePath+"/services/" + i2+"/range/from",schemaPath:"#/properties/services/items/properties/range/properties/from/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
}
if(data14.to !== undefined){
let data16 = data14.to;
if(!((typeof data16 == "number") && (!(data16 % 1) && !isNaN(data16)))){
const err67 = {instancePath:instancePath+"/services/" + i2+"/range/to",schemaPath:"#/properties/services/items/properties/range/properties/to/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
if(typeof data16 == "number"){
if(data16 > 9999 || isNaN(data16)){
const err68 = {instancePath:instancePath+"/services/" + i2+"/range/to",schemaPath:"#/properties/services/items/properties/range/properties/to/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9999},message:"must be <= 9999"};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
if(data16 < 1 || isNaN(data16)){
const err69 = {instancePath:instancePath+"/services/" + i2+"/range/to",schemaPath:"#/properties/services/items/properties/range/properties/to/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
}
}
else {
const err70 = {instancePath:instancePath+"/services/" + i2+"/range",schemaPath:"#/properties/services/items/properties/range/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
let data17 = data9.digits;
if(!((typeof data17 == "number") && (!(data17 % 1) && !isNaN(data17)))){
const err71 = {instancePath:instancePath+"/services/" + i2+"/digits",schemaPath:"#/properties/services/items/properties/digits/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
if(typeof data17 == "number"){
if(data17 > 4 || isNaN(data17)){
const err72 = {instancePath:instancePath+"/services/" + i2+"/digits",schemaPath:"#/properties/services/items/properties/digits/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4},message:"must be <= 4"};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
if(data17 < 1 || isNaN(data17)){
const err73 = {instancePath:instancePath+"/services/" + i2+"/digits",schemaPath:"#/properties/services/items/properties/digits/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
if(data9.dailyCap !== undefined){
let data18 = data9.dailyCap;
if(!((typeof data18 == "number") && (!(data18 % 1) && !isNaN(data18)))){
const err74 = {instancePath:instancePath+"/services/" + i2+"/dailyCap",schemaPath:"#/properties/services/items/properties/dailyCap/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
if(typeof data18 == "number"){
if(data18 < 1 || isNaN(data18)){
const err75 = {instancePath:instancePath+"/services/" + i2+"/dailyCap",schemaPath:"#/properties/services/items/properties/dailyCap/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
}
if(data9.hours !== undefined){
let data19 = data9.hours;
if(Array.isArray(data19)){
const len2 = data19.length;
for(let i3=0; i3<len2; i3++){
let data20 = data19[i3];
if(data20 && typeof data20 == "object" && !Array.isArray(data20)){
if(data20.days === undefined){
const err76 = {instancePath:instancePath+"/services/" + i2+"/hours/" + i3,schemaPath:"#/properties/services/items/properties/hours/items/required",keyword:"required",params:{missingProperty: "days"},message:"must have required property '"+"days"+"'"};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
if(data20.from === undefined){
const err77 = {instancePath:instancePath+"/services/" + i2+"/hours/" + i3,schemaPath:"#/properties/services/items/properties/hours/items/required",keyword:"required",params:{missingProperty: "from"},message:"must have required property '"+"from"+"'"};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
if(data20.to === undefined){
const err78 = {instancePath:instancePath+"/services/" + i2+"/hours/" + i3,schemaPath:"#/properties/services/items/properties/hours/items/required",keyword:"required",params:{missingProperty: "to"},message:"must have required property '"+"to"+"'"};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
for(const key5 in data20){
if(!(((key5 === "days") || (key5 === "from")) || (key5 === "to"))){
const err79 = {instancePath:instancePath+"/services/" + i2+"/hours/" + i3,schemaPath:"#/properties/services/items/properties/hours/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
if(data20.days !== undefined){
let data21 = data20.days;
if(Array.isArray(data21)){
if(data21.length < 1){
const err80 = {instancePath:instancePath+"/services/" + i2+"/hours/" + i3+"/days",schemaPath:"#/properties/services/items/properties/hours/items/properties/days/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
const len3 = data21.length;
for(let i4=0; i4<len3; i4++){
let data22 = data21[i4];
if(!((typeof data22 == "number") && (!(data22 % 1) && !isNaN(data22)))){
const err81 = {instancePath:instancePath+"/services/" + i2+"/hours/" + i3+"/days/" + i4,schemaPath:"#/properties/services/items/properties/hours/items/properties/days/items/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
if(typeof data22 == "number"){
if(data22 > 7 || isNaN(data22)){
const err82 = {instancePath:instancePath+"/services/" + i2+"/hours/" + i3+"/days/" + i4,schemaPath:"#/properties/services/items/properties/hours/items/properties/days/items/maximum",keyword:"maximum",params:{comparison: "<=", limit: 7},message:"must be <= 7"};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
if(data22 < 1 || isNaN(data22)){
const err83 = {instancePath:instancePath+"/services/" + i2+"/hours/" + i3+"/days/" + i4,schemaPath:"#/properties/services/items/properties/hours/items/properties/days/items/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
}
}
else {
const err84 = {instancePath:instancePath+"/services/" + i2+"/hours/" + i3+"/days",schemaPath:"#/properties/services/items/properties/hours/items/properties/days/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
}
if(data20.from !== undefined){
let data23 = data20.from;
if(typeof data23 === "string"){
if(!pattern2.test(data23)){
const err85 = {instancePath:instancePath+"/services/" + i2+"/hours/" + i3+"/from",schemaPath:"#/properties/services/items/properties/hours/items/properties/from/pattern",keyword:"pattern",params:{pattern: "^([01][0-9]|2[0-3]):[0-5][0-9]$"},message:"must match pattern \""+"^([01][0-9]|2[0-3]):[0-5][0-9]$"+"\""};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
}
else {
const err86 = {instancePath:instancePath+"/services/" + i2+"/hours/" + i3+"/from",schemaPath:"#/properties/services/items/properties/hours/items/properties/from/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
if(errors > 0){
const emErrs12 = [];
for(const err87 of vErrors){
if(((((err87.keyword !== "errorMessage") && (!err87.emUsed)) && ((err87.instancePath === instancePath+"/services/" + i2+"/hours/" + i3+"/from") || ((err87.instancePath.indexOf(instancePath+"/services/" + i2+"/hours/" + i3+"/from") === 0) && (err87.instancePath[instancePath+"/services/" + i2+"/hours/" + i3+"/from".length] === "/")))) && (err87.schemaPath.indexOf("#/properties/services/items/properties/hours/items/properties/from") === 0)) && (err87.schemaPath["#/properties/services/items/properties/hours/items/properties/from".length] === "/")){
emErrs12.push(err87);
err87.emUsed = true;
}
}
if(emErrs12.length){
const err88 = {instancePath:instancePath+"/services/" + i2+"/hours/" + i3+"/from",schemaPath:"#/properties/services/items/properties/hours/items/properties/from/errorMessage",keyword:"errorMessage",params:{errors: emErrs12},message:"must be a time of day as HH:MM, e.g. 04:00"};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
const emErrs13 = [];
for(const err89 of vErrors){
if(!err89.emUsed){
emErrs13.push(err89);
}
}
vErrors = emErrs13;
errors = emErrs13.length;
}
}
if(data20.to !== undefined){
let data24 = data20.to;
if(typeof data24 === "string"){
if(!pattern2.test(data24)){
const err90 = {instancePath:instancePath+"/services/" + i2+"/hours/" + i3+"/to",schemaPath:"#/properties/services/items/properties/hours/items/properties/to/pattern",keyword:"pattern",params:{pattern: "^([01][0-9]|2[0-3]):[0-5][0-9]$"},message:"must match pattern \""+"^([01][0-9]|2[0-3]):[0-5][0-9]$"+"\""};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
}
else {
const err91 = {instancePath:instancePath+"/services/" + i2+"/hours/" + i3+"/to",schemaPath:"#/properties/services/items/properties/hours/items/properties/to/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
if(errors > 0){
const emErrs14 = [];
for(const err92 of vErrors){
if(((((err92.keyword !== "errorMessage") && (!err92.emUsed)) && ((err92.instancePath === instancePath+"/services/" + i2+"/hours/" + i3+"/to") || ((err92.instancePath.indexOf(instancePath+"/services/" + i2+"/hours/" + i3+"/to") === 0) && (err92.instancePath[instancePath+"/services/" + i2+"/hours/" + i3+"/to".length] === "/")))) && (err92.schemaPath.indexOf("#/properties/services/items/properties/hours/items/properties/to") === 0)) && (err92.schemaPath["#/properties/services/items/properties/hours/items/properties/to".length] === "/")){
emErrs14.push(err92);
err92.emUsed = true;
}
}
if(emErrs14.length){
const err93 = {instancePath:instancePath+"/services/" + i2+"/hours/" + i3+"/to",schemaPath:"#/properties/services/items/properties/hours/items/properties/to/errorMessage",keyword:"errorMessage",params:{errors: emErrs14},message:"must be a time of day as HH:MM, e.g. 04:00"};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
const emErrs15 = [];
for(const err94 of vErrors){
if(!err94.emUsed){
emErrs15.push(err94);
}
}
vErrors = emErrs15;
errors = emErrs15.length;
}
}
}
else {
const err95 = {instancePath:instancePath+"/services/" + i2+"/hours/" + i3,schemaPath:"#/properties/services/items/properties/hours/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
}
}
else {
const err96 = {instancePath:instancePath+"/services/" + i2+"/hours",schemaPath:"#/properties/services/items/properties/hours/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
}
if(data9.nextStep !== undefined){
let data25 = data9.nextStep;
if(typeof data25 === "string"){
if(!pattern0.test(data25)){
const err97 = {instancePath:instancePath+"/services/" + i2+"/nextStep",schemaPath:"#/properties/services/items/properties/nextStep/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]{0,31}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]{0,31}$"+"\""};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
}
else {
const err98 = {instancePath:instancePath+"/services/" + i2+"/nextStep",schemaPath:"#/properties/services/items/properties/nextStep/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
if(errors > 0){
const emErrs16 = [];
for(const err99 of vErrors){
if(((((err99.keyword !== "errorMessage") && (!err99.emUsed)) && ((err99.instancePath === instancePath+"/services/" + i2+"/nextStep") || ((err99.instancePath.indexOf(instancePath+"/services/" + i2+"/nextStep") === 0) && (err99.instancePath[instancePath+"/services/" + i2+"/nextStep".length] === "/")))) && (err99.schemaPath.indexOf("#/properties/services/items/properties/nextStep") === 0)) && (err99.schemaPath["#/properties/services/items/properties/nextStep".length] === "/")){
emErrs16.push(err99);
err99.emUsed = true;
}
}
if(emErrs16.length){
const err100 = {instancePath:instancePath+"/services/" + i2+"/nextStep",schemaPath:"#/properties/services/items/properties/nextStep/errorMessage",keyword:"errorMessage",params:{errors: emErrs16},message:"must be 1–32 lower-case letters, digits or dashes, starting with a letter or digit"};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
const emErrs17 = [];
for(const err101 of vErrors){
if(!err101.emUsed){
emErrs17.push(err101);
}
}
vErrors = emErrs17;
errors = emErrs17.length;
}
}
if(data9.targetWaitSeconds !== undefined){
let data26 = data9.targetWaitSeconds;
if(!((typeof data26 == "number") && (!(data26 % 1) && !isNaN(data26)))){
const err102 = {instancePath:instancePath+"/services/" + i2+"/targetWaitSeconds",schemaPath:"#/properties/services/items/properties/targetWaitSeconds/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
if(typeof data26 == "number"){
if(data26 < 1 || isNaN(data26)){
const err103 = {instancePath:instancePath+"/services/" + i2+"/targetWaitSeconds",schemaPath:"#/properties/services/items/properties/targetWaitSeconds/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
}
}
}
else {
const err104 = {instancePath:instancePath+"/services/" + i2,schemaPath:"#/properties/services/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
}
}
else {
const err105 = {instancePath:instancePath+"/services",schemaPath:"#/properties/services/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
}
if(data.counters !== undefined){
let data27 = data.counters;
if(Array.isArray(data27)){
if(data27.length < 1){
const err106 = {instancePath:instancePath+"/counters",schemaPath:"#/properties/counters/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
const len4 = data27.length;
for(let i5=0; i5<len4; i5++){
let data28 = data27[i5];
if(data28 && typeof data28 == "object" && !Array.isArray(data28)){
if(data28.id === undefined){
const err107 = {instancePath:instancePath+"/counters/" + i5,schemaPath:"#/properties/counters/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
if(data28.name === undefined){
const err108 = {instancePath:instancePath+"/counters/" + i5,schemaPath:"#/properties/counters/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
if(data28.services === undefined){
const err109 = {instancePath:instancePath+"/counters/" + i5,schemaPath:"#/properties/counters/items/required",keyword:"required",params:{missingProperty: "services"},message:"must have required property '"+"services"+"'"};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
for(const key6 in data28){
if(!(((key6 === "id") || (key6 === "name")) || (key6 === "services"))){
const err110 = {instancePath:instancePath+"/counters/" + i5,schemaPath:"#/properties/counters/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
}
if(data28.id !== undefined){
let data29 = data28.id;
if(typeof data29 === "string"){
if(!pattern0.test(data29)){
const err111 = {instancePath:instancePath+"/counters/" + i5+"/id",schemaPath:"#/properties/counters/items/properties/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]{0,31}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]{0,31}$"+"\""};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
}
else {
const err112 = {instancePath:instancePath+"/counters/" + i5+"/id",schemaPath:"#/properties/counters/items/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
if(errors > 0){
const emErrs18 = [];
for(const err113 of vErrors){
if(((((err113.keyword !== "errorMessage") && (!err113.emUsed)) && ((err113.instancePath === instancePath+"/counters/" + i5+"/id") || ((err113.instancePath.indexOf(instancePath+"/counters/" + i5+"/id") === 0) && (err113.instancePath[instancePath+"/counters/" + i5+"/id".length] === "/")))) && (err113.schemaPath.indexOf("#/properties/counters/items/properties/id") === 0)) && (err113.schemaPath["#/properties/counters/items/properties/id".length] === "/")){
emErrs18.push(err113);
err113.emUsed = true;
}
}
if(emErrs18.length){
const err114 = {instancePath:instancePath+"/counters/" + i5+"/id",schemaPath:"#/properties/counters/items/properties/id/errorMessage",keyword:"errorMessage",params:{errors: emErrs18},message:"must be 1–32 lower-case letters, digits or dashes, starting with a letter or digit"};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
const emErrs19 = [];
for(const err115 of vErrors){
if(!err115.emUsed){
emErrs19.push(err115);
}
}
vErrors = emErrs19;
errors = emErrs19.length;
}
}
if(data28.name !== undefined){
let data30 = data28.name;
if(typeof data30 === "string"){
if(func3(data30) < 1){
const err116 = {instancePath:instancePath+"/counters/" + i5+"/name",schemaPath:"#/properties/counters/items/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err116];
}
else {
vErrors.push(err116);
}
errors++;
}
}
else {
const err117 = {instancePath:instancePath+"/counters/" + i5+"/name",schemaPath:"#/properties/counters/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err117];
}
else {
vErrors.push(err117);
}
errors++;
}
}
if(data28.services !== undefined){
let data31 = data28.services;
if(Array.isArray(data31)){
if(data31.length < 1){
const err118 = {instancePath:instancePath+"/counters/" + i5+"/services",schemaPath:"#/properties/counters/items/properties/services/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err118];
}
else {
vErrors.push(err118);
}
errors++;
}
const len5 = data31.length;
for(let i6=0; i6<len5; i6++){
let data32 = data31[i6];
if(typeof data32 === "string"){
if(!pattern0.test(data32)){
const err119 = {instancePath:instancePath+"/counters/" + i5+"/services/" + i6,schemaPath:"#/properties/counters/items/properties/services/items/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]{0,31}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]{0,31}$"+"\""};
if(vErrors === null){
vErrors = [err119];
}
else {
vErrors.push(err119);
}
errors++;
}
}
else {
const err120 = {instancePath:instancePath+"/counters/" + i5+"/services/" + i6,schemaPath:"#/properties/counters/items/properties/services/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err120];
}
else {
vErrors.push(err120);
}
errors++;
}
if(errors > 0){
const emErrs20 = [];
for(const err121 of vErrors){
if(((((err121.keyword !== "errorMessage") && (!err121.emUsed)) && ((err121.instancePath === instancePath+"/counters/" + i5+"/services/" + i6) || ((err121.instancePath.indexOf(instancePath+"/counters/" + i5+"/services/" + i6) === 0) && (err121.instancePath[instancePath+"/counters/" + i5+"/services/" + i6.length] === "/")))) && (err121.schemaPath.indexOf("#/properties/counters/items/properties/services/items") === 0)) && (err121.schemaPath["#/properties/counters/items/properties/services/items".length] === "/")){
emErrs20.push(err121);
err121.emUsed = true;
}
}
if(emErrs20.length){
const err122 = {instancePath:instancePath+"/counters/" + i5+"/services/" + i6,schemaPath:"#/properties/counters/items/properties/services/items/errorMessage",keyword:"errorMessage",params:{errors: emErrs20},message:"must be 1–32 lower-case letters, digits or dashes, starting with a letter or digit"};
if(vErrors === null){
vErrors = [err122];
}
else {
vErrors.push(err122);
}
errors++;
}
const emErrs21 = [];
for(const err123 of vErrors){
if(!err123.emUsed){
emErrs21.push(err123);
}
}
vErrors = emErrs21;
errors = emErrs21.length;
}
}
}
else {
const err124 = {instancePath:instancePath+"/counters/" + i5+"/services",schemaPath:"#/properties/counters/items/properties/services/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err124];
}
else {
vErrors.push(err124);
}
errors++;
}
}
}
else {
const err125 = {instancePath:instancePath+"/counters/" + i5,schemaPath:"#/properties/counters/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err125];
}
else {
vErrors.push(err125);
}
errors++;
}
}
}
else {
const err126 = {instancePath:instancePath+"/counters",schemaPath:"#/properties/counters/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err126];
}
else {
vErrors.push(err126);
}
errors++;
}
}
let data33 = data.rules;
if(data33 && typeof data33 == "object" && !Array.isArray(data33)){
if(data33.noShow === undefined){
data33.noShow = {};
}
if(data33.transfer === undefined){
data33.transfer = {};
}
if(data33.priority === undefined){
data33.priority = {};
}
if(data33.estimate === undefined){
data33.estimate = {};
}
if(data33.noShow === undefined){
const err127 = {instancePath:instancePath+"/rules",schemaPath:"#/properties/rules/required",keyword:"required",params:{missingProperty: "noShow"},message:"must have required property '"+"noShow"+"'"};
if(vErrors === null){
vErrors = [err127];
}
else {
vErrors.push(err127);
}
errors++;
}
if(data33.transfer === undefined){
const err128 = {instancePath:instancePath+"/rules",schemaPath:"#/properties/rules/required",keyword:"required",params:{missingProperty: "transfer"},message:"must have required property '"+"transfer"+"'"};
if(vErrors === null){
vErrors = [err128];
}
else {
vErrors.push(err128);
}
errors++;
}
if(data33.priority === undefined){
const err129 = {instancePath:instancePath+"/rules",schemaPath:"#/properties/rules/required",keyword:"required",params:{missingProperty: "priority"},message:"must have required property '"+"priority"+"'"};
if(vErrors === null){
vErrors = [err129];
}
else {
vErrors.push(err129);
}
errors++;
}
if(data33.estimate === undefined){
const err130 = {instancePath:instancePath+"/rules",schemaPath:"#/properties/rules/required",keyword:"required",params:{missingProperty: "estimate"},message:"must have required property '"+"estimate"+"'"};
if(vErrors === null){
vErrors = [err130];
}
else {
vErrors.push(err130);
}
errors++;
}
for(const key7 in data33){
if(!((((key7 === "noShow") || (key7 === "transfer")) || (key7 === "priority")) || (key7 === "estimate"))){
const err131 = {instancePath:instancePath+"/rules",schemaPath:"#/properties/rules/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err131];
}
else {
vErrors.push(err131);
}
errors++;
}
}
let data34 = data33.noShow;
if(data34 && typeof data34 == "object" && !Array.isArray(data34)){
if(data34.minCalls === undefined){
data34.minCalls = 2;
}
if(data34.minSeconds === undefined){
data34.minSeconds = 60;
}
if(data34.minCalls === undefined){
const err132 = {instancePath:instancePath+"/rules/noShow",schemaPath:"#/properties/rules/properties/noShow/required",keyword:"required",params:{missingProperty: "minCalls"},message:"must have required property '"+"minCalls"+"'"};
if(vErrors === null){
vErrors = [err132];
}
else {
vErrors.push(err132);
}
errors++;
}
if(data34.minSeconds === undefined){
const err133 = {instancePath:instancePath+"/rules/noShow",schemaPath:"#/properties/rules/properties/noShow/required",keyword:"required",params:{missingProperty: "minSeconds"},message:"must have required property '"+"minSeconds"+"'"};
if(vErrors === null){
vErrors = [err133];
}
else {
vErrors.push(err133);
}
errors++;
}
for(const key8 in data34){
if(!((key8 === "minCalls") || (key8 === "minSeconds"))){
const err134 = {instancePath:instancePath+"/rules/noShow",schemaPath:"#/properties/rules/properties/noShow/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err134];
}
else {
vErrors.push(err134);
}
errors++;
}
}
let data35 = data34.minCalls;
if(!((typeof data35 == "number") && (!(data35 % 1) && !isNaN(data35)))){
const err135 = {instancePath:instancePath+"/rules/noShow/minCalls",schemaPath:"#/properties/rules/properties/noShow/properties/minCalls/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err135];
}
else {
vErrors.push(err135);
}
errors++;
}
if(typeof data35 == "number"){
if(data35 < 1 || isNaN(data35)){
const err136 = {instancePath:instancePath+"/rules/noShow/minCalls",schemaPath:"#/properties/rules/properties/noShow/properties/minCalls/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err136];
}
else {
vErrors.push(err136);
}
errors++;
}
}
let data36 = data34.minSeconds;
if(!((typeof data36 == "number") && (!(data36 % 1) && !isNaN(data36)))){
const err137 = {instancePath:instancePath+"/rules/noShow/minSeconds",schemaPath:"#/properties/rules/properties/noShow/properties/minSeconds/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err137];
}
else {
vErrors.push(err137);
}
errors++;
}
if(typeof data36 == "number"){
if(data36 < 0 || isNaN(data36)){
const err138 = {instancePath:instancePath+"/rules/noShow/minSeconds",schemaPath:"#/properties/rules/properties/noShow/properties/minSeconds/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err138];
}
else {
vErrors.push(err138);
}
errors++;
}
}
}
else {
const err139 = {instancePath:instancePath+"/rules/noShow",schemaPath:"#/properties/rules/properties/noShow/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err139];
}
else {
vErrors.push(err139);
}
errors++;
}
let data37 = data33.transfer;
if(data37 && typeof data37 == "object" && !Array.isArray(data37)){
if(data37.position === undefined){
data37.position = "front";
}
if(data37.position === undefined){
const err140 = {instancePath:instancePath+"/rules/transfer",schemaPath:"#/properties/rules/properties/transfer/required",keyword:"required",params:{missingProperty: "position"},message:"must have required property '"+"position"+"'"};
if(vErrors === null){
vErrors = [err140];
}
else {
vErrors.push(err140);
}
errors++;
}
for(const key9 in data37){
if(!(key9 === "position")){
const err141 = {instancePath:instancePath+"/rules/transfer",schemaPath:"#/properties/rules/properties/transfer/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err141];
}
else {
vErrors.push(err141);
}
errors++;
}
}
let data38 = data37.position;
if(typeof data38 !== "string"){
const err142 = {instancePath:instancePath+"/rules/transfer/position",schemaPath:"#/properties/rules/properties/transfer/properties/position/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err142];
}
else {
vErrors.push(err142);
}
errors++;
}
if(!((data38 === "front") || (data38 === "arrival"))){
const err143 = {instancePath:instancePath+"/rules/transfer/position",schemaPath:"#/properties/rules/properties/transfer/properties/position/enum",keyword:"enum",params:{allowedValues: schema16.properties.rules.properties.transfer.properties.position.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err143];
}
else {
vErrors.push(err143);
}
errors++;
}
if(errors > 0){
const emErrs22 = [];
for(const err144 of vErrors){
if(((((err144.keyword !== "errorMessage") && (!err144.emUsed)) && ((err144.instancePath === instancePath+"/rules/transfer/position") || ((err144.instancePath.indexOf(instancePath+"/rules/transfer/position") === 0) && (err144.instancePath[instancePath+"/rules/transfer/position".length] === "/")))) && (err144.schemaPath.indexOf("#/properties/rules/properties/transfer/properties/position") === 0)) && (err144.schemaPath["#/properties/rules/properties/transfer/properties/position".length] === "/")){
emErrs22.push(err144);
err144.emUsed = true;
}
}
if(emErrs22.length){
const err145 = {instancePath:instancePath+"/rules/transfer/position",schemaPath:"#/properties/rules/properties/transfer/properties/position/errorMessage",keyword:"errorMessage",params:{errors: emErrs22},message:"must be one of: front, arrival"};
if(vErrors === null){
vErrors = [err145];
}
else {
vErrors.push(err145);
}
errors++;
}
const emErrs23 = [];
for(const err146 of vErrors){
if(!err146.emUsed){
emErrs23.push(err146);
}
}
vErrors = emErrs23;
errors = emErrs23.length;
}
}
else {
const err147 = {instancePath:instancePath+"/rules/transfer",schemaPath:"#/properties/rules/properties/transfer/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err147];
}
else {
vErrors.push(err147);
}
errors++;
}
let data39 = data33.priority;
if(data39 && typeof data39 == "object" && !Array.isArray(data39)){
if(data39.maxConsecutive === undefined){
data39.maxConsecutive = 3;
}
if(data39.maxConsecutive === undefined){
const err148 = {instancePath:instancePath+"/rules/priority",schemaPath:"#/properties/rules/properties/priority/required",keyword:"required",params:{missingProperty: "maxConsecutive"},message:"must have required property '"+"maxConsecutive"+"'"};
if(vErrors === null){
vErrors = [err148];
}
else {
vErrors.push(err148);
}
errors++;
}
for(const key10 in data39){
if(!(key10 === "maxConsecutive")){
const err149 = {instancePath:instancePath+"/rules/priority",schemaPath:"#/properties/rules/properties/priority/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err149];
}
else {
vErrors.push(err149);
}
errors++;
}
}
let data40 = data39.maxConsecutive;
if(!((typeof data40 == "number") && (!(data40 % 1) && !isNaN(data40)))){
const err150 = {instancePath:instancePath+"/rules/priority/maxConsecutive",schemaPath:"#/properties/rules/properties/priority/properties/maxConsecutive/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err150];
}
else {
vErrors.push(err150);
}
errors++;
}
if(typeof data40 == "number"){
if(data40 < 0 || isNaN(data40)){
const err151 = {instancePath:instancePath+"/rules/priority/maxConsecutive",schemaPath:"#/properties/rules/properties/priority/properties/maxConsecutive/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err151];
}
else {
vErrors.push(err151);
}
errors++;
}
}
}
else {
const err152 = {instancePath:instancePath+"/rules/priority",schemaPath:"#/properties/rules/properties/priority/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err152];
}
else {
vErrors.push(err152);
}
errors++;
}
let data41 = data33.estimate;
if(data41 && typeof data41 == "object" && !Array.isArray(data41)){
if(data41.window === undefined){
data41.window = 20;
}
if(data41.defaultServiceSeconds === undefined){
data41.defaultServiceSeconds = 300;
}
if(data41.window === undefined){
const err153 = {instancePath:instancePath+"/rules/estimate",schemaPath:"#/properties/rules/properties/estimate/required",keyword:"required",params:{missingProperty: "window"},message:"must have required property '"+"window"+"'"};
if(vErrors === null){
vErrors = [err153];
}
else {
vErrors.push(err153);
}
errors++;
}
if(data41.defaultServiceSeconds === undefined){
const err154 = {instancePath:instancePath+"/rules/estimate",schemaPath:"#/properties/rules/properties/estimate/required",keyword:"required",params:{missingProperty: "defaultServiceSeconds"},message:"must have required property '"+"defaultServiceSeconds"+"'"};
if(vErrors === null){
vErrors = [err154];
}
else {
vErrors.push(err154);
}
errors++;
}
for(const key11 in data41){
if(!((key11 === "window") || (key11 === "defaultServiceSeconds"))){
const err155 = {instancePath:instancePath+"/rules/estimate",schemaPath:"#/properties/rules/properties/estimate/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key11},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err155];
}
else {
vErrors.push(err155);
}
errors++;
}
}
let data42 = data41.window;
if(!((typeof data42 == "number") && (!(data42 % 1) && !isNaN(data42)))){
const err156 = {instancePath:instancePath+"/rules/estimate/window",schemaPath:"#/properties/rules/properties/estimate/properties/window/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err156];
}
else {
vErrors.push(err156);
}
errors++;
}
if(typeof data42 == "number"){
if(data42 < 1 || isNaN(data42)){
const err157 = {instancePath:instancePath+"/rules/estimate/window",schemaPath:"#/properties/rules/properties/estimate/properties/window/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err157];
}
else {
vErrors.push(err157);
}
errors++;
}
}
let data43 = data41.defaultServiceSeconds;
if(!((typeof data43 == "number") && (!(data43 % 1) && !isNaN(data43)))){
const err158 = {instancePath:instancePath+"/rules/estimate/defaultServiceSeconds",schemaPath:"#/properties/rules/properties/estimate/properties/defaultServiceSeconds/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err158];
}
else {
vErrors.push(err158);
}
errors++;
}
if(typeof data43 == "number"){
if(data43 < 1 || isNaN(data43)){
const err159 = {instancePath:instancePath+"/rules/estimate/defaultServiceSeconds",schemaPath:"#/properties/rules/properties/estimate/properties/defaultServiceSeconds/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err159];
}
else {
vErrors.push(err159);
}
errors++;
}
}
}
else {
const err160 = {instancePath:instancePath+"/rules/estimate",schemaPath:"#/properties/rules/properties/estimate/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err160];
}
else {
vErrors.push(err160);
}
errors++;
}
}
else {
const err161 = {instancePath:instancePath+"/rules",schemaPath:"#/properties/rules/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err161];
}
else {
vErrors.push(err161);
}
errors++;
}
let data44 = data.ticket;
if(data44 && typeof data44 == "object" && !Array.isArray(data44)){
if(data44.footer === undefined){
data44.footer = "";
}
if(data44.paperWidth === undefined){
data44.paperWidth = 80;
}
if(data44.footer === undefined){
const err162 = {instancePath:instancePath+"/ticket",schemaPath:"#/properties/ticket/required",keyword:"required",params:{missingProperty: "footer"},message:"must have required property '"+"footer"+"'"};
if(vErrors === null){
vErrors = [err162];
}
else {
vErrors.push(err162);
}
errors++;
}
if(data44.paperWidth === undefined){
const err163 = {instancePath:instancePath+"/ticket",schemaPath:"#/properties/ticket/required",keyword:"required",params:{missingProperty: "paperWidth"},message:"must have required property '"+"paperWidth"+"'"};
if(vErrors === null){
vErrors = [err163];
}
else {
vErrors.push(err163);
}
errors++;
}
for(const key12 in data44){
if(!((((key12 === "footer") || (key12 === "paperWidth")) || (key12 === "statusUrl")) || (key12 === "logo"))){
const err164 = {instancePath:instancePath+"/ticket",schemaPath:"#/properties/ticket/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key12},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err164];
}
else {
vErrors.push(err164);
}
errors++;
}
}
if(typeof data44.footer !== "string"){
const err165 = {instancePath:instancePath+"/ticket/footer",schemaPath:"#/properties/ticket/properties/footer/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err165];
}
else {
vErrors.push(err165);
}
errors++;
}
let data46 = data44.paperWidth;
if(!((typeof data46 == "number") && (!(data46 % 1) && !isNaN(data46)))){
const err166 = {instancePath:instancePath+"/ticket/paperWidth",schemaPath:"#/properties/ticket/properties/paperWidth/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err166];
}
else {
vErrors.push(err166);
}
errors++;
}
if(!((data46 === 58) || (data46 === 80))){
const err167 = {instancePath:instancePath+"/ticket/paperWidth",schemaPath:"#/properties/ticket/properties/paperWidth/enum",keyword:"enum",params:{allowedValues: schema16.properties.ticket.properties.paperWidth.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err167];
}
else {
vErrors.push(err167);
}
errors++;
}
if(errors > 0){
const emErrs24 = [];
for(const err168 of vErrors){
if(((((err168.keyword !== "errorMessage") && (!err168.emUsed)) && ((err168.instancePath === instancePath+"/ticket/paperWidth") || ((err168.instancePath.indexOf(instancePath+"/ticket/paperWidth") === 0) && (err168.instancePath[instancePath+"/ticket/paperWidth".length] === "/")))) && (err168.schemaPath.indexOf("#/properties/ticket/properties/paperWidth") === 0)) && (err168.schemaPath["#/properties/ticket/properties/paperWidth".length] === "/")){
emErrs24.push(err168);
err168.emUsed = true;
}
}
if(emErrs24.length){
const err169 = {instancePath:instancePath+"/ticket/paperWidth",schemaPath:"#/properties/ticket/properties/paperWidth/errorMessage",keyword:"errorMessage",params:{errors: emErrs24},message:"must be 58 or 80 (mm)"};
if(vErrors === null){
vErrors = [err169];
}
else {
vErrors.push(err169);
}
errors++;
}
const emErrs25 = [];
for(const err170 of vErrors){
if(!err170.emUsed){
emErrs25.push(err170);
}
}
vErrors = emErrs25;
errors = emErrs25.length;
}
if(data44.statusUrl !== undefined){
let data47 = data44.statusUrl;
if(typeof data47 === "string"){
if(!pattern11.test(data47)){
const err171 = {instancePath:instancePath+"/ticket/statusUrl",schemaPath:"#/properties/ticket/properties/statusUrl/pattern",keyword:"pattern",params:{pattern: "^https?://"},message:"must match pattern \""+"^https?://"+"\""};
if(vErrors === null){
vErrors = [err171];
}
else {
vErrors.push(err171);
}
errors++;
}
}
else {
const err172 = {instancePath:instancePath+"/ticket/statusUrl",schemaPath:"#/properties/ticket/properties/statusUrl/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err172];
}
else {
vErrors.push(err172);
}
errors++;
}
if(errors > 0){
const emErrs26 = [];
for(const err173 of vErrors){
if(((((err173.keyword !== "errorMessage") && (!err173.emUsed)) && ((err173.instancePath === instancePath+"/ticket/statusUrl") || ((err173.instancePath.indexOf(instancePath+"/ticket/statusUrl") === 0) && (err173.instancePath[instancePath+"/ticket/statusUrl".length] === "/")))) && (err173.schemaPath.indexOf("#/properties/ticket/properties/statusUrl") === 0)) && (err173.schemaPath["#/properties/ticket/properties/statusUrl".length] === "/")){
emErrs26.push(err173);
err173.emUsed = true;
}
}
if(emErrs26.length){
const err174 = {instancePath:instancePath+"/ticket/statusUrl",schemaPath:"#/properties/ticket/properties/statusUrl/errorMessage",keyword:"errorMessage",params:{errors: emErrs26},message:"must be an http(s) address; {token} in it is replaced by the ticket token, else the token is appended"};
if(vErrors === null){
vErrors = [err174];
}
else {
vErrors.push(err174);
}
errors++;
}
const emErrs27 = [];
for(const err175 of vErrors){
if(!err175.emUsed){
emErrs27.push(err175);
}
}
vErrors = emErrs27;
errors = emErrs27.length;
}
}
if(data44.logo !== undefined){
let data48 = data44.logo;
if(typeof data48 === "string"){
if(func3(data48) < 1){
const err176 = {instancePath:instancePath+"/ticket/logo",schemaPath:"#/properties/ticket/properties/logo/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err176];
}
else {
vErrors.push(err176);
}
errors++;
}
}
else {
const err177 = {instancePath:instancePath+"/ticket/logo",schemaPath:"#/properties/ticket/properties/logo/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err177];
}
else {
vErrors.push(err177);
}
errors++;
}
}
}
else {
const err178 = {instancePath:instancePath+"/ticket",schemaPath:"#/properties/ticket/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err178];
}
else {
vErrors.push(err178);
}
errors++;
}
let data49 = data.hub;
if(data49 && typeof data49 == "object" && !Array.isArray(data49)){
if(data49.broker === undefined){
data49.broker = {};
}
if(data49.snapshotEvery === undefined){
data49.snapshotEvery = 10000;
}
if(data49.retentionDays === undefined){
data49.retentionDays = 400;
}
if(data49.summaryRetentionDays === undefined){
data49.summaryRetentionDays = 3650;
}
if(data49.broker === undefined){
const err179 = {instancePath:instancePath+"/hub",schemaPath:"#/properties/hub/required",keyword:"required",params:{missingProperty: "broker"},message:"must have required property '"+"broker"+"'"};
if(vErrors === null){
vErrors = [err179];
}
else {
vErrors.push(err179);
}
errors++;
}
if(data49.snapshotEvery === undefined){
const err180 = {instancePath:instancePath+"/hub",schemaPath:"#/properties/hub/required",keyword:"required",params:{missingProperty: "snapshotEvery"},message:"must have required property '"+"snapshotEvery"+"'"};
if(vErrors === null){
vErrors = [err180];
}
else {
vErrors.push(err180);
}
errors++;
}
if(data49.retentionDays === undefined){
const err181 = {instancePath:instancePath+"/hub",schemaPath:"#/properties/hub/required",keyword:"required",params:{missingProperty: "retentionDays"},message:"must have required property '"+"retentionDays"+"'"};
if(vErrors === null){
vErrors = [err181];
}
else {
vErrors.push(err181);
}
errors++;
}
if(data49.summaryRetentionDays === undefined){
const err182 = {instancePath:instancePath+"/hub",schemaPath:"#/properties/hub/required",keyword:"required",params:{missingProperty: "summaryRetentionDays"},message:"must have required property '"+"summaryRetentionDays"+"'"};
if(vErrors === null){
vErrors = [err182];
}
else {
vErrors.push(err182);
}
errors++;
}
for(const key13 in data49){
if(!((((key13 === "broker") || (key13 === "snapshotEvery")) || (key13 === "retentionDays")) || (key13 === "summaryRetentionDays"))){
const err183 = {instancePath:instancePath+"/hub",schemaPath:"#/properties/hub/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key13},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err183];
}
else {
vErrors.push(err183);
}
errors++;
}
}
let data50 = data49.broker;
if(data50 && typeof data50 == "object" && !Array.isArray(data50)){
if(data50.mode === undefined){
data50.mode = "embedded";
}
if(data50.host === undefined){
data50.host = "127.0.0.1";
}
if(data50.port === undefined){
data50.port = 1883;
}
if(data50.limits === undefined){
data50.limits = {};
}
if(data50.viewers === undefined){
data50.viewers = [];
}
if(data50.mode === undefined){
const err184 = {instancePath:instancePath+"/hub/broker",schemaPath:"#/properties/hub/properties/broker/required",keyword:"required",params:{missingProperty: "mode"},message:"must have required property '"+"mode"+"'"};
if(vErrors === null){
vErrors = [err184];
}
else {
vErrors.push(err184);
}
errors++;
}
if(data50.host === undefined){
const err185 = {instancePath:instancePath+"/hub/broker",schemaPath:"#/properties/hub/properties/broker/required",keyword:"required",params:{missingProperty: "host"},message:"must have required property '"+"host"+"'"};
if(vErrors === null){
vErrors = [err185];
}
else {
vErrors.push(err185);
}
errors++;
}
if(data50.port === undefined){
const err186 = {instancePath:instancePath+"/hub/broker",schemaPath:"#/properties/hub/properties/broker/required",keyword:"required",params:{missingProperty: "port"},message:"must have required property '"+"port"+"'"};
if(vErrors === null){
vErrors = [err186];
}
else {
vErrors.push(err186);
}
errors++;
}
if(data50.limits === undefined){
const err187 = {instancePath:instancePath+"/hub/broker",schemaPath:"#/properties/hub/properties/broker/required",keyword:"required",params:{missingProperty: "limits"},message:"must have required property '"+"limits"+"'"};
if(vErrors === null){
vErrors = [err187];
}
else {
vErrors.push(err187);
}
errors++;
}
if(data50.viewers === undefined){
const err188 = {instancePath:instancePath+"/hub/broker",schemaPath:"#/properties/hub/properties/broker/required",keyword:"required",params:{missingProperty: "viewers"},message:"must have required property '"+"viewers"+"'"};
if(vErrors === null){
vErrors = [err188];
}
else {
vErrors.push(err188);
}
errors++;
}
for(const key14 in data50){
if(!((((((key14 === "mode") || (key14 === "host")) || (key14 === "port")) || (key14 === "websocketPort")) || (key14 === "limits")) || (key14 === "viewers"))){
const err189 = {instancePath:instancePath+"/hub/broker",schemaPath:"#/properties/hub/properties/broker/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key14},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err189];
}
else {
vErrors.push(err189);
}
errors++;
}
}
let data51 = data50.mode;
if(typeof data51 !== "string"){
const err190 = {instancePath:instancePath+"/hub/broker/mode",schemaPath:"#/properties/hub/properties/broker/properties/mode/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err190];
}
else {
vErrors.push(err190);
}
errors++;
}
if(!((data51 === "embedded") || (data51 === "external"))){
const err191 = {instancePath:instancePath+"/hub/broker/mode",schemaPath:"#/properties/hub/properties/broker/properties/mode/enum",keyword:"enum",params:{allowedValues: schema16.properties.hub.properties.broker.properties.mode.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err191];
}
else {
vErrors.push(err191);
}
errors++;
}
if(errors > 0){
const emErrs28 = [];
for(const err192 of vErrors){
if(((((err192.keyword !== "errorMessage") && (!err192.emUsed)) && ((err192.instancePath === instancePath+"/hub/broker/mode") || ((err192.instancePath.indexOf(instancePath+"/hub/broker/mode") === 0) && (err192.instancePath[instancePath+"/hub/broker/mode".length] === "/")))) && (err192.schemaPath.indexOf("#/properties/hub/properties/broker/properties/mode") === 0)) && (err192.schemaPath["#/properties/hub/properties/broker/properties/mode".length] === "/")){
emErrs28.push(err192);
err192.emUsed = true;
}
}
if(emErrs28.length){
const err193 = {instancePath:instancePath+"/hub/broker/mode",schemaPath:"#/properties/hub/properties/broker/properties/mode/errorMessage",keyword:"errorMessage",params:{errors: emErrs28},message:"must be one of: embedded, external"};
if(vErrors === null){
vErrors = [err193];
}
else {
vErrors.push(err193);
}
errors++;
}
const emErrs29 = [];
for(const err194 of vErrors){
if(!err194.emUsed){
emErrs29.push(err194);
}
}
vErrors = emErrs29;
errors = emErrs29.length;
}
if(typeof data50.host !== "string"){
const err195 = {instancePath:instancePath+"/hub/broker/host",schemaPath:"#/properties/hub/properties/broker/properties/host/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err195];
}
else {
vErrors.push(err195);
}
errors++;
}
let data53 = data50.port;
if(!((typeof data53 == "number") && (!(data53 % 1) && !isNaN(data53)))){
const err196 = {instancePath:instancePath+"/hub/broker/port",schemaPath:"#/properties/hub/properties/broker/properties/port/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err196];
}
else {
vErrors.push(err196);
}
errors++;
}
if(typeof data53 == "number"){
if(data53 > 65535 || isNaN(data53)){
const err197 = {instancePath:instancePath+"/hub/broker/port",schemaPath:"#/properties/hub/properties/broker/properties/port/maximum",keyword:"maximum",params:{comparison: "<=", limit: 65535},message:"must be <= 65535"};
if(vErrors === null){
vErrors = [err197];
}
else {
vErrors.push(err197);
}
errors++;
}
if(data53 < 0 || isNaN(data53)){
const err198 = {instancePath:instancePath+"/hub/broker/port",schemaPath:"#/properties/hub/properties/broker/properties/port/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err198];
}
else {
vErrors.push(err198);
}
errors++;
}
}
if(data50.websocketPort !== undefined){
let data54 = data50.websocketPort;
if(!((typeof data54 == "number") && (!(data54 % 1) && !isNaN(data54)))){
const err199 = {instancePath:instancePath+"/hub/broker/websocketPort",schemaPath:"#/properties/hub/properties/broker/properties/websocketPort/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err199];
}
else {
vErrors.push(err199);
}
errors++;
}
if(typeof data54 == "number"){
if(data54 > 65535 || isNaN(data54)){
const err200 = {instancePath:instancePath+"/hub/broker/websocketPort",schemaPath:"#/properties/hub/properties/broker/properties/websocketPort/maximum",keyword:"maximum",params:{comparison: "<=", limit: 65535},message:"must be <= 65535"};
if(vErrors === null){
vErrors = [err200];
}
else {
vErrors.push(err200);
}
errors++;
}
if(data54 < 0 || isNaN(data54)){
const err201 = {instancePath:instancePath+"/hub/broker/websocketPort",schemaPath:"#/properties/hub/properties/broker/properties/websocketPort/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err201];
}
else {
vErrors.push(err201);
}
errors++;
}
}
}
let data55 = data50.limits;
if(data55 && typeof data55 == "object" && !Array.isArray(data55)){
if(data55.maxPayloadBytes === undefined){
data55.maxPayloadBytes = 16384;
}
if(data55.maxTopicLevels === undefined){
data55.maxTopicLevels = 8;
}
if(data55.connectionsPerMinute === undefined){
data55.connectionsPerMinute = 120;
}
if(data55.maxPayloadBytes === undefined){
const err202 = {instancePath:instancePath+"/hub/broker/limits",schemaPath:"#/properties/hub/properties/broker/properties/limits/required",keyword:"required",params:{missingProperty: "maxPayloadBytes"},message:"must have required property '"+"maxPayloadBytes"+"'"};
if(vErrors === null){
vErrors = [err202];
}
else {
vErrors.push(err202);
}
errors++;
}
if(data55.maxTopicLevels === undefined){
const err203 = {instancePath:instancePath+"/hub/broker/limits",schemaPath:"#/properties/hub/properties/broker/properties/limits/required",keyword:"required",params:{missingProperty: "maxTopicLevels"},message:"must have required property '"+"maxTopicLevels"+"'"};
if(vErrors === null){
vErrors = [err203];
}
else {
vErrors.push(err203);
}
errors++;
}
if(data55.connectionsPerMinute === undefined){
const err204 = {instancePath:instancePath+"/hub/broker/limits",schemaPath:"#/properties/hub/properties/broker/properties/limits/required",keyword:"required",params:{missingProperty: "connectionsPerMinute"},message:"must have required property '"+"connectionsPerMinute"+"'"};
if(vErrors === null){
vErrors = [err204];
}
else {
vErrors.push(err204);
}
errors++;
}
for(const key15 in data55){
if(!(((key15 === "maxPayloadBytes") || (key15 === "maxTopicLevels")) || (key15 === "connectionsPerMinute"))){
const err205 = {instancePath:instancePath+"/hub/broker/limits",schemaPath:"#/properties/hub/properties/broker/properties/limits/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key15},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err205];
}
else {
vErrors.push(err205);
}
errors++;
}
}
let data56 = data55.maxPayloadBytes;
if(!((typeof data56 == "number") && (!(data56 % 1) && !isNaN(data56)))){
const err206 = {instancePath:instancePath+"/hub/broker/limits/maxPayloadBytes",schemaPath:"#/properties/hub/properties/broker/properties/limits/properties/maxPayloadBytes/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err206];
}
else {
vErrors.push(err206);
}
errors++;
}
if(typeof data56 == "number"){
if(data56 < 256 || isNaN(data56)){
const err207 = {instancePath:instancePath+"/hub/broker/limits/maxPayloadBytes",schemaPath:"#/properties/hub/properties/broker/properties/limits/properties/maxPayloadBytes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 256},message:"must be >= 256"};
if(vErrors === null){
vErrors = [err207];
}
else {
vErrors.push(err207);
}
errors++;
}
}
let data57 = data55.maxTopicLevels;
if(!((typeof data57 == "number") && (!(data57 % 1) && !isNaN(data57)))){
const err208 = {instancePath:instancePath+"/hub/broker/limits/maxTopicLevels",schemaPath:"#/properties/hub/properties/broker/properties/limits/properties/maxTopicLevels/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err208];
}
else {
vErrors.push(err208);
}
errors++;
}
if(typeof data57 == "number"){
if(data57 > 32 || isNaN(data57)){
const err209 = {instancePath:instancePath+"/hub/broker/limits/maxTopicLevels",schemaPath:"#/properties/hub/properties/broker/properties/limits/properties/maxTopicLevels/maximum",keyword:"maximum",params:{comparison: "<=", limit: 32},message:"must be <= 32"};
if(vErrors === null){
vErrors = [err209];
}
else {
vErrors.push(err209);
}
errors++;
}
if(data57 < 4 || isNaN(data57)){
const err210 = {instancePath:instancePath+"/hub/broker/limits/maxTopicLevels",schemaPath:"#/properties/hub/properties/broker/properties/limits/properties/maxTopicLevels/minimum",keyword:"minimum",params:{comparison: ">=", limit: 4},message:"must be >= 4"};
if(vErrors === null){
vErrors = [err210];
}
else {
vErrors.push(err210);
}
errors++;
}
}
let data58 = data55.connectionsPerMinute;
if(!((typeof data58 == "number") && (!(data58 % 1) && !isNaN(data58)))){
const err211 = {instancePath:instancePath+"/hub/broker/limits/connectionsPerMinute",schemaPath:"#/properties/hub/properties/broker/properties/limits/properties/connectionsPerMinute/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err211];
}
else {
vErrors.push(err211);
}
errors++;
}
if(typeof data58 == "number"){
if(data58 < 1 || isNaN(data58)){
const err212 = {instancePath:instancePath+"/hub/broker/limits/connectionsPerMinute",schemaPath:"#/properties/hub/properties/broker/properties/limits/properties/connectionsPerMinute/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err212];
}
else {
vErrors.push(err212);
}
errors++;
}
}
}
else {
const err213 = {instancePath:instancePath+"/hub/broker/limits",schemaPath:"#/properties/hub/properties/broker/properties/limits/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err213];
}
else {
vErrors.push(err213);
}
errors++;
}
let data59 = data50.viewers;
if(Array.isArray(data59)){
const len6 = data59.length;
for(let i7=0; i7<len6; i7++){
let data60 = data59[i7];
if(data60 && typeof data60 == "object" && !Array.isArray(data60)){
if(data60.name === undefined){
const err214 = {instancePath:instancePath+"/hub/broker/viewers/" + i7,schemaPath:"#/properties/hub/properties/broker/properties/viewers/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err214];
}
else {
vErrors.push(err214);
}
errors++;
}
if(data60.password === undefined){
const err215 = {instancePath:instancePath+"/hub/broker/viewers/" + i7,schemaPath:"#/properties/hub/properties/broker/properties/viewers/items/required",keyword:"required",params:{missingProperty: "password"},message:"must have required property '"+"password"+"'"};
if(vErrors === null){
vErrors = [err215];
}
else {
vErrors.push(err215);
}
errors++;
}
for(const key16 in data60){
if(!((key16 === "name") || (key16 === "password"))){
const err216 = {instancePath:instancePath+"/hub/broker/viewers/" + i7,schemaPath:"#/properties/hub/properties/broker/properties/viewers/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key16},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err216];
}
else {
vErrors.push(err216);
}
errors++;
}
}
if(data60.name !== undefined){
let data61 = data60.name;
if(typeof data61 === "string"){
if(!pattern0.test(data61)){
const err217 = {instancePath:instancePath+"/hub/broker/viewers/" + i7+"/name",schemaPath:"#/properties/hub/properties/broker/properties/viewers/items/properties/name/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]{0,31}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]{0,31}$"+"\""};
if(vErrors === null){
vErrors = [err217];
}
else {
vErrors.push(err217);
}
errors++;
}
}
else {
const err218 = {instancePath:instancePath+"/hub/broker/viewers/" + i7+"/name",schemaPath:"#/properties/hub/properties/broker/properties/viewers/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err218];
}
else {
vErrors.push(err218);
}
errors++;
}
if(errors > 0){
const emErrs30 = [];
for(const err219 of vErrors){
if(((((err219.keyword !== "errorMessage") && (!err219.emUsed)) && ((err219.instancePath === instancePath+"/hub/broker/viewers/" + i7+"/name") || ((err219.instancePath.indexOf(instancePath+"/hub/broker/viewers/" + i7+"/name") === 0) && (err219.instancePath[instancePath+"/hub/broker/viewers/" + i7+"/name".length] === "/")))) && (err219.schemaPath.indexOf("#/properties/hub/properties/broker/properties/viewers/items/properties/name") === 0)) && (err219.schemaPath["#/properties/hub/properties/broker/properties/viewers/items/properties/name".length] === "/")){
emErrs30.push(err219);
err219.emUsed = true;
}
}
if(emErrs30.length){
const err220 = {instancePath:instancePath+"/hub/broker/viewers/" + i7+"/name",schemaPath:"#/properties/hub/properties/broker/properties/viewers/items/properties/name/errorMessage",keyword:"errorMessage",params:{errors: emErrs30},message:"must be 1–32 lower-case letters, digits or dashes, starting with a letter or digit"};
if(vErrors === null){
vErrors = [err220];
}
else {
vErrors.push(err220);
}
errors++;
}
const emErrs31 = [];
for(const err221 of vErrors){
if(!err221.emUsed){
emErrs31.push(err221);
}
}
vErrors = emErrs31;
errors = emErrs31.length;
}
}
if(data60.password !== undefined){
let data62 = data60.password;
if(typeof data62 === "string"){
if(func3(data62) < 12){
const err222 = {instancePath:instancePath+"/hub/broker/viewers/" + i7+"/password",schemaPath:"#/properties/hub/properties/broker/properties/viewers/items/properties/password/minLength",keyword:"minLength",params:{limit: 12},message:"must NOT have fewer than 12 characters"};
if(vErrors === null){
vErrors = [err222];
}
else {
vErrors.push(err222);
}
errors++;
}
}
else {
const err223 = {instancePath:instancePath+"/hub/broker/viewers/" + i7+"/password",schemaPath:"#/properties/hub/properties/broker/properties/viewers/items/properties/password/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err223];
}
else {
vErrors.push(err223);
}
errors++;
}
if(errors > 0){
const emErrs32 = [];
for(const err224 of vErrors){
if(((((err224.keyword !== "errorMessage") && (!err224.emUsed)) && ((err224.instancePath === instancePath+"/hub/broker/viewers/" + i7+"/password") || ((err224.instancePath.indexOf(instancePath+"/hub/broker/viewers/" + i7+"/password") === 0) && (err224.instancePath[instancePath+"/hub/broker/viewers/" + i7+"/password".length] === "/")))) && (err224.schemaPath.indexOf("#/properties/hub/properties/broker/properties/viewers/items/properties/password") === 0)) && (err224.schemaPath["#/properties/hub/properties/broker/properties/viewers/items/properties/password".length] === "/")){
emErrs32.push(err224);
err224.emUsed = true;
}
}
if(emErrs32.length){
const err225 = {instancePath:instancePath+"/hub/broker/viewers/" + i7+"/password",schemaPath:"#/properties/hub/properties/broker/properties/viewers/items/properties/password/errorMessage",keyword:"errorMessage",params:{errors: emErrs32},message:"must be at least 12 characters"};
if(vErrors === null){
vErrors = [err225];
}
else {
vErrors.push(err225);
}
errors++;
}
const emErrs33 = [];
for(const err226 of vErrors){
if(!err226.emUsed){
emErrs33.push(err226);
}
}
vErrors = emErrs33;
errors = emErrs33.length;
}
}
}
else {
const err227 = {instancePath:instancePath+"/hub/broker/viewers/" + i7,schemaPath:"#/properties/hub/properties/broker/properties/viewers/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err227];
}
else {
vErrors.push(err227);
}
errors++;
}
}
}
else {
const err228 = {instancePath:instancePath+"/hub/broker/viewers",schemaPath:"#/properties/hub/properties/broker/properties/viewers/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err228];
}
else {
vErrors.push(err228);
}
errors++;
}
}
else {
const err229 = {instancePath:instancePath+"/hub/broker",schemaPath:"#/properties/hub/properties/broker/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err229];
}
else {
vErrors.push(err229);
}
errors++;
}
let data63 = data49.snapshotEvery;
if(!((typeof data63 == "number") && (!(data63 % 1) && !isNaN(data63)))){
const err230 = {instancePath:instancePath+"/hub/snapshotEvery",schemaPath:"#/properties/hub/properties/snapshotEvery/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err230];
}
else {
vErrors.push(err230);
}
errors++;
}
if(typeof data63 == "number"){
if(data63 < 100 || isNaN(data63)){
const err231 = {instancePath:instancePath+"/hub/snapshotEvery",schemaPath:"#/properties/hub/properties/snapshotEvery/minimum",keyword:"minimum",params:{comparison: ">=", limit: 100},message:"must be >= 100"};
if(vErrors === null){
vErrors = [err231];
}
else {
vErrors.push(err231);
}
errors++;
}
}
let data64 = data49.retentionDays;
if(!((typeof data64 == "number") && (!(data64 % 1) && !isNaN(data64)))){
const err232 = {instancePath:instancePath+"/hub/retentionDays",schemaPath:"#/properties/hub/properties/retentionDays/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err232];
}
else {
vErrors.push(err232);
}
errors++;
}
if(typeof data64 == "number"){
if(data64 < 1 || isNaN(data64)){
const err233 = {instancePath:instancePath+"/hub/retentionDays",schemaPath:"#/properties/hub/properties/retentionDays/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err233];
}
else {
vErrors.push(err233);
}
errors++;
}
}
let data65 = data49.summaryRetentionDays;
if(!((typeof data65 == "number") && (!(data65 % 1) && !isNaN(data65)))){
const err234 = {instancePath:instancePath+"/hub/summaryRetentionDays",schemaPath:"#/properties/hub/properties/summaryRetentionDays/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err234];
}
else {
vErrors.push(err234);
}
errors++;
}
if(typeof data65 == "number"){
if(data65 < 1 || isNaN(data65)){
const err235 = {instancePath:instancePath+"/hub/summaryRetentionDays",schemaPath:"#/properties/hub/properties/summaryRetentionDays/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err235];
}
else {
vErrors.push(err235);
}
errors++;
}
}
}
else {
const err236 = {instancePath:instancePath+"/hub",schemaPath:"#/properties/hub/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err236];
}
else {
vErrors.push(err236);
}
errors++;
}
if(data.callPoints !== undefined){
let data66 = data.callPoints;
if(data66 && typeof data66 == "object" && !Array.isArray(data66)){
if(data66.chains === undefined){
const err237 = {instancePath:instancePath+"/callPoints",schemaPath:"#/properties/callPoints/required",keyword:"required",params:{missingProperty: "chains"},message:"must have required property '"+"chains"+"'"};
if(vErrors === null){
vErrors = [err237];
}
else {
vErrors.push(err237);
}
errors++;
}
if(data66.modem === undefined){
const err238 = {instancePath:instancePath+"/callPoints",schemaPath:"#/properties/callPoints/required",keyword:"required",params:{missingProperty: "modem"},message:"must have required property '"+"modem"+"'"};
if(vErrors === null){
vErrors = [err238];
}
else {
vErrors.push(err238);
}
errors++;
}
for(const key17 in data66){
if(!((key17 === "chains") || (key17 === "modem"))){
const err239 = {instancePath:instancePath+"/callPoints",schemaPath:"#/properties/callPoints/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key17},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err239];
}
else {
vErrors.push(err239);
}
errors++;
}
}
if(data66.chains !== undefined){
let data67 = data66.chains;
if(Array.isArray(data67)){
if(data67.length < 1){
const err240 = {instancePath:instancePath+"/callPoints/chains",schemaPath:"#/properties/callPoints/properties/chains/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err240];
}
else {
vErrors.push(err240);
}
errors++;
}
const len7 = data67.length;
for(let i8=0; i8<len7; i8++){
let data68 = data67[i8];
if(data68 && typeof data68 == "object" && !Array.isArray(data68)){
if(data68.id === undefined){
const err241 = {instancePath:instancePath+"/callPoints/chains/" + i8,schemaPath:"#/properties/callPoints/properties/chains/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err241];
}
else {
vErrors.push(err241);
}
errors++;
}
if(data68.levels === undefined){
const err242 = {instancePath:instancePath+"/callPoints/chains/" + i8,schemaPath:"#/properties/callPoints/properties/chains/items/required",keyword:"required",params:{missingProperty: "levels"},message:"must have required property '"+"levels"+"'"};
if(vErrors === null){
vErrors = [err242];
}
else {
vErrors.push(err242);
}
errors++;
}
for(const key18 in data68){
if(!((key18 === "id") || (key18 === "levels"))){
const err243 = {instancePath:instancePath+"/callPoints/chains/" + i8,schemaPath:"#/properties/callPoints/properties/chains/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key18},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err243];
}
else {
vErrors.push(err243);
}
errors++;
}
}
if(data68.id !== undefined){
let data69 = data68.id;
if(typeof data69 === "string"){
if(!pattern0.test(data69)){
const err244 = {instancePath:instancePath+"/callPoints/chains/" + i8+"/id",schemaPath:"#/properties/callPoints/properties/chains/items/properties/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]{0,31}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]{0,31}$"+"\""};
if(vErrors === null){
vErrors = [err244];
}
else {
vErrors.push(err244);
}
errors++;
}
}
else {
const err245 = {instancePath:instancePath+"/callPoints/chains/" + i8+"/id",schemaPath:"#/properties/callPoints/properties/chains/items/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err245];
}
else {
vErrors.push(err245);
}
errors++;
}
if(errors > 0){
const emErrs34 = [];
for(const err246 of vErrors){
if(((((err246.keyword !== "errorMessage") && (!err246.emUsed)) && ((err246.instancePath === instancePath+"/callPoints/chains/" + i8+"/id") || ((err246.instancePath.indexOf(instancePath+"/callPoints/chains/" + i8+"/id") === 0) && (err246.instancePath[instancePath+"/callPoints/chains/" + i8+"/id".length] === "/")))) && (err246.schemaPath.indexOf("#/properties/callPoints/properties/chains/items/properties/id") === 0)) && (err246.schemaPath["#/properties/callPoints/properties/chains/items/properties/id".length] === "/")){
emErrs34.push(err246);
err246.emUsed = true;
}
}
if(emErrs34.length){
const err247 = {instancePath:instancePath+"/callPoints/chains/" + i8+"/id",schemaPath:"#/properties/callPoints/properties/chains/items/properties/id/errorMessage",keyword:"errorMessage",params:{errors: emErrs34},message:"must be 1–32 lower-case letters, digits or dashes, starting with a letter or digit"};
if(vErrors === null){
vErrors = [err247];
}
else {
vErrors.push(err247);
}
errors++;
}
const emErrs35 = [];
for(const err248 of vErrors){
if(!err248.emUsed){
emErrs35.push(err248);
}
}
vErrors = emErrs35;
errors = emErrs35.length;
}
}
if(data68.levels !== undefined){
let data70 = data68.levels;
if(Array.isArray(data70)){
if(data70.length < 1){
const err249 = {instancePath:instancePath+"/callPoints/chains/" + i8+"/levels",schemaPath:"#/properties/callPoints/properties/chains/items/properties/levels/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err249];
}
else {
vErrors.push(err249);
}
errors++;
}
const len8 = data70.length;
for(let i9=0; i9<len8; i9++){
let data71 = data70[i9];
if(data71 && typeof data71 == "object" && !Array.isArray(data71)){
if(data71.to === undefined){
const err250 = {instancePath:instancePath+"/callPoints/chains/" + i8+"/levels/" + i9,schemaPath:"#/properties/callPoints/properties/chains/items/properties/levels/items/required",keyword:"required",params:{missingProperty: "to"},message:"must have required property '"+"to"+"'"};
if(vErrors === null){
vErrors = [err250];
}
else {
vErrors.push(err250);
}
errors++;
}
for(const key19 in data71){
if(!((key19 === "to") || (key19 === "afterSeconds"))){
const err251 = {instancePath:instancePath+"/callPoints/chains/" + i8+"/levels/" + i9,schemaPath:"#/properties/callPoints/properties/chains/items/properties/levels/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key19},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err251];
}
else {
vErrors.push(err251);
}
errors++;
}
}
if(data71.to !== undefined){
let data72 = data71.to;
if(Array.isArray(data72)){
if(data72.length < 1){
const err252 = {instancePath:instancePath+"/callPoints/chains/" + i8+"/levels/" + i9+"/to",schemaPath:"#/properties/callPoints/properties/chains/items/properties/levels/items/properties/to/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err252];
}
else {
vErrors.push(err252);
}
errors++;
}
const len9 = data72.length;
for(let i10=0; i10<len9; i10++){
let data73 = data72[i10];
if(typeof data73 === "string"){
if(!pattern14.test(data73)){
const err253 = {instancePath:instancePath+"/callPoints/chains/" + i8+"/levels/" + i9+"/to/" + i10,schemaPath:"#/properties/callPoints/properties/chains/items/properties/levels/items/properties/to/items/pattern",keyword:"pattern",params:{pattern: "^\\+[0-9]{6,15}$"},message:"must match pattern \""+"^\\+[0-9]{6,15}$"+"\""};
if(vErrors === null){
vErrors = [err253];
}
else {
vErrors.push(err253);
}
errors++;
}
}
else {
const err254 = {instancePath:instancePath+"/callPoints/chains/" + i8+"/levels/" + i9+"/to/" + i10,schemaPath:"#/properties/callPoints/properties/chains/items/properties/levels/items/properties/to/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err254];
}
else {
vErrors.push(err254);
}
errors++;
}
if(errors > 0){
const emErrs36 = [];
for(const err255 of vErrors){
if(((((err255.keyword !== "errorMessage") && (!err255.emUsed)) && ((err255.instancePath === instancePath+"/callPoints/chains/" + i8+"/levels/" + i9+"/to/" + i10) || ((err255.instancePath.indexOf(instancePath+"/callPoints/chains/" + i8+"/levels/" + i9+"/to/" + i10) === 0) && (err255.instancePath[instancePath+"/callPoints/chains/" + i8+"/levels/" + i9+"/to/" + i10.length] === "/")))) && (err255.schemaPath.indexOf("#/properties/callPoints/properties/chains/items/properties/levels/items/properties/to/items") === 0)) && (err255.schemaPath["#/properties/callPoints/properties/chains/items/properties/levels/items/properties/to/items".length] === "/")){
emErrs36.push(err255);
err255.emUsed = true;
}
}
if(emErrs36.length){
const err256 = {instancePath:instancePath+"/callPoints/chains/" + i8+"/levels/" + i9+"/to/" + i10,schemaPath:"#/properties/callPoints/properties/chains/items/properties/levels/items/properties/to/items/errorMessage",keyword:"errorMessage",params:{errors: emErrs36},message:"must be an international number such as +491701234567"};
if(vErrors === null){
vErrors = [err256];
}
else {
vErrors.push(err256);
}
errors++;
}
const emErrs37 = [];
for(const err257 of vErrors){
if(!err257.emUsed){
emErrs37.push(err257);
}
}
vErrors = emErrs37;
errors = emErrs37.length;
}
}
}
else {
const err258 = {instancePath:instancePath+"/callPoints/chains/" + i8+"/levels/" + i9+"/to",schemaPath:"#/properties/callPoints/properties/chains/items/properties/levels/items/properties/to/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err258];
}
else {
vErrors.push(err258);
}
errors++;
}
}
if(data71.afterSeconds !== undefined){
let data74 = data71.afterSeconds;
if(!((typeof data74 == "number") && (!(data74 % 1) && !isNaN(data74)))){
const err259 = {instancePath:instancePath+"/callPoints/chains/" + i8+"/levels/" + i9+"/afterSeconds",schemaPath:"#/properties/callPoints/properties/chains/items/properties/levels/items/properties/afterSeconds/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err259];
}
else {
vErrors.push(err259);
}
errors++;
}
if(typeof data74 == "number"){
if(data74 < 10 || isNaN(data74)){
const err260 = {instancePath:instancePath+"/callPoints/chains/" + i8+"/levels/" + i9+"/afterSeconds",schemaPath:"#/properties/callPoints/properties/chains/items/properties/levels/items/properties/afterSeconds/minimum",keyword:"minimum",params:{comparison: ">=", limit: 10},message:"must be >= 10"};
if(vErrors === null){
vErrors = [err260];
}
else {
vErrors.push(err260);
}
errors++;
}
}
}
}
else {
const err261 = {instancePath:instancePath+"/callPoints/chains/" + i8+"/levels/" + i9,schemaPath:"#/properties/callPoints/properties/chains/items/properties/levels/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err261];
}
else {
vErrors.push(err261);
}
errors++;
}
}
}
else {
const err262 = {instancePath:instancePath+"/callPoints/chains/" + i8+"/levels",schemaPath:"#/properties/callPoints/properties/chains/items/properties/levels/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err262];
}
else {
vErrors.push(err262);
}
errors++;
}
}
}
else {
const err263 = {instancePath:instancePath+"/callPoints/chains/" + i8,schemaPath:"#/properties/callPoints/properties/chains/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err263];
}
else {
vErrors.push(err263);
}
errors++;
}
}
}
else {
const err264 = {instancePath:instancePath+"/callPoints/chains",schemaPath:"#/properties/callPoints/properties/chains/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err264];
}
else {
vErrors.push(err264);
}
errors++;
}
}
if(data66.modem !== undefined){
let data75 = data66.modem;
const _errs171 = errors;
let valid41 = false;
const _errs172 = errors;
if(data75 && typeof data75 == "object" && !Array.isArray(data75)){
if(data75.driver === undefined){
const err265 = {instancePath:instancePath+"/callPoints/modem",schemaPath:"#/properties/callPoints/properties/modem/anyOf/0/required",keyword:"required",params:{missingProperty: "driver"},message:"must have required property '"+"driver"+"'"};
if(vErrors === null){
vErrors = [err265];
}
else {
vErrors.push(err265);
}
errors++;
}
for(const key20 in data75){
if(!(key20 === "driver")){
const err266 = {instancePath:instancePath+"/callPoints/modem",schemaPath:"#/properties/callPoints/properties/modem/anyOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key20},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err266];
}
else {
vErrors.push(err266);
}
errors++;
}
}
if(data75.driver !== undefined){
let data76 = data75.driver;
if(typeof data76 !== "string"){
const err267 = {instancePath:instancePath+"/callPoints/modem/driver",schemaPath:"#/properties/callPoints/properties/modem/anyOf/0/properties/driver/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err267];
}
else {
vErrors.push(err267);
}
errors++;
}
if(!(data76 === "simulated")){
const err268 = {instancePath:instancePath+"/callPoints/modem/driver",schemaPath:"#/properties/callPoints/properties/modem/anyOf/0/properties/driver/enum",keyword:"enum",params:{allowedValues: schema16.properties.callPoints.properties.modem.anyOf[0].properties.driver.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err268];
}
else {
vErrors.push(err268);
}
errors++;
}
if(errors > 0){
const emErrs38 = [];
for(const err269 of vErrors){
if(((((err269.keyword !== "errorMessage") && (!err269.emUsed)) && ((err269.instancePath === instancePath+"/callPoints/modem/driver") || ((err269.instancePath.indexOf(instancePath+"/callPoints/modem/driver") === 0) && (err269.instancePath[instancePath+"/callPoints/modem/driver".length] === "/")))) && (err269.schemaPath.indexOf("#/properties/callPoints/properties/modem/anyOf/0/properties/driver") === 0)) && (err269.schemaPath["#/properties/callPoints/properties/modem/anyOf/0/properties/driver".length] === "/")){
emErrs38.push(err269);
err269.emUsed = true;
}
}
if(emErrs38.length){
const err270 = {instancePath:instancePath+"/callPoints/modem/driver",schemaPath:"#/properties/callPoints/properties/modem/anyOf/0/properties/driver/errorMessage",keyword:"errorMessage",params:{errors: emErrs38},message:"must be one of: simulated"};
if(vErrors === null){
vErrors = [err270];
}
else {
vErrors.push(err270);
}
errors++;
}
const emErrs39 = [];
for(const err271 of vErrors){
if(!err271.emUsed){
emErrs39.push(err271);
}
}
vErrors = emErrs39;
errors = emErrs39.length;
}
}
}
else {
const err272 = {instancePath:instancePath+"/callPoints/modem",schemaPath:"#/properties/callPoints/properties/modem/anyOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err272];
}
else {
vErrors.push(err272);
}
errors++;
}
var _valid0 = _errs172 === errors;
valid41 = valid41 || _valid0;
if(!valid41){
const _errs177 = errors;
if(data75 && typeof data75 == "object" && !Array.isArray(data75)){
if(data75.driver === undefined){
const err273 = {instancePath:instancePath+"/callPoints/modem",schemaPath:"#/properties/callPoints/properties/modem/anyOf/1/required",keyword:"required",params:{missingProperty: "driver"},message:"must have required property '"+"driver"+"'"};
if(vErrors === null){
vErrors = [err273];
}
else {
vErrors.push(err273);
}
errors++;
}
if(data75.path === undefined){
const err274 = {instancePath:instancePath+"/callPoints/modem",schemaPath:"#/properties/callPoints/properties/modem/anyOf/1/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'"};
if(vErrors === null){
vErrors = [err274];
}
else {
vErrors.push(err274);
}
errors++;
}
for(const key21 in data75){
if(!((((key21 === "driver") || (key21 === "path")) || (key21 === "baudRate")) || (key21 === "healthEverySeconds"))){
const err275 = {instancePath:instancePath+"/callPoints/modem",schemaPath:"#/properties/callPoints/properties/modem/anyOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key21},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err275];
}
else {
vErrors.push(err275);
}
errors++;
}
}
if(data75.driver !== undefined){
let data77 = data75.driver;
if(typeof data77 !== "string"){
const err276 = {instancePath:instancePath+"/callPoints/modem/driver",schemaPath:"#/properties/callPoints/properties/modem/anyOf/1/properties/driver/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err276];
}
else {
vErrors.push(err276);
}
errors++;
}
if(!(data77 === "gsm")){
const err277 = {instancePath:instancePath+"/callPoints/modem/driver",schemaPath:"#/properties/callPoints/properties/modem/anyOf/1/properties/driver/enum",keyword:"enum",params:{allowedValues: schema16.properties.callPoints.properties.modem.anyOf[1].properties.driver.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err277];
}
else {
vErrors.push(err277);
}
errors++;
}
if(errors > 0){
const emErrs40 = [];
for(const err278 of vErrors){
if(((((err278.keyword !== "errorMessage") && (!err278.emUsed)) && ((err278.instancePath === instancePath+"/callPoints/modem/driver") || ((err278.instancePath.indexOf(instancePath+"/callPoints/modem/driver") === 0) && (err278.instancePath[instancePath+"/callPoints/modem/driver".length] === "/")))) && (err278.schemaPath.indexOf("#/properties/callPoints/properties/modem/anyOf/1/properties/driver") === 0)) && (err278.schemaPath["#/properties/callPoints/properties/modem/anyOf/1/properties/driver".length] === "/")){
emErrs40.push(err278);
err278.emUsed = true;
}
}
if(emErrs40.length){
const err279 = {instancePath:instancePath+"/callPoints/modem/driver",schemaPath:"#/properties/callPoints/properties/modem/anyOf/1/properties/driver/errorMessage",keyword:"errorMessage",params:{errors: emErrs40},message:"must be one of: gsm"};
if(vErrors === null){
vErrors = [err279];
}
else {
vErrors.push(err279);
}
errors++;
}
const emErrs41 = [];
for(const err280 of vErrors){
if(!err280.emUsed){
emErrs41.push(err280);
}
}
vErrors = emErrs41;
errors = emErrs41.length;
}
}
if(data75.path !== undefined){
let data78 = data75.path;
if(typeof data78 === "string"){
if(func3(data78) < 1){
const err281 = {instancePath:instancePath+"/callPoints/modem/path",schemaPath:"#/properties/callPoints/properties/modem/anyOf/1/properties/path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err281];
}
else {
vErrors.push(err281);
}
errors++;
}
}
else {
const err282 = {instancePath:instancePath+"/callPoints/modem/path",schemaPath:"#/properties/callPoints/properties/modem/anyOf/1/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err282];
}
else {
vErrors.push(err282);
}
errors++;
}
}
if(data75.baudRate !== undefined){
let data79 = data75.baudRate;
if(!((typeof data79 == "number") && (!(data79 % 1) && !isNaN(data79)))){
const err283 = {instancePath:instancePath+"/callPoints/modem/baudRate",schemaPath:"#/properties/callPoints/properties/modem/anyOf/1/properties/baudRate/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err283];
}
else {
vErrors.push(err283);
}
errors++;
}
if(typeof data79 == "number"){
if(data79 < 1200 || isNaN(data79)){
const err284 = {instancePath:instancePath+"/callPoints/modem/baudRate",schemaPath:"#/properties/callPoints/properties/modem/anyOf/1/properties/baudRate/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1200},message:"must be >= 1200"};
if(vErrors === null){
vErrors = [err284];
}
else {
vErrors.push(err284);
}
errors++;
}
}
}
if(data75.healthEverySeconds !== undefined){
let data80 = data75.healthEverySeconds;
if(!((typeof data80 == "number") && (!(data80 % 1) && !isNaN(data80)))){
const err285 = {instancePath:instancePath+"/callPoints/modem/healthEverySeconds",schemaPath:"#/properties/callPoints/properties/modem/anyOf/1/properties/healthEverySeconds/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err285];
}
else {
vErrors.push(err285);
}
errors++;
}
if(typeof data80 == "number"){
if(data80 < 10 || isNaN(data80)){
const err286 = {instancePath:instancePath+"/callPoints/modem/healthEverySeconds",schemaPath:"#/properties/callPoints/properties/modem/anyOf/1/properties/healthEverySeconds/minimum",keyword:"minimum",params:{comparison: ">=", limit: 10},message:"must be >= 10"};
if(vErrors === null){
vErrors = [err286];
}
else {
vErrors.push(err286);
}
errors++;
}
}
}
}
else {
const err287 = {instancePath:instancePath+"/callPoints/modem",schemaPath:"#/properties/callPoints/properties/modem/anyOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err287];
}
else {
vErrors.push(err287);
}
errors++;
}
var _valid0 = _errs177 === errors;
valid41 = valid41 || _valid0;
}
if(!valid41){
const err288 = {instancePath:instancePath+"/callPoints/modem",schemaPath:"#/properties/callPoints/properties/modem/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err288];
}
else {
vErrors.push(err288);
}
errors++;
}
else {
errors = _errs171;
if(vErrors !== null){
if(_errs171){
vErrors.length = _errs171;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err289 = {instancePath:instancePath+"/callPoints",schemaPath:"#/properties/callPoints/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err289];
}
else {
vErrors.push(err289);
}
errors++;
}
}
if(data.ratings !== undefined){
let data81 = data.ratings;
if(data81 && typeof data81 == "object" && !Array.isArray(data81)){
if(data81.scale === undefined){
data81.scale = 5;
}
if(data81.recentSeconds === undefined){
data81.recentSeconds = 120;
}
if(data81.scale === undefined){
const err290 = {instancePath:instancePath+"/ratings",schemaPath:"#/properties/ratings/required",keyword:"required",params:{missingProperty: "scale"},message:"must have required property '"+"scale"+"'"};
if(vErrors === null){
vErrors = [err290];
}
else {
vErrors.push(err290);
}
errors++;
}
if(data81.recentSeconds === undefined){
const err291 = {instancePath:instancePath+"/ratings",schemaPath:"#/properties/ratings/required",keyword:"required",params:{missingProperty: "recentSeconds"},message:"must have required property '"+"recentSeconds"+"'"};
if(vErrors === null){
vErrors = [err291];
}
else {
vErrors.push(err291);
}
errors++;
}
for(const key22 in data81){
if(!((key22 === "scale") || (key22 === "recentSeconds"))){
const err292 = {instancePath:instancePath+"/ratings",schemaPath:"#/properties/ratings/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key22},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err292];
}
else {
vErrors.push(err292);
}
errors++;
}
}
let data82 = data81.scale;
if(!((typeof data82 == "number") && (!(data82 % 1) && !isNaN(data82)))){
const err293 = {instancePath:instancePath+"/ratings/scale",schemaPath:"#/properties/ratings/properties/scale/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err293];
}
else {
vErrors.push(err293);
}
errors++;
}
if(typeof data82 == "number"){
if(data82 > 5 || isNaN(data82)){
const err294 = {instancePath:instancePath+"/ratings/scale",schemaPath:"#/properties/ratings/properties/scale/maximum",keyword:"maximum",params:{comparison: "<=", limit: 5},message:"must be <= 5"};
if(vErrors === null){
vErrors = [err294];
}
else {
vErrors.push(err294);
}
errors++;
}
if(data82 < 3 || isNaN(data82)){
const err295 = {instancePath:instancePath+"/ratings/scale",schemaPath:"#/properties/ratings/properties/scale/minimum",keyword:"minimum",params:{comparison: ">=", limit: 3},message:"must be >= 3"};
if(vErrors === null){
vErrors = [err295];
}
else {
vErrors.push(err295);
}
errors++;
}
}
let data83 = data81.recentSeconds;
if(!((typeof data83 == "number") && (!(data83 % 1) && !isNaN(data83)))){
const err296 = {instancePath:instancePath+"/ratings/recentSeconds",schemaPath:"#/properties/ratings/properties/recentSeconds/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err296];
}
else {
vErrors.push(err296);
}
errors++;
}
if(typeof data83 == "number"){
if(data83 < 10 || isNaN(data83)){
const err297 = {instancePath:instancePath+"/ratings/recentSeconds",schemaPath:"#/properties/ratings/properties/recentSeconds/minimum",keyword:"minimum",params:{comparison: ">=", limit: 10},message:"must be >= 10"};
if(vErrors === null){
vErrors = [err297];
}
else {
vErrors.push(err297);
}
errors++;
}
}
}
else {
const err298 = {instancePath:instancePath+"/ratings",schemaPath:"#/properties/ratings/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err298];
}
else {
vErrors.push(err298);
}
errors++;
}
}
if(data.board !== undefined){
let data84 = data.board;
if(data84 && typeof data84 == "object" && !Array.isArray(data84)){
if(data84.id === undefined){
const err299 = {instancePath:instancePath+"/board",schemaPath:"#/properties/board/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err299];
}
else {
vErrors.push(err299);
}
errors++;
}
if(data84.roles === undefined){
const err300 = {instancePath:instancePath+"/board",schemaPath:"#/properties/board/required",keyword:"required",params:{missingProperty: "roles"},message:"must have required property '"+"roles"+"'"};
if(vErrors === null){
vErrors = [err300];
}
else {
vErrors.push(err300);
}
errors++;
}
for(const key23 in data84){
if(!(func2.call(schema16.properties.board.properties, key23))){
const err301 = {instancePath:instancePath+"/board",schemaPath:"#/properties/board/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key23},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err301];
}
else {
vErrors.push(err301);
}
errors++;
}
}
if(data84.id !== undefined){
let data85 = data84.id;
if(typeof data85 === "string"){
if(!pattern0.test(data85)){
const err302 = {instancePath:instancePath+"/board/id",schemaPath:"#/properties/board/properties/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]{0,31}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]{0,31}$"+"\""};
if(vErrors === null){
vErrors = [err302];
}
else {
vErrors.push(err302);
}
errors++;
}
}
else {
const err303 = {instancePath:instancePath+"/board/id",schemaPath:"#/properties/board/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err303];
}
else {
vErrors.push(err303);
}
errors++;
}
if(errors > 0){
const emErrs42 = [];
for(const err304 of vErrors){
if(((((err304.keyword !== "errorMessage") && (!err304.emUsed)) && ((err304.instancePath === instancePath+"/board/id") || ((err304.instancePath.indexOf(instancePath+"/board/id") === 0) && (err304.instancePath[instancePath+"/board/id".length] === "/")))) && (err304.schemaPath.indexOf("#/properties/board/properties/id") === 0)) && (err304.schemaPath["#/properties/board/properties/id".length] === "/")){
emErrs42.push(err304);
err304.emUsed = true;
}
}
if(emErrs42.length){
const err305 = {instancePath:instancePath+"/board/id",schemaPath:"#/properties/board/properties/id/errorMessage",keyword:"errorMessage",params:{errors: emErrs42},message:"must be 1–32 lower-case letters, digits or dashes, starting with a letter or digit"};
if(vErrors === null){
vErrors = [err305];
}
else {
vErrors.push(err305);
}
errors++;
}
const emErrs43 = [];
for(const err306 of vErrors){
if(!err306.emUsed){
emErrs43.push(err306);
}
}
vErrors = emErrs43;
errors = emErrs43.length;
}
}
if(data84.password !== undefined){
let data86 = data84.password;
if(typeof data86 === "string"){
if(func3(data86) < 12){
const err307 = {instancePath:instancePath+"/board/password",schemaPath:"#/properties/board/properties/password/minLength",keyword:"minLength",params:{limit: 12},message:"must NOT have fewer than 12 characters"};
if(vErrors === null){
vErrors = [err307];
}
else {
vErrors.push(err307);
}
errors++;
}
}
else {
const err308 = {instancePath:instancePath+"/board/password",schemaPath:"#/properties/board/properties/password/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err308];
}
else {
vErrors.push(err308);
}
errors++;
}
if(errors > 0){
const emErrs44 = [];
for(const err309 of vErrors){
if(((((err309.keyword !== "errorMessage") && (!err309.emUsed)) && ((err309.instancePath === instancePath+"/board/password") || ((err309.instancePath.indexOf(instancePath+"/board/password") === 0) && (err309.instancePath[instancePath+"/board/password".length] === "/")))) && (err309.schemaPath.indexOf("#/properties/board/properties/password") === 0)) && (err309.schemaPath["#/properties/board/properties/password".length] === "/")){
emErrs44.push(err309);
err309.emUsed = true;
}
}
if(emErrs44.length){
const err310 = {instancePath:instancePath+"/board/password",schemaPath:"#/properties/board/properties/password/errorMessage",keyword:"errorMessage",params:{errors: emErrs44},message:"must be at least 12 characters"};
if(vErrors === null){
vErrors = [err310];
}
else {
vErrors.push(err310);
}
errors++;
}
const emErrs45 = [];
for(const err311 of vErrors){
if(!err311.emUsed){
emErrs45.push(err311);
}
}
vErrors = emErrs45;
errors = emErrs45.length;
}
}
if(data84.roles !== undefined){
let data87 = data84.roles;
if(Array.isArray(data87)){
if(data87.length < 1){
const err312 = {instancePath:instancePath+"/board/roles",schemaPath:"#/properties/board/properties/roles/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err312];
}
else {
vErrors.push(err312);
}
errors++;
}
const len10 = data87.length;
for(let i11=0; i11<len10; i11++){
let data88 = data87[i11];
if(typeof data88 !== "string"){
const err313 = {instancePath:instancePath+"/board/roles/" + i11,schemaPath:"#/properties/board/properties/roles/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err313];
}
else {
vErrors.push(err313);
}
errors++;
}
if(!((((((data88 === "hub") || (data88 === "dispenser")) || (data88 === "counter")) || (data88 === "display")) || (data88 === "announcer")) || (data88 === "callpoint"))){
const err314 = {instancePath:instancePath+"/board/roles/" + i11,schemaPath:"#/properties/board/properties/roles/items/enum",keyword:"enum",params:{allowedValues: schema16.properties.board.properties.roles.items.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err314];
}
else {
vErrors.push(err314);
}
errors++;
}
if(errors > 0){
const emErrs46 = [];
for(const err315 of vErrors){
if(((((err315.keyword !== "errorMessage") && (!err315.emUsed)) && ((err315.instancePath === instancePath+"/board/roles/" + i11) || ((err315.instancePath.indexOf(instancePath+"/board/roles/" + i11) === 0) && (err315.instancePath[instancePath+"/board/roles/" + i11.length] === "/")))) && (err315.schemaPath.indexOf("#/properties/board/properties/roles/items") === 0)) && (err315.schemaPath["#/properties/board/properties/roles/items".length] === "/")){
emErrs46.push(err315);
err315.emUsed = true;
}
}
if(emErrs46.length){
const err316 = {instancePath:instancePath+"/board/roles/" + i11,schemaPath:"#/properties/board/properties/roles/items/errorMessage",keyword:"errorMessage",params:{errors: emErrs46},message:"must be one of: hub, dispenser, counter, display, announcer, callpoint"};
if(vErrors === null){
vErrors = [err316];
}
else {
vErrors.push(err316);
}
errors++;
}
const emErrs47 = [];
for(const err317 of vErrors){
if(!err317.emUsed){
emErrs47.push(err317);
}
}
vErrors = emErrs47;
errors = emErrs47.length;
}
}
let i12 = data87.length;
let j1;
if(i12 > 1){
const indices1 = {};
for(;i12--;){
let item1 = data87[i12];
if(typeof item1 !== "string"){
continue;
}
if(typeof indices1[item1] == "number"){
j1 = indices1[item1];
const err318 = {instancePath:instancePath+"/board/roles",schemaPath:"#/properties/board/properties/roles/uniqueItems",keyword:"uniqueItems",params:{i: i12, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i12+" are identical)"};
if(vErrors === null){
vErrors = [err318];
}
else {
vErrors.push(err318);
}
errors++;
break;
}
indices1[item1] = i12;
}
}
}
else {
const err319 = {instancePath:instancePath+"/board/roles",schemaPath:"#/properties/board/properties/roles/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err319];
}
else {
vErrors.push(err319);
}
errors++;
}
}
if(data84.model !== undefined){
let data89 = data84.model;
if(typeof data89 !== "string"){
const err320 = {instancePath:instancePath+"/board/model",schemaPath:"#/properties/board/properties/model/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err320];
}
else {
vErrors.push(err320);
}
errors++;
}
if(!(((((data89 === "pi-3b") || (data89 === "pi-4b")) || (data89 === "pi-5")) || (data89 === "pi-zero-2w")) || (data89 === "cm4"))){
const err321 = {instancePath:instancePath+"/board/model",schemaPath:"#/properties/board/properties/model/enum",keyword:"enum",params:{allowedValues: schema16.properties.board.properties.model.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err321];
}
else {
vErrors.push(err321);
}
errors++;
}
if(errors > 0){
const emErrs48 = [];
for(const err322 of vErrors){
if(((((err322.keyword !== "errorMessage") && (!err322.emUsed)) && ((err322.instancePath === instancePath+"/board/model") || ((err322.instancePath.indexOf(instancePath+"/board/model") === 0) && (err322.instancePath[instancePath+"/board/model".length] === "/")))) && (err322.schemaPath.indexOf("#/properties/board/properties/model") === 0)) && (err322.schemaPath["#/properties/board/properties/model".length] === "/")){
emErrs48.push(err322);
err322.emUsed = true;
}
}
if(emErrs48.length){
const err323 = {instancePath:instancePath+"/board/model",schemaPath:"#/properties/board/properties/model/errorMessage",keyword:"errorMessage",params:{errors: emErrs48},message:"must be one of: pi-3b, pi-4b, pi-5, pi-zero-2w, cm4"};
if(vErrors === null){
vErrors = [err323];
}
else {
vErrors.push(err323);
}
errors++;
}
const emErrs49 = [];
for(const err324 of vErrors){
if(!err324.emUsed){
emErrs49.push(err324);
}
}
vErrors = emErrs49;
errors = emErrs49.length;
}
}
if(data84.dispenser !== undefined){
let data90 = data84.dispenser;
if(data90 && typeof data90 == "object" && !Array.isArray(data90)){
if(data90.cooldownMs === undefined){
data90.cooldownMs = 3000;
}
if(data90.technicianHoldMs === undefined){
data90.technicianHoldMs = 5000;
}
if(data90.printerPollMs === undefined){
data90.printerPollMs = 5000;
}
if(data90.buttons === undefined){
const err325 = {instancePath:instancePath+"/board/dispenser",schemaPath:"#/properties/board/properties/dispenser/required",keyword:"required",params:{missingProperty: "buttons"},message:"must have required property '"+"buttons"+"'"};
if(vErrors === null){
vErrors = [err325];
}
else {
vErrors.push(err325);
}
errors++;
}
if(data90.input === undefined){
const err326 = {instancePath:instancePath+"/board/dispenser",schemaPath:"#/properties/board/properties/dispenser/required",keyword:"required",params:{missingProperty: "input"},message:"must have required property '"+"input"+"'"};
if(vErrors === null){
vErrors = [err326];
}
else {
vErrors.push(err326);
}
errors++;
}
if(data90.printer === undefined){
const err327 = {instancePath:instancePath+"/board/dispenser",schemaPath:"#/properties/board/properties/dispenser/required",keyword:"required",params:{missingProperty: "printer"},message:"must have required property '"+"printer"+"'"};
if(vErrors === null){
vErrors = [err327];
}
else {
vErrors.push(err327);
}
errors++;
}
if(data90.cooldownMs === undefined){
const err328 = {instancePath:instancePath+"/board/dispenser",schemaPath:"#/properties/board/properties/dispenser/required",keyword:"required",params:{missingProperty: "cooldownMs"},message:"must have required property '"+"cooldownMs"+"'"};
if(vErrors === null){
vErrors = [err328];
}
else {
vErrors.push(err328);
}
errors++;
}
if(data90.technicianHoldMs === undefined){
const err329 = {instancePath:instancePath+"/board/dispenser",schemaPath:"#/properties/board/properties/dispenser/required",keyword:"required",params:{missingProperty: "technicianHoldMs"},message:"must have required property '"+"technicianHoldMs"+"'"};
if(vErrors === null){
vErrors = [err329];
}
else {
vErrors.push(err329);
}
errors++;
}
if(data90.printerPollMs === undefined){
const err330 = {instancePath:instancePath+"/board/dispenser",schemaPath:"#/properties/board/properties/dispenser/required",keyword:"required",params:{missingProperty: "printerPollMs"},message:"must have required property '"+"printerPollMs"+"'"};
if(vErrors === null){
vErrors = [err330];
}
else {
vErrors.push(err330);
}
errors++;
}
for(const key24 in data90){
if(!((((((key24 === "buttons") || (key24 === "input")) || (key24 === "printer")) || (key24 === "cooldownMs")) || (key24 === "technicianHoldMs")) || (key24 === "printerPollMs"))){
const err331 = {instancePath:instancePath+"/board/dispenser",schemaPath:"#/properties/board/properties/dispenser/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key24},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err331];
}
else {
vErrors.push(err331);
}
errors++;
}
}
if(data90.buttons !== undefined){
let data91 = data90.buttons;
if(Array.isArray(data91)){
if(data91.length < 1){
const err332 = {instancePath:instancePath+"/board/dispenser/buttons",schemaPath:"#/properties/board/properties/dispenser/properties/buttons/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err332];
}
else {
vErrors.push(err332);
}
errors++;
}
const len11 = data91.length;
for(let i13=0; i13<len11; i13++){
let data92 = data91[i13];
if(data92 && typeof data92 == "object" && !Array.isArray(data92)){
if(data92.service === undefined){
const err333 = {instancePath:instancePath+"/board/dispenser/buttons/" + i13,schemaPath:"#/properties/board/properties/dispenser/properties/buttons/items/required",keyword:"required",params:{missingProperty: "service"},message:"must have required property '"+"service"+"'"};
if(vErrors === null){
vErrors = [err333];
}
else {
vErrors.push(err333);
}
errors++;
}
for(const key25 in data92){
if(!(((key25 === "service") || (key25 === "pin")) || (key25 === "lamp"))){
const err334 = {instancePath:instancePath+"/board/dispenser/buttons/" + i13,schemaPath:"#/properties/board/properties/dispenser/properties/buttons/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key25},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err334];
}
else {
vErrors.push(err334);
}
errors++;
}
}
if(data92.service !== undefined){
let data93 = data92.service;
if(typeof data93 === "string"){
if(!pattern0.test(data93)){
const err335 = {instancePath:instancePath+"/board/dispenser/buttons/" + i13+"/service",schemaPath:"#/properties/board/properties/dispenser/properties/buttons/items/properties/service/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]{0,31}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]{0,31}$"+"\""};
if(vErrors === null){
vErrors = [err335];
}
else {
vErrors.push(err335);
}
errors++;
}
}
else {
const err336 = {instancePath:instancePath+"/board/dispenser/buttons/" + i13+"/service",schemaPath:"#/properties/board/properties/dispenser/properties/buttons/items/properties/service/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err336];
}
else {
vErrors.push(err336);
}
errors++;
}
if(errors > 0){
const emErrs50 = [];
for(const err337 of vErrors){
if(((((err337.keyword !== "errorMessage") && (!err337.emUsed)) && ((err337.instancePath === instancePath+"/board/dispenser/buttons/" + i13+"/service") || ((err337.instancePath.indexOf(instancePath+"/board/dispenser/buttons/" + i13+"/service") === 0) && (err337.instancePath[instancePath+"/board/dispenser/buttons/" + i13+"/service".length] === "/")))) && (err337.schemaPath.indexOf("#/properties/board/properties/dispenser/properties/buttons/items/properties/service") === 0)) && (err337.schemaPath["#/properties/board/properties/dispenser/properties/buttons/items/properties/service".length] === "/")){
emErrs50.push(err337);
err337.emUsed = true;
}
}
if(emErrs50.length){
const err338 = {instancePath:instancePath+"/board/dispenser/buttons/" + i13+"/service",schemaPath:"#/properties/board/properties/dispenser/properties/buttons/items/properties/service/errorMessage",keyword:"errorMessage",params:{errors: emErrs50},message:"must be 1–32 lower-case letters, digits or dashes, starting with a letter or digit"};
if(vErrors === null){
vErrors = [err338];
}
else {
vErrors.push(err338);
}
errors++;
}
const emErrs51 = [];
for(const err339 of vErrors){
if(!err339.emUsed){
emErrs51.push(err339);
}
}
vErrors = emErrs51;
errors = emErrs51.length;
}
}
if(data92.pin !== undefined){
let data94 = data92.pin;
const _errs219 = errors;
let valid53 = false;
const _errs220 = errors;
if(!((typeof data94 == "number") && (!(data94 % 1) && !isNaN(data94)))){
const err340 = {instancePath:instancePath+"/board/dispenser/buttons/" + i13+"/pin",schemaPath:"#/properties/board/properties/dispenser/properties/buttons/items/properties/pin/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err340];
}
else {
vErrors.push(err340);
}
errors++;
}
if(typeof data94 == "number"){
if(data94 > 40 || isNaN(data94)){
const err341 = {instancePath:instancePath+"/board/dispenser/buttons/" + i13+"/pin",schemaPath:"#/properties/board/properties/dispenser/properties/buttons/items/properties/pin/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 40},message:"must be <= 40"};
if(vErrors === null){
vErrors = [err341];
}
else {
vErrors.push(err341);
}
errors++;
}
if(data94 < 1 || isNaN(data94)){
const err342 = {instancePath:instancePath+"/board/dispenser/buttons/" + i13+"/pin",schemaPath:"#/properties/board/properties/dispenser/properties/buttons/items/properties/pin/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err342];
}
else {
vErrors.push(err342);
}
errors++;
}
}
var _valid1 = _errs220 === errors;
valid53 = valid53 || _valid1;
if(!valid53){
const _errs222 = errors;
if(typeof data94 === "string"){
if(!pattern17.test(data94)){
const err343 = {instancePath:instancePath+"/board/dispenser/buttons/" + i13+"/pin",schemaPath:"#/properties/board/properties/dispenser/properties/buttons/items/properties/pin/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^(pin)?[0-9]{1,2}$|^[A-Z][A-Z0-9_]*$"},message:"must match pattern \""+"^(pin)?[0-9]{1,2}$|^[A-Z][A-Z0-9_]*$"+"\""};
if(vErrors === null){
vErrors = [err343];
}
else {
vErrors.push(err343);
}
errors++;
}
}
else {
const err344 = {instancePath:instancePath+"/board/dispenser/buttons/" + i13+"/pin",schemaPath:"#/properties/board/properties/dispenser/properties/buttons/items/properties/pin/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err344];
}
else {
vErrors.push(err344);
}
errors++;
}
var _valid1 = _errs222 === errors;
valid53 = valid53 || _valid1;
}
if(!valid53){
const err345 = {instancePath:instancePath+"/board/dispenser/buttons/" + i13+"/pin",schemaPath:"#/properties/board/properties/dispenser/properties/buttons/items/properties/pin/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err345];
}
else {
vErrors.push(err345);
}
errors++;
}
else {
errors = _errs219;
if(vErrors !== null){
if(_errs219){
vErrors.length = _errs219;
}
else {
vErrors = null;
}
}
}
if(errors > 0){
const emErrs52 = [];
for(const err346 of vErrors){
if(((((err346.keyword !== "errorMessage") && (!err346.emUsed)) && ((err346.instancePath === instancePath+"/board/dispenser/buttons/" + i13+"/pin") || ((err346.instancePath.indexOf(instancePath+"/board/dispenser/buttons/" + i13+"/pin") === 0) && (err346.instancePath[instancePath+"/board/dispenser/buttons/" + i13+"/pin".length] === "/")))) && (err346.schemaPath.indexOf("#/properties/board/properties/dispenser/properties/buttons/items/properties/pin") === 0)) && (err346.schemaPath["#/properties/board/properties/dispenser/properties/buttons/items/properties/pin".length] === "/")){
emErrs52.push(err346);
err346.emUsed = true;
}
}
if(emErrs52.length){
const err347 = {instancePath:instancePath+"/board/dispenser/buttons/" + i13+"/pin",schemaPath:"#/properties/board/properties/dispenser/properties/buttons/items/properties/pin/errorMessage",keyword:"errorMessage",params:{errors: emErrs52},message:"must be a header pin number 1–40 or a signal name such as GPIO17"};
if(vErrors === null){
vErrors = [err347];
}
else {
vErrors.push(err347);
}
errors++;
}
const emErrs53 = [];
for(const err348 of vErrors){
if(!err348.emUsed){
emErrs53.push(err348);
}
}
vErrors = emErrs53;
errors = emErrs53.length;
}
}
if(data92.lamp !== undefined){
let data95 = data92.lamp;
const _errs225 = errors;
let valid54 = false;
const _errs226 = errors;
if(!((typeof data95 == "number") && (!(data95 % 1) && !isNaN(data95)))){
const err349 = {instancePath:instancePath+"/board/dispenser/buttons/" + i13+"/lamp",schemaPath:"#/properties/board/properties/dispenser/properties/buttons/items/properties/lamp/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err349];
}
else {
vErrors.push(err349);
}
errors++;
}
if(typeof data95 == "number"){
if(data95 > 40 || isNaN(data95)){
const err350 = {instancePath:instancePath+"/board/dispenser/buttons/" + i13+"/lamp",schemaPath:"#/properties/board/properties/dispenser/properties/buttons/items/properties/lamp/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 40},message:"must be <= 40"};
if(vErrors === null){
vErrors = [err350];
}
else {
vErrors.push(err350);
}
errors++;
}
if(data95 < 1 || isNaN(data95)){
const err351 = {instancePath:instancePath+"/board/dispenser/buttons/" + i13+"/lamp",schemaPath:"#/properties/board/properties/dispenser/properties/buttons/items/properties/lamp/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err351];
}
else {
vErrors.push(err351);
}
errors++;
}
}
var _valid2 = _errs226 === errors;
valid54 = valid54 || _valid2;
if(!valid54){
const _errs228 = errors;
if(typeof data95 === "string"){
if(!pattern17.test(data95)){
const err352 = {instancePath:instancePath+"/board/dispenser/buttons/" + i13+"/lamp",schemaPath:"#/properties/board/properties/dispenser/properties/buttons/items/properties/lamp/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^(pin)?[0-9]{1,2}$|^[A-Z][A-Z0-9_]*$"},message:"must match pattern \""+"^(pin)?[0-9]{1,2}$|^[A-Z][A-Z0-9_]*$"+"\""};
if(vErrors === null){
vErrors = [err352];
}
else {
vErrors.push(err352);
}
errors++;
}
}
else {
const err353 = {instancePath:instancePath+"/board/dispenser/buttons/" + i13+"/lamp",schemaPath:"#/properties/board/properties/dispenser/properties/buttons/items/properties/lamp/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err353];
}
else {
vErrors.push(err353);
}
errors++;
}
var _valid2 = _errs228 === errors;
valid54 = valid54 || _valid2;
}
if(!valid54){
const err354 = {instancePath:instancePath+"/board/dispenser/buttons/" + i13+"/lamp",schemaPath:"#/properties/board/properties/dispenser/properties/buttons/items/properties/lamp/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err354];
}
else {
vErrors.push(err354);
}
errors++;
}
else {
errors = _errs225;
if(vErrors !== null){
if(_errs225){
vErrors.length = _errs225;
}
else {
vErrors = null;
}
}
}
if(errors > 0){
const emErrs54 = [];
for(const err355 of vErrors){
if(((((err355.keyword !== "errorMessage") && (!err355.emUsed)) && ((err355.instancePath === instancePath+"/board/dispenser/buttons/" + i13+"/lamp") || ((err355.instancePath.indexOf(instancePath+"/board/dispenser/buttons/" + i13+"/lamp") === 0) && (err355.instancePath[instancePath+"/board/dispenser/buttons/" + i13+"/lamp".length] === "/")))) && (err355.schemaPath.indexOf("#/properties/board/properties/dispenser/properties/buttons/items/properties/lamp") === 0)) && (err355.schemaPath["#/properties/board/properties/dispenser/properties/buttons/items/properties/lamp".length] === "/")){
emErrs54.push(err355);
err355.emUsed = true;
}
}
if(emErrs54.length){
const err356 = {instancePath:instancePath+"/board/dispenser/buttons/" + i13+"/lamp",schemaPath:"#/properties/board/properties/dispenser/properties/buttons/items/properties/lamp/errorMessage",keyword:"errorMessage",params:{errors: emErrs54},message:"must be a header pin number 1–40 or a signal name such as GPIO17"};
if(vErrors === null){
vErrors = [err356];
}
else {
vErrors.push(err356);
}
errors++;
}
const emErrs55 = [];
for(const err357 of vErrors){
if(!err357.emUsed){
emErrs55.push(err357);
}
}
vErrors = emErrs55;
errors = emErrs55.length;
}
}
}
else {
const err358 = {instancePath:instancePath+"/board/dispenser/buttons/" + i13,schemaPath:"#/properties/board/properties/dispenser/properties/buttons/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err358];
}
else {
vErrors.push(err358);
}
errors++;
}
}
}
else {
const err359 = {instancePath:instancePath+"/board/dispenser/buttons",schemaPath:"#/properties/board/properties/dispenser/properties/buttons/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err359];
}
else {
vErrors.push(err359);
}
errors++;
}
}
if(data90.input !== undefined){
let data96 = data90.input;
const _errs231 = errors;
let valid55 = false;
const _errs232 = errors;
if(data96 && typeof data96 == "object" && !Array.isArray(data96)){
if(data96.driver === undefined){
const err360 = {instancePath:instancePath+"/board/dispenser/input",schemaPath:"#/properties/board/properties/dispenser/properties/input/anyOf/0/required",keyword:"required",params:{missingProperty: "driver"},message:"must have required property '"+"driver"+"'"};
if(vErrors === null){
vErrors = [err360];
}
else {
vErrors.push(err360);
}
errors++;
}
for(const key26 in data96){
if(!(key26 === "driver")){
const err361 = {instancePath:instancePath+"/board/dispenser/input",schemaPath:"#/properties/board/properties/dispenser/properties/input/anyOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key26},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err361];
}
else {
vErrors.push(err361);
}
errors++;
}
}
if(data96.driver !== undefined){
let data97 = data96.driver;
if(typeof data97 !== "string"){
const err362 = {instancePath:instancePath+"/board/dispenser/input/driver",schemaPath:"#/properties/board/properties/dispenser/properties/input/anyOf/0/properties/driver/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err362];
}
else {
vErrors.push(err362);
}
errors++;
}
if(!(data97 === "simulated")){
const err363 = {instancePath:instancePath+"/board/dispenser/input/driver",schemaPath:"#/properties/board/properties/dispenser/properties/input/anyOf/0/properties/driver/enum",keyword:"enum",params:{allowedValues: schema16.properties.board.properties.dispenser.properties.input.anyOf[0].properties.driver.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err363];
}
else {
vErrors.push(err363);
}
errors++;
}
if(errors > 0){
const emErrs56 = [];
for(const err364 of vErrors){
if(((((err364.keyword !== "errorMessage") && (!err364.emUsed)) && ((err364.instancePath === instancePath+"/board/dispenser/input/driver") || ((err364.instancePath.indexOf(instancePath+"/board/dispenser/input/driver") === 0) && (err364.instancePath[instancePath+"/board/dispenser/input/driver".length] === "/")))) && (err364.schemaPath.indexOf("#/properties/board/properties/dispenser/properties/input/anyOf/0/properties/driver") === 0)) && (err364.schemaPath["#/properties/board/properties/dispenser/properties/input/anyOf/0/properties/driver".length] === "/")){
emErrs56.push(err364);
err364.emUsed = true;
}
}
if(emErrs56.length){
const err365 = {instancePath:instancePath+"/board/dispenser/input/driver",schemaPath:"#/properties/board/properties/dispenser/properties/input/anyOf/0/properties/driver/errorMessage",keyword:"errorMessage",params:{errors: emErrs56},message:"must be one of: simulated"};
if(vErrors === null){
vErrors = [err365];
}
else {
vErrors.push(err365);
}
errors++;
}
const emErrs57 = [];
for(const err366 of vErrors){
if(!err366.emUsed){
emErrs57.push(err366);
}
}
vErrors = emErrs57;
errors = emErrs57.length;
}
}
}
else {
const err367 = {instancePath:instancePath+"/board/dispenser/input",schemaPath:"#/properties/board/properties/dispenser/properties/input/anyOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err367];
}
else {
vErrors.push(err367);
}
errors++;
}
var _valid3 = _errs232 === errors;
valid55 = valid55 || _valid3;
if(!valid55){
const _errs237 = errors;
if(data96 && typeof data96 == "object" && !Array.isArray(data96)){
if(data96.driver === undefined){
const err368 = {instancePath:instancePath+"/board/dispenser/input",schemaPath:"#/properties/board/properties/dispenser/properties/input/anyOf/1/required",keyword:"required",params:{missingProperty: "driver"},message:"must have required property '"+"driver"+"'"};
if(vErrors === null){
vErrors = [err368];
}
else {
vErrors.push(err368);
}
errors++;
}
for(const key27 in data96){
if(!(((((((key27 === "driver") || (key27 === "root")) || (key27 === "pollMs")) || (key27 === "activeLow")) || (key27 === "bias")) || (key27 === "debounceMs")) || (key27 === "longPressMs"))){
const err369 = {instancePath:instancePath+"/board/dispenser/input",schemaPath:"#/properties/board/properties/dispenser/properties/input/anyOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key27},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err369];
}
else {
vErrors.push(err369);
}
errors++;
}
}
if(data96.driver !== undefined){
let data98 = data96.driver;
if(typeof data98 !== "string"){
const err370 = {instancePath:instancePath+"/board/dispenser/input/driver",schemaPath:"#/properties/board/properties/dispenser/properties/input/anyOf/1/properties/driver/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err370];
}
else {
vErrors.push(err370);
}
errors++;
}
if(!(data98 === "sysfs")){
const err371 = {instancePath:instancePath+"/board/dispenser/input/driver",schemaPath:"#/properties/board/properties/dispenser/properties/input/anyOf/1/properties/driver/enum",keyword:"enum",params:{allowedValues: schema16.properties.board.properties.dispenser.properties.input.anyOf[1].properties.driver.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err371];
}
else {
vErrors.push(err371);
}
errors++;
}
if(errors > 0){
const emErrs58 = [];
for(const err372 of vErrors){
if(((((err372.keyword !== "errorMessage") && (!err372.emUsed)) && ((err372.instancePath === instancePath+"/board/dispenser/input/driver") || ((err372.instancePath.indexOf(instancePath+"/board/dispenser/input/driver") === 0) && (err372.instancePath[instancePath+"/board/dispenser/input/driver".length] === "/")))) && (err372.schemaPath.indexOf("#/properties/board/properties/dispenser/properties/input/anyOf/1/properties/driver") === 0)) && (err372.schemaPath["#/properties/board/properties/dispenser/properties/input/anyOf/1/properties/driver".length] === "/")){
emErrs58.push(err372);
err372.emUsed = true;
}
}
if(emErrs58.length){
const err373 = {instancePath:instancePath+"/board/dispenser/input/driver",schemaPath:"#/properties/board/properties/dispenser/properties/input/anyOf/1/properties/driver/errorMessage",keyword:"errorMessage",params:{errors: emErrs58},message:"must be one of: sysfs"};
if(vErrors === null){
vErrors = [err373];
}
else {
vErrors.push(err373);
}
errors++;
}
const emErrs59 = [];
for(const err374 of vErrors){
if(!err374.emUsed){
emErrs59.push(err374);
}
}
vErrors = emErrs59;
errors = emErrs59.length;
}
}
if(data96.root !== undefined){
if(typeof data96.root !== "string"){
const err375 = {instancePath:instancePath+"/board/dispenser/input/root",schemaPath:"#/properties/board/properties/dispenser/properties/input/anyOf/1/properties/root/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err375];
}
else {
vErrors.push(err375);
}
errors++;
}
}
if(data96.pollMs !== undefined){
let data100 = data96.pollMs;
if(!((typeof data100 == "number") && (!(data100 % 1) && !isNaN(data100)))){
const err376 = {instancePath:instancePath+"/board/dispenser/input/pollMs",schemaPath:"#/properties/board/properties/dispenser/properties/input/anyOf/1/properties/pollMs/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err376];
}
else {
vErrors.push(err376);
}
errors++;
}
if(typeof data100 == "number"){
if(data100 > 20 || isNaN(data100)){
const err377 = {instancePath:instancePath+"/board/dispenser/input/pollMs",schemaPath:"#/properties/board/properties/dispenser/properties/input/anyOf/1/properties/pollMs/maximum",keyword:"maximum",params:{comparison: "<=", limit: 20},message:"must be <= 20"};
if(vErrors === null){
vErrors = [err377];
}
else {
vErrors.push(err377);
}
errors++;
}
if(data100 < 1 || isNaN(data100)){
const err378 = {instancePath:instancePath+"/board/dispenser/input/pollMs",schemaPath:"#/properties/board/properties/dispenser/properties/input/anyOf/1/properties/pollMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err378];
}
else {
vErrors.push(err378);
}
errors++;
}
}
}
if(data96.activeLow !== undefined){
if(typeof data96.activeLow !== "boolean"){
const err379 = {instancePath:instancePath+"/board/dispenser/input/activeLow",schemaPath:"#/properties/board/properties/dispenser/properties/input/anyOf/1/properties/activeLow/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err379];
}
else {
vErrors.push(err379);
}
errors++;
}
}
if(data96.bias !== undefined){
let data102 = data96.bias;
if(typeof data102 !== "string"){
const err380 = {instancePath:instancePath+"/board/dispenser/input/bias",schemaPath:"#/properties/board/properties/dispenser/properties/input/anyOf/1/properties/bias/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err380];
}
else {
vErrors.push(err380);
}
errors++;
}
if(!(((data102 === "pull-up") || (data102 === "pull-down")) || (data102 === "as-is"))){
const err381 = {instancePath:instancePath+"/board/dispenser/input/bias",schemaPath:"#/properties/board/properties/dispenser/properties/input/anyOf/1/properties/bias/enum",keyword:"enum",params:{allowedValues: schema16.properties.board.properties.dispenser.properties.input.anyOf[1].properties.bias.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err381];
}
else {
vErrors.push(err381);
}
errors++;
}
if(errors > 0){
const emErrs60 = [];
for(const err382 of vErrors){
if(((((err382.keyword !== "errorMessage") && (!err382.emUsed)) && ((err382.instancePath === instancePath+"/board/dispenser/input/bias") || ((err382.instancePath.indexOf(instancePath+"/board/dispenser/input/bias") === 0) && (err382.instancePath[instancePath+"/board/dispenser/input/bias".length] === "/")))) && (err382.schemaPath.indexOf("#/properties/board/properties/dispenser/properties/input/anyOf/1/properties/bias") === 0)) && (err382.schemaPath["#/properties/board/properties/dispenser/properties/input/anyOf/1/properties/bias".length] === "/")){
emErrs60.push(err382);
err382.emUsed = true;
}
}
if(emErrs60.length){
const err383 = {instancePath:instancePath+"/board/dispenser/input/bias",schemaPath:"#/properties/board/properties/dispenser/properties/input/anyOf/1/properties/bias/errorMessage",keyword:"errorMessage",params:{errors: emErrs60},message:"must be one of: pull-up, pull-down, as-is"};
if(vErrors === null){
vErrors = [err383];
}
else {
vErrors.push(err383);
}
errors++;
}
const emErrs61 = [];
for(const err384 of vErrors){
if(!err384.emUsed){
emErrs61.push(err384);
}
}
vErrors = emErrs61;
errors = emErrs61.length;
}
}
if(data96.debounceMs !== undefined){
let data103 = data96.debounceMs;
if(!((typeof data103 == "number") && (!(data103 % 1) && !isNaN(data103)))){
const err385 = {instancePath:instancePath+"/board/dispenser/input/debounceMs",schemaPath:"#/properties/board/properties/dispenser/properties/input/anyOf/1/properties/debounceMs/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err385];
}
else {
vErrors.push(err385);
}
errors++;
}
if(typeof data103 == "number"){
if(data103 > 500 || isNaN(data103)){
const err386 = {instancePath:instancePath+"/board/dispenser/input/debounceMs",schemaPath:"#/properties/board/properties/dispenser/properties/input/anyOf/1/properties/debounceMs/maximum",keyword:"maximum",params:{comparison: "<=", limit: 500},message:"must be <= 500"};
if(vErrors === null){
vErrors = [err386];
}
else {
vErrors.push(err386);
}
errors++;
}
if(data103 < 1 || isNaN(data103)){
const err387 = {instancePath:instancePath+"/board/dispenser/input/debounceMs",schemaPath:"#/properties/board/properties/dispenser/properties/input/anyOf/1/properties/debounceMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err387];
}
else {
vErrors.push(err387);
}
errors++;
}
}
}
if(data96.longPressMs !== undefined){
let data104 = data96.longPressMs;
if(!((typeof data104 == "number") && (!(data104 % 1) && !isNaN(data104)))){
const err388 = {instancePath:instancePath+"/board/dispenser/input/longPressMs",schemaPath:"#/properties/board/properties/dispenser/properties/input/anyOf/1/properties/longPressMs/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err388];
}
else {
vErrors.push(err388);
}
errors++;
}
if(typeof data104 == "number"){
if(data104 > 60000 || isNaN(data104)){
const err389 = {instancePath:instancePath+"/board/dispenser/input/longPressMs",schemaPath:"#/properties/board/properties/dispenser/properties/input/anyOf/1/properties/longPressMs/maximum",keyword:"maximum",params:{comparison: "<=", limit: 60000},message:"must be <= 60000"};
if(vErrors === null){
vErrors = [err389];
}
else {
vErrors.push(err389);
}
errors++;
}
if(data104 < 200 || isNaN(data104)){
const err390 = {instancePath:instancePath+"/board/dispenser/input/longPressMs",schemaPath:"#/properties/board/properties/dispenser/properties/input/anyOf/1/properties/longPressMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 200},message:"must be >= 200"};
if(vErrors === null){
vErrors = [err390];
}
else {
vErrors.push(err390);
}
errors++;
}
}
}
}
else {
const err391 = {instancePath:instancePath+"/board/dispenser/input",schemaPath:"#/properties/board/properties/dispenser/properties/input/anyOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err391];
}
else {
vErrors.push(err391);
}
errors++;
}
var _valid3 = _errs237 === errors;
valid55 = valid55 || _valid3;
if(!valid55){
const _errs254 = errors;
if(data96 && typeof data96 == "object" && !Array.isArray(data96)){
if(data96.driver === undefined){
const err392 = {instancePath:instancePath+"/board/dispenser/input",schemaPath:"#/properties/board/properties/dispenser/properties/input/anyOf/2/required",keyword:"required",params:{missingProperty: "driver"},message:"must have required property '"+"driver"+"'"};
if(vErrors === null){
vErrors = [err392];
}
else {
vErrors.push(err392);
}
errors++;
}
for(const key28 in data96){
if(!(((((key28 === "driver") || (key28 === "activeLow")) || (key28 === "bias")) || (key28 === "debounceMs")) || (key28 === "longPressMs"))){
const err393 = {instancePath:instancePath+"/board/dispenser/input",schemaPath:"#/properties/board/properties/dispenser/properties/input/anyOf/2/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key28},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err393];
}
else {
vErrors.push(err393);
}
errors++;
}
}
if(data96.driver !== undefined){
let data105 = data96.driver;
if(typeof data105 !== "string"){
const err394 = {instancePath:instancePath+"/board/dispenser/input/driver",schemaPath:"#/properties/board/properties/dispenser/properties/input/anyOf/2/properties/driver/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err394];
}
else {
vErrors.push(err394);
}
errors++;
}
if(!(data105 === "gpiod")){
const err395 = {instancePath:instancePath+"/board/dispenser/input/driver",schemaPath:"#/properties/board/properties/dispenser/properties/input/anyOf/2/properties/driver/enum",keyword:"enum",params:{allowedValues: schema16.properties.board.properties.dispenser.properties.input.anyOf[2].properties.driver.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err395];
}
else {
vErrors.push(err395);
}
errors++;
}
if(errors > 0){
const emErrs62 = [];
for(const err396 of vErrors){
if(((((err396.keyword !== "errorMessage") && (!err396.emUsed)) && ((err396.instancePath === instancePath+"/board/dispenser/input/driver") || ((err396.instancePath.indexOf(instancePath+"/board/dispenser/input/driver") === 0) && (err396.instancePath[instancePath+"/board/dispenser/input/driver".length] === "/")))) && (err396.schemaPath.indexOf("#/properties/board/properties/dispenser/properties/input/anyOf/2/properties/driver") === 0)) && (err396.schemaPath["#/properties/board/properties/dispenser/properties/input/anyOf/2/properties/driver".length] === "/")){
emErrs62.push(err396);
err396.emUsed = true;
}
}
if(emErrs62.length){
const err397 = {instancePath:instancePath+"/board/dispenser/input/driver",schemaPath:"#/properties/board/properties/dispenser/properties/input/anyOf/2/properties/driver/errorMessage",keyword:"errorMessage",params:{errors: emErrs62},message:"must be one of: gpiod"};
if(vErrors === null){
vErrors = [err397];
}
else {
vErrors.push(err397);
}
errors++;
}
const emErrs63 = [];
for(const err398 of vErrors){
if(!err398.emUsed){
emErrs63.push(err398);
}
}
vErrors = emErrs63;
errors = emErrs63.length;
}
}
if(data96.activeLow !== undefined){
if(typeof data96.activeLow !== "boolean"){
const err399 = {instancePath:instancePath+"/board/dispenser/input/activeLow",schemaPath:"#/properties/board/properties/dispenser/properties/input/anyOf/2/properties/activeLow/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err399];
}
else {
vErrors.push(err399);
}
errors++;
}
}
if(data96.bias !== undefined){
let data107 = data96.bias;
if(typeof data107 !== "string"){
const err400 = {instancePath:instancePath+"/board/dispenser/input/bias",schemaPath:"#/properties/board/properties/dispenser/properties/input/anyOf/2/properties/bias/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err400];
}
else {
vErrors.push(err400);
}
errors++;
}
if(!(((data107 === "pull-up") || (data107 === "pull-down")) || (data107 === "as-is"))){
const err401 = {instancePath:instancePath+"/board/dispenser/input/bias",schemaPath:"#/properties/board/properties/dispenser/properties/input/anyOf/2/properties/bias/enum",keyword:"enum",params:{allowedValues: schema16.properties.board.properties.dispenser.properties.input.anyOf[2].properties.bias.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err401];
}
else {
vErrors.push(err401);
}
errors++;
}
if(errors > 0){
const emErrs64 = [];
for(const err402 of vErrors){
if(((((err402.keyword !== "errorMessage") && (!err402.emUsed)) && ((err402.instancePath === instancePath+"/board/dispenser/input/bias") || ((err402.instancePath.indexOf(instancePath+"/board/dispenser/input/bias") === 0) && (err402.instancePath[instancePath+"/board/dispenser/input/bias".length] === "/")))) && (err402.schemaPath.indexOf("#/properties/board/properties/dispenser/properties/input/anyOf/2/properties/bias") === 0)) && (err402.schemaPath["#/properties/board/properties/dispenser/properties/input/anyOf/2/properties/bias".length] === "/")){
emErrs64.push(err402);
err402.emUsed = true;
}
}
if(emErrs64.length){
const err403 = {instancePath:instancePath+"/board/dispenser/input/bias",schemaPath:"#/properties/board/properties/dispenser/properties/input/anyOf/2/properties/bias/errorMessage",keyword:"errorMessage",params:{errors: emErrs64},message:"must be one of: pull-up, pull-down, as-is"};
if(vErrors === null){
vErrors = [err403];
}
else {
vErrors.push(err403);
}
errors++;
}
const emErrs65 = [];
for(const err404 of vErrors){
if(!err404.emUsed){
emErrs65.push(err404);
}
}
vErrors = emErrs65;
errors = emErrs65.length;
}
}
if(data96.debounceMs !== undefined){
let data108 = data96.debounceMs;
if(!((typeof data108 == "number") && (!(data108 % 1) && !isNaN(data108)))){
const err405 = {instancePath:instancePath+"/board/dispenser/input/debounceMs",schemaPath:"#/properties/board/properties/dispenser/properties/input/anyOf/2/properties/debounceMs/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err405];
}
else {
vErrors.push(err405);
}
errors++;
}
if(typeof data108 == "number"){
if(data108 > 500 || isNaN(data108)){
const err406 = {instancePath:instancePath+"/board/dispenser/input/debounceMs",schemaPath:"#/properties/board/properties/dispenser/properties/input/anyOf/2/properties/debounceMs/maximum",keyword:"maximum",params:{comparison: "<=", limit: 500},message:"must be <= 500"};
if(vErrors === null){
vErrors = [err406];
}
else {
vErrors.push(err406);
}
errors++;
}
if(data108 < 1 || isNaN(data108)){
const err407 = {instancePath:instancePath+"/board/dispenser/input/debounceMs",schemaPath:"#/properties/board/properties/dispenser/properties/input/anyOf/2/properties/debounceMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err407];
}
else {
vErrors.push(err407);
}
errors++;
}
}
}
if(data96.longPressMs !== undefined){
let data109 = data96.longPressMs;
if(!((typeof data109 == "number") && (!(data109 % 1) && !isNaN(data109)))){
const err408 = {instancePath:instancePath+"/board/dispenser/input/longPressMs",schemaPath:"#/properties/board/properties/dispenser/properties/input/anyOf/2/properties/longPressMs/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err408];
}
else {
vErrors.push(err408);
}
errors++;
}
if(typeof data109 == "number"){
if(data109 > 60000 || isNaN(data109)){
const err409 = {instancePath:instancePath+"/board/dispenser/input/longPressMs",schemaPath:"#/properties/board/properties/dispenser/properties/input/anyOf/2/properties/longPressMs/maximum",keyword:"maximum",params:{comparison: "<=", limit: 60000},message:"must be <= 60000"};
if(vErrors === null){
vErrors = [err409];
}
else {
vErrors.push(err409);
}
errors++;
}
if(data109 < 200 || isNaN(data109)){
const err410 = {instancePath:instancePath+"/board/dispenser/input/longPressMs",schemaPath:"#/properties/board/properties/dispenser/properties/input/anyOf/2/properties/longPressMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 200},message:"must be >= 200"};
if(vErrors === null){
vErrors = [err410];
}
else {
vErrors.push(err410);
}
errors++;
}
}
}
}
else {
const err411 = {instancePath:instancePath+"/board/dispenser/input",schemaPath:"#/properties/board/properties/dispenser/properties/input/anyOf/2/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err411];
}
else {
vErrors.push(err411);
}
errors++;
}
var _valid3 = _errs254 === errors;
valid55 = valid55 || _valid3;
}
}
if(!valid55){
const err412 = {instancePath:instancePath+"/board/dispenser/input",schemaPath:"#/properties/board/properties/dispenser/properties/input/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err412];
}
else {
vErrors.push(err412);
}
errors++;
}
else {
errors = _errs231;
if(vErrors !== null){
if(_errs231){
vErrors.length = _errs231;
}
else {
vErrors = null;
}
}
}
}
if(data90.printer !== undefined){
let data110 = data90.printer;
const _errs268 = errors;
let valid59 = false;
const _errs269 = errors;
if(data110 && typeof data110 == "object" && !Array.isArray(data110)){
if(data110.driver === undefined){
const err413 = {instancePath:instancePath+"/board/dispenser/printer",schemaPath:"#/properties/board/properties/dispenser/properties/printer/anyOf/0/required",keyword:"required",params:{missingProperty: "driver"},message:"must have required property '"+"driver"+"'"};
if(vErrors === null){
vErrors = [err413];
}
else {
vErrors.push(err413);
}
errors++;
}
for(const key29 in data110){
if(!(key29 === "driver")){
const err414 = {instancePath:instancePath+"/board/dispenser/printer",schemaPath:"#/properties/board/properties/dispenser/properties/printer/anyOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key29},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err414];
}
else {
vErrors.push(err414);
}
errors++;
}
}
if(data110.driver !== undefined){
let data111 = data110.driver;
if(typeof data111 !== "string"){
const err415 = {instancePath:instancePath+"/board/dispenser/printer/driver",schemaPath:"#/properties/board/properties/dispenser/properties/printer/anyOf/0/properties/driver/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err415];
}
else {
vErrors.push(err415);
}
errors++;
}
if(!(data111 === "simulated")){
const err416 = {instancePath:instancePath+"/board/dispenser/printer/driver",schemaPath:"#/properties/board/properties/dispenser/properties/printer/anyOf/0/properties/driver/enum",keyword:"enum",params:{allowedValues: schema16.properties.board.properties.dispenser.properties.printer.anyOf[0].properties.driver.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err416];
}
else {
vErrors.push(err416);
}
errors++;
}
if(errors > 0){
const emErrs66 = [];
for(const err417 of vErrors){
if(((((err417.keyword !== "errorMessage") && (!err417.emUsed)) && ((err417.instancePath === instancePath+"/board/dispenser/printer/driver") || ((err417.instancePath.indexOf(instancePath+"/board/dispenser/printer/driver") === 0) && (err417.instancePath[instancePath+"/board/dispenser/printer/driver".length] === "/")))) && (err417.schemaPath.indexOf("#/properties/board/properties/dispenser/properties/printer/anyOf/0/properties/driver") === 0)) && (err417.schemaPath["#/properties/board/properties/dispenser/properties/printer/anyOf/0/properties/driver".length] === "/")){
emErrs66.push(err417);
err417.emUsed = true;
}
}
if(emErrs66.length){
const err418 = {instancePath:instancePath+"/board/dispenser/printer/driver",schemaPath:"#/properties/board/properties/dispenser/properties/printer/anyOf/0/properties/driver/errorMessage",keyword:"errorMessage",params:{errors: emErrs66},message:"must be one of: simulated"};
if(vErrors === null){
vErrors = [err418];
}
else {
vErrors.push(err418);
}
errors++;
}
const emErrs67 = [];
for(const err419 of vErrors){
if(!err419.emUsed){
emErrs67.push(err419);
}
}
vErrors = emErrs67;
errors = emErrs67.length;
}
}
}
else {
const err420 = {instancePath:instancePath+"/board/dispenser/printer",schemaPath:"#/properties/board/properties/dispenser/properties/printer/anyOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err420];
}
else {
vErrors.push(err420);
}
errors++;
}
var _valid4 = _errs269 === errors;
valid59 = valid59 || _valid4;
if(!valid59){
const _errs274 = errors;
if(data110 && typeof data110 == "object" && !Array.isArray(data110)){
if(data110.driver === undefined){
const err421 = {instancePath:instancePath+"/board/dispenser/printer",schemaPath:"#/properties/board/properties/dispenser/properties/printer/anyOf/1/required",keyword:"required",params:{missingProperty: "driver"},message:"must have required property '"+"driver"+"'"};
if(vErrors === null){
vErrors = [err421];
}
else {
vErrors.push(err421);
}
errors++;
}
if(data110.path === undefined){
const err422 = {instancePath:instancePath+"/board/dispenser/printer",schemaPath:"#/properties/board/properties/dispenser/properties/printer/anyOf/1/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'"};
if(vErrors === null){
vErrors = [err422];
}
else {
vErrors.push(err422);
}
errors++;
}
for(const key30 in data110){
if(!(((key30 === "driver") || (key30 === "path")) || (key30 === "baudRate"))){
const err423 = {instancePath:instancePath+"/board/dispenser/printer",schemaPath:"#/properties/board/properties/dispenser/properties/printer/anyOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key30},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err423];
}
else {
vErrors.push(err423);
}
errors++;
}
}
if(data110.driver !== undefined){
let data112 = data110.driver;
if(typeof data112 !== "string"){
const err424 = {instancePath:instancePath+"/board/dispenser/printer/driver",schemaPath:"#/properties/board/properties/dispenser/properties/printer/anyOf/1/properties/driver/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err424];
}
else {
vErrors.push(err424);
}
errors++;
}
if(!(data112 === "escpos-serial")){
const err425 = {instancePath:instancePath+"/board/dispenser/printer/driver",schemaPath:"#/properties/board/properties/dispenser/properties/printer/anyOf/1/properties/driver/enum",keyword:"enum",params:{allowedValues: schema16.properties.board.properties.dispenser.properties.printer.anyOf[1].properties.driver.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err425];
}
else {
vErrors.push(err425);
}
errors++;
}
if(errors > 0){
const emErrs68 = [];
for(const err426 of vErrors){
if(((((err426.keyword !== "errorMessage") && (!err426.emUsed)) && ((err426.instancePath === instancePath+"/board/dispenser/printer/driver") || ((err426.instancePath.indexOf(instancePath+"/board/dispenser/printer/driver") === 0) && (err426.instancePath[instancePath+"/board/dispenser/printer/driver".length] === "/")))) && (err426.schemaPath.indexOf("#/properties/board/properties/dispenser/properties/printer/anyOf/1/properties/driver") === 0)) && (err426.schemaPath["#/properties/board/properties/dispenser/properties/printer/anyOf/1/properties/driver".length] === "/")){
emErrs68.push(err426);
err426.emUsed = true;
}
}
if(emErrs68.length){
const err427 = {instancePath:instancePath+"/board/dispenser/printer/driver",schemaPath:"#/properties/board/properties/dispenser/properties/printer/anyOf/1/properties/driver/errorMessage",keyword:"errorMessage",params:{errors: emErrs68},message:"must be one of: escpos-serial"};
if(vErrors === null){
vErrors = [err427];
}
else {
vErrors.push(err427);
}
errors++;
}
const emErrs69 = [];
for(const err428 of vErrors){
if(!err428.emUsed){
emErrs69.push(err428);
}
}
vErrors = emErrs69;
errors = emErrs69.length;
}
}
if(data110.path !== undefined){
let data113 = data110.path;
if(typeof data113 === "string"){
if(func3(data113) < 1){
const err429 = {instancePath:instancePath+"/board/dispenser/printer/path",schemaPath:"#/properties/board/properties/dispenser/properties/printer/anyOf/1/properties/path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err429];
}
else {
vErrors.push(err429);
}
errors++;
}
}
else {
const err430 = {instancePath:instancePath+"/board/dispenser/printer/path",schemaPath:"#/properties/board/properties/dispenser/properties/printer/anyOf/1/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err430];
}
else {
vErrors.push(err430);
}
errors++;
}
}
if(data110.baudRate !== undefined){
let data114 = data110.baudRate;
if(!((typeof data114 == "number") && (!(data114 % 1) && !isNaN(data114)))){
const err431 = {instancePath:instancePath+"/board/dispenser/printer/baudRate",schemaPath:"#/properties/board/properties/dispenser/properties/printer/anyOf/1/properties/baudRate/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err431];
}
else {
vErrors.push(err431);
}
errors++;
}
if(typeof data114 == "number"){
if(data114 < 1200 || isNaN(data114)){
const err432 = {instancePath:instancePath+"/board/dispenser/printer/baudRate",schemaPath:"#/properties/board/properties/dispenser/properties/printer/anyOf/1/properties/baudRate/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1200},message:"must be >= 1200"};
if(vErrors === null){
vErrors = [err432];
}
else {
vErrors.push(err432);
}
errors++;
}
}
}
}
else {
const err433 = {instancePath:instancePath+"/board/dispenser/printer",schemaPath:"#/properties/board/properties/dispenser/properties/printer/anyOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err433];
}
else {
vErrors.push(err433);
}
errors++;
}
var _valid4 = _errs274 === errors;
valid59 = valid59 || _valid4;
if(!valid59){
const _errs283 = errors;
if(data110 && typeof data110 == "object" && !Array.isArray(data110)){
if(data110.driver === undefined){
const err434 = {instancePath:instancePath+"/board/dispenser/printer",schemaPath:"#/properties/board/properties/dispenser/properties/printer/anyOf/2/required",keyword:"required",params:{missingProperty: "driver"},message:"must have required property '"+"driver"+"'"};
if(vErrors === null){
vErrors = [err434];
}
else {
vErrors.push(err434);
}
errors++;
}
if(data110.path === undefined){
const err435 = {instancePath:instancePath+"/board/dispenser/printer",schemaPath:"#/properties/board/properties/dispenser/properties/printer/anyOf/2/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'"};
if(vErrors === null){
vErrors = [err435];
}
else {
vErrors.push(err435);
}
errors++;
}
for(const key31 in data110){
if(!((key31 === "driver") || (key31 === "path"))){
const err436 = {instancePath:instancePath+"/board/dispenser/printer",schemaPath:"#/properties/board/properties/dispenser/properties/printer/anyOf/2/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key31},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err436];
}
else {
vErrors.push(err436);
}
errors++;
}
}
if(data110.driver !== undefined){
let data115 = data110.driver;
if(typeof data115 !== "string"){
const err437 = {instancePath:instancePath+"/board/dispenser/printer/driver",schemaPath:"#/properties/board/properties/dispenser/properties/printer/anyOf/2/properties/driver/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err437];
}
else {
vErrors.push(err437);
}
errors++;
}
if(!(data115 === "escpos-usb")){
const err438 = {instancePath:instancePath+"/board/dispenser/printer/driver",schemaPath:"#/properties/board/properties/dispenser/properties/printer/anyOf/2/properties/driver/enum",keyword:"enum",params:{allowedValues: schema16.properties.board.properties.dispenser.properties.printer.anyOf[2].properties.driver.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err438];
}
else {
vErrors.push(err438);
}
errors++;
}
if(errors > 0){
const emErrs70 = [];
for(const err439 of vErrors){
if(((((err439.keyword !== "errorMessage") && (!err439.emUsed)) && ((err439.instancePath === instancePath+"/board/dispenser/printer/driver") || ((err439.instancePath.indexOf(instancePath+"/board/dispenser/printer/driver") === 0) && (err439.instancePath[instancePath+"/board/dispenser/printer/driver".length] === "/")))) && (err439.schemaPath.indexOf("#/properties/board/properties/dispenser/properties/printer/anyOf/2/properties/driver") === 0)) && (err439.schemaPath["#/properties/board/properties/dispenser/properties/printer/anyOf/2/properties/driver".length] === "/")){
emErrs70.push(err439);
err439.emUsed = true;
}
}
if(emErrs70.length){
const err440 = {instancePath:instancePath+"/board/dispenser/printer/driver",schemaPath:"#/properties/board/properties/dispenser/properties/printer/anyOf/2/properties/driver/errorMessage",keyword:"errorMessage",params:{errors: emErrs70},message:"must be one of: escpos-usb"};
if(vErrors === null){
vErrors = [err440];
}
else {
vErrors.push(err440);
}
errors++;
}
const emErrs71 = [];
for(const err441 of vErrors){
if(!err441.emUsed){
emErrs71.push(err441);
}
}
vErrors = emErrs71;
errors = emErrs71.length;
}
}
if(data110.path !== undefined){
let data116 = data110.path;
if(typeof data116 === "string"){
if(func3(data116) < 1){
const err442 = {instancePath:instancePath+"/board/dispenser/printer/path",schemaPath:"#/properties/board/properties/dispenser/properties/printer/anyOf/2/properties/path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err442];
}
else {
vErrors.push(err442);
}
errors++;
}
}
else {
const err443 = {instancePath:instancePath+"/board/dispenser/printer/path",schemaPath:"#/properties/board/properties/dispenser/properties/printer/anyOf/2/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err443];
}
else {
vErrors.push(err443);
}
errors++;
}
}
}
else {
const err444 = {instancePath:instancePath+"/board/dispenser/printer",schemaPath:"#/properties/board/properties/dispenser/properties/printer/anyOf/2/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err444];
}
else {
vErrors.push(err444);
}
errors++;
}
var _valid4 = _errs283 === errors;
valid59 = valid59 || _valid4;
if(!valid59){
const _errs290 = errors;
if(data110 && typeof data110 == "object" && !Array.isArray(data110)){
if(data110.driver === undefined){
const err445 = {instancePath:instancePath+"/board/dispenser/printer",schemaPath:"#/properties/board/properties/dispenser/properties/printer/anyOf/3/required",keyword:"required",params:{missingProperty: "driver"},message:"must have required property '"+"driver"+"'"};
if(vErrors === null){
vErrors = [err445];
}
else {
vErrors.push(err445);
}
errors++;
}
if(data110.host === undefined){
const err446 = {instancePath:instancePath+"/board/dispenser/printer",schemaPath:"#/properties/board/properties/dispenser/properties/printer/anyOf/3/required",keyword:"required",params:{missingProperty: "host"},message:"must have required property '"+"host"+"'"};
if(vErrors === null){
vErrors = [err446];
}
else {
vErrors.push(err446);
}
errors++;
}
for(const key32 in data110){
if(!(((key32 === "driver") || (key32 === "host")) || (key32 === "port"))){
const err447 = {instancePath:instancePath+"/board/dispenser/printer",schemaPath:"#/properties/board/properties/dispenser/properties/printer/anyOf/3/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key32},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err447];
}
else {
vErrors.push(err447);
}
errors++;
}
}
if(data110.driver !== undefined){
let data117 = data110.driver;
if(typeof data117 !== "string"){
const err448 = {instancePath:instancePath+"/board/dispenser/printer/driver",schemaPath:"#/properties/board/properties/dispenser/properties/printer/anyOf/3/properties/driver/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err448];
}
else {
vErrors.push(err448);
}
errors++;
}
if(!(data117 === "escpos-network")){
const err449 = {instancePath:instancePath+"/board/dispenser/printer/driver",schemaPath:"#/properties/board/properties/dispenser/properties/printer/anyOf/3/properties/driver/enum",keyword:"enum",params:{allowedValues: schema16.properties.board.properties.dispenser.properties.printer.anyOf[3].properties.driver.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err449];
}
else {
vErrors.push(err449);
}
errors++;
}
if(errors > 0){
const emErrs72 = [];
for(const err450 of vErrors){
if(((((err450.keyword !== "errorMessage") && (!err450.emUsed)) && ((err450.instancePath === instancePath+"/board/dispenser/printer/driver") || ((err450.instancePath.indexOf(instancePath+"/board/dispenser/printer/driver") === 0) && (err450.instancePath[instancePath+"/board/dispenser/printer/driver".length] === "/")))) && (err450.schemaPath.indexOf("#/properties/board/properties/dispenser/properties/printer/anyOf/3/properties/driver") === 0)) && (err450.schemaPath["#/properties/board/properties/dispenser/properties/printer/anyOf/3/properties/driver".length] === "/")){
emErrs72.push(err450);
err450.emUsed = true;
}
}
if(emErrs72.length){
const err451 = {instancePath:instancePath+"/board/dispenser/printer/driver",schemaPath:"#/properties/board/properties/dispenser/properties/printer/anyOf/3/properties/driver/errorMessage",keyword:"errorMessage",params:{errors: emErrs72},message:"must be one of: escpos-network"};
if(vErrors === null){
vErrors = [err451];
}
else {
vErrors.push(err451);
}
errors++;
}
const emErrs73 = [];
for(const err452 of vErrors){
if(!err452.emUsed){
emErrs73.push(err452);
}
}
vErrors = emErrs73;
errors = emErrs73.length;
}
}
if(data110.host !== undefined){
let data118 = data110.host;
if(typeof data118 === "string"){
if(func3(data118) < 1){
const err453 = {instancePath:instancePath+"/board/dispenser/printer/host",schemaPath:"#/properties/board/properties/dispenser/properties/printer/anyOf/3/properties/host/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err453];
}
else {
vErrors.push(err453);
}
errors++;
}
}
else {
const err454 = {instancePath:instancePath+"/board/dispenser/printer/host",schemaPath:"#/properties/board/properties/dispenser/properties/printer/anyOf/3/properties/host/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err454];
}
else {
vErrors.push(err454);
}
errors++;
}
}
if(data110.port !== undefined){
let data119 = data110.port;
if(!((typeof data119 == "number") && (!(data119 % 1) && !isNaN(data119)))){
const err455 = {instancePath:instancePath+"/board/dispenser/printer/port",schemaPath:"#/properties/board/properties/dispenser/properties/printer/anyOf/3/properties/port/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err455];
}
else {
vErrors.push(err455);
}
errors++;
}
if(typeof data119 == "number"){
if(data119 > 65535 || isNaN(data119)){
const err456 = {instancePath:instancePath+"/board/dispenser/printer/port",schemaPath:"#/properties/board/properties/dispenser/properties/printer/anyOf/3/properties/port/maximum",keyword:"maximum",params:{comparison: "<=", limit: 65535},message:"must be <= 65535"};
if(vErrors === null){
vErrors = [err456];
}
else {
vErrors.push(err456);
}
errors++;
}
if(data119 < 1 || isNaN(data119)){
const err457 = {instancePath:instancePath+"/board/dispenser/printer/port",schemaPath:"#/properties/board/properties/dispenser/properties/printer/anyOf/3/properties/port/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err457];
}
else {
vErrors.push(err457);
}
errors++;
}
}
}
}
else {
const err458 = {instancePath:instancePath+"/board/dispenser/printer",schemaPath:"#/properties/board/properties/dispenser/properties/printer/anyOf/3/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err458];
}
else {
vErrors.push(err458);
}
errors++;
}
var _valid4 = _errs290 === errors;
valid59 = valid59 || _valid4;
}
}
}
if(!valid59){
const err459 = {instancePath:instancePath+"/board/dispenser/printer",schemaPath:"#/properties/board/properties/dispenser/properties/printer/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err459];
}
else {
vErrors.push(err459);
}
errors++;
}
else {
errors = _errs268;
if(vErrors !== null){
if(_errs268){
vErrors.length = _errs268;
}
else {
vErrors = null;
}
}
}
}
let data120 = data90.cooldownMs;
if(!((typeof data120 == "number") && (!(data120 % 1) && !isNaN(data120)))){
const err460 = {instancePath:instancePath+"/board/dispenser/cooldownMs",schemaPath:"#/properties/board/properties/dispenser/properties/cooldownMs/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err460];
}
else {
vErrors.push(err460);
}
errors++;
}
if(typeof data120 == "number"){
if(data120 < 0 || isNaN(data120)){
const err461 = {instancePath:instancePath+"/board/dispenser/cooldownMs",schemaPath:"#/properties/board/properties/dispenser/properties/cooldownMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err461];
}
else {
vErrors.push(err461);
}
errors++;
}
}
let data121 = data90.technicianHoldMs;
if(!((typeof data121 == "number") && (!(data121 % 1) && !isNaN(data121)))){
const err462 = {instancePath:instancePath+"/board/dispenser/technicianHoldMs",schemaPath:"#/properties/board/properties/dispenser/properties/technicianHoldMs/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err462];
}
else {
vErrors.push(err462);
}
errors++;
}
if(typeof data121 == "number"){
if(data121 < 1000 || isNaN(data121)){
const err463 = {instancePath:instancePath+"/board/dispenser/technicianHoldMs",schemaPath:"#/properties/board/properties/dispenser/properties/technicianHoldMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1000},message:"must be >= 1000"};
if(vErrors === null){
vErrors = [err463];
}
else {
vErrors.push(err463);
}
errors++;
}
}
let data122 = data90.printerPollMs;
if(!((typeof data122 == "number") && (!(data122 % 1) && !isNaN(data122)))){
const err464 = {instancePath:instancePath+"/board/dispenser/printerPollMs",schemaPath:"#/properties/board/properties/dispenser/properties/printerPollMs/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err464];
}
else {
vErrors.push(err464);
}
errors++;
}
if(typeof data122 == "number"){
if(data122 < 500 || isNaN(data122)){
const err465 = {instancePath:instancePath+"/board/dispenser/printerPollMs",schemaPath:"#/properties/board/properties/dispenser/properties/printerPollMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 500},message:"must be >= 500"};
if(vErrors === null){
vErrors = [err465];
}
else {
vErrors.push(err465);
}
errors++;
}
}
}
else {
const err466 = {instancePath:instancePath+"/board/dispenser",schemaPath:"#/properties/board/properties/dispenser/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err466];
}
else {
vErrors.push(err466);
}
errors++;
}
}
if(data84.counters !== undefined){
let data123 = data84.counters;
if(Array.isArray(data123)){
const len12 = data123.length;
for(let i14=0; i14<len12; i14++){
let data124 = data123[i14];
if(data124 && typeof data124 == "object" && !Array.isArray(data124)){
if(data124.counter === undefined){
const err467 = {instancePath:instancePath+"/board/counters/" + i14,schemaPath:"#/properties/board/properties/counters/items/required",keyword:"required",params:{missingProperty: "counter"},message:"must have required property '"+"counter"+"'"};
if(vErrors === null){
vErrors = [err467];
}
else {
vErrors.push(err467);
}
errors++;
}
if(data124.input === undefined){
const err468 = {instancePath:instancePath+"/board/counters/" + i14,schemaPath:"#/properties/board/properties/counters/items/required",keyword:"required",params:{missingProperty: "input"},message:"must have required property '"+"input"+"'"};
if(vErrors === null){
vErrors = [err468];
}
else {
vErrors.push(err468);
}
errors++;
}
for(const key33 in data124){
if(!((key33 === "counter") || (key33 === "input"))){
const err469 = {instancePath:instancePath+"/board/counters/" + i14,schemaPath:"#/properties/board/properties/counters/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key33},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err469];
}
else {
vErrors.push(err469);
}
errors++;
}
}
if(data124.counter !== undefined){
let data125 = data124.counter;
if(typeof data125 === "string"){
if(!pattern0.test(data125)){
const err470 = {instancePath:instancePath+"/board/counters/" + i14+"/counter",schemaPath:"#/properties/board/properties/counters/items/properties/counter/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]{0,31}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]{0,31}$"+"\""};
if(vErrors === null){
vErrors = [err470];
}
else {
vErrors.push(err470);
}
errors++;
}
}
else {
const err471 = {instancePath:instancePath+"/board/counters/" + i14+"/counter",schemaPath:"#/properties/board/properties/counters/items/properties/counter/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err471];
}
else {
vErrors.push(err471);
}
errors++;
}
if(errors > 0){
const emErrs74 = [];
for(const err472 of vErrors){
if(((((err472.keyword !== "errorMessage") && (!err472.emUsed)) && ((err472.instancePath === instancePath+"/board/counters/" + i14+"/counter") || ((err472.instancePath.indexOf(instancePath+"/board/counters/" + i14+"/counter") === 0) && (err472.instancePath[instancePath+"/board/counters/" + i14+"/counter".length] === "/")))) && (err472.schemaPath.indexOf("#/properties/board/properties/counters/items/properties/counter") === 0)) && (err472.schemaPath["#/properties/board/properties/counters/items/properties/counter".length] === "/")){
emErrs74.push(err472);
err472.emUsed = true;
}
}
if(emErrs74.length){
const err473 = {instancePath:instancePath+"/board/counters/" + i14+"/counter",schemaPath:"#/properties/board/properties/counters/items/properties/counter/errorMessage",keyword:"errorMessage",params:{errors: emErrs74},message:"must be 1–32 lower-case letters, digits or dashes, starting with a letter or digit"};
if(vErrors === null){
vErrors = [err473];
}
else {
vErrors.push(err473);
}
errors++;
}
const emErrs75 = [];
for(const err474 of vErrors){
if(!err474.emUsed){
emErrs75.push(err474);
}
}
vErrors = emErrs75;
errors = emErrs75.length;
}
}
if(data124.input !== undefined){
let data126 = data124.input;
const _errs313 = errors;
let valid67 = false;
const _errs314 = errors;
if(data126 && typeof data126 == "object" && !Array.isArray(data126)){
if(data126.driver === undefined){
const err475 = {instancePath:instancePath+"/board/counters/" + i14+"/input",schemaPath:"#/properties/board/properties/counters/items/properties/input/anyOf/0/required",keyword:"required",params:{missingProperty: "driver"},message:"must have required property '"+"driver"+"'"};
if(vErrors === null){
vErrors = [err475];
}
else {
vErrors.push(err475);
}
errors++;
}
for(const key34 in data126){
if(!(key34 === "driver")){
const err476 = {instancePath:instancePath+"/board/counters/" + i14+"/input",schemaPath:"#/properties/board/properties/counters/items/properties/input/anyOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key34},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err476];
}
else {
vErrors.push(err476);
}
errors++;
}
}
if(data126.driver !== undefined){
let data127 = data126.driver;
if(typeof data127 !== "string"){
const err477 = {instancePath:instancePath+"/board/counters/" + i14+"/input/driver",schemaPath:"#/properties/board/properties/counters/items/properties/input/anyOf/0/properties/driver/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err477];
}
else {
vErrors.push(err477);
}
errors++;
}
if(!(data127 === "simulated")){
const err478 = {instancePath:instancePath+"/board/counters/" + i14+"/input/driver",schemaPath:"#/properties/board/properties/counters/items/properties/input/anyOf/0/properties/driver/enum",keyword:"enum",params:{allowedValues: schema16.properties.board.properties.counters.items.properties.input.anyOf[0].properties.driver.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err478];
}
else {
vErrors.push(err478);
}
errors++;
}
if(errors > 0){
const emErrs76 = [];
for(const err479 of vErrors){
if(((((err479.keyword !== "errorMessage") && (!err479.emUsed)) && ((err479.instancePath === instancePath+"/board/counters/" + i14+"/input/driver") || ((err479.instancePath.indexOf(instancePath+"/board/counters/" + i14+"/input/driver") === 0) && (err479.instancePath[instancePath+"/board/counters/" + i14+"/input/driver".length] === "/")))) && (err479.schemaPath.indexOf("#/properties/board/properties/counters/items/properties/input/anyOf/0/properties/driver") === 0)) && (err479.schemaPath["#/properties/board/properties/counters/items/properties/input/anyOf/0/properties/driver".length] === "/")){
emErrs76.push(err479);
err479.emUsed = true;
}
}
if(emErrs76.length){
const err480 = {instancePath:instancePath+"/board/counters/" + i14+"/input/driver",schemaPath:"#/properties/board/properties/counters/items/properties/input/anyOf/0/properties/driver/errorMessage",keyword:"errorMessage",params:{errors: emErrs76},message:"must be one of: simulated"};
if(vErrors === null){
vErrors = [err480];
}
else {
vErrors.push(err480);
}
errors++;
}
const emErrs77 = [];
for(const err481 of vErrors){
if(!err481.emUsed){
emErrs77.push(err481);
}
}
vErrors = emErrs77;
errors = emErrs77.length;
}
}
}
else {
const err482 = {instancePath:instancePath+"/board/counters/" + i14+"/input",schemaPath:"#/properties/board/properties/counters/items/properties/input/anyOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err482];
}
else {
vErrors.push(err482);
}
errors++;
}
var _valid5 = _errs314 === errors;
valid67 = valid67 || _valid5;
if(!valid67){
const _errs319 = errors;
if(data126 && typeof data126 == "object" && !Array.isArray(data126)){
if(data126.driver === undefined){
const err483 = {instancePath:instancePath+"/board/counters/" + i14+"/input",schemaPath:"#/properties/board/properties/counters/items/properties/input/anyOf/1/required",keyword:"required",params:{missingProperty: "driver"},message:"must have required property '"+"driver"+"'"};
if(vErrors === null){
vErrors = [err483];
}
else {
vErrors.push(err483);
}
errors++;
}
if(data126.path === undefined){
const err484 = {instancePath:instancePath+"/board/counters/" + i14+"/input",schemaPath:"#/properties/board/properties/counters/items/properties/input/anyOf/1/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'"};
if(vErrors === null){
vErrors = [err484];
}
else {
vErrors.push(err484);
}
errors++;
}
if(data126.protocol === undefined){
const err485 = {instancePath:instancePath+"/board/counters/" + i14+"/input",schemaPath:"#/properties/board/properties/counters/items/properties/input/anyOf/1/required",keyword:"required",params:{missingProperty: "protocol"},message:"must have required property '"+"protocol"+"'"};
if(vErrors === null){
vErrors = [err485];
}
else {
vErrors.push(err485);
}
errors++;
}
if(data126.address === undefined){
const err486 = {instancePath:instancePath+"/board/counters/" + i14+"/input",schemaPath:"#/properties/board/properties/counters/items/properties/input/anyOf/1/required",keyword:"required",params:{missingProperty: "address"},message:"must have required property '"+"address"+"'"};
if(vErrors === null){
vErrors = [err486];
}
else {
vErrors.push(err486);
}
errors++;
}
for(const key35 in data126){
if(!((((((key35 === "driver") || (key35 === "path")) || (key35 === "baudRate")) || (key35 === "protocol")) || (key35 === "address")) || (key35 === "redirectTo"))){
const err487 = {instancePath:instancePath+"/board/counters/" + i14+"/input",schemaPath:"#/properties/board/properties/counters/items/properties/input/anyOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key35},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err487];
}
else {
vErrors.push(err487);
}
errors++;
}
}
if(data126.driver !== undefined){
let data128 = data126.driver;
if(typeof data128 !== "string"){
const err488 = {instancePath:instancePath+"/board/counters/" + i14+"/input/driver",schemaPath:"#/properties/board/properties/counters/items/properties/input/anyOf/1/properties/driver/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err488];
}
else {
vErrors.push(err488);
}
errors++;
}
if(!(data128 === "rs485-keypad")){
const err489 = {instancePath:instancePath+"/board/counters/" + i14+"/input/driver",schemaPath:"#/properties/board/properties/counters/items/properties/input/anyOf/1/properties/driver/enum",keyword:"enum",params:{allowedValues: schema16.properties.board.properties.counters.items.properties.input.anyOf[1].properties.driver.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err489];
}
else {
vErrors.push(err489);
}
errors++;
}
if(errors > 0){
const emErrs78 = [];
for(const err490 of vErrors){
if(((((err490.keyword !== "errorMessage") && (!err490.emUsed)) && ((err490.instancePath === instancePath+"/board/counters/" + i14+"/input/driver") || ((err490.instancePath.indexOf(instancePath+"/board/counters/" + i14+"/input/driver") === 0) && (err490.instancePath[instancePath+"/board/counters/" + i14+"/input/driver".length] === "/")))) && (err490.schemaPath.indexOf("#/properties/board/properties/counters/items/properties/input/anyOf/1/properties/driver") === 0)) && (err490.schemaPath["#/properties/board/properties/counters/items/properties/input/anyOf/1/properties/driver".length] === "/")){
emErrs78.push(err490);
err490.emUsed = true;
}
}
if(emErrs78.length){
const err491 = {instancePath:instancePath+"/board/counters/" + i14+"/input/driver",schemaPath:"#/properties/board/properties/counters/items/properties/input/anyOf/1/properties/driver/errorMessage",keyword:"errorMessage",params:{errors: emErrs78},message:"must be one of: rs485-keypad"};
if(vErrors === null){
vErrors = [err491];
}
else {
vErrors.push(err491);
}
errors++;
}
const emErrs79 = [];
for(const err492 of vErrors){
if(!err492.emUsed){
emErrs79.push(err492);
}
}
vErrors = emErrs79;
errors = emErrs79.length;
}
}
if(data126.path !== undefined){
let data129 = data126.path;
if(typeof data129 === "string"){
if(func3(data129) < 1){
const err493 = {instancePath:instancePath+"/board/counters/" + i14+"/input/path",schemaPath:"#/properties/board/properties/counters/items/properties/input/anyOf/1/properties/path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err493];
}
else {
vErrors.push(err493);
}
errors++;
}
}
else {
const err494 = {instancePath:instancePath+"/board/counters/" + i14+"/input/path",schemaPath:"#/properties/board/properties/counters/items/properties/input/anyOf/1/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err494];
}
else {
vErrors.push(err494);
}
errors++;
}
}
if(data126.baudRate !== undefined){
let data130 = data126.baudRate;
if(!((typeof data130 == "number") && (!(data130 % 1) && !isNaN(data130)))){
const err495 = {instancePath:instancePath+"/board/counters/" + i14+"/input/baudRate",schemaPath:"#/properties/board/properties/counters/items/properties/input/anyOf/1/properties/baudRate/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err495];
}
else {
vErrors.push(err495);
}
errors++;
}
if(typeof data130 == "number"){
if(data130 > 115200 || isNaN(data130)){
const err496 = {instancePath:instancePath+"/board/counters/" + i14+"/input/baudRate",schemaPath:"#/properties/board/properties/counters/items/properties/input/anyOf/1/properties/baudRate/maximum",keyword:"maximum",params:{comparison: "<=", limit: 115200},message:"must be <= 115200"};
if(vErrors === null){
vErrors = [err496];
}
else {
vErrors.push(err496);
}
errors++;
}
if(data130 < 1200 || isNaN(data130)){
const err497 = {instancePath:instancePath+"/board/counters/" + i14+"/input/baudRate",schemaPath:"#/properties/board/properties/counters/items/properties/input/anyOf/1/properties/baudRate/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1200},message:"must be >= 1200"};
if(vErrors === null){
vErrors = [err497];
}
else {
vErrors.push(err497);
}
errors++;
}
}
}
if(data126.protocol !== undefined){
let data131 = data126.protocol;
if(typeof data131 !== "string"){
const err498 = {instancePath:instancePath+"/board/counters/" + i14+"/input/protocol",schemaPath:"#/properties/board/properties/counters/items/properties/input/anyOf/1/properties/protocol/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err498];
}
else {
vErrors.push(err498);
}
errors++;
}
if(!((data131 === "qsystem") || (data131 === "ascii"))){
const err499 = {instancePath:instancePath+"/board/counters/" + i14+"/input/protocol",schemaPath:"#/properties/board/properties/counters/items/properties/input/anyOf/1/properties/protocol/enum",keyword:"enum",params:{allowedValues: schema16.properties.board.properties.counters.items.properties.input.anyOf[1].properties.protocol.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err499];
}
else {
vErrors.push(err499);
}
errors++;
}
if(errors > 0){
const emErrs80 = [];
for(const err500 of vErrors){
if(((((err500.keyword !== "errorMessage") && (!err500.emUsed)) && ((err500.instancePath === instancePath+"/board/counters/" + i14+"/input/protocol") || ((err500.instancePath.indexOf(instancePath+"/board/counters/" + i14+"/input/protocol") === 0) && (err500.instancePath[instancePath+"/board/counters/" + i14+"/input/protocol".length] === "/")))) && (err500.schemaPath.indexOf("#/properties/board/properties/counters/items/properties/input/anyOf/1/properties/protocol") === 0)) && (err500.schemaPath["#/properties/board/properties/counters/items/properties/input/anyOf/1/properties/protocol".length] === "/")){
emErrs80.push(err500);
err500.emUsed = true;
}
}
if(emErrs80.length){
const err501 = {instancePath:instancePath+"/board/counters/" + i14+"/input/protocol",schemaPath:"#/properties/board/properties/counters/items/properties/input/anyOf/1/properties/protocol/errorMessage",keyword:"errorMessage",params:{errors: emErrs80},message:"must be one of: qsystem, ascii"};
if(vErrors === null){
vErrors = [err501];
}
else {
vErrors.push(err501);
}
errors++;
}
const emErrs81 = [];
for(const err502 of vErrors){
if(!err502.emUsed){
emErrs81.push(err502);
}
}
vErrors = emErrs81;
errors = emErrs81.length;
}
}
if(data126.address !== undefined){
let data132 = data126.address;
if(!((typeof data132 == "number") && (!(data132 % 1) && !isNaN(data132)))){
const err503 = {instancePath:instancePath+"/board/counters/" + i14+"/input/address",schemaPath:"#/properties/board/properties/counters/items/properties/input/anyOf/1/properties/address/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err503];
}
else {
vErrors.push(err503);
}
errors++;
}
if(typeof data132 == "number"){
if(data132 > 247 || isNaN(data132)){
const err504 = {instancePath:instancePath+"/board/counters/" + i14+"/input/address",schemaPath:"#/properties/board/properties/counters/items/properties/input/anyOf/1/properties/address/maximum",keyword:"maximum",params:{comparison: "<=", limit: 247},message:"must be <= 247"};
if(vErrors === null){
vErrors = [err504];
}
else {
vErrors.push(err504);
}
errors++;
}
if(data132 < 1 || isNaN(data132)){
const err505 = {instancePath:instancePath+"/board/counters/" + i14+"/input/address",schemaPath:"#/properties/board/properties/counters/items/properties/input/anyOf/1/properties/address/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err505];
}
else {
vErrors.push(err505);
}
errors++;
}
}
}
if(data126.redirectTo !== undefined){
let data133 = data126.redirectTo;
if(typeof data133 === "string"){
if(!pattern0.test(data133)){
const err506 = {instancePath:instancePath+"/board/counters/" + i14+"/input/redirectTo",schemaPath:"#/properties/board/properties/counters/items/properties/input/anyOf/1/properties/redirectTo/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]{0,31}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]{0,31}$"+"\""};
if(vErrors === null){
vErrors = [err506];
}
else {
vErrors.push(err506);
}
errors++;
}
}
else {
const err507 = {instancePath:instancePath+"/board/counters/" + i14+"/input/redirectTo",schemaPath:"#/properties/board/properties/counters/items/properties/input/anyOf/1/properties/redirectTo/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err507];
}
else {
vErrors.push(err507);
}
errors++;
}
if(errors > 0){
const emErrs82 = [];
for(const err508 of vErrors){
if(((((err508.keyword !== "errorMessage") && (!err508.emUsed)) && ((err508.instancePath === instancePath+"/board/counters/" + i14+"/input/redirectTo") || ((err508.instancePath.indexOf(instancePath+"/board/counters/" + i14+"/input/redirectTo") === 0) && (err508.instancePath[instancePath+"/board/counters/" + i14+"/input/redirectTo".length] === "/")))) && (err508.schemaPath.indexOf("#/properties/board/properties/counters/items/properties/input/anyOf/1/properties/redirectTo") === 0)) && (err508.schemaPath["#/properties/board/properties/counters/items/properties/input/anyOf/1/properties/redirectTo".length] === "/")){
emErrs82.push(err508);
err508.emUsed = true;
}
}
if(emErrs82.length){
const err509 = {instancePath:instancePath+"/board/counters/" + i14+"/input/redirectTo",schemaPath:"#/properties/board/properties/counters/items/properties/input/anyOf/1/properties/redirectTo/errorMessage",keyword:"errorMessage",params:{errors: emErrs82},message:"must be 1–32 lower-case letters, digits or dashes, starting with a letter or digit"};
if(vErrors === null){
vErrors = [err509];
}
else {
vErrors.push(err509);
}
errors++;
}
const emErrs83 = [];
for(const err510 of vErrors){
if(!err510.emUsed){
emErrs83.push(err510);
}
}
vErrors = emErrs83;
errors = emErrs83.length;
}
}
}
else {
const err511 = {instancePath:instancePath+"/board/counters/" + i14+"/input",schemaPath:"#/properties/board/properties/counters/items/properties/input/anyOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err511];
}
else {
vErrors.push(err511);
}
errors++;
}
var _valid5 = _errs319 === errors;
valid67 = valid67 || _valid5;
}
if(!valid67){
const err512 = {instancePath:instancePath+"/board/counters/" + i14+"/input",schemaPath:"#/properties/board/properties/counters/items/properties/input/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err512];
}
else {
vErrors.push(err512);
}
errors++;
}
else {
errors = _errs313;
if(vErrors !== null){
if(_errs313){
vErrors.length = _errs313;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err513 = {instancePath:instancePath+"/board/counters/" + i14,schemaPath:"#/properties/board/properties/counters/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err513];
}
else {
vErrors.push(err513);
}
errors++;
}
}
}
else {
const err514 = {instancePath:instancePath+"/board/counters",schemaPath:"#/properties/board/properties/counters/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err514];
}
else {
vErrors.push(err514);
}
errors++;
}
}
if(data84.displays !== undefined){
let data134 = data84.displays;
if(Array.isArray(data134)){
const len13 = data134.length;
for(let i15=0; i15<len13; i15++){
let data135 = data134[i15];
if(data135 && typeof data135 == "object" && !Array.isArray(data135)){
if(data135.lines === undefined){
data135.lines = 4;
}
if(data135.blinkSeconds === undefined){
data135.blinkSeconds = 5;
}
if(data135.notices === undefined){
data135.notices = [];
}
if(data135.noticeSeconds === undefined){
data135.noticeSeconds = 8;
}
if(data135.id === undefined){
const err515 = {instancePath:instancePath+"/board/displays/" + i15,schemaPath:"#/properties/board/properties/displays/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err515];
}
else {
vErrors.push(err515);
}
errors++;
}
if(data135.kind === undefined){
const err516 = {instancePath:instancePath+"/board/displays/" + i15,schemaPath:"#/properties/board/properties/displays/items/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'"};
if(vErrors === null){
vErrors = [err516];
}
else {
vErrors.push(err516);
}
errors++;
}
if(data135.lines === undefined){
const err517 = {instancePath:instancePath+"/board/displays/" + i15,schemaPath:"#/properties/board/properties/displays/items/required",keyword:"required",params:{missingProperty: "lines"},message:"must have required property '"+"lines"+"'"};
if(vErrors === null){
vErrors = [err517];
}
else {
vErrors.push(err517);
}
errors++;
}
if(data135.output === undefined){
const err518 = {instancePath:instancePath+"/board/displays/" + i15,schemaPath:"#/properties/board/properties/displays/items/required",keyword:"required",params:{missingProperty: "output"},message:"must have required property '"+"output"+"'"};
if(vErrors === null){
vErrors = [err518];
}
else {
vErrors.push(err518);
}
errors++;
}
for(const key36 in data135){
if(!((((((((key36 === "id") || (key36 === "kind")) || (key36 === "counter")) || (key36 === "lines")) || (key36 === "output")) || (key36 === "blinkSeconds")) || (key36 === "notices")) || (key36 === "noticeSeconds"))){
const err519 = {instancePath:instancePath+"/board/displays/" + i15,schemaPath:"#/properties/board/properties/displays/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key36},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err519];
}
else {
vErrors.push(err519);
}
errors++;
}
}
if(data135.id !== undefined){
let data136 = data135.id;
if(typeof data136 === "string"){
if(!pattern0.test(data136)){
const err520 = {instancePath:instancePath+"/board/displays/" + i15+"/id",schemaPath:"#/properties/board/properties/displays/items/properties/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]{0,31}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]{0,31}$"+"\""};
if(vErrors === null){
vErrors = [err520];
}
else {
vErrors.push(err520);
}
errors++;
}
}
else {
const err521 = {instancePath:instancePath+"/board/displays/" + i15+"/id",schemaPath:"#/properties/board/properties/displays/items/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err521];
}
else {
vErrors.push(err521);
}
errors++;
}
if(errors > 0){
const emErrs84 = [];
for(const err522 of vErrors){
if(((((err522.keyword !== "errorMessage") && (!err522.emUsed)) && ((err522.instancePath === instancePath+"/board/displays/" + i15+"/id") || ((err522.instancePath.indexOf(instancePath+"/board/displays/" + i15+"/id") === 0) && (err522.instancePath[instancePath+"/board/displays/" + i15+"/id".length] === "/")))) && (err522.schemaPath.indexOf("#/properties/board/properties/displays/items/properties/id") === 0)) && (err522.schemaPath["#/properties/board/properties/displays/items/properties/id".length] === "/")){
emErrs84.push(err522);
err522.emUsed = true;
}
}
if(emErrs84.length){
const err523 = {instancePath:instancePath+"/board/displays/" + i15+"/id",schemaPath:"#/properties/board/properties/displays/items/properties/id/errorMessage",keyword:"errorMessage",params:{errors: emErrs84},message:"must be 1–32 lower-case letters, digits or dashes, starting with a letter or digit"};
if(vErrors === null){
vErrors = [err523];
}
else {
vErrors.push(err523);
}
errors++;
}
const emErrs85 = [];
for(const err524 of vErrors){
if(!err524.emUsed){
emErrs85.push(err524);
}
}
vErrors = emErrs85;
errors = emErrs85.length;
}
}
if(data135.kind !== undefined){
let data137 = data135.kind;
if(typeof data137 !== "string"){
const err525 = {instancePath:instancePath+"/board/displays/" + i15+"/kind",schemaPath:"#/properties/board/properties/displays/items/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err525];
}
else {
vErrors.push(err525);
}
errors++;
}
if(!((data137 === "counter") || (data137 === "hall"))){
const err526 = {instancePath:instancePath+"/board/displays/" + i15+"/kind",schemaPath:"#/properties/board/properties/displays/items/properties/kind/enum",keyword:"enum",params:{allowedValues: schema16.properties.board.properties.displays.items.properties.kind.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err526];
}
else {
vErrors.push(err526);
}
errors++;
}
if(errors > 0){
const emErrs86 = [];
for(const err527 of vErrors){
if(((((err527.keyword !== "errorMessage") && (!err527.emUsed)) && ((err527.instancePath === instancePath+"/board/displays/" + i15+"/kind") || ((err527.instancePath.indexOf(instancePath+"/board/displays/" + i15+"/kind") === 0) && (err527.instancePath[instancePath+"/board/displays/" + i15+"/kind".length] === "/")))) && (err527.schemaPath.indexOf("#/properties/board/properties/displays/items/properties/kind") === 0)) && (err527.schemaPath["#/properties/board/properties/displays/items/properties/kind".length] === "/")){
emErrs86.push(err527);
err527.emUsed = true;
}
}
if(emErrs86.length){
const err528 = {instancePath:instancePath+"/board/displays/" + i15+"/kind",schemaPath:"#/properties/board/properties/displays/items/properties/kind/errorMessage",keyword:"errorMessage",params:{errors: emErrs86},message:"must be one of: counter, hall"};
if(vErrors === null){
vErrors = [err528];
}
else {
vErrors.push(err528);
}
errors++;
}
const emErrs87 = [];
for(const err529 of vErrors){
if(!err529.emUsed){
emErrs87.push(err529);
}
}
vErrors = emErrs87;
errors = emErrs87.length;
}
}
if(data135.counter !== undefined){
let data138 = data135.counter;
if(typeof data138 === "string"){
if(!pattern0.test(data138)){
const err530 = {instancePath:instancePath+"/board/displays/" + i15+"/counter",schemaPath:"#/properties/board/properties/displays/items/properties/counter/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]{0,31}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]{0,31}$"+"\""};
if(vErrors === null){
vErrors = [err530];
}
else {
vErrors.push(err530);
}
errors++;
}
}
else {
const err531 = {instancePath:instancePath+"/board/displays/" + i15+"/counter",schemaPath:"#/properties/board/properties/displays/items/properties/counter/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err531];
}
else {
vErrors.push(err531);
}
errors++;
}
if(errors > 0){
const emErrs88 = [];
for(const err532 of vErrors){
if(((((err532.keyword !== "errorMessage") && (!err532.emUsed)) && ((err532.instancePath === instancePath+"/board/displays/" + i15+"/counter") || ((err532.instancePath.indexOf(instancePath+"/board/displays/" + i15+"/counter") === 0) && (err532.instancePath[instancePath+"/board/displays/" + i15+"/counter".length] === "/")))) && (err532.schemaPath.indexOf("#/properties/board/properties/displays/items/properties/counter") === 0)) && (err532.schemaPath["#/properties/board/properties/displays/items/properties/counter".length] === "/")){
emErrs88.push(err532);
err532.emUsed = true;
}
}
if(emErrs88.length){
const err533 = {instancePath:instancePath+"/board/displays/" + i15+"/counter",schemaPath:"#/properties/board/properties/displays/items/properties/counter/errorMessage",keyword:"errorMessage",params:{errors: emErrs88},message:"must be 1–32 lower-case letters, digits or dashes, starting with a letter or digit"};
if(vErrors === null){
vErrors = [err533];
}
else {
vErrors.push(err533);
}
errors++;
}
const emErrs89 = [];
for(const err534 of vErrors){
if(!err534.emUsed){
emErrs89.push(err534);
}
}
vErrors = emErrs89;
errors = emErrs89.length;
}
}
let data139 = data135.lines;
if(!((typeof data139 == "number") && (!(data139 % 1) && !isNaN(data139)))){
const err535 = {instancePath:instancePath+"/board/displays/" + i15+"/lines",schemaPath:"#/properties/board/properties/displays/items/properties/lines/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err535];
}
else {
vErrors.push(err535);
}
errors++;
}
if(typeof data139 == "number"){
if(data139 > 16 || isNaN(data139)){
const err536 = {instancePath:instancePath+"/board/displays/" + i15+"/lines",schemaPath:"#/properties/board/properties/displays/items/properties/lines/maximum",keyword:"maximum",params:{comparison: "<=", limit: 16},message:"must be <= 16"};
if(vErrors === null){
vErrors = [err536];
}
else {
vErrors.push(err536);
}
errors++;
}
if(data139 < 1 || isNaN(data139)){
const err537 = {instancePath:instancePath+"/board/displays/" + i15+"/lines",schemaPath:"#/properties/board/properties/displays/items/properties/lines/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err537];
}
else {
vErrors.push(err537);
}
errors++;
}
}
if(data135.output !== undefined){
let data140 = data135.output;
const _errs348 = errors;
let valid73 = false;
const _errs349 = errors;
if(data140 && typeof data140 == "object" && !Array.isArray(data140)){
if(data140.driver === undefined){
const err538 = {instancePath:instancePath+"/board/displays/" + i15+"/output",schemaPath:"#/properties/board/properties/displays/items/properties/output/anyOf/0/required",keyword:"required",params:{missingProperty: "driver"},message:"must have required property '"+"driver"+"'"};
if(vErrors === null){
vErrors = [err538];
}
else {
vErrors.push(err538);
}
errors++;
}
for(const key37 in data140){
if(!(key37 === "driver")){
const err539 = {instancePath:instancePath+"/board/displays/" + i15+"/output",schemaPath:"#/properties/board/properties/displays/items/properties/output/anyOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key37},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err539];
}
else {
vErrors.push(err539);
}
errors++;
}
}
if(data140.driver !== undefined){
let data141 = data140.driver;
if(typeof data141 !== "string"){
const err540 = {instancePath:instancePath+"/board/displays/" + i15+"/output/driver",schemaPath:"#/properties/board/properties/displays/items/properties/output/anyOf/0/properties/driver/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err540];
}
else {
vErrors.push(err540);
}
errors++;
}
if(!(data141 === "simulated")){
const err541 = {instancePath:instancePath+"/board/displays/" + i15+"/output/driver",schemaPath:"#/properties/board/properties/displays/items/properties/output/anyOf/0/properties/driver/enum",keyword:"enum",params:{allowedValues: schema16.properties.board.properties.displays.items.properties.output.anyOf[0].properties.driver.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err541];
}
else {
vErrors.push(err541);
}
errors++;
}
if(errors > 0){
const emErrs90 = [];
for(const err542 of vErrors){
if(((((err542.keyword !== "errorMessage") && (!err542.emUsed)) && ((err542.instancePath === instancePath+"/board/displays/" + i15+"/output/driver") || ((err542.instancePath.indexOf(instancePath+"/board/displays/" + i15+"/output/driver") === 0) && (err542.instancePath[instancePath+"/board/displays/" + i15+"/output/driver".length] === "/")))) && (err542.schemaPath.indexOf("#/properties/board/properties/displays/items/properties/output/anyOf/0/properties/driver") === 0)) && (err542.schemaPath["#/properties/board/properties/displays/items/properties/output/anyOf/0/properties/driver".length] === "/")){
emErrs90.push(err542);
err542.emUsed = true;
}
}
if(emErrs90.length){
const err543 = {instancePath:instancePath+"/board/displays/" + i15+"/output/driver",schemaPath:"#/properties/board/properties/displays/items/properties/output/anyOf/0/properties/driver/errorMessage",keyword:"errorMessage",params:{errors: emErrs90},message:"must be one of: simulated"};
if(vErrors === null){
vErrors = [err543];
}
else {
vErrors.push(err543);
}
errors++;
}
const emErrs91 = [];
for(const err544 of vErrors){
if(!err544.emUsed){
emErrs91.push(err544);
}
}
vErrors = emErrs91;
errors = emErrs91.length;
}
}
}
else {
const err545 = {instancePath:instancePath+"/board/displays/" + i15+"/output",schemaPath:"#/properties/board/properties/displays/items/properties/output/anyOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err545];
}
else {
vErrors.push(err545);
}
errors++;
}
var _valid6 = _errs349 === errors;
valid73 = valid73 || _valid6;
if(!valid73){
const _errs354 = errors;
if(data140 && typeof data140 == "object" && !Array.isArray(data140)){
if(data140.driver === undefined){
const err546 = {instancePath:instancePath+"/board/displays/" + i15+"/output",schemaPath:"#/properties/board/properties/displays/items/properties/output/anyOf/1/required",keyword:"required",params:{missingProperty: "driver"},message:"must have required property '"+"driver"+"'"};
if(vErrors === null){
vErrors = [err546];
}
else {
vErrors.push(err546);
}
errors++;
}
if(data140.path === undefined){
const err547 = {instancePath:instancePath+"/board/displays/" + i15+"/output",schemaPath:"#/properties/board/properties/displays/items/properties/output/anyOf/1/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'"};
if(vErrors === null){
vErrors = [err547];
}
else {
vErrors.push(err547);
}
errors++;
}
if(data140.address === undefined){
const err548 = {instancePath:instancePath+"/board/displays/" + i15+"/output",schemaPath:"#/properties/board/properties/displays/items/properties/output/anyOf/1/required",keyword:"required",params:{missingProperty: "address"},message:"must have required property '"+"address"+"'"};
if(vErrors === null){
vErrors = [err548];
}
else {
vErrors.push(err548);
}
errors++;
}
for(const key38 in data140){
if(!(((((((key38 === "driver") || (key38 === "path")) || (key38 === "baudRate")) || (key38 === "address")) || (key38 === "register")) || (key38 === "chars")) || (key38 === "readBack"))){
const err549 = {instancePath:instancePath+"/board/displays/" + i15+"/output",schemaPath:"#/properties/board/properties/displays/items/properties/output/anyOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key38},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err549];
}
else {
vErrors.push(err549);
}
errors++;
}
}
if(data140.driver !== undefined){
let data142 = data140.driver;
if(typeof data142 !== "string"){
const err550 = {instancePath:instancePath+"/board/displays/" + i15+"/output/driver",schemaPath:"#/properties/board/properties/displays/items/properties/output/anyOf/1/properties/driver/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err550];
}
else {
vErrors.push(err550);
}
errors++;
}
if(!(data142 === "modbus")){
const err551 = {instancePath:instancePath+"/board/displays/" + i15+"/output/driver",schemaPath:"#/properties/board/properties/displays/items/properties/output/anyOf/1/properties/driver/enum",keyword:"enum",params:{allowedValues: schema16.properties.board.properties.displays.items.properties.output.anyOf[1].properties.driver.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err551];
}
else {
vErrors.push(err551);
}
errors++;
}
if(errors > 0){
const emErrs92 = [];
for(const err552 of vErrors){
if(((((err552.keyword !== "errorMessage") && (!err552.emUsed)) && ((err552.instancePath === instancePath+"/board/displays/" + i15+"/output/driver") || ((err552.instancePath.indexOf(instancePath+"/board/displays/" + i15+"/output/driver") === 0) && (err552.instancePath[instancePath+"/board/displays/" + i15+"/output/driver".length] === "/")))) && (err552.schemaPath.indexOf("#/properties/board/properties/displays/items/properties/output/anyOf/1/properties/driver") === 0)) && (err552.schemaPath["#/properties/board/properties/displays/items/properties/output/anyOf/1/properties/driver".length] === "/")){
emErrs92.push(err552);
err552.emUsed = true;
}
}
if(emErrs92.length){
const err553 = {instancePath:instancePath+"/board/displays/" + i15+"/output/driver",schemaPath:"#/properties/board/properties/displays/items/properties/output/anyOf/1/properties/driver/errorMessage",keyword:"errorMessage",params:{errors: emErrs92},message:"must be one of: modbus"};
if(vErrors === null){
vErrors = [err553];
}
else {
vErrors.push(err553);
}
errors++;
}
const emErrs93 = [];
for(const err554 of vErrors){
if(!err554.emUsed){
emErrs93.push(err554);
}
}
vErrors = emErrs93;
errors = emErrs93.length;
}
}
if(data140.path !== undefined){
let data143 = data140.path;
if(typeof data143 === "string"){
if(func3(data143) < 1){
const err555 = {instancePath:instancePath+"/board/displays/" + i15+"/output/path",schemaPath:"#/properties/board/properties/displays/items/properties/output/anyOf/1/properties/path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err555];
}
else {
vErrors.push(err555);
}
errors++;
}
}
else {
const err556 = {instancePath:instancePath+"/board/displays/" + i15+"/output/path",schemaPath:"#/properties/board/properties/displays/items/properties/output/anyOf/1/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err556];
}
else {
vErrors.push(err556);
}
errors++;
}
}
if(data140.baudRate !== undefined){
let data144 = data140.baudRate;
if(!((typeof data144 == "number") && (!(data144 % 1) && !isNaN(data144)))){
const err557 = {instancePath:instancePath+"/board/displays/" + i15+"/output/baudRate",schemaPath:"#/properties/board/properties/displays/items/properties/output/anyOf/1/properties/baudRate/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err557];
}
else {
vErrors.push(err557);
}
errors++;
}
if(typeof data144 == "number"){
if(data144 > 115200 || isNaN(data144)){
const err558 = {instancePath:instancePath+"/board/displays/" + i15+"/output/baudRate",schemaPath:"#/properties/board/properties/displays/items/properties/output/anyOf/1/properties/baudRate/maximum",keyword:"maximum",params:{comparison: "<=", limit: 115200},message:"must be <= 115200"};
if(vErrors === null){
vErrors = [err558];
}
else {
vErrors.push(err558);
}
errors++;
}
if(data144 < 1200 || isNaN(data144)){
const err559 = {instancePath:instancePath+"/board/displays/" + i15+"/output/baudRate",schemaPath:"#/properties/board/properties/displays/items/properties/output/anyOf/1/properties/baudRate/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1200},message:"must be >= 1200"};
if(vErrors === null){
vErrors = [err559];
}
else {
vErrors.push(err559);
}
errors++;
}
}
}
if(data140.address !== undefined){
let data145 = data140.address;
if(!((typeof data145 == "number") && (!(data145 % 1) && !isNaN(data145)))){
const err560 = {instancePath:instancePath+"/board/displays/" + i15+"/output/address",schemaPath:"#/properties/board/properties/displays/items/properties/output/anyOf/1/properties/address/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err560];
}
else {
vErrors.push(err560);
}
errors++;
}
if(typeof data145 == "number"){
if(data145 > 247 || isNaN(data145)){
const err561 = {instancePath:instancePath+"/board/displays/" + i15+"/output/address",schemaPath:"#/properties/board/properties/displays/items/properties/output/anyOf/1/properties/address/maximum",keyword:"maximum",params:{comparison: "<=", limit: 247},message:"must be <= 247"};
if(vErrors === null){
vErrors = [err561];
}
else {
vErrors.push(err561);
}
errors++;
}
if(data145 < 1 || isNaN(data145)){
const err562 = {instancePath:instancePath+"/board/displays/" + i15+"/output/address",schemaPath:"#/properties/board/properties/displays/items/properties/output/anyOf/1/properties/address/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err562];
}
else {
vErrors.push(err562);
}
errors++;
}
}
}
if(data140.register !== undefined){
let data146 = data140.register;
if(!((typeof data146 == "number") && (!(data146 % 1) && !isNaN(data146)))){
const err563 = {instancePath:instancePath+"/board/displays/" + i15+"/output/register",schemaPath:"#/properties/board/properties/displays/items/properties/output/anyOf/1/properties/register/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err563];
}
else {
vErrors.push(err563);
}
errors++;
}
if(typeof data146 == "number"){
if(data146 > 65000 || isNaN(data146)){
const err564 = {instancePath:instancePath+"/board/displays/" + i15+"/output/register",schemaPath:"#/properties/board/properties/displays/items/properties/output/anyOf/1/properties/register/maximum",keyword:"maximum",params:{comparison: "<=", limit: 65000},message:"must be <= 65000"};
if(vErrors === null){
vErrors = [err564];
}
else {
vErrors.push(err564);
}
errors++;
}
if(data146 < 0 || isNaN(data146)){
const err565 = {instancePath:instancePath+"/board/displays/" + i15+"/output/register",schemaPath:"#/properties/board/properties/displays/items/properties/output/anyOf/1/properties/register/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err565];
}
else {
vErrors.push(err565);
}
errors++;
}
}
}
if(data140.chars !== undefined){
let data147 = data140.chars;
if(!((typeof data147 == "number") && (!(data147 % 1) && !isNaN(data147)))){
const err566 = {instancePath:instancePath+"/board/displays/" + i15+"/output/chars",schemaPath:"#/properties/board/properties/displays/items/properties/output/anyOf/1/properties/chars/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err566];
}
else {
vErrors.push(err566);
}
errors++;
}
if(typeof data147 == "number"){
if(data147 > 64 || isNaN(data147)){
const err567 = {instancePath:instancePath+"/board/displays/" + i15+"/output/chars",schemaPath:"#/properties/board/properties/displays/items/properties/output/anyOf/1/properties/chars/maximum",keyword:"maximum",params:{comparison: "<=", limit: 64},message:"must be <= 64"};
if(vErrors === null){
vErrors = [err567];
}
else {
vErrors.push(err567);
}
errors++;
}
if(data147 < 1 || isNaN(data147)){
const err568 = {instancePath:instancePath+"/board/displays/" + i15+"/output/chars",schemaPath:"#/properties/board/properties/displays/items/properties/output/anyOf/1/properties/chars/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err568];
}
else {
vErrors.push(err568);
}
errors++;
}
}
}
if(data140.readBack !== undefined){
if(typeof data140.readBack !== "boolean"){
const err569 = {instancePath:instancePath+"/board/displays/" + i15+"/output/readBack",schemaPath:"#/properties/board/properties/displays/items/properties/output/anyOf/1/properties/readBack/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err569];
}
else {
vErrors.push(err569);
}
errors++;
}
}
}
else {
const err570 = {instancePath:instancePath+"/board/displays/" + i15+"/output",schemaPath:"#/properties/board/properties/displays/items/properties/output/anyOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err570];
}
else {
vErrors.push(err570);
}
errors++;
}
var _valid6 = _errs354 === errors;
valid73 = valid73 || _valid6;
if(!valid73){
const _errs371 = errors;
if(data140 && typeof data140 == "object" && !Array.isArray(data140)){
if(data140.driver === undefined){
const err571 = {instancePath:instancePath+"/board/displays/" + i15+"/output",schemaPath:"#/properties/board/properties/displays/items/properties/output/anyOf/2/required",keyword:"required",params:{missingProperty: "driver"},message:"must have required property '"+"driver"+"'"};
if(vErrors === null){
vErrors = [err571];
}
else {
vErrors.push(err571);
}
errors++;
}
if(data140.path === undefined){
const err572 = {instancePath:instancePath+"/board/displays/" + i15+"/output",schemaPath:"#/properties/board/properties/displays/items/properties/output/anyOf/2/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'"};
if(vErrors === null){
vErrors = [err572];
}
else {
vErrors.push(err572);
}
errors++;
}
for(const key39 in data140){
if(!((((key39 === "driver") || (key39 === "path")) || (key39 === "baudRate")) || (key39 === "address"))){
const err573 = {instancePath:instancePath+"/board/displays/" + i15+"/output",schemaPath:"#/properties/board/properties/displays/items/properties/output/anyOf/2/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key39},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err573];
}
else {
vErrors.push(err573);
}
errors++;
}
}
if(data140.driver !== undefined){
let data149 = data140.driver;
if(typeof data149 !== "string"){
const err574 = {instancePath:instancePath+"/board/displays/" + i15+"/output/driver",schemaPath:"#/properties/board/properties/displays/items/properties/output/anyOf/2/properties/driver/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err574];
}
else {
vErrors.push(err574);
}
errors++;
}
if(!(data149 === "alpha-sign")){
const err575 = {instancePath:instancePath+"/board/displays/" + i15+"/output/driver",schemaPath:"#/properties/board/properties/displays/items/properties/output/anyOf/2/properties/driver/enum",keyword:"enum",params:{allowedValues: schema16.properties.board.properties.displays.items.properties.output.anyOf[2].properties.driver.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err575];
}
else {
vErrors.push(err575);
}
errors++;
}
if(errors > 0){
const emErrs94 = [];
for(const err576 of vErrors){
if(((((err576.keyword !== "errorMessage") && (!err576.emUsed)) && ((err576.instancePath === instancePath+"/board/displays/" + i15+"/output/driver") || ((err576.instancePath.indexOf(instancePath+"/board/displays/" + i15+"/output/driver") === 0) && (err576.instancePath[instancePath+"/board/displays/" + i15+"/output/driver".length] === "/")))) && (err576.schemaPath.indexOf("#/properties/board/properties/displays/items/properties/output/anyOf/2/properties/driver") === 0)) && (err576.schemaPath["#/properties/board/properties/displays/items/properties/output/anyOf/2/properties/driver".length] === "/")){
emErrs94.push(err576);
err576.emUsed = true;
}
}
if(emErrs94.length){
const err577 = {instancePath:instancePath+"/board/displays/" + i15+"/output/driver",schemaPath:"#/properties/board/properties/displays/items/properties/output/anyOf/2/properties/driver/errorMessage",keyword:"errorMessage",params:{errors: emErrs94},message:"must be one of: alpha-sign"};
if(vErrors === null){
vErrors = [err577];
}
else {
vErrors.push(err577);
}
errors++;
}
const emErrs95 = [];
for(const err578 of vErrors){
if(!err578.emUsed){
emErrs95.push(err578);
}
}
vErrors = emErrs95;
errors = emErrs95.length;
}
}
if(data140.path !== undefined){
let data150 = data140.path;
if(typeof data150 === "string"){
if(func3(data150) < 1){
const err579 = {instancePath:instancePath+"/board/displays/" + i15+"/output/path",schemaPath:"#/properties/board/properties/displays/items/properties/output/anyOf/2/properties/path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err579];
}
else {
vErrors.push(err579);
}
errors++;
}
}
else {
const err580 = {instancePath:instancePath+"/board/displays/" + i15+"/output/path",schemaPath:"#/properties/board/properties/displays/items/properties/output/anyOf/2/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err580];
}
else {
vErrors.push(err580);
}
errors++;
}
}
if(data140.baudRate !== undefined){
let data151 = data140.baudRate;
if(!((typeof data151 == "number") && (!(data151 % 1) && !isNaN(data151)))){
const err581 = {instancePath:instancePath+"/board/displays/" + i15+"/output/baudRate",schemaPath:"#/properties/board/properties/displays/items/properties/output/anyOf/2/properties/baudRate/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err581];
}
else {
vErrors.push(err581);
}
errors++;
}
if(typeof data151 == "number"){
if(data151 > 115200 || isNaN(data151)){
const err582 = {instancePath:instancePath+"/board/displays/" + i15+"/output/baudRate",schemaPath:"#/properties/board/properties/displays/items/properties/output/anyOf/2/properties/baudRate/maximum",keyword:"maximum",params:{comparison: "<=", limit: 115200},message:"must be <= 115200"};
if(vErrors === null){
vErrors = [err582];
}
else {
vErrors.push(err582);
}
errors++;
}
if(data151 < 1200 || isNaN(data151)){
const err583 = {instancePath:instancePath+"/board/displays/" + i15+"/output/baudRate",schemaPath:"#/properties/board/properties/displays/items/properties/output/anyOf/2/properties/baudRate/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1200},message:"must be >= 1200"};
if(vErrors === null){
vErrors = [err583];
}
else {
vErrors.push(err583);
}
errors++;
}
}
}
if(data140.address !== undefined){
let data152 = data140.address;
if(!((typeof data152 == "number") && (!(data152 % 1) && !isNaN(data152)))){
const err584 = {instancePath:instancePath+"/board/displays/" + i15+"/output/address",schemaPath:"#/properties/board/properties/displays/items/properties/output/anyOf/2/properties/address/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err584];
}
else {
vErrors.push(err584);
}
errors++;
}
if(typeof data152 == "number"){
if(data152 > 255 || isNaN(data152)){
const err585 = {instancePath:instancePath+"/board/displays/" + i15+"/output/address",schemaPath:"#/properties/board/properties/displays/items/properties/output/anyOf/2/properties/address/maximum",keyword:"maximum",params:{comparison: "<=", limit: 255},message:"must be <= 255"};
if(vErrors === null){
vErrors = [err585];
}
else {
vErrors.push(err585);
}
errors++;
}
if(data152 < 0 || isNaN(data152)){
const err586 = {instancePath:instancePath+"/board/displays/" + i15+"/output/address",schemaPath:"#/properties/board/properties/displays/items/properties/output/anyOf/2/properties/address/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err586];
}
else {
vErrors.push(err586);
}
errors++;
}
}
}
}
else {
const err587 = {instancePath:instancePath+"/board/displays/" + i15+"/output",schemaPath:"#/properties/board/properties/displays/items/properties/output/anyOf/2/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err587];
}
else {
vErrors.push(err587);
}
errors++;
}
var _valid6 = _errs371 === errors;
valid73 = valid73 || _valid6;
if(!valid73){
const _errs382 = errors;
if(data140 && typeof data140 == "object" && !Array.isArray(data140)){
if(data140.driver === undefined){
const err588 = {instancePath:instancePath+"/board/displays/" + i15+"/output",schemaPath:"#/properties/board/properties/displays/items/properties/output/anyOf/3/required",keyword:"required",params:{missingProperty: "driver"},message:"must have required property '"+"driver"+"'"};
if(vErrors === null){
vErrors = [err588];
}
else {
vErrors.push(err588);
}
errors++;
}
if(data140.path === undefined){
const err589 = {instancePath:instancePath+"/board/displays/" + i15+"/output",schemaPath:"#/properties/board/properties/displays/items/properties/output/anyOf/3/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'"};
if(vErrors === null){
vErrors = [err589];
}
else {
vErrors.push(err589);
}
errors++;
}
if(data140.address === undefined){
const err590 = {instancePath:instancePath+"/board/displays/" + i15+"/output",schemaPath:"#/properties/board/properties/displays/items/properties/output/anyOf/3/required",keyword:"required",params:{missingProperty: "address"},message:"must have required property '"+"address"+"'"};
if(vErrors === null){
vErrors = [err590];
}
else {
vErrors.push(err590);
}
errors++;
}
for(const key40 in data140){
if(!((((key40 === "driver") || (key40 === "path")) || (key40 === "baudRate")) || (key40 === "address"))){
const err591 = {instancePath:instancePath+"/board/displays/" + i15+"/output",schemaPath:"#/properties/board/properties/displays/items/properties/output/anyOf/3/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key40},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err591];
}
else {
vErrors.push(err591);
}
errors++;
}
}
if(data140.driver !== undefined){
let data153 = data140.driver;
if(typeof data153 !== "string"){
const err592 = {instancePath:instancePath+"/board/displays/" + i15+"/output/driver",schemaPath:"#/properties/board/properties/displays/items/properties/output/anyOf/3/properties/driver/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err592];
}
else {
vErrors.push(err592);
}
errors++;
}
if(!(data153 === "qsystem-board")){
const err593 = {instancePath:instancePath+"/board/displays/" + i15+"/output/driver",schemaPath:"#/properties/board/properties/displays/items/properties/output/anyOf/3/properties/driver/enum",keyword:"enum",params:{allowedValues: schema16.properties.board.properties.displays.items.properties.output.anyOf[3].properties.driver.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err593];
}
else {
vErrors.push(err593);
}
errors++;
}
if(errors > 0){
const emErrs96 = [];
for(const err594 of vErrors){
if(((((err594.keyword !== "errorMessage") && (!err594.emUsed)) && ((err594.instancePath === instancePath+"/board/displays/" + i15+"/output/driver") || ((err594.instancePath.indexOf(instancePath+"/board/displays/" + i15+"/output/driver") === 0) && (err594.instancePath[instancePath+"/board/displays/" + i15+"/output/driver".length] === "/")))) && (err594.schemaPath.indexOf("#/properties/board/properties/displays/items/properties/output/anyOf/3/properties/driver") === 0)) && (err594.schemaPath["#/properties/board/properties/displays/items/properties/output/anyOf/3/properties/driver".length] === "/")){
emErrs96.push(err594);
err594.emUsed = true;
}
}
if(emErrs96.length){
const err595 = {instancePath:instancePath+"/board/displays/" + i15+"/output/driver",schemaPath:"#/properties/board/properties/displays/items/properties/output/anyOf/3/properties/driver/errorMessage",keyword:"errorMessage",params:{errors: emErrs96},message:"must be one of: qsystem-board"};
if(vErrors === null){
vErrors = [err595];
}
else {
vErrors.push(err595);
}
errors++;
}
const emErrs97 = [];
for(const err596 of vErrors){
if(!err596.emUsed){
emErrs97.push(err596);
}
}
vErrors = emErrs97;
errors = emErrs97.length;
}
}
if(data140.path !== undefined){
let data154 = data140.path;
if(typeof data154 === "string"){
if(func3(data154) < 1){
const err597 = {instancePath:instancePath+"/board/displays/" + i15+"/output/path",schemaPath:"#/properties/board/properties/displays/items/properties/output/anyOf/3/properties/path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err597];
}
else {
vErrors.push(err597);
}
errors++;
}
}
else {
const err598 = {instancePath:instancePath+"/board/displays/" + i15+"/output/path",schemaPath:"#/properties/board/properties/displays/items/properties/output/anyOf/3/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err598];
}
else {
vErrors.push(err598);
}
errors++;
}
}
if(data140.baudRate !== undefined){
let data155 = data140.baudRate;
if(!((typeof data155 == "number") && (!(data155 % 1) && !isNaN(data155)))){
const err599 = {instancePath:instancePath+"/board/displays/" + i15+"/output/baudRate",schemaPath:"#/properties/board/properties/displays/items/properties/output/anyOf/3/properties/baudRate/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err599];
}
else {
vErrors.push(err599);
}
errors++;
}
if(typeof data155 == "number"){
if(data155 > 115200 || isNaN(data155)){
const err600 = {instancePath:instancePath+"/board/displays/" + i15+"/output/baudRate",schemaPath:"#/properties/board/properties/displays/items/properties/output/anyOf/3/properties/baudRate/maximum",keyword:"maximum",params:{comparison: "<=", limit: 115200},message:"must be <= 115200"};
if(vErrors === null){
vErrors = [err600];
}
else {
vErrors.push(err600);
}
errors++;
}
if(data155 < 1200 || isNaN(data155)){
const err601 = {instancePath:instancePath+"/board/displays/" + i15+"/output/baudRate",schemaPath:"#/properties/board/properties/displays/items/properties/output/anyOf/3/properties/baudRate/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1200},message:"must be >= 1200"};
if(vErrors === null){
vErrors = [err601];
}
else {
vErrors.push(err601);
}
errors++;
}
}
}
if(data140.address !== undefined){
let data156 = data140.address;
if(!((typeof data156 == "number") && (!(data156 % 1) && !isNaN(data156)))){
const err602 = {instancePath:instancePath+"/board/displays/" + i15+"/output/address",schemaPath:"#/properties/board/properties/displays/items/properties/output/anyOf/3/properties/address/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err602];
}
else {
vErrors.push(err602);
}
errors++;
}
if(typeof data156 == "number"){
if(data156 > 255 || isNaN(data156)){
const err603 = {instancePath:instancePath+"/board/displays/" + i15+"/output/address",schemaPath:"#/properties/board/properties/displays/items/properties/output/anyOf/3/properties/address/maximum",keyword:"maximum",params:{comparison: "<=", limit: 255},message:"must be <= 255"};
if(vErrors === null){
vErrors = [err603];
}
else {
vErrors.push(err603);
}
errors++;
}
if(data156 < 0 || isNaN(data156)){
const err604 = {instancePath:instancePath+"/board/displays/" + i15+"/output/address",schemaPath:"#/properties/board/properties/displays/items/properties/output/anyOf/3/properties/address/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err604];
}
else {
vErrors.push(err604);
}
errors++;
}
}
}
}
else {
const err605 = {instancePath:instancePath+"/board/displays/" + i15+"/output",schemaPath:"#/properties/board/properties/displays/items/properties/output/anyOf/3/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err605];
}
else {
vErrors.push(err605);
}
errors++;
}
var _valid6 = _errs382 === errors;
valid73 = valid73 || _valid6;
if(!valid73){
const _errs393 = errors;
if(data140 && typeof data140 == "object" && !Array.isArray(data140)){
if(data140.driver === undefined){
const err606 = {instancePath:instancePath+"/board/displays/" + i15+"/output",schemaPath:"#/properties/board/properties/displays/items/properties/output/anyOf/4/required",keyword:"required",params:{missingProperty: "driver"},message:"must have required property '"+"driver"+"'"};
if(vErrors === null){
vErrors = [err606];
}
else {
vErrors.push(err606);
}
errors++;
}
if(data140.path === undefined){
const err607 = {instancePath:instancePath+"/board/displays/" + i15+"/output",schemaPath:"#/properties/board/properties/displays/items/properties/output/anyOf/4/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'"};
if(vErrors === null){
vErrors = [err607];
}
else {
vErrors.push(err607);
}
errors++;
}
if(data140.address === undefined){
const err608 = {instancePath:instancePath+"/board/displays/" + i15+"/output",schemaPath:"#/properties/board/properties/displays/items/properties/output/anyOf/4/required",keyword:"required",params:{missingProperty: "address"},message:"must have required property '"+"address"+"'"};
if(vErrors === null){
vErrors = [err608];
}
else {
vErrors.push(err608);
}
errors++;
}
if(data140.start === undefined){
const err609 = {instancePath:instancePath+"/board/displays/" + i15+"/output",schemaPath:"#/properties/board/properties/displays/items/properties/output/anyOf/4/required",keyword:"required",params:{missingProperty: "start"},message:"must have required property '"+"start"+"'"};
if(vErrors === null){
vErrors = [err609];
}
else {
vErrors.push(err609);
}
errors++;
}
if(data140.addressFormat === undefined){
const err610 = {instancePath:instancePath+"/board/displays/" + i15+"/output",schemaPath:"#/properties/board/properties/displays/items/properties/output/anyOf/4/required",keyword:"required",params:{missingProperty: "addressFormat"},message:"must have required property '"+"addressFormat"+"'"};
if(vErrors === null){
vErrors = [err610];
}
else {
vErrors.push(err610);
}
errors++;
}
if(data140.encoding === undefined){
const err611 = {instancePath:instancePath+"/board/displays/" + i15+"/output",schemaPath:"#/properties/board/properties/displays/items/properties/output/anyOf/4/required",keyword:"required",params:{missingProperty: "encoding"},message:"must have required property '"+"encoding"+"'"};
if(vErrors === null){
vErrors = [err611];
}
else {
vErrors.push(err611);
}
errors++;
}
if(data140.end === undefined){
const err612 = {instancePath:instancePath+"/board/displays/" + i15+"/output",schemaPath:"#/properties/board/properties/displays/items/properties/output/anyOf/4/required",keyword:"required",params:{missingProperty: "end"},message:"must have required property '"+"end"+"'"};
if(vErrors === null){
vErrors = [err612];
}
else {
vErrors.push(err612);
}
errors++;
}
if(data140.checksum === undefined){
const err613 = {instancePath:instancePath+"/board/displays/" + i15+"/output",schemaPath:"#/properties/board/properties/displays/items/properties/output/anyOf/4/required",keyword:"required",params:{missingProperty: "checksum"},message:"must have required property '"+"checksum"+"'"};
if(vErrors === null){
vErrors = [err613];
}
else {
vErrors.push(err613);
}
errors++;
}
for(const key41 in data140){
if(!(func2.call(schema16.properties.board.properties.displays.items.properties.output.anyOf[4].properties, key41))){
const err614 = {instancePath:instancePath+"/board/displays/" + i15+"/output",schemaPath:"#/properties/board/properties/displays/items/properties/output/anyOf/4/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key41},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err614];
}
else {
vErrors.push(err614);
}
errors++;
}
}
if(data140.driver !== undefined){
let data157 = data140.driver;
if(typeof data157 !== "string"){
const err615 = {instancePath:instancePath+"/board/displays/" + i15+"/output/driver",schemaPath:"#/properties/board/properties/displays/items/properties/output/anyOf/4/properties/driver/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err615];
}
else {
vErrors.push(err615);
}
errors++;
}
if(!(data157 === "template")){
const err616 = {instancePath:instancePath+"/board/displays/" + i15+"/output/driver",schemaPath:"#/properties/board/properties/displays/items/properties/output/anyOf/4/properties/driver/enum",keyword:"enum",params:{allowedValues: schema16.properties.board.properties.displays.items.properties.output.anyOf[4].properties.driver.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err616];
}
else {
vErrors.push(err616);
}
errors++;
}
if(errors > 0){
const emErrs98 = [];
for(const err617 of vErrors){
if(((((err617.keyword !== "errorMessage") && (!err617.emUsed)) && ((err617.instancePath === instancePath+"/board/displays/" + i15+"/output/driver") || ((err617.instancePath.indexOf(instancePath+"/board/displays/" + i15+"/output/driver") === 0) && (err617.instancePath[instancePath+"/board/displays/" + i15+"/output/driver".length] === "/")))) && (err617.schemaPath.indexOf("#/properties/board/properties/displays/items/properties/output/anyOf/4/properties/driver") === 0)) && (err617.schemaPath["#/properties/board/properties/displays/items/properties/output/anyOf/4/properties/driver".length] === "/")){
emErrs98.push(err617);
err617.emUsed = true;
}
}
if(emErrs98.length){
const err618 = {instancePath:instancePath+"/board/displays/" + i15+"/output/driver",schemaPath:"#/properties/board/properties/displays/items/properties/output/anyOf/4/properties/driver/errorMessage",keyword:"errorMessage",params:{errors: emErrs98},message:"must be one of: template"};
if(vErrors === null){
vErrors = [err618];
}
else {
vErrors.push(err618);
}
errors++;
}
const emErrs99 = [];
for(const err619 of vErrors){
if(!err619.emUsed){
emErrs99.push(err619);
}
}
vErrors = emErrs99;
errors = emErrs99.length;
}
}
if(data140.path !== undefined){
let data158 = data140.path;
if(typeof data158 === "string"){
if(func3(data158) < 1){
const err620 = {instancePath:instancePath+"/board/displays/" + i15+"/output/path",schemaPath:"#/properties/board/properties/displays/items/properties/output/anyOf/4/properties/path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err620];
}
else {
vErrors.push(err620);
}
errors++;
}
}
else {
const err621 = {instancePath:instancePath+"/board/displays/" + i15+"/output/path",schemaPath:"#/properties/board/properties/displays/items/properties/output/anyOf/4/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err621];
}
else {
vErrors.push(err621);
}
errors++;
}
}
if(data140.baudRate !== undefined){
let data159 = data140.baudRate;
if(!((typeof data159 == "number") && (!(data159 % 1) && !isNaN(data159)))){
const err622 = {instancePath:instancePath+"/board/displays/" + i15+"/output/baudRate",schemaPath:"#/properties/board/properties/displays/items/properties/output/anyOf/4/properties/baudRate/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err622];
}
else {
vErrors.push(err622);
}
errors++;
}
if(typeof data159 == "number"){
if(data159 > 115200 || isNaN(data159)){
const err623 = {instancePath:instancePath+"/board/displays/" + i15+"/output/baudRate",schemaPath:"#/properties/board/properties/displays/items/properties/output/anyOf/4/properties/baudRate/maximum",keyword:"maximum",params:{comparison: "<=", limit: 115200},message:"must be <= 115200"};
if(vErrors === null){
vErrors = [err623];
}
else {
vErrors.push(err623);
}
errors++;
}
if(data159 < 1200 || isNaN(data159)){
const err624 = {instancePath:instancePath+"/board/displays/" + i15+"/output/baudRate",schemaPath:"#/properties/board/properties/displays/items/properties/output/anyOf/4/properties/baudRate/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1200},message:"must be >= 1200"};
if(vErrors === null){
vErrors = [err624];
}
else {
vErrors.push(err624);
}
errors++;
}
}
}
if(data140.address !== undefined){
let data160 = data140.address;
if(!((typeof data160 == "number") && (!(data160 % 1) && !isNaN(data160)))){
const err625 = {instancePath:instancePath+"/board/displays/" + i15+"/output/address",schemaPath:"#/properties/board/properties/displays/items/properties/output/anyOf/4/properties/address/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err625];
}
else {
vErrors.push(err625);
}
errors++;
}
if(typeof data160 == "number"){
if(data160 > 999 || isNaN(data160)){
const err626 = {instancePath:instancePath+"/board/displays/" + i15+"/output/address",schemaPath:"#/properties/board/properties/displays/items/properties/output/anyOf/4/properties/address/maximum",keyword:"maximum",params:{comparison: "<=", limit: 999},message:"must be <= 999"};
if(vErrors === null){
vErrors = [err626];
}
else {
vErrors.push(err626);
}
errors++;
}
if(data160 < 0 || isNaN(data160)){
const err627 = {instancePath:instancePath+"/board/displays/" + i15+"/output/address",schemaPath:"#/properties/board/properties/displays/items/properties/output/anyOf/4/properties/address/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err627];
}
else {
vErrors.push(err627);
}
errors++;
}
}
}
if(data140.start !== undefined){
let data161 = data140.start;
if(Array.isArray(data161)){
if(data161.length > 8){
const err628 = {instancePath:instancePath+"/board/displays/" + i15+"/output/start",schemaPath:"#/properties/board/properties/displays/items/properties/output/anyOf/4/properties/start/maxItems",keyword:"maxItems",params:{limit: 8},message:"must NOT have more than 8 items"};
if(vErrors === null){
vErrors = [err628];
}
else {
vErrors.push(err628);
}
errors++;
}
const len14 = data161.length;
for(let i16=0; i16<len14; i16++){
let data162 = data161[i16];
if(!((typeof data162 == "number") && (!(data162 % 1) && !isNaN(data162)))){
const err629 = {instancePath:instancePath+"/board/displays/" + i15+"/output/start/" + i16,schemaPath:"#/properties/board/properties/displays/items/properties/output/anyOf/4/properties/start/items/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err629];
}
else {
vErrors.push(err629);
}
errors++;
}
if(typeof data162 == "number"){
if(data162 > 255 || isNaN(data162)){
const err630 = {instancePath:instancePath+"/board/displays/" + i15+"/output/start/" + i16,schemaPath:"#/properties/board/properties/displays/items/properties/output/anyOf/4/properties/start/items/maximum",keyword:"maximum",params:{comparison: "<=", limit: 255},message:"must be <= 255"};
if(vErrors === null){
vErrors = [err630];
}
else {
vErrors.push(err630);
}
errors++;
}
if(data162 < 0 || isNaN(data162)){
const err631 = {instancePath:instancePath+"/board/displays/" + i15+"/output/start/" + i16,schemaPath:"#/properties/board/properties/displays/items/properties/output/anyOf/4/properties/start/items/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err631];
}
else {
vErrors.push(err631);
}
errors++;
}
}
}
}
else {
const err632 = {instancePath:instancePath+"/board/displays/" + i15+"/output/start",schemaPath:"#/properties/board/properties/displays/items/properties/output/anyOf/4/properties/start/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err632];
}
else {
vErrors.push(err632);
}
errors++;
}
}
if(data140.addressFormat !== undefined){
let data163 = data140.addressFormat;
if(typeof data163 !== "string"){
const err633 = {instancePath:instancePath+"/board/displays/" + i15+"/output/addressFormat",schemaPath:"#/properties/board/properties/displays/items/properties/output/anyOf/4/properties/addressFormat/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err633];
}
else {
vErrors.push(err633);
}
errors++;
}
if(!(((((data163 === "byte") || (data163 === "dec2")) || (data163 === "dec3")) || (data163 === "hex2")) || (data163 === "none"))){
const err634 = {instancePath:instancePath+"/board/displays/" + i15+"/output/addressFormat",schemaPath:"#/properties/board/properties/displays/items/properties/output/anyOf/4/properties/addressFormat/enum",keyword:"enum",params:{allowedValues: schema16.properties.board.properties.displays.items.properties.output.anyOf[4].properties.addressFormat.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err634];
}
else {
vErrors.push(err634);
}
errors++;
}
if(errors > 0){
const emErrs100 = [];
for(const err635 of vErrors){
if(((((err635.keyword !== "errorMessage") && (!err635.emUsed)) && ((err635.instancePath === instancePath+"/board/displays/" + i15+"/output/addressFormat") || ((err635.instancePath.indexOf(instancePath+"/board/displays/" + i15+"/output/addressFormat") === 0) && (err635.instancePath[instancePath+"/board/displays/" + i15+"/output/addressFormat".length] === "/")))) && (err635.schemaPath.indexOf("#/properties/board/properties/displays/items/properties/output/anyOf/4/properties/addressFormat") === 0)) && (err635.schemaPath["#/properties/board/properties/displays/items/properties/output/anyOf/4/properties/addressFormat".length] === "/")){
emErrs100.push(err635);
err635.emUsed = true;
}
}
if(emErrs100.length){
const err636 = {instancePath:instancePath+"/board/displays/" + i15+"/output/addressFormat",schemaPath:"#/properties/board/properties/displays/items/properties/output/anyOf/4/properties/addressFormat/errorMessage",keyword:"errorMessage",params:{errors: emErrs100},message:"must be one of: byte, dec2, dec3, hex2, none"};
if(vErrors === null){
vErrors = [err636];
}
else {
vErrors.push(err636);
}
errors++;
}
const emErrs101 = [];
for(const err637 of vErrors){
if(!err637.emUsed){
emErrs101.push(err637);
}
}
vErrors = emErrs101;
errors = emErrs101.length;
}
}
if(data140.encoding !== undefined){
let data164 = data140.encoding;
if(typeof data164 === "string"){
if(func3(data164) < 1){
const err638 = {instancePath:instancePath+"/board/displays/" + i15+"/output/encoding",schemaPath:"#/properties/board/properties/displays/items/properties/output/anyOf/4/properties/encoding/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err638];
}
else {
vErrors.push(err638);
}
errors++;
}
}
else {
const err639 = {instancePath:instancePath+"/board/displays/" + i15+"/output/encoding",schemaPath:"#/properties/board/properties/displays/items/properties/output/anyOf/4/properties/encoding/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err639];
}
else {
vErrors.push(err639);
}
errors++;
}
}
if(data140.rowSeparator !== undefined){
let data165 = data140.rowSeparator;
if(Array.isArray(data165)){
if(data165.length > 8){
const err640 = {instancePath:instancePath+"/board/displays/" + i15+"/output/rowSeparator",schemaPath:"#/properties/board/properties/displays/items/properties/output/anyOf/4/properties/rowSeparator/maxItems",keyword:"maxItems",params:{limit: 8},message:"must NOT have more than 8 items"};
if(vErrors === null){
vErrors = [err640];
}
else {
vErrors.push(err640);
}
errors++;
}
const len15 = data165.length;
for(let i17=0; i17<len15; i17++){
let data166 = data165[i17];
if(!((typeof data166 == "number") && (!(data166 % 1) && !isNaN(data166)))){
const err641 = {instancePath:instancePath+"/board/displays/" + i15+"/output/rowSeparator/" + i17,schemaPath:"#/properties/board/properties/displays/items/properties/output/anyOf/4/properties/rowSeparator/items/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err641];
}
else {
vErrors.push(err641);
}
errors++;
}
if(typeof data166 == "number"){
if(data166 > 255 || isNaN(data166)){
const err642 = {instancePath:instancePath+"/board/displays/" + i15+"/output/rowSeparator/" + i17,schemaPath:"#/properties/board/properties/displays/items/properties/output/anyOf/4/properties/rowSeparator/items/maximum",keyword:"maximum",params:{comparison: "<=", limit: 255},message:"must be <= 255"};
if(vErrors === null){
vErrors = [err642];
}
else {
vErrors.push(err642);
}
errors++;
}
if(data166 < 0 || isNaN(data166)){
const err643 = {instancePath:instancePath+"/board/displays/" + i15+"/output/rowSeparator/" + i17,schemaPath:"#/properties/board/properties/displays/items/properties/output/anyOf/4/properties/rowSeparator/items/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err643];
}
else {
vErrors.push(err643);
}
errors++;
}
}
}
}
else {
const err644 = {instancePath:instancePath+"/board/displays/" + i15+"/output/rowSeparator",schemaPath:"#/properties/board/properties/displays/items/properties/output/anyOf/4/properties/rowSeparator/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err644];
}
else {
vErrors.push(err644);
}
errors++;
}
}
if(data140.end !== undefined){
let data167 = data140.end;
if(Array.isArray(data167)){
if(data167.length > 8){
const err645 = {instancePath:instancePath+"/board/displays/" + i15+"/output/end",schemaPath:"#/properties/board/properties/displays/items/properties/output/anyOf/4/properties/end/maxItems",keyword:"maxItems",params:{limit: 8},message:"must NOT have more than 8 items"};
if(vErrors === null){
vErrors = [err645];
}
else {
vErrors.push(err645);
}
errors++;
}
const len16 = data167.length;
for(let i18=0; i18<len16; i18++){
let data168 = data167[i18];
if(!((typeof data168 == "number") && (!(data168 % 1) && !isNaN(data168)))){
const err646 = {instancePath:instancePath+"/board/displays/" + i15+"/output/end/" + i18,schemaPath:"#/properties/board/properties/displays/items/properties/output/anyOf/4/properties/end/items/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err646];
}
else {
vErrors.push(err646);
}
errors++;
}
if(typeof data168 == "number"){
if(data168 > 255 || isNaN(data168)){
const err647 = {instancePath:instancePath+"/board/displays/" + i15+"/output/end/" + i18,schemaPath:"#/properties/board/properties/displays/items/properties/output/anyOf/4/properties/end/items/maximum",keyword:"maximum",params:{comparison: "<=", limit: 255},message:"must be <= 255"};
if(vErrors === null){
vErrors = [err647];
}
else {
vErrors.push(err647);
}
errors++;
}
if(data168 < 0 || isNaN(data168)){
const err648 = {instancePath:instancePath+"/board/displays/" + i15+"/output/end/" + i18,schemaPath:"#/properties/board/properties/displays/items/properties/output/anyOf/4/properties/end/items/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err648];
}
else {
vErrors.push(err648);
}
errors++;
}
}
}
}
else {
const err649 = {instancePath:instancePath+"/board/displays/" + i15+"/output/end",schemaPath:"#/properties/board/properties/displays/items/properties/output/anyOf/4/properties/end/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err649];
}
else {
vErrors.push(err649);
}
errors++;
}
}
if(data140.checksum !== undefined){
let data169 = data140.checksum;
if(typeof data169 !== "string"){
const err650 = {instancePath:instancePath+"/board/displays/" + i15+"/output/checksum",schemaPath:"#/properties/board/properties/displays/items/properties/output/anyOf/4/properties/checksum/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err650];
}
else {
vErrors.push(err650);
}
errors++;
}
if(!((((data169 === "none") || (data169 === "xor")) || (data169 === "sum8")) || (data169 === "crc16-modbus"))){
const err651 = {instancePath:instancePath+"/board/displays/" + i15+"/output/checksum",schemaPath:"#/properties/board/properties/displays/items/properties/output/anyOf/4/properties/checksum/enum",keyword:"enum",params:{allowedValues: schema16.properties.board.properties.displays.items.properties.output.anyOf[4].properties.checksum.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err651];
}
else {
vErrors.push(err651);
}
errors++;
}
if(errors > 0){
const emErrs102 = [];
for(const err652 of vErrors){
if(((((err652.keyword !== "errorMessage") && (!err652.emUsed)) && ((err652.instancePath === instancePath+"/board/displays/" + i15+"/output/checksum") || ((err652.instancePath.indexOf(instancePath+"/board/displays/" + i15+"/output/checksum") === 0) && (err652.instancePath[instancePath+"/board/displays/" + i15+"/output/checksum".length] === "/")))) && (err652.schemaPath.indexOf("#/properties/board/properties/displays/items/properties/output/anyOf/4/properties/checksum") === 0)) && (err652.schemaPath["#/properties/board/properties/displays/items/properties/output/anyOf/4/properties/checksum".length] === "/")){
emErrs102.push(err652);
err652.emUsed = true;
}
}
if(emErrs102.length){
const err653 = {instancePath:instancePath+"/board/displays/" + i15+"/output/checksum",schemaPath:"#/properties/board/properties/displays/items/properties/output/anyOf/4/properties/checksum/errorMessage",keyword:"errorMessage",params:{errors: emErrs102},message:"must be one of: none, xor, sum8, crc16-modbus"};
if(vErrors === null){
vErrors = [err653];
}
else {
vErrors.push(err653);
}
errors++;
}
const emErrs103 = [];
for(const err654 of vErrors){
if(!err654.emUsed){
emErrs103.push(err654);
}
}
vErrors = emErrs103;
errors = emErrs103.length;
}
}
if(data140.gapMs !== undefined){
let data170 = data140.gapMs;
if(!((typeof data170 == "number") && (!(data170 % 1) && !isNaN(data170)))){
const err655 = {instancePath:instancePath+"/board/displays/" + i15+"/output/gapMs",schemaPath:"#/properties/board/properties/displays/items/properties/output/anyOf/4/properties/gapMs/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err655];
}
else {
vErrors.push(err655);
}
errors++;
}
if(typeof data170 == "number"){
if(data170 > 1000 || isNaN(data170)){
const err656 = {instancePath:instancePath+"/board/displays/" + i15+"/output/gapMs",schemaPath:"#/properties/board/properties/displays/items/properties/output/anyOf/4/properties/gapMs/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000},message:"must be <= 1000"};
if(vErrors === null){
vErrors = [err656];
}
else {
vErrors.push(err656);
}
errors++;
}
if(data170 < 0 || isNaN(data170)){
const err657 = {instancePath:instancePath+"/board/displays/" + i15+"/output/gapMs",schemaPath:"#/properties/board/properties/displays/items/properties/output/anyOf/4/properties/gapMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err657];
}
else {
vErrors.push(err657);
}
errors++;
}
}
}
}
else {
const err658 = {instancePath:instancePath+"/board/displays/" + i15+"/output",schemaPath:"#/properties/board/properties/displays/items/properties/output/anyOf/4/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err658];
}
else {
vErrors.push(err658);
}
errors++;
}
var _valid6 = _errs393 === errors;
valid73 = valid73 || _valid6;
}
}
}
}
if(!valid73){
const err659 = {instancePath:instancePath+"/board/displays/" + i15+"/output",schemaPath:"#/properties/board/properties/displays/items/properties/output/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err659];
}
else {
vErrors.push(err659);
}
errors++;
}
else {
errors = _errs348;
if(vErrors !== null){
if(_errs348){
vErrors.length = _errs348;
}
else {
vErrors = null;
}
}
}
}
let data171 = data135.blinkSeconds;
if(!((typeof data171 == "number") && (!(data171 % 1) && !isNaN(data171)))){
const err660 = {instancePath:instancePath+"/board/displays/" + i15+"/blinkSeconds",schemaPath:"#/properties/board/properties/displays/items/properties/blinkSeconds/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err660];
}
else {
vErrors.push(err660);
}
errors++;
}
if(typeof data171 == "number"){
if(data171 > 60 || isNaN(data171)){
const err661 = {instancePath:instancePath+"/board/displays/" + i15+"/blinkSeconds",schemaPath:"#/properties/board/properties/displays/items/properties/blinkSeconds/maximum",keyword:"maximum",params:{comparison: "<=", limit: 60},message:"must be <= 60"};
if(vErrors === null){
vErrors = [err661];
}
else {
vErrors.push(err661);
}
errors++;
}
if(data171 < 0 || isNaN(data171)){
const err662 = {instancePath:instancePath+"/board/displays/" + i15+"/blinkSeconds",schemaPath:"#/properties/board/properties/displays/items/properties/blinkSeconds/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err662];
}
else {
vErrors.push(err662);
}
errors++;
}
}
let data172 = data135.notices;
if(Array.isArray(data172)){
const len17 = data172.length;
for(let i19=0; i19<len17; i19++){
let data173 = data172[i19];
if(typeof data173 === "string"){
if(func3(data173) > 200){
const err663 = {instancePath:instancePath+"/board/displays/" + i15+"/notices/" + i19,schemaPath:"#/properties/board/properties/displays/items/properties/notices/items/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"};
if(vErrors === null){
vErrors = [err663];
}
else {
vErrors.push(err663);
}
errors++;
}
if(func3(data173) < 1){
const err664 = {instancePath:instancePath+"/board/displays/" + i15+"/notices/" + i19,schemaPath:"#/properties/board/properties/displays/items/properties/notices/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err664];
}
else {
vErrors.push(err664);
}
errors++;
}
}
else {
const err665 = {instancePath:instancePath+"/board/displays/" + i15+"/notices/" + i19,schemaPath:"#/properties/board/properties/displays/items/properties/notices/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err665];
}
else {
vErrors.push(err665);
}
errors++;
}
}
}
else {
const err666 = {instancePath:instancePath+"/board/displays/" + i15+"/notices",schemaPath:"#/properties/board/properties/displays/items/properties/notices/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err666];
}
else {
vErrors.push(err666);
}
errors++;
}
let data174 = data135.noticeSeconds;
if(!((typeof data174 == "number") && (!(data174 % 1) && !isNaN(data174)))){
const err667 = {instancePath:instancePath+"/board/displays/" + i15+"/noticeSeconds",schemaPath:"#/properties/board/properties/displays/items/properties/noticeSeconds/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err667];
}
else {
vErrors.push(err667);
}
errors++;
}
if(typeof data174 == "number"){
if(data174 > 600 || isNaN(data174)){
const err668 = {instancePath:instancePath+"/board/displays/" + i15+"/noticeSeconds",schemaPath:"#/properties/board/properties/displays/items/properties/noticeSeconds/maximum",keyword:"maximum",params:{comparison: "<=", limit: 600},message:"must be <= 600"};
if(vErrors === null){
vErrors = [err668];
}
else {
vErrors.push(err668);
}
errors++;
}
if(data174 < 2 || isNaN(data174)){
const err669 = {instancePath:instancePath+"/board/displays/" + i15+"/noticeSeconds",schemaPath:"#/properties/board/properties/displays/items/properties/noticeSeconds/minimum",keyword:"minimum",params:{comparison: ">=", limit: 2},message:"must be >= 2"};
if(vErrors === null){
vErrors = [err669];
}
else {
vErrors.push(err669);
}
errors++;
}
}
}
else {
const err670 = {instancePath:instancePath+"/board/displays/" + i15,schemaPath:"#/properties/board/properties/displays/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err670];
}
else {
vErrors.push(err670);
}
errors++;
}
}
}
else {
const err671 = {instancePath:instancePath+"/board/displays",schemaPath:"#/properties/board/properties/displays/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err671];
}
else {
vErrors.push(err671);
}
errors++;
}
}
if(data84.announcer !== undefined){
let data175 = data84.announcer;
if(data175 && typeof data175 == "object" && !Array.isArray(data175)){
if(data175.place === undefined){
data175.place = "counter";
}
if(data175.numbers === undefined){
data175.numbers = "words";
}
if(data175.volume === undefined){
data175.volume = [];
}
if(data175.output === undefined){
const err672 = {instancePath:instancePath+"/board/announcer",schemaPath:"#/properties/board/properties/announcer/required",keyword:"required",params:{missingProperty: "output"},message:"must have required property '"+"output"+"'"};
if(vErrors === null){
vErrors = [err672];
}
else {
vErrors.push(err672);
}
errors++;
}
if(data175.place === undefined){
const err673 = {instancePath:instancePath+"/board/announcer",schemaPath:"#/properties/board/properties/announcer/required",keyword:"required",params:{missingProperty: "place"},message:"must have required property '"+"place"+"'"};
if(vErrors === null){
vErrors = [err673];
}
else {
vErrors.push(err673);
}
errors++;
}
if(data175.numbers === undefined){
const err674 = {instancePath:instancePath+"/board/announcer",schemaPath:"#/properties/board/properties/announcer/required",keyword:"required",params:{missingProperty: "numbers"},message:"must have required property '"+"numbers"+"'"};
if(vErrors === null){
vErrors = [err674];
}
else {
vErrors.push(err674);
}
errors++;
}
if(data175.volume === undefined){
const err675 = {instancePath:instancePath+"/board/announcer",schemaPath:"#/properties/board/properties/announcer/required",keyword:"required",params:{missingProperty: "volume"},message:"must have required property '"+"volume"+"'"};
if(vErrors === null){
vErrors = [err675];
}
else {
vErrors.push(err675);
}
errors++;
}
for(const key42 in data175){
if(!(((((key42 === "output") || (key42 === "place")) || (key42 === "numbers")) || (key42 === "hours")) || (key42 === "volume"))){
const err676 = {instancePath:instancePath+"/board/announcer",schemaPath:"#/properties/board/properties/announcer/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key42},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err676];
}
else {
vErrors.push(err676);
}
errors++;
}
}
if(data175.output !== undefined){
let data176 = data175.output;
const _errs436 = errors;
let valid88 = false;
const _errs437 = errors;
if(data176 && typeof data176 == "object" && !Array.isArray(data176)){
if(data176.driver === undefined){
const err677 = {instancePath:instancePath+"/board/announcer/output",schemaPath:"#/properties/board/properties/announcer/properties/output/anyOf/0/required",keyword:"required",params:{missingProperty: "driver"},message:"must have required property '"+"driver"+"'"};
if(vErrors === null){
vErrors = [err677];
}
else {
vErrors.push(err677);
}
errors++;
}
for(const key43 in data176){
if(!(key43 === "driver")){
const err678 = {instancePath:instancePath+"/board/announcer/output",schemaPath:"#/properties/board/properties/announcer/properties/output/anyOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key43},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err678];
}
else {
vErrors.push(err678);
}
errors++;
}
}
if(data176.driver !== undefined){
let data177 = data176.driver;
if(typeof data177 !== "string"){
const err679 = {instancePath:instancePath+"/board/announcer/output/driver",schemaPath:"#/properties/board/properties/announcer/properties/output/anyOf/0/properties/driver/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err679];
}
else {
vErrors.push(err679);
}
errors++;
}
if(!(data177 === "simulated")){
const err680 = {instancePath:instancePath+"/board/announcer/output/driver",schemaPath:"#/properties/board/properties/announcer/properties/output/anyOf/0/properties/driver/enum",keyword:"enum",params:{allowedValues: schema16.properties.board.properties.announcer.properties.output.anyOf[0].properties.driver.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err680];
}
else {
vErrors.push(err680);
}
errors++;
}
if(errors > 0){
const emErrs104 = [];
for(const err681 of vErrors){
if(((((err681.keyword !== "errorMessage") && (!err681.emUsed)) && ((err681.instancePath === instancePath+"/board/announcer/output/driver") || ((err681.instancePath.indexOf(instancePath+"/board/announcer/output/driver") === 0) && (err681.instancePath[instancePath+"/board/announcer/output/driver".length] === "/")))) && (err681.schemaPath.indexOf("#/properties/board/properties/announcer/properties/output/anyOf/0/properties/driver") === 0)) && (err681.schemaPath["#/properties/board/properties/announcer/properties/output/anyOf/0/properties/driver".length] === "/")){
emErrs104.push(err681);
err681.emUsed = true;
}
}
if(emErrs104.length){
const err682 = {instancePath:instancePath+"/board/announcer/output/driver",schemaPath:"#/properties/board/properties/announcer/properties/output/anyOf/0/properties/driver/errorMessage",keyword:"errorMessage",params:{errors: emErrs104},message:"must be one of: simulated"};
if(vErrors === null){
vErrors = [err682];
}
else {
vErrors.push(err682);
}
errors++;
}
const emErrs105 = [];
for(const err683 of vErrors){
if(!err683.emUsed){
emErrs105.push(err683);
}
}
vErrors = emErrs105;
errors = emErrs105.length;
}
}
}
else {
const err684 = {instancePath:instancePath+"/board/announcer/output",schemaPath:"#/properties/board/properties/announcer/properties/output/anyOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err684];
}
else {
vErrors.push(err684);
}
errors++;
}
var _valid7 = _errs437 === errors;
valid88 = valid88 || _valid7;
if(!valid88){
const _errs442 = errors;
if(data176 && typeof data176 == "object" && !Array.isArray(data176)){
if(data176.driver === undefined){
const err685 = {instancePath:instancePath+"/board/announcer/output",schemaPath:"#/properties/board/properties/announcer/properties/output/anyOf/1/required",keyword:"required",params:{missingProperty: "driver"},message:"must have required property '"+"driver"+"'"};
if(vErrors === null){
vErrors = [err685];
}
else {
vErrors.push(err685);
}
errors++;
}
if(data176.device === undefined){
const err686 = {instancePath:instancePath+"/board/announcer/output",schemaPath:"#/properties/board/properties/announcer/properties/output/anyOf/1/required",keyword:"required",params:{missingProperty: "device"},message:"must have required property '"+"device"+"'"};
if(vErrors === null){
vErrors = [err686];
}
else {
vErrors.push(err686);
}
errors++;
}
if(data176.clips === undefined){
const err687 = {instancePath:instancePath+"/board/announcer/output",schemaPath:"#/properties/board/properties/announcer/properties/output/anyOf/1/required",keyword:"required",params:{missingProperty: "clips"},message:"must have required property '"+"clips"+"'"};
if(vErrors === null){
vErrors = [err687];
}
else {
vErrors.push(err687);
}
errors++;
}
for(const key44 in data176){
if(!((((key44 === "driver") || (key44 === "device")) || (key44 === "clips")) || (key44 === "siteClips"))){
const err688 = {instancePath:instancePath+"/board/announcer/output",schemaPath:"#/properties/board/properties/announcer/properties/output/anyOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key44},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err688];
}
else {
vErrors.push(err688);
}
errors++;
}
}
if(data176.driver !== undefined){
let data178 = data176.driver;
if(typeof data178 !== "string"){
const err689 = {instancePath:instancePath+"/board/announcer/output/driver",schemaPath:"#/properties/board/properties/announcer/properties/output/anyOf/1/properties/driver/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err689];
}
else {
vErrors.push(err689);
}
errors++;
}
if("aplay" !== data178){
const err690 = {instancePath:instancePath+"/board/announcer/output/driver",schemaPath:"#/properties/board/properties/announcer/properties/output/anyOf/1/properties/driver/const",keyword:"const",params:{allowedValue: "aplay"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err690];
}
else {
vErrors.push(err690);
}
errors++;
}
}
if(data176.device !== undefined){
let data179 = data176.device;
if(typeof data179 === "string"){
if(func3(data179) < 1){
const err691 = {instancePath:instancePath+"/board/announcer/output/device",schemaPath:"#/properties/board/properties/announcer/properties/output/anyOf/1/properties/device/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err691];
}
else {
vErrors.push(err691);
}
errors++;
}
}
else {
const err692 = {instancePath:instancePath+"/board/announcer/output/device",schemaPath:"#/properties/board/properties/announcer/properties/output/anyOf/1/properties/device/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err692];
}
else {
vErrors.push(err692);
}
errors++;
}
}
if(data176.clips !== undefined){
let data180 = data176.clips;
if(typeof data180 === "string"){
if(func3(data180) < 1){
const err693 = {instancePath:instancePath+"/board/announcer/output/clips",schemaPath:"#/properties/board/properties/announcer/properties/output/anyOf/1/properties/clips/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err693];
}
else {
vErrors.push(err693);
}
errors++;
}
}
else {
const err694 = {instancePath:instancePath+"/board/announcer/output/clips",schemaPath:"#/properties/board/properties/announcer/properties/output/anyOf/1/properties/clips/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err694];
}
else {
vErrors.push(err694);
}
errors++;
}
}
if(data176.siteClips !== undefined){
let data181 = data176.siteClips;
if(typeof data181 === "string"){
if(func3(data181) < 1){
const err695 = {instancePath:instancePath+"/board/announcer/output/siteClips",schemaPath:"#/properties/board/properties/announcer/properties/output/anyOf/1/properties/siteClips/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err695];
}
else {
vErrors.push(err695);
}
errors++;
}
}
else {
const err696 = {instancePath:instancePath+"/board/announcer/output/siteClips",schemaPath:"#/properties/board/properties/announcer/properties/output/anyOf/1/properties/siteClips/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err696];
}
else {
vErrors.push(err696);
}
errors++;
}
}
}
else {
const err697 = {instancePath:instancePath+"/board/announcer/output",schemaPath:"#/properties/board/properties/announcer/properties/output/anyOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err697];
}
else {
vErrors.push(err697);
}
errors++;
}
var _valid7 = _errs442 === errors;
valid88 = valid88 || _valid7;
}
if(!valid88){
const err698 = {instancePath:instancePath+"/board/announcer/output",schemaPath:"#/properties/board/properties/announcer/properties/output/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err698];
}
else {
vErrors.push(err698);
}
errors++;
}
else {
errors = _errs436;
if(vErrors !== null){
if(_errs436){
vErrors.length = _errs436;
}
else {
vErrors = null;
}
}
}
}
let data182 = data175.place;
if(typeof data182 !== "string"){
const err699 = {instancePath:instancePath+"/board/announcer/place",schemaPath:"#/properties/board/properties/announcer/properties/place/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err699];
}
else {
vErrors.push(err699);
}
errors++;
}
if(!(((data182 === "counter") || (data182 === "window")) || (data182 === "room"))){
const err700 = {instancePath:instancePath+"/board/announcer/place",schemaPath:"#/properties/board/properties/announcer/properties/place/enum",keyword:"enum",params:{allowedValues: schema16.properties.board.properties.announcer.properties.place.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err700];
}
else {
vErrors.push(err700);
}
errors++;
}
if(errors > 0){
const emErrs106 = [];
for(const err701 of vErrors){
if(((((err701.keyword !== "errorMessage") && (!err701.emUsed)) && ((err701.instancePath === instancePath+"/board/announcer/place") || ((err701.instancePath.indexOf(instancePath+"/board/announcer/place") === 0) && (err701.instancePath[instancePath+"/board/announcer/place".length] === "/")))) && (err701.schemaPath.indexOf("#/properties/board/properties/announcer/properties/place") === 0)) && (err701.schemaPath["#/properties/board/properties/announcer/properties/place".length] === "/")){
emErrs106.push(err701);
err701.emUsed = true;
}
}
if(emErrs106.length){
const err702 = {instancePath:instancePath+"/board/announcer/place",schemaPath:"#/properties/board/properties/announcer/properties/place/errorMessage",keyword:"errorMessage",params:{errors: emErrs106},message:"must be one of: counter, window, room"};
if(vErrors === null){
vErrors = [err702];
}
else {
vErrors.push(err702);
}
errors++;
}
const emErrs107 = [];
for(const err703 of vErrors){
if(!err703.emUsed){
emErrs107.push(err703);
}
}
vErrors = emErrs107;
errors = emErrs107.length;
}
let data183 = data175.numbers;
if(typeof data183 !== "string"){
const err704 = {instancePath:instancePath+"/board/announcer/numbers",schemaPath:"#/properties/board/properties/announcer/properties/numbers/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err704];
}
else {
vErrors.push(err704);
}
errors++;
}
if(!((data183 === "words") || (data183 === "digits"))){
const err705 = {instancePath:instancePath+"/board/announcer/numbers",schemaPath:"#/properties/board/properties/announcer/properties/numbers/enum",keyword:"enum",params:{allowedValues: schema16.properties.board.properties.announcer.properties.numbers.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err705];
}
else {
vErrors.push(err705);
}
errors++;
}
if(errors > 0){
const emErrs108 = [];
for(const err706 of vErrors){
if(((((err706.keyword !== "errorMessage") && (!err706.emUsed)) && ((err706.instancePath === instancePath+"/board/announcer/numbers") || ((err706.instancePath.indexOf(instancePath+"/board/announcer/numbers") === 0) && (err706.instancePath[instancePath+"/board/announcer/numbers".length] === "/")))) && (err706.schemaPath.indexOf("#/properties/board/properties/announcer/properties/numbers") === 0)) && (err706.schemaPath["#/properties/board/properties/announcer/properties/numbers".length] === "/")){
emErrs108.push(err706);
err706.emUsed = true;
}
}
if(emErrs108.length){
const err707 = {instancePath:instancePath+"/board/announcer/numbers",schemaPath:"#/properties/board/properties/announcer/properties/numbers/errorMessage",keyword:"errorMessage",params:{errors: emErrs108},message:"must be one of: words, digits"};
if(vErrors === null){
vErrors = [err707];
}
else {
vErrors.push(err707);
}
errors++;
}
const emErrs109 = [];
for(const err708 of vErrors){
if(!err708.emUsed){
emErrs109.push(err708);
}
}
vErrors = emErrs109;
errors = emErrs109.length;
}
if(data175.hours !== undefined){
let data184 = data175.hours;
if(Array.isArray(data184)){
const len18 = data184.length;
for(let i20=0; i20<len18; i20++){
let data185 = data184[i20];
if(data185 && typeof data185 == "object" && !Array.isArray(data185)){
if(data185.days === undefined){
const err709 = {instancePath:instancePath+"/board/announcer/hours/" + i20,schemaPath:"#/properties/board/properties/announcer/properties/hours/items/required",keyword:"required",params:{missingProperty: "days"},message:"must have required property '"+"days"+"'"};
if(vErrors === null){
vErrors = [err709];
}
else {
vErrors.push(err709);
}
errors++;
}
if(data185.from === undefined){
const err710 = {instancePath:instancePath+"/board/announcer/hours/" + i20,schemaPath:"#/properties/board/properties/announcer/properties/hours/items/required",keyword:"required",params:{missingProperty: "from"},message:"must have required property '"+"from"+"'"};
if(vErrors === null){
vErrors = [err710];
}
else {
vErrors.push(err710);
}
errors++;
}
if(data185.to === undefined){
const err711 = {instancePath:instancePath+"/board/announcer/hours/" + i20,schemaPath:"#/properties/board/properties/announcer/properties/hours/items/required",keyword:"required",params:{missingProperty: "to"},message:"must have required property '"+"to"+"'"};
if(vErrors === null){
vErrors = [err711];
}
else {
vErrors.push(err711);
}
errors++;
}
for(const key45 in data185){
if(!(((key45 === "days") || (key45 === "from")) || (key45 === "to"))){
const err712 = {instancePath:instancePath+"/board/announcer/hours/" + i20,schemaPath:"#/properties/board/properties/announcer/properties/hours/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key45},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err712];
}
else {
vErrors.push(err712);
}
errors++;
}
}
if(data185.days !== undefined){
let data186 = data185.days;
if(Array.isArray(data186)){
if(data186.length < 1){
const err713 = {instancePath:instancePath+"/board/announcer/hours/" + i20+"/days",schemaPath:"#/properties/board/properties/announcer/properties/hours/items/properties/days/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err713];
}
else {
vErrors.push(err713);
}
errors++;
}
const len19 = data186.length;
for(let i21=0; i21<len19; i21++){
let data187 = data186[i21];
if(!((typeof data187 == "number") && (!(data187 % 1) && !isNaN(data187)))){
const err714 = {instancePath:instancePath+"/board/announcer/hours/" + i20+"/days/" + i21,schemaPath:"#/properties/board/properties/announcer/properties/hours/items/properties/days/items/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err714];
}
else {
vErrors.push(err714);
}
errors++;
}
if(typeof data187 == "number"){
if(data187 > 7 || isNaN(data187)){
const err715 = {instancePath:instancePath+"/board/announcer/hours/" + i20+"/days/" + i21,schemaPath:"#/properties/board/properties/announcer/properties/hours/items/properties/days/items/maximum",keyword:"maximum",params:{comparison: "<=", limit: 7},message:"must be <= 7"};
if(vErrors === null){
vErrors = [err715];
}
else {
vErrors.push(err715);
}
errors++;
}
if(data187 < 1 || isNaN(data187)){
const err716 = {instancePath:instancePath+"/board/announcer/hours/" + i20+"/days/" + i21,schemaPath:"#/properties/board/properties/announcer/properties/hours/items/properties/days/items/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err716];
}
else {
vErrors.push(err716);
}
errors++;
}
}
}
}
else {
const err717 = {instancePath:instancePath+"/board/announcer/hours/" + i20+"/days",schemaPath:"#/properties/board/properties/announcer/properties/hours/items/properties/days/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err717];
}
else {
vErrors.push(err717);
}
errors++;
}
}
if(data185.from !== undefined){
let data188 = data185.from;
if(typeof data188 === "string"){
if(!pattern2.test(data188)){
const err718 = {instancePath:instancePath+"/board/announcer/hours/" + i20+"/from",schemaPath:"#/properties/board/properties/announcer/properties/hours/items/properties/from/pattern",keyword:"pattern",params:{pattern: "^([01][0-9]|2[0-3]):[0-5][0-9]$"},message:"must match pattern \""+"^([01][0-9]|2[0-3]):[0-5][0-9]$"+"\""};
if(vErrors === null){
vErrors = [err718];
}
else {
vErrors.push(err718);
}
errors++;
}
}
else {
const err719 = {instancePath:instancePath+"/board/announcer/hours/" + i20+"/from",schemaPath:"#/properties/board/properties/announcer/properties/hours/items/properties/from/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err719];
}
else {
vErrors.push(err719);
}
errors++;
}
if(errors > 0){
const emErrs110 = [];
for(const err720 of vErrors){
if(((((err720.keyword !== "errorMessage") && (!err720.emUsed)) && ((err720.instancePath === instancePath+"/board/announcer/hours/" + i20+"/from") || ((err720.instancePath.indexOf(instancePath+"/board/announcer/hours/" + i20+"/from") === 0) && (err720.instancePath[instancePath+"/board/announcer/hours/" + i20+"/from".length] === "/")))) && (err720.schemaPath.indexOf("#/properties/board/properties/announcer/properties/hours/items/properties/from") === 0)) && (err720.schemaPath["#/properties/board/properties/announcer/properties/hours/items/properties/from".length] === "/")){
emErrs110.push(err720);
err720.emUsed = true;
}
}
if(emErrs110.length){
const err721 = {instancePath:instancePath+"/board/announcer/hours/" + i20+"/from",schemaPath:"#/properties/board/properties/announcer/properties/hours/items/properties/from/errorMessage",keyword:"errorMessage",params:{errors: emErrs110},message:"must be a time of day as HH:MM, e.g. 04:00"};
if(vErrors === null){
vErrors = [err721];
}
else {
vErrors.push(err721);
}
errors++;
}
const emErrs111 = [];
for(const err722 of vErrors){
if(!err722.emUsed){
emErrs111.push(err722);
}
}
vErrors = emErrs111;
errors = emErrs111.length;
}
}
if(data185.to !== undefined){
let data189 = data185.to;
if(typeof data189 === "string"){
if(!pattern2.test(data189)){
const err723 = {instancePath:instancePath+"/board/announcer/hours/" + i20+"/to",schemaPath:"#/properties/board/properties/announcer/properties/hours/items/properties/to/pattern",keyword:"pattern",params:{pattern: "^([01][0-9]|2[0-3]):[0-5][0-9]$"},message:"must match pattern \""+"^([01][0-9]|2[0-3]):[0-5][0-9]$"+"\""};
if(vErrors === null){
vErrors = [err723];
}
else {
vErrors.push(err723);
}
errors++;
}
}
else {
const err724 = {instancePath:instancePath+"/board/announcer/hours/" + i20+"/to",schemaPath:"#/properties/board/properties/announcer/properties/hours/items/properties/to/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err724];
}
else {
vErrors.push(err724);
}
errors++;
}
if(errors > 0){
const emErrs112 = [];
for(const err725 of vErrors){
if(((((err725.keyword !== "errorMessage") && (!err725.emUsed)) && ((err725.instancePath === instancePath+"/board/announcer/hours/" + i20+"/to") || ((err725.instancePath.indexOf(instancePath+"/board/announcer/hours/" + i20+"/to") === 0) && (err725.instancePath[instancePath+"/board/announcer/hours/" + i20+"/to".length] === "/")))) && (err725.schemaPath.indexOf("#/properties/board/properties/announcer/properties/hours/items/properties/to") === 0)) && (err725.schemaPath["#/properties/board/properties/announcer/properties/hours/items/properties/to".length] === "/")){
emErrs112.push(err725);
err725.emUsed = true;
}
}
if(emErrs112.length){
const err726 = {instancePath:instancePath+"/board/announcer/hours/" + i20+"/to",schemaPath:"#/properties/board/properties/announcer/properties/hours/items/properties/to/errorMessage",keyword:"errorMessage",params:{errors: emErrs112},message:"must be a time of day as HH:MM, e.g. 04:00"};
if(vErrors === null){
vErrors = [err726];
}
else {
vErrors.push(err726);
}
errors++;
}
const emErrs113 = [];
for(const err727 of vErrors){
if(!err727.emUsed){
emErrs113.push(err727);
}
}
vErrors = emErrs113;
errors = emErrs113.length;
}
}
}
else {
const err728 = {instancePath:instancePath+"/board/announcer/hours/" + i20,schemaPath:"#/properties/board/properties/announcer/properties/hours/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err728];
}
else {
vErrors.push(err728);
}
errors++;
}
}
}
else {
const err729 = {instancePath:instancePath+"/board/announcer/hours",schemaPath:"#/properties/board/properties/announcer/properties/hours/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err729];
}
else {
vErrors.push(err729);
}
errors++;
}
}
let data190 = data175.volume;
if(Array.isArray(data190)){
const len20 = data190.length;
for(let i22=0; i22<len20; i22++){
let data191 = data190[i22];
if(data191 && typeof data191 == "object" && !Array.isArray(data191)){
if(data191.from === undefined){
const err730 = {instancePath:instancePath+"/board/announcer/volume/" + i22,schemaPath:"#/properties/board/properties/announcer/properties/volume/items/required",keyword:"required",params:{missingProperty: "from"},message:"must have required property '"+"from"+"'"};
if(vErrors === null){
vErrors = [err730];
}
else {
vErrors.push(err730);
}
errors++;
}
if(data191.percent === undefined){
const err731 = {instancePath:instancePath+"/board/announcer/volume/" + i22,schemaPath:"#/properties/board/properties/announcer/properties/volume/items/required",keyword:"required",params:{missingProperty: "percent"},message:"must have required property '"+"percent"+"'"};
if(vErrors === null){
vErrors = [err731];
}
else {
vErrors.push(err731);
}
errors++;
}
for(const key46 in data191){
if(!((key46 === "from") || (key46 === "percent"))){
const err732 = {instancePath:instancePath+"/board/announcer/volume/" + i22,schemaPath:"#/properties/board/properties/announcer/properties/volume/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key46},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err732];
}
else {
vErrors.push(err732);
}
errors++;
}
}
if(data191.from !== undefined){
let data192 = data191.from;
if(typeof data192 === "string"){
if(!pattern2.test(data192)){
const err733 = {instancePath:instancePath+"/board/announcer/volume/" + i22+"/from",schemaPath:"#/properties/board/properties/announcer/properties/volume/items/properties/from/pattern",keyword:"pattern",params:{pattern: "^([01][0-9]|2[0-3]):[0-5][0-9]$"},message:"must match pattern \""+"^([01][0-9]|2[0-3]):[0-5][0-9]$"+"\""};
if(vErrors === null){
vErrors = [err733];
}
else {
vErrors.push(err733);
}
errors++;
}
}
else {
const err734 = {instancePath:instancePath+"/board/announcer/volume/" + i22+"/from",schemaPath:"#/properties/board/properties/announcer/properties/volume/items/properties/from/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err734];
}
else {
vErrors.push(err734);
}
errors++;
}
if(errors > 0){
const emErrs114 = [];
for(const err735 of vErrors){
if(((((err735.keyword !== "errorMessage") && (!err735.emUsed)) && ((err735.instancePath === instancePath+"/board/announcer/volume/" + i22+"/from") || ((err735.instancePath.indexOf(instancePath+"/board/announcer/volume/" + i22+"/from") === 0) && (err735.instancePath[instancePath+"/board/announcer/volume/" + i22+"/from".length] === "/")))) && (err735.schemaPath.indexOf("#/properties/board/properties/announcer/properties/volume/items/properties/from") === 0)) && (err735.schemaPath["#/properties/board/properties/announcer/properties/volume/items/properties/from".length] === "/")){
emErrs114.push(err735);
err735.emUsed = true;
}
}
if(emErrs114.length){
const err736 = {instancePath:instancePath+"/board/announcer/volume/" + i22+"/from",schemaPath:"#/properties/board/properties/announcer/properties/volume/items/properties/from/errorMessage",keyword:"errorMessage",params:{errors: emErrs114},message:"must be a time of day as HH:MM, e.g. 04:00"};
if(vErrors === null){
vErrors = [err736];
}
else {
vErrors.push(err736);
}
errors++;
}
const emErrs115 = [];
for(const err737 of vErrors){
if(!err737.emUsed){
emErrs115.push(err737);
}
}
vErrors = emErrs115;
errors = emErrs115.length;
}
}
if(data191.percent !== undefined){
let data193 = data191.percent;
if(!((typeof data193 == "number") && (!(data193 % 1) && !isNaN(data193)))){
const err738 = {instancePath:instancePath+"/board/announcer/volume/" + i22+"/percent",schemaPath:"#/properties/board/properties/announcer/properties/volume/items/properties/percent/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err738];
}
else {
vErrors.push(err738);
}
errors++;
}
if(typeof data193 == "number"){
if(data193 > 100 || isNaN(data193)){
const err739 = {instancePath:instancePath+"/board/announcer/volume/" + i22+"/percent",schemaPath:"#/properties/board/properties/announcer/properties/volume/items/properties/percent/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100"};
if(vErrors === null){
vErrors = [err739];
}
else {
vErrors.push(err739);
}
errors++;
}
if(data193 < 0 || isNaN(data193)){
const err740 = {instancePath:instancePath+"/board/announcer/volume/" + i22+"/percent",schemaPath:"#/properties/board/properties/announcer/properties/volume/items/properties/percent/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err740];
}
else {
vErrors.push(err740);
}
errors++;
}
}
}
}
else {
const err741 = {instancePath:instancePath+"/board/announcer/volume/" + i22,schemaPath:"#/properties/board/properties/announcer/properties/volume/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err741];
}
else {
vErrors.push(err741);
}
errors++;
}
}
}
else {
const err742 = {instancePath:instancePath+"/board/announcer/volume",schemaPath:"#/properties/board/properties/announcer/properties/volume/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err742];
}
else {
vErrors.push(err742);
}
errors++;
}
}
else {
const err743 = {instancePath:instancePath+"/board/announcer",schemaPath:"#/properties/board/properties/announcer/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err743];
}
else {
vErrors.push(err743);
}
errors++;
}
}
if(data84.callPoints !== undefined){
let data194 = data84.callPoints;
if(data194 && typeof data194 == "object" && !Array.isArray(data194)){
if(data194.holdMs === undefined){
data194.holdMs = 3000;
}
if(data194.input === undefined){
const err744 = {instancePath:instancePath+"/board/callPoints",schemaPath:"#/properties/board/properties/callPoints/required",keyword:"required",params:{missingProperty: "input"},message:"must have required property '"+"input"+"'"};
if(vErrors === null){
vErrors = [err744];
}
else {
vErrors.push(err744);
}
errors++;
}
if(data194.holdMs === undefined){
const err745 = {instancePath:instancePath+"/board/callPoints",schemaPath:"#/properties/board/properties/callPoints/required",keyword:"required",params:{missingProperty: "holdMs"},message:"must have required property '"+"holdMs"+"'"};
if(vErrors === null){
vErrors = [err745];
}
else {
vErrors.push(err745);
}
errors++;
}
if(data194.points === undefined){
const err746 = {instancePath:instancePath+"/board/callPoints",schemaPath:"#/properties/board/properties/callPoints/required",keyword:"required",params:{missingProperty: "points"},message:"must have required property '"+"points"+"'"};
if(vErrors === null){
vErrors = [err746];
}
else {
vErrors.push(err746);
}
errors++;
}
for(const key47 in data194){
if(!(((key47 === "input") || (key47 === "holdMs")) || (key47 === "points"))){
const err747 = {instancePath:instancePath+"/board/callPoints",schemaPath:"#/properties/board/properties/callPoints/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key47},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err747];
}
else {
vErrors.push(err747);
}
errors++;
}
}
if(data194.input !== undefined){
let data195 = data194.input;
const _errs483 = errors;
let valid100 = false;
const _errs484 = errors;
const _errs485 = errors;
let valid101 = false;
const _errs486 = errors;
if(data195 && typeof data195 == "object" && !Array.isArray(data195)){
if(data195.driver === undefined){
const err748 = {instancePath:instancePath+"/board/callPoints/input",schemaPath:"#/properties/board/properties/callPoints/properties/input/anyOf/0/anyOf/0/required",keyword:"required",params:{missingProperty: "driver"},message:"must have required property '"+"driver"+"'"};
if(vErrors === null){
vErrors = [err748];
}
else {
vErrors.push(err748);
}
errors++;
}
for(const key48 in data195){
if(!(key48 === "driver")){
const err749 = {instancePath:instancePath+"/board/callPoints/input",schemaPath:"#/properties/board/properties/callPoints/properties/input/anyOf/0/anyOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key48},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err749];
}
else {
vErrors.push(err749);
}
errors++;
}
}
if(data195.driver !== undefined){
let data196 = data195.driver;
if(typeof data196 !== "string"){
const err750 = {instancePath:instancePath+"/board/callPoints/input/driver",schemaPath:"#/properties/board/properties/callPoints/properties/input/anyOf/0/anyOf/0/properties/driver/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err750];
}
else {
vErrors.push(err750);
}
errors++;
}
if(!(data196 === "simulated")){
const err751 = {instancePath:instancePath+"/board/callPoints/input/driver",schemaPath:"#/properties/board/properties/callPoints/properties/input/anyOf/0/anyOf/0/properties/driver/enum",keyword:"enum",params:{allowedValues: schema16.properties.board.properties.callPoints.properties.input.anyOf[0].anyOf[0].properties.driver.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err751];
}
else {
vErrors.push(err751);
}
errors++;
}
if(errors > 0){
const emErrs116 = [];
for(const err752 of vErrors){
if(((((err752.keyword !== "errorMessage") && (!err752.emUsed)) && ((err752.instancePath === instancePath+"/board/callPoints/input/driver") || ((err752.instancePath.indexOf(instancePath+"/board/callPoints/input/driver") === 0) && (err752.instancePath[instancePath+"/board/callPoints/input/driver".length] === "/")))) && (err752.schemaPath.indexOf("#/properties/board/properties/callPoints/properties/input/anyOf/0/anyOf/0/properties/driver") === 0)) && (err752.schemaPath["#/properties/board/properties/callPoints/properties/input/anyOf/0/anyOf/0/properties/driver".length] === "/")){
emErrs116.push(err752);
err752.emUsed = true;
}
}
if(emErrs116.length){
const err753 = {instancePath:instancePath+"/board/callPoints/input/driver",schemaPath:"#/properties/board/properties/callPoints/properties/input/anyOf/0/anyOf/0/properties/driver/errorMessage",keyword:"errorMessage",params:{errors: emErrs116},message:"must be one of: simulated"};
if(vErrors === null){
vErrors = [err753];
}
else {
vErrors.push(err753);
}
errors++;
}
const emErrs117 = [];
for(const err754 of vErrors){
if(!err754.emUsed){
emErrs117.push(err754);
}
}
vErrors = emErrs117;
errors = emErrs117.length;
}
}
}
else {
const err755 = {instancePath:instancePath+"/board/callPoints/input",schemaPath:"#/properties/board/properties/callPoints/properties/input/anyOf/0/anyOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err755];
}
else {
vErrors.push(err755);
}
errors++;
}
var _valid9 = _errs486 === errors;
valid101 = valid101 || _valid9;
if(!valid101){
const _errs491 = errors;
if(data195 && typeof data195 == "object" && !Array.isArray(data195)){
if(data195.driver === undefined){
const err756 = {instancePath:instancePath+"/board/callPoints/input",schemaPath:"#/properties/board/properties/callPoints/properties/input/anyOf/0/anyOf/1/required",keyword:"required",params:{missingProperty: "driver"},message:"must have required property '"+"driver"+"'"};
if(vErrors === null){
vErrors = [err756];
}
else {
vErrors.push(err756);
}
errors++;
}
for(const key49 in data195){
if(!(((((((key49 === "driver") || (key49 === "root")) || (key49 === "pollMs")) || (key49 === "activeLow")) || (key49 === "bias")) || (key49 === "debounceMs")) || (key49 === "longPressMs"))){
const err757 = {instancePath:instancePath+"/board/callPoints/input",schemaPath:"#/properties/board/properties/callPoints/properties/input/anyOf/0/anyOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key49},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err757];
}
else {
vErrors.push(err757);
}
errors++;
}
}
if(data195.driver !== undefined){
let data197 = data195.driver;
if(typeof data197 !== "string"){
const err758 = {instancePath:instancePath+"/board/callPoints/input/driver",schemaPath:"#/properties/board/properties/callPoints/properties/input/anyOf/0/anyOf/1/properties/driver/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err758];
}
else {
vErrors.push(err758);
}
errors++;
}
if(!(data197 === "sysfs")){
const err759 = {instancePath:instancePath+"/board/callPoints/input/driver",schemaPath:"#/properties/board/properties/callPoints/properties/input/anyOf/0/anyOf/1/properties/driver/enum",keyword:"enum",params:{allowedValues: schema16.properties.board.properties.callPoints.properties.input.anyOf[0].anyOf[1].properties.driver.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err759];
}
else {
vErrors.push(err759);
}
errors++;
}
if(errors > 0){
const emErrs118 = [];
for(const err760 of vErrors){
if(((((err760.keyword !== "errorMessage") && (!err760.emUsed)) && ((err760.instancePath === instancePath+"/board/callPoints/input/driver") || ((err760.instancePath.indexOf(instancePath+"/board/callPoints/input/driver") === 0) && (err760.instancePath[instancePath+"/board/callPoints/input/driver".length] === "/")))) && (err760.schemaPath.indexOf("#/properties/board/properties/callPoints/properties/input/anyOf/0/anyOf/1/properties/driver") === 0)) && (err760.schemaPath["#/properties/board/properties/callPoints/properties/input/anyOf/0/anyOf/1/properties/driver".length] === "/")){
emErrs118.push(err760);
err760.emUsed = true;
}
}
if(emErrs118.length){
const err761 = {instancePath:instancePath+"/board/callPoints/input/driver",schemaPath:"#/properties/board/properties/callPoints/properties/input/anyOf/0/anyOf/1/properties/driver/errorMessage",keyword:"errorMessage",params:{errors: emErrs118},message:"must be one of: sysfs"};
if(vErrors === null){
vErrors = [err761];
}
else {
vErrors.push(err761);
}
errors++;
}
const emErrs119 = [];
for(const err762 of vErrors){
if(!err762.emUsed){
emErrs119.push(err762);
}
}
vErrors = emErrs119;
errors = emErrs119.length;
}
}
if(data195.root !== undefined){
if(typeof data195.root !== "string"){
const err763 = {instancePath:instancePath+"/board/callPoints/input/root",schemaPath:"#/properties/board/properties/callPoints/properties/input/anyOf/0/anyOf/1/properties/root/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err763];
}
else {
vErrors.push(err763);
}
errors++;
}
}
if(data195.pollMs !== undefined){
let data199 = data195.pollMs;
if(!((typeof data199 == "number") && (!(data199 % 1) && !isNaN(data199)))){
const err764 = {instancePath:instancePath+"/board/callPoints/input/pollMs",schemaPath:"#/properties/board/properties/callPoints/properties/input/anyOf/0/anyOf/1/properties/pollMs/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err764];
}
else {
vErrors.push(err764);
}
errors++;
}
if(typeof data199 == "number"){
if(data199 > 20 || isNaN(data199)){
const err765 = {instancePath:instancePath+"/board/callPoints/input/pollMs",schemaPath:"#/properties/board/properties/callPoints/properties/input/anyOf/0/anyOf/1/properties/pollMs/maximum",keyword:"maximum",params:{comparison: "<=", limit: 20},message:"must be <= 20"};
if(vErrors === null){
vErrors = [err765];
}
else {
vErrors.push(err765);
}
errors++;
}
if(data199 < 1 || isNaN(data199)){
const err766 = {instancePath:instancePath+"/board/callPoints/input/pollMs",schemaPath:"#/properties/board/properties/callPoints/properties/input/anyOf/0/anyOf/1/properties/pollMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err766];
}
else {
vErrors.push(err766);
}
errors++;
}
}
}
if(data195.activeLow !== undefined){
if(typeof data195.activeLow !== "boolean"){
const err767 = {instancePath:instancePath+"/board/callPoints/input/activeLow",schemaPath:"#/properties/board/properties/callPoints/properties/input/anyOf/0/anyOf/1/properties/activeLow/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err767];
}
else {
vErrors.push(err767);
}
errors++;
}
}
if(data195.bias !== undefined){
let data201 = data195.bias;
if(typeof data201 !== "string"){
const err768 = {instancePath:instancePath+"/board/callPoints/input/bias",schemaPath:"#/properties/board/properties/callPoints/properties/input/anyOf/0/anyOf/1/properties/bias/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err768];
}
else {
vErrors.push(err768);
}
errors++;
}
if(!(((data201 === "pull-up") || (data201 === "pull-down")) || (data201 === "as-is"))){
const err769 = {instancePath:instancePath+"/board/callPoints/input/bias",schemaPath:"#/properties/board/properties/callPoints/properties/input/anyOf/0/anyOf/1/properties/bias/enum",keyword:"enum",params:{allowedValues: schema16.properties.board.properties.callPoints.properties.input.anyOf[0].anyOf[1].properties.bias.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err769];
}
else {
vErrors.push(err769);
}
errors++;
}
if(errors > 0){
const emErrs120 = [];
for(const err770 of vErrors){
if(((((err770.keyword !== "errorMessage") && (!err770.emUsed)) && ((err770.instancePath === instancePath+"/board/callPoints/input/bias") || ((err770.instancePath.indexOf(instancePath+"/board/callPoints/input/bias") === 0) && (err770.instancePath[instancePath+"/board/callPoints/input/bias".length] === "/")))) && (err770.schemaPath.indexOf("#/properties/board/properties/callPoints/properties/input/anyOf/0/anyOf/1/properties/bias") === 0)) && (err770.schemaPath["#/properties/board/properties/callPoints/properties/input/anyOf/0/anyOf/1/properties/bias".length] === "/")){
emErrs120.push(err770);
err770.emUsed = true;
}
}
if(emErrs120.length){
const err771 = {instancePath:instancePath+"/board/callPoints/input/bias",schemaPath:"#/properties/board/properties/callPoints/properties/input/anyOf/0/anyOf/1/properties/bias/errorMessage",keyword:"errorMessage",params:{errors: emErrs120},message:"must be one of: pull-up, pull-down, as-is"};
if(vErrors === null){
vErrors = [err771];
}
else {
vErrors.push(err771);
}
errors++;
}
const emErrs121 = [];
for(const err772 of vErrors){
if(!err772.emUsed){
emErrs121.push(err772);
}
}
vErrors = emErrs121;
errors = emErrs121.length;
}
}
if(data195.debounceMs !== undefined){
let data202 = data195.debounceMs;
if(!((typeof data202 == "number") && (!(data202 % 1) && !isNaN(data202)))){
const err773 = {instancePath:instancePath+"/board/callPoints/input/debounceMs",schemaPath:"#/properties/board/properties/callPoints/properties/input/anyOf/0/anyOf/1/properties/debounceMs/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err773];
}
else {
vErrors.push(err773);
}
errors++;
}
if(typeof data202 == "number"){
if(data202 > 500 || isNaN(data202)){
const err774 = {instancePath:instancePath+"/board/callPoints/input/debounceMs",schemaPath:"#/properties/board/properties/callPoints/properties/input/anyOf/0/anyOf/1/properties/debounceMs/maximum",keyword:"maximum",params:{comparison: "<=", limit: 500},message:"must be <= 500"};
if(vErrors === null){
vErrors = [err774];
}
else {
vErrors.push(err774);
}
errors++;
}
if(data202 < 1 || isNaN(data202)){
const err775 = {instancePath:instancePath+"/board/callPoints/input/debounceMs",schemaPath:"#/properties/board/properties/callPoints/properties/input/anyOf/0/anyOf/1/properties/debounceMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err775];
}
else {
vErrors.push(err775);
}
errors++;
}
}
}
if(data195.longPressMs !== undefined){
let data203 = data195.longPressMs;
if(!((typeof data203 == "number") && (!(data203 % 1) && !isNaN(data203)))){
const err776 = {instancePath:instancePath+"/board/callPoints/input/longPressMs",schemaPath:"#/properties/board/properties/callPoints/properties/input/anyOf/0/anyOf/1/properties/longPressMs/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err776];
}
else {
vErrors.push(err776);
}
errors++;
}
if(typeof data203 == "number"){
if(data203 > 60000 || isNaN(data203)){
const err777 = {instancePath:instancePath+"/board/callPoints/input/longPressMs",schemaPath:"#/properties/board/properties/callPoints/properties/input/anyOf/0/anyOf/1/properties/longPressMs/maximum",keyword:"maximum",params:{comparison: "<=", limit: 60000},message:"must be <= 60000"};
if(vErrors === null){
vErrors = [err777];
}
else {
vErrors.push(err777);
}
errors++;
}
if(data203 < 200 || isNaN(data203)){
const err778 = {instancePath:instancePath+"/board/callPoints/input/longPressMs",schemaPath:"#/properties/board/properties/callPoints/properties/input/anyOf/0/anyOf/1/properties/longPressMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 200},message:"must be >= 200"};
if(vErrors === null){
vErrors = [err778];
}
else {
vErrors.push(err778);
}
errors++;
}
}
}
}
else {
const err779 = {instancePath:instancePath+"/board/callPoints/input",schemaPath:"#/properties/board/properties/callPoints/properties/input/anyOf/0/anyOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err779];
}
else {
vErrors.push(err779);
}
errors++;
}
var _valid9 = _errs491 === errors;
valid101 = valid101 || _valid9;
if(!valid101){
const _errs508 = errors;
if(data195 && typeof data195 == "object" && !Array.isArray(data195)){
if(data195.driver === undefined){
const err780 = {instancePath:instancePath+"/board/callPoints/input",schemaPath:"#/properties/board/properties/callPoints/properties/input/anyOf/0/anyOf/2/required",keyword:"required",params:{missingProperty: "driver"},message:"must have required property '"+"driver"+"'"};
if(vErrors === null){
vErrors = [err780];
}
else {
vErrors.push(err780);
}
errors++;
}
for(const key50 in data195){
if(!(((((key50 === "driver") || (key50 === "activeLow")) || (key50 === "bias")) || (key50 === "debounceMs")) || (key50 === "longPressMs"))){
const err781 = {instancePath:instancePath+"/board/callPoints/input",schemaPath:"#/properties/board/properties/callPoints/properties/input/anyOf/0/anyOf/2/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key50},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err781];
}
else {
vErrors.push(err781);
}
errors++;
}
}
if(data195.driver !== undefined){
let data204 = data195.driver;
if(typeof data204 !== "string"){
const err782 = {instancePath:instancePath+"/board/callPoints/input/driver",schemaPath:"#/properties/board/properties/callPoints/properties/input/anyOf/0/anyOf/2/properties/driver/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err782];
}
else {
vErrors.push(err782);
}
errors++;
}
if(!(data204 === "gpiod")){
const err783 = {instancePath:instancePath+"/board/callPoints/input/driver",schemaPath:"#/properties/board/properties/callPoints/properties/input/anyOf/0/anyOf/2/properties/driver/enum",keyword:"enum",params:{allowedValues: schema16.properties.board.properties.callPoints.properties.input.anyOf[0].anyOf[2].properties.driver.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err783];
}
else {
vErrors.push(err783);
}
errors++;
}
if(errors > 0){
const emErrs122 = [];
for(const err784 of vErrors){
if(((((err784.keyword !== "errorMessage") && (!err784.emUsed)) && ((err784.instancePath === instancePath+"/board/callPoints/input/driver") || ((err784.instancePath.indexOf(instancePath+"/board/callPoints/input/driver") === 0) && (err784.instancePath[instancePath+"/board/callPoints/input/driver".length] === "/")))) && (err784.schemaPath.indexOf("#/properties/board/properties/callPoints/properties/input/anyOf/0/anyOf/2/properties/driver") === 0)) && (err784.schemaPath["#/properties/board/properties/callPoints/properties/input/anyOf/0/anyOf/2/properties/driver".length] === "/")){
emErrs122.push(err784);
err784.emUsed = true;
}
}
if(emErrs122.length){
const err785 = {instancePath:instancePath+"/board/callPoints/input/driver",schemaPath:"#/properties/board/properties/callPoints/properties/input/anyOf/0/anyOf/2/properties/driver/errorMessage",keyword:"errorMessage",params:{errors: emErrs122},message:"must be one of: gpiod"};
if(vErrors === null){
vErrors = [err785];
}
else {
vErrors.push(err785);
}
errors++;
}
const emErrs123 = [];
for(const err786 of vErrors){
if(!err786.emUsed){
emErrs123.push(err786);
}
}
vErrors = emErrs123;
errors = emErrs123.length;
}
}
if(data195.activeLow !== undefined){
if(typeof data195.activeLow !== "boolean"){
const err787 = {instancePath:instancePath+"/board/callPoints/input/activeLow",schemaPath:"#/properties/board/properties/callPoints/properties/input/anyOf/0/anyOf/2/properties/activeLow/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err787];
}
else {
vErrors.push(err787);
}
errors++;
}
}
if(data195.bias !== undefined){
let data206 = data195.bias;
if(typeof data206 !== "string"){
const err788 = {instancePath:instancePath+"/board/callPoints/input/bias",schemaPath:"#/properties/board/properties/callPoints/properties/input/anyOf/0/anyOf/2/properties/bias/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err788];
}
else {
vErrors.push(err788);
}
errors++;
}
if(!(((data206 === "pull-up") || (data206 === "pull-down")) || (data206 === "as-is"))){
const err789 = {instancePath:instancePath+"/board/callPoints/input/bias",schemaPath:"#/properties/board/properties/callPoints/properties/input/anyOf/0/anyOf/2/properties/bias/enum",keyword:"enum",params:{allowedValues: schema16.properties.board.properties.callPoints.properties.input.anyOf[0].anyOf[2].properties.bias.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err789];
}
else {
vErrors.push(err789);
}
errors++;
}
if(errors > 0){
const emErrs124 = [];
for(const err790 of vErrors){
if(((((err790.keyword !== "errorMessage") && (!err790.emUsed)) && ((err790.instancePath === instancePath+"/board/callPoints/input/bias") || ((err790.instancePath.indexOf(instancePath+"/board/callPoints/input/bias") === 0) && (err790.instancePath[instancePath+"/board/callPoints/input/bias".length] === "/")))) && (err790.schemaPath.indexOf("#/properties/board/properties/callPoints/properties/input/anyOf/0/anyOf/2/properties/bias") === 0)) && (err790.schemaPath["#/properties/board/properties/callPoints/properties/input/anyOf/0/anyOf/2/properties/bias".length] === "/")){
emErrs124.push(err790);
err790.emUsed = true;
}
}
if(emErrs124.length){
const err791 = {instancePath:instancePath+"/board/callPoints/input/bias",schemaPath:"#/properties/board/properties/callPoints/properties/input/anyOf/0/anyOf/2/properties/bias/errorMessage",keyword:"errorMessage",params:{errors: emErrs124},message:"must be one of: pull-up, pull-down, as-is"};
if(vErrors === null){
vErrors = [err791];
}
else {
vErrors.push(err791);
}
errors++;
}
const emErrs125 = [];
for(const err792 of vErrors){
if(!err792.emUsed){
emErrs125.push(err792);
}
}
vErrors = emErrs125;
errors = emErrs125.length;
}
}
if(data195.debounceMs !== undefined){
let data207 = data195.debounceMs;
if(!((typeof data207 == "number") && (!(data207 % 1) && !isNaN(data207)))){
const err793 = {instancePath:instancePath+"/board/callPoints/input/debounceMs",schemaPath:"#/properties/board/properties/callPoints/properties/input/anyOf/0/anyOf/2/properties/debounceMs/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err793];
}
else {
vErrors.push(err793);
}
errors++;
}
if(typeof data207 == "number"){
if(data207 > 500 || isNaN(data207)){
const err794 = {instancePath:instancePath+"/board/callPoints/input/debounceMs",schemaPath:"#/properties/board/properties/callPoints/properties/input/anyOf/0/anyOf/2/properties/debounceMs/maximum",keyword:"maximum",params:{comparison: "<=", limit: 500},message:"must be <= 500"};
if(vErrors === null){
vErrors = [err794];
}
else {
vErrors.push(err794);
}
errors++;
}
if(data207 < 1 || isNaN(data207)){
const err795 = {instancePath:instancePath+"/board/callPoints/input/debounceMs",schemaPath:"#/properties/board/properties/callPoints/properties/input/anyOf/0/anyOf/2/properties/debounceMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err795];
}
else {
vErrors.push(err795);
}
errors++;
}
}
}
if(data195.longPressMs !== undefined){
let data208 = data195.longPressMs;
if(!((typeof data208 == "number") && (!(data208 % 1) && !isNaN(data208)))){
const err796 = {instancePath:instancePath+"/board/callPoints/input/longPressMs",schemaPath:"#/properties/board/properties/callPoints/properties/input/anyOf/0/anyOf/2/properties/longPressMs/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err796];
}
else {
vErrors.push(err796);
}
errors++;
}
if(typeof data208 == "number"){
if(data208 > 60000 || isNaN(data208)){
const err797 = {instancePath:instancePath+"/board/callPoints/input/longPressMs",schemaPath:"#/properties/board/properties/callPoints/properties/input/anyOf/0/anyOf/2/properties/longPressMs/maximum",keyword:"maximum",params:{comparison: "<=", limit: 60000},message:"must be <= 60000"};
if(vErrors === null){
vErrors = [err797];
}
else {
vErrors.push(err797);
}
errors++;
}
if(data208 < 200 || isNaN(data208)){
const err798 = {instancePath:instancePath+"/board/callPoints/input/longPressMs",schemaPath:"#/properties/board/properties/callPoints/properties/input/anyOf/0/anyOf/2/properties/longPressMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 200},message:"must be >= 200"};
if(vErrors === null){
vErrors = [err798];
}
else {
vErrors.push(err798);
}
errors++;
}
}
}
}
else {
const err799 = {instancePath:instancePath+"/board/callPoints/input",schemaPath:"#/properties/board/properties/callPoints/properties/input/anyOf/0/anyOf/2/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err799];
}
else {
vErrors.push(err799);
}
errors++;
}
var _valid9 = _errs508 === errors;
valid101 = valid101 || _valid9;
}
}
if(!valid101){
const err800 = {instancePath:instancePath+"/board/callPoints/input",schemaPath:"#/properties/board/properties/callPoints/properties/input/anyOf/0/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err800];
}
else {
vErrors.push(err800);
}
errors++;
}
else {
errors = _errs485;
if(vErrors !== null){
if(_errs485){
vErrors.length = _errs485;
}
else {
vErrors = null;
}
}
}
var _valid8 = _errs484 === errors;
valid100 = valid100 || _valid8;
if(!valid100){
const _errs521 = errors;
if(data195 && typeof data195 == "object" && !Array.isArray(data195)){
if(data195.driver === undefined){
const err801 = {instancePath:instancePath+"/board/callPoints/input",schemaPath:"#/properties/board/properties/callPoints/properties/input/anyOf/1/required",keyword:"required",params:{missingProperty: "driver"},message:"must have required property '"+"driver"+"'"};
if(vErrors === null){
vErrors = [err801];
}
else {
vErrors.push(err801);
}
errors++;
}
if(data195.path === undefined){
const err802 = {instancePath:instancePath+"/board/callPoints/input",schemaPath:"#/properties/board/properties/callPoints/properties/input/anyOf/1/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'"};
if(vErrors === null){
vErrors = [err802];
}
else {
vErrors.push(err802);
}
errors++;
}
for(const key51 in data195){
if(!((((key51 === "driver") || (key51 === "path")) || (key51 === "baudRate")) || (key51 === "debounceMs"))){
const err803 = {instancePath:instancePath+"/board/callPoints/input",schemaPath:"#/properties/board/properties/callPoints/properties/input/anyOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key51},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err803];
}
else {
vErrors.push(err803);
}
errors++;
}
}
if(data195.driver !== undefined){
let data209 = data195.driver;
if(typeof data209 !== "string"){
const err804 = {instancePath:instancePath+"/board/callPoints/input/driver",schemaPath:"#/properties/board/properties/callPoints/properties/input/anyOf/1/properties/driver/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err804];
}
else {
vErrors.push(err804);
}
errors++;
}
if(!(data209 === "serial-receiver")){
const err805 = {instancePath:instancePath+"/board/callPoints/input/driver",schemaPath:"#/properties/board/properties/callPoints/properties/input/anyOf/1/properties/driver/enum",keyword:"enum",params:{allowedValues: schema16.properties.board.properties.callPoints.properties.input.anyOf[1].properties.driver.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err805];
}
else {
vErrors.push(err805);
}
errors++;
}
if(errors > 0){
const emErrs126 = [];
for(const err806 of vErrors){
if(((((err806.keyword !== "errorMessage") && (!err806.emUsed)) && ((err806.instancePath === instancePath+"/board/callPoints/input/driver") || ((err806.instancePath.indexOf(instancePath+"/board/callPoints/input/driver") === 0) && (err806.instancePath[instancePath+"/board/callPoints/input/driver".length] === "/")))) && (err806.schemaPath.indexOf("#/properties/board/properties/callPoints/properties/input/anyOf/1/properties/driver") === 0)) && (err806.schemaPath["#/properties/board/properties/callPoints/properties/input/anyOf/1/properties/driver".length] === "/")){
emErrs126.push(err806);
err806.emUsed = true;
}
}
if(emErrs126.length){
const err807 = {instancePath:instancePath+"/board/callPoints/input/driver",schemaPath:"#/properties/board/properties/callPoints/properties/input/anyOf/1/properties/driver/errorMessage",keyword:"errorMessage",params:{errors: emErrs126},message:"must be one of: serial-receiver"};
if(vErrors === null){
vErrors = [err807];
}
else {
vErrors.push(err807);
}
errors++;
}
const emErrs127 = [];
for(const err808 of vErrors){
if(!err808.emUsed){
emErrs127.push(err808);
}
}
vErrors = emErrs127;
errors = emErrs127.length;
}
}
if(data195.path !== undefined){
let data210 = data195.path;
if(typeof data210 === "string"){
if(func3(data210) < 1){
const err809 = {instancePath:instancePath+"/board/callPoints/input/path",schemaPath:"#/properties/board/properties/callPoints/properties/input/anyOf/1/properties/path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err809];
}
else {
vErrors.push(err809);
}
errors++;
}
}
else {
const err810 = {instancePath:instancePath+"/board/callPoints/input/path",schemaPath:"#/properties/board/properties/callPoints/properties/input/anyOf/1/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err810];
}
else {
vErrors.push(err810);
}
errors++;
}
}
if(data195.baudRate !== undefined){
let data211 = data195.baudRate;
if(!((typeof data211 == "number") && (!(data211 % 1) && !isNaN(data211)))){
const err811 = {instancePath:instancePath+"/board/callPoints/input/baudRate",schemaPath:"#/properties/board/properties/callPoints/properties/input/anyOf/1/properties/baudRate/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err811];
}
else {
vErrors.push(err811);
}
errors++;
}
if(typeof data211 == "number"){
if(data211 < 1200 || isNaN(data211)){
const err812 = {instancePath:instancePath+"/board/callPoints/input/baudRate",schemaPath:"#/properties/board/properties/callPoints/properties/input/anyOf/1/properties/baudRate/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1200},message:"must be >= 1200"};
if(vErrors === null){
vErrors = [err812];
}
else {
vErrors.push(err812);
}
errors++;
}
}
}
if(data195.debounceMs !== undefined){
let data212 = data195.debounceMs;
if(!((typeof data212 == "number") && (!(data212 % 1) && !isNaN(data212)))){
const err813 = {instancePath:instancePath+"/board/callPoints/input/debounceMs",schemaPath:"#/properties/board/properties/callPoints/properties/input/anyOf/1/properties/debounceMs/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err813];
}
else {
vErrors.push(err813);
}
errors++;
}
if(typeof data212 == "number"){
if(data212 > 500 || isNaN(data212)){
const err814 = {instancePath:instancePath+"/board/callPoints/input/debounceMs",schemaPath:"#/properties/board/properties/callPoints/properties/input/anyOf/1/properties/debounceMs/maximum",keyword:"maximum",params:{comparison: "<=", limit: 500},message:"must be <= 500"};
if(vErrors === null){
vErrors = [err814];
}
else {
vErrors.push(err814);
}
errors++;
}
if(data212 < 1 || isNaN(data212)){
const err815 = {instancePath:instancePath+"/board/callPoints/input/debounceMs",schemaPath:"#/properties/board/properties/callPoints/properties/input/anyOf/1/properties/debounceMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err815];
}
else {
vErrors.push(err815);
}
errors++;
}
}
}
}
else {
const err816 = {instancePath:instancePath+"/board/callPoints/input",schemaPath:"#/properties/board/properties/callPoints/properties/input/anyOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err816];
}
else {
vErrors.push(err816);
}
errors++;
}
var _valid8 = _errs521 === errors;
valid100 = valid100 || _valid8;
}
if(!valid100){
const err817 = {instancePath:instancePath+"/board/callPoints/input",schemaPath:"#/properties/board/properties/callPoints/properties/input/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err817];
}
else {
vErrors.push(err817);
}
errors++;
}
else {
errors = _errs483;
if(vErrors !== null){
if(_errs483){
vErrors.length = _errs483;
}
else {
vErrors = null;
}
}
}
}
let data213 = data194.holdMs;
if(!((typeof data213 == "number") && (!(data213 % 1) && !isNaN(data213)))){
const err818 = {instancePath:instancePath+"/board/callPoints/holdMs",schemaPath:"#/properties/board/properties/callPoints/properties/holdMs/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err818];
}
else {
vErrors.push(err818);
}
errors++;
}
if(typeof data213 == "number"){
if(data213 > 10000 || isNaN(data213)){
const err819 = {instancePath:instancePath+"/board/callPoints/holdMs",schemaPath:"#/properties/board/properties/callPoints/properties/holdMs/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10000},message:"must be <= 10000"};
if(vErrors === null){
vErrors = [err819];
}
else {
vErrors.push(err819);
}
errors++;
}
if(data213 < 500 || isNaN(data213)){
const err820 = {instancePath:instancePath+"/board/callPoints/holdMs",schemaPath:"#/properties/board/properties/callPoints/properties/holdMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 500},message:"must be >= 500"};
if(vErrors === null){
vErrors = [err820];
}
else {
vErrors.push(err820);
}
errors++;
}
}
if(data194.points !== undefined){
let data214 = data194.points;
if(Array.isArray(data214)){
if(data214.length < 1){
const err821 = {instancePath:instancePath+"/board/callPoints/points",schemaPath:"#/properties/board/properties/callPoints/properties/points/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err821];
}
else {
vErrors.push(err821);
}
errors++;
}
const len21 = data214.length;
for(let i23=0; i23<len21; i23++){
let data215 = data214[i23];
if(data215 && typeof data215 == "object" && !Array.isArray(data215)){
if(data215.id === undefined){
const err822 = {instancePath:instancePath+"/board/callPoints/points/" + i23,schemaPath:"#/properties/board/properties/callPoints/properties/points/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err822];
}
else {
vErrors.push(err822);
}
errors++;
}
if(data215.kind === undefined){
const err823 = {instancePath:instancePath+"/board/callPoints/points/" + i23,schemaPath:"#/properties/board/properties/callPoints/properties/points/items/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'"};
if(vErrors === null){
vErrors = [err823];
}
else {
vErrors.push(err823);
}
errors++;
}
if(data215.location === undefined){
const err824 = {instancePath:instancePath+"/board/callPoints/points/" + i23,schemaPath:"#/properties/board/properties/callPoints/properties/points/items/required",keyword:"required",params:{missingProperty: "location"},message:"must have required property '"+"location"+"'"};
if(vErrors === null){
vErrors = [err824];
}
else {
vErrors.push(err824);
}
errors++;
}
if(data215.chain === undefined){
const err825 = {instancePath:instancePath+"/board/callPoints/points/" + i23,schemaPath:"#/properties/board/properties/callPoints/properties/points/items/required",keyword:"required",params:{missingProperty: "chain"},message:"must have required property '"+"chain"+"'"};
if(vErrors === null){
vErrors = [err825];
}
else {
vErrors.push(err825);
}
errors++;
}
for(const key52 in data215){
if(!(func2.call(schema16.properties.board.properties.callPoints.properties.points.items.properties, key52))){
const err826 = {instancePath:instancePath+"/board/callPoints/points/" + i23,schemaPath:"#/properties/board/properties/callPoints/properties/points/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key52},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err826];
}
else {
vErrors.push(err826);
}
errors++;
}
}
if(data215.id !== undefined){
let data216 = data215.id;
if(typeof data216 === "string"){
if(!pattern0.test(data216)){
const err827 = {instancePath:instancePath+"/board/callPoints/points/" + i23+"/id",schemaPath:"#/properties/board/properties/callPoints/properties/points/items/properties/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]{0,31}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]{0,31}$"+"\""};
if(vErrors === null){
vErrors = [err827];
}
else {
vErrors.push(err827);
}
errors++;
}
}
else {
const err828 = {instancePath:instancePath+"/board/callPoints/points/" + i23+"/id",schemaPath:"#/properties/board/properties/callPoints/properties/points/items/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err828];
}
else {
vErrors.push(err828);
}
errors++;
}
if(errors > 0){
const emErrs128 = [];
for(const err829 of vErrors){
if(((((err829.keyword !== "errorMessage") && (!err829.emUsed)) && ((err829.instancePath === instancePath+"/board/callPoints/points/" + i23+"/id") || ((err829.instancePath.indexOf(instancePath+"/board/callPoints/points/" + i23+"/id") === 0) && (err829.instancePath[instancePath+"/board/callPoints/points/" + i23+"/id".length] === "/")))) && (err829.schemaPath.indexOf("#/properties/board/properties/callPoints/properties/points/items/properties/id") === 0)) && (err829.schemaPath["#/properties/board/properties/callPoints/properties/points/items/properties/id".length] === "/")){
emErrs128.push(err829);
err829.emUsed = true;
}
}
if(emErrs128.length){
const err830 = {instancePath:instancePath+"/board/callPoints/points/" + i23+"/id",schemaPath:"#/properties/board/properties/callPoints/properties/points/items/properties/id/errorMessage",keyword:"errorMessage",params:{errors: emErrs128},message:"must be 1–32 lower-case letters, digits or dashes, starting with a letter or digit"};
if(vErrors === null){
vErrors = [err830];
}
else {
vErrors.push(err830);
}
errors++;
}
const emErrs129 = [];
for(const err831 of vErrors){
if(!err831.emUsed){
emErrs129.push(err831);
}
}
vErrors = emErrs129;
errors = emErrs129.length;
}
}
if(data215.kind !== undefined){
let data217 = data215.kind;
if(typeof data217 !== "string"){
const err832 = {instancePath:instancePath+"/board/callPoints/points/" + i23+"/kind",schemaPath:"#/properties/board/properties/callPoints/properties/points/items/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err832];
}
else {
vErrors.push(err832);
}
errors++;
}
if(!((((data217 === "staff") || (data217 === "manager")) || (data217 === "complaint")) || (data217 === "emergency"))){
const err833 = {instancePath:instancePath+"/board/callPoints/points/" + i23+"/kind",schemaPath:"#/properties/board/properties/callPoints/properties/points/items/properties/kind/enum",keyword:"enum",params:{allowedValues: schema16.properties.board.properties.callPoints.properties.points.items.properties.kind.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err833];
}
else {
vErrors.push(err833);
}
errors++;
}
if(errors > 0){
const emErrs130 = [];
for(const err834 of vErrors){
if(((((err834.keyword !== "errorMessage") && (!err834.emUsed)) && ((err834.instancePath === instancePath+"/board/callPoints/points/" + i23+"/kind") || ((err834.instancePath.indexOf(instancePath+"/board/callPoints/points/" + i23+"/kind") === 0) && (err834.instancePath[instancePath+"/board/callPoints/points/" + i23+"/kind".length] === "/")))) && (err834.schemaPath.indexOf("#/properties/board/properties/callPoints/properties/points/items/properties/kind") === 0)) && (err834.schemaPath["#/properties/board/properties/callPoints/properties/points/items/properties/kind".length] === "/")){
emErrs130.push(err834);
err834.emUsed = true;
}
}
if(emErrs130.length){
const err835 = {instancePath:instancePath+"/board/callPoints/points/" + i23+"/kind",schemaPath:"#/properties/board/properties/callPoints/properties/points/items/properties/kind/errorMessage",keyword:"errorMessage",params:{errors: emErrs130},message:"must be one of: staff, manager, complaint, emergency"};
if(vErrors === null){
vErrors = [err835];
}
else {
vErrors.push(err835);
}
errors++;
}
const emErrs131 = [];
for(const err836 of vErrors){
if(!err836.emUsed){
emErrs131.push(err836);
}
}
vErrors = emErrs131;
errors = emErrs131.length;
}
}
if(data215.location !== undefined){
let data218 = data215.location;
if(typeof data218 === "string"){
if(func3(data218) > 60){
const err837 = {instancePath:instancePath+"/board/callPoints/points/" + i23+"/location",schemaPath:"#/properties/board/properties/callPoints/properties/points/items/properties/location/maxLength",keyword:"maxLength",params:{limit: 60},message:"must NOT have more than 60 characters"};
if(vErrors === null){
vErrors = [err837];
}
else {
vErrors.push(err837);
}
errors++;
}
if(func3(data218) < 1){
const err838 = {instancePath:instancePath+"/board/callPoints/points/" + i23+"/location",schemaPath:"#/properties/board/properties/callPoints/properties/points/items/properties/location/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err838];
}
else {
vErrors.push(err838);
}
errors++;
}
}
else {
const err839 = {instancePath:instancePath+"/board/callPoints/points/" + i23+"/location",schemaPath:"#/properties/board/properties/callPoints/properties/points/items/properties/location/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err839];
}
else {
vErrors.push(err839);
}
errors++;
}
}
if(data215.chain !== undefined){
let data219 = data215.chain;
if(typeof data219 === "string"){
if(!pattern0.test(data219)){
const err840 = {instancePath:instancePath+"/board/callPoints/points/" + i23+"/chain",schemaPath:"#/properties/board/properties/callPoints/properties/points/items/properties/chain/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]{0,31}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]{0,31}$"+"\""};
if(vErrors === null){
vErrors = [err840];
}
else {
vErrors.push(err840);
}
errors++;
}
}
else {
const err841 = {instancePath:instancePath+"/board/callPoints/points/" + i23+"/chain",schemaPath:"#/properties/board/properties/callPoints/properties/points/items/properties/chain/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err841];
}
else {
vErrors.push(err841);
}
errors++;
}
if(errors > 0){
const emErrs132 = [];
for(const err842 of vErrors){
if(((((err842.keyword !== "errorMessage") && (!err842.emUsed)) && ((err842.instancePath === instancePath+"/board/callPoints/points/" + i23+"/chain") || ((err842.instancePath.indexOf(instancePath+"/board/callPoints/points/" + i23+"/chain") === 0) && (err842.instancePath[instancePath+"/board/callPoints/points/" + i23+"/chain".length] === "/")))) && (err842.schemaPath.indexOf("#/properties/board/properties/callPoints/properties/points/items/properties/chain") === 0)) && (err842.schemaPath["#/properties/board/properties/callPoints/properties/points/items/properties/chain".length] === "/")){
emErrs132.push(err842);
err842.emUsed = true;
}
}
if(emErrs132.length){
const err843 = {instancePath:instancePath+"/board/callPoints/points/" + i23+"/chain",schemaPath:"#/properties/board/properties/callPoints/properties/points/items/properties/chain/errorMessage",keyword:"errorMessage",params:{errors: emErrs132},message:"must be 1–32 lower-case letters, digits or dashes, starting with a letter or digit"};
if(vErrors === null){
vErrors = [err843];
}
else {
vErrors.push(err843);
}
errors++;
}
const emErrs133 = [];
for(const err844 of vErrors){
if(!err844.emUsed){
emErrs133.push(err844);
}
}
vErrors = emErrs133;
errors = emErrs133.length;
}
}
if(data215.pin !== undefined){
let data220 = data215.pin;
const _errs548 = errors;
let valid109 = false;
const _errs549 = errors;
if(!((typeof data220 == "number") && (!(data220 % 1) && !isNaN(data220)))){
const err845 = {instancePath:instancePath+"/board/callPoints/points/" + i23+"/pin",schemaPath:"#/properties/board/properties/callPoints/properties/points/items/properties/pin/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err845];
}
else {
vErrors.push(err845);
}
errors++;
}
if(typeof data220 == "number"){
if(data220 > 40 || isNaN(data220)){
const err846 = {instancePath:instancePath+"/board/callPoints/points/" + i23+"/pin",schemaPath:"#/properties/board/properties/callPoints/properties/points/items/properties/pin/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 40},message:"must be <= 40"};
if(vErrors === null){
vErrors = [err846];
}
else {
vErrors.push(err846);
}
errors++;
}
if(data220 < 1 || isNaN(data220)){
const err847 = {instancePath:instancePath+"/board/callPoints/points/" + i23+"/pin",schemaPath:"#/properties/board/properties/callPoints/properties/points/items/properties/pin/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err847];
}
else {
vErrors.push(err847);
}
errors++;
}
}
var _valid10 = _errs549 === errors;
valid109 = valid109 || _valid10;
if(!valid109){
const _errs551 = errors;
if(typeof data220 === "string"){
if(!pattern17.test(data220)){
const err848 = {instancePath:instancePath+"/board/callPoints/points/" + i23+"/pin",schemaPath:"#/properties/board/properties/callPoints/properties/points/items/properties/pin/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^(pin)?[0-9]{1,2}$|^[A-Z][A-Z0-9_]*$"},message:"must match pattern \""+"^(pin)?[0-9]{1,2}$|^[A-Z][A-Z0-9_]*$"+"\""};
if(vErrors === null){
vErrors = [err848];
}
else {
vErrors.push(err848);
}
errors++;
}
}
else {
const err849 = {instancePath:instancePath+"/board/callPoints/points/" + i23+"/pin",schemaPath:"#/properties/board/properties/callPoints/properties/points/items/properties/pin/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err849];
}
else {
vErrors.push(err849);
}
errors++;
}
var _valid10 = _errs551 === errors;
valid109 = valid109 || _valid10;
}
if(!valid109){
const err850 = {instancePath:instancePath+"/board/callPoints/points/" + i23+"/pin",schemaPath:"#/properties/board/properties/callPoints/properties/points/items/properties/pin/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err850];
}
else {
vErrors.push(err850);
}
errors++;
}
else {
errors = _errs548;
if(vErrors !== null){
if(_errs548){
vErrors.length = _errs548;
}
else {
vErrors = null;
}
}
}
if(errors > 0){
const emErrs134 = [];
for(const err851 of vErrors){
if(((((err851.keyword !== "errorMessage") && (!err851.emUsed)) && ((err851.instancePath === instancePath+"/board/callPoints/points/" + i23+"/pin") || ((err851.instancePath.indexOf(instancePath+"/board/callPoints/points/" + i23+"/pin") === 0) && (err851.instancePath[instancePath+"/board/callPoints/points/" + i23+"/pin".length] === "/")))) && (err851.schemaPath.indexOf("#/properties/board/properties/callPoints/properties/points/items/properties/pin") === 0)) && (err851.schemaPath["#/properties/board/properties/callPoints/properties/points/items/properties/pin".length] === "/")){
emErrs134.push(err851);
err851.emUsed = true;
}
}
if(emErrs134.length){
const err852 = {instancePath:instancePath+"/board/callPoints/points/" + i23+"/pin",schemaPath:"#/properties/board/properties/callPoints/properties/points/items/properties/pin/errorMessage",keyword:"errorMessage",params:{errors: emErrs134},message:"must be a header pin number 1–40 or a signal name such as GPIO17"};
if(vErrors === null){
vErrors = [err852];
}
else {
vErrors.push(err852);
}
errors++;
}
const emErrs135 = [];
for(const err853 of vErrors){
if(!err853.emUsed){
emErrs135.push(err853);
}
}
vErrors = emErrs135;
errors = emErrs135.length;
}
}
if(data215.cancelPin !== undefined){
let data221 = data215.cancelPin;
const _errs554 = errors;
let valid110 = false;
const _errs555 = errors;
if(!((typeof data221 == "number") && (!(data221 % 1) && !isNaN(data221)))){
const err854 = {instancePath:instancePath+"/board/callPoints/points/" + i23+"/cancelPin",schemaPath:"#/properties/board/properties/callPoints/properties/points/items/properties/cancelPin/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err854];
}
else {
vErrors.push(err854);
}
errors++;
}
if(typeof data221 == "number"){
if(data221 > 40 || isNaN(data221)){
const err855 = {instancePath:instancePath+"/board/callPoints/points/" + i23+"/cancelPin",schemaPath:"#/properties/board/properties/callPoints/properties/points/items/properties/cancelPin/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 40},message:"must be <= 40"};
if(vErrors === null){
vErrors = [err855];
}
else {
vErrors.push(err855);
}
errors++;
}
if(data221 < 1 || isNaN(data221)){
const err856 = {instancePath:instancePath+"/board/callPoints/points/" + i23+"/cancelPin",schemaPath:"#/properties/board/properties/callPoints/properties/points/items/properties/cancelPin/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err856];
}
else {
vErrors.push(err856);
}
errors++;
}
}
var _valid11 = _errs555 === errors;
valid110 = valid110 || _valid11;
if(!valid110){
const _errs557 = errors;
if(typeof data221 === "string"){
if(!pattern17.test(data221)){
const err857 = {instancePath:instancePath+"/board/callPoints/points/" + i23+"/cancelPin",schemaPath:"#/properties/board/properties/callPoints/properties/points/items/properties/cancelPin/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^(pin)?[0-9]{1,2}$|^[A-Z][A-Z0-9_]*$"},message:"must match pattern \""+"^(pin)?[0-9]{1,2}$|^[A-Z][A-Z0-9_]*$"+"\""};
if(vErrors === null){
vErrors = [err857];
}
else {
vErrors.push(err857);
}
errors++;
}
}
else {
const err858 = {instancePath:instancePath+"/board/callPoints/points/" + i23+"/cancelPin",schemaPath:"#/properties/board/properties/callPoints/properties/points/items/properties/cancelPin/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err858];
}
else {
vErrors.push(err858);
}
errors++;
}
var _valid11 = _errs557 === errors;
valid110 = valid110 || _valid11;
}
if(!valid110){
const err859 = {instancePath:instancePath+"/board/callPoints/points/" + i23+"/cancelPin",schemaPath:"#/properties/board/properties/callPoints/properties/points/items/properties/cancelPin/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err859];
}
else {
vErrors.push(err859);
}
errors++;
}
else {
errors = _errs554;
if(vErrors !== null){
if(_errs554){
vErrors.length = _errs554;
}
else {
vErrors = null;
}
}
}
if(errors > 0){
const emErrs136 = [];
for(const err860 of vErrors){
if(((((err860.keyword !== "errorMessage") && (!err860.emUsed)) && ((err860.instancePath === instancePath+"/board/callPoints/points/" + i23+"/cancelPin") || ((err860.instancePath.indexOf(instancePath+"/board/callPoints/points/" + i23+"/cancelPin") === 0) && (err860.instancePath[instancePath+"/board/callPoints/points/" + i23+"/cancelPin".length] === "/")))) && (err860.schemaPath.indexOf("#/properties/board/properties/callPoints/properties/points/items/properties/cancelPin") === 0)) && (err860.schemaPath["#/properties/board/properties/callPoints/properties/points/items/properties/cancelPin".length] === "/")){
emErrs136.push(err860);
err860.emUsed = true;
}
}
if(emErrs136.length){
const err861 = {instancePath:instancePath+"/board/callPoints/points/" + i23+"/cancelPin",schemaPath:"#/properties/board/properties/callPoints/properties/points/items/properties/cancelPin/errorMessage",keyword:"errorMessage",params:{errors: emErrs136},message:"must be a header pin number 1–40 or a signal name such as GPIO17"};
if(vErrors === null){
vErrors = [err861];
}
else {
vErrors.push(err861);
}
errors++;
}
const emErrs137 = [];
for(const err862 of vErrors){
if(!err862.emUsed){
emErrs137.push(err862);
}
}
vErrors = emErrs137;
errors = emErrs137.length;
}
}
if(data215.lamp !== undefined){
let data222 = data215.lamp;
const _errs560 = errors;
let valid111 = false;
const _errs561 = errors;
if(!((typeof data222 == "number") && (!(data222 % 1) && !isNaN(data222)))){
const err863 = {instancePath:instancePath+"/board/callPoints/points/" + i23+"/lamp",schemaPath:"#/properties/board/properties/callPoints/properties/points/items/properties/lamp/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err863];
}
else {
vErrors.push(err863);
}
errors++;
}
if(typeof data222 == "number"){
if(data222 > 40 || isNaN(data222)){
const err864 = {instancePath:instancePath+"/board/callPoints/points/" + i23+"/lamp",schemaPath:"#/properties/board/properties/callPoints/properties/points/items/properties/lamp/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 40},message:"must be <= 40"};
if(vErrors === null){
vErrors = [err864];
}
else {
vErrors.push(err864);
}
errors++;
}
if(data222 < 1 || isNaN(data222)){
const err865 = {instancePath:instancePath+"/board/callPoints/points/" + i23+"/lamp",schemaPath:"#/properties/board/properties/callPoints/properties/points/items/properties/lamp/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err865];
}
else {
vErrors.push(err865);
}
errors++;
}
}
var _valid12 = _errs561 === errors;
valid111 = valid111 || _valid12;
if(!valid111){
const _errs563 = errors;
if(typeof data222 === "string"){
if(!pattern17.test(data222)){
const err866 = {instancePath:instancePath+"/board/callPoints/points/" + i23+"/lamp",schemaPath:"#/properties/board/properties/callPoints/properties/points/items/properties/lamp/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^(pin)?[0-9]{1,2}$|^[A-Z][A-Z0-9_]*$"},message:"must match pattern \""+"^(pin)?[0-9]{1,2}$|^[A-Z][A-Z0-9_]*$"+"\""};
if(vErrors === null){
vErrors = [err866];
}
else {
vErrors.push(err866);
}
errors++;
}
}
else {
const err867 = {instancePath:instancePath+"/board/callPoints/points/" + i23+"/lamp",schemaPath:"#/properties/board/properties/callPoints/properties/points/items/properties/lamp/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err867];
}
else {
vErrors.push(err867);
}
errors++;
}
var _valid12 = _errs563 === errors;
valid111 = valid111 || _valid12;
}
if(!valid111){
const err868 = {instancePath:instancePath+"/board/callPoints/points/" + i23+"/lamp",schemaPath:"#/properties/board/properties/callPoints/properties/points/items/properties/lamp/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err868];
}
else {
vErrors.push(err868);
}
errors++;
}
else {
errors = _errs560;
if(vErrors !== null){
if(_errs560){
vErrors.length = _errs560;
}
else {
vErrors = null;
}
}
}
if(errors > 0){
const emErrs138 = [];
for(const err869 of vErrors){
if(((((err869.keyword !== "errorMessage") && (!err869.emUsed)) && ((err869.instancePath === instancePath+"/board/callPoints/points/" + i23+"/lamp") || ((err869.instancePath.indexOf(instancePath+"/board/callPoints/points/" + i23+"/lamp") === 0) && (err869.instancePath[instancePath+"/board/callPoints/points/" + i23+"/lamp".length] === "/")))) && (err869.schemaPath.indexOf("#/properties/board/properties/callPoints/properties/points/items/properties/lamp") === 0)) && (err869.schemaPath["#/properties/board/properties/callPoints/properties/points/items/properties/lamp".length] === "/")){
emErrs138.push(err869);
err869.emUsed = true;
}
}
if(emErrs138.length){
const err870 = {instancePath:instancePath+"/board/callPoints/points/" + i23+"/lamp",schemaPath:"#/properties/board/properties/callPoints/properties/points/items/properties/lamp/errorMessage",keyword:"errorMessage",params:{errors: emErrs138},message:"must be a header pin number 1–40 or a signal name such as GPIO17"};
if(vErrors === null){
vErrors = [err870];
}
else {
vErrors.push(err870);
}
errors++;
}
const emErrs139 = [];
for(const err871 of vErrors){
if(!err871.emUsed){
emErrs139.push(err871);
}
}
vErrors = emErrs139;
errors = emErrs139.length;
}
}
if(data215.channel !== undefined){
let data223 = data215.channel;
if(!((typeof data223 == "number") && (!(data223 % 1) && !isNaN(data223)))){
const err872 = {instancePath:instancePath+"/board/callPoints/points/" + i23+"/channel",schemaPath:"#/properties/board/properties/callPoints/properties/points/items/properties/channel/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err872];
}
else {
vErrors.push(err872);
}
errors++;
}
if(typeof data223 == "number"){
if(data223 > 255 || isNaN(data223)){
const err873 = {instancePath:instancePath+"/board/callPoints/points/" + i23+"/channel",schemaPath:"#/properties/board/properties/callPoints/properties/points/items/properties/channel/maximum",keyword:"maximum",params:{comparison: "<=", limit: 255},message:"must be <= 255"};
if(vErrors === null){
vErrors = [err873];
}
else {
vErrors.push(err873);
}
errors++;
}
if(data223 < 0 || isNaN(data223)){
const err874 = {instancePath:instancePath+"/board/callPoints/points/" + i23+"/channel",schemaPath:"#/properties/board/properties/callPoints/properties/points/items/properties/channel/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err874];
}
else {
vErrors.push(err874);
}
errors++;
}
}
}
if(data215.cancelChannel !== undefined){
let data224 = data215.cancelChannel;
if(!((typeof data224 == "number") && (!(data224 % 1) && !isNaN(data224)))){
const err875 = {instancePath:instancePath+"/board/callPoints/points/" + i23+"/cancelChannel",schemaPath:"#/properties/board/properties/callPoints/properties/points/items/properties/cancelChannel/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err875];
}
else {
vErrors.push(err875);
}
errors++;
}
if(typeof data224 == "number"){
if(data224 > 255 || isNaN(data224)){
const err876 = {instancePath:instancePath+"/board/callPoints/points/" + i23+"/cancelChannel",schemaPath:"#/properties/board/properties/callPoints/properties/points/items/properties/cancelChannel/maximum",keyword:"maximum",params:{comparison: "<=", limit: 255},message:"must be <= 255"};
if(vErrors === null){
vErrors = [err876];
}
else {
vErrors.push(err876);
}
errors++;
}
if(data224 < 0 || isNaN(data224)){
const err877 = {instancePath:instancePath+"/board/callPoints/points/" + i23+"/cancelChannel",schemaPath:"#/properties/board/properties/callPoints/properties/points/items/properties/cancelChannel/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err877];
}
else {
vErrors.push(err877);
}
errors++;
}
}
}
if(data215.extra !== undefined){
let data225 = data215.extra;
if(data225 && typeof data225 == "object" && !Array.isArray(data225)){
for(const key53 in data225){
if(pattern31.test(key53)){
let data226 = data225[key53];
if(typeof data226 === "string"){
if(func3(data226) > 120){
const err878 = {instancePath:instancePath+"/board/callPoints/points/" + i23+"/extra/" + key53.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/board/properties/callPoints/properties/points/items/properties/extra/patternProperties/%5E%5Ba-z%5D%5Ba-zA-Z0-9_-%5D%7B0%2C31%7D%24/maxLength",keyword:"maxLength",params:{limit: 120},message:"must NOT have more than 120 characters"};
if(vErrors === null){
vErrors = [err878];
}
else {
vErrors.push(err878);
}
errors++;
}
}
else {
const err879 = {instancePath:instancePath+"/board/callPoints/points/" + i23+"/extra/" + key53.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/board/properties/callPoints/properties/points/items/properties/extra/patternProperties/%5E%5Ba-z%5D%5Ba-zA-Z0-9_-%5D%7B0%2C31%7D%24/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err879];
}
else {
vErrors.push(err879);
}
errors++;
}
}
}
}
else {
const err880 = {instancePath:instancePath+"/board/callPoints/points/" + i23+"/extra",schemaPath:"#/properties/board/properties/callPoints/properties/points/items/properties/extra/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err880];
}
else {
vErrors.push(err880);
}
errors++;
}
}
}
else {
const err881 = {instancePath:instancePath+"/board/callPoints/points/" + i23,schemaPath:"#/properties/board/properties/callPoints/properties/points/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err881];
}
else {
vErrors.push(err881);
}
errors++;
}
}
}
else {
const err882 = {instancePath:instancePath+"/board/callPoints/points",schemaPath:"#/properties/board/properties/callPoints/properties/points/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err882];
}
else {
vErrors.push(err882);
}
errors++;
}
}
}
else {
const err883 = {instancePath:instancePath+"/board/callPoints",schemaPath:"#/properties/board/properties/callPoints/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err883];
}
else {
vErrors.push(err883);
}
errors++;
}
}
}
else {
const err884 = {instancePath:instancePath+"/board",schemaPath:"#/properties/board/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err884];
}
else {
vErrors.push(err884);
}
errors++;
}
}
if(data.boards !== undefined){
let data227 = data.boards;
if(Array.isArray(data227)){
if(data227.length < 1){
const err885 = {instancePath:instancePath+"/boards",schemaPath:"#/properties/boards/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err885];
}
else {
vErrors.push(err885);
}
errors++;
}
const len22 = data227.length;
for(let i24=0; i24<len22; i24++){
let data228 = data227[i24];
if(data228 && typeof data228 == "object" && !Array.isArray(data228)){
if(data228.id === undefined){
const err886 = {instancePath:instancePath+"/boards/" + i24,schemaPath:"#/properties/boards/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err886];
}
else {
vErrors.push(err886);
}
errors++;
}
if(data228.roles === undefined){
const err887 = {instancePath:instancePath+"/boards/" + i24,schemaPath:"#/properties/boards/items/required",keyword:"required",params:{missingProperty: "roles"},message:"must have required property '"+"roles"+"'"};
if(vErrors === null){
vErrors = [err887];
}
else {
vErrors.push(err887);
}
errors++;
}
for(const key54 in data228){
if(!(func2.call(schema16.properties.boards.items.properties, key54))){
const err888 = {instancePath:instancePath+"/boards/" + i24,schemaPath:"#/properties/boards/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key54},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err888];
}
else {
vErrors.push(err888);
}
errors++;
}
}
if(data228.id !== undefined){
let data229 = data228.id;
if(typeof data229 === "string"){
if(!pattern0.test(data229)){
const err889 = {instancePath:instancePath+"/boards/" + i24+"/id",schemaPath:"#/properties/boards/items/properties/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]{0,31}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]{0,31}$"+"\""};
if(vErrors === null){
vErrors = [err889];
}
else {
vErrors.push(err889);
}
errors++;
}
}
else {
const err890 = {instancePath:instancePath+"/boards/" + i24+"/id",schemaPath:"#/properties/boards/items/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err890];
}
else {
vErrors.push(err890);
}
errors++;
}
if(errors > 0){
const emErrs140 = [];
for(const err891 of vErrors){
if(((((err891.keyword !== "errorMessage") && (!err891.emUsed)) && ((err891.instancePath === instancePath+"/boards/" + i24+"/id") || ((err891.instancePath.indexOf(instancePath+"/boards/" + i24+"/id") === 0) && (err891.instancePath[instancePath+"/boards/" + i24+"/id".length] === "/")))) && (err891.schemaPath.indexOf("#/properties/boards/items/properties/id") === 0)) && (err891.schemaPath["#/properties/boards/items/properties/id".length] === "/")){
emErrs140.push(err891);
err891.emUsed = true;
}
}
if(emErrs140.length){
const err892 = {instancePath:instancePath+"/boards/" + i24+"/id",schemaPath:"#/properties/boards/items/properties/id/errorMessage",keyword:"errorMessage",params:{errors: emErrs140},message:"must be 1–32 lower-case letters, digits or dashes, starting with a letter or digit"};
if(vErrors === null){
vErrors = [err892];
}
else {
vErrors.push(err892);
}
errors++;
}
const emErrs141 = [];
for(const err893 of vErrors){
if(!err893.emUsed){
emErrs141.push(err893);
}
}
vErrors = emErrs141;
errors = emErrs141.length;
}
}
if(data228.password !== undefined){
let data230 = data228.password;
if(typeof data230 === "string"){
if(func3(data230) < 12){
const err894 = {instancePath:instancePath+"/boards/" + i24+"/password",schemaPath:"#/properties/boards/items/properties/password/minLength",keyword:"minLength",params:{limit: 12},message:"must NOT have fewer than 12 characters"};
if(vErrors === null){
vErrors = [err894];
}
else {
vErrors.push(err894);
}
errors++;
}
}
else {
const err895 = {instancePath:instancePath+"/boards/" + i24+"/password",schemaPath:"#/properties/boards/items/properties/password/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err895];
}
else {
vErrors.push(err895);
}
errors++;
}
if(errors > 0){
const emErrs142 = [];
for(const err896 of vErrors){
if(((((err896.keyword !== "errorMessage") && (!err896.emUsed)) && ((err896.instancePath === instancePath+"/boards/" + i24+"/password") || ((err896.instancePath.indexOf(instancePath+"/boards/" + i24+"/password") === 0) && (err896.instancePath[instancePath+"/boards/" + i24+"/password".length] === "/")))) && (err896.schemaPath.indexOf("#/properties/boards/items/properties/password") === 0)) && (err896.schemaPath["#/properties/boards/items/properties/password".length] === "/")){
emErrs142.push(err896);
err896.emUsed = true;
}
}
if(emErrs142.length){
const err897 = {instancePath:instancePath+"/boards/" + i24+"/password",schemaPath:"#/properties/boards/items/properties/password/errorMessage",keyword:"errorMessage",params:{errors: emErrs142},message:"must be at least 12 characters"};
if(vErrors === null){
vErrors = [err897];
}
else {
vErrors.push(err897);
}
errors++;
}
const emErrs143 = [];
for(const err898 of vErrors){
if(!err898.emUsed){
emErrs143.push(err898);
}
}
vErrors = emErrs143;
errors = emErrs143.length;
}
}
if(data228.roles !== undefined){
let data231 = data228.roles;
if(Array.isArray(data231)){
if(data231.length < 1){
const err899 = {instancePath:instancePath+"/boards/" + i24+"/roles",schemaPath:"#/properties/boards/items/properties/roles/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err899];
}
else {
vErrors.push(err899);
}
errors++;
}
const len23 = data231.length;
for(let i25=0; i25<len23; i25++){
let data232 = data231[i25];
if(typeof data232 !== "string"){
const err900 = {instancePath:instancePath+"/boards/" + i24+"/roles/" + i25,schemaPath:"#/properties/boards/items/properties/roles/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err900];
}
else {
vErrors.push(err900);
}
errors++;
}
if(!((((((data232 === "hub") || (data232 === "dispenser")) || (data232 === "counter")) || (data232 === "display")) || (data232 === "announcer")) || (data232 === "callpoint"))){
const err901 = {instancePath:instancePath+"/boards/" + i24+"/roles/" + i25,schemaPath:"#/properties/boards/items/properties/roles/items/enum",keyword:"enum",params:{allowedValues: schema16.properties.boards.items.properties.roles.items.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err901];
}
else {
vErrors.push(err901);
}
errors++;
}
if(errors > 0){
const emErrs144 = [];
for(const err902 of vErrors){
if(((((err902.keyword !== "errorMessage") && (!err902.emUsed)) && ((err902.instancePath === instancePath+"/boards/" + i24+"/roles/" + i25) || ((err902.instancePath.indexOf(instancePath+"/boards/" + i24+"/roles/" + i25) === 0) && (err902.instancePath[instancePath+"/boards/" + i24+"/roles/" + i25.length] === "/")))) && (err902.schemaPath.indexOf("#/properties/boards/items/properties/roles/items") === 0)) && (err902.schemaPath["#/properties/boards/items/properties/roles/items".length] === "/")){
emErrs144.push(err902);
err902.emUsed = true;
}
}
if(emErrs144.length){
const err903 = {instancePath:instancePath+"/boards/" + i24+"/roles/" + i25,schemaPath:"#/properties/boards/items/properties/roles/items/errorMessage",keyword:"errorMessage",params:{errors: emErrs144},message:"must be one of: hub, dispenser, counter, display, announcer, callpoint"};
if(vErrors === null){
vErrors = [err903];
}
else {
vErrors.push(err903);
}
errors++;
}
const emErrs145 = [];
for(const err904 of vErrors){
if(!err904.emUsed){
emErrs145.push(err904);
}
}
vErrors = emErrs145;
errors = emErrs145.length;
}
}
let i26 = data231.length;
let j2;
if(i26 > 1){
const indices2 = {};
for(;i26--;){
let item2 = data231[i26];
if(typeof item2 !== "string"){
continue;
}
if(typeof indices2[item2] == "number"){
j2 = indices2[item2];
const err905 = {instancePath:instancePath+"/boards/" + i24+"/roles",schemaPath:"#/properties/boards/items/properties/roles/uniqueItems",keyword:"uniqueItems",params:{i: i26, j: j2},message:"must NOT have duplicate items (items ## "+j2+" and "+i26+" are identical)"};
if(vErrors === null){
vErrors = [err905];
}
else {
vErrors.push(err905);
}
errors++;
break;
}
indices2[item2] = i26;
}
}
}
else {
const err906 = {instancePath:instancePath+"/boards/" + i24+"/roles",schemaPath:"#/properties/boards/items/properties/roles/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err906];
}
else {
vErrors.push(err906);
}
errors++;
}
}
if(data228.model !== undefined){
let data233 = data228.model;
if(typeof data233 !== "string"){
const err907 = {instancePath:instancePath+"/boards/" + i24+"/model",schemaPath:"#/properties/boards/items/properties/model/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err907];
}
else {
vErrors.push(err907);
}
errors++;
}
if(!(((((data233 === "pi-3b") || (data233 === "pi-4b")) || (data233 === "pi-5")) || (data233 === "pi-zero-2w")) || (data233 === "cm4"))){
const err908 = {instancePath:instancePath+"/boards/" + i24+"/model",schemaPath:"#/properties/boards/items/properties/model/enum",keyword:"enum",params:{allowedValues: schema16.properties.boards.items.properties.model.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err908];
}
else {
vErrors.push(err908);
}
errors++;
}
if(errors > 0){
const emErrs146 = [];
for(const err909 of vErrors){
if(((((err909.keyword !== "errorMessage") && (!err909.emUsed)) && ((err909.instancePath === instancePath+"/boards/" + i24+"/model") || ((err909.instancePath.indexOf(instancePath+"/boards/" + i24+"/model") === 0) && (err909.instancePath[instancePath+"/boards/" + i24+"/model".length] === "/")))) && (err909.schemaPath.indexOf("#/properties/boards/items/properties/model") === 0)) && (err909.schemaPath["#/properties/boards/items/properties/model".length] === "/")){
emErrs146.push(err909);
err909.emUsed = true;
}
}
if(emErrs146.length){
const err910 = {instancePath:instancePath+"/boards/" + i24+"/model",schemaPath:"#/properties/boards/items/properties/model/errorMessage",keyword:"errorMessage",params:{errors: emErrs146},message:"must be one of: pi-3b, pi-4b, pi-5, pi-zero-2w, cm4"};
if(vErrors === null){
vErrors = [err910];
}
else {
vErrors.push(err910);
}
errors++;
}
const emErrs147 = [];
for(const err911 of vErrors){
if(!err911.emUsed){
emErrs147.push(err911);
}
}
vErrors = emErrs147;
errors = emErrs147.length;
}
}
if(data228.dispenser !== undefined){
let data234 = data228.dispenser;
if(data234 && typeof data234 == "object" && !Array.isArray(data234)){
if(data234.cooldownMs === undefined){
data234.cooldownMs = 3000;
}
if(data234.technicianHoldMs === undefined){
data234.technicianHoldMs = 5000;
}
if(data234.printerPollMs === undefined){
data234.printerPollMs = 5000;
}
if(data234.buttons === undefined){
const err912 = {instancePath:instancePath+"/boards/" + i24+"/dispenser",schemaPath:"#/properties/boards/items/properties/dispenser/required",keyword:"required",params:{missingProperty: "buttons"},message:"must have required property '"+"buttons"+"'"};
if(vErrors === null){
vErrors = [err912];
}
else {
vErrors.push(err912);
}
errors++;
}
if(data234.input === undefined){
const err913 = {instancePath:instancePath+"/boards/" + i24+"/dispenser",schemaPath:"#/properties/boards/items/properties/dispenser/required",keyword:"required",params:{missingProperty: "input"},message:"must have required property '"+"input"+"'"};
if(vErrors === null){
vErrors = [err913];
}
else {
vErrors.push(err913);
}
errors++;
}
if(data234.printer === undefined){
const err914 = {instancePath:instancePath+"/boards/" + i24+"/dispenser",schemaPath:"#/properties/boards/items/properties/dispenser/required",keyword:"required",params:{missingProperty: "printer"},message:"must have required property '"+"printer"+"'"};
if(vErrors === null){
vErrors = [err914];
}
else {
vErrors.push(err914);
}
errors++;
}
if(data234.cooldownMs === undefined){
const err915 = {instancePath:instancePath+"/boards/" + i24+"/dispenser",schemaPath:"#/properties/boards/items/properties/dispenser/required",keyword:"required",params:{missingProperty: "cooldownMs"},message:"must have required property '"+"cooldownMs"+"'"};
if(vErrors === null){
vErrors = [err915];
}
else {
vErrors.push(err915);
}
errors++;
}
if(data234.technicianHoldMs === undefined){
const err916 = {instancePath:instancePath+"/boards/" + i24+"/dispenser",schemaPath:"#/properties/boards/items/properties/dispenser/required",keyword:"required",params:{missingProperty: "technicianHoldMs"},message:"must have required property '"+"technicianHoldMs"+"'"};
if(vErrors === null){
vErrors = [err916];
}
else {
vErrors.push(err916);
}
errors++;
}
if(data234.printerPollMs === undefined){
const err917 = {instancePath:instancePath+"/boards/" + i24+"/dispenser",schemaPath:"#/properties/boards/items/properties/dispenser/required",keyword:"required",params:{missingProperty: "printerPollMs"},message:"must have required property '"+"printerPollMs"+"'"};
if(vErrors === null){
vErrors = [err917];
}
else {
vErrors.push(err917);
}
errors++;
}
for(const key55 in data234){
if(!((((((key55 === "buttons") || (key55 === "input")) || (key55 === "printer")) || (key55 === "cooldownMs")) || (key55 === "technicianHoldMs")) || (key55 === "printerPollMs"))){
const err918 = {instancePath:instancePath+"/boards/" + i24+"/dispenser",schemaPath:"#/properties/boards/items/properties/dispenser/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key55},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err918];
}
else {
vErrors.push(err918);
}
errors++;
}
}
if(data234.buttons !== undefined){
let data235 = data234.buttons;
if(Array.isArray(data235)){
if(data235.length < 1){
const err919 = {instancePath:instancePath+"/boards/" + i24+"/dispenser/buttons",schemaPath:"#/properties/boards/items/properties/dispenser/properties/buttons/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err919];
}
else {
vErrors.push(err919);
}
errors++;
}
const len24 = data235.length;
for(let i27=0; i27<len24; i27++){
let data236 = data235[i27];
if(data236 && typeof data236 == "object" && !Array.isArray(data236)){
if(data236.service === undefined){
const err920 = {instancePath:instancePath+"/boards/" + i24+"/dispenser/buttons/" + i27,schemaPath:"#/properties/boards/items/properties/dispenser/properties/buttons/items/required",keyword:"required",params:{missingProperty: "service"},message:"must have required property '"+"service"+"'"};
if(vErrors === null){
vErrors = [err920];
}
else {
vErrors.push(err920);
}
errors++;
}
for(const key56 in data236){
if(!(((key56 === "service") || (key56 === "pin")) || (key56 === "lamp"))){
const err921 = {instancePath:instancePath+"/boards/" + i24+"/dispenser/buttons/" + i27,schemaPath:"#/properties/boards/items/properties/dispenser/properties/buttons/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key56},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err921];
}
else {
vErrors.push(err921);
}
errors++;
}
}
if(data236.service !== undefined){
let data237 = data236.service;
if(typeof data237 === "string"){
if(!pattern0.test(data237)){
const err922 = {instancePath:instancePath+"/boards/" + i24+"/dispenser/buttons/" + i27+"/service",schemaPath:"#/properties/boards/items/properties/dispenser/properties/buttons/items/properties/service/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]{0,31}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]{0,31}$"+"\""};
if(vErrors === null){
vErrors = [err922];
}
else {
vErrors.push(err922);
}
errors++;
}
}
else {
const err923 = {instancePath:instancePath+"/boards/" + i24+"/dispenser/buttons/" + i27+"/service",schemaPath:"#/properties/boards/items/properties/dispenser/properties/buttons/items/properties/service/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err923];
}
else {
vErrors.push(err923);
}
errors++;
}
if(errors > 0){
const emErrs148 = [];
for(const err924 of vErrors){
if(((((err924.keyword !== "errorMessage") && (!err924.emUsed)) && ((err924.instancePath === instancePath+"/boards/" + i24+"/dispenser/buttons/" + i27+"/service") || ((err924.instancePath.indexOf(instancePath+"/boards/" + i24+"/dispenser/buttons/" + i27+"/service") === 0) && (err924.instancePath[instancePath+"/boards/" + i24+"/dispenser/buttons/" + i27+"/service".length] === "/")))) && (err924.schemaPath.indexOf("#/properties/boards/items/properties/dispenser/properties/buttons/items/properties/service") === 0)) && (err924.schemaPath["#/properties/boards/items/properties/dispenser/properties/buttons/items/properties/service".length] === "/")){
emErrs148.push(err924);
err924.emUsed = true;
}
}
if(emErrs148.length){
const err925 = {instancePath:instancePath+"/boards/" + i24+"/dispenser/buttons/" + i27+"/service",schemaPath:"#/properties/boards/items/properties/dispenser/properties/buttons/items/properties/service/errorMessage",keyword:"errorMessage",params:{errors: emErrs148},message:"must be 1–32 lower-case letters, digits or dashes, starting with a letter or digit"};
if(vErrors === null){
vErrors = [err925];
}
else {
vErrors.push(err925);
}
errors++;
}
const emErrs149 = [];
for(const err926 of vErrors){
if(!err926.emUsed){
emErrs149.push(err926);
}
}
vErrors = emErrs149;
errors = emErrs149.length;
}
}
if(data236.pin !== undefined){
let data238 = data236.pin;
const _errs599 = errors;
let valid123 = false;
const _errs600 = errors;
if(!((typeof data238 == "number") && (!(data238 % 1) && !isNaN(data238)))){
const err927 = {instancePath:instancePath+"/boards/" + i24+"/dispenser/buttons/" + i27+"/pin",schemaPath:"#/properties/boards/items/properties/dispenser/properties/buttons/items/properties/pin/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err927];
}
else {
vErrors.push(err927);
}
errors++;
}
if(typeof data238 == "number"){
if(data238 > 40 || isNaN(data238)){
const err928 = {instancePath:instancePath+"/boards/" + i24+"/dispenser/buttons/" + i27+"/pin",schemaPath:"#/properties/boards/items/properties/dispenser/properties/buttons/items/properties/pin/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 40},message:"must be <= 40"};
if(vErrors === null){
vErrors = [err928];
}
else {
vErrors.push(err928);
}
errors++;
}
if(data238 < 1 || isNaN(data238)){
const err929 = {instancePath:instancePath+"/boards/" + i24+"/dispenser/buttons/" + i27+"/pin",schemaPath:"#/properties/boards/items/properties/dispenser/properties/buttons/items/properties/pin/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err929];
}
else {
vErrors.push(err929);
}
errors++;
}
}
var _valid13 = _errs600 === errors;
valid123 = valid123 || _valid13;
if(!valid123){
const _errs602 = errors;
if(typeof data238 === "string"){
if(!pattern17.test(data238)){
const err930 = {instancePath:instancePath+"/boards/" + i24+"/dispenser/buttons/" + i27+"/pin",schemaPath:"#/properties/boards/items/properties/dispenser/properties/buttons/items/properties/pin/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^(pin)?[0-9]{1,2}$|^[A-Z][A-Z0-9_]*$"},message:"must match pattern \""+"^(pin)?[0-9]{1,2}$|^[A-Z][A-Z0-9_]*$"+"\""};
if(vErrors === null){
vErrors = [err930];
}
else {
vErrors.push(err930);
}
errors++;
}
}
else {
const err931 = {instancePath:instancePath+"/boards/" + i24+"/dispenser/buttons/" + i27+"/pin",schemaPath:"#/properties/boards/items/properties/dispenser/properties/buttons/items/properties/pin/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err931];
}
else {
vErrors.push(err931);
}
errors++;
}
var _valid13 = _errs602 === errors;
valid123 = valid123 || _valid13;
}
if(!valid123){
const err932 = {instancePath:instancePath+"/boards/" + i24+"/dispenser/buttons/" + i27+"/pin",schemaPath:"#/properties/boards/items/properties/dispenser/properties/buttons/items/properties/pin/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err932];
}
else {
vErrors.push(err932);
}
errors++;
}
else {
errors = _errs599;
if(vErrors !== null){
if(_errs599){
vErrors.length = _errs599;
}
else {
vErrors = null;
}
}
}
if(errors > 0){
const emErrs150 = [];
for(const err933 of vErrors){
if(((((err933.keyword !== "errorMessage") && (!err933.emUsed)) && ((err933.instancePath === instancePath+"/boards/" + i24+"/dispenser/buttons/" + i27+"/pin") || ((err933.instancePath.indexOf(instancePath+"/boards/" + i24+"/dispenser/buttons/" + i27+"/pin") === 0) && (err933.instancePath[instancePath+"/boards/" + i24+"/dispenser/buttons/" + i27+"/pin".length] === "/")))) && (err933.schemaPath.indexOf("#/properties/boards/items/properties/dispenser/properties/buttons/items/properties/pin") === 0)) && (err933.schemaPath["#/properties/boards/items/properties/dispenser/properties/buttons/items/properties/pin".length] === "/")){
emErrs150.push(err933);
err933.emUsed = true;
}
}
if(emErrs150.length){
const err934 = {instancePath:instancePath+"/boards/" + i24+"/dispenser/buttons/" + i27+"/pin",schemaPath:"#/properties/boards/items/properties/dispenser/properties/buttons/items/properties/pin/errorMessage",keyword:"errorMessage",params:{errors: emErrs150},message:"must be a header pin number 1–40 or a signal name such as GPIO17"};
if(vErrors === null){
vErrors = [err934];
}
else {
vErrors.push(err934);
}
errors++;
}
const emErrs151 = [];
for(const err935 of vErrors){
if(!err935.emUsed){
emErrs151.push(err935);
}
}
vErrors = emErrs151;
errors = emErrs151.length;
}
}
if(data236.lamp !== undefined){
let data239 = data236.lamp;
const _errs605 = errors;
let valid124 = false;
const _errs606 = errors;
if(!((typeof data239 == "number") && (!(data239 % 1) && !isNaN(data239)))){
const err936 = {instancePath:instancePath+"/boards/" + i24+"/dispenser/buttons/" + i27+"/lamp",schemaPath:"#/properties/boards/items/properties/dispenser/properties/buttons/items/properties/lamp/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err936];
}
else {
vErrors.push(err936);
}
errors++;
}
if(typeof data239 == "number"){
if(data239 > 40 || isNaN(data239)){
const err937 = {instancePath:instancePath+"/boards/" + i24+"/dispenser/buttons/" + i27+"/lamp",schemaPath:"#/properties/boards/items/properties/dispenser/properties/buttons/items/properties/lamp/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 40},message:"must be <= 40"};
if(vErrors === null){
vErrors = [err937];
}
else {
vErrors.push(err937);
}
errors++;
}
if(data239 < 1 || isNaN(data239)){
const err938 = {instancePath:instancePath+"/boards/" + i24+"/dispenser/buttons/" + i27+"/lamp",schemaPath:"#/properties/boards/items/properties/dispenser/properties/buttons/items/properties/lamp/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err938];
}
else {
vErrors.push(err938);
}
errors++;
}
}
var _valid14 = _errs606 === errors;
valid124 = valid124 || _valid14;
if(!valid124){
const _errs608 = errors;
if(typeof data239 === "string"){
if(!pattern17.test(data239)){
const err939 = {instancePath:instancePath+"/boards/" + i24+"/dispenser/buttons/" + i27+"/lamp",schemaPath:"#/properties/boards/items/properties/dispenser/properties/buttons/items/properties/lamp/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^(pin)?[0-9]{1,2}$|^[A-Z][A-Z0-9_]*$"},message:"must match pattern \""+"^(pin)?[0-9]{1,2}$|^[A-Z][A-Z0-9_]*$"+"\""};
if(vErrors === null){
vErrors = [err939];
}
else {
vErrors.push(err939);
}
errors++;
}
}
else {
const err940 = {instancePath:instancePath+"/boards/" + i24+"/dispenser/buttons/" + i27+"/lamp",schemaPath:"#/properties/boards/items/properties/dispenser/properties/buttons/items/properties/lamp/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err940];
}
else {
vErrors.push(err940);
}
errors++;
}
var _valid14 = _errs608 === errors;
valid124 = valid124 || _valid14;
}
if(!valid124){
const err941 = {instancePath:instancePath+"/boards/" + i24+"/dispenser/buttons/" + i27+"/lamp",schemaPath:"#/properties/boards/items/properties/dispenser/properties/buttons/items/properties/lamp/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err941];
}
else {
vErrors.push(err941);
}
errors++;
}
else {
errors = _errs605;
if(vErrors !== null){
if(_errs605){
vErrors.length = _errs605;
}
else {
vErrors = null;
}
}
}
if(errors > 0){
const emErrs152 = [];
for(const err942 of vErrors){
if(((((err942.keyword !== "errorMessage") && (!err942.emUsed)) && ((err942.instancePath === instancePath+"/boards/" + i24+"/dispenser/buttons/" + i27+"/lamp") || ((err942.instancePath.indexOf(instancePath+"/boards/" + i24+"/dispenser/buttons/" + i27+"/lamp") === 0) && (err942.instancePath[instancePath+"/boards/" + i24+"/dispenser/buttons/" + i27+"/lamp".length] === "/")))) && (err942.schemaPath.indexOf("#/properties/boards/items/properties/dispenser/properties/buttons/items/properties/lamp") === 0)) && (err942.schemaPath["#/properties/boards/items/properties/dispenser/properties/buttons/items/properties/lamp".length] === "/")){
emErrs152.push(err942);
err942.emUsed = true;
}
}
if(emErrs152.length){
const err943 = {instancePath:instancePath+"/boards/" + i24+"/dispenser/buttons/" + i27+"/lamp",schemaPath:"#/properties/boards/items/properties/dispenser/properties/buttons/items/properties/lamp/errorMessage",keyword:"errorMessage",params:{errors: emErrs152},message:"must be a header pin number 1–40 or a signal name such as GPIO17"};
if(vErrors === null){
vErrors = [err943];
}
else {
vErrors.push(err943);
}
errors++;
}
const emErrs153 = [];
for(const err944 of vErrors){
if(!err944.emUsed){
emErrs153.push(err944);
}
}
vErrors = emErrs153;
errors = emErrs153.length;
}
}
}
else {
const err945 = {instancePath:instancePath+"/boards/" + i24+"/dispenser/buttons/" + i27,schemaPath:"#/properties/boards/items/properties/dispenser/properties/buttons/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err945];
}
else {
vErrors.push(err945);
}
errors++;
}
}
}
else {
const err946 = {instancePath:instancePath+"/boards/" + i24+"/dispenser/buttons",schemaPath:"#/properties/boards/items/properties/dispenser/properties/buttons/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err946];
}
else {
vErrors.push(err946);
}
errors++;
}
}
if(data234.input !== undefined){
let data240 = data234.input;
const _errs611 = errors;
let valid125 = false;
const _errs612 = errors;
if(data240 && typeof data240 == "object" && !Array.isArray(data240)){
if(data240.driver === undefined){
const err947 = {instancePath:instancePath+"/boards/" + i24+"/dispenser/input",schemaPath:"#/properties/boards/items/properties/dispenser/properties/input/anyOf/0/required",keyword:"required",params:{missingProperty: "driver"},message:"must have required property '"+"driver"+"'"};
if(vErrors === null){
vErrors = [err947];
}
else {
vErrors.push(err947);
}
errors++;
}
for(const key57 in data240){
if(!(key57 === "driver")){
const err948 = {instancePath:instancePath+"/boards/" + i24+"/dispenser/input",schemaPath:"#/properties/boards/items/properties/dispenser/properties/input/anyOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key57},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err948];
}
else {
vErrors.push(err948);
}
errors++;
}
}
if(data240.driver !== undefined){
let data241 = data240.driver;
if(typeof data241 !== "string"){
const err949 = {instancePath:instancePath+"/boards/" + i24+"/dispenser/input/driver",schemaPath:"#/properties/boards/items/properties/dispenser/properties/input/anyOf/0/properties/driver/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err949];
}
else {
vErrors.push(err949);
}
errors++;
}
if(!(data241 === "simulated")){
const err950 = {instancePath:instancePath+"/boards/" + i24+"/dispenser/input/driver",schemaPath:"#/properties/boards/items/properties/dispenser/properties/input/anyOf/0/properties/driver/enum",keyword:"enum",params:{allowedValues: schema16.properties.boards.items.properties.dispenser.properties.input.anyOf[0].properties.driver.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err950];
}
else {
vErrors.push(err950);
}
errors++;
}
if(errors > 0){
const emErrs154 = [];
for(const err951 of vErrors){
if(((((err951.keyword !== "errorMessage") && (!err951.emUsed)) && ((err951.instancePath === instancePath+"/boards/" + i24+"/dispenser/input/driver") || ((err951.instancePath.indexOf(instancePath+"/boards/" + i24+"/dispenser/input/driver") === 0) && (err951.instancePath[instancePath+"/boards/" + i24+"/dispenser/input/driver".length] === "/")))) && (err951.schemaPath.indexOf("#/properties/boards/items/properties/dispenser/properties/input/anyOf/0/properties/driver") === 0)) && (err951.schemaPath["#/properties/boards/items/properties/dispenser/properties/input/anyOf/0/properties/driver".length] === "/")){
emErrs154.push(err951);
err951.emUsed = true;
}
}
if(emErrs154.length){
const err952 = {instancePath:instancePath+"/boards/" + i24+"/dispenser/input/driver",schemaPath:"#/properties/boards/items/properties/dispenser/properties/input/anyOf/0/properties/driver/errorMessage",keyword:"errorMessage",params:{errors: emErrs154},message:"must be one of: simulated"};
if(vErrors === null){
vErrors = [err952];
}
else {
vErrors.push(err952);
}
errors++;
}
const emErrs155 = [];
for(const err953 of vErrors){
if(!err953.emUsed){
emErrs155.push(err953);
}
}
vErrors = emErrs155;
errors = emErrs155.length;
}
}
}
else {
const err954 = {instancePath:instancePath+"/boards/" + i24+"/dispenser/input",schemaPath:"#/properties/boards/items/properties/dispenser/properties/input/anyOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err954];
}
else {
vErrors.push(err954);
}
errors++;
}
var _valid15 = _errs612 === errors;
valid125 = valid125 || _valid15;
if(!valid125){
const _errs617 = errors;
if(data240 && typeof data240 == "object" && !Array.isArray(data240)){
if(data240.driver === undefined){
const err955 = {instancePath:instancePath+"/boards/" + i24+"/dispenser/input",schemaPath:"#/properties/boards/items/properties/dispenser/properties/input/anyOf/1/required",keyword:"required",params:{missingProperty: "driver"},message:"must have required property '"+"driver"+"'"};
if(vErrors === null){
vErrors = [err955];
}
else {
vErrors.push(err955);
}
errors++;
}
for(const key58 in data240){
if(!(((((((key58 === "driver") || (key58 === "root")) || (key58 === "pollMs")) || (key58 === "activeLow")) || (key58 === "bias")) || (key58 === "debounceMs")) || (key58 === "longPressMs"))){
const err956 = {instancePath:instancePath+"/boards/" + i24+"/dispenser/input",schemaPath:"#/properties/boards/items/properties/dispenser/properties/input/anyOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key58},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err956];
}
else {
vErrors.push(err956);
}
errors++;
}
}
if(data240.driver !== undefined){
let data242 = data240.driver;
if(typeof data242 !== "string"){
const err957 = {instancePath:instancePath+"/boards/" + i24+"/dispenser/input/driver",schemaPath:"#/properties/boards/items/properties/dispenser/properties/input/anyOf/1/properties/driver/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err957];
}
else {
vErrors.push(err957);
}
errors++;
}
if(!(data242 === "sysfs")){
const err958 = {instancePath:instancePath+"/boards/" + i24+"/dispenser/input/driver",schemaPath:"#/properties/boards/items/properties/dispenser/properties/input/anyOf/1/properties/driver/enum",keyword:"enum",params:{allowedValues: schema16.properties.boards.items.properties.dispenser.properties.input.anyOf[1].properties.driver.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err958];
}
else {
vErrors.push(err958);
}
errors++;
}
if(errors > 0){
const emErrs156 = [];
for(const err959 of vErrors){
if(((((err959.keyword !== "errorMessage") && (!err959.emUsed)) && ((err959.instancePath === instancePath+"/boards/" + i24+"/dispenser/input/driver") || ((err959.instancePath.indexOf(instancePath+"/boards/" + i24+"/dispenser/input/driver") === 0) && (err959.instancePath[instancePath+"/boards/" + i24+"/dispenser/input/driver".length] === "/")))) && (err959.schemaPath.indexOf("#/properties/boards/items/properties/dispenser/properties/input/anyOf/1/properties/driver") === 0)) && (err959.schemaPath["#/properties/boards/items/properties/dispenser/properties/input/anyOf/1/properties/driver".length] === "/")){
emErrs156.push(err959);
err959.emUsed = true;
}
}
if(emErrs156.length){
const err960 = {instancePath:instancePath+"/boards/" + i24+"/dispenser/input/driver",schemaPath:"#/properties/boards/items/properties/dispenser/properties/input/anyOf/1/properties/driver/errorMessage",keyword:"errorMessage",params:{errors: emErrs156},message:"must be one of: sysfs"};
if(vErrors === null){
vErrors = [err960];
}
else {
vErrors.push(err960);
}
errors++;
}
const emErrs157 = [];
for(const err961 of vErrors){
if(!err961.emUsed){
emErrs157.push(err961);
}
}
vErrors = emErrs157;
errors = emErrs157.length;
}
}
if(data240.root !== undefined){
if(typeof data240.root !== "string"){
const err962 = {instancePath:instancePath+"/boards/" + i24+"/dispenser/input/root",schemaPath:"#/properties/boards/items/properties/dispenser/properties/input/anyOf/1/properties/root/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err962];
}
else {
vErrors.push(err962);
}
errors++;
}
}
if(data240.pollMs !== undefined){
let data244 = data240.pollMs;
if(!((typeof data244 == "number") && (!(data244 % 1) && !isNaN(data244)))){
const err963 = {instancePath:instancePath+"/boards/" + i24+"/dispenser/input/pollMs",schemaPath:"#/properties/boards/items/properties/dispenser/properties/input/anyOf/1/properties/pollMs/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err963];
}
else {
vErrors.push(err963);
}
errors++;
}
if(typeof data244 == "number"){
if(data244 > 20 || isNaN(data244)){
const err964 = {instancePath:instancePath+"/boards/" + i24+"/dispenser/input/pollMs",schemaPath:"#/properties/boards/items/properties/dispenser/properties/input/anyOf/1/properties/pollMs/maximum",keyword:"maximum",params:{comparison: "<=", limit: 20},message:"must be <= 20"};
if(vErrors === null){
vErrors = [err964];
}
else {
vErrors.push(err964);
}
errors++;
}
if(data244 < 1 || isNaN(data244)){
const err965 = {instancePath:instancePath+"/boards/" + i24+"/dispenser/input/pollMs",schemaPath:"#/properties/boards/items/properties/dispenser/properties/input/anyOf/1/properties/pollMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err965];
}
else {
vErrors.push(err965);
}
errors++;
}
}
}
if(data240.activeLow !== undefined){
if(typeof data240.activeLow !== "boolean"){
const err966 = {instancePath:instancePath+"/boards/" + i24+"/dispenser/input/activeLow",schemaPath:"#/properties/boards/items/properties/dispenser/properties/input/anyOf/1/properties/activeLow/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err966];
}
else {
vErrors.push(err966);
}
errors++;
}
}
if(data240.bias !== undefined){
let data246 = data240.bias;
if(typeof data246 !== "string"){
const err967 = {instancePath:instancePath+"/boards/" + i24+"/dispenser/input/bias",schemaPath:"#/properties/boards/items/properties/dispenser/properties/input/anyOf/1/properties/bias/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err967];
}
else {
vErrors.push(err967);
}
errors++;
}
if(!(((data246 === "pull-up") || (data246 === "pull-down")) || (data246 === "as-is"))){
const err968 = {instancePath:instancePath+"/boards/" + i24+"/dispenser/input/bias",schemaPath:"#/properties/boards/items/properties/dispenser/properties/input/anyOf/1/properties/bias/enum",keyword:"enum",params:{allowedValues: schema16.properties.boards.items.properties.dispenser.properties.input.anyOf[1].properties.bias.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err968];
}
else {
vErrors.push(err968);
}
errors++;
}
if(errors > 0){
const emErrs158 = [];
for(const err969 of vErrors){
if(((((err969.keyword !== "errorMessage") && (!err969.emUsed)) && ((err969.instancePath === instancePath+"/boards/" + i24+"/dispenser/input/bias") || ((err969.instancePath.indexOf(instancePath+"/boards/" + i24+"/dispenser/input/bias") === 0) && (err969.instancePath[instancePath+"/boards/" + i24+"/dispenser/input/bias".length] === "/")))) && (err969.schemaPath.indexOf("#/properties/boards/items/properties/dispenser/properties/input/anyOf/1/properties/bias") === 0)) && (err969.schemaPath["#/properties/boards/items/properties/dispenser/properties/input/anyOf/1/properties/bias".length] === "/")){
emErrs158.push(err969);
err969.emUsed = true;
}
}
if(emErrs158.length){
const err970 = {instancePath:instancePath+"/boards/" + i24+"/dispenser/input/bias",schemaPath:"#/properties/boards/items/properties/dispenser/properties/input/anyOf/1/properties/bias/errorMessage",keyword:"errorMessage",params:{errors: emErrs158},message:"must be one of: pull-up, pull-down, as-is"};
if(vErrors === null){
vErrors = [err970];
}
else {
vErrors.push(err970);
}
errors++;
}
const emErrs159 = [];
for(const err971 of vErrors){
if(!err971.emUsed){
emErrs159.push(err971);
}
}
vErrors = emErrs159;
errors = emErrs159.length;
}
}
if(data240.debounceMs !== undefined){
let data247 = data240.debounceMs;
if(!((typeof data247 == "number") && (!(data247 % 1) && !isNaN(data247)))){
const err972 = {instancePath:instancePath+"/boards/" + i24+"/dispenser/input/debounceMs",schemaPath:"#/properties/boards/items/properties/dispenser/properties/input/anyOf/1/properties/debounceMs/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err972];
}
else {
vErrors.push(err972);
}
errors++;
}
if(typeof data247 == "number"){
if(data247 > 500 || isNaN(data247)){
const err973 = {instancePath:instancePath+"/boards/" + i24+"/dispenser/input/debounceMs",schemaPath:"#/properties/boards/items/properties/dispenser/properties/input/anyOf/1/properties/debounceMs/maximum",keyword:"maximum",params:{comparison: "<=", limit: 500},message:"must be <= 500"};
if(vErrors === null){
vErrors = [err973];
}
else {
vErrors.push(err973);
}
errors++;
}
if(data247 < 1 || isNaN(data247)){
const err974 = {instancePath:instancePath+"/boards/" + i24+"/dispenser/input/debounceMs",schemaPath:"#/properties/boards/items/properties/dispenser/properties/input/anyOf/1/properties/debounceMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err974];
}
else {
vErrors.push(err974);
}
errors++;
}
}
}
if(data240.longPressMs !== undefined){
let data248 = data240.longPressMs;
if(!((typeof data248 == "number") && (!(data248 % 1) && !isNaN(data248)))){
const err975 = {instancePath:instancePath+"/boards/" + i24+"/dispenser/input/longPressMs",schemaPath:"#/properties/boards/items/properties/dispenser/properties/input/anyOf/1/properties/longPressMs/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err975];
}
else {
vErrors.push(err975);
}
errors++;
}
if(typeof data248 == "number"){
if(data248 > 60000 || isNaN(data248)){
const err976 = {instancePath:instancePath+"/boards/" + i24+"/dispenser/input/longPressMs",schemaPath:"#/properties/boards/items/properties/dispenser/properties/input/anyOf/1/properties/longPressMs/maximum",keyword:"maximum",params:{comparison: "<=", limit: 60000},message:"must be <= 60000"};
if(vErrors === null){
vErrors = [err976];
}
else {
vErrors.push(err976);
}
errors++;
}
if(data248 < 200 || isNaN(data248)){
const err977 = {instancePath:instancePath+"/boards/" + i24+"/dispenser/input/longPressMs",schemaPath:"#/properties/boards/items/properties/dispenser/properties/input/anyOf/1/properties/longPressMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 200},message:"must be >= 200"};
if(vErrors === null){
vErrors = [err977];
}
else {
vErrors.push(err977);
}
errors++;
}
}
}
}
else {
const err978 = {instancePath:instancePath+"/boards/" + i24+"/dispenser/input",schemaPath:"#/properties/boards/items/properties/dispenser/properties/input/anyOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err978];
}
else {
vErrors.push(err978);
}
errors++;
}
var _valid15 = _errs617 === errors;
valid125 = valid125 || _valid15;
if(!valid125){
const _errs634 = errors;
if(data240 && typeof data240 == "object" && !Array.isArray(data240)){
if(data240.driver === undefined){
const err979 = {instancePath:instancePath+"/boards/" + i24+"/dispenser/input",schemaPath:"#/properties/boards/items/properties/dispenser/properties/input/anyOf/2/required",keyword:"required",params:{missingProperty: "driver"},message:"must have required property '"+"driver"+"'"};
if(vErrors === null){
vErrors = [err979];
}
else {
vErrors.push(err979);
}
errors++;
}
for(const key59 in data240){
if(!(((((key59 === "driver") || (key59 === "activeLow")) || (key59 === "bias")) || (key59 === "debounceMs")) || (key59 === "longPressMs"))){
const err980 = {instancePath:instancePath+"/boards/" + i24+"/dispenser/input",schemaPath:"#/properties/boards/items/properties/dispenser/properties/input/anyOf/2/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key59},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err980];
}
else {
vErrors.push(err980);
}
errors++;
}
}
if(data240.driver !== undefined){
let data249 = data240.driver;
if(typeof data249 !== "string"){
const err981 = {instancePath:instancePath+"/boards/" + i24+"/dispenser/input/driver",schemaPath:"#/properties/boards/items/properties/dispenser/properties/input/anyOf/2/properties/driver/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err981];
}
else {
vErrors.push(err981);
}
errors++;
}
if(!(data249 === "gpiod")){
const err982 = {instancePath:instancePath+"/boards/" + i24+"/dispenser/input/driver",schemaPath:"#/properties/boards/items/properties/dispenser/properties/input/anyOf/2/properties/driver/enum",keyword:"enum",params:{allowedValues: schema16.properties.boards.items.properties.dispenser.properties.input.anyOf[2].properties.driver.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err982];
}
else {
vErrors.push(err982);
}
errors++;
}
if(errors > 0){
const emErrs160 = [];
for(const err983 of vErrors){
if(((((err983.keyword !== "errorMessage") && (!err983.emUsed)) && ((err983.instancePath === instancePath+"/boards/" + i24+"/dispenser/input/driver") || ((err983.instancePath.indexOf(instancePath+"/boards/" + i24+"/dispenser/input/driver") === 0) && (err983.instancePath[instancePath+"/boards/" + i24+"/dispenser/input/driver".length] === "/")))) && (err983.schemaPath.indexOf("#/properties/boards/items/properties/dispenser/properties/input/anyOf/2/properties/driver") === 0)) && (err983.schemaPath["#/properties/boards/items/properties/dispenser/properties/input/anyOf/2/properties/driver".length] === "/")){
emErrs160.push(err983);
err983.emUsed = true;
}
}
if(emErrs160.length){
const err984 = {instancePath:instancePath+"/boards/" + i24+"/dispenser/input/driver",schemaPath:"#/properties/boards/items/properties/dispenser/properties/input/anyOf/2/properties/driver/errorMessage",keyword:"errorMessage",params:{errors: emErrs160},message:"must be one of: gpiod"};
if(vErrors === null){
vErrors = [err984];
}
else {
vErrors.push(err984);
}
errors++;
}
const emErrs161 = [];
for(const err985 of vErrors){
if(!err985.emUsed){
emErrs161.push(err985);
}
}
vErrors = emErrs161;
errors = emErrs161.length;
}
}
if(data240.activeLow !== undefined){
if(typeof data240.activeLow !== "boolean"){
const err986 = {instancePath:instancePath+"/boards/" + i24+"/dispenser/input/activeLow",schemaPath:"#/properties/boards/items/properties/dispenser/properties/input/anyOf/2/properties/activeLow/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err986];
}
else {
vErrors.push(err986);
}
errors++;
}
}
if(data240.bias !== undefined){
let data251 = data240.bias;
if(typeof data251 !== "string"){
const err987 = {instancePath:instancePath+"/boards/" + i24+"/dispenser/input/bias",schemaPath:"#/properties/boards/items/properties/dispenser/properties/input/anyOf/2/properties/bias/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err987];
}
else {
vErrors.push(err987);
}
errors++;
}
if(!(((data251 === "pull-up") || (data251 === "pull-down")) || (data251 === "as-is"))){
const err988 = {instancePath:instancePath+"/boards/" + i24+"/dispenser/input/bias",schemaPath:"#/properties/boards/items/properties/dispenser/properties/input/anyOf/2/properties/bias/enum",keyword:"enum",params:{allowedValues: schema16.properties.boards.items.properties.dispenser.properties.input.anyOf[2].properties.bias.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err988];
}
else {
vErrors.push(err988);
}
errors++;
}
if(errors > 0){
const emErrs162 = [];
for(const err989 of vErrors){
if(((((err989.keyword !== "errorMessage") && (!err989.emUsed)) && ((err989.instancePath === instancePath+"/boards/" + i24+"/dispenser/input/bias") || ((err989.instancePath.indexOf(instancePath+"/boards/" + i24+"/dispenser/input/bias") === 0) && (err989.instancePath[instancePath+"/boards/" + i24+"/dispenser/input/bias".length] === "/")))) && (err989.schemaPath.indexOf("#/properties/boards/items/properties/dispenser/properties/input/anyOf/2/properties/bias") === 0)) && (err989.schemaPath["#/properties/boards/items/properties/dispenser/properties/input/anyOf/2/properties/bias".length] === "/")){
emErrs162.push(err989);
err989.emUsed = true;
}
}
if(emErrs162.length){
const err990 = {instancePath:instancePath+"/boards/" + i24+"/dispenser/input/bias",schemaPath:"#/properties/boards/items/properties/dispenser/properties/input/anyOf/2/properties/bias/errorMessage",keyword:"errorMessage",params:{errors: emErrs162},message:"must be one of: pull-up, pull-down, as-is"};
if(vErrors === null){
vErrors = [err990];
}
else {
vErrors.push(err990);
}
errors++;
}
const emErrs163 = [];
for(const err991 of vErrors){
if(!err991.emUsed){
emErrs163.push(err991);
}
}
vErrors = emErrs163;
errors = emErrs163.length;
}
}
if(data240.debounceMs !== undefined){
let data252 = data240.debounceMs;
if(!((typeof data252 == "number") && (!(data252 % 1) && !isNaN(data252)))){
const err992 = {instancePath:instancePath+"/boards/" + i24+"/dispenser/input/debounceMs",schemaPath:"#/properties/boards/items/properties/dispenser/properties/input/anyOf/2/properties/debounceMs/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err992];
}
else {
vErrors.push(err992);
}
errors++;
}
if(typeof data252 == "number"){
if(data252 > 500 || isNaN(data252)){
const err993 = {instancePath:instancePath+"/boards/" + i24+"/dispenser/input/debounceMs",schemaPath:"#/properties/boards/items/properties/dispenser/properties/input/anyOf/2/properties/debounceMs/maximum",keyword:"maximum",params:{comparison: "<=", limit: 500},message:"must be <= 500"};
if(vErrors === null){
vErrors = [err993];
}
else {
vErrors.push(err993);
}
errors++;
}
if(data252 < 1 || isNaN(data252)){
const err994 = {instancePath:instancePath+"/boards/" + i24+"/dispenser/input/debounceMs",schemaPath:"#/properties/boards/items/properties/dispenser/properties/input/anyOf/2/properties/debounceMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err994];
}
else {
vErrors.push(err994);
}
errors++;
}
}
}
if(data240.longPressMs !== undefined){
let data253 = data240.longPressMs;
if(!((typeof data253 == "number") && (!(data253 % 1) && !isNaN(data253)))){
const err995 = {instancePath:instancePath+"/boards/" + i24+"/dispenser/input/longPressMs",schemaPath:"#/properties/boards/items/properties/dispenser/properties/input/anyOf/2/properties/longPressMs/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err995];
}
else {
vErrors.push(err995);
}
errors++;
}
if(typeof data253 == "number"){
if(data253 > 60000 || isNaN(data253)){
const err996 = {instancePath:instancePath+"/boards/" + i24+"/dispenser/input/longPressMs",schemaPath:"#/properties/boards/items/properties/dispenser/properties/input/anyOf/2/properties/longPressMs/maximum",keyword:"maximum",params:{comparison: "<=", limit: 60000},message:"must be <= 60000"};
if(vErrors === null){
vErrors = [err996];
}
else {
vErrors.push(err996);
}
errors++;
}
if(data253 < 200 || isNaN(data253)){
const err997 = {instancePath:instancePath+"/boards/" + i24+"/dispenser/input/longPressMs",schemaPath:"#/properties/boards/items/properties/dispenser/properties/input/anyOf/2/properties/longPressMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 200},message:"must be >= 200"};
if(vErrors === null){
vErrors = [err997];
}
else {
vErrors.push(err997);
}
errors++;
}
}
}
}
else {
const err998 = {instancePath:instancePath+"/boards/" + i24+"/dispenser/input",schemaPath:"#/properties/boards/items/properties/dispenser/properties/input/anyOf/2/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err998];
}
else {
vErrors.push(err998);
}
errors++;
}
var _valid15 = _errs634 === errors;
valid125 = valid125 || _valid15;
}
}
if(!valid125){
const err999 = {instancePath:instancePath+"/boards/" + i24+"/dispenser/input",schemaPath:"#/properties/boards/items/properties/dispenser/properties/input/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err999];
}
else {
vErrors.push(err999);
}
errors++;
}
else {
errors = _errs611;
if(vErrors !== null){
if(_errs611){
vErrors.length = _errs611;
}
else {
vErrors = null;
}
}
}
}
if(data234.printer !== undefined){
let data254 = data234.printer;
const _errs648 = errors;
let valid129 = false;
const _errs649 = errors;
if(data254 && typeof data254 == "object" && !Array.isArray(data254)){
if(data254.driver === undefined){
const err1000 = {instancePath:instancePath+"/boards/" + i24+"/dispenser/printer",schemaPath:"#/properties/boards/items/properties/dispenser/properties/printer/anyOf/0/required",keyword:"required",params:{missingProperty: "driver"},message:"must have required property '"+"driver"+"'"};
if(vErrors === null){
vErrors = [err1000];
}
else {
vErrors.push(err1000);
}
errors++;
}
for(const key60 in data254){
if(!(key60 === "driver")){
const err1001 = {instancePath:instancePath+"/boards/" + i24+"/dispenser/printer",schemaPath:"#/properties/boards/items/properties/dispenser/properties/printer/anyOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key60},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1001];
}
else {
vErrors.push(err1001);
}
errors++;
}
}
if(data254.driver !== undefined){
let data255 = data254.driver;
if(typeof data255 !== "string"){
const err1002 = {instancePath:instancePath+"/boards/" + i24+"/dispenser/printer/driver",schemaPath:"#/properties/boards/items/properties/dispenser/properties/printer/anyOf/0/properties/driver/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1002];
}
else {
vErrors.push(err1002);
}
errors++;
}
if(!(data255 === "simulated")){
const err1003 = {instancePath:instancePath+"/boards/" + i24+"/dispenser/printer/driver",schemaPath:"#/properties/boards/items/properties/dispenser/properties/printer/anyOf/0/properties/driver/enum",keyword:"enum",params:{allowedValues: schema16.properties.boards.items.properties.dispenser.properties.printer.anyOf[0].properties.driver.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err1003];
}
else {
vErrors.push(err1003);
}
errors++;
}
if(errors > 0){
const emErrs164 = [];
for(const err1004 of vErrors){
if(((((err1004.keyword !== "errorMessage") && (!err1004.emUsed)) && ((err1004.instancePath === instancePath+"/boards/" + i24+"/dispenser/printer/driver") || ((err1004.instancePath.indexOf(instancePath+"/boards/" + i24+"/dispenser/printer/driver") === 0) && (err1004.instancePath[instancePath+"/boards/" + i24+"/dispenser/printer/driver".length] === "/")))) && (err1004.schemaPath.indexOf("#/properties/boards/items/properties/dispenser/properties/printer/anyOf/0/properties/driver") === 0)) && (err1004.schemaPath["#/properties/boards/items/properties/dispenser/properties/printer/anyOf/0/properties/driver".length] === "/")){
emErrs164.push(err1004);
err1004.emUsed = true;
}
}
if(emErrs164.length){
const err1005 = {instancePath:instancePath+"/boards/" + i24+"/dispenser/printer/driver",schemaPath:"#/properties/boards/items/properties/dispenser/properties/printer/anyOf/0/properties/driver/errorMessage",keyword:"errorMessage",params:{errors: emErrs164},message:"must be one of: simulated"};
if(vErrors === null){
vErrors = [err1005];
}
else {
vErrors.push(err1005);
}
errors++;
}
const emErrs165 = [];
for(const err1006 of vErrors){
if(!err1006.emUsed){
emErrs165.push(err1006);
}
}
vErrors = emErrs165;
errors = emErrs165.length;
}
}
}
else {
const err1007 = {instancePath:instancePath+"/boards/" + i24+"/dispenser/printer",schemaPath:"#/properties/boards/items/properties/dispenser/properties/printer/anyOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err1007];
}
else {
vErrors.push(err1007);
}
errors++;
}
var _valid16 = _errs649 === errors;
valid129 = valid129 || _valid16;
if(!valid129){
const _errs654 = errors;
if(data254 && typeof data254 == "object" && !Array.isArray(data254)){
if(data254.driver === undefined){
const err1008 = {instancePath:instancePath+"/boards/" + i24+"/dispenser/printer",schemaPath:"#/properties/boards/items/properties/dispenser/properties/printer/anyOf/1/required",keyword:"required",params:{missingProperty: "driver"},message:"must have required property '"+"driver"+"'"};
if(vErrors === null){
vErrors = [err1008];
}
else {
vErrors.push(err1008);
}
errors++;
}
if(data254.path === undefined){
const err1009 = {instancePath:instancePath+"/boards/" + i24+"/dispenser/printer",schemaPath:"#/properties/boards/items/properties/dispenser/properties/printer/anyOf/1/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'"};
if(vErrors === null){
vErrors = [err1009];
}
else {
vErrors.push(err1009);
}
errors++;
}
for(const key61 in data254){
if(!(((key61 === "driver") || (key61 === "path")) || (key61 === "baudRate"))){
const err1010 = {instancePath:instancePath+"/boards/" + i24+"/dispenser/printer",schemaPath:"#/properties/boards/items/properties/dispenser/properties/printer/anyOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key61},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1010];
}
else {
vErrors.push(err1010);
}
errors++;
}
}
if(data254.driver !== undefined){
let data256 = data254.driver;
if(typeof data256 !== "string"){
const err1011 = {instancePath:instancePath+"/boards/" + i24+"/dispenser/printer/driver",schemaPath:"#/properties/boards/items/properties/dispenser/properties/printer/anyOf/1/properties/driver/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1011];
}
else {
vErrors.push(err1011);
}
errors++;
}
if(!(data256 === "escpos-serial")){
const err1012 = {instancePath:instancePath+"/boards/" + i24+"/dispenser/printer/driver",schemaPath:"#/properties/boards/items/properties/dispenser/properties/printer/anyOf/1/properties/driver/enum",keyword:"enum",params:{allowedValues: schema16.properties.boards.items.properties.dispenser.properties.printer.anyOf[1].properties.driver.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err1012];
}
else {
vErrors.push(err1012);
}
errors++;
}
if(errors > 0){
const emErrs166 = [];
for(const err1013 of vErrors){
if(((((err1013.keyword !== "errorMessage") && (!err1013.emUsed)) && ((err1013.instancePath === instancePath+"/boards/" + i24+"/dispenser/printer/driver") || ((err1013.instancePath.indexOf(instancePath+"/boards/" + i24+"/dispenser/printer/driver") === 0) && (err1013.instancePath[instancePath+"/boards/" + i24+"/dispenser/printer/driver".length] === "/")))) && (err1013.schemaPath.indexOf("#/properties/boards/items/properties/dispenser/properties/printer/anyOf/1/properties/driver") === 0)) && (err1013.schemaPath["#/properties/boards/items/properties/dispenser/properties/printer/anyOf/1/properties/driver".length] === "/")){
emErrs166.push(err1013);
err1013.emUsed = true;
}
}
if(emErrs166.length){
const err1014 = {instancePath:instancePath+"/boards/" + i24+"/dispenser/printer/driver",schemaPath:"#/properties/boards/items/properties/dispenser/properties/printer/anyOf/1/properties/driver/errorMessage",keyword:"errorMessage",params:{errors: emErrs166},message:"must be one of: escpos-serial"};
if(vErrors === null){
vErrors = [err1014];
}
else {
vErrors.push(err1014);
}
errors++;
}
const emErrs167 = [];
for(const err1015 of vErrors){
if(!err1015.emUsed){
emErrs167.push(err1015);
}
}
vErrors = emErrs167;
errors = emErrs167.length;
}
}
if(data254.path !== undefined){
let data257 = data254.path;
if(typeof data257 === "string"){
if(func3(data257) < 1){
const err1016 = {instancePath:instancePath+"/boards/" + i24+"/dispenser/printer/path",schemaPath:"#/properties/boards/items/properties/dispenser/properties/printer/anyOf/1/properties/path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err1016];
}
else {
vErrors.push(err1016);
}
errors++;
}
}
else {
const err1017 = {instancePath:instancePath+"/boards/" + i24+"/dispenser/printer/path",schemaPath:"#/properties/boards/items/properties/dispenser/properties/printer/anyOf/1/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1017];
}
else {
vErrors.push(err1017);
}
errors++;
}
}
if(data254.baudRate !== undefined){
let data258 = data254.baudRate;
if(!((typeof data258 == "number") && (!(data258 % 1) && !isNaN(data258)))){
const err1018 = {instancePath:instancePath+"/boards/" + i24+"/dispenser/printer/baudRate",schemaPath:"#/properties/boards/items/properties/dispenser/properties/printer/anyOf/1/properties/baudRate/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err1018];
}
else {
vErrors.push(err1018);
}
errors++;
}
if(typeof data258 == "number"){
if(data258 < 1200 || isNaN(data258)){
const err1019 = {instancePath:instancePath+"/boards/" + i24+"/dispenser/printer/baudRate",schemaPath:"#/properties/boards/items/properties/dispenser/properties/printer/anyOf/1/properties/baudRate/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1200},message:"must be >= 1200"};
if(vErrors === null){
vErrors = [err1019];
}
else {
vErrors.push(err1019);
}
errors++;
}
}
}
}
else {
const err1020 = {instancePath:instancePath+"/boards/" + i24+"/dispenser/printer",schemaPath:"#/properties/boards/items/properties/dispenser/properties/printer/anyOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err1020];
}
else {
vErrors.push(err1020);
}
errors++;
}
var _valid16 = _errs654 === errors;
valid129 = valid129 || _valid16;
if(!valid129){
const _errs663 = errors;
if(data254 && typeof data254 == "object" && !Array.isArray(data254)){
if(data254.driver === undefined){
const err1021 = {instancePath:instancePath+"/boards/" + i24+"/dispenser/printer",schemaPath:"#/properties/boards/items/properties/dispenser/properties/printer/anyOf/2/required",keyword:"required",params:{missingProperty: "driver"},message:"must have required property '"+"driver"+"'"};
if(vErrors === null){
vErrors = [err1021];
}
else {
vErrors.push(err1021);
}
errors++;
}
if(data254.path === undefined){
const err1022 = {instancePath:instancePath+"/boards/" + i24+"/dispenser/printer",schemaPath:"#/properties/boards/items/properties/dispenser/properties/printer/anyOf/2/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'"};
if(vErrors === null){
vErrors = [err1022];
}
else {
vErrors.push(err1022);
}
errors++;
}
for(const key62 in data254){
if(!((key62 === "driver") || (key62 === "path"))){
const err1023 = {instancePath:instancePath+"/boards/" + i24+"/dispenser/printer",schemaPath:"#/properties/boards/items/properties/dispenser/properties/printer/anyOf/2/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key62},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1023];
}
else {
vErrors.push(err1023);
}
errors++;
}
}
if(data254.driver !== undefined){
let data259 = data254.driver;
if(typeof data259 !== "string"){
const err1024 = {instancePath:instancePath+"/boards/" + i24+"/dispenser/printer/driver",schemaPath:"#/properties/boards/items/properties/dispenser/properties/printer/anyOf/2/properties/driver/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1024];
}
else {
vErrors.push(err1024);
}
errors++;
}
if(!(data259 === "escpos-usb")){
const err1025 = {instancePath:instancePath+"/boards/" + i24+"/dispenser/printer/driver",schemaPath:"#/properties/boards/items/properties/dispenser/properties/printer/anyOf/2/properties/driver/enum",keyword:"enum",params:{allowedValues: schema16.properties.boards.items.properties.dispenser.properties.printer.anyOf[2].properties.driver.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err1025];
}
else {
vErrors.push(err1025);
}
errors++;
}
if(errors > 0){
const emErrs168 = [];
for(const err1026 of vErrors){
if(((((err1026.keyword !== "errorMessage") && (!err1026.emUsed)) && ((err1026.instancePath === instancePath+"/boards/" + i24+"/dispenser/printer/driver") || ((err1026.instancePath.indexOf(instancePath+"/boards/" + i24+"/dispenser/printer/driver") === 0) && (err1026.instancePath[instancePath+"/boards/" + i24+"/dispenser/printer/driver".length] === "/")))) && (err1026.schemaPath.indexOf("#/properties/boards/items/properties/dispenser/properties/printer/anyOf/2/properties/driver") === 0)) && (err1026.schemaPath["#/properties/boards/items/properties/dispenser/properties/printer/anyOf/2/properties/driver".length] === "/")){
emErrs168.push(err1026);
err1026.emUsed = true;
}
}
if(emErrs168.length){
const err1027 = {instancePath:instancePath+"/boards/" + i24+"/dispenser/printer/driver",schemaPath:"#/properties/boards/items/properties/dispenser/properties/printer/anyOf/2/properties/driver/errorMessage",keyword:"errorMessage",params:{errors: emErrs168},message:"must be one of: escpos-usb"};
if(vErrors === null){
vErrors = [err1027];
}
else {
vErrors.push(err1027);
}
errors++;
}
const emErrs169 = [];
for(const err1028 of vErrors){
if(!err1028.emUsed){
emErrs169.push(err1028);
}
}
vErrors = emErrs169;
errors = emErrs169.length;
}
}
if(data254.path !== undefined){
let data260 = data254.path;
if(typeof data260 === "string"){
if(func3(data260) < 1){
const err1029 = {instancePath:instancePath+"/boards/" + i24+"/dispenser/printer/path",schemaPath:"#/properties/boards/items/properties/dispenser/properties/printer/anyOf/2/properties/path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err1029];
}
else {
vErrors.push(err1029);
}
errors++;
}
}
else {
const err1030 = {instancePath:instancePath+"/boards/" + i24+"/dispenser/printer/path",schemaPath:"#/properties/boards/items/properties/dispenser/properties/printer/anyOf/2/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1030];
}
else {
vErrors.push(err1030);
}
errors++;
}
}
}
else {
const err1031 = {instancePath:instancePath+"/boards/" + i24+"/dispenser/printer",schemaPath:"#/properties/boards/items/properties/dispenser/properties/printer/anyOf/2/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err1031];
}
else {
vErrors.push(err1031);
}
errors++;
}
var _valid16 = _errs663 === errors;
valid129 = valid129 || _valid16;
if(!valid129){
const _errs670 = errors;
if(data254 && typeof data254 == "object" && !Array.isArray(data254)){
if(data254.driver === undefined){
const err1032 = {instancePath:instancePath+"/boards/" + i24+"/dispenser/printer",schemaPath:"#/properties/boards/items/properties/dispenser/properties/printer/anyOf/3/required",keyword:"required",params:{missingProperty: "driver"},message:"must have required property '"+"driver"+"'"};
if(vErrors === null){
vErrors = [err1032];
}
else {
vErrors.push(err1032);
}
errors++;
}
if(data254.host === undefined){
const err1033 = {instancePath:instancePath+"/boards/" + i24+"/dispenser/printer",schemaPath:"#/properties/boards/items/properties/dispenser/properties/printer/anyOf/3/required",keyword:"required",params:{missingProperty: "host"},message:"must have required property '"+"host"+"'"};
if(vErrors === null){
vErrors = [err1033];
}
else {
vErrors.push(err1033);
}
errors++;
}
for(const key63 in data254){
if(!(((key63 === "driver") || (key63 === "host")) || (key63 === "port"))){
const err1034 = {instancePath:instancePath+"/boards/" + i24+"/dispenser/printer",schemaPath:"#/properties/boards/items/properties/dispenser/properties/printer/anyOf/3/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key63},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1034];
}
else {
vErrors.push(err1034);
}
errors++;
}
}
if(data254.driver !== undefined){
let data261 = data254.driver;
if(typeof data261 !== "string"){
const err1035 = {instancePath:instancePath+"/boards/" + i24+"/dispenser/printer/driver",schemaPath:"#/properties/boards/items/properties/dispenser/properties/printer/anyOf/3/properties/driver/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1035];
}
else {
vErrors.push(err1035);
}
errors++;
}
if(!(data261 === "escpos-network")){
const err1036 = {instancePath:instancePath+"/boards/" + i24+"/dispenser/printer/driver",schemaPath:"#/properties/boards/items/properties/dispenser/properties/printer/anyOf/3/properties/driver/enum",keyword:"enum",params:{allowedValues: schema16.properties.boards.items.properties.dispenser.properties.printer.anyOf[3].properties.driver.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err1036];
}
else {
vErrors.push(err1036);
}
errors++;
}
if(errors > 0){
const emErrs170 = [];
for(const err1037 of vErrors){
if(((((err1037.keyword !== "errorMessage") && (!err1037.emUsed)) && ((err1037.instancePath === instancePath+"/boards/" + i24+"/dispenser/printer/driver") || ((err1037.instancePath.indexOf(instancePath+"/boards/" + i24+"/dispenser/printer/driver") === 0) && (err1037.instancePath[instancePath+"/boards/" + i24+"/dispenser/printer/driver".length] === "/")))) && (err1037.schemaPath.indexOf("#/properties/boards/items/properties/dispenser/properties/printer/anyOf/3/properties/driver") === 0)) && (err1037.schemaPath["#/properties/boards/items/properties/dispenser/properties/printer/anyOf/3/properties/driver".length] === "/")){
emErrs170.push(err1037);
err1037.emUsed = true;
}
}
if(emErrs170.length){
const err1038 = {instancePath:instancePath+"/boards/" + i24+"/dispenser/printer/driver",schemaPath:"#/properties/boards/items/properties/dispenser/properties/printer/anyOf/3/properties/driver/errorMessage",keyword:"errorMessage",params:{errors: emErrs170},message:"must be one of: escpos-network"};
if(vErrors === null){
vErrors = [err1038];
}
else {
vErrors.push(err1038);
}
errors++;
}
const emErrs171 = [];
for(const err1039 of vErrors){
if(!err1039.emUsed){
emErrs171.push(err1039);
}
}
vErrors = emErrs171;
errors = emErrs171.length;
}
}
if(data254.host !== undefined){
let data262 = data254.host;
if(typeof data262 === "string"){
if(func3(data262) < 1){
const err1040 = {instancePath:instancePath+"/boards/" + i24+"/dispenser/printer/host",schemaPath:"#/properties/boards/items/properties/dispenser/properties/printer/anyOf/3/properties/host/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err1040];
}
else {
vErrors.push(err1040);
}
errors++;
}
}
else {
const err1041 = {instancePath:instancePath+"/boards/" + i24+"/dispenser/printer/host",schemaPath:"#/properties/boards/items/properties/dispenser/properties/printer/anyOf/3/properties/host/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1041];
}
else {
vErrors.push(err1041);
}
errors++;
}
}
if(data254.port !== undefined){
let data263 = data254.port;
if(!((typeof data263 == "number") && (!(data263 % 1) && !isNaN(data263)))){
const err1042 = {instancePath:instancePath+"/boards/" + i24+"/dispenser/printer/port",schemaPath:"#/properties/boards/items/properties/dispenser/properties/printer/anyOf/3/properties/port/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err1042];
}
else {
vErrors.push(err1042);
}
errors++;
}
if(typeof data263 == "number"){
if(data263 > 65535 || isNaN(data263)){
const err1043 = {instancePath:instancePath+"/boards/" + i24+"/dispenser/printer/port",schemaPath:"#/properties/boards/items/properties/dispenser/properties/printer/anyOf/3/properties/port/maximum",keyword:"maximum",params:{comparison: "<=", limit: 65535},message:"must be <= 65535"};
if(vErrors === null){
vErrors = [err1043];
}
else {
vErrors.push(err1043);
}
errors++;
}
if(data263 < 1 || isNaN(data263)){
const err1044 = {instancePath:instancePath+"/boards/" + i24+"/dispenser/printer/port",schemaPath:"#/properties/boards/items/properties/dispenser/properties/printer/anyOf/3/properties/port/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err1044];
}
else {
vErrors.push(err1044);
}
errors++;
}
}
}
}
else {
const err1045 = {instancePath:instancePath+"/boards/" + i24+"/dispenser/printer",schemaPath:"#/properties/boards/items/properties/dispenser/properties/printer/anyOf/3/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err1045];
}
else {
vErrors.push(err1045);
}
errors++;
}
var _valid16 = _errs670 === errors;
valid129 = valid129 || _valid16;
}
}
}
if(!valid129){
const err1046 = {instancePath:instancePath+"/boards/" + i24+"/dispenser/printer",schemaPath:"#/properties/boards/items/properties/dispenser/properties/printer/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err1046];
}
else {
vErrors.push(err1046);
}
errors++;
}
else {
errors = _errs648;
if(vErrors !== null){
if(_errs648){
vErrors.length = _errs648;
}
else {
vErrors = null;
}
}
}
}
let data264 = data234.cooldownMs;
if(!((typeof data264 == "number") && (!(data264 % 1) && !isNaN(data264)))){
const err1047 = {instancePath:instancePath+"/boards/" + i24+"/dispenser/cooldownMs",schemaPath:"#/properties/boards/items/properties/dispenser/properties/cooldownMs/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err1047];
}
else {
vErrors.push(err1047);
}
errors++;
}
if(typeof data264 == "number"){
if(data264 < 0 || isNaN(data264)){
const err1048 = {instancePath:instancePath+"/boards/" + i24+"/dispenser/cooldownMs",schemaPath:"#/properties/boards/items/properties/dispenser/properties/cooldownMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err1048];
}
else {
vErrors.push(err1048);
}
errors++;
}
}
let data265 = data234.technicianHoldMs;
if(!((typeof data265 == "number") && (!(data265 % 1) && !isNaN(data265)))){
const err1049 = {instancePath:instancePath+"/boards/" + i24+"/dispenser/technicianHoldMs",schemaPath:"#/properties/boards/items/properties/dispenser/properties/technicianHoldMs/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err1049];
}
else {
vErrors.push(err1049);
}
errors++;
}
if(typeof data265 == "number"){
if(data265 < 1000 || isNaN(data265)){
const err1050 = {instancePath:instancePath+"/boards/" + i24+"/dispenser/technicianHoldMs",schemaPath:"#/properties/boards/items/properties/dispenser/properties/technicianHoldMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1000},message:"must be >= 1000"};
if(vErrors === null){
vErrors = [err1050];
}
else {
vErrors.push(err1050);
}
errors++;
}
}
let data266 = data234.printerPollMs;
if(!((typeof data266 == "number") && (!(data266 % 1) && !isNaN(data266)))){
const err1051 = {instancePath:instancePath+"/boards/" + i24+"/dispenser/printerPollMs",schemaPath:"#/properties/boards/items/properties/dispenser/properties/printerPollMs/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err1051];
}
else {
vErrors.push(err1051);
}
errors++;
}
if(typeof data266 == "number"){
if(data266 < 500 || isNaN(data266)){
const err1052 = {instancePath:instancePath+"/boards/" + i24+"/dispenser/printerPollMs",schemaPath:"#/properties/boards/items/properties/dispenser/properties/printerPollMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 500},message:"must be >= 500"};
if(vErrors === null){
vErrors = [err1052];
}
else {
vErrors.push(err1052);
}
errors++;
}
}
}
else {
const err1053 = {instancePath:instancePath+"/boards/" + i24+"/dispenser",schemaPath:"#/properties/boards/items/properties/dispenser/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err1053];
}
else {
vErrors.push(err1053);
}
errors++;
}
}
if(data228.counters !== undefined){
let data267 = data228.counters;
if(Array.isArray(data267)){
const len25 = data267.length;
for(let i28=0; i28<len25; i28++){
let data268 = data267[i28];
if(data268 && typeof data268 == "object" && !Array.isArray(data268)){
if(data268.counter === undefined){
const err1054 = {instancePath:instancePath+"/boards/" + i24+"/counters/" + i28,schemaPath:"#/properties/boards/items/properties/counters/items/required",keyword:"required",params:{missingProperty: "counter"},message:"must have required property '"+"counter"+"'"};
if(vErrors === null){
vErrors = [err1054];
}
else {
vErrors.push(err1054);
}
errors++;
}
if(data268.input === undefined){
const err1055 = {instancePath:instancePath+"/boards/" + i24+"/counters/" + i28,schemaPath:"#/properties/boards/items/properties/counters/items/required",keyword:"required",params:{missingProperty: "input"},message:"must have required property '"+"input"+"'"};
if(vErrors === null){
vErrors = [err1055];
}
else {
vErrors.push(err1055);
}
errors++;
}
for(const key64 in data268){
if(!((key64 === "counter") || (key64 === "input"))){
const err1056 = {instancePath:instancePath+"/boards/" + i24+"/counters/" + i28,schemaPath:"#/properties/boards/items/properties/counters/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key64},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1056];
}
else {
vErrors.push(err1056);
}
errors++;
}
}
if(data268.counter !== undefined){
let data269 = data268.counter;
if(typeof data269 === "string"){
if(!pattern0.test(data269)){
const err1057 = {instancePath:instancePath+"/boards/" + i24+"/counters/" + i28+"/counter",schemaPath:"#/properties/boards/items/properties/counters/items/properties/counter/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]{0,31}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]{0,31}$"+"\""};
if(vErrors === null){
vErrors = [err1057];
}
else {
vErrors.push(err1057);
}
errors++;
}
}
else {
const err1058 = {instancePath:instancePath+"/boards/" + i24+"/counters/" + i28+"/counter",schemaPath:"#/properties/boards/items/properties/counters/items/properties/counter/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1058];
}
else {
vErrors.push(err1058);
}
errors++;
}
if(errors > 0){
const emErrs172 = [];
for(const err1059 of vErrors){
if(((((err1059.keyword !== "errorMessage") && (!err1059.emUsed)) && ((err1059.instancePath === instancePath+"/boards/" + i24+"/counters/" + i28+"/counter") || ((err1059.instancePath.indexOf(instancePath+"/boards/" + i24+"/counters/" + i28+"/counter") === 0) && (err1059.instancePath[instancePath+"/boards/" + i24+"/counters/" + i28+"/counter".length] === "/")))) && (err1059.schemaPath.indexOf("#/properties/boards/items/properties/counters/items/properties/counter") === 0)) && (err1059.schemaPath["#/properties/boards/items/properties/counters/items/properties/counter".length] === "/")){
emErrs172.push(err1059);
err1059.emUsed = true;
}
}
if(emErrs172.length){
const err1060 = {instancePath:instancePath+"/boards/" + i24+"/counters/" + i28+"/counter",schemaPath:"#/properties/boards/items/properties/counters/items/properties/counter/errorMessage",keyword:"errorMessage",params:{errors: emErrs172},message:"must be 1–32 lower-case letters, digits or dashes, starting with a letter or digit"};
if(vErrors === null){
vErrors = [err1060];
}
else {
vErrors.push(err1060);
}
errors++;
}
const emErrs173 = [];
for(const err1061 of vErrors){
if(!err1061.emUsed){
emErrs173.push(err1061);
}
}
vErrors = emErrs173;
errors = emErrs173.length;
}
}
if(data268.input !== undefined){
let data270 = data268.input;
const _errs693 = errors;
let valid137 = false;
const _errs694 = errors;
if(data270 && typeof data270 == "object" && !Array.isArray(data270)){
if(data270.driver === undefined){
const err1062 = {instancePath:instancePath+"/boards/" + i24+"/counters/" + i28+"/input",schemaPath:"#/properties/boards/items/properties/counters/items/properties/input/anyOf/0/required",keyword:"required",params:{missingProperty: "driver"},message:"must have required property '"+"driver"+"'"};
if(vErrors === null){
vErrors = [err1062];
}
else {
vErrors.push(err1062);
}
errors++;
}
for(const key65 in data270){
if(!(key65 === "driver")){
const err1063 = {instancePath:instancePath+"/boards/" + i24+"/counters/" + i28+"/input",schemaPath:"#/properties/boards/items/properties/counters/items/properties/input/anyOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key65},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1063];
}
else {
vErrors.push(err1063);
}
errors++;
}
}
if(data270.driver !== undefined){
let data271 = data270.driver;
if(typeof data271 !== "string"){
const err1064 = {instancePath:instancePath+"/boards/" + i24+"/counters/" + i28+"/input/driver",schemaPath:"#/properties/boards/items/properties/counters/items/properties/input/anyOf/0/properties/driver/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1064];
}
else {
vErrors.push(err1064);
}
errors++;
}
if(!(data271 === "simulated")){
const err1065 = {instancePath:instancePath+"/boards/" + i24+"/counters/" + i28+"/input/driver",schemaPath:"#/properties/boards/items/properties/counters/items/properties/input/anyOf/0/properties/driver/enum",keyword:"enum",params:{allowedValues: schema16.properties.boards.items.properties.counters.items.properties.input.anyOf[0].properties.driver.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err1065];
}
else {
vErrors.push(err1065);
}
errors++;
}
if(errors > 0){
const emErrs174 = [];
for(const err1066 of vErrors){
if(((((err1066.keyword !== "errorMessage") && (!err1066.emUsed)) && ((err1066.instancePath === instancePath+"/boards/" + i24+"/counters/" + i28+"/input/driver") || ((err1066.instancePath.indexOf(instancePath+"/boards/" + i24+"/counters/" + i28+"/input/driver") === 0) && (err1066.instancePath[instancePath+"/boards/" + i24+"/counters/" + i28+"/input/driver".length] === "/")))) && (err1066.schemaPath.indexOf("#/properties/boards/items/properties/counters/items/properties/input/anyOf/0/properties/driver") === 0)) && (err1066.schemaPath["#/properties/boards/items/properties/counters/items/properties/input/anyOf/0/properties/driver".length] === "/")){
emErrs174.push(err1066);
err1066.emUsed = true;
}
}
if(emErrs174.length){
const err1067 = {instancePath:instancePath+"/boards/" + i24+"/counters/" + i28+"/input/driver",schemaPath:"#/properties/boards/items/properties/counters/items/properties/input/anyOf/0/properties/driver/errorMessage",keyword:"errorMessage",params:{errors: emErrs174},message:"must be one of: simulated"};
if(vErrors === null){
vErrors = [err1067];
}
else {
vErrors.push(err1067);
}
errors++;
}
const emErrs175 = [];
for(const err1068 of vErrors){
if(!err1068.emUsed){
emErrs175.push(err1068);
}
}
vErrors = emErrs175;
errors = emErrs175.length;
}
}
}
else {
const err1069 = {instancePath:instancePath+"/boards/" + i24+"/counters/" + i28+"/input",schemaPath:"#/properties/boards/items/properties/counters/items/properties/input/anyOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err1069];
}
else {
vErrors.push(err1069);
}
errors++;
}
var _valid17 = _errs694 === errors;
valid137 = valid137 || _valid17;
if(!valid137){
const _errs699 = errors;
if(data270 && typeof data270 == "object" && !Array.isArray(data270)){
if(data270.driver === undefined){
const err1070 = {instancePath:instancePath+"/boards/" + i24+"/counters/" + i28+"/input",schemaPath:"#/properties/boards/items/properties/counters/items/properties/input/anyOf/1/required",keyword:"required",params:{missingProperty: "driver"},message:"must have required property '"+"driver"+"'"};
if(vErrors === null){
vErrors = [err1070];
}
else {
vErrors.push(err1070);
}
errors++;
}
if(data270.path === undefined){
const err1071 = {instancePath:instancePath+"/boards/" + i24+"/counters/" + i28+"/input",schemaPath:"#/properties/boards/items/properties/counters/items/properties/input/anyOf/1/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'"};
if(vErrors === null){
vErrors = [err1071];
}
else {
vErrors.push(err1071);
}
errors++;
}
if(data270.protocol === undefined){
const err1072 = {instancePath:instancePath+"/boards/" + i24+"/counters/" + i28+"/input",schemaPath:"#/properties/boards/items/properties/counters/items/properties/input/anyOf/1/required",keyword:"required",params:{missingProperty: "protocol"},message:"must have required property '"+"protocol"+"'"};
if(vErrors === null){
vErrors = [err1072];
}
else {
vErrors.push(err1072);
}
errors++;
}
if(data270.address === undefined){
const err1073 = {instancePath:instancePath+"/boards/" + i24+"/counters/" + i28+"/input",schemaPath:"#/properties/boards/items/properties/counters/items/properties/input/anyOf/1/required",keyword:"required",params:{missingProperty: "address"},message:"must have required property '"+"address"+"'"};
if(vErrors === null){
vErrors = [err1073];
}
else {
vErrors.push(err1073);
}
errors++;
}
for(const key66 in data270){
if(!((((((key66 === "driver") || (key66 === "path")) || (key66 === "baudRate")) || (key66 === "protocol")) || (key66 === "address")) || (key66 === "redirectTo"))){
const err1074 = {instancePath:instancePath+"/boards/" + i24+"/counters/" + i28+"/input",schemaPath:"#/properties/boards/items/properties/counters/items/properties/input/anyOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key66},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1074];
}
else {
vErrors.push(err1074);
}
errors++;
}
}
if(data270.driver !== undefined){
let data272 = data270.driver;
if(typeof data272 !== "string"){
const err1075 = {instancePath:instancePath+"/boards/" + i24+"/counters/" + i28+"/input/driver",schemaPath:"#/properties/boards/items/properties/counters/items/properties/input/anyOf/1/properties/driver/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1075];
}
else {
vErrors.push(err1075);
}
errors++;
}
if(!(data272 === "rs485-keypad")){
const err1076 = {instancePath:instancePath+"/boards/" + i24+"/counters/" + i28+"/input/driver",schemaPath:"#/properties/boards/items/properties/counters/items/properties/input/anyOf/1/properties/driver/enum",keyword:"enum",params:{allowedValues: schema16.properties.boards.items.properties.counters.items.properties.input.anyOf[1].properties.driver.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err1076];
}
else {
vErrors.push(err1076);
}
errors++;
}
if(errors > 0){
const emErrs176 = [];
for(const err1077 of vErrors){
if(((((err1077.keyword !== "errorMessage") && (!err1077.emUsed)) && ((err1077.instancePath === instancePath+"/boards/" + i24+"/counters/" + i28+"/input/driver") || ((err1077.instancePath.indexOf(instancePath+"/boards/" + i24+"/counters/" + i28+"/input/driver") === 0) && (err1077.instancePath[instancePath+"/boards/" + i24+"/counters/" + i28+"/input/driver".length] === "/")))) && (err1077.schemaPath.indexOf("#/properties/boards/items/properties/counters/items/properties/input/anyOf/1/properties/driver") === 0)) && (err1077.schemaPath["#/properties/boards/items/properties/counters/items/properties/input/anyOf/1/properties/driver".length] === "/")){
emErrs176.push(err1077);
err1077.emUsed = true;
}
}
if(emErrs176.length){
const err1078 = {instancePath:instancePath+"/boards/" + i24+"/counters/" + i28+"/input/driver",schemaPath:"#/properties/boards/items/properties/counters/items/properties/input/anyOf/1/properties/driver/errorMessage",keyword:"errorMessage",params:{errors: emErrs176},message:"must be one of: rs485-keypad"};
if(vErrors === null){
vErrors = [err1078];
}
else {
vErrors.push(err1078);
}
errors++;
}
const emErrs177 = [];
for(const err1079 of vErrors){
if(!err1079.emUsed){
emErrs177.push(err1079);
}
}
vErrors = emErrs177;
errors = emErrs177.length;
}
}
if(data270.path !== undefined){
let data273 = data270.path;
if(typeof data273 === "string"){
if(func3(data273) < 1){
const err1080 = {instancePath:instancePath+"/boards/" + i24+"/counters/" + i28+"/input/path",schemaPath:"#/properties/boards/items/properties/counters/items/properties/input/anyOf/1/properties/path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err1080];
}
else {
vErrors.push(err1080);
}
errors++;
}
}
else {
const err1081 = {instancePath:instancePath+"/boards/" + i24+"/counters/" + i28+"/input/path",schemaPath:"#/properties/boards/items/properties/counters/items/properties/input/anyOf/1/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1081];
}
else {
vErrors.push(err1081);
}
errors++;
}
}
if(data270.baudRate !== undefined){
let data274 = data270.baudRate;
if(!((typeof data274 == "number") && (!(data274 % 1) && !isNaN(data274)))){
const err1082 = {instancePath:instancePath+"/boards/" + i24+"/counters/" + i28+"/input/baudRate",schemaPath:"#/properties/boards/items/properties/counters/items/properties/input/anyOf/1/properties/baudRate/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err1082];
}
else {
vErrors.push(err1082);
}
errors++;
}
if(typeof data274 == "number"){
if(data274 > 115200 || isNaN(data274)){
const err1083 = {instancePath:instancePath+"/boards/" + i24+"/counters/" + i28+"/input/baudRate",schemaPath:"#/properties/boards/items/properties/counters/items/properties/input/anyOf/1/properties/baudRate/maximum",keyword:"maximum",params:{comparison: "<=", limit: 115200},message:"must be <= 115200"};
if(vErrors === null){
vErrors = [err1083];
}
else {
vErrors.push(err1083);
}
errors++;
}
if(data274 < 1200 || isNaN(data274)){
const err1084 = {instancePath:instancePath+"/boards/" + i24+"/counters/" + i28+"/input/baudRate",schemaPath:"#/properties/boards/items/properties/counters/items/properties/input/anyOf/1/properties/baudRate/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1200},message:"must be >= 1200"};
if(vErrors === null){
vErrors = [err1084];
}
else {
vErrors.push(err1084);
}
errors++;
}
}
}
if(data270.protocol !== undefined){
let data275 = data270.protocol;
if(typeof data275 !== "string"){
const err1085 = {instancePath:instancePath+"/boards/" + i24+"/counters/" + i28+"/input/protocol",schemaPath:"#/properties/boards/items/properties/counters/items/properties/input/anyOf/1/properties/protocol/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1085];
}
else {
vErrors.push(err1085);
}
errors++;
}
if(!((data275 === "qsystem") || (data275 === "ascii"))){
const err1086 = {instancePath:instancePath+"/boards/" + i24+"/counters/" + i28+"/input/protocol",schemaPath:"#/properties/boards/items/properties/counters/items/properties/input/anyOf/1/properties/protocol/enum",keyword:"enum",params:{allowedValues: schema16.properties.boards.items.properties.counters.items.properties.input.anyOf[1].properties.protocol.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err1086];
}
else {
vErrors.push(err1086);
}
errors++;
}
if(errors > 0){
const emErrs178 = [];
for(const err1087 of vErrors){
if(((((err1087.keyword !== "errorMessage") && (!err1087.emUsed)) && ((err1087.instancePath === instancePath+"/boards/" + i24+"/counters/" + i28+"/input/protocol") || ((err1087.instancePath.indexOf(instancePath+"/boards/" + i24+"/counters/" + i28+"/input/protocol") === 0) && (err1087.instancePath[instancePath+"/boards/" + i24+"/counters/" + i28+"/input/protocol".length] === "/")))) && (err1087.schemaPath.indexOf("#/properties/boards/items/properties/counters/items/properties/input/anyOf/1/properties/protocol") === 0)) && (err1087.schemaPath["#/properties/boards/items/properties/counters/items/properties/input/anyOf/1/properties/protocol".length] === "/")){
emErrs178.push(err1087);
err1087.emUsed = true;
}
}
if(emErrs178.length){
const err1088 = {instancePath:instancePath+"/boards/" + i24+"/counters/" + i28+"/input/protocol",schemaPath:"#/properties/boards/items/properties/counters/items/properties/input/anyOf/1/properties/protocol/errorMessage",keyword:"errorMessage",params:{errors: emErrs178},message:"must be one of: qsystem, ascii"};
if(vErrors === null){
vErrors = [err1088];
}
else {
vErrors.push(err1088);
}
errors++;
}
const emErrs179 = [];
for(const err1089 of vErrors){
if(!err1089.emUsed){
emErrs179.push(err1089);
}
}
vErrors = emErrs179;
errors = emErrs179.length;
}
}
if(data270.address !== undefined){
let data276 = data270.address;
if(!((typeof data276 == "number") && (!(data276 % 1) && !isNaN(data276)))){
const err1090 = {instancePath:instancePath+"/boards/" + i24+"/counters/" + i28+"/input/address",schemaPath:"#/properties/boards/items/properties/counters/items/properties/input/anyOf/1/properties/address/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err1090];
}
else {
vErrors.push(err1090);
}
errors++;
}
if(typeof data276 == "number"){
if(data276 > 247 || isNaN(data276)){
const err1091 = {instancePath:instancePath+"/boards/" + i24+"/counters/" + i28+"/input/address",schemaPath:"#/properties/boards/items/properties/counters/items/properties/input/anyOf/1/properties/address/maximum",keyword:"maximum",params:{comparison: "<=", limit: 247},message:"must be <= 247"};
if(vErrors === null){
vErrors = [err1091];
}
else {
vErrors.push(err1091);
}
errors++;
}
if(data276 < 1 || isNaN(data276)){
const err1092 = {instancePath:instancePath+"/boards/" + i24+"/counters/" + i28+"/input/address",schemaPath:"#/properties/boards/items/properties/counters/items/properties/input/anyOf/1/properties/address/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err1092];
}
else {
vErrors.push(err1092);
}
errors++;
}
}
}
if(data270.redirectTo !== undefined){
let data277 = data270.redirectTo;
if(typeof data277 === "string"){
if(!pattern0.test(data277)){
const err1093 = {instancePath:instancePath+"/boards/" + i24+"/counters/" + i28+"/input/redirectTo",schemaPath:"#/properties/boards/items/properties/counters/items/properties/input/anyOf/1/properties/redirectTo/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]{0,31}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]{0,31}$"+"\""};
if(vErrors === null){
vErrors = [err1093];
}
else {
vErrors.push(err1093);
}
errors++;
}
}
else {
const err1094 = {instancePath:instancePath+"/boards/" + i24+"/counters/" + i28+"/input/redirectTo",schemaPath:"#/properties/boards/items/properties/counters/items/properties/input/anyOf/1/properties/redirectTo/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1094];
}
else {
vErrors.push(err1094);
}
errors++;
}
if(errors > 0){
const emErrs180 = [];
for(const err1095 of vErrors){
if(((((err1095.keyword !== "errorMessage") && (!err1095.emUsed)) && ((err1095.instancePath === instancePath+"/boards/" + i24+"/counters/" + i28+"/input/redirectTo") || ((err1095.instancePath.indexOf(instancePath+"/boards/" + i24+"/counters/" + i28+"/input/redirectTo") === 0) && (err1095.instancePath[instancePath+"/boards/" + i24+"/counters/" + i28+"/input/redirectTo".length] === "/")))) && (err1095.schemaPath.indexOf("#/properties/boards/items/properties/counters/items/properties/input/anyOf/1/properties/redirectTo") === 0)) && (err1095.schemaPath["#/properties/boards/items/properties/counters/items/properties/input/anyOf/1/properties/redirectTo".length] === "/")){
emErrs180.push(err1095);
err1095.emUsed = true;
}
}
if(emErrs180.length){
const err1096 = {instancePath:instancePath+"/boards/" + i24+"/counters/" + i28+"/input/redirectTo",schemaPath:"#/properties/boards/items/properties/counters/items/properties/input/anyOf/1/properties/redirectTo/errorMessage",keyword:"errorMessage",params:{errors: emErrs180},message:"must be 1–32 lower-case letters, digits or dashes, starting with a letter or digit"};
if(vErrors === null){
vErrors = [err1096];
}
else {
vErrors.push(err1096);
}
errors++;
}
const emErrs181 = [];
for(const err1097 of vErrors){
if(!err1097.emUsed){
emErrs181.push(err1097);
}
}
vErrors = emErrs181;
errors = emErrs181.length;
}
}
}
else {
const err1098 = {instancePath:instancePath+"/boards/" + i24+"/counters/" + i28+"/input",schemaPath:"#/properties/boards/items/properties/counters/items/properties/input/anyOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err1098];
}
else {
vErrors.push(err1098);
}
errors++;
}
var _valid17 = _errs699 === errors;
valid137 = valid137 || _valid17;
}
if(!valid137){
const err1099 = {instancePath:instancePath+"/boards/" + i24+"/counters/" + i28+"/input",schemaPath:"#/properties/boards/items/properties/counters/items/properties/input/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err1099];
}
else {
vErrors.push(err1099);
}
errors++;
}
else {
errors = _errs693;
if(vErrors !== null){
if(_errs693){
vErrors.length = _errs693;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err1100 = {instancePath:instancePath+"/boards/" + i24+"/counters/" + i28,schemaPath:"#/properties/boards/items/properties/counters/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err1100];
}
else {
vErrors.push(err1100);
}
errors++;
}
}
}
else {
const err1101 = {instancePath:instancePath+"/boards/" + i24+"/counters",schemaPath:"#/properties/boards/items/properties/counters/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err1101];
}
else {
vErrors.push(err1101);
}
errors++;
}
}
if(data228.displays !== undefined){
let data278 = data228.displays;
if(Array.isArray(data278)){
const len26 = data278.length;
for(let i29=0; i29<len26; i29++){
let data279 = data278[i29];
if(data279 && typeof data279 == "object" && !Array.isArray(data279)){
if(data279.lines === undefined){
data279.lines = 4;
}
if(data279.blinkSeconds === undefined){
data279.blinkSeconds = 5;
}
if(data279.notices === undefined){
data279.notices = [];
}
if(data279.noticeSeconds === undefined){
data279.noticeSeconds = 8;
}
if(data279.id === undefined){
const err1102 = {instancePath:instancePath+"/boards/" + i24+"/displays/" + i29,schemaPath:"#/properties/boards/items/properties/displays/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err1102];
}
else {
vErrors.push(err1102);
}
errors++;
}
if(data279.kind === undefined){
const err1103 = {instancePath:instancePath+"/boards/" + i24+"/displays/" + i29,schemaPath:"#/properties/boards/items/properties/displays/items/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'"};
if(vErrors === null){
vErrors = [err1103];
}
else {
vErrors.push(err1103);
}
errors++;
}
if(data279.lines === undefined){
const err1104 = {instancePath:instancePath+"/boards/" + i24+"/displays/" + i29,schemaPath:"#/properties/boards/items/properties/displays/items/required",keyword:"required",params:{missingProperty: "lines"},message:"must have required property '"+"lines"+"'"};
if(vErrors === null){
vErrors = [err1104];
}
else {
vErrors.push(err1104);
}
errors++;
}
if(data279.output === undefined){
const err1105 = {instancePath:instancePath+"/boards/" + i24+"/displays/" + i29,schemaPath:"#/properties/boards/items/properties/displays/items/required",keyword:"required",params:{missingProperty: "output"},message:"must have required property '"+"output"+"'"};
if(vErrors === null){
vErrors = [err1105];
}
else {
vErrors.push(err1105);
}
errors++;
}
for(const key67 in data279){
if(!((((((((key67 === "id") || (key67 === "kind")) || (key67 === "counter")) || (key67 === "lines")) || (key67 === "output")) || (key67 === "blinkSeconds")) || (key67 === "notices")) || (key67 === "noticeSeconds"))){
const err1106 = {instancePath:instancePath+"/boards/" + i24+"/displays/" + i29,schemaPath:"#/properties/boards/items/properties/displays/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key67},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1106];
}
else {
vErrors.push(err1106);
}
errors++;
}
}
if(data279.id !== undefined){
let data280 = data279.id;
if(typeof data280 === "string"){
if(!pattern0.test(data280)){
const err1107 = {instancePath:instancePath+"/boards/" + i24+"/displays/" + i29+"/id",schemaPath:"#/properties/boards/items/properties/displays/items/properties/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]{0,31}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]{0,31}$"+"\""};
if(vErrors === null){
vErrors = [err1107];
}
else {
vErrors.push(err1107);
}
errors++;
}
}
else {
const err1108 = {instancePath:instancePath+"/boards/" + i24+"/displays/" + i29+"/id",schemaPath:"#/properties/boards/items/properties/displays/items/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1108];
}
else {
vErrors.push(err1108);
}
errors++;
}
if(errors > 0){
const emErrs182 = [];
for(const err1109 of vErrors){
if(((((err1109.keyword !== "errorMessage") && (!err1109.emUsed)) && ((err1109.instancePath === instancePath+"/boards/" + i24+"/displays/" + i29+"/id") || ((err1109.instancePath.indexOf(instancePath+"/boards/" + i24+"/displays/" + i29+"/id") === 0) && (err1109.instancePath[instancePath+"/boards/" + i24+"/displays/" + i29+"/id".length] === "/")))) && (err1109.schemaPath.indexOf("#/properties/boards/items/properties/displays/items/properties/id") === 0)) && (err1109.schemaPath["#/properties/boards/items/properties/displays/items/properties/id".length] === "/")){
emErrs182.push(err1109);
err1109.emUsed = true;
}
}
if(emErrs182.length){
const err1110 = {instancePath:instancePath+"/boards/" + i24+"/displays/" + i29+"/id",schemaPath:"#/properties/boards/items/properties/displays/items/properties/id/errorMessage",keyword:"errorMessage",params:{errors: emErrs182},message:"must be 1–32 lower-case letters, digits or dashes, starting with a letter or digit"};
if(vErrors === null){
vErrors = [err1110];
}
else {
vErrors.push(err1110);
}
errors++;
}
const emErrs183 = [];
for(const err1111 of vErrors){
if(!err1111.emUsed){
emErrs183.push(err1111);
}
}
vErrors = emErrs183;
errors = emErrs183.length;
}
}
if(data279.kind !== undefined){
let data281 = data279.kind;
if(typeof data281 !== "string"){
const err1112 = {instancePath:instancePath+"/boards/" + i24+"/displays/" + i29+"/kind",schemaPath:"#/properties/boards/items/properties/displays/items/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1112];
}
else {
vErrors.push(err1112);
}
errors++;
}
if(!((data281 === "counter") || (data281 === "hall"))){
const err1113 = {instancePath:instancePath+"/boards/" + i24+"/displays/" + i29+"/kind",schemaPath:"#/properties/boards/items/properties/displays/items/properties/kind/enum",keyword:"enum",params:{allowedValues: schema16.properties.boards.items.properties.displays.items.properties.kind.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err1113];
}
else {
vErrors.push(err1113);
}
errors++;
}
if(errors > 0){
const emErrs184 = [];
for(const err1114 of vErrors){
if(((((err1114.keyword !== "errorMessage") && (!err1114.emUsed)) && ((err1114.instancePath === instancePath+"/boards/" + i24+"/displays/" + i29+"/kind") || ((err1114.instancePath.indexOf(instancePath+"/boards/" + i24+"/displays/" + i29+"/kind") === 0) && (err1114.instancePath[instancePath+"/boards/" + i24+"/displays/" + i29+"/kind".length] === "/")))) && (err1114.schemaPath.indexOf("#/properties/boards/items/properties/displays/items/properties/kind") === 0)) && (err1114.schemaPath["#/properties/boards/items/properties/displays/items/properties/kind".length] === "/")){
emErrs184.push(err1114);
err1114.emUsed = true;
}
}
if(emErrs184.length){
const err1115 = {instancePath:instancePath+"/boards/" + i24+"/displays/" + i29+"/kind",schemaPath:"#/properties/boards/items/properties/displays/items/properties/kind/errorMessage",keyword:"errorMessage",params:{errors: emErrs184},message:"must be one of: counter, hall"};
if(vErrors === null){
vErrors = [err1115];
}
else {
vErrors.push(err1115);
}
errors++;
}
const emErrs185 = [];
for(const err1116 of vErrors){
if(!err1116.emUsed){
emErrs185.push(err1116);
}
}
vErrors = emErrs185;
errors = emErrs185.length;
}
}
if(data279.counter !== undefined){
let data282 = data279.counter;
if(typeof data282 === "string"){
if(!pattern0.test(data282)){
const err1117 = {instancePath:instancePath+"/boards/" + i24+"/displays/" + i29+"/counter",schemaPath:"#/properties/boards/items/properties/displays/items/properties/counter/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]{0,31}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]{0,31}$"+"\""};
if(vErrors === null){
vErrors = [err1117];
}
else {
vErrors.push(err1117);
}
errors++;
}
}
else {
const err1118 = {instancePath:instancePath+"/boards/" + i24+"/displays/" + i29+"/counter",schemaPath:"#/properties/boards/items/properties/displays/items/properties/counter/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1118];
}
else {
vErrors.push(err1118);
}
errors++;
}
if(errors > 0){
const emErrs186 = [];
for(const err1119 of vErrors){
if(((((err1119.keyword !== "errorMessage") && (!err1119.emUsed)) && ((err1119.instancePath === instancePath+"/boards/" + i24+"/displays/" + i29+"/counter") || ((err1119.instancePath.indexOf(instancePath+"/boards/" + i24+"/displays/" + i29+"/counter") === 0) && (err1119.instancePath[instancePath+"/boards/" + i24+"/displays/" + i29+"/counter".length] === "/")))) && (err1119.schemaPath.indexOf("#/properties/boards/items/properties/displays/items/properties/counter") === 0)) && (err1119.schemaPath["#/properties/boards/items/properties/displays/items/properties/counter".length] === "/")){
emErrs186.push(err1119);
err1119.emUsed = true;
}
}
if(emErrs186.length){
const err1120 = {instancePath:instancePath+"/boards/" + i24+"/displays/" + i29+"/counter",schemaPath:"#/properties/boards/items/properties/displays/items/properties/counter/errorMessage",keyword:"errorMessage",params:{errors: emErrs186},message:"must be 1–32 lower-case letters, digits or dashes, starting with a letter or digit"};
if(vErrors === null){
vErrors = [err1120];
}
else {
vErrors.push(err1120);
}
errors++;
}
const emErrs187 = [];
for(const err1121 of vErrors){
if(!err1121.emUsed){
emErrs187.push(err1121);
}
}
vErrors = emErrs187;
errors = emErrs187.length;
}
}
let data283 = data279.lines;
if(!((typeof data283 == "number") && (!(data283 % 1) && !isNaN(data283)))){
const err1122 = {instancePath:instancePath+"/boards/" + i24+"/displays/" + i29+"/lines",schemaPath:"#/properties/boards/items/properties/displays/items/properties/lines/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err1122];
}
else {
vErrors.push(err1122);
}
errors++;
}
if(typeof data283 == "number"){
if(data283 > 16 || isNaN(data283)){
const err1123 = {instancePath:instancePath+"/boards/" + i24+"/displays/" + i29+"/lines",schemaPath:"#/properties/boards/items/properties/displays/items/properties/lines/maximum",keyword:"maximum",params:{comparison: "<=", limit: 16},message:"must be <= 16"};
if(vErrors === null){
vErrors = [err1123];
}
else {
vErrors.push(err1123);
}
errors++;
}
if(data283 < 1 || isNaN(data283)){
const err1124 = {instancePath:instancePath+"/boards/" + i24+"/displays/" + i29+"/lines",schemaPath:"#/properties/boards/items/properties/displays/items/properties/lines/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err1124];
}
else {
vErrors.push(err1124);
}
errors++;
}
}
if(data279.output !== undefined){
let data284 = data279.output;
const _errs728 = errors;
let valid143 = false;
const _errs729 = errors;
if(data284 && typeof data284 == "object" && !Array.isArray(data284)){
if(data284.driver === undefined){
const err1125 = {instancePath:instancePath+"/boards/" + i24+"/displays/" + i29+"/output",schemaPath:"#/properties/boards/items/properties/displays/items/properties/output/anyOf/0/required",keyword:"required",params:{missingProperty: "driver"},message:"must have required property '"+"driver"+"'"};
if(vErrors === null){
vErrors = [err1125];
}
else {
vErrors.push(err1125);
}
errors++;
}
for(const key68 in data284){
if(!(key68 === "driver")){
const err1126 = {instancePath:instancePath+"/boards/" + i24+"/displays/" + i29+"/output",schemaPath:"#/properties/boards/items/properties/displays/items/properties/output/anyOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key68},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1126];
}
else {
vErrors.push(err1126);
}
errors++;
}
}
if(data284.driver !== undefined){
let data285 = data284.driver;
if(typeof data285 !== "string"){
const err1127 = {instancePath:instancePath+"/boards/" + i24+"/displays/" + i29+"/output/driver",schemaPath:"#/properties/boards/items/properties/displays/items/properties/output/anyOf/0/properties/driver/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1127];
}
else {
vErrors.push(err1127);
}
errors++;
}
if(!(data285 === "simulated")){
const err1128 = {instancePath:instancePath+"/boards/" + i24+"/displays/" + i29+"/output/driver",schemaPath:"#/properties/boards/items/properties/displays/items/properties/output/anyOf/0/properties/driver/enum",keyword:"enum",params:{allowedValues: schema16.properties.boards.items.properties.displays.items.properties.output.anyOf[0].properties.driver.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err1128];
}
else {
vErrors.push(err1128);
}
errors++;
}
if(errors > 0){
const emErrs188 = [];
for(const err1129 of vErrors){
if(((((err1129.keyword !== "errorMessage") && (!err1129.emUsed)) && ((err1129.instancePath === instancePath+"/boards/" + i24+"/displays/" + i29+"/output/driver") || ((err1129.instancePath.indexOf(instancePath+"/boards/" + i24+"/displays/" + i29+"/output/driver") === 0) && (err1129.instancePath[instancePath+"/boards/" + i24+"/displays/" + i29+"/output/driver".length] === "/")))) && (err1129.schemaPath.indexOf("#/properties/boards/items/properties/displays/items/properties/output/anyOf/0/properties/driver") === 0)) && (err1129.schemaPath["#/properties/boards/items/properties/displays/items/properties/output/anyOf/0/properties/driver".length] === "/")){
emErrs188.push(err1129);
err1129.emUsed = true;
}
}
if(emErrs188.length){
const err1130 = {instancePath:instancePath+"/boards/" + i24+"/displays/" + i29+"/output/driver",schemaPath:"#/properties/boards/items/properties/displays/items/properties/output/anyOf/0/properties/driver/errorMessage",keyword:"errorMessage",params:{errors: emErrs188},message:"must be one of: simulated"};
if(vErrors === null){
vErrors = [err1130];
}
else {
vErrors.push(err1130);
}
errors++;
}
const emErrs189 = [];
for(const err1131 of vErrors){
if(!err1131.emUsed){
emErrs189.push(err1131);
}
}
vErrors = emErrs189;
errors = emErrs189.length;
}
}
}
else {
const err1132 = {instancePath:instancePath+"/boards/" + i24+"/displays/" + i29+"/output",schemaPath:"#/properties/boards/items/properties/displays/items/properties/output/anyOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err1132];
}
else {
vErrors.push(err1132);
}
errors++;
}
var _valid18 = _errs729 === errors;
valid143 = valid143 || _valid18;
if(!valid143){
const _errs734 = errors;
if(data284 && typeof data284 == "object" && !Array.isArray(data284)){
if(data284.driver === undefined){
const err1133 = {instancePath:instancePath+"/boards/" + i24+"/displays/" + i29+"/output",schemaPath:"#/properties/boards/items/properties/displays/items/properties/output/anyOf/1/required",keyword:"required",params:{missingProperty: "driver"},message:"must have required property '"+"driver"+"'"};
if(vErrors === null){
vErrors = [err1133];
}
else {
vErrors.push(err1133);
}
errors++;
}
if(data284.path === undefined){
const err1134 = {instancePath:instancePath+"/boards/" + i24+"/displays/" + i29+"/output",schemaPath:"#/properties/boards/items/properties/displays/items/properties/output/anyOf/1/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'"};
if(vErrors === null){
vErrors = [err1134];
}
else {
vErrors.push(err1134);
}
errors++;
}
if(data284.address === undefined){
const err1135 = {instancePath:instancePath+"/boards/" + i24+"/displays/" + i29+"/output",schemaPath:"#/properties/boards/items/properties/displays/items/properties/output/anyOf/1/required",keyword:"required",params:{missingProperty: "address"},message:"must have required property '"+"address"+"'"};
if(vErrors === null){
vErrors = [err1135];
}
else {
vErrors.push(err1135);
}
errors++;
}
for(const key69 in data284){
if(!(((((((key69 === "driver") || (key69 === "path")) || (key69 === "baudRate")) || (key69 === "address")) || (key69 === "register")) || (key69 === "chars")) || (key69 === "readBack"))){
const err1136 = {instancePath:instancePath+"/boards/" + i24+"/displays/" + i29+"/output",schemaPath:"#/properties/boards/items/properties/displays/items/properties/output/anyOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key69},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1136];
}
else {
vErrors.push(err1136);
}
errors++;
}
}
if(data284.driver !== undefined){
let data286 = data284.driver;
if(typeof data286 !== "string"){
const err1137 = {instancePath:instancePath+"/boards/" + i24+"/displays/" + i29+"/output/driver",schemaPath:"#/properties/boards/items/properties/displays/items/properties/output/anyOf/1/properties/driver/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1137];
}
else {
vErrors.push(err1137);
}
errors++;
}
if(!(data286 === "modbus")){
const err1138 = {instancePath:instancePath+"/boards/" + i24+"/displays/" + i29+"/output/driver",schemaPath:"#/properties/boards/items/properties/displays/items/properties/output/anyOf/1/properties/driver/enum",keyword:"enum",params:{allowedValues: schema16.properties.boards.items.properties.displays.items.properties.output.anyOf[1].properties.driver.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err1138];
}
else {
vErrors.push(err1138);
}
errors++;
}
if(errors > 0){
const emErrs190 = [];
for(const err1139 of vErrors){
if(((((err1139.keyword !== "errorMessage") && (!err1139.emUsed)) && ((err1139.instancePath === instancePath+"/boards/" + i24+"/displays/" + i29+"/output/driver") || ((err1139.instancePath.indexOf(instancePath+"/boards/" + i24+"/displays/" + i29+"/output/driver") === 0) && (err1139.instancePath[instancePath+"/boards/" + i24+"/displays/" + i29+"/output/driver".length] === "/")))) && (err1139.schemaPath.indexOf("#/properties/boards/items/properties/displays/items/properties/output/anyOf/1/properties/driver") === 0)) && (err1139.schemaPath["#/properties/boards/items/properties/displays/items/properties/output/anyOf/1/properties/driver".length] === "/")){
emErrs190.push(err1139);
err1139.emUsed = true;
}
}
if(emErrs190.length){
const err1140 = {instancePath:instancePath+"/boards/" + i24+"/displays/" + i29+"/output/driver",schemaPath:"#/properties/boards/items/properties/displays/items/properties/output/anyOf/1/properties/driver/errorMessage",keyword:"errorMessage",params:{errors: emErrs190},message:"must be one of: modbus"};
if(vErrors === null){
vErrors = [err1140];
}
else {
vErrors.push(err1140);
}
errors++;
}
const emErrs191 = [];
for(const err1141 of vErrors){
if(!err1141.emUsed){
emErrs191.push(err1141);
}
}
vErrors = emErrs191;
errors = emErrs191.length;
}
}
if(data284.path !== undefined){
let data287 = data284.path;
if(typeof data287 === "string"){
if(func3(data287) < 1){
const err1142 = {instancePath:instancePath+"/boards/" + i24+"/displays/" + i29+"/output/path",schemaPath:"#/properties/boards/items/properties/displays/items/properties/output/anyOf/1/properties/path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err1142];
}
else {
vErrors.push(err1142);
}
errors++;
}
}
else {
const err1143 = {instancePath:instancePath+"/boards/" + i24+"/displays/" + i29+"/output/path",schemaPath:"#/properties/boards/items/properties/displays/items/properties/output/anyOf/1/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1143];
}
else {
vErrors.push(err1143);
}
errors++;
}
}
if(data284.baudRate !== undefined){
let data288 = data284.baudRate;
if(!((typeof data288 == "number") && (!(data288 % 1) && !isNaN(data288)))){
const err1144 = {instancePath:instancePath+"/boards/" + i24+"/displays/" + i29+"/output/baudRate",schemaPath:"#/properties/boards/items/properties/displays/items/properties/output/anyOf/1/properties/baudRate/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err1144];
}
else {
vErrors.push(err1144);
}
errors++;
}
if(typeof data288 == "number"){
if(data288 > 115200 || isNaN(data288)){
const err1145 = {instancePath:instancePath+"/boards/" + i24+"/displays/" + i29+"/output/baudRate",schemaPath:"#/properties/boards/items/properties/displays/items/properties/output/anyOf/1/properties/baudRate/maximum",keyword:"maximum",params:{comparison: "<=", limit: 115200},message:"must be <= 115200"};
if(vErrors === null){
vErrors = [err1145];
}
else {
vErrors.push(err1145);
}
errors++;
}
if(data288 < 1200 || isNaN(data288)){
const err1146 = {instancePath:instancePath+"/boards/" + i24+"/displays/" + i29+"/output/baudRate",schemaPath:"#/properties/boards/items/properties/displays/items/properties/output/anyOf/1/properties/baudRate/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1200},message:"must be >= 1200"};
if(vErrors === null){
vErrors = [err1146];
}
else {
vErrors.push(err1146);
}
errors++;
}
}
}
if(data284.address !== undefined){
let data289 = data284.address;
if(!((typeof data289 == "number") && (!(data289 % 1) && !isNaN(data289)))){
const err1147 = {instancePath:instancePath+"/boards/" + i24+"/displays/" + i29+"/output/address",schemaPath:"#/properties/boards/items/properties/displays/items/properties/output/anyOf/1/properties/address/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err1147];
}
else {
vErrors.push(err1147);
}
errors++;
}
if(typeof data289 == "number"){
if(data289 > 247 || isNaN(data289)){
const err1148 = {instancePath:instancePath+"/boards/" + i24+"/displays/" + i29+"/output/address",schemaPath:"#/properties/boards/items/properties/displays/items/properties/output/anyOf/1/properties/address/maximum",keyword:"maximum",params:{comparison: "<=", limit: 247},message:"must be <= 247"};
if(vErrors === null){
vErrors = [err1148];
}
else {
vErrors.push(err1148);
}
errors++;
}
if(data289 < 1 || isNaN(data289)){
const err1149 = {instancePath:instancePath+"/boards/" + i24+"/displays/" + i29+"/output/address",schemaPath:"#/properties/boards/items/properties/displays/items/properties/output/anyOf/1/properties/address/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err1149];
}
else {
vErrors.push(err1149);
}
errors++;
}
}
}
if(data284.register !== undefined){
let data290 = data284.register;
if(!((typeof data290 == "number") && (!(data290 % 1) && !isNaN(data290)))){
const err1150 = {instancePath:instancePath+"/boards/" + i24+"/displays/" + i29+"/output/register",schemaPath:"#/properties/boards/items/properties/displays/items/properties/output/anyOf/1/properties/register/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err1150];
}
else {
vErrors.push(err1150);
}
errors++;
}
if(typeof data290 == "number"){
if(data290 > 65000 || isNaN(data290)){
const err1151 = {instancePath:instancePath+"/boards/" + i24+"/displays/" + i29+"/output/register",schemaPath:"#/properties/boards/items/properties/displays/items/properties/output/anyOf/1/properties/register/maximum",keyword:"maximum",params:{comparison: "<=", limit: 65000},message:"must be <= 65000"};
if(vErrors === null){
vErrors = [err1151];
}
else {
vErrors.push(err1151);
}
errors++;
}
if(data290 < 0 || isNaN(data290)){
const err1152 = {instancePath:instancePath+"/boards/" + i24+"/displays/" + i29+"/output/register",schemaPath:"#/properties/boards/items/properties/displays/items/properties/output/anyOf/1/properties/register/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err1152];
}
else {
vErrors.push(err1152);
}
errors++;
}
}
}
if(data284.chars !== undefined){
let data291 = data284.chars;
if(!((typeof data291 == "number") && (!(data291 % 1) && !isNaN(data291)))){
const err1153 = {instancePath:instancePath+"/boards/" + i24+"/displays/" + i29+"/output/chars",schemaPath:"#/properties/boards/items/properties/displays/items/properties/output/anyOf/1/properties/chars/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err1153];
}
else {
vErrors.push(err1153);
}
errors++;
}
if(typeof data291 == "number"){
if(data291 > 64 || isNaN(data291)){
const err1154 = {instancePath:instancePath+"/boards/" + i24+"/displays/" + i29+"/output/chars",schemaPath:"#/properties/boards/items/properties/displays/items/properties/output/anyOf/1/properties/chars/maximum",keyword:"maximum",params:{comparison: "<=", limit: 64},message:"must be <= 64"};
if(vErrors === null){
vErrors = [err1154];
}
else {
vErrors.push(err1154);
}
errors++;
}
if(data291 < 1 || isNaN(data291)){
const err1155 = {instancePath:instancePath+"/boards/" + i24+"/displays/" + i29+"/output/chars",schemaPath:"#/properties/boards/items/properties/displays/items/properties/output/anyOf/1/properties/chars/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err1155];
}
else {
vErrors.push(err1155);
}
errors++;
}
}
}
if(data284.readBack !== undefined){
if(typeof data284.readBack !== "boolean"){
const err1156 = {instancePath:instancePath+"/boards/" + i24+"/displays/" + i29+"/output/readBack",schemaPath:"#/properties/boards/items/properties/displays/items/properties/output/anyOf/1/properties/readBack/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err1156];
}
else {
vErrors.push(err1156);
}
errors++;
}
}
}
else {
const err1157 = {instancePath:instancePath+"/boards/" + i24+"/displays/" + i29+"/output",schemaPath:"#/properties/boards/items/properties/displays/items/properties/output/anyOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err1157];
}
else {
vErrors.push(err1157);
}
errors++;
}
var _valid18 = _errs734 === errors;
valid143 = valid143 || _valid18;
if(!valid143){
const _errs751 = errors;
if(data284 && typeof data284 == "object" && !Array.isArray(data284)){
if(data284.driver === undefined){
const err1158 = {instancePath:instancePath+"/boards/" + i24+"/displays/" + i29+"/output",schemaPath:"#/properties/boards/items/properties/displays/items/properties/output/anyOf/2/required",keyword:"required",params:{missingProperty: "driver"},message:"must have required property '"+"driver"+"'"};
if(vErrors === null){
vErrors = [err1158];
}
else {
vErrors.push(err1158);
}
errors++;
}
if(data284.path === undefined){
const err1159 = {instancePath:instancePath+"/boards/" + i24+"/displays/" + i29+"/output",schemaPath:"#/properties/boards/items/properties/displays/items/properties/output/anyOf/2/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'"};
if(vErrors === null){
vErrors = [err1159];
}
else {
vErrors.push(err1159);
}
errors++;
}
for(const key70 in data284){
if(!((((key70 === "driver") || (key70 === "path")) || (key70 === "baudRate")) || (key70 === "address"))){
const err1160 = {instancePath:instancePath+"/boards/" + i24+"/displays/" + i29+"/output",schemaPath:"#/properties/boards/items/properties/displays/items/properties/output/anyOf/2/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key70},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1160];
}
else {
vErrors.push(err1160);
}
errors++;
}
}
if(data284.driver !== undefined){
let data293 = data284.driver;
if(typeof data293 !== "string"){
const err1161 = {instancePath:instancePath+"/boards/" + i24+"/displays/" + i29+"/output/driver",schemaPath:"#/properties/boards/items/properties/displays/items/properties/output/anyOf/2/properties/driver/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1161];
}
else {
vErrors.push(err1161);
}
errors++;
}
if(!(data293 === "alpha-sign")){
const err1162 = {instancePath:instancePath+"/boards/" + i24+"/displays/" + i29+"/output/driver",schemaPath:"#/properties/boards/items/properties/displays/items/properties/output/anyOf/2/properties/driver/enum",keyword:"enum",params:{allowedValues: schema16.properties.boards.items.properties.displays.items.properties.output.anyOf[2].properties.driver.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err1162];
}
else {
vErrors.push(err1162);
}
errors++;
}
if(errors > 0){
const emErrs192 = [];
for(const err1163 of vErrors){
if(((((err1163.keyword !== "errorMessage") && (!err1163.emUsed)) && ((err1163.instancePath === instancePath+"/boards/" + i24+"/displays/" + i29+"/output/driver") || ((err1163.instancePath.indexOf(instancePath+"/boards/" + i24+"/displays/" + i29+"/output/driver") === 0) && (err1163.instancePath[instancePath+"/boards/" + i24+"/displays/" + i29+"/output/driver".length] === "/")))) && (err1163.schemaPath.indexOf("#/properties/boards/items/properties/displays/items/properties/output/anyOf/2/properties/driver") === 0)) && (err1163.schemaPath["#/properties/boards/items/properties/displays/items/properties/output/anyOf/2/properties/driver".length] === "/")){
emErrs192.push(err1163);
err1163.emUsed = true;
}
}
if(emErrs192.length){
const err1164 = {instancePath:instancePath+"/boards/" + i24+"/displays/" + i29+"/output/driver",schemaPath:"#/properties/boards/items/properties/displays/items/properties/output/anyOf/2/properties/driver/errorMessage",keyword:"errorMessage",params:{errors: emErrs192},message:"must be one of: alpha-sign"};
if(vErrors === null){
vErrors = [err1164];
}
else {
vErrors.push(err1164);
}
errors++;
}
const emErrs193 = [];
for(const err1165 of vErrors){
if(!err1165.emUsed){
emErrs193.push(err1165);
}
}
vErrors = emErrs193;
errors = emErrs193.length;
}
}
if(data284.path !== undefined){
let data294 = data284.path;
if(typeof data294 === "string"){
if(func3(data294) < 1){
const err1166 = {instancePath:instancePath+"/boards/" + i24+"/displays/" + i29+"/output/path",schemaPath:"#/properties/boards/items/properties/displays/items/properties/output/anyOf/2/properties/path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err1166];
}
else {
vErrors.push(err1166);
}
errors++;
}
}
else {
const err1167 = {instancePath:instancePath+"/boards/" + i24+"/displays/" + i29+"/output/path",schemaPath:"#/properties/boards/items/properties/displays/items/properties/output/anyOf/2/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1167];
}
else {
vErrors.push(err1167);
}
errors++;
}
}
if(data284.baudRate !== undefined){
let data295 = data284.baudRate;
if(!((typeof data295 == "number") && (!(data295 % 1) && !isNaN(data295)))){
const err1168 = {instancePath:instancePath+"/boards/" + i24+"/displays/" + i29+"/output/baudRate",schemaPath:"#/properties/boards/items/properties/displays/items/properties/output/anyOf/2/properties/baudRate/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err1168];
}
else {
vErrors.push(err1168);
}
errors++;
}
if(typeof data295 == "number"){
if(data295 > 115200 || isNaN(data295)){
const err1169 = {instancePath:instancePath+"/boards/" + i24+"/displays/" + i29+"/output/baudRate",schemaPath:"#/properties/boards/items/properties/displays/items/properties/output/anyOf/2/properties/baudRate/maximum",keyword:"maximum",params:{comparison: "<=", limit: 115200},message:"must be <= 115200"};
if(vErrors === null){
vErrors = [err1169];
}
else {
vErrors.push(err1169);
}
errors++;
}
if(data295 < 1200 || isNaN(data295)){
const err1170 = {instancePath:instancePath+"/boards/" + i24+"/displays/" + i29+"/output/baudRate",schemaPath:"#/properties/boards/items/properties/displays/items/properties/output/anyOf/2/properties/baudRate/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1200},message:"must be >= 1200"};
if(vErrors === null){
vErrors = [err1170];
}
else {
vErrors.push(err1170);
}
errors++;
}
}
}
if(data284.address !== undefined){
let data296 = data284.address;
if(!((typeof data296 == "number") && (!(data296 % 1) && !isNaN(data296)))){
const err1171 = {instancePath:instancePath+"/boards/" + i24+"/displays/" + i29+"/output/address",schemaPath:"#/properties/boards/items/properties/displays/items/properties/output/anyOf/2/properties/address/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err1171];
}
else {
vErrors.push(err1171);
}
errors++;
}
if(typeof data296 == "number"){
if(data296 > 255 || isNaN(data296)){
const err1172 = {instancePath:instancePath+"/boards/" + i24+"/displays/" + i29+"/output/address",schemaPath:"#/properties/boards/items/properties/displays/items/properties/output/anyOf/2/properties/address/maximum",keyword:"maximum",params:{comparison: "<=", limit: 255},message:"must be <= 255"};
if(vErrors === null){
vErrors = [err1172];
}
else {
vErrors.push(err1172);
}
errors++;
}
if(data296 < 0 || isNaN(data296)){
const err1173 = {instancePath:instancePath+"/boards/" + i24+"/displays/" + i29+"/output/address",schemaPath:"#/properties/boards/items/properties/displays/items/properties/output/anyOf/2/properties/address/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err1173];
}
else {
vErrors.push(err1173);
}
errors++;
}
}
}
}
else {
const err1174 = {instancePath:instancePath+"/boards/" + i24+"/displays/" + i29+"/output",schemaPath:"#/properties/boards/items/properties/displays/items/properties/output/anyOf/2/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err1174];
}
else {
vErrors.push(err1174);
}
errors++;
}
var _valid18 = _errs751 === errors;
valid143 = valid143 || _valid18;
if(!valid143){
const _errs762 = errors;
if(data284 && typeof data284 == "object" && !Array.isArray(data284)){
if(data284.driver === undefined){
const err1175 = {instancePath:instancePath+"/boards/" + i24+"/displays/" + i29+"/output",schemaPath:"#/properties/boards/items/properties/displays/items/properties/output/anyOf/3/required",keyword:"required",params:{missingProperty: "driver"},message:"must have required property '"+"driver"+"'"};
if(vErrors === null){
vErrors = [err1175];
}
else {
vErrors.push(err1175);
}
errors++;
}
if(data284.path === undefined){
const err1176 = {instancePath:instancePath+"/boards/" + i24+"/displays/" + i29+"/output",schemaPath:"#/properties/boards/items/properties/displays/items/properties/output/anyOf/3/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'"};
if(vErrors === null){
vErrors = [err1176];
}
else {
vErrors.push(err1176);
}
errors++;
}
if(data284.address === undefined){
const err1177 = {instancePath:instancePath+"/boards/" + i24+"/displays/" + i29+"/output",schemaPath:"#/properties/boards/items/properties/displays/items/properties/output/anyOf/3/required",keyword:"required",params:{missingProperty: "address"},message:"must have required property '"+"address"+"'"};
if(vErrors === null){
vErrors = [err1177];
}
else {
vErrors.push(err1177);
}
errors++;
}
for(const key71 in data284){
if(!((((key71 === "driver") || (key71 === "path")) || (key71 === "baudRate")) || (key71 === "address"))){
const err1178 = {instancePath:instancePath+"/boards/" + i24+"/displays/" + i29+"/output",schemaPath:"#/properties/boards/items/properties/displays/items/properties/output/anyOf/3/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key71},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1178];
}
else {
vErrors.push(err1178);
}
errors++;
}
}
if(data284.driver !== undefined){
let data297 = data284.driver;
if(typeof data297 !== "string"){
const err1179 = {instancePath:instancePath+"/boards/" + i24+"/displays/" + i29+"/output/driver",schemaPath:"#/properties/boards/items/properties/displays/items/properties/output/anyOf/3/properties/driver/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1179];
}
else {
vErrors.push(err1179);
}
errors++;
}
if(!(data297 === "qsystem-board")){
const err1180 = {instancePath:instancePath+"/boards/" + i24+"/displays/" + i29+"/output/driver",schemaPath:"#/properties/boards/items/properties/displays/items/properties/output/anyOf/3/properties/driver/enum",keyword:"enum",params:{allowedValues: schema16.properties.boards.items.properties.displays.items.properties.output.anyOf[3].properties.driver.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err1180];
}
else {
vErrors.push(err1180);
}
errors++;
}
if(errors > 0){
const emErrs194 = [];
for(const err1181 of vErrors){
if(((((err1181.keyword !== "errorMessage") && (!err1181.emUsed)) && ((err1181.instancePath === instancePath+"/boards/" + i24+"/displays/" + i29+"/output/driver") || ((err1181.instancePath.indexOf(instancePath+"/boards/" + i24+"/displays/" + i29+"/output/driver") === 0) && (err1181.instancePath[instancePath+"/boards/" + i24+"/displays/" + i29+"/output/driver".length] === "/")))) && (err1181.schemaPath.indexOf("#/properties/boards/items/properties/displays/items/properties/output/anyOf/3/properties/driver") === 0)) && (err1181.schemaPath["#/properties/boards/items/properties/displays/items/properties/output/anyOf/3/properties/driver".length] === "/")){
emErrs194.push(err1181);
err1181.emUsed = true;
}
}
if(emErrs194.length){
const err1182 = {instancePath:instancePath+"/boards/" + i24+"/displays/" + i29+"/output/driver",schemaPath:"#/properties/boards/items/properties/displays/items/properties/output/anyOf/3/properties/driver/errorMessage",keyword:"errorMessage",params:{errors: emErrs194},message:"must be one of: qsystem-board"};
if(vErrors === null){
vErrors = [err1182];
}
else {
vErrors.push(err1182);
}
errors++;
}
const emErrs195 = [];
for(const err1183 of vErrors){
if(!err1183.emUsed){
emErrs195.push(err1183);
}
}
vErrors = emErrs195;
errors = emErrs195.length;
}
}
if(data284.path !== undefined){
let data298 = data284.path;
if(typeof data298 === "string"){
if(func3(data298) < 1){
const err1184 = {instancePath:instancePath+"/boards/" + i24+"/displays/" + i29+"/output/path",schemaPath:"#/properties/boards/items/properties/displays/items/properties/output/anyOf/3/properties/path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err1184];
}
else {
vErrors.push(err1184);
}
errors++;
}
}
else {
const err1185 = {instancePath:instancePath+"/boards/" + i24+"/displays/" + i29+"/output/path",schemaPath:"#/properties/boards/items/properties/displays/items/properties/output/anyOf/3/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1185];
}
else {
vErrors.push(err1185);
}
errors++;
}
}
if(data284.baudRate !== undefined){
let data299 = data284.baudRate;
if(!((typeof data299 == "number") && (!(data299 % 1) && !isNaN(data299)))){
const err1186 = {instancePath:instancePath+"/boards/" + i24+"/displays/" + i29+"/output/baudRate",schemaPath:"#/properties/boards/items/properties/displays/items/properties/output/anyOf/3/properties/baudRate/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err1186];
}
else {
vErrors.push(err1186);
}
errors++;
}
if(typeof data299 == "number"){
if(data299 > 115200 || isNaN(data299)){
const err1187 = {instancePath:instancePath+"/boards/" + i24+"/displays/" + i29+"/output/baudRate",schemaPath:"#/properties/boards/items/properties/displays/items/properties/output/anyOf/3/properties/baudRate/maximum",keyword:"maximum",params:{comparison: "<=", limit: 115200},message:"must be <= 115200"};
if(vErrors === null){
vErrors = [err1187];
}
else {
vErrors.push(err1187);
}
errors++;
}
if(data299 < 1200 || isNaN(data299)){
const err1188 = {instancePath:instancePath+"/boards/" + i24+"/displays/" + i29+"/output/baudRate",schemaPath:"#/properties/boards/items/properties/displays/items/properties/output/anyOf/3/properties/baudRate/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1200},message:"must be >= 1200"};
if(vErrors === null){
vErrors = [err1188];
}
else {
vErrors.push(err1188);
}
errors++;
}
}
}
if(data284.address !== undefined){
let data300 = data284.address;
if(!((typeof data300 == "number") && (!(data300 % 1) && !isNaN(data300)))){
const err1189 = {instancePath:instancePath+"/boards/" + i24+"/displays/" + i29+"/output/address",schemaPath:"#/properties/boards/items/properties/displays/items/properties/output/anyOf/3/properties/address/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err1189];
}
else {
vErrors.push(err1189);
}
errors++;
}
if(typeof data300 == "number"){
if(data300 > 255 || isNaN(data300)){
const err1190 = {instancePath:instancePath+"/boards/" + i24+"/displays/" + i29+"/output/address",schemaPath:"#/properties/boards/items/properties/displays/items/properties/output/anyOf/3/properties/address/maximum",keyword:"maximum",params:{comparison: "<=", limit: 255},message:"must be <= 255"};
if(vErrors === null){
vErrors = [err1190];
}
else {
vErrors.push(err1190);
}
errors++;
}
if(data300 < 0 || isNaN(data300)){
const err1191 = {instancePath:instancePath+"/boards/" + i24+"/displays/" + i29+"/output/address",schemaPath:"#/properties/boards/items/properties/displays/items/properties/output/anyOf/3/properties/address/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err1191];
}
else {
vErrors.push(err1191);
}
errors++;
}
}
}
}
else {
const err1192 = {instancePath:instancePath+"/boards/" + i24+"/displays/" + i29+"/output",schemaPath:"#/properties/boards/items/properties/displays/items/properties/output/anyOf/3/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err1192];
}
else {
vErrors.push(err1192);
}
errors++;
}
var _valid18 = _errs762 === errors;
valid143 = valid143 || _valid18;
if(!valid143){
const _errs773 = errors;
if(data284 && typeof data284 == "object" && !Array.isArray(data284)){
if(data284.driver === undefined){
const err1193 = {instancePath:instancePath+"/boards/" + i24+"/displays/" + i29+"/output",schemaPath:"#/properties/boards/items/properties/displays/items/properties/output/anyOf/4/required",keyword:"required",params:{missingProperty: "driver"},message:"must have required property '"+"driver"+"'"};
if(vErrors === null){
vErrors = [err1193];
}
else {
vErrors.push(err1193);
}
errors++;
}
if(data284.path === undefined){
const err1194 = {instancePath:instancePath+"/boards/" + i24+"/displays/" + i29+"/output",schemaPath:"#/properties/boards/items/properties/displays/items/properties/output/anyOf/4/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'"};
if(vErrors === null){
vErrors = [err1194];
}
else {
vErrors.push(err1194);
}
errors++;
}
if(data284.address === undefined){
const err1195 = {instancePath:instancePath+"/boards/" + i24+"/displays/" + i29+"/output",schemaPath:"#/properties/boards/items/properties/displays/items/properties/output/anyOf/4/required",keyword:"required",params:{missingProperty: "address"},message:"must have required property '"+"address"+"'"};
if(vErrors === null){
vErrors = [err1195];
}
else {
vErrors.push(err1195);
}
errors++;
}
if(data284.start === undefined){
const err1196 = {instancePath:instancePath+"/boards/" + i24+"/displays/" + i29+"/output",schemaPath:"#/properties/boards/items/properties/displays/items/properties/output/anyOf/4/required",keyword:"required",params:{missingProperty: "start"},message:"must have required property '"+"start"+"'"};
if(vErrors === null){
vErrors = [err1196];
}
else {
vErrors.push(err1196);
}
errors++;
}
if(data284.addressFormat === undefined){
const err1197 = {instancePath:instancePath+"/boards/" + i24+"/displays/" + i29+"/output",schemaPath:"#/properties/boards/items/properties/displays/items/properties/output/anyOf/4/required",keyword:"required",params:{missingProperty: "addressFormat"},message:"must have required property '"+"addressFormat"+"'"};
if(vErrors === null){
vErrors = [err1197];
}
else {
vErrors.push(err1197);
}
errors++;
}
if(data284.encoding === undefined){
const err1198 = {instancePath:instancePath+"/boards/" + i24+"/displays/" + i29+"/output",schemaPath:"#/properties/boards/items/properties/displays/items/properties/output/anyOf/4/required",keyword:"required",params:{missingProperty: "encoding"},message:"must have required property '"+"encoding"+"'"};
if(vErrors === null){
vErrors = [err1198];
}
else {
vErrors.push(err1198);
}
errors++;
}
if(data284.end === undefined){
const err1199 = {instancePath:instancePath+"/boards/" + i24+"/displays/" + i29+"/output",schemaPath:"#/properties/boards/items/properties/displays/items/properties/output/anyOf/4/required",keyword:"required",params:{missingProperty: "end"},message:"must have required property '"+"end"+"'"};
if(vErrors === null){
vErrors = [err1199];
}
else {
vErrors.push(err1199);
}
errors++;
}
if(data284.checksum === undefined){
const err1200 = {instancePath:instancePath+"/boards/" + i24+"/displays/" + i29+"/output",schemaPath:"#/properties/boards/items/properties/displays/items/properties/output/anyOf/4/required",keyword:"required",params:{missingProperty: "checksum"},message:"must have required property '"+"checksum"+"'"};
if(vErrors === null){
vErrors = [err1200];
}
else {
vErrors.push(err1200);
}
errors++;
}
for(const key72 in data284){
if(!(func2.call(schema16.properties.boards.items.properties.displays.items.properties.output.anyOf[4].properties, key72))){
const err1201 = {instancePath:instancePath+"/boards/" + i24+"/displays/" + i29+"/output",schemaPath:"#/properties/boards/items/properties/displays/items/properties/output/anyOf/4/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key72},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1201];
}
else {
vErrors.push(err1201);
}
errors++;
}
}
if(data284.driver !== undefined){
let data301 = data284.driver;
if(typeof data301 !== "string"){
const err1202 = {instancePath:instancePath+"/boards/" + i24+"/displays/" + i29+"/output/driver",schemaPath:"#/properties/boards/items/properties/displays/items/properties/output/anyOf/4/properties/driver/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1202];
}
else {
vErrors.push(err1202);
}
errors++;
}
if(!(data301 === "template")){
const err1203 = {instancePath:instancePath+"/boards/" + i24+"/displays/" + i29+"/output/driver",schemaPath:"#/properties/boards/items/properties/displays/items/properties/output/anyOf/4/properties/driver/enum",keyword:"enum",params:{allowedValues: schema16.properties.boards.items.properties.displays.items.properties.output.anyOf[4].properties.driver.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err1203];
}
else {
vErrors.push(err1203);
}
errors++;
}
if(errors > 0){
const emErrs196 = [];
for(const err1204 of vErrors){
if(((((err1204.keyword !== "errorMessage") && (!err1204.emUsed)) && ((err1204.instancePath === instancePath+"/boards/" + i24+"/displays/" + i29+"/output/driver") || ((err1204.instancePath.indexOf(instancePath+"/boards/" + i24+"/displays/" + i29+"/output/driver") === 0) && (err1204.instancePath[instancePath+"/boards/" + i24+"/displays/" + i29+"/output/driver".length] === "/")))) && (err1204.schemaPath.indexOf("#/properties/boards/items/properties/displays/items/properties/output/anyOf/4/properties/driver") === 0)) && (err1204.schemaPath["#/properties/boards/items/properties/displays/items/properties/output/anyOf/4/properties/driver".length] === "/")){
emErrs196.push(err1204);
err1204.emUsed = true;
}
}
if(emErrs196.length){
const err1205 = {instancePath:instancePath+"/boards/" + i24+"/displays/" + i29+"/output/driver",schemaPath:"#/properties/boards/items/properties/displays/items/properties/output/anyOf/4/properties/driver/errorMessage",keyword:"errorMessage",params:{errors: emErrs196},message:"must be one of: template"};
if(vErrors === null){
vErrors = [err1205];
}
else {
vErrors.push(err1205);
}
errors++;
}
const emErrs197 = [];
for(const err1206 of vErrors){
if(!err1206.emUsed){
emErrs197.push(err1206);
}
}
vErrors = emErrs197;
errors = emErrs197.length;
}
}
if(data284.path !== undefined){
let data302 = data284.path;
if(typeof data302 === "string"){
if(func3(data302) < 1){
const err1207 = {instancePath:instancePath+"/boards/" + i24+"/displays/" + i29+"/output/path",schemaPath:"#/properties/boards/items/properties/displays/items/properties/output/anyOf/4/properties/path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err1207];
}
else {
vErrors.push(err1207);
}
errors++;
}
}
else {
const err1208 = {instancePath:instancePath+"/boards/" + i24+"/displays/" + i29+"/output/path",schemaPath:"#/properties/boards/items/properties/displays/items/properties/output/anyOf/4/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1208];
}
else {
vErrors.push(err1208);
}
errors++;
}
}
if(data284.baudRate !== undefined){
let data303 = data284.baudRate;
if(!((typeof data303 == "number") && (!(data303 % 1) && !isNaN(data303)))){
const err1209 = {instancePath:instancePath+"/boards/" + i24+"/displays/" + i29+"/output/baudRate",schemaPath:"#/properties/boards/items/properties/displays/items/properties/output/anyOf/4/properties/baudRate/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err1209];
}
else {
vErrors.push(err1209);
}
errors++;
}
if(typeof data303 == "number"){
if(data303 > 115200 || isNaN(data303)){
const err1210 = {instancePath:instancePath+"/boards/" + i24+"/displays/" + i29+"/output/baudRate",schemaPath:"#/properties/boards/items/properties/displays/items/properties/output/anyOf/4/properties/baudRate/maximum",keyword:"maximum",params:{comparison: "<=", limit: 115200},message:"must be <= 115200"};
if(vErrors === null){
vErrors = [err1210];
}
else {
vErrors.push(err1210);
}
errors++;
}
if(data303 < 1200 || isNaN(data303)){
const err1211 = {instancePath:instancePath+"/boards/" + i24+"/displays/" + i29+"/output/baudRate",schemaPath:"#/properties/boards/items/properties/displays/items/properties/output/anyOf/4/properties/baudRate/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1200},message:"must be >= 1200"};
if(vErrors === null){
vErrors = [err1211];
}
else {
vErrors.push(err1211);
}
errors++;
}
}
}
if(data284.address !== undefined){
let data304 = data284.address;
if(!((typeof data304 == "number") && (!(data304 % 1) && !isNaN(data304)))){
const err1212 = {instancePath:instancePath+"/boards/" + i24+"/displays/" + i29+"/output/address",schemaPath:"#/properties/boards/items/properties/displays/items/properties/output/anyOf/4/properties/address/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err1212];
}
else {
vErrors.push(err1212);
}
errors++;
}
if(typeof data304 == "number"){
if(data304 > 999 || isNaN(data304)){
const err1213 = {instancePath:instancePath+"/boards/" + i24+"/displays/" + i29+"/output/address",schemaPath:"#/properties/boards/items/properties/displays/items/properties/output/anyOf/4/properties/address/maximum",keyword:"maximum",params:{comparison: "<=", limit: 999},message:"must be <= 999"};
if(vErrors === null){
vErrors = [err1213];
}
else {
vErrors.push(err1213);
}
errors++;
}
if(data304 < 0 || isNaN(data304)){
const err1214 = {instancePath:instancePath+"/boards/" + i24+"/displays/" + i29+"/output/address",schemaPath:"#/properties/boards/items/properties/displays/items/properties/output/anyOf/4/properties/address/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err1214];
}
else {
vErrors.push(err1214);
}
errors++;
}
}
}
if(data284.start !== undefined){
let data305 = data284.start;
if(Array.isArray(data305)){
if(data305.length > 8){
const err1215 = {instancePath:instancePath+"/boards/" + i24+"/displays/" + i29+"/output/start",schemaPath:"#/properties/boards/items/properties/displays/items/properties/output/anyOf/4/properties/start/maxItems",keyword:"maxItems",params:{limit: 8},message:"must NOT have more than 8 items"};
if(vErrors === null){
vErrors = [err1215];
}
else {
vErrors.push(err1215);
}
errors++;
}
const len27 = data305.length;
for(let i30=0; i30<len27; i30++){
let data306 = data305[i30];
if(!((typeof data306 == "number") && (!(data306 % 1) && !isNaN(data306)))){
const err1216 = {instancePath:instancePath+"/boards/" + i24+"/displays/" + i29+"/output/start/" + i30,schemaPath:"#/properties/boards/items/properties/displays/items/properties/output/anyOf/4/properties/start/items/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err1216];
}
else {
vErrors.push(err1216);
}
errors++;
}
if(typeof data306 == "number"){
if(data306 > 255 || isNaN(data306)){
const err1217 = {instancePath:instancePath+"/boards/" + i24+"/displays/" + i29+"/output/start/" + i30,schemaPath:"#/properties/boards/items/properties/displays/items/properties/output/anyOf/4/properties/start/items/maximum",keyword:"maximum",params:{comparison: "<=", limit: 255},message:"must be <= 255"};
if(vErrors === null){
vErrors = [err1217];
}
else {
vErrors.push(err1217);
}
errors++;
}
if(data306 < 0 || isNaN(data306)){
const err1218 = {instancePath:instancePath+"/boards/" + i24+"/displays/" + i29+"/output/start/" + i30,schemaPath:"#/properties/boards/items/properties/displays/items/properties/output/anyOf/4/properties/start/items/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err1218];
}
else {
vErrors.push(err1218);
}
errors++;
}
}
}
}
else {
const err1219 = {instancePath:instancePath+"/boards/" + i24+"/displays/" + i29+"/output/start",schemaPath:"#/properties/boards/items/properties/displays/items/properties/output/anyOf/4/properties/start/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err1219];
}
else {
vErrors.push(err1219);
}
errors++;
}
}
if(data284.addressFormat !== undefined){
let data307 = data284.addressFormat;
if(typeof data307 !== "string"){
const err1220 = {instancePath:instancePath+"/boards/" + i24+"/displays/" + i29+"/output/addressFormat",schemaPath:"#/properties/boards/items/properties/displays/items/properties/output/anyOf/4/properties/addressFormat/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1220];
}
else {
vErrors.push(err1220);
}
errors++;
}
if(!(((((data307 === "byte") || (data307 === "dec2")) || (data307 === "dec3")) || (data307 === "hex2")) || (data307 === "none"))){
const err1221 = {instancePath:instancePath+"/boards/" + i24+"/displays/" + i29+"/output/addressFormat",schemaPath:"#/properties/boards/items/properties/displays/items/properties/output/anyOf/4/properties/addressFormat/enum",keyword:"enum",params:{allowedValues: schema16.properties.boards.items.properties.displays.items.properties.output.anyOf[4].properties.addressFormat.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err1221];
}
else {
vErrors.push(err1221);
}
errors++;
}
if(errors > 0){
const emErrs198 = [];
for(const err1222 of vErrors){
if(((((err1222.keyword !== "errorMessage") && (!err1222.emUsed)) && ((err1222.instancePath === instancePath+"/boards/" + i24+"/displays/" + i29+"/output/addressFormat") || ((err1222.instancePath.indexOf(instancePath+"/boards/" + i24+"/displays/" + i29+"/output/addressFormat") === 0) && (err1222.instancePath[instancePath+"/boards/" + i24+"/displays/" + i29+"/output/addressFormat".length] === "/")))) && (err1222.schemaPath.indexOf("#/properties/boards/items/properties/displays/items/properties/output/anyOf/4/properties/addressFormat") === 0)) && (err1222.schemaPath["#/properties/boards/items/properties/displays/items/properties/output/anyOf/4/properties/addressFormat".length] === "/")){
emErrs198.push(err1222);
err1222.emUsed = true;
}
}
if(emErrs198.length){
const err1223 = {instancePath:instancePath+"/boards/" + i24+"/displays/" + i29+"/output/addressFormat",schemaPath:"#/properties/boards/items/properties/displays/items/properties/output/anyOf/4/properties/addressFormat/errorMessage",keyword:"errorMessage",params:{errors: emErrs198},message:"must be one of: byte, dec2, dec3, hex2, none"};
if(vErrors === null){
vErrors = [err1223];
}
else {
vErrors.push(err1223);
}
errors++;
}
const emErrs199 = [];
for(const err1224 of vErrors){
if(!err1224.emUsed){
emErrs199.push(err1224);
}
}
vErrors = emErrs199;
errors = emErrs199.length;
}
}
if(data284.encoding !== undefined){
let data308 = data284.encoding;
if(typeof data308 === "string"){
if(func3(data308) < 1){
const err1225 = {instancePath:instancePath+"/boards/" + i24+"/displays/" + i29+"/output/encoding",schemaPath:"#/properties/boards/items/properties/displays/items/properties/output/anyOf/4/properties/encoding/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err1225];
}
else {
vErrors.push(err1225);
}
errors++;
}
}
else {
const err1226 = {instancePath:instancePath+"/boards/" + i24+"/displays/" + i29+"/output/encoding",schemaPath:"#/properties/boards/items/properties/displays/items/properties/output/anyOf/4/properties/encoding/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1226];
}
else {
vErrors.push(err1226);
}
errors++;
}
}
if(data284.rowSeparator !== undefined){
let data309 = data284.rowSeparator;
if(Array.isArray(data309)){
if(data309.length > 8){
const err1227 = {instancePath:instancePath+"/boards/" + i24+"/displays/" + i29+"/output/rowSeparator",schemaPath:"#/properties/boards/items/properties/displays/items/properties/output/anyOf/4/properties/rowSeparator/maxItems",keyword:"maxItems",params:{limit: 8},message:"must NOT have more than 8 items"};
if(vErrors === null){
vErrors = [err1227];
}
else {
vErrors.push(err1227);
}
errors++;
}
const len28 = data309.length;
for(let i31=0; i31<len28; i31++){
let data310 = data309[i31];
if(!((typeof data310 == "number") && (!(data310 % 1) && !isNaN(data310)))){
const err1228 = {instancePath:instancePath+"/boards/" + i24+"/displays/" + i29+"/output/rowSeparator/" + i31,schemaPath:"#/properties/boards/items/properties/displays/items/properties/output/anyOf/4/properties/rowSeparator/items/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err1228];
}
else {
vErrors.push(err1228);
}
errors++;
}
if(typeof data310 == "number"){
if(data310 > 255 || isNaN(data310)){
const err1229 = {instancePath:instancePath+"/boards/" + i24+"/displays/" + i29+"/output/rowSeparator/" + i31,schemaPath:"#/properties/boards/items/properties/displays/items/properties/output/anyOf/4/properties/rowSeparator/items/maximum",keyword:"maximum",params:{comparison: "<=", limit: 255},message:"must be <= 255"};
if(vErrors === null){
vErrors = [err1229];
}
else {
vErrors.push(err1229);
}
errors++;
}
if(data310 < 0 || isNaN(data310)){
const err1230 = {instancePath:instancePath+"/boards/" + i24+"/displays/" + i29+"/output/rowSeparator/" + i31,schemaPath:"#/properties/boards/items/properties/displays/items/properties/output/anyOf/4/properties/rowSeparator/items/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err1230];
}
else {
vErrors.push(err1230);
}
errors++;
}
}
}
}
else {
const err1231 = {instancePath:instancePath+"/boards/" + i24+"/displays/" + i29+"/output/rowSeparator",schemaPath:"#/properties/boards/items/properties/displays/items/properties/output/anyOf/4/properties/rowSeparator/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err1231];
}
else {
vErrors.push(err1231);
}
errors++;
}
}
if(data284.end !== undefined){
let data311 = data284.end;
if(Array.isArray(data311)){
if(data311.length > 8){
const err1232 = {instancePath:instancePath+"/boards/" + i24+"/displays/" + i29+"/output/end",schemaPath:"#/properties/boards/items/properties/displays/items/properties/output/anyOf/4/properties/end/maxItems",keyword:"maxItems",params:{limit: 8},message:"must NOT have more than 8 items"};
if(vErrors === null){
vErrors = [err1232];
}
else {
vErrors.push(err1232);
}
errors++;
}
const len29 = data311.length;
for(let i32=0; i32<len29; i32++){
let data312 = data311[i32];
if(!((typeof data312 == "number") && (!(data312 % 1) && !isNaN(data312)))){
const err1233 = {instancePath:instancePath+"/boards/" + i24+"/displays/" + i29+"/output/end/" + i32,schemaPath:"#/properties/boards/items/properties/displays/items/properties/output/anyOf/4/properties/end/items/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err1233];
}
else {
vErrors.push(err1233);
}
errors++;
}
if(typeof data312 == "number"){
if(data312 > 255 || isNaN(data312)){
const err1234 = {instancePath:instancePath+"/boards/" + i24+"/displays/" + i29+"/output/end/" + i32,schemaPath:"#/properties/boards/items/properties/displays/items/properties/output/anyOf/4/properties/end/items/maximum",keyword:"maximum",params:{comparison: "<=", limit: 255},message:"must be <= 255"};
if(vErrors === null){
vErrors = [err1234];
}
else {
vErrors.push(err1234);
}
errors++;
}
if(data312 < 0 || isNaN(data312)){
const err1235 = {instancePath:instancePath+"/boards/" + i24+"/displays/" + i29+"/output/end/" + i32,schemaPath:"#/properties/boards/items/properties/displays/items/properties/output/anyOf/4/properties/end/items/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err1235];
}
else {
vErrors.push(err1235);
}
errors++;
}
}
}
}
else {
const err1236 = {instancePath:instancePath+"/boards/" + i24+"/displays/" + i29+"/output/end",schemaPath:"#/properties/boards/items/properties/displays/items/properties/output/anyOf/4/properties/end/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err1236];
}
else {
vErrors.push(err1236);
}
errors++;
}
}
if(data284.checksum !== undefined){
let data313 = data284.checksum;
if(typeof data313 !== "string"){
const err1237 = {instancePath:instancePath+"/boards/" + i24+"/displays/" + i29+"/output/checksum",schemaPath:"#/properties/boards/items/properties/displays/items/properties/output/anyOf/4/properties/checksum/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1237];
}
else {
vErrors.push(err1237);
}
errors++;
}
if(!((((data313 === "none") || (data313 === "xor")) || (data313 === "sum8")) || (data313 === "crc16-modbus"))){
const err1238 = {instancePath:instancePath+"/boards/" + i24+"/displays/" + i29+"/output/checksum",schemaPath:"#/properties/boards/items/properties/displays/items/properties/output/anyOf/4/properties/checksum/enum",keyword:"enum",params:{allowedValues: schema16.properties.boards.items.properties.displays.items.properties.output.anyOf[4].properties.checksum.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err1238];
}
else {
vErrors.push(err1238);
}
errors++;
}
if(errors > 0){
const emErrs200 = [];
for(const err1239 of vErrors){
if(((((err1239.keyword !== "errorMessage") && (!err1239.emUsed)) && ((err1239.instancePath === instancePath+"/boards/" + i24+"/displays/" + i29+"/output/checksum") || ((err1239.instancePath.indexOf(instancePath+"/boards/" + i24+"/displays/" + i29+"/output/checksum") === 0) && (err1239.instancePath[instancePath+"/boards/" + i24+"/displays/" + i29+"/output/checksum".length] === "/")))) && (err1239.schemaPath.indexOf("#/properties/boards/items/properties/displays/items/properties/output/anyOf/4/properties/checksum") === 0)) && (err1239.schemaPath["#/properties/boards/items/properties/displays/items/properties/output/anyOf/4/properties/checksum".length] === "/")){
emErrs200.push(err1239);
err1239.emUsed = true;
}
}
if(emErrs200.length){
const err1240 = {instancePath:instancePath+"/boards/" + i24+"/displays/" + i29+"/output/checksum",schemaPath:"#/properties/boards/items/properties/displays/items/properties/output/anyOf/4/properties/checksum/errorMessage",keyword:"errorMessage",params:{errors: emErrs200},message:"must be one of: none, xor, sum8, crc16-modbus"};
if(vErrors === null){
vErrors = [err1240];
}
else {
vErrors.push(err1240);
}
errors++;
}
const emErrs201 = [];
for(const err1241 of vErrors){
if(!err1241.emUsed){
emErrs201.push(err1241);
}
}
vErrors = emErrs201;
errors = emErrs201.length;
}
}
if(data284.gapMs !== undefined){
let data314 = data284.gapMs;
if(!((typeof data314 == "number") && (!(data314 % 1) && !isNaN(data314)))){
const err1242 = {instancePath:instancePath+"/boards/" + i24+"/displays/" + i29+"/output/gapMs",schemaPath:"#/properties/boards/items/properties/displays/items/properties/output/anyOf/4/properties/gapMs/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err1242];
}
else {
vErrors.push(err1242);
}
errors++;
}
if(typeof data314 == "number"){
if(data314 > 1000 || isNaN(data314)){
const err1243 = {instancePath:instancePath+"/boards/" + i24+"/displays/" + i29+"/output/gapMs",schemaPath:"#/properties/boards/items/properties/displays/items/properties/output/anyOf/4/properties/gapMs/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000},message:"must be <= 1000"};
if(vErrors === null){
vErrors = [err1243];
}
else {
vErrors.push(err1243);
}
errors++;
}
if(data314 < 0 || isNaN(data314)){
const err1244 = {instancePath:instancePath+"/boards/" + i24+"/displays/" + i29+"/output/gapMs",schemaPath:"#/properties/boards/items/properties/displays/items/properties/output/anyOf/4/properties/gapMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err1244];
}
else {
vErrors.push(err1244);
}
errors++;
}
}
}
}
else {
const err1245 = {instancePath:instancePath+"/boards/" + i24+"/displays/" + i29+"/output",schemaPath:"#/properties/boards/items/properties/displays/items/properties/output/anyOf/4/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err1245];
}
else {
vErrors.push(err1245);
}
errors++;
}
var _valid18 = _errs773 === errors;
valid143 = valid143 || _valid18;
}
}
}
}
if(!valid143){
const err1246 = {instancePath:instancePath+"/boards/" + i24+"/displays/" + i29+"/output",schemaPath:"#/properties/boards/items/properties/displays/items/properties/output/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err1246];
}
else {
vErrors.push(err1246);
}
errors++;
}
else {
errors = _errs728;
if(vErrors !== null){
if(_errs728){
vErrors.length = _errs728;
}
else {
vErrors = null;
}
}
}
}
let data315 = data279.blinkSeconds;
if(!((typeof data315 == "number") && (!(data315 % 1) && !isNaN(data315)))){
const err1247 = {instancePath:instancePath+"/boards/" + i24+"/displays/" + i29+"/blinkSeconds",schemaPath:"#/properties/boards/items/properties/displays/items/properties/blinkSeconds/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err1247];
}
else {
vErrors.push(err1247);
}
errors++;
}
if(typeof data315 == "number"){
if(data315 > 60 || isNaN(data315)){
const err1248 = {instancePath:instancePath+"/boards/" + i24+"/displays/" + i29+"/blinkSeconds",schemaPath:"#/properties/boards/items/properties/displays/items/properties/blinkSeconds/maximum",keyword:"maximum",params:{comparison: "<=", limit: 60},message:"must be <= 60"};
if(vErrors === null){
vErrors = [err1248];
}
else {
vErrors.push(err1248);
}
errors++;
}
if(data315 < 0 || isNaN(data315)){
const err1249 = {instancePath:instancePath+"/boards/" + i24+"/displays/" + i29+"/blinkSeconds",schemaPath:"#/properties/boards/items/properties/displays/items/properties/blinkSeconds/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err1249];
}
else {
vErrors.push(err1249);
}
errors++;
}
}
let data316 = data279.notices;
if(Array.isArray(data316)){
const len30 = data316.length;
for(let i33=0; i33<len30; i33++){
let data317 = data316[i33];
if(typeof data317 === "string"){
if(func3(data317) > 200){
const err1250 = {instancePath:instancePath+"/boards/" + i24+"/displays/" + i29+"/notices/" + i33,schemaPath:"#/properties/boards/items/properties/displays/items/properties/notices/items/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"};
if(vErrors === null){
vErrors = [err1250];
}
else {
vErrors.push(err1250);
}
errors++;
}
if(func3(data317) < 1){
const err1251 = {instancePath:instancePath+"/boards/" + i24+"/displays/" + i29+"/notices/" + i33,schemaPath:"#/properties/boards/items/properties/displays/items/properties/notices/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err1251];
}
else {
vErrors.push(err1251);
}
errors++;
}
}
else {
const err1252 = {instancePath:instancePath+"/boards/" + i24+"/displays/" + i29+"/notices/" + i33,schemaPath:"#/properties/boards/items/properties/displays/items/properties/notices/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1252];
}
else {
vErrors.push(err1252);
}
errors++;
}
}
}
else {
const err1253 = {instancePath:instancePath+"/boards/" + i24+"/displays/" + i29+"/notices",schemaPath:"#/properties/boards/items/properties/displays/items/properties/notices/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err1253];
}
else {
vErrors.push(err1253);
}
errors++;
}
let data318 = data279.noticeSeconds;
if(!((typeof data318 == "number") && (!(data318 % 1) && !isNaN(data318)))){
const err1254 = {instancePath:instancePath+"/boards/" + i24+"/displays/" + i29+"/noticeSeconds",schemaPath:"#/properties/boards/items/properties/displays/items/properties/noticeSeconds/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err1254];
}
else {
vErrors.push(err1254);
}
errors++;
}
if(typeof data318 == "number"){
if(data318 > 600 || isNaN(data318)){
const err1255 = {instancePath:instancePath+"/boards/" + i24+"/displays/" + i29+"/noticeSeconds",schemaPath:"#/properties/boards/items/properties/displays/items/properties/noticeSeconds/maximum",keyword:"maximum",params:{comparison: "<=", limit: 600},message:"must be <= 600"};
if(vErrors === null){
vErrors = [err1255];
}
else {
vErrors.push(err1255);
}
errors++;
}
if(data318 < 2 || isNaN(data318)){
const err1256 = {instancePath:instancePath+"/boards/" + i24+"/displays/" + i29+"/noticeSeconds",schemaPath:"#/properties/boards/items/properties/displays/items/properties/noticeSeconds/minimum",keyword:"minimum",params:{comparison: ">=", limit: 2},message:"must be >= 2"};
if(vErrors === null){
vErrors = [err1256];
}
else {
vErrors.push(err1256);
}
errors++;
}
}
}
else {
const err1257 = {instancePath:instancePath+"/boards/" + i24+"/displays/" + i29,schemaPath:"#/properties/boards/items/properties/displays/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err1257];
}
else {
vErrors.push(err1257);
}
errors++;
}
}
}
else {
const err1258 = {instancePath:instancePath+"/boards/" + i24+"/displays",schemaPath:"#/properties/boards/items/properties/displays/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err1258];
}
else {
vErrors.push(err1258);
}
errors++;
}
}
if(data228.announcer !== undefined){
let data319 = data228.announcer;
if(data319 && typeof data319 == "object" && !Array.isArray(data319)){
if(data319.place === undefined){
data319.place = "counter";
}
if(data319.numbers === undefined){
data319.numbers = "words";
}
if(data319.volume === undefined){
data319.volume = [];
}
if(data319.output === undefined){
const err1259 = {instancePath:instancePath+"/boards/" + i24+"/announcer",schemaPath:"#/properties/boards/items/properties/announcer/required",keyword:"required",params:{missingProperty: "output"},message:"must have required property '"+"output"+"'"};
if(vErrors === null){
vErrors = [err1259];
}
else {
vErrors.push(err1259);
}
errors++;
}
if(data319.place === undefined){
const err1260 = {instancePath:instancePath+"/boards/" + i24+"/announcer",schemaPath:"#/properties/boards/items/properties/announcer/required",keyword:"required",params:{missingProperty: "place"},message:"must have required property '"+"place"+"'"};
if(vErrors === null){
vErrors = [err1260];
}
else {
vErrors.push(err1260);
}
errors++;
}
if(data319.numbers === undefined){
const err1261 = {instancePath:instancePath+"/boards/" + i24+"/announcer",schemaPath:"#/properties/boards/items/properties/announcer/required",keyword:"required",params:{missingProperty: "numbers"},message:"must have required property '"+"numbers"+"'"};
if(vErrors === null){
vErrors = [err1261];
}
else {
vErrors.push(err1261);
}
errors++;
}
if(data319.volume === undefined){
const err1262 = {instancePath:instancePath+"/boards/" + i24+"/announcer",schemaPath:"#/properties/boards/items/properties/announcer/required",keyword:"required",params:{missingProperty: "volume"},message:"must have required property '"+"volume"+"'"};
if(vErrors === null){
vErrors = [err1262];
}
else {
vErrors.push(err1262);
}
errors++;
}
for(const key73 in data319){
if(!(((((key73 === "output") || (key73 === "place")) || (key73 === "numbers")) || (key73 === "hours")) || (key73 === "volume"))){
const err1263 = {instancePath:instancePath+"/boards/" + i24+"/announcer",schemaPath:"#/properties/boards/items/properties/announcer/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key73},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1263];
}
else {
vErrors.push(err1263);
}
errors++;
}
}
if(data319.output !== undefined){
let data320 = data319.output;
const _errs816 = errors;
let valid158 = false;
const _errs817 = errors;
if(data320 && typeof data320 == "object" && !Array.isArray(data320)){
if(data320.driver === undefined){
const err1264 = {instancePath:instancePath+"/boards/" + i24+"/announcer/output",schemaPath:"#/properties/boards/items/properties/announcer/properties/output/anyOf/0/required",keyword:"required",params:{missingProperty: "driver"},message:"must have required property '"+"driver"+"'"};
if(vErrors === null){
vErrors = [err1264];
}
else {
vErrors.push(err1264);
}
errors++;
}
for(const key74 in data320){
if(!(key74 === "driver")){
const err1265 = {instancePath:instancePath+"/boards/" + i24+"/announcer/output",schemaPath:"#/properties/boards/items/properties/announcer/properties/output/anyOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key74},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1265];
}
else {
vErrors.push(err1265);
}
errors++;
}
}
if(data320.driver !== undefined){
let data321 = data320.driver;
if(typeof data321 !== "string"){
const err1266 = {instancePath:instancePath+"/boards/" + i24+"/announcer/output/driver",schemaPath:"#/properties/boards/items/properties/announcer/properties/output/anyOf/0/properties/driver/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1266];
}
else {
vErrors.push(err1266);
}
errors++;
}
if(!(data321 === "simulated")){
const err1267 = {instancePath:instancePath+"/boards/" + i24+"/announcer/output/driver",schemaPath:"#/properties/boards/items/properties/announcer/properties/output/anyOf/0/properties/driver/enum",keyword:"enum",params:{allowedValues: schema16.properties.boards.items.properties.announcer.properties.output.anyOf[0].properties.driver.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err1267];
}
else {
vErrors.push(err1267);
}
errors++;
}
if(errors > 0){
const emErrs202 = [];
for(const err1268 of vErrors){
if(((((err1268.keyword !== "errorMessage") && (!err1268.emUsed)) && ((err1268.instancePath === instancePath+"/boards/" + i24+"/announcer/output/driver") || ((err1268.instancePath.indexOf(instancePath+"/boards/" + i24+"/announcer/output/driver") === 0) && (err1268.instancePath[instancePath+"/boards/" + i24+"/announcer/output/driver".length] === "/")))) && (err1268.schemaPath.indexOf("#/properties/boards/items/properties/announcer/properties/output/anyOf/0/properties/driver") === 0)) && (err1268.schemaPath["#/properties/boards/items/properties/announcer/properties/output/anyOf/0/properties/driver".length] === "/")){
emErrs202.push(err1268);
err1268.emUsed = true;
}
}
if(emErrs202.length){
const err1269 = {instancePath:instancePath+"/boards/" + i24+"/announcer/output/driver",schemaPath:"#/properties/boards/items/properties/announcer/properties/output/anyOf/0/properties/driver/errorMessage",keyword:"errorMessage",params:{errors: emErrs202},message:"must be one of: simulated"};
if(vErrors === null){
vErrors = [err1269];
}
else {
vErrors.push(err1269);
}
errors++;
}
const emErrs203 = [];
for(const err1270 of vErrors){
if(!err1270.emUsed){
emErrs203.push(err1270);
}
}
vErrors = emErrs203;
errors = emErrs203.length;
}
}
}
else {
const err1271 = {instancePath:instancePath+"/boards/" + i24+"/announcer/output",schemaPath:"#/properties/boards/items/properties/announcer/properties/output/anyOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err1271];
}
else {
vErrors.push(err1271);
}
errors++;
}
var _valid19 = _errs817 === errors;
valid158 = valid158 || _valid19;
if(!valid158){
const _errs822 = errors;
if(data320 && typeof data320 == "object" && !Array.isArray(data320)){
if(data320.driver === undefined){
const err1272 = {instancePath:instancePath+"/boards/" + i24+"/announcer/output",schemaPath:"#/properties/boards/items/properties/announcer/properties/output/anyOf/1/required",keyword:"required",params:{missingProperty: "driver"},message:"must have required property '"+"driver"+"'"};
if(vErrors === null){
vErrors = [err1272];
}
else {
vErrors.push(err1272);
}
errors++;
}
if(data320.device === undefined){
const err1273 = {instancePath:instancePath+"/boards/" + i24+"/announcer/output",schemaPath:"#/properties/boards/items/properties/announcer/properties/output/anyOf/1/required",keyword:"required",params:{missingProperty: "device"},message:"must have required property '"+"device"+"'"};
if(vErrors === null){
vErrors = [err1273];
}
else {
vErrors.push(err1273);
}
errors++;
}
if(data320.clips === undefined){
const err1274 = {instancePath:instancePath+"/boards/" + i24+"/announcer/output",schemaPath:"#/properties/boards/items/properties/announcer/properties/output/anyOf/1/required",keyword:"required",params:{missingProperty: "clips"},message:"must have required property '"+"clips"+"'"};
if(vErrors === null){
vErrors = [err1274];
}
else {
vErrors.push(err1274);
}
errors++;
}
for(const key75 in data320){
if(!((((key75 === "driver") || (key75 === "device")) || (key75 === "clips")) || (key75 === "siteClips"))){
const err1275 = {instancePath:instancePath+"/boards/" + i24+"/announcer/output",schemaPath:"#/properties/boards/items/properties/announcer/properties/output/anyOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key75},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1275];
}
else {
vErrors.push(err1275);
}
errors++;
}
}
if(data320.driver !== undefined){
let data322 = data320.driver;
if(typeof data322 !== "string"){
const err1276 = {instancePath:instancePath+"/boards/" + i24+"/announcer/output/driver",schemaPath:"#/properties/boards/items/properties/announcer/properties/output/anyOf/1/properties/driver/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1276];
}
else {
vErrors.push(err1276);
}
errors++;
}
if("aplay" !== data322){
const err1277 = {instancePath:instancePath+"/boards/" + i24+"/announcer/output/driver",schemaPath:"#/properties/boards/items/properties/announcer/properties/output/anyOf/1/properties/driver/const",keyword:"const",params:{allowedValue: "aplay"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err1277];
}
else {
vErrors.push(err1277);
}
errors++;
}
}
if(data320.device !== undefined){
let data323 = data320.device;
if(typeof data323 === "string"){
if(func3(data323) < 1){
const err1278 = {instancePath:instancePath+"/boards/" + i24+"/announcer/output/device",schemaPath:"#/properties/boards/items/properties/announcer/properties/output/anyOf/1/properties/device/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err1278];
}
else {
vErrors.push(err1278);
}
errors++;
}
}
else {
const err1279 = {instancePath:instancePath+"/boards/" + i24+"/announcer/output/device",schemaPath:"#/properties/boards/items/properties/announcer/properties/output/anyOf/1/properties/device/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1279];
}
else {
vErrors.push(err1279);
}
errors++;
}
}
if(data320.clips !== undefined){
let data324 = data320.clips;
if(typeof data324 === "string"){
if(func3(data324) < 1){
const err1280 = {instancePath:instancePath+"/boards/" + i24+"/announcer/output/clips",schemaPath:"#/properties/boards/items/properties/announcer/properties/output/anyOf/1/properties/clips/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err1280];
}
else {
vErrors.push(err1280);
}
errors++;
}
}
else {
const err1281 = {instancePath:instancePath+"/boards/" + i24+"/announcer/output/clips",schemaPath:"#/properties/boards/items/properties/announcer/properties/output/anyOf/1/properties/clips/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1281];
}
else {
vErrors.push(err1281);
}
errors++;
}
}
if(data320.siteClips !== undefined){
let data325 = data320.siteClips;
if(typeof data325 === "string"){
if(func3(data325) < 1){
const err1282 = {instancePath:instancePath+"/boards/" + i24+"/announcer/output/siteClips",schemaPath:"#/properties/boards/items/properties/announcer/properties/output/anyOf/1/properties/siteClips/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err1282];
}
else {
vErrors.push(err1282);
}
errors++;
}
}
else {
const err1283 = {instancePath:instancePath+"/boards/" + i24+"/announcer/output/siteClips",schemaPath:"#/properties/boards/items/properties/announcer/properties/output/anyOf/1/properties/siteClips/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1283];
}
else {
vErrors.push(err1283);
}
errors++;
}
}
}
else {
const err1284 = {instancePath:instancePath+"/boards/" + i24+"/announcer/output",schemaPath:"#/properties/boards/items/properties/announcer/properties/output/anyOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err1284];
}
else {
vErrors.push(err1284);
}
errors++;
}
var _valid19 = _errs822 === errors;
valid158 = valid158 || _valid19;
}
if(!valid158){
const err1285 = {instancePath:instancePath+"/boards/" + i24+"/announcer/output",schemaPath:"#/properties/boards/items/properties/announcer/properties/output/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err1285];
}
else {
vErrors.push(err1285);
}
errors++;
}
else {
errors = _errs816;
if(vErrors !== null){
if(_errs816){
vErrors.length = _errs816;
}
else {
vErrors = null;
}
}
}
}
let data326 = data319.place;
if(typeof data326 !== "string"){
const err1286 = {instancePath:instancePath+"/boards/" + i24+"/announcer/place",schemaPath:"#/properties/boards/items/properties/announcer/properties/place/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1286];
}
else {
vErrors.push(err1286);
}
errors++;
}
if(!(((data326 === "counter") || (data326 === "window")) || (data326 === "room"))){
const err1287 = {instancePath:instancePath+"/boards/" + i24+"/announcer/place",schemaPath:"#/properties/boards/items/properties/announcer/properties/place/enum",keyword:"enum",params:{allowedValues: schema16.properties.boards.items.properties.announcer.properties.place.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err1287];
}
else {
vErrors.push(err1287);
}
errors++;
}
if(errors > 0){
const emErrs204 = [];
for(const err1288 of vErrors){
if(((((err1288.keyword !== "errorMessage") && (!err1288.emUsed)) && ((err1288.instancePath === instancePath+"/boards/" + i24+"/announcer/place") || ((err1288.instancePath.indexOf(instancePath+"/boards/" + i24+"/announcer/place") === 0) && (err1288.instancePath[instancePath+"/boards/" + i24+"/announcer/place".length] === "/")))) && (err1288.schemaPath.indexOf("#/properties/boards/items/properties/announcer/properties/place") === 0)) && (err1288.schemaPath["#/properties/boards/items/properties/announcer/properties/place".length] === "/")){
emErrs204.push(err1288);
err1288.emUsed = true;
}
}
if(emErrs204.length){
const err1289 = {instancePath:instancePath+"/boards/" + i24+"/announcer/place",schemaPath:"#/properties/boards/items/properties/announcer/properties/place/errorMessage",keyword:"errorMessage",params:{errors: emErrs204},message:"must be one of: counter, window, room"};
if(vErrors === null){
vErrors = [err1289];
}
else {
vErrors.push(err1289);
}
errors++;
}
const emErrs205 = [];
for(const err1290 of vErrors){
if(!err1290.emUsed){
emErrs205.push(err1290);
}
}
vErrors = emErrs205;
errors = emErrs205.length;
}
let data327 = data319.numbers;
if(typeof data327 !== "string"){
const err1291 = {instancePath:instancePath+"/boards/" + i24+"/announcer/numbers",schemaPath:"#/properties/boards/items/properties/announcer/properties/numbers/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1291];
}
else {
vErrors.push(err1291);
}
errors++;
}
if(!((data327 === "words") || (data327 === "digits"))){
const err1292 = {instancePath:instancePath+"/boards/" + i24+"/announcer/numbers",schemaPath:"#/properties/boards/items/properties/announcer/properties/numbers/enum",keyword:"enum",params:{allowedValues: schema16.properties.boards.items.properties.announcer.properties.numbers.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err1292];
}
else {
vErrors.push(err1292);
}
errors++;
}
if(errors > 0){
const emErrs206 = [];
for(const err1293 of vErrors){
if(((((err1293.keyword !== "errorMessage") && (!err1293.emUsed)) && ((err1293.instancePath === instancePath+"/boards/" + i24+"/announcer/numbers") || ((err1293.instancePath.indexOf(instancePath+"/boards/" + i24+"/announcer/numbers") === 0) && (err1293.instancePath[instancePath+"/boards/" + i24+"/announcer/numbers".length] === "/")))) && (err1293.schemaPath.indexOf("#/properties/boards/items/properties/announcer/properties/numbers") === 0)) && (err1293.schemaPath["#/properties/boards/items/properties/announcer/properties/numbers".length] === "/")){
emErrs206.push(err1293);
err1293.emUsed = true;
}
}
if(emErrs206.length){
const err1294 = {instancePath:instancePath+"/boards/" + i24+"/announcer/numbers",schemaPath:"#/properties/boards/items/properties/announcer/properties/numbers/errorMessage",keyword:"errorMessage",params:{errors: emErrs206},message:"must be one of: words, digits"};
if(vErrors === null){
vErrors = [err1294];
}
else {
vErrors.push(err1294);
}
errors++;
}
const emErrs207 = [];
for(const err1295 of vErrors){
if(!err1295.emUsed){
emErrs207.push(err1295);
}
}
vErrors = emErrs207;
errors = emErrs207.length;
}
if(data319.hours !== undefined){
let data328 = data319.hours;
if(Array.isArray(data328)){
const len31 = data328.length;
for(let i34=0; i34<len31; i34++){
let data329 = data328[i34];
if(data329 && typeof data329 == "object" && !Array.isArray(data329)){
if(data329.days === undefined){
const err1296 = {instancePath:instancePath+"/boards/" + i24+"/announcer/hours/" + i34,schemaPath:"#/properties/boards/items/properties/announcer/properties/hours/items/required",keyword:"required",params:{missingProperty: "days"},message:"must have required property '"+"days"+"'"};
if(vErrors === null){
vErrors = [err1296];
}
else {
vErrors.push(err1296);
}
errors++;
}
if(data329.from === undefined){
const err1297 = {instancePath:instancePath+"/boards/" + i24+"/announcer/hours/" + i34,schemaPath:"#/properties/boards/items/properties/announcer/properties/hours/items/required",keyword:"required",params:{missingProperty: "from"},message:"must have required property '"+"from"+"'"};
if(vErrors === null){
vErrors = [err1297];
}
else {
vErrors.push(err1297);
}
errors++;
}
if(data329.to === undefined){
const err1298 = {instancePath:instancePath+"/boards/" + i24+"/announcer/hours/" + i34,schemaPath:"#/properties/boards/items/properties/announcer/properties/hours/items/required",keyword:"required",params:{missingProperty: "to"},message:"must have required property '"+"to"+"'"};
if(vErrors === null){
vErrors = [err1298];
}
else {
vErrors.push(err1298);
}
errors++;
}
for(const key76 in data329){
if(!(((key76 === "days") || (key76 === "from")) || (key76 === "to"))){
const err1299 = {instancePath:instancePath+"/boards/" + i24+"/announcer/hours/" + i34,schemaPath:"#/properties/boards/items/properties/announcer/properties/hours/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key76},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1299];
}
else {
vErrors.push(err1299);
}
errors++;
}
}
if(data329.days !== undefined){
let data330 = data329.days;
if(Array.isArray(data330)){
if(data330.length < 1){
const err1300 = {instancePath:instancePath+"/boards/" + i24+"/announcer/hours/" + i34+"/days",schemaPath:"#/properties/boards/items/properties/announcer/properties/hours/items/properties/days/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err1300];
}
else {
vErrors.push(err1300);
}
errors++;
}
const len32 = data330.length;
for(let i35=0; i35<len32; i35++){
let data331 = data330[i35];
if(!((typeof data331 == "number") && (!(data331 % 1) && !isNaN(data331)))){
const err1301 = {instancePath:instancePath+"/boards/" + i24+"/announcer/hours/" + i34+"/days/" + i35,schemaPath:"#/properties/boards/items/properties/announcer/properties/hours/items/properties/days/items/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err1301];
}
else {
vErrors.push(err1301);
}
errors++;
}
if(typeof data331 == "number"){
if(data331 > 7 || isNaN(data331)){
const err1302 = {instancePath:instancePath+"/boards/" + i24+"/announcer/hours/" + i34+"/days/" + i35,schemaPath:"#/properties/boards/items/properties/announcer/properties/hours/items/properties/days/items/maximum",keyword:"maximum",params:{comparison: "<=", limit: 7},message:"must be <= 7"};
if(vErrors === null){
vErrors = [err1302];
}
else {
vErrors.push(err1302);
}
errors++;
}
if(data331 < 1 || isNaN(data331)){
const err1303 = {instancePath:instancePath+"/boards/" + i24+"/announcer/hours/" + i34+"/days/" + i35,schemaPath:"#/properties/boards/items/properties/announcer/properties/hours/items/properties/days/items/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err1303];
}
else {
vErrors.push(err1303);
}
errors++;
}
}
}
}
else {
const err1304 = {instancePath:instancePath+"/boards/" + i24+"/announcer/hours/" + i34+"/days",schemaPath:"#/properties/boards/items/properties/announcer/properties/hours/items/properties/days/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err1304];
}
else {
vErrors.push(err1304);
}
errors++;
}
}
if(data329.from !== undefined){
let data332 = data329.from;
if(typeof data332 === "string"){
if(!pattern2.test(data332)){
const err1305 = {instancePath:instancePath+"/boards/" + i24+"/announcer/hours/" + i34+"/from",schemaPath:"#/properties/boards/items/properties/announcer/properties/hours/items/properties/from/pattern",keyword:"pattern",params:{pattern: "^([01][0-9]|2[0-3]):[0-5][0-9]$"},message:"must match pattern \""+"^([01][0-9]|2[0-3]):[0-5][0-9]$"+"\""};
if(vErrors === null){
vErrors = [err1305];
}
else {
vErrors.push(err1305);
}
errors++;
}
}
else {
const err1306 = {instancePath:instancePath+"/boards/" + i24+"/announcer/hours/" + i34+"/from",schemaPath:"#/properties/boards/items/properties/announcer/properties/hours/items/properties/from/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1306];
}
else {
vErrors.push(err1306);
}
errors++;
}
if(errors > 0){
const emErrs208 = [];
for(const err1307 of vErrors){
if(((((err1307.keyword !== "errorMessage") && (!err1307.emUsed)) && ((err1307.instancePath === instancePath+"/boards/" + i24+"/announcer/hours/" + i34+"/from") || ((err1307.instancePath.indexOf(instancePath+"/boards/" + i24+"/announcer/hours/" + i34+"/from") === 0) && (err1307.instancePath[instancePath+"/boards/" + i24+"/announcer/hours/" + i34+"/from".length] === "/")))) && (err1307.schemaPath.indexOf("#/properties/boards/items/properties/announcer/properties/hours/items/properties/from") === 0)) && (err1307.schemaPath["#/properties/boards/items/properties/announcer/properties/hours/items/properties/from".length] === "/")){
emErrs208.push(err1307);
err1307.emUsed = true;
}
}
if(emErrs208.length){
const err1308 = {instancePath:instancePath+"/boards/" + i24+"/announcer/hours/" + i34+"/from",schemaPath:"#/properties/boards/items/properties/announcer/properties/hours/items/properties/from/errorMessage",keyword:"errorMessage",params:{errors: emErrs208},message:"must be a time of day as HH:MM, e.g. 04:00"};
if(vErrors === null){
vErrors = [err1308];
}
else {
vErrors.push(err1308);
}
errors++;
}
const emErrs209 = [];
for(const err1309 of vErrors){
if(!err1309.emUsed){
emErrs209.push(err1309);
}
}
vErrors = emErrs209;
errors = emErrs209.length;
}
}
if(data329.to !== undefined){
let data333 = data329.to;
if(typeof data333 === "string"){
if(!pattern2.test(data333)){
const err1310 = {instancePath:instancePath+"/boards/" + i24+"/announcer/hours/" + i34+"/to",schemaPath:"#/properties/boards/items/properties/announcer/properties/hours/items/properties/to/pattern",keyword:"pattern",params:{pattern: "^([01][0-9]|2[0-3]):[0-5][0-9]$"},message:"must match pattern \""+"^([01][0-9]|2[0-3]):[0-5][0-9]$"+"\""};
if(vErrors === null){
vErrors = [err1310];
}
else {
vErrors.push(err1310);
}
errors++;
}
}
else {
const err1311 = {instancePath:instancePath+"/boards/" + i24+"/announcer/hours/" + i34+"/to",schemaPath:"#/properties/boards/items/properties/announcer/properties/hours/items/properties/to/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1311];
}
else {
vErrors.push(err1311);
}
errors++;
}
if(errors > 0){
const emErrs210 = [];
for(const err1312 of vErrors){
if(((((err1312.keyword !== "errorMessage") && (!err1312.emUsed)) && ((err1312.instancePath === instancePath+"/boards/" + i24+"/announcer/hours/" + i34+"/to") || ((err1312.instancePath.indexOf(instancePath+"/boards/" + i24+"/announcer/hours/" + i34+"/to") === 0) && (err1312.instancePath[instancePath+"/boards/" + i24+"/announcer/hours/" + i34+"/to".length] === "/")))) && (err1312.schemaPath.indexOf("#/properties/boards/items/properties/announcer/properties/hours/items/properties/to") === 0)) && (err1312.schemaPath["#/properties/boards/items/properties/announcer/properties/hours/items/properties/to".length] === "/")){
emErrs210.push(err1312);
err1312.emUsed = true;
}
}
if(emErrs210.length){
const err1313 = {instancePath:instancePath+"/boards/" + i24+"/announcer/hours/" + i34+"/to",schemaPath:"#/properties/boards/items/properties/announcer/properties/hours/items/properties/to/errorMessage",keyword:"errorMessage",params:{errors: emErrs210},message:"must be a time of day as HH:MM, e.g. 04:00"};
if(vErrors === null){
vErrors = [err1313];
}
else {
vErrors.push(err1313);
}
errors++;
}
const emErrs211 = [];
for(const err1314 of vErrors){
if(!err1314.emUsed){
emErrs211.push(err1314);
}
}
vErrors = emErrs211;
errors = emErrs211.length;
}
}
}
else {
const err1315 = {instancePath:instancePath+"/boards/" + i24+"/announcer/hours/" + i34,schemaPath:"#/properties/boards/items/properties/announcer/properties/hours/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err1315];
}
else {
vErrors.push(err1315);
}
errors++;
}
}
}
else {
const err1316 = {instancePath:instancePath+"/boards/" + i24+"/announcer/hours",schemaPath:"#/properties/boards/items/properties/announcer/properties/hours/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err1316];
}
else {
vErrors.push(err1316);
}
errors++;
}
}
let data334 = data319.volume;
if(Array.isArray(data334)){
const len33 = data334.length;
for(let i36=0; i36<len33; i36++){
let data335 = data334[i36];
if(data335 && typeof data335 == "object" && !Array.isArray(data335)){
if(data335.from === undefined){
const err1317 = {instancePath:instancePath+"/boards/" + i24+"/announcer/volume/" + i36,schemaPath:"#/properties/boards/items/properties/announcer/properties/volume/items/required",keyword:"required",params:{missingProperty: "from"},message:"must have required property '"+"from"+"'"};
if(vErrors === null){
vErrors = [err1317];
}
else {
vErrors.push(err1317);
}
errors++;
}
if(data335.percent === undefined){
const err1318 = {instancePath:instancePath+"/boards/" + i24+"/announcer/volume/" + i36,schemaPath:"#/properties/boards/items/properties/announcer/properties/volume/items/required",keyword:"required",params:{missingProperty: "percent"},message:"must have required property '"+"percent"+"'"};
if(vErrors === null){
vErrors = [err1318];
}
else {
vErrors.push(err1318);
}
errors++;
}
for(const key77 in data335){
if(!((key77 === "from") || (key77 === "percent"))){
const err1319 = {instancePath:instancePath+"/boards/" + i24+"/announcer/volume/" + i36,schemaPath:"#/properties/boards/items/properties/announcer/properties/volume/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key77},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1319];
}
else {
vErrors.push(err1319);
}
errors++;
}
}
if(data335.from !== undefined){
let data336 = data335.from;
if(typeof data336 === "string"){
if(!pattern2.test(data336)){
const err1320 = {instancePath:instancePath+"/boards/" + i24+"/announcer/volume/" + i36+"/from",schemaPath:"#/properties/boards/items/properties/announcer/properties/volume/items/properties/from/pattern",keyword:"pattern",params:{pattern: "^([01][0-9]|2[0-3]):[0-5][0-9]$"},message:"must match pattern \""+"^([01][0-9]|2[0-3]):[0-5][0-9]$"+"\""};
if(vErrors === null){
vErrors = [err1320];
}
else {
vErrors.push(err1320);
}
errors++;
}
}
else {
const err1321 = {instancePath:instancePath+"/boards/" + i24+"/announcer/volume/" + i36+"/from",schemaPath:"#/properties/boards/items/properties/announcer/properties/volume/items/properties/from/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1321];
}
else {
vErrors.push(err1321);
}
errors++;
}
if(errors > 0){
const emErrs212 = [];
for(const err1322 of vErrors){
if(((((err1322.keyword !== "errorMessage") && (!err1322.emUsed)) && ((err1322.instancePath === instancePath+"/boards/" + i24+"/announcer/volume/" + i36+"/from") || ((err1322.instancePath.indexOf(instancePath+"/boards/" + i24+"/announcer/volume/" + i36+"/from") === 0) && (err1322.instancePath[instancePath+"/boards/" + i24+"/announcer/volume/" + i36+"/from".length] === "/")))) && (err1322.schemaPath.indexOf("#/properties/boards/items/properties/announcer/properties/volume/items/properties/from") === 0)) && (err1322.schemaPath["#/properties/boards/items/properties/announcer/properties/volume/items/properties/from".length] === "/")){
emErrs212.push(err1322);
err1322.emUsed = true;
}
}
if(emErrs212.length){
const err1323 = {instancePath:instancePath+"/boards/" + i24+"/announcer/volume/" + i36+"/from",schemaPath:"#/properties/boards/items/properties/announcer/properties/volume/items/properties/from/errorMessage",keyword:"errorMessage",params:{errors: emErrs212},message:"must be a time of day as HH:MM, e.g. 04:00"};
if(vErrors === null){
vErrors = [err1323];
}
else {
vErrors.push(err1323);
}
errors++;
}
const emErrs213 = [];
for(const err1324 of vErrors){
if(!err1324.emUsed){
emErrs213.push(err1324);
}
}
vErrors = emErrs213;
errors = emErrs213.length;
}
}
if(data335.percent !== undefined){
let data337 = data335.percent;
if(!((typeof data337 == "number") && (!(data337 % 1) && !isNaN(data337)))){
const err1325 = {instancePath:instancePath+"/boards/" + i24+"/announcer/volume/" + i36+"/percent",schemaPath:"#/properties/boards/items/properties/announcer/properties/volume/items/properties/percent/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err1325];
}
else {
vErrors.push(err1325);
}
errors++;
}
if(typeof data337 == "number"){
if(data337 > 100 || isNaN(data337)){
const err1326 = {instancePath:instancePath+"/boards/" + i24+"/announcer/volume/" + i36+"/percent",schemaPath:"#/properties/boards/items/properties/announcer/properties/volume/items/properties/percent/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100"};
if(vErrors === null){
vErrors = [err1326];
}
else {
vErrors.push(err1326);
}
errors++;
}
if(data337 < 0 || isNaN(data337)){
const err1327 = {instancePath:instancePath+"/boards/" + i24+"/announcer/volume/" + i36+"/percent",schemaPath:"#/properties/boards/items/properties/announcer/properties/volume/items/properties/percent/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err1327];
}
else {
vErrors.push(err1327);
}
errors++;
}
}
}
}
else {
const err1328 = {instancePath:instancePath+"/boards/" + i24+"/announcer/volume/" + i36,schemaPath:"#/properties/boards/items/properties/announcer/properties/volume/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err1328];
}
else {
vErrors.push(err1328);
}
errors++;
}
}
}
else {
const err1329 = {instancePath:instancePath+"/boards/" + i24+"/announcer/volume",schemaPath:"#/properties/boards/items/properties/announcer/properties/volume/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err1329];
}
else {
vErrors.push(err1329);
}
errors++;
}
}
else {
const err1330 = {instancePath:instancePath+"/boards/" + i24+"/announcer",schemaPath:"#/properties/boards/items/properties/announcer/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err1330];
}
else {
vErrors.push(err1330);
}
errors++;
}
}
if(data228.callPoints !== undefined){
let data338 = data228.callPoints;
if(data338 && typeof data338 == "object" && !Array.isArray(data338)){
if(data338.holdMs === undefined){
data338.holdMs = 3000;
}
if(data338.input === undefined){
const err1331 = {instancePath:instancePath+"/boards/" + i24+"/callPoints",schemaPath:"#/properties/boards/items/properties/callPoints/required",keyword:"required",params:{missingProperty: "input"},message:"must have required property '"+"input"+"'"};
if(vErrors === null){
vErrors = [err1331];
}
else {
vErrors.push(err1331);
}
errors++;
}
if(data338.holdMs === undefined){
const err1332 = {instancePath:instancePath+"/boards/" + i24+"/callPoints",schemaPath:"#/properties/boards/items/properties/callPoints/required",keyword:"required",params:{missingProperty: "holdMs"},message:"must have required property '"+"holdMs"+"'"};
if(vErrors === null){
vErrors = [err1332];
}
else {
vErrors.push(err1332);
}
errors++;
}
if(data338.points === undefined){
const err1333 = {instancePath:instancePath+"/boards/" + i24+"/callPoints",schemaPath:"#/properties/boards/items/properties/callPoints/required",keyword:"required",params:{missingProperty: "points"},message:"must have required property '"+"points"+"'"};
if(vErrors === null){
vErrors = [err1333];
}
else {
vErrors.push(err1333);
}
errors++;
}
for(const key78 in data338){
if(!(((key78 === "input") || (key78 === "holdMs")) || (key78 === "points"))){
const err1334 = {instancePath:instancePath+"/boards/" + i24+"/callPoints",schemaPath:"#/properties/boards/items/properties/callPoints/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key78},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1334];
}
else {
vErrors.push(err1334);
}
errors++;
}
}
if(data338.input !== undefined){
let data339 = data338.input;
const _errs863 = errors;
let valid170 = false;
const _errs864 = errors;
const _errs865 = errors;
let valid171 = false;
const _errs866 = errors;
if(data339 && typeof data339 == "object" && !Array.isArray(data339)){
if(data339.driver === undefined){
const err1335 = {instancePath:instancePath+"/boards/" + i24+"/callPoints/input",schemaPath:"#/properties/boards/items/properties/callPoints/properties/input/anyOf/0/anyOf/0/required",keyword:"required",params:{missingProperty: "driver"},message:"must have required property '"+"driver"+"'"};
if(vErrors === null){
vErrors = [err1335];
}
else {
vErrors.push(err1335);
}
errors++;
}
for(const key79 in data339){
if(!(key79 === "driver")){
const err1336 = {instancePath:instancePath+"/boards/" + i24+"/callPoints/input",schemaPath:"#/properties/boards/items/properties/callPoints/properties/input/anyOf/0/anyOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key79},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1336];
}
else {
vErrors.push(err1336);
}
errors++;
}
}
if(data339.driver !== undefined){
let data340 = data339.driver;
if(typeof data340 !== "string"){
const err1337 = {instancePath:instancePath+"/boards/" + i24+"/callPoints/input/driver",schemaPath:"#/properties/boards/items/properties/callPoints/properties/input/anyOf/0/anyOf/0/properties/driver/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1337];
}
else {
vErrors.push(err1337);
}
errors++;
}
if(!(data340 === "simulated")){
const err1338 = {instancePath:instancePath+"/boards/" + i24+"/callPoints/input/driver",schemaPath:"#/properties/boards/items/properties/callPoints/properties/input/anyOf/0/anyOf/0/properties/driver/enum",keyword:"enum",params:{allowedValues: schema16.properties.boards.items.properties.callPoints.properties.input.anyOf[0].anyOf[0].properties.driver.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err1338];
}
else {
vErrors.push(err1338);
}
errors++;
}
if(errors > 0){
const emErrs214 = [];
for(const err1339 of vErrors){
if(((((err1339.keyword !== "errorMessage") && (!err1339.emUsed)) && ((err1339.instancePath === instancePath+"/boards/" + i24+"/callPoints/input/driver") || ((err1339.instancePath.indexOf(instancePath+"/boards/" + i24+"/callPoints/input/driver") === 0) && (err1339.instancePath[instancePath+"/boards/" + i24+"/callPoints/input/driver".length] === "/")))) && (err1339.schemaPath.indexOf("#/properties/boards/items/properties/callPoints/properties/input/anyOf/0/anyOf/0/properties/driver") === 0)) && (err1339.schemaPath["#/properties/boards/items/properties/callPoints/properties/input/anyOf/0/anyOf/0/properties/driver".length] === "/")){
emErrs214.push(err1339);
err1339.emUsed = true;
}
}
if(emErrs214.length){
const err1340 = {instancePath:instancePath+"/boards/" + i24+"/callPoints/input/driver",schemaPath:"#/properties/boards/items/properties/callPoints/properties/input/anyOf/0/anyOf/0/properties/driver/errorMessage",keyword:"errorMessage",params:{errors: emErrs214},message:"must be one of: simulated"};
if(vErrors === null){
vErrors = [err1340];
}
else {
vErrors.push(err1340);
}
errors++;
}
const emErrs215 = [];
for(const err1341 of vErrors){
if(!err1341.emUsed){
emErrs215.push(err1341);
}
}
vErrors = emErrs215;
errors = emErrs215.length;
}
}
}
else {
const err1342 = {instancePath:instancePath+"/boards/" + i24+"/callPoints/input",schemaPath:"#/properties/boards/items/properties/callPoints/properties/input/anyOf/0/anyOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err1342];
}
else {
vErrors.push(err1342);
}
errors++;
}
var _valid21 = _errs866 === errors;
valid171 = valid171 || _valid21;
if(!valid171){
const _errs871 = errors;
if(data339 && typeof data339 == "object" && !Array.isArray(data339)){
if(data339.driver === undefined){
const err1343 = {instancePath:instancePath+"/boards/" + i24+"/callPoints/input",schemaPath:"#/properties/boards/items/properties/callPoints/properties/input/anyOf/0/anyOf/1/required",keyword:"required",params:{missingProperty: "driver"},message:"must have required property '"+"driver"+"'"};
if(vErrors === null){
vErrors = [err1343];
}
else {
vErrors.push(err1343);
}
errors++;
}
for(const key80 in data339){
if(!(((((((key80 === "driver") || (key80 === "root")) || (key80 === "pollMs")) || (key80 === "activeLow")) || (key80 === "bias")) || (key80 === "debounceMs")) || (key80 === "longPressMs"))){
const err1344 = {instancePath:instancePath+"/boards/" + i24+"/callPoints/input",schemaPath:"#/properties/boards/items/properties/callPoints/properties/input/anyOf/0/anyOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key80},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1344];
}
else {
vErrors.push(err1344);
}
errors++;
}
}
if(data339.driver !== undefined){
let data341 = data339.driver;
if(typeof data341 !== "string"){
const err1345 = {instancePath:instancePath+"/boards/" + i24+"/callPoints/input/driver",schemaPath:"#/properties/boards/items/properties/callPoints/properties/input/anyOf/0/anyOf/1/properties/driver/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1345];
}
else {
vErrors.push(err1345);
}
errors++;
}
if(!(data341 === "sysfs")){
const err1346 = {instancePath:instancePath+"/boards/" + i24+"/callPoints/input/driver",schemaPath:"#/properties/boards/items/properties/callPoints/properties/input/anyOf/0/anyOf/1/properties/driver/enum",keyword:"enum",params:{allowedValues: schema16.properties.boards.items.properties.callPoints.properties.input.anyOf[0].anyOf[1].properties.driver.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err1346];
}
else {
vErrors.push(err1346);
}
errors++;
}
if(errors > 0){
const emErrs216 = [];
for(const err1347 of vErrors){
if(((((err1347.keyword !== "errorMessage") && (!err1347.emUsed)) && ((err1347.instancePath === instancePath+"/boards/" + i24+"/callPoints/input/driver") || ((err1347.instancePath.indexOf(instancePath+"/boards/" + i24+"/callPoints/input/driver") === 0) && (err1347.instancePath[instancePath+"/boards/" + i24+"/callPoints/input/driver".length] === "/")))) && (err1347.schemaPath.indexOf("#/properties/boards/items/properties/callPoints/properties/input/anyOf/0/anyOf/1/properties/driver") === 0)) && (err1347.schemaPath["#/properties/boards/items/properties/callPoints/properties/input/anyOf/0/anyOf/1/properties/driver".length] === "/")){
emErrs216.push(err1347);
err1347.emUsed = true;
}
}
if(emErrs216.length){
const err1348 = {instancePath:instancePath+"/boards/" + i24+"/callPoints/input/driver",schemaPath:"#/properties/boards/items/properties/callPoints/properties/input/anyOf/0/anyOf/1/properties/driver/errorMessage",keyword:"errorMessage",params:{errors: emErrs216},message:"must be one of: sysfs"};
if(vErrors === null){
vErrors = [err1348];
}
else {
vErrors.push(err1348);
}
errors++;
}
const emErrs217 = [];
for(const err1349 of vErrors){
if(!err1349.emUsed){
emErrs217.push(err1349);
}
}
vErrors = emErrs217;
errors = emErrs217.length;
}
}
if(data339.root !== undefined){
if(typeof data339.root !== "string"){
const err1350 = {instancePath:instancePath+"/boards/" + i24+"/callPoints/input/root",schemaPath:"#/properties/boards/items/properties/callPoints/properties/input/anyOf/0/anyOf/1/properties/root/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1350];
}
else {
vErrors.push(err1350);
}
errors++;
}
}
if(data339.pollMs !== undefined){
let data343 = data339.pollMs;
if(!((typeof data343 == "number") && (!(data343 % 1) && !isNaN(data343)))){
const err1351 = {instancePath:instancePath+"/boards/" + i24+"/callPoints/input/pollMs",schemaPath:"#/properties/boards/items/properties/callPoints/properties/input/anyOf/0/anyOf/1/properties/pollMs/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err1351];
}
else {
vErrors.push(err1351);
}
errors++;
}
if(typeof data343 == "number"){
if(data343 > 20 || isNaN(data343)){
const err1352 = {instancePath:instancePath+"/boards/" + i24+"/callPoints/input/pollMs",schemaPath:"#/properties/boards/items/properties/callPoints/properties/input/anyOf/0/anyOf/1/properties/pollMs/maximum",keyword:"maximum",params:{comparison: "<=", limit: 20},message:"must be <= 20"};
if(vErrors === null){
vErrors = [err1352];
}
else {
vErrors.push(err1352);
}
errors++;
}
if(data343 < 1 || isNaN(data343)){
const err1353 = {instancePath:instancePath+"/boards/" + i24+"/callPoints/input/pollMs",schemaPath:"#/properties/boards/items/properties/callPoints/properties/input/anyOf/0/anyOf/1/properties/pollMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err1353];
}
else {
vErrors.push(err1353);
}
errors++;
}
}
}
if(data339.activeLow !== undefined){
if(typeof data339.activeLow !== "boolean"){
const err1354 = {instancePath:instancePath+"/boards/" + i24+"/callPoints/input/activeLow",schemaPath:"#/properties/boards/items/properties/callPoints/properties/input/anyOf/0/anyOf/1/properties/activeLow/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err1354];
}
else {
vErrors.push(err1354);
}
errors++;
}
}
if(data339.bias !== undefined){
let data345 = data339.bias;
if(typeof data345 !== "string"){
const err1355 = {instancePath:instancePath+"/boards/" + i24+"/callPoints/input/bias",schemaPath:"#/properties/boards/items/properties/callPoints/properties/input/anyOf/0/anyOf/1/properties/bias/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1355];
}
else {
vErrors.push(err1355);
}
errors++;
}
if(!(((data345 === "pull-up") || (data345 === "pull-down")) || (data345 === "as-is"))){
const err1356 = {instancePath:instancePath+"/boards/" + i24+"/callPoints/input/bias",schemaPath:"#/properties/boards/items/properties/callPoints/properties/input/anyOf/0/anyOf/1/properties/bias/enum",keyword:"enum",params:{allowedValues: schema16.properties.boards.items.properties.callPoints.properties.input.anyOf[0].anyOf[1].properties.bias.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err1356];
}
else {
vErrors.push(err1356);
}
errors++;
}
if(errors > 0){
const emErrs218 = [];
for(const err1357 of vErrors){
if(((((err1357.keyword !== "errorMessage") && (!err1357.emUsed)) && ((err1357.instancePath === instancePath+"/boards/" + i24+"/callPoints/input/bias") || ((err1357.instancePath.indexOf(instancePath+"/boards/" + i24+"/callPoints/input/bias") === 0) && (err1357.instancePath[instancePath+"/boards/" + i24+"/callPoints/input/bias".length] === "/")))) && (err1357.schemaPath.indexOf("#/properties/boards/items/properties/callPoints/properties/input/anyOf/0/anyOf/1/properties/bias") === 0)) && (err1357.schemaPath["#/properties/boards/items/properties/callPoints/properties/input/anyOf/0/anyOf/1/properties/bias".length] === "/")){
emErrs218.push(err1357);
err1357.emUsed = true;
}
}
if(emErrs218.length){
const err1358 = {instancePath:instancePath+"/boards/" + i24+"/callPoints/input/bias",schemaPath:"#/properties/boards/items/properties/callPoints/properties/input/anyOf/0/anyOf/1/properties/bias/errorMessage",keyword:"errorMessage",params:{errors: emErrs218},message:"must be one of: pull-up, pull-down, as-is"};
if(vErrors === null){
vErrors = [err1358];
}
else {
vErrors.push(err1358);
}
errors++;
}
const emErrs219 = [];
for(const err1359 of vErrors){
if(!err1359.emUsed){
emErrs219.push(err1359);
}
}
vErrors = emErrs219;
errors = emErrs219.length;
}
}
if(data339.debounceMs !== undefined){
let data346 = data339.debounceMs;
if(!((typeof data346 == "number") && (!(data346 % 1) && !isNaN(data346)))){
const err1360 = {instancePath:instancePath+"/boards/" + i24+"/callPoints/input/debounceMs",schemaPath:"#/properties/boards/items/properties/callPoints/properties/input/anyOf/0/anyOf/1/properties/debounceMs/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err1360];
}
else {
vErrors.push(err1360);
}
errors++;
}
if(typeof data346 == "number"){
if(data346 > 500 || isNaN(data346)){
const err1361 = {instancePath:instancePath+"/boards/" + i24+"/callPoints/input/debounceMs",schemaPath:"#/properties/boards/items/properties/callPoints/properties/input/anyOf/0/anyOf/1/properties/debounceMs/maximum",keyword:"maximum",params:{comparison: "<=", limit: 500},message:"must be <= 500"};
if(vErrors === null){
vErrors = [err1361];
}
else {
vErrors.push(err1361);
}
errors++;
}
if(data346 < 1 || isNaN(data346)){
const err1362 = {instancePath:instancePath+"/boards/" + i24+"/callPoints/input/debounceMs",schemaPath:"#/properties/boards/items/properties/callPoints/properties/input/anyOf/0/anyOf/1/properties/debounceMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err1362];
}
else {
vErrors.push(err1362);
}
errors++;
}
}
}
if(data339.longPressMs !== undefined){
let data347 = data339.longPressMs;
if(!((typeof data347 == "number") && (!(data347 % 1) && !isNaN(data347)))){
const err1363 = {instancePath:instancePath+"/boards/" + i24+"/callPoints/input/longPressMs",schemaPath:"#/properties/boards/items/properties/callPoints/properties/input/anyOf/0/anyOf/1/properties/longPressMs/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err1363];
}
else {
vErrors.push(err1363);
}
errors++;
}
if(typeof data347 == "number"){
if(data347 > 60000 || isNaN(data347)){
const err1364 = {instancePath:instancePath+"/boards/" + i24+"/callPoints/input/longPressMs",schemaPath:"#/properties/boards/items/properties/callPoints/properties/input/anyOf/0/anyOf/1/properties/longPressMs/maximum",keyword:"maximum",params:{comparison: "<=", limit: 60000},message:"must be <= 60000"};
if(vErrors === null){
vErrors = [err1364];
}
else {
vErrors.push(err1364);
}
errors++;
}
if(data347 < 200 || isNaN(data347)){
const err1365 = {instancePath:instancePath+"/boards/" + i24+"/callPoints/input/longPressMs",schemaPath:"#/properties/boards/items/properties/callPoints/properties/input/anyOf/0/anyOf/1/properties/longPressMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 200},message:"must be >= 200"};
if(vErrors === null){
vErrors = [err1365];
}
else {
vErrors.push(err1365);
}
errors++;
}
}
}
}
else {
const err1366 = {instancePath:instancePath+"/boards/" + i24+"/callPoints/input",schemaPath:"#/properties/boards/items/properties/callPoints/properties/input/anyOf/0/anyOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err1366];
}
else {
vErrors.push(err1366);
}
errors++;
}
var _valid21 = _errs871 === errors;
valid171 = valid171 || _valid21;
if(!valid171){
const _errs888 = errors;
if(data339 && typeof data339 == "object" && !Array.isArray(data339)){
if(data339.driver === undefined){
const err1367 = {instancePath:instancePath+"/boards/" + i24+"/callPoints/input",schemaPath:"#/properties/boards/items/properties/callPoints/properties/input/anyOf/0/anyOf/2/required",keyword:"required",params:{missingProperty: "driver"},message:"must have required property '"+"driver"+"'"};
if(vErrors === null){
vErrors = [err1367];
}
else {
vErrors.push(err1367);
}
errors++;
}
for(const key81 in data339){
if(!(((((key81 === "driver") || (key81 === "activeLow")) || (key81 === "bias")) || (key81 === "debounceMs")) || (key81 === "longPressMs"))){
const err1368 = {instancePath:instancePath+"/boards/" + i24+"/callPoints/input",schemaPath:"#/properties/boards/items/properties/callPoints/properties/input/anyOf/0/anyOf/2/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key81},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1368];
}
else {
vErrors.push(err1368);
}
errors++;
}
}
if(data339.driver !== undefined){
let data348 = data339.driver;
if(typeof data348 !== "string"){
const err1369 = {instancePath:instancePath+"/boards/" + i24+"/callPoints/input/driver",schemaPath:"#/properties/boards/items/properties/callPoints/properties/input/anyOf/0/anyOf/2/properties/driver/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1369];
}
else {
vErrors.push(err1369);
}
errors++;
}
if(!(data348 === "gpiod")){
const err1370 = {instancePath:instancePath+"/boards/" + i24+"/callPoints/input/driver",schemaPath:"#/properties/boards/items/properties/callPoints/properties/input/anyOf/0/anyOf/2/properties/driver/enum",keyword:"enum",params:{allowedValues: schema16.properties.boards.items.properties.callPoints.properties.input.anyOf[0].anyOf[2].properties.driver.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err1370];
}
else {
vErrors.push(err1370);
}
errors++;
}
if(errors > 0){
const emErrs220 = [];
for(const err1371 of vErrors){
if(((((err1371.keyword !== "errorMessage") && (!err1371.emUsed)) && ((err1371.instancePath === instancePath+"/boards/" + i24+"/callPoints/input/driver") || ((err1371.instancePath.indexOf(instancePath+"/boards/" + i24+"/callPoints/input/driver") === 0) && (err1371.instancePath[instancePath+"/boards/" + i24+"/callPoints/input/driver".length] === "/")))) && (err1371.schemaPath.indexOf("#/properties/boards/items/properties/callPoints/properties/input/anyOf/0/anyOf/2/properties/driver") === 0)) && (err1371.schemaPath["#/properties/boards/items/properties/callPoints/properties/input/anyOf/0/anyOf/2/properties/driver".length] === "/")){
emErrs220.push(err1371);
err1371.emUsed = true;
}
}
if(emErrs220.length){
const err1372 = {instancePath:instancePath+"/boards/" + i24+"/callPoints/input/driver",schemaPath:"#/properties/boards/items/properties/callPoints/properties/input/anyOf/0/anyOf/2/properties/driver/errorMessage",keyword:"errorMessage",params:{errors: emErrs220},message:"must be one of: gpiod"};
if(vErrors === null){
vErrors = [err1372];
}
else {
vErrors.push(err1372);
}
errors++;
}
const emErrs221 = [];
for(const err1373 of vErrors){
if(!err1373.emUsed){
emErrs221.push(err1373);
}
}
vErrors = emErrs221;
errors = emErrs221.length;
}
}
if(data339.activeLow !== undefined){
if(typeof data339.activeLow !== "boolean"){
const err1374 = {instancePath:instancePath+"/boards/" + i24+"/callPoints/input/activeLow",schemaPath:"#/properties/boards/items/properties/callPoints/properties/input/anyOf/0/anyOf/2/properties/activeLow/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err1374];
}
else {
vErrors.push(err1374);
}
errors++;
}
}
if(data339.bias !== undefined){
let data350 = data339.bias;
if(typeof data350 !== "string"){
const err1375 = {instancePath:instancePath+"/boards/" + i24+"/callPoints/input/bias",schemaPath:"#/properties/boards/items/properties/callPoints/properties/input/anyOf/0/anyOf/2/properties/bias/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1375];
}
else {
vErrors.push(err1375);
}
errors++;
}
if(!(((data350 === "pull-up") || (data350 === "pull-down")) || (data350 === "as-is"))){
const err1376 = {instancePath:instancePath+"/boards/" + i24+"/callPoints/input/bias",schemaPath:"#/properties/boards/items/properties/callPoints/properties/input/anyOf/0/anyOf/2/properties/bias/enum",keyword:"enum",params:{allowedValues: schema16.properties.boards.items.properties.callPoints.properties.input.anyOf[0].anyOf[2].properties.bias.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err1376];
}
else {
vErrors.push(err1376);
}
errors++;
}
if(errors > 0){
const emErrs222 = [];
for(const err1377 of vErrors){
if(((((err1377.keyword !== "errorMessage") && (!err1377.emUsed)) && ((err1377.instancePath === instancePath+"/boards/" + i24+"/callPoints/input/bias") || ((err1377.instancePath.indexOf(instancePath+"/boards/" + i24+"/callPoints/input/bias") === 0) && (err1377.instancePath[instancePath+"/boards/" + i24+"/callPoints/input/bias".length] === "/")))) && (err1377.schemaPath.indexOf("#/properties/boards/items/properties/callPoints/properties/input/anyOf/0/anyOf/2/properties/bias") === 0)) && (err1377.schemaPath["#/properties/boards/items/properties/callPoints/properties/input/anyOf/0/anyOf/2/properties/bias".length] === "/")){
emErrs222.push(err1377);
err1377.emUsed = true;
}
}
if(emErrs222.length){
const err1378 = {instancePath:instancePath+"/boards/" + i24+"/callPoints/input/bias",schemaPath:"#/properties/boards/items/properties/callPoints/properties/input/anyOf/0/anyOf/2/properties/bias/errorMessage",keyword:"errorMessage",params:{errors: emErrs222},message:"must be one of: pull-up, pull-down, as-is"};
if(vErrors === null){
vErrors = [err1378];
}
else {
vErrors.push(err1378);
}
errors++;
}
const emErrs223 = [];
for(const err1379 of vErrors){
if(!err1379.emUsed){
emErrs223.push(err1379);
}
}
vErrors = emErrs223;
errors = emErrs223.length;
}
}
if(data339.debounceMs !== undefined){
let data351 = data339.debounceMs;
if(!((typeof data351 == "number") && (!(data351 % 1) && !isNaN(data351)))){
const err1380 = {instancePath:instancePath+"/boards/" + i24+"/callPoints/input/debounceMs",schemaPath:"#/properties/boards/items/properties/callPoints/properties/input/anyOf/0/anyOf/2/properties/debounceMs/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err1380];
}
else {
vErrors.push(err1380);
}
errors++;
}
if(typeof data351 == "number"){
if(data351 > 500 || isNaN(data351)){
const err1381 = {instancePath:instancePath+"/boards/" + i24+"/callPoints/input/debounceMs",schemaPath:"#/properties/boards/items/properties/callPoints/properties/input/anyOf/0/anyOf/2/properties/debounceMs/maximum",keyword:"maximum",params:{comparison: "<=", limit: 500},message:"must be <= 500"};
if(vErrors === null){
vErrors = [err1381];
}
else {
vErrors.push(err1381);
}
errors++;
}
if(data351 < 1 || isNaN(data351)){
const err1382 = {instancePath:instancePath+"/boards/" + i24+"/callPoints/input/debounceMs",schemaPath:"#/properties/boards/items/properties/callPoints/properties/input/anyOf/0/anyOf/2/properties/debounceMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err1382];
}
else {
vErrors.push(err1382);
}
errors++;
}
}
}
if(data339.longPressMs !== undefined){
let data352 = data339.longPressMs;
if(!((typeof data352 == "number") && (!(data352 % 1) && !isNaN(data352)))){
const err1383 = {instancePath:instancePath+"/boards/" + i24+"/callPoints/input/longPressMs",schemaPath:"#/properties/boards/items/properties/callPoints/properties/input/anyOf/0/anyOf/2/properties/longPressMs/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err1383];
}
else {
vErrors.push(err1383);
}
errors++;
}
if(typeof data352 == "number"){
if(data352 > 60000 || isNaN(data352)){
const err1384 = {instancePath:instancePath+"/boards/" + i24+"/callPoints/input/longPressMs",schemaPath:"#/properties/boards/items/properties/callPoints/properties/input/anyOf/0/anyOf/2/properties/longPressMs/maximum",keyword:"maximum",params:{comparison: "<=", limit: 60000},message:"must be <= 60000"};
if(vErrors === null){
vErrors = [err1384];
}
else {
vErrors.push(err1384);
}
errors++;
}
if(data352 < 200 || isNaN(data352)){
const err1385 = {instancePath:instancePath+"/boards/" + i24+"/callPoints/input/longPressMs",schemaPath:"#/properties/boards/items/properties/callPoints/properties/input/anyOf/0/anyOf/2/properties/longPressMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 200},message:"must be >= 200"};
if(vErrors === null){
vErrors = [err1385];
}
else {
vErrors.push(err1385);
}
errors++;
}
}
}
}
else {
const err1386 = {instancePath:instancePath+"/boards/" + i24+"/callPoints/input",schemaPath:"#/properties/boards/items/properties/callPoints/properties/input/anyOf/0/anyOf/2/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err1386];
}
else {
vErrors.push(err1386);
}
errors++;
}
var _valid21 = _errs888 === errors;
valid171 = valid171 || _valid21;
}
}
if(!valid171){
const err1387 = {instancePath:instancePath+"/boards/" + i24+"/callPoints/input",schemaPath:"#/properties/boards/items/properties/callPoints/properties/input/anyOf/0/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err1387];
}
else {
vErrors.push(err1387);
}
errors++;
}
else {
errors = _errs865;
if(vErrors !== null){
if(_errs865){
vErrors.length = _errs865;
}
else {
vErrors = null;
}
}
}
var _valid20 = _errs864 === errors;
valid170 = valid170 || _valid20;
if(!valid170){
const _errs901 = errors;
if(data339 && typeof data339 == "object" && !Array.isArray(data339)){
if(data339.driver === undefined){
const err1388 = {instancePath:instancePath+"/boards/" + i24+"/callPoints/input",schemaPath:"#/properties/boards/items/properties/callPoints/properties/input/anyOf/1/required",keyword:"required",params:{missingProperty: "driver"},message:"must have required property '"+"driver"+"'"};
if(vErrors === null){
vErrors = [err1388];
}
else {
vErrors.push(err1388);
}
errors++;
}
if(data339.path === undefined){
const err1389 = {instancePath:instancePath+"/boards/" + i24+"/callPoints/input",schemaPath:"#/properties/boards/items/properties/callPoints/properties/input/anyOf/1/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'"};
if(vErrors === null){
vErrors = [err1389];
}
else {
vErrors.push(err1389);
}
errors++;
}
for(const key82 in data339){
if(!((((key82 === "driver") || (key82 === "path")) || (key82 === "baudRate")) || (key82 === "debounceMs"))){
const err1390 = {instancePath:instancePath+"/boards/" + i24+"/callPoints/input",schemaPath:"#/properties/boards/items/properties/callPoints/properties/input/anyOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key82},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1390];
}
else {
vErrors.push(err1390);
}
errors++;
}
}
if(data339.driver !== undefined){
let data353 = data339.driver;
if(typeof data353 !== "string"){
const err1391 = {instancePath:instancePath+"/boards/" + i24+"/callPoints/input/driver",schemaPath:"#/properties/boards/items/properties/callPoints/properties/input/anyOf/1/properties/driver/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1391];
}
else {
vErrors.push(err1391);
}
errors++;
}
if(!(data353 === "serial-receiver")){
const err1392 = {instancePath:instancePath+"/boards/" + i24+"/callPoints/input/driver",schemaPath:"#/properties/boards/items/properties/callPoints/properties/input/anyOf/1/properties/driver/enum",keyword:"enum",params:{allowedValues: schema16.properties.boards.items.properties.callPoints.properties.input.anyOf[1].properties.driver.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err1392];
}
else {
vErrors.push(err1392);
}
errors++;
}
if(errors > 0){
const emErrs224 = [];
for(const err1393 of vErrors){
if(((((err1393.keyword !== "errorMessage") && (!err1393.emUsed)) && ((err1393.instancePath === instancePath+"/boards/" + i24+"/callPoints/input/driver") || ((err1393.instancePath.indexOf(instancePath+"/boards/" + i24+"/callPoints/input/driver") === 0) && (err1393.instancePath[instancePath+"/boards/" + i24+"/callPoints/input/driver".length] === "/")))) && (err1393.schemaPath.indexOf("#/properties/boards/items/properties/callPoints/properties/input/anyOf/1/properties/driver") === 0)) && (err1393.schemaPath["#/properties/boards/items/properties/callPoints/properties/input/anyOf/1/properties/driver".length] === "/")){
emErrs224.push(err1393);
err1393.emUsed = true;
}
}
if(emErrs224.length){
const err1394 = {instancePath:instancePath+"/boards/" + i24+"/callPoints/input/driver",schemaPath:"#/properties/boards/items/properties/callPoints/properties/input/anyOf/1/properties/driver/errorMessage",keyword:"errorMessage",params:{errors: emErrs224},message:"must be one of: serial-receiver"};
if(vErrors === null){
vErrors = [err1394];
}
else {
vErrors.push(err1394);
}
errors++;
}
const emErrs225 = [];
for(const err1395 of vErrors){
if(!err1395.emUsed){
emErrs225.push(err1395);
}
}
vErrors = emErrs225;
errors = emErrs225.length;
}
}
if(data339.path !== undefined){
let data354 = data339.path;
if(typeof data354 === "string"){
if(func3(data354) < 1){
const err1396 = {instancePath:instancePath+"/boards/" + i24+"/callPoints/input/path",schemaPath:"#/properties/boards/items/properties/callPoints/properties/input/anyOf/1/properties/path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err1396];
}
else {
vErrors.push(err1396);
}
errors++;
}
}
else {
const err1397 = {instancePath:instancePath+"/boards/" + i24+"/callPoints/input/path",schemaPath:"#/properties/boards/items/properties/callPoints/properties/input/anyOf/1/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1397];
}
else {
vErrors.push(err1397);
}
errors++;
}
}
if(data339.baudRate !== undefined){
let data355 = data339.baudRate;
if(!((typeof data355 == "number") && (!(data355 % 1) && !isNaN(data355)))){
const err1398 = {instancePath:instancePath+"/boards/" + i24+"/callPoints/input/baudRate",schemaPath:"#/properties/boards/items/properties/callPoints/properties/input/anyOf/1/properties/baudRate/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err1398];
}
else {
vErrors.push(err1398);
}
errors++;
}
if(typeof data355 == "number"){
if(data355 < 1200 || isNaN(data355)){
const err1399 = {instancePath:instancePath+"/boards/" + i24+"/callPoints/input/baudRate",schemaPath:"#/properties/boards/items/properties/callPoints/properties/input/anyOf/1/properties/baudRate/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1200},message:"must be >= 1200"};
if(vErrors === null){
vErrors = [err1399];
}
else {
vErrors.push(err1399);
}
errors++;
}
}
}
if(data339.debounceMs !== undefined){
let data356 = data339.debounceMs;
if(!((typeof data356 == "number") && (!(data356 % 1) && !isNaN(data356)))){
const err1400 = {instancePath:instancePath+"/boards/" + i24+"/callPoints/input/debounceMs",schemaPath:"#/properties/boards/items/properties/callPoints/properties/input/anyOf/1/properties/debounceMs/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err1400];
}
else {
vErrors.push(err1400);
}
errors++;
}
if(typeof data356 == "number"){
if(data356 > 500 || isNaN(data356)){
const err1401 = {instancePath:instancePath+"/boards/" + i24+"/callPoints/input/debounceMs",schemaPath:"#/properties/boards/items/properties/callPoints/properties/input/anyOf/1/properties/debounceMs/maximum",keyword:"maximum",params:{comparison: "<=", limit: 500},message:"must be <= 500"};
if(vErrors === null){
vErrors = [err1401];
}
else {
vErrors.push(err1401);
}
errors++;
}
if(data356 < 1 || isNaN(data356)){
const err1402 = {instancePath:instancePath+"/boards/" + i24+"/callPoints/input/debounceMs",schemaPath:"#/properties/boards/items/properties/callPoints/properties/input/anyOf/1/properties/debounceMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err1402];
}
else {
vErrors.push(err1402);
}
errors++;
}
}
}
}
else {
const err1403 = {instancePath:instancePath+"/boards/" + i24+"/callPoints/input",schemaPath:"#/properties/boards/items/properties/callPoints/properties/input/anyOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err1403];
}
else {
vErrors.push(err1403);
}
errors++;
}
var _valid20 = _errs901 === errors;
valid170 = valid170 || _valid20;
}
if(!valid170){
const err1404 = {instancePath:instancePath+"/boards/" + i24+"/callPoints/input",schemaPath:"#/properties/boards/items/properties/callPoints/properties/input/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err1404];
}
else {
vErrors.push(err1404);
}
errors++;
}
else {
errors = _errs863;
if(vErrors !== null){
if(_errs863){
vErrors.length = _errs863;
}
else {
vErrors = null;
}
}
}
}
let data357 = data338.holdMs;
if(!((typeof data357 == "number") && (!(data357 % 1) && !isNaN(data357)))){
const err1405 = {instancePath:instancePath+"/boards/" + i24+"/callPoints/holdMs",schemaPath:"#/properties/boards/items/properties/callPoints/properties/holdMs/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err1405];
}
else {
vErrors.push(err1405);
}
errors++;
}
if(typeof data357 == "number"){
if(data357 > 10000 || isNaN(data357)){
const err1406 = {instancePath:instancePath+"/boards/" + i24+"/callPoints/holdMs",schemaPath:"#/properties/boards/items/properties/callPoints/properties/holdMs/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10000},message:"must be <= 10000"};
if(vErrors === null){
vErrors = [err1406];
}
else {
vErrors.push(err1406);
}
errors++;
}
if(data357 < 500 || isNaN(data357)){
const err1407 = {instancePath:instancePath+"/boards/" + i24+"/callPoints/holdMs",schemaPath:"#/properties/boards/items/properties/callPoints/properties/holdMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 500},message:"must be >= 500"};
if(vErrors === null){
vErrors = [err1407];
}
else {
vErrors.push(err1407);
}
errors++;
}
}
if(data338.points !== undefined){
let data358 = data338.points;
if(Array.isArray(data358)){
if(data358.length < 1){
const err1408 = {instancePath:instancePath+"/boards/" + i24+"/callPoints/points",schemaPath:"#/properties/boards/items/properties/callPoints/properties/points/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err1408];
}
else {
vErrors.push(err1408);
}
errors++;
}
const len34 = data358.length;
for(let i37=0; i37<len34; i37++){
let data359 = data358[i37];
if(data359 && typeof data359 == "object" && !Array.isArray(data359)){
if(data359.id === undefined){
const err1409 = {instancePath:instancePath+"/boards/" + i24+"/callPoints/points/" + i37,schemaPath:"#/properties/boards/items/properties/callPoints/properties/points/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err1409];
}
else {
vErrors.push(err1409);
}
errors++;
}
if(data359.kind === undefined){
const err1410 = {instancePath:instancePath+"/boards/" + i24+"/callPoints/points/" + i37,schemaPath:"#/properties/boards/items/properties/callPoints/properties/points/items/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'"};
if(vErrors === null){
vErrors = [err1410];
}
else {
vErrors.push(err1410);
}
errors++;
}
if(data359.location === undefined){
const err1411 = {instancePath:instancePath+"/boards/" + i24+"/callPoints/points/" + i37,schemaPath:"#/properties/boards/items/properties/callPoints/properties/points/items/required",keyword:"required",params:{missingProperty: "location"},message:"must have required property '"+"location"+"'"};
if(vErrors === null){
vErrors = [err1411];
}
else {
vErrors.push(err1411);
}
errors++;
}
if(data359.chain === undefined){
const err1412 = {instancePath:instancePath+"/boards/" + i24+"/callPoints/points/" + i37,schemaPath:"#/properties/boards/items/properties/callPoints/properties/points/items/required",keyword:"required",params:{missingProperty: "chain"},message:"must have required property '"+"chain"+"'"};
if(vErrors === null){
vErrors = [err1412];
}
else {
vErrors.push(err1412);
}
errors++;
}
for(const key83 in data359){
if(!(func2.call(schema16.properties.boards.items.properties.callPoints.properties.points.items.properties, key83))){
const err1413 = {instancePath:instancePath+"/boards/" + i24+"/callPoints/points/" + i37,schemaPath:"#/properties/boards/items/properties/callPoints/properties/points/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key83},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1413];
}
else {
vErrors.push(err1413);
}
errors++;
}
}
if(data359.id !== undefined){
let data360 = data359.id;
if(typeof data360 === "string"){
if(!pattern0.test(data360)){
const err1414 = {instancePath:instancePath+"/boards/" + i24+"/callPoints/points/" + i37+"/id",schemaPath:"#/properties/boards/items/properties/callPoints/properties/points/items/properties/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]{0,31}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]{0,31}$"+"\""};
if(vErrors === null){
vErrors = [err1414];
}
else {
vErrors.push(err1414);
}
errors++;
}
}
else {
const err1415 = {instancePath:instancePath+"/boards/" + i24+"/callPoints/points/" + i37+"/id",schemaPath:"#/properties/boards/items/properties/callPoints/properties/points/items/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1415];
}
else {
vErrors.push(err1415);
}
errors++;
}
if(errors > 0){
const emErrs226 = [];
for(const err1416 of vErrors){
if(((((err1416.keyword !== "errorMessage") && (!err1416.emUsed)) && ((err1416.instancePath === instancePath+"/boards/" + i24+"/callPoints/points/" + i37+"/id") || ((err1416.instancePath.indexOf(instancePath+"/boards/" + i24+"/callPoints/points/" + i37+"/id") === 0) && (err1416.instancePath[instancePath+"/boards/" + i24+"/callPoints/points/" + i37+"/id".length] === "/")))) && (err1416.schemaPath.indexOf("#/properties/boards/items/properties/callPoints/properties/points/items/properties/id") === 0)) && (err1416.schemaPath["#/properties/boards/items/properties/callPoints/properties/points/items/properties/id".length] === "/")){
emErrs226.push(err1416);
err1416.emUsed = true;
}
}
if(emErrs226.length){
const err1417 = {instancePath:instancePath+"/boards/" + i24+"/callPoints/points/" + i37+"/id",schemaPath:"#/properties/boards/items/properties/callPoints/properties/points/items/properties/id/errorMessage",keyword:"errorMessage",params:{errors: emErrs226},message:"must be 1–32 lower-case letters, digits or dashes, starting with a letter or digit"};
if(vErrors === null){
vErrors = [err1417];
}
else {
vErrors.push(err1417);
}
errors++;
}
const emErrs227 = [];
for(const err1418 of vErrors){
if(!err1418.emUsed){
emErrs227.push(err1418);
}
}
vErrors = emErrs227;
errors = emErrs227.length;
}
}
if(data359.kind !== undefined){
let data361 = data359.kind;
if(typeof data361 !== "string"){
const err1419 = {instancePath:instancePath+"/boards/" + i24+"/callPoints/points/" + i37+"/kind",schemaPath:"#/properties/boards/items/properties/callPoints/properties/points/items/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1419];
}
else {
vErrors.push(err1419);
}
errors++;
}
if(!((((data361 === "staff") || (data361 === "manager")) || (data361 === "complaint")) || (data361 === "emergency"))){
const err1420 = {instancePath:instancePath+"/boards/" + i24+"/callPoints/points/" + i37+"/kind",schemaPath:"#/properties/boards/items/properties/callPoints/properties/points/items/properties/kind/enum",keyword:"enum",params:{allowedValues: schema16.properties.boards.items.properties.callPoints.properties.points.items.properties.kind.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err1420];
}
else {
vErrors.push(err1420);
}
errors++;
}
if(errors > 0){
const emErrs228 = [];
for(const err1421 of vErrors){
if(((((err1421.keyword !== "errorMessage") && (!err1421.emUsed)) && ((err1421.instancePath === instancePath+"/boards/" + i24+"/callPoints/points/" + i37+"/kind") || ((err1421.instancePath.indexOf(instancePath+"/boards/" + i24+"/callPoints/points/" + i37+"/kind") === 0) && (err1421.instancePath[instancePath+"/boards/" + i24+"/callPoints/points/" + i37+"/kind".length] === "/")))) && (err1421.schemaPath.indexOf("#/properties/boards/items/properties/callPoints/properties/points/items/properties/kind") === 0)) && (err1421.schemaPath["#/properties/boards/items/properties/callPoints/properties/points/items/properties/kind".length] === "/")){
emErrs228.push(err1421);
err1421.emUsed = true;
}
}
if(emErrs228.length){
const err1422 = {instancePath:instancePath+"/boards/" + i24+"/callPoints/points/" + i37+"/kind",schemaPath:"#/properties/boards/items/properties/callPoints/properties/points/items/properties/kind/errorMessage",keyword:"errorMessage",params:{errors: emErrs228},message:"must be one of: staff, manager, complaint, emergency"};
if(vErrors === null){
vErrors = [err1422];
}
else {
vErrors.push(err1422);
}
errors++;
}
const emErrs229 = [];
for(const err1423 of vErrors){
if(!err1423.emUsed){
emErrs229.push(err1423);
}
}
vErrors = emErrs229;
errors = emErrs229.length;
}
}
if(data359.location !== undefined){
let data362 = data359.location;
if(typeof data362 === "string"){
if(func3(data362) > 60){
const err1424 = {instancePath:instancePath+"/boards/" + i24+"/callPoints/points/" + i37+"/location",schemaPath:"#/properties/boards/items/properties/callPoints/properties/points/items/properties/location/maxLength",keyword:"maxLength",params:{limit: 60},message:"must NOT have more than 60 characters"};
if(vErrors === null){
vErrors = [err1424];
}
else {
vErrors.push(err1424);
}
errors++;
}
if(func3(data362) < 1){
const err1425 = {instancePath:instancePath+"/boards/" + i24+"/callPoints/points/" + i37+"/location",schemaPath:"#/properties/boards/items/properties/callPoints/properties/points/items/properties/location/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err1425];
}
else {
vErrors.push(err1425);
}
errors++;
}
}
else {
const err1426 = {instancePath:instancePath+"/boards/" + i24+"/callPoints/points/" + i37+"/location",schemaPath:"#/properties/boards/items/properties/callPoints/properties/points/items/properties/location/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1426];
}
else {
vErrors.push(err1426);
}
errors++;
}
}
if(data359.chain !== undefined){
let data363 = data359.chain;
if(typeof data363 === "string"){
if(!pattern0.test(data363)){
const err1427 = {instancePath:instancePath+"/boards/" + i24+"/callPoints/points/" + i37+"/chain",schemaPath:"#/properties/boards/items/properties/callPoints/properties/points/items/properties/chain/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]{0,31}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]{0,31}$"+"\""};
if(vErrors === null){
vErrors = [err1427];
}
else {
vErrors.push(err1427);
}
errors++;
}
}
else {
const err1428 = {instancePath:instancePath+"/boards/" + i24+"/callPoints/points/" + i37+"/chain",schemaPath:"#/properties/boards/items/properties/callPoints/properties/points/items/properties/chain/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1428];
}
else {
vErrors.push(err1428);
}
errors++;
}
if(errors > 0){
const emErrs230 = [];
for(const err1429 of vErrors){
if(((((err1429.keyword !== "errorMessage") && (!err1429.emUsed)) && ((err1429.instancePath === instancePath+"/boards/" + i24+"/callPoints/points/" + i37+"/chain") || ((err1429.instancePath.indexOf(instancePath+"/boards/" + i24+"/callPoints/points/" + i37+"/chain") === 0) && (err1429.instancePath[instancePath+"/boards/" + i24+"/callPoints/points/" + i37+"/chain".length] === "/")))) && (err1429.schemaPath.indexOf("#/properties/boards/items/properties/callPoints/properties/points/items/properties/chain") === 0)) && (err1429.schemaPath["#/properties/boards/items/properties/callPoints/properties/points/items/properties/chain".length] === "/")){
emErrs230.push(err1429);
err1429.emUsed = true;
}
}
if(emErrs230.length){
const err1430 = {instancePath:instancePath+"/boards/" + i24+"/callPoints/points/" + i37+"/chain",schemaPath:"#/properties/boards/items/properties/callPoints/properties/points/items/properties/chain/errorMessage",keyword:"errorMessage",params:{errors: emErrs230},message:"must be 1–32 lower-case letters, digits or dashes, starting with a letter or digit"};
if(vErrors === null){
vErrors = [err1430];
}
else {
vErrors.push(err1430);
}
errors++;
}
const emErrs231 = [];
for(const err1431 of vErrors){
if(!err1431.emUsed){
emErrs231.push(err1431);
}
}
vErrors = emErrs231;
errors = emErrs231.length;
}
}
if(data359.pin !== undefined){
let data364 = data359.pin;
const _errs928 = errors;
let valid179 = false;
const _errs929 = errors;
if(!((typeof data364 == "number") && (!(data364 % 1) && !isNaN(data364)))){
const err1432 = {instancePath:instancePath+"/boards/" + i24+"/callPoints/points/" + i37+"/pin",schemaPath:"#/properties/boards/items/properties/callPoints/properties/points/items/properties/pin/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err1432];
}
else {
vErrors.push(err1432);
}
errors++;
}
if(typeof data364 == "number"){
if(data364 > 40 || isNaN(data364)){
const err1433 = {instancePath:instancePath+"/boards/" + i24+"/callPoints/points/" + i37+"/pin",schemaPath:"#/properties/boards/items/properties/callPoints/properties/points/items/properties/pin/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 40},message:"must be <= 40"};
if(vErrors === null){
vErrors = [err1433];
}
else {
vErrors.push(err1433);
}
errors++;
}
if(data364 < 1 || isNaN(data364)){
const err1434 = {instancePath:instancePath+"/boards/" + i24+"/callPoints/points/" + i37+"/pin",schemaPath:"#/properties/boards/items/properties/callPoints/properties/points/items/properties/pin/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err1434];
}
else {
vErrors.push(err1434);
}
errors++;
}
}
var _valid22 = _errs929 === errors;
valid179 = valid179 || _valid22;
if(!valid179){
const _errs931 = errors;
if(typeof data364 === "string"){
if(!pattern17.test(data364)){
const err1435 = {instancePath:instancePath+"/boards/" + i24+"/callPoints/points/" + i37+"/pin",schemaPath:"#/properties/boards/items/properties/callPoints/properties/points/items/properties/pin/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^(pin)?[0-9]{1,2}$|^[A-Z][A-Z0-9_]*$"},message:"must match pattern \""+"^(pin)?[0-9]{1,2}$|^[A-Z][A-Z0-9_]*$"+"\""};
if(vErrors === null){
vErrors = [err1435];
}
else {
vErrors.push(err1435);
}
errors++;
}
}
else {
const err1436 = {instancePath:instancePath+"/boards/" + i24+"/callPoints/points/" + i37+"/pin",schemaPath:"#/properties/boards/items/properties/callPoints/properties/points/items/properties/pin/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1436];
}
else {
vErrors.push(err1436);
}
errors++;
}
var _valid22 = _errs931 === errors;
valid179 = valid179 || _valid22;
}
if(!valid179){
const err1437 = {instancePath:instancePath+"/boards/" + i24+"/callPoints/points/" + i37+"/pin",schemaPath:"#/properties/boards/items/properties/callPoints/properties/points/items/properties/pin/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err1437];
}
else {
vErrors.push(err1437);
}
errors++;
}
else {
errors = _errs928;
if(vErrors !== null){
if(_errs928){
vErrors.length = _errs928;
}
else {
vErrors = null;
}
}
}
if(errors > 0){
const emErrs232 = [];
for(const err1438 of vErrors){
if(((((err1438.keyword !== "errorMessage") && (!err1438.emUsed)) && ((err1438.instancePath === instancePath+"/boards/" + i24+"/callPoints/points/" + i37+"/pin") || ((err1438.instancePath.indexOf(instancePath+"/boards/" + i24+"/callPoints/points/" + i37+"/pin") === 0) && (err1438.instancePath[instancePath+"/boards/" + i24+"/callPoints/points/" + i37+"/pin".length] === "/")))) && (err1438.schemaPath.indexOf("#/properties/boards/items/properties/callPoints/properties/points/items/properties/pin") === 0)) && (err1438.schemaPath["#/properties/boards/items/properties/callPoints/properties/points/items/properties/pin".length] === "/")){
emErrs232.push(err1438);
err1438.emUsed = true;
}
}
if(emErrs232.length){
const err1439 = {instancePath:instancePath+"/boards/" + i24+"/callPoints/points/" + i37+"/pin",schemaPath:"#/properties/boards/items/properties/callPoints/properties/points/items/properties/pin/errorMessage",keyword:"errorMessage",params:{errors: emErrs232},message:"must be a header pin number 1–40 or a signal name such as GPIO17"};
if(vErrors === null){
vErrors = [err1439];
}
else {
vErrors.push(err1439);
}
errors++;
}
const emErrs233 = [];
for(const err1440 of vErrors){
if(!err1440.emUsed){
emErrs233.push(err1440);
}
}
vErrors = emErrs233;
errors = emErrs233.length;
}
}
if(data359.cancelPin !== undefined){
let data365 = data359.cancelPin;
const _errs934 = errors;
let valid180 = false;
const _errs935 = errors;
if(!((typeof data365 == "number") && (!(data365 % 1) && !isNaN(data365)))){
const err1441 = {instancePath:instancePath+"/boards/" + i24+"/callPoints/points/" + i37+"/cancelPin",schemaPath:"#/properties/boards/items/properties/callPoints/properties/points/items/properties/cancelPin/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err1441];
}
else {
vErrors.push(err1441);
}
errors++;
}
if(typeof data365 == "number"){
if(data365 > 40 || isNaN(data365)){
const err1442 = {instancePath:instancePath+"/boards/" + i24+"/callPoints/points/" + i37+"/cancelPin",schemaPath:"#/properties/boards/items/properties/callPoints/properties/points/items/properties/cancelPin/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 40},message:"must be <= 40"};
if(vErrors === null){
vErrors = [err1442];
}
else {
vErrors.push(err1442);
}
errors++;
}
if(data365 < 1 || isNaN(data365)){
const err1443 = {instancePath:instancePath+"/boards/" + i24+"/callPoints/points/" + i37+"/cancelPin",schemaPath:"#/properties/boards/items/properties/callPoints/properties/points/items/properties/cancelPin/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err1443];
}
else {
vErrors.push(err1443);
}
errors++;
}
}
var _valid23 = _errs935 === errors;
valid180 = valid180 || _valid23;
if(!valid180){
const _errs937 = errors;
if(typeof data365 === "string"){
if(!pattern17.test(data365)){
const err1444 = {instancePath:instancePath+"/boards/" + i24+"/callPoints/points/" + i37+"/cancelPin",schemaPath:"#/properties/boards/items/properties/callPoints/properties/points/items/properties/cancelPin/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^(pin)?[0-9]{1,2}$|^[A-Z][A-Z0-9_]*$"},message:"must match pattern \""+"^(pin)?[0-9]{1,2}$|^[A-Z][A-Z0-9_]*$"+"\""};
if(vErrors === null){
vErrors = [err1444];
}
else {
vErrors.push(err1444);
}
errors++;
}
}
else {
const err1445 = {instancePath:instancePath+"/boards/" + i24+"/callPoints/points/" + i37+"/cancelPin",schemaPath:"#/properties/boards/items/properties/callPoints/properties/points/items/properties/cancelPin/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1445];
}
else {
vErrors.push(err1445);
}
errors++;
}
var _valid23 = _errs937 === errors;
valid180 = valid180 || _valid23;
}
if(!valid180){
const err1446 = {instancePath:instancePath+"/boards/" + i24+"/callPoints/points/" + i37+"/cancelPin",schemaPath:"#/properties/boards/items/properties/callPoints/properties/points/items/properties/cancelPin/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err1446];
}
else {
vErrors.push(err1446);
}
errors++;
}
else {
errors = _errs934;
if(vErrors !== null){
if(_errs934){
vErrors.length = _errs934;
}
else {
vErrors = null;
}
}
}
if(errors > 0){
const emErrs234 = [];
for(const err1447 of vErrors){
if(((((err1447.keyword !== "errorMessage") && (!err1447.emUsed)) && ((err1447.instancePath === instancePath+"/boards/" + i24+"/callPoints/points/" + i37+"/cancelPin") || ((err1447.instancePath.indexOf(instancePath+"/boards/" + i24+"/callPoints/points/" + i37+"/cancelPin") === 0) && (err1447.instancePath[instancePath+"/boards/" + i24+"/callPoints/points/" + i37+"/cancelPin".length] === "/")))) && (err1447.schemaPath.indexOf("#/properties/boards/items/properties/callPoints/properties/points/items/properties/cancelPin") === 0)) && (err1447.schemaPath["#/properties/boards/items/properties/callPoints/properties/points/items/properties/cancelPin".length] === "/")){
emErrs234.push(err1447);
err1447.emUsed = true;
}
}
if(emErrs234.length){
const err1448 = {instancePath:instancePath+"/boards/" + i24+"/callPoints/points/" + i37+"/cancelPin",schemaPath:"#/properties/boards/items/properties/callPoints/properties/points/items/properties/cancelPin/errorMessage",keyword:"errorMessage",params:{errors: emErrs234},message:"must be a header pin number 1–40 or a signal name such as GPIO17"};
if(vErrors === null){
vErrors = [err1448];
}
else {
vErrors.push(err1448);
}
errors++;
}
const emErrs235 = [];
for(const err1449 of vErrors){
if(!err1449.emUsed){
emErrs235.push(err1449);
}
}
vErrors = emErrs235;
errors = emErrs235.length;
}
}
if(data359.lamp !== undefined){
let data366 = data359.lamp;
const _errs940 = errors;
let valid181 = false;
const _errs941 = errors;
if(!((typeof data366 == "number") && (!(data366 % 1) && !isNaN(data366)))){
const err1450 = {instancePath:instancePath+"/boards/" + i24+"/callPoints/points/" + i37+"/lamp",schemaPath:"#/properties/boards/items/properties/callPoints/properties/points/items/properties/lamp/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err1450];
}
else {
vErrors.push(err1450);
}
errors++;
}
if(typeof data366 == "number"){
if(data366 > 40 || isNaN(data366)){
const err1451 = {instancePath:instancePath+"/boards/" + i24+"/callPoints/points/" + i37+"/lamp",schemaPath:"#/properties/boards/items/properties/callPoints/properties/points/items/properties/lamp/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 40},message:"must be <= 40"};
if(vErrors === null){
vErrors = [err1451];
}
else {
vErrors.push(err1451);
}
errors++;
}
if(data366 < 1 || isNaN(data366)){
const err1452 = {instancePath:instancePath+"/boards/" + i24+"/callPoints/points/" + i37+"/lamp",schemaPath:"#/properties/boards/items/properties/callPoints/properties/points/items/properties/lamp/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err1452];
}
else {
vErrors.push(err1452);
}
errors++;
}
}
var _valid24 = _errs941 === errors;
valid181 = valid181 || _valid24;
if(!valid181){
const _errs943 = errors;
if(typeof data366 === "string"){
if(!pattern17.test(data366)){
const err1453 = {instancePath:instancePath+"/boards/" + i24+"/callPoints/points/" + i37+"/lamp",schemaPath:"#/properties/boards/items/properties/callPoints/properties/points/items/properties/lamp/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^(pin)?[0-9]{1,2}$|^[A-Z][A-Z0-9_]*$"},message:"must match pattern \""+"^(pin)?[0-9]{1,2}$|^[A-Z][A-Z0-9_]*$"+"\""};
if(vErrors === null){
vErrors = [err1453];
}
else {
vErrors.push(err1453);
}
errors++;
}
}
else {
const err1454 = {instancePath:instancePath+"/boards/" + i24+"/callPoints/points/" + i37+"/lamp",schemaPath:"#/properties/boards/items/properties/callPoints/properties/points/items/properties/lamp/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1454];
}
else {
vErrors.push(err1454);
}
errors++;
}
var _valid24 = _errs943 === errors;
valid181 = valid181 || _valid24;
}
if(!valid181){
const err1455 = {instancePath:instancePath+"/boards/" + i24+"/callPoints/points/" + i37+"/lamp",schemaPath:"#/properties/boards/items/properties/callPoints/properties/points/items/properties/lamp/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err1455];
}
else {
vErrors.push(err1455);
}
errors++;
}
else {
errors = _errs940;
if(vErrors !== null){
if(_errs940){
vErrors.length = _errs940;
}
else {
vErrors = null;
}
}
}
if(errors > 0){
const emErrs236 = [];
for(const err1456 of vErrors){
if(((((err1456.keyword !== "errorMessage") && (!err1456.emUsed)) && ((err1456.instancePath === instancePath+"/boards/" + i24+"/callPoints/points/" + i37+"/lamp") || ((err1456.instancePath.indexOf(instancePath+"/boards/" + i24+"/callPoints/points/" + i37+"/lamp") === 0) && (err1456.instancePath[instancePath+"/boards/" + i24+"/callPoints/points/" + i37+"/lamp".length] === "/")))) && (err1456.schemaPath.indexOf("#/properties/boards/items/properties/callPoints/properties/points/items/properties/lamp") === 0)) && (err1456.schemaPath["#/properties/boards/items/properties/callPoints/properties/points/items/properties/lamp".length] === "/")){
emErrs236.push(err1456);
err1456.emUsed = true;
}
}
if(emErrs236.length){
const err1457 = {instancePath:instancePath+"/boards/" + i24+"/callPoints/points/" + i37+"/lamp",schemaPath:"#/properties/boards/items/properties/callPoints/properties/points/items/properties/lamp/errorMessage",keyword:"errorMessage",params:{errors: emErrs236},message:"must be a header pin number 1–40 or a signal name such as GPIO17"};
if(vErrors === null){
vErrors = [err1457];
}
else {
vErrors.push(err1457);
}
errors++;
}
const emErrs237 = [];
for(const err1458 of vErrors){
if(!err1458.emUsed){
emErrs237.push(err1458);
}
}
vErrors = emErrs237;
errors = emErrs237.length;
}
}
if(data359.channel !== undefined){
let data367 = data359.channel;
if(!((typeof data367 == "number") && (!(data367 % 1) && !isNaN(data367)))){
const err1459 = {instancePath:instancePath+"/boards/" + i24+"/callPoints/points/" + i37+"/channel",schemaPath:"#/properties/boards/items/properties/callPoints/properties/points/items/properties/channel/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err1459];
}
else {
vErrors.push(err1459);
}
errors++;
}
if(typeof data367 == "number"){
if(data367 > 255 || isNaN(data367)){
const err1460 = {instancePath:instancePath+"/boards/" + i24+"/callPoints/points/" + i37+"/channel",schemaPath:"#/properties/boards/items/properties/callPoints/properties/points/items/properties/channel/maximum",keyword:"maximum",params:{comparison: "<=", limit: 255},message:"must be <= 255"};
if(vErrors === null){
vErrors = [err1460];
}
else {
vErrors.push(err1460);
}
errors++;
}
if(data367 < 0 || isNaN(data367)){
const err1461 = {instancePath:instancePath+"/boards/" + i24+"/callPoints/points/" + i37+"/channel",schemaPath:"#/properties/boards/items/properties/callPoints/properties/points/items/properties/channel/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err1461];
}
else {
vErrors.push(err1461);
}
errors++;
}
}
}
if(data359.cancelChannel !== undefined){
let data368 = data359.cancelChannel;
if(!((typeof data368 == "number") && (!(data368 % 1) && !isNaN(data368)))){
const err1462 = {instancePath:instancePath+"/boards/" + i24+"/callPoints/points/" + i37+"/cancelChannel",schemaPath:"#/properties/boards/items/properties/callPoints/properties/points/items/properties/cancelChannel/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err1462];
}
else {
vErrors.push(err1462);
}
errors++;
}
if(typeof data368 == "number"){
if(data368 > 255 || isNaN(data368)){
const err1463 = {instancePath:instancePath+"/boards/" + i24+"/callPoints/points/" + i37+"/cancelChannel",schemaPath:"#/properties/boards/items/properties/callPoints/properties/points/items/properties/cancelChannel/maximum",keyword:"maximum",params:{comparison: "<=", limit: 255},message:"must be <= 255"};
if(vErrors === null){
vErrors = [err1463];
}
else {
vErrors.push(err1463);
}
errors++;
}
if(data368 < 0 || isNaN(data368)){
const err1464 = {instancePath:instancePath+"/boards/" + i24+"/callPoints/points/" + i37+"/cancelChannel",schemaPath:"#/properties/boards/items/properties/callPoints/properties/points/items/properties/cancelChannel/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err1464];
}
else {
vErrors.push(err1464);
}
errors++;
}
}
}
if(data359.extra !== undefined){
let data369 = data359.extra;
if(data369 && typeof data369 == "object" && !Array.isArray(data369)){
for(const key84 in data369){
if(pattern31.test(key84)){
let data370 = data369[key84];
if(typeof data370 === "string"){
if(func3(data370) > 120){
const err1465 = {instancePath:instancePath+"/boards/" + i24+"/callPoints/points/" + i37+"/extra/" + key84.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/boards/items/properties/callPoints/properties/points/items/properties/extra/patternProperties/%5E%5Ba-z%5D%5Ba-zA-Z0-9_-%5D%7B0%2C31%7D%24/maxLength",keyword:"maxLength",params:{limit: 120},message:"must NOT have more than 120 characters"};
if(vErrors === null){
vErrors = [err1465];
}
else {
vErrors.push(err1465);
}
errors++;
}
}
else {
const err1466 = {instancePath:instancePath+"/boards/" + i24+"/callPoints/points/" + i37+"/extra/" + key84.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/boards/items/properties/callPoints/properties/points/items/properties/extra/patternProperties/%5E%5Ba-z%5D%5Ba-zA-Z0-9_-%5D%7B0%2C31%7D%24/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1466];
}
else {
vErrors.push(err1466);
}
errors++;
}
}
}
}
else {
const err1467 = {instancePath:instancePath+"/boards/" + i24+"/callPoints/points/" + i37+"/extra",schemaPath:"#/properties/boards/items/properties/callPoints/properties/points/items/properties/extra/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err1467];
}
else {
vErrors.push(err1467);
}
errors++;
}
}
}
else {
const err1468 = {instancePath:instancePath+"/boards/" + i24+"/callPoints/points/" + i37,schemaPath:"#/properties/boards/items/properties/callPoints/properties/points/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err1468];
}
else {
vErrors.push(err1468);
}
errors++;
}
}
}
else {
const err1469 = {instancePath:instancePath+"/boards/" + i24+"/callPoints/points",schemaPath:"#/properties/boards/items/properties/callPoints/properties/points/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err1469];
}
else {
vErrors.push(err1469);
}
errors++;
}
}
}
else {
const err1470 = {instancePath:instancePath+"/boards/" + i24+"/callPoints",schemaPath:"#/properties/boards/items/properties/callPoints/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err1470];
}
else {
vErrors.push(err1470);
}
errors++;
}
}
}
else {
const err1471 = {instancePath:instancePath+"/boards/" + i24,schemaPath:"#/properties/boards/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err1471];
}
else {
vErrors.push(err1471);
}
errors++;
}
}
}
else {
const err1472 = {instancePath:instancePath+"/boards",schemaPath:"#/properties/boards/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err1472];
}
else {
vErrors.push(err1472);
}
errors++;
}
}
if(data.staff !== undefined){
let data371 = data.staff;
if(Array.isArray(data371)){
const len35 = data371.length;
for(let i38=0; i38<len35; i38++){
let data372 = data371[i38];
if(data372 && typeof data372 == "object" && !Array.isArray(data372)){
if(data372.id === undefined){
const err1473 = {instancePath:instancePath+"/staff/" + i38,schemaPath:"#/properties/staff/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err1473];
}
else {
vErrors.push(err1473);
}
errors++;
}
if(data372.name === undefined){
const err1474 = {instancePath:instancePath+"/staff/" + i38,schemaPath:"#/properties/staff/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err1474];
}
else {
vErrors.push(err1474);
}
errors++;
}
if(data372.pin === undefined){
const err1475 = {instancePath:instancePath+"/staff/" + i38,schemaPath:"#/properties/staff/items/required",keyword:"required",params:{missingProperty: "pin"},message:"must have required property '"+"pin"+"'"};
if(vErrors === null){
vErrors = [err1475];
}
else {
vErrors.push(err1475);
}
errors++;
}
if(data372.services === undefined){
const err1476 = {instancePath:instancePath+"/staff/" + i38,schemaPath:"#/properties/staff/items/required",keyword:"required",params:{missingProperty: "services"},message:"must have required property '"+"services"+"'"};
if(vErrors === null){
vErrors = [err1476];
}
else {
vErrors.push(err1476);
}
errors++;
}
for(const key85 in data372){
if(!((((key85 === "id") || (key85 === "name")) || (key85 === "pin")) || (key85 === "services"))){
const err1477 = {instancePath:instancePath+"/staff/" + i38,schemaPath:"#/properties/staff/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key85},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1477];
}
else {
vErrors.push(err1477);
}
errors++;
}
}
if(data372.id !== undefined){
let data373 = data372.id;
if(typeof data373 === "string"){
if(!pattern0.test(data373)){
const err1478 = {instancePath:instancePath+"/staff/" + i38+"/id",schemaPath:"#/properties/staff/items/properties/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]{0,31}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]{0,31}$"+"\""};
if(vErrors === null){
vErrors = [err1478];
}
else {
vErrors.push(err1478);
}
errors++;
}
}
else {
const err1479 = {instancePath:instancePath+"/staff/" + i38+"/id",schemaPath:"#/properties/staff/items/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1479];
}
else {
vErrors.push(err1479);
}
errors++;
}
if(errors > 0){
const emErrs238 = [];
for(const err1480 of vErrors){
if(((((err1480.keyword !== "errorMessage") && (!err1480.emUsed)) && ((err1480.instancePath === instancePath+"/staff/" + i38+"/id") || ((err1480.instancePath.indexOf(instancePath+"/staff/" + i38+"/id") === 0) && (err1480.instancePath[instancePath+"/staff/" + i38+"/id".length] === "/")))) && (err1480.schemaPath.indexOf("#/properties/staff/items/properties/id") === 0)) && (err1480.schemaPath["#/properties/staff/items/properties/id".length] === "/")){
emErrs238.push(err1480);
err1480.emUsed = true;
}
}
if(emErrs238.length){
const err1481 = {instancePath:instancePath+"/staff/" + i38+"/id",schemaPath:"#/properties/staff/items/properties/id/errorMessage",keyword:"errorMessage",params:{errors: emErrs238},message:"must be 1–32 lower-case letters, digits or dashes, starting with a letter or digit"};
if(vErrors === null){
vErrors = [err1481];
}
else {
vErrors.push(err1481);
}
errors++;
}
const emErrs239 = [];
for(const err1482 of vErrors){
if(!err1482.emUsed){
emErrs239.push(err1482);
}
}
vErrors = emErrs239;
errors = emErrs239.length;
}
}
if(data372.name !== undefined){
let data374 = data372.name;
if(typeof data374 === "string"){
if(func3(data374) < 1){
const err1483 = {instancePath:instancePath+"/staff/" + i38+"/name",schemaPath:"#/properties/staff/items/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err1483];
}
else {
vErrors.push(err1483);
}
errors++;
}
}
else {
const err1484 = {instancePath:instancePath+"/staff/" + i38+"/name",schemaPath:"#/properties/staff/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1484];
}
else {
vErrors.push(err1484);
}
errors++;
}
}
if(data372.pin !== undefined){
let data375 = data372.pin;
if(typeof data375 === "string"){
if(!pattern50.test(data375)){
const err1485 = {instancePath:instancePath+"/staff/" + i38+"/pin",schemaPath:"#/properties/staff/items/properties/pin/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4,8}$"},message:"must match pattern \""+"^[0-9]{4,8}$"+"\""};
if(vErrors === null){
vErrors = [err1485];
}
else {
vErrors.push(err1485);
}
errors++;
}
}
else {
const err1486 = {instancePath:instancePath+"/staff/" + i38+"/pin",schemaPath:"#/properties/staff/items/properties/pin/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1486];
}
else {
vErrors.push(err1486);
}
errors++;
}
if(errors > 0){
const emErrs240 = [];
for(const err1487 of vErrors){
if(((((err1487.keyword !== "errorMessage") && (!err1487.emUsed)) && ((err1487.instancePath === instancePath+"/staff/" + i38+"/pin") || ((err1487.instancePath.indexOf(instancePath+"/staff/" + i38+"/pin") === 0) && (err1487.instancePath[instancePath+"/staff/" + i38+"/pin".length] === "/")))) && (err1487.schemaPath.indexOf("#/properties/staff/items/properties/pin") === 0)) && (err1487.schemaPath["#/properties/staff/items/properties/pin".length] === "/")){
emErrs240.push(err1487);
err1487.emUsed = true;
}
}
if(emErrs240.length){
const err1488 = {instancePath:instancePath+"/staff/" + i38+"/pin",schemaPath:"#/properties/staff/items/properties/pin/errorMessage",keyword:"errorMessage",params:{errors: emErrs240},message:"must be 4–8 digits, typed on the keypad"};
if(vErrors === null){
vErrors = [err1488];
}
else {
vErrors.push(err1488);
}
errors++;
}
const emErrs241 = [];
for(const err1489 of vErrors){
if(!err1489.emUsed){
emErrs241.push(err1489);
}
}
vErrors = emErrs241;
errors = emErrs241.length;
}
}
if(data372.services !== undefined){
let data376 = data372.services;
if(Array.isArray(data376)){
if(data376.length < 1){
const err1490 = {instancePath:instancePath+"/staff/" + i38+"/services",schemaPath:"#/properties/staff/items/properties/services/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err1490];
}
else {
vErrors.push(err1490);
}
errors++;
}
const len36 = data376.length;
for(let i39=0; i39<len36; i39++){
let data377 = data376[i39];
if(typeof data377 === "string"){
if(!pattern0.test(data377)){
const err1491 = {instancePath:instancePath+"/staff/" + i38+"/services/" + i39,schemaPath:"#/properties/staff/items/properties/services/items/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]{0,31}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]{0,31}$"+"\""};
if(vErrors === null){
vErrors = [err1491];
}
else {
vErrors.push(err1491);
}
errors++;
}
}
else {
const err1492 = {instancePath:instancePath+"/staff/" + i38+"/services/" + i39,schemaPath:"#/properties/staff/items/properties/services/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1492];
}
else {
vErrors.push(err1492);
}
errors++;
}
if(errors > 0){
const emErrs242 = [];
for(const err1493 of vErrors){
if(((((err1493.keyword !== "errorMessage") && (!err1493.emUsed)) && ((err1493.instancePath === instancePath+"/staff/" + i38+"/services/" + i39) || ((err1493.instancePath.indexOf(instancePath+"/staff/" + i38+"/services/" + i39) === 0) && (err1493.instancePath[instancePath+"/staff/" + i38+"/services/" + i39.length] === "/")))) && (err1493.schemaPath.indexOf("#/properties/staff/items/properties/services/items") === 0)) && (err1493.schemaPath["#/properties/staff/items/properties/services/items".length] === "/")){
emErrs242.push(err1493);
err1493.emUsed = true;
}
}
if(emErrs242.length){
const err1494 = {instancePath:instancePath+"/staff/" + i38+"/services/" + i39,schemaPath:"#/properties/staff/items/properties/services/items/errorMessage",keyword:"errorMessage",params:{errors: emErrs242},message:"must be 1–32 lower-case letters, digits or dashes, starting with a letter or digit"};
if(vErrors === null){
vErrors = [err1494];
}
else {
vErrors.push(err1494);
}
errors++;
}
const emErrs243 = [];
for(const err1495 of vErrors){
if(!err1495.emUsed){
emErrs243.push(err1495);
}
}
vErrors = emErrs243;
errors = emErrs243.length;
}
}
}
else {
const err1496 = {instancePath:instancePath+"/staff/" + i38+"/services",schemaPath:"#/properties/staff/items/properties/services/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err1496];
}
else {
vErrors.push(err1496);
}
errors++;
}
}
}
else {
const err1497 = {instancePath:instancePath+"/staff/" + i38,schemaPath:"#/properties/staff/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err1497];
}
else {
vErrors.push(err1497);
}
errors++;
}
}
}
else {
const err1498 = {instancePath:instancePath+"/staff",schemaPath:"#/properties/staff/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err1498];
}
else {
vErrors.push(err1498);
}
errors++;
}
}
}
else {
const err1499 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err1499];
}
else {
vErrors.push(err1499);
}
errors++;
}
validate14.errors = vErrors;
return errors === 0;
}

export const command = validate15;
const schema17 = {"type":"object","discriminator":{"propertyName":"type"},"oneOf":[{"additionalProperties":false,"type":"object","required":["req","type","service"],"properties":{"req":{"pattern":"^[\\w.:-]{1,64}$","type":"string"},"type":{"const":"issue","type":"string"},"service":{"pattern":"^[a-z0-9][a-z0-9-]{0,31}$","errorMessage":"must be the id of one from the config","type":"string"},"priority":{"anyOf":[{"const":"normal","type":"string"},{"const":"priority","type":"string"},{"const":"vip","type":"string"}]},"token":{"pattern":"^[A-Za-z0-9_-]{22,64}$","errorMessage":"must be 22–64 letters, digits, _ or - (a random status-page token)","type":"string"}}},{"additionalProperties":false,"type":"object","required":["req","type","counter"],"properties":{"req":{"pattern":"^[\\w.:-]{1,64}$","type":"string"},"type":{"const":"callNext","type":"string"},"counter":{"pattern":"^[a-z0-9][a-z0-9-]{0,31}$","errorMessage":"must be the id of one from the config","type":"string"}}},{"additionalProperties":false,"type":"object","required":["req","type","counter"],"properties":{"req":{"pattern":"^[\\w.:-]{1,64}$","type":"string"},"type":{"const":"recall","type":"string"},"counter":{"pattern":"^[a-z0-9][a-z0-9-]{0,31}$","errorMessage":"must be the id of one from the config","type":"string"}}},{"additionalProperties":false,"type":"object","required":["req","type","counter"],"properties":{"req":{"pattern":"^[\\w.:-]{1,64}$","type":"string"},"type":{"const":"noShow","type":"string"},"counter":{"pattern":"^[a-z0-9][a-z0-9-]{0,31}$","errorMessage":"must be the id of one from the config","type":"string"}}},{"additionalProperties":false,"type":"object","required":["req","type","counter"],"properties":{"req":{"pattern":"^[\\w.:-]{1,64}$","type":"string"},"type":{"const":"start","type":"string"},"counter":{"pattern":"^[a-z0-9][a-z0-9-]{0,31}$","errorMessage":"must be the id of one from the config","type":"string"}}},{"additionalProperties":false,"type":"object","required":["req","type","counter"],"properties":{"req":{"pattern":"^[\\w.:-]{1,64}$","type":"string"},"type":{"const":"finish","type":"string"},"counter":{"pattern":"^[a-z0-9][a-z0-9-]{0,31}$","errorMessage":"must be the id of one from the config","type":"string"}}},{"additionalProperties":false,"type":"object","required":["req","type","counter"],"properties":{"req":{"pattern":"^[\\w.:-]{1,64}$","type":"string"},"type":{"const":"hold","type":"string"},"counter":{"pattern":"^[a-z0-9][a-z0-9-]{0,31}$","errorMessage":"must be the id of one from the config","type":"string"}}},{"additionalProperties":false,"type":"object","required":["req","type","counter"],"properties":{"req":{"pattern":"^[\\w.:-]{1,64}$","type":"string"},"type":{"const":"pause","type":"string"},"counter":{"pattern":"^[a-z0-9][a-z0-9-]{0,31}$","errorMessage":"must be the id of one from the config","type":"string"}}},{"additionalProperties":false,"type":"object","required":["req","type","counter"],"properties":{"req":{"pattern":"^[\\w.:-]{1,64}$","type":"string"},"type":{"const":"resume","type":"string"},"counter":{"pattern":"^[a-z0-9][a-z0-9-]{0,31}$","errorMessage":"must be the id of one from the config","type":"string"}}},{"additionalProperties":false,"type":"object","required":["req","type","counter","to"],"properties":{"req":{"pattern":"^[\\w.:-]{1,64}$","type":"string"},"type":{"const":"transfer","type":"string"},"counter":{"pattern":"^[a-z0-9][a-z0-9-]{0,31}$","errorMessage":"must be the id of one from the config","type":"string"},"to":{"errorMessage":"must be {\"service\": id} or {\"counter\": id}","anyOf":[{"additionalProperties":false,"type":"object","required":["service"],"properties":{"service":{"pattern":"^[a-z0-9][a-z0-9-]{0,31}$","errorMessage":"must be the id of one from the config","type":"string"}}},{"additionalProperties":false,"type":"object","required":["counter"],"properties":{"counter":{"pattern":"^[a-z0-9][a-z0-9-]{0,31}$","errorMessage":"must be the id of one from the config","type":"string"}}}]},"position":{"anyOf":[{"const":"front","type":"string"},{"const":"arrival","type":"string"}]}}},{"additionalProperties":false,"type":"object","required":["req","type","counter","label"],"properties":{"req":{"pattern":"^[\\w.:-]{1,64}$","type":"string"},"type":{"const":"callTicket","type":"string"},"counter":{"pattern":"^[a-z0-9][a-z0-9-]{0,31}$","errorMessage":"must be the id of one from the config","type":"string"},"label":{"minLength":1,"maxLength":8,"errorMessage":"must be a ticket label such as A023","type":"string"}}},{"additionalProperties":false,"type":"object","required":["req","type","label"],"properties":{"req":{"pattern":"^[\\w.:-]{1,64}$","type":"string"},"type":{"const":"cancel","type":"string"},"label":{"minLength":1,"maxLength":8,"errorMessage":"must be a ticket label such as A023","type":"string"}}},{"additionalProperties":false,"type":"object","required":["req","type","label"],"properties":{"req":{"pattern":"^[\\w.:-]{1,64}$","type":"string"},"type":{"const":"markUnprinted","type":"string"},"label":{"minLength":1,"maxLength":8,"errorMessage":"must be a ticket label such as A023","type":"string"},"reason":{"maxLength":200,"type":"string"}}},{"additionalProperties":false,"type":"object","required":["req","type","label"],"properties":{"req":{"pattern":"^[\\w.:-]{1,64}$","type":"string"},"type":{"const":"reprint","type":"string"},"label":{"minLength":1,"maxLength":8,"errorMessage":"must be a ticket label such as A023","type":"string"}}},{"additionalProperties":false,"type":"object","required":["req","type","label"],"properties":{"req":{"pattern":"^[\\w.:-]{1,64}$","type":"string"},"type":{"const":"markPrinted","type":"string"},"label":{"minLength":1,"maxLength":8,"errorMessage":"must be a ticket label such as A023","type":"string"}}},{"additionalProperties":false,"type":"object","required":["req","type"],"properties":{"req":{"pattern":"^[\\w.:-]{1,64}$","type":"string"},"type":{"const":"tick","type":"string"}}},{"additionalProperties":false,"type":"object","required":["req","type","counter","pin"],"properties":{"req":{"pattern":"^[\\w.:-]{1,64}$","type":"string"},"type":{"const":"login","type":"string"},"counter":{"pattern":"^[a-z0-9][a-z0-9-]{0,31}$","errorMessage":"must be the id of one from the config","type":"string"},"pin":{"pattern":"^[0-9]{4,8}$","errorMessage":"must be a PIN of 4–8 digits","type":"string"}}},{"additionalProperties":false,"type":"object","required":["req","type","counter"],"properties":{"req":{"pattern":"^[\\w.:-]{1,64}$","type":"string"},"type":{"const":"logout","type":"string"},"counter":{"pattern":"^[a-z0-9][a-z0-9-]{0,31}$","errorMessage":"must be the id of one from the config","type":"string"}}},{"additionalProperties":false,"type":"object","required":["req","type","point"],"properties":{"req":{"pattern":"^[\\w.:-]{1,64}$","type":"string"},"type":{"const":"raiseIncident","type":"string"},"point":{"pattern":"^[a-z0-9][a-z0-9-]{0,31}$","errorMessage":"must be the id of one from the config","type":"string"}}},{"additionalProperties":false,"type":"object","required":["req","type","by","via"],"properties":{"req":{"pattern":"^[\\w.:-]{1,64}$","type":"string"},"type":{"const":"acknowledgeIncident","type":"string"},"incident":{"pattern":"^inc-[0-9]{1,12}$","errorMessage":"must be an incident id such as inc-12","type":"string"},"point":{"pattern":"^[a-z0-9][a-z0-9-]{0,31}$","errorMessage":"must be the id of one from the config","type":"string"},"by":{"minLength":1,"maxLength":64,"type":"string"},"via":{"anyOf":[{"const":"key","type":"string"},{"const":"keypad","type":"string"},{"const":"sms","type":"string"}]}}},{"additionalProperties":false,"type":"object","required":["req","type"],"properties":{"req":{"pattern":"^[\\w.:-]{1,64}$","type":"string"},"type":{"const":"clearIncident","type":"string"},"incident":{"pattern":"^inc-[0-9]{1,12}$","errorMessage":"must be an incident id such as inc-12","type":"string"},"point":{"pattern":"^[a-z0-9][a-z0-9-]{0,31}$","errorMessage":"must be the id of one from the config","type":"string"},"by":{"minLength":1,"maxLength":64,"type":"string"}}},{"additionalProperties":false,"type":"object","required":["req","type","incident","level","to","channel","delivered"],"properties":{"req":{"pattern":"^[\\w.:-]{1,64}$","type":"string"},"type":{"const":"recordNotification","type":"string"},"incident":{"pattern":"^inc-[0-9]{1,12}$","errorMessage":"must be an incident id such as inc-12","type":"string"},"level":{"minimum":0,"maximum":32,"type":"integer"},"to":{"maxItems":32,"type":"array","items":{"maxLength":32,"type":"string"}},"channel":{"anyOf":[{"const":"sms","type":"string"},{"const":"mqtt","type":"string"}]},"delivered":{"type":"boolean"},"detail":{"maxLength":500,"type":"string"}}},{"additionalProperties":false,"type":"object","required":["req","type","counter","score"],"properties":{"req":{"pattern":"^[\\w.:-]{1,64}$","type":"string"},"type":{"const":"rate","type":"string"},"counter":{"pattern":"^[a-z0-9][a-z0-9-]{0,31}$","errorMessage":"must be the id of one from the config","type":"string"},"score":{"minimum":1,"maximum":5,"errorMessage":"must be a whole number from 1 to 5","type":"integer"}}}],"required":["type"]};
const pattern52 = new RegExp("^[\\w.:-]{1,64}$", "u");
const pattern54 = new RegExp("^[A-Za-z0-9_-]{22,64}$", "u");
const pattern90 = new RegExp("^inc-[0-9]{1,12}$", "u");

function validate15(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
const tag0 = data.type;
if(typeof tag0 == "string"){
if(tag0 === "issue"){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.req === undefined){
const err1 = {instancePath,schemaPath:"#/oneOf/0/required",keyword:"required",params:{missingProperty: "req"},message:"must have required property '"+"req"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.type === undefined){
const err2 = {instancePath,schemaPath:"#/oneOf/0/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.service === undefined){
const err3 = {instancePath,schemaPath:"#/oneOf/0/required",keyword:"required",params:{missingProperty: "service"},message:"must have required property '"+"service"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "req") || (key0 === "type")) || (key0 === "service")) || (key0 === "priority")) || (key0 === "token"))){
const err4 = {instancePath,schemaPath:"#/oneOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.req !== undefined){
let data0 = data.req;
if(typeof data0 === "string"){
if(!pattern52.test(data0)){
const err5 = {instancePath:instancePath+"/req",schemaPath:"#/oneOf/0/properties/req/pattern",keyword:"pattern",params:{pattern: "^[\\w.:-]{1,64}$"},message:"must match pattern \""+"^[\\w.:-]{1,64}$"+"\""};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/req",schemaPath:"#/oneOf/0/properties/req/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.type !== undefined){
let data1 = data.type;
if(typeof data1 !== "string"){
const err7 = {instancePath:instancePath+"/type",schemaPath:"#/oneOf/0/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if("issue" !== data1){
const err8 = {instancePath:instancePath+"/type",schemaPath:"#/oneOf/0/properties/type/const",keyword:"const",params:{allowedValue: "issue"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.service !== undefined){
let data2 = data.service;
if(typeof data2 === "string"){
if(!pattern0.test(data2)){
const err9 = {instancePath:instancePath+"/service",schemaPath:"#/oneOf/0/properties/service/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]{0,31}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]{0,31}$"+"\""};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/service",schemaPath:"#/oneOf/0/properties/service/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(errors > 0){
const emErrs0 = [];
for(const err11 of vErrors){
if(((((err11.keyword !== "errorMessage") && (!err11.emUsed)) && ((err11.instancePath === instancePath+"/service") || ((err11.instancePath.indexOf(instancePath+"/service") === 0) && (err11.instancePath[instancePath+"/service".length] === "/")))) && (err11.schemaPath.indexOf("#/oneOf/0/properties/service") === 0)) && (err11.schemaPath["#/oneOf/0/properties/service".length] === "/")){
emErrs0.push(err11);
err11.emUsed = true;
}
}
if(emErrs0.length){
const err12 = {instancePath:instancePath+"/service",schemaPath:"#/oneOf/0/properties/service/errorMessage",keyword:"errorMessage",params:{errors: emErrs0},message:"must be the id of one from the config"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
const emErrs1 = [];
for(const err13 of vErrors){
if(!err13.emUsed){
emErrs1.push(err13);
}
}
vErrors = emErrs1;
errors = emErrs1.length;
}
}
if(data.priority !== undefined){
let data3 = data.priority;
const _errs12 = errors;
let valid3 = false;
const _errs13 = errors;
if(typeof data3 !== "string"){
const err14 = {instancePath:instancePath+"/priority",schemaPath:"#/oneOf/0/properties/priority/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if("normal" !== data3){
const err15 = {instancePath:instancePath+"/priority",schemaPath:"#/oneOf/0/properties/priority/anyOf/0/const",keyword:"const",params:{allowedValue: "normal"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
var _valid0 = _errs13 === errors;
valid3 = valid3 || _valid0;
if(!valid3){
const _errs15 = errors;
if(typeof data3 !== "string"){
const err16 = {instancePath:instancePath+"/priority",schemaPath:"#/oneOf/0/properties/priority/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if("priority" !== data3){
const err17 = {instancePath:instancePath+"/priority",schemaPath:"#/oneOf/0/properties/priority/anyOf/1/const",keyword:"const",params:{allowedValue: "priority"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
var _valid0 = _errs15 === errors;
valid3 = valid3 || _valid0;
if(!valid3){
const _errs17 = errors;
if(typeof data3 !== "string"){
const err18 = {instancePath:instancePath+"/priority",schemaPath:"#/oneOf/0/properties/priority/anyOf/2/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if("vip" !== data3){
const err19 = {instancePath:instancePath+"/priority",schemaPath:"#/oneOf/0/properties/priority/anyOf/2/const",keyword:"const",params:{allowedValue: "vip"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
var _valid0 = _errs17 === errors;
valid3 = valid3 || _valid0;
}
}
if(!valid3){
const err20 = {instancePath:instancePath+"/priority",schemaPath:"#/oneOf/0/properties/priority/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
else {
errors = _errs12;
if(vErrors !== null){
if(_errs12){
vErrors.length = _errs12;
}
else {
vErrors = null;
}
}
}
}
if(data.token !== undefined){
let data4 = data.token;
if(typeof data4 === "string"){
if(!pattern54.test(data4)){
const err21 = {instancePath:instancePath+"/token",schemaPath:"#/oneOf/0/properties/token/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_-]{22,64}$"},message:"must match pattern \""+"^[A-Za-z0-9_-]{22,64}$"+"\""};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/token",schemaPath:"#/oneOf/0/properties/token/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(errors > 0){
const emErrs2 = [];
for(const err23 of vErrors){
if(((((err23.keyword !== "errorMessage") && (!err23.emUsed)) && ((err23.instancePath === instancePath+"/token") || ((err23.instancePath.indexOf(instancePath+"/token") === 0) && (err23.instancePath[instancePath+"/token".length] === "/")))) && (err23.schemaPath.indexOf("#/oneOf/0/properties/token") === 0)) && (err23.schemaPath["#/oneOf/0/properties/token".length] === "/")){
emErrs2.push(err23);
err23.emUsed = true;
}
}
if(emErrs2.length){
const err24 = {instancePath:instancePath+"/token",schemaPath:"#/oneOf/0/properties/token/errorMessage",keyword:"errorMessage",params:{errors: emErrs2},message:"must be 22–64 letters, digits, _ or - (a random status-page token)"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
const emErrs3 = [];
for(const err25 of vErrors){
if(!err25.emUsed){
emErrs3.push(err25);
}
}
vErrors = emErrs3;
errors = emErrs3.length;
}
}
}
else {
const err26 = {instancePath,schemaPath:"#/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
else if(tag0 === "callNext"){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.req === undefined){
const err27 = {instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: "req"},message:"must have required property '"+"req"+"'"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(data.type === undefined){
const err28 = {instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(data.counter === undefined){
const err29 = {instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: "counter"},message:"must have required property '"+"counter"+"'"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
for(const key1 in data){
if(!(((key1 === "req") || (key1 === "type")) || (key1 === "counter"))){
const err30 = {instancePath,schemaPath:"#/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data.req !== undefined){
let data5 = data.req;
if(typeof data5 === "string"){
if(!pattern52.test(data5)){
const err31 = {instancePath:instancePath+"/req",schemaPath:"#/oneOf/1/properties/req/pattern",keyword:"pattern",params:{pattern: "^[\\w.:-]{1,64}$"},message:"must match pattern \""+"^[\\w.:-]{1,64}$"+"\""};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
else {
const err32 = {instancePath:instancePath+"/req",schemaPath:"#/oneOf/1/properties/req/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data.type !== undefined){
let data6 = data.type;
if(typeof data6 !== "string"){
const err33 = {instancePath:instancePath+"/type",schemaPath:"#/oneOf/1/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if("callNext" !== data6){
const err34 = {instancePath:instancePath+"/type",schemaPath:"#/oneOf/1/properties/type/const",keyword:"const",params:{allowedValue: "callNext"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data.counter !== undefined){
let data7 = data.counter;
if(typeof data7 === "string"){
if(!pattern0.test(data7)){
const err35 = {instancePath:instancePath+"/counter",schemaPath:"#/oneOf/1/properties/counter/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]{0,31}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]{0,31}$"+"\""};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
else {
const err36 = {instancePath:instancePath+"/counter",schemaPath:"#/oneOf/1/properties/counter/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if(errors > 0){
const emErrs4 = [];
for(const err37 of vErrors){
if(((((err37.keyword !== "errorMessage") && (!err37.emUsed)) && ((err37.instancePath === instancePath+"/counter") || ((err37.instancePath.indexOf(instancePath+"/counter") === 0) && (err37.instancePath[instancePath+"/counter".length] === "/")))) && (err37.schemaPath.indexOf("#/oneOf/1/properties/counter") === 0)) && (err37.schemaPath["#/oneOf/1/properties/counter".length] === "/")){
emErrs4.push(err37);
err37.emUsed = true;
}
}
if(emErrs4.length){
const err38 = {instancePath:instancePath+"/counter",schemaPath:"#/oneOf/1/properties/counter/errorMessage",keyword:"errorMessage",params:{errors: emErrs4},message:"must be the id of one from the config"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
const emErrs5 = [];
for(const err39 of vErrors){
if(!err39.emUsed){
emErrs5.push(err39);
}
}
vErrors = emErrs5;
errors = emErrs5.length;
}
}
}
else {
const err40 = {instancePath,schemaPath:"#/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
else if(tag0 === "recall"){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.req === undefined){
const err41 = {instancePath,schemaPath:"#/oneOf/2/required",keyword:"required",params:{missingProperty: "req"},message:"must have required property '"+"req"+"'"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
if(data.type === undefined){
const err42 = {instancePath,schemaPath:"#/oneOf/2/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
if(data.counter === undefined){
const err43 = {instancePath,schemaPath:"#/oneOf/2/required",keyword:"required",params:{missingProperty: "counter"},message:"must have required property '"+"counter"+"'"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
for(const key2 in data){
if(!(((key2 === "req") || (key2 === "type")) || (key2 === "counter"))){
const err44 = {instancePath,schemaPath:"#/oneOf/2/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data.req !== undefined){
let data8 = data.req;
if(typeof data8 === "string"){
if(!pattern52.test(data8)){
const err45 = {instancePath:instancePath+"/req",schemaPath:"#/oneOf/2/properties/req/pattern",keyword:"pattern",params:{pattern: "^[\\w.:-]{1,64}$"},message:"must match pattern \""+"^[\\w.:-]{1,64}$"+"\""};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
else {
const err46 = {instancePath:instancePath+"/req",schemaPath:"#/oneOf/2/properties/req/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data.type !== undefined){
let data9 = data.type;
if(typeof data9 !== "string"){
const err47 = {instancePath:instancePath+"/type",schemaPath:"#/oneOf/2/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
if("recall" !== data9){
const err48 = {instancePath:instancePath+"/type",schemaPath:"#/oneOf/2/properties/type/const",keyword:"const",params:{allowedValue: "recall"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
if(data.counter !== undefined){
let data10 = data.counter;
if(typeof data10 === "string"){
if(!pattern0.test(data10)){
const err49 = {instancePath:instancePath+"/counter",schemaPath:"#/oneOf/2/properties/counter/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]{0,31}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]{0,31}$"+"\""};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
else {
const err50 = {instancePath:instancePath+"/counter",schemaPath:"#/oneOf/2/properties/counter/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
if(errors > 0){
const emErrs6 = [];
for(const err51 of vErrors){
if(((((err51.keyword !== "errorMessage") && (!err51.emUsed)) && ((err51.instancePath === instancePath+"/counter") || ((err51.instancePath.indexOf(instancePath+"/counter") === 0) && (err51.instancePath[instancePath+"/counter".length] === "/")))) && (err51.schemaPath.indexOf("#/oneOf/2/properties/counter") === 0)) && (err51.schemaPath["#/oneOf/2/properties/counter".length] === "/")){
emErrs6.push(err51);
err51.emUsed = true;
}
}
if(emErrs6.length){
const err52 = {instancePath:instancePath+"/counter",schemaPath:"#/oneOf/2/properties/counter/errorMessage",keyword:"errorMessage",params:{errors: emErrs6},message:"must be the id of one from the config"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
const emErrs7 = [];
for(const err53 of vErrors){
if(!err53.emUsed){
emErrs7.push(err53);
}
}
vErrors = emErrs7;
errors = emErrs7.length;
}
}
}
else {
const err54 = {instancePath,schemaPath:"#/oneOf/2/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
else if(tag0 === "noShow"){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.req === undefined){
const err55 = {instancePath,schemaPath:"#/oneOf/3/required",keyword:"required",params:{missingProperty: "req"},message:"must have required property '"+"req"+"'"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
if(data.type === undefined){
const err56 = {instancePath,schemaPath:"#/oneOf/3/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
if(data.counter === undefined){
const err57 = {instancePath,schemaPath:"#/oneOf/3/required",keyword:"required",params:{missingProperty: "counter"},message:"must have required property '"+"counter"+"'"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
for(const key3 in data){
if(!(((key3 === "req") || (key3 === "type")) || (key3 === "counter"))){
const err58 = {instancePath,schemaPath:"#/oneOf/3/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
if(data.req !== undefined){
let data11 = data.req;
if(typeof data11 === "string"){
if(!pattern52.test(data11)){
const err59 = {instancePath:instancePath+"/req",schemaPath:"#/oneOf/3/properties/req/pattern",keyword:"pattern",params:{pattern: "^[\\w.:-]{1,64}$"},message:"must match pattern \""+"^[\\w.:-]{1,64}$"+"\""};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
else {
const err60 = {instancePath:instancePath+"/req",schemaPath:"#/oneOf/3/properties/req/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
if(data.type !== undefined){
let data12 = data.type;
if(typeof data12 !== "string"){
const err61 = {instancePath:instancePath+"/type",schemaPath:"#/oneOf/3/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
if("noShow" !== data12){
const err62 = {instancePath:instancePath+"/type",schemaPath:"#/oneOf/3/properties/type/const",keyword:"const",params:{allowedValue: "noShow"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
if(data.counter !== undefined){
let data13 = data.counter;
if(typeof data13 === "string"){
if(!pattern0.test(data13)){
const err63 = {instancePath:instancePath+"/counter",schemaPath:"#/oneOf/3/properties/counter/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]{0,31}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]{0,31}$"+"\""};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
else {
const err64 = {instancePath:instancePath+"/counter",schemaPath:"#/oneOf/3/properties/counter/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
if(errors > 0){
const emErrs8 = [];
for(const err65 of vErrors){
if(((((err65.keyword !== "errorMessage") && (!err65.emUsed)) && ((err65.instancePath === instancePath+"/counter") || ((err65.instancePath.indexOf(instancePath+"/counter") === 0) && (err65.instancePath[instancePath+"/counter".length] === "/")))) && (err65.schemaPath.indexOf("#/oneOf/3/properties/counter") === 0)) && (err65.schemaPath["#/oneOf/3/properties/counter".length] === "/")){
emErrs8.push(err65);
err65.emUsed = true;
}
}
if(emErrs8.length){
const err66 = {instancePath:instancePath+"/counter",schemaPath:"#/oneOf/3/properties/counter/errorMessage",keyword:"errorMessage",params:{errors: emErrs8},message:"must be the id of one from the config"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
const emErrs9 = [];
for(const err67 of vErrors){
if(!err67.emUsed){
emErrs9.push(err67);
}
}
vErrors = emErrs9;
errors = emErrs9.length;
}
}
}
else {
const err68 = {instancePath,schemaPath:"#/oneOf/3/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
else if(tag0 === "start"){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.req === undefined){
const err69 = {instancePath,schemaPath:"#/oneOf/4/required",keyword:"required",params:{missingProperty: "req"},message:"must have required property '"+"req"+"'"};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
if(data.type === undefined){
const err70 = {instancePath,schemaPath:"#/oneOf/4/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
if(data.counter === undefined){
const err71 = {instancePath,schemaPath:"#/oneOf/4/required",keyword:"required",params:{missingProperty: "counter"},message:"must have required property '"+"counter"+"'"};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
for(const key4 in data){
if(!(((key4 === "req") || (key4 === "type")) || (key4 === "counter"))){
const err72 = {instancePath,schemaPath:"#/oneOf/4/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
if(data.req !== undefined){
let data14 = data.req;
if(typeof data14 === "string"){
if(!pattern52.test(data14)){
const err73 = {instancePath:instancePath+"/req",schemaPath:"#/oneOf/4/properties/req/pattern",keyword:"pattern",params:{pattern: "^[\\w.:-]{1,64}$"},message:"must match pattern \""+"^[\\w.:-]{1,64}$"+"\""};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
else {
const err74 = {instancePath:instancePath+"/req",schemaPath:"#/oneOf/4/properties/req/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
if(data.type !== undefined){
let data15 = data.type;
if(typeof data15 !== "string"){
const err75 = {instancePath:instancePath+"/type",schemaPath:"#/oneOf/4/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
if("start" !== data15){
const err76 = {instancePath:instancePath+"/type",schemaPath:"#/oneOf/4/properties/type/const",keyword:"const",params:{allowedValue: "start"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
if(data.counter !== undefined){
let data16 = data.counter;
if(typeof data16 === "string"){
if(!pattern0.test(data16)){
const err77 = {instancePath:instancePath+"/counter",schemaPath:"#/oneOf/4/properties/counter/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]{0,31}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]{0,31}$"+"\""};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
else {
const err78 = {instancePath:instancePath+"/counter",schemaPath:"#/oneOf/4/properties/counter/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
if(errors > 0){
const emErrs10 = [];
for(const err79 of vErrors){
if(((((err79.keyword !== "errorMessage") && (!err79.emUsed)) && ((err79.instancePath === instancePath+"/counter") || ((err79.instancePath.indexOf(instancePath+"/counter") === 0) && (err79.instancePath[instancePath+"/counter".length] === "/")))) && (err79.schemaPath.indexOf("#/oneOf/4/properties/counter") === 0)) && (err79.schemaPath["#/oneOf/4/properties/counter".length] === "/")){
emErrs10.push(err79);
err79.emUsed = true;
}
}
if(emErrs10.length){
const err80 = {instancePath:instancePath+"/counter",schemaPath:"#/oneOf/4/properties/counter/errorMessage",keyword:"errorMessage",params:{errors: emErrs10},message:"must be the id of one from the config"};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
const emErrs11 = [];
for(const err81 of vErrors){
if(!err81.emUsed){
emErrs11.push(err81);
}
}
vErrors = emErrs11;
errors = emErrs11.length;
}
}
}
else {
const err82 = {instancePath,schemaPath:"#/oneOf/4/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
else if(tag0 === "finish"){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.req === undefined){
const err83 = {instancePath,schemaPath:"#/oneOf/5/required",keyword:"required",params:{missingProperty: "req"},message:"must have required property '"+"req"+"'"};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
if(data.type === undefined){
const err84 = {instancePath,schemaPath:"#/oneOf/5/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
if(data.counter === undefined){
const err85 = {instancePath,schemaPath:"#/oneOf/5/required",keyword:"required",params:{missingProperty: "counter"},message:"must have required property '"+"counter"+"'"};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
for(const key5 in data){
if(!(((key5 === "req") || (key5 === "type")) || (key5 === "counter"))){
const err86 = {instancePath,schemaPath:"#/oneOf/5/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
}
if(data.req !== undefined){
let data17 = data.req;
if(typeof data17 === "string"){
if(!pattern52.test(data17)){
const err87 = {instancePath:instancePath+"/req",schemaPath:"#/oneOf/5/properties/req/pattern",keyword:"pattern",params:{pattern: "^[\\w.:-]{1,64}$"},message:"must match pattern \""+"^[\\w.:-]{1,64}$"+"\""};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
}
else {
const err88 = {instancePath:instancePath+"/req",schemaPath:"#/oneOf/5/properties/req/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
}
if(data.type !== undefined){
let data18 = data.type;
if(typeof data18 !== "string"){
const err89 = {instancePath:instancePath+"/type",schemaPath:"#/oneOf/5/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
if("finish" !== data18){
const err90 = {instancePath:instancePath+"/type",schemaPath:"#/oneOf/5/properties/type/const",keyword:"const",params:{allowedValue: "finish"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
}
if(data.counter !== undefined){
let data19 = data.counter;
if(typeof data19 === "string"){
if(!pattern0.test(data19)){
const err91 = {instancePath:instancePath+"/counter",schemaPath:"#/oneOf/5/properties/counter/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]{0,31}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]{0,31}$"+"\""};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
}
else {
const err92 = {instancePath:instancePath+"/counter",schemaPath:"#/oneOf/5/properties/counter/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
if(errors > 0){
const emErrs12 = [];
for(const err93 of vErrors){
if(((((err93.keyword !== "errorMessage") && (!err93.emUsed)) && ((err93.instancePath === instancePath+"/counter") || ((err93.instancePath.indexOf(instancePath+"/counter") === 0) && (err93.instancePath[instancePath+"/counter".length] === "/")))) && (err93.schemaPath.indexOf("#/oneOf/5/properties/counter") === 0)) && (err93.schemaPath["#/oneOf/5/properties/counter".length] === "/")){
emErrs12.push(err93);
err93.emUsed = true;
}
}
if(emErrs12.length){
const err94 = {instancePath:instancePath+"/counter",schemaPath:"#/oneOf/5/properties/counter/errorMessage",keyword:"errorMessage",params:{errors: emErrs12},message:"must be the id of one from the config"};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
const emErrs13 = [];
for(const err95 of vErrors){
if(!err95.emUsed){
emErrs13.push(err95);
}
}
vErrors = emErrs13;
errors = emErrs13.length;
}
}
}
else {
const err96 = {instancePath,schemaPath:"#/oneOf/5/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
}
else if(tag0 === "hold"){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.req === undefined){
const err97 = {instancePath,schemaPath:"#/oneOf/6/required",keyword:"required",params:{missingProperty: "req"},message:"must have required property '"+"req"+"'"};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
if(data.type === undefined){
const err98 = {instancePath,schemaPath:"#/oneOf/6/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
if(data.counter === undefined){
const err99 = {instancePath,schemaPath:"#/oneOf/6/required",keyword:"required",params:{missingProperty: "counter"},message:"must have required property '"+"counter"+"'"};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
for(const key6 in data){
if(!(((key6 === "req") || (key6 === "type")) || (key6 === "counter"))){
const err100 = {instancePath,schemaPath:"#/oneOf/6/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
}
if(data.req !== undefined){
let data20 = data.req;
if(typeof data20 === "string"){
if(!pattern52.test(data20)){
const err101 = {instancePath:instancePath+"/req",schemaPath:"#/oneOf/6/properties/req/pattern",keyword:"pattern",params:{pattern: "^[\\w.:-]{1,64}$"},message:"must match pattern \""+"^[\\w.:-]{1,64}$"+"\""};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
}
else {
const err102 = {instancePath:instancePath+"/req",schemaPath:"#/oneOf/6/properties/req/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
}
if(data.type !== undefined){
let data21 = data.type;
if(typeof data21 !== "string"){
const err103 = {instancePath:instancePath+"/type",schemaPath:"#/oneOf/6/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
if("hold" !== data21){
const err104 = {instancePath:instancePath+"/type",schemaPath:"#/oneOf/6/properties/type/const",keyword:"const",params:{allowedValue: "hold"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
}
if(data.counter !== undefined){
let data22 = data.counter;
if(typeof data22 === "string"){
if(!pattern0.test(data22)){
const err105 = {instancePath:instancePath+"/counter",schemaPath:"#/oneOf/6/properties/counter/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]{0,31}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]{0,31}$"+"\""};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
}
else {
const err106 = {instancePath:instancePath+"/counter",schemaPath:"#/oneOf/6/properties/counter/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
if(errors > 0){
const emErrs14 = [];
for(const err107 of vErrors){
if(((((err107.keyword !== "errorMessage") && (!err107.emUsed)) && ((err107.instancePath === instancePath+"/counter") || ((err107.instancePath.indexOf(instancePath+"/counter") === 0) && (err107.instancePath[instancePath+"/counter".length] === "/")))) && (err107.schemaPath.indexOf("#/oneOf/6/properties/counter") === 0)) && (err107.schemaPath["#/oneOf/6/properties/counter".length] === "/")){
emErrs14.push(err107);
err107.emUsed = true;
}
}
if(emErrs14.length){
const err108 = {instancePath:instancePath+"/counter",schemaPath:"#/oneOf/6/properties/counter/errorMessage",keyword:"errorMessage",params:{errors: emErrs14},message:"must be the id of one from the config"};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
const emErrs15 = [];
for(const err109 of vErrors){
if(!err109.emUsed){
emErrs15.push(err109);
}
}
vErrors = emErrs15;
errors = emErrs15.length;
}
}
}
else {
const err110 = {instancePath,schemaPath:"#/oneOf/6/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
}
else if(tag0 === "pause"){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.req === undefined){
const err111 = {instancePath,schemaPath:"#/oneOf/7/required",keyword:"required",params:{missingProperty: "req"},message:"must have required property '"+"req"+"'"};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
if(data.type === undefined){
const err112 = {instancePath,schemaPath:"#/oneOf/7/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
if(data.counter === undefined){
const err113 = {instancePath,schemaPath:"#/oneOf/7/required",keyword:"required",params:{missingProperty: "counter"},message:"must have required property '"+"counter"+"'"};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
for(const key7 in data){
if(!(((key7 === "req") || (key7 === "type")) || (key7 === "counter"))){
const err114 = {instancePath,schemaPath:"#/oneOf/7/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
}
if(data.req !== undefined){
let data23 = data.req;
if(typeof data23 === "string"){
if(!pattern52.test(data23)){
const err115 = {instancePath:instancePath+"/req",schemaPath:"#/oneOf/7/properties/req/pattern",keyword:"pattern",params:{pattern: "^[\\w.:-]{1,64}$"},message:"must match pattern \""+"^[\\w.:-]{1,64}$"+"\""};
if(vErrors === null){
vErrors = [err115];
}
else {
vErrors.push(err115);
}
errors++;
}
}
else {
const err116 = {instancePath:instancePath+"/req",schemaPath:"#/oneOf/7/properties/req/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err116];
}
else {
vErrors.push(err116);
}
errors++;
}
}
if(data.type !== undefined){
let data24 = data.type;
if(typeof data24 !== "string"){
const err117 = {instancePath:instancePath+"/type",schemaPath:"#/oneOf/7/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err117];
}
else {
vErrors.push(err117);
}
errors++;
}
if("pause" !== data24){
const err118 = {instancePath:instancePath+"/type",schemaPath:"#/oneOf/7/properties/type/const",keyword:"const",params:{allowedValue: "pause"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err118];
}
else {
vErrors.push(err118);
}
errors++;
}
}
if(data.counter !== undefined){
let data25 = data.counter;
if(typeof data25 === "string"){
if(!pattern0.test(data25)){
const err119 = {instancePath:instancePath+"/counter",schemaPath:"#/oneOf/7/properties/counter/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]{0,31}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]{0,31}$"+"\""};
if(vErrors === null){
vErrors = [err119];
}
else {
vErrors.push(err119);
}
errors++;
}
}
else {
const err120 = {instancePath:instancePath+"/counter",schemaPath:"#/oneOf/7/properties/counter/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err120];
}
else {
vErrors.push(err120);
}
errors++;
}
if(errors > 0){
const emErrs16 = [];
for(const err121 of vErrors){
if(((((err121.keyword !== "errorMessage") && (!err121.emUsed)) && ((err121.instancePath === instancePath+"/counter") || ((err121.instancePath.indexOf(instancePath+"/counter") === 0) && (err121.instancePath[instancePath+"/counter".length] === "/")))) && (err121.schemaPath.indexOf("#/oneOf/7/properties/counter") === 0)) && (err121.schemaPath["#/oneOf/7/properties/counter".length] === "/")){
emErrs16.push(err121);
err121.emUsed = true;
}
}
if(emErrs16.length){
const err122 = {instancePath:instancePath+"/counter",schemaPath:"#/oneOf/7/properties/counter/errorMessage",keyword:"errorMessage",params:{errors: emErrs16},message:"must be the id of one from the config"};
if(vErrors === null){
vErrors = [err122];
}
else {
vErrors.push(err122);
}
errors++;
}
const emErrs17 = [];
for(const err123 of vErrors){
if(!err123.emUsed){
emErrs17.push(err123);
}
}
vErrors = emErrs17;
errors = emErrs17.length;
}
}
}
else {
const err124 = {instancePath,schemaPath:"#/oneOf/7/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err124];
}
else {
vErrors.push(err124);
}
errors++;
}
}
else if(tag0 === "resume"){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.req === undefined){
const err125 = {instancePath,schemaPath:"#/oneOf/8/required",keyword:"required",params:{missingProperty: "req"},message:"must have required property '"+"req"+"'"};
if(vErrors === null){
vErrors = [err125];
}
else {
vErrors.push(err125);
}
errors++;
}
if(data.type === undefined){
const err126 = {instancePath,schemaPath:"#/oneOf/8/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err126];
}
else {
vErrors.push(err126);
}
errors++;
}
if(data.counter === undefined){
const err127 = {instancePath,schemaPath:"#/oneOf/8/required",keyword:"required",params:{missingProperty: "counter"},message:"must have required property '"+"counter"+"'"};
if(vErrors === null){
vErrors = [err127];
}
else {
vErrors.push(err127);
}
errors++;
}
for(const key8 in data){
if(!(((key8 === "req") || (key8 === "type")) || (key8 === "counter"))){
const err128 = {instancePath,schemaPath:"#/oneOf/8/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err128];
}
else {
vErrors.push(err128);
}
errors++;
}
}
if(data.req !== undefined){
let data26 = data.req;
if(typeof data26 === "string"){
if(!pattern52.test(data26)){
const err129 = {instancePath:instancePath+"/req",schemaPath:"#/oneOf/8/properties/req/pattern",keyword:"pattern",params:{pattern: "^[\\w.:-]{1,64}$"},message:"must match pattern \""+"^[\\w.:-]{1,64}$"+"\""};
if(vErrors === null){
vErrors = [err129];
}
else {
vErrors.push(err129);
}
errors++;
}
}
else {
const err130 = {instancePath:instancePath+"/req",schemaPath:"#/oneOf/8/properties/req/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err130];
}
else {
vErrors.push(err130);
}
errors++;
}
}
if(data.type !== undefined){
let data27 = data.type;
if(typeof data27 !== "string"){
const err131 = {instancePath:instancePath+"/type",schemaPath:"#/oneOf/8/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err131];
}
else {
vErrors.push(err131);
}
errors++;
}
if("resume" !== data27){
const err132 = {instancePath:instancePath+"/type",schemaPath:"#/oneOf/8/properties/type/const",keyword:"const",params:{allowedValue: "resume"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err132];
}
else {
vErrors.push(err132);
}
errors++;
}
}
if(data.counter !== undefined){
let data28 = data.counter;
if(typeof data28 === "string"){
if(!pattern0.test(data28)){
const err133 = {instancePath:instancePath+"/counter",schemaPath:"#/oneOf/8/properties/counter/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]{0,31}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]{0,31}$"+"\""};
if(vErrors === null){
vErrors = [err133];
}
else {
vErrors.push(err133);
}
errors++;
}
}
else {
const err134 = {instancePath:instancePath+"/counter",schemaPath:"#/oneOf/8/properties/counter/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err134];
}
else {
vErrors.push(err134);
}
errors++;
}
if(errors > 0){
const emErrs18 = [];
for(const err135 of vErrors){
if(((((err135.keyword !== "errorMessage") && (!err135.emUsed)) && ((err135.instancePath === instancePath+"/counter") || ((err135.instancePath.indexOf(instancePath+"/counter") === 0) && (err135.instancePath[instancePath+"/counter".length] === "/")))) && (err135.schemaPath.indexOf("#/oneOf/8/properties/counter") === 0)) && (err135.schemaPath["#/oneOf/8/properties/counter".length] === "/")){
emErrs18.push(err135);
err135.emUsed = true;
}
}
if(emErrs18.length){
const err136 = {instancePath:instancePath+"/counter",schemaPath:"#/oneOf/8/properties/counter/errorMessage",keyword:"errorMessage",params:{errors: emErrs18},message:"must be the id of one from the config"};
if(vErrors === null){
vErrors = [err136];
}
else {
vErrors.push(err136);
}
errors++;
}
const emErrs19 = [];
for(const err137 of vErrors){
if(!err137.emUsed){
emErrs19.push(err137);
}
}
vErrors = emErrs19;
errors = emErrs19.length;
}
}
}
else {
const err138 = {instancePath,schemaPath:"#/oneOf/8/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err138];
}
else {
vErrors.push(err138);
}
errors++;
}
}
else if(tag0 === "transfer"){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.req === undefined){
const err139 = {instancePath,schemaPath:"#/oneOf/9/required",keyword:"required",params:{missingProperty: "req"},message:"must have required property '"+"req"+"'"};
if(vErrors === null){
vErrors = [err139];
}
else {
vErrors.push(err139);
}
errors++;
}
if(data.type === undefined){
const err140 = {instancePath,schemaPath:"#/oneOf/9/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err140];
}
else {
vErrors.push(err140);
}
errors++;
}
if(data.counter === undefined){
const err141 = {instancePath,schemaPath:"#/oneOf/9/required",keyword:"required",params:{missingProperty: "counter"},message:"must have required property '"+"counter"+"'"};
if(vErrors === null){
vErrors = [err141];
}
else {
vErrors.push(err141);
}
errors++;
}
if(data.to === undefined){
const err142 = {instancePath,schemaPath:"#/oneOf/9/required",keyword:"required",params:{missingProperty: "to"},message:"must have required property '"+"to"+"'"};
if(vErrors === null){
vErrors = [err142];
}
else {
vErrors.push(err142);
}
errors++;
}
for(const key9 in data){
if(!(((((key9 === "req") || (key9 === "type")) || (key9 === "counter")) || (key9 === "to")) || (key9 === "position"))){
const err143 = {instancePath,schemaPath:"#/oneOf/9/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err143];
}
else {
vErrors.push(err143);
}
errors++;
}
}
if(data.req !== undefined){
let data29 = data.req;
if(typeof data29 === "string"){
if(!pattern52.test(data29)){
const err144 = {instancePath:instancePath+"/req",schemaPath:"#/oneOf/9/properties/req/pattern",keyword:"pattern",params:{pattern: "^[\\w.:-]{1,64}$"},message:"must match pattern \""+"^[\\w.:-]{1,64}$"+"\""};
if(vErrors === null){
vErrors = [err144];
}
else {
vErrors.push(err144);
}
errors++;
}
}
else {
const err145 = {instancePath:instancePath+"/req",schemaPath:"#/oneOf/9/properties/req/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err145];
}
else {
vErrors.push(err145);
}
errors++;
}
}
if(data.type !== undefined){
let data30 = data.type;
if(typeof data30 !== "string"){
const err146 = {instancePath:instancePath+"/type",schemaPath:"#/oneOf/9/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err146];
}
else {
vErrors.push(err146);
}
errors++;
}
if("transfer" !== data30){
const err147 = {instancePath:instancePath+"/type",schemaPath:"#/oneOf/9/properties/type/const",keyword:"const",params:{allowedValue: "transfer"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err147];
}
else {
vErrors.push(err147);
}
errors++;
}
}
if(data.counter !== undefined){
let data31 = data.counter;
if(typeof data31 === "string"){
if(!pattern0.test(data31)){
const err148 = {instancePath:instancePath+"/counter",schemaPath:"#/oneOf/9/properties/counter/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]{0,31}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]{0,31}$"+"\""};
if(vErrors === null){
vErrors = [err148];
}
else {
vErrors.push(err148);
}
errors++;
}
}
else {
const err149 = {instancePath:instancePath+"/counter",schemaPath:"#/oneOf/9/properties/counter/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err149];
}
else {
vErrors.push(err149);
}
errors++;
}
if(errors > 0){
const emErrs20 = [];
for(const err150 of vErrors){
if(((((err150.keyword !== "errorMessage") && (!err150.emUsed)) && ((err150.instancePath === instancePath+"/counter") || ((err150.instancePath.indexOf(instancePath+"/counter") === 0) && (err150.instancePath[instancePath+"/counter".length] === "/")))) && (err150.schemaPath.indexOf("#/oneOf/9/properties/counter") === 0)) && (err150.schemaPath["#/oneOf/9/properties/counter".length] === "/")){
emErrs20.push(err150);
err150.emUsed = true;
}
}
if(emErrs20.length){
const err151 = {instancePath:instancePath+"/counter",schemaPath:"#/oneOf/9/properties/counter/errorMessage",keyword:"errorMessage",params:{errors: emErrs20},message:"must be the id of one from the config"};
if(vErrors === null){
vErrors = [err151];
}
else {
vErrors.push(err151);
}
errors++;
}
const emErrs21 = [];
for(const err152 of vErrors){
if(!err152.emUsed){
emErrs21.push(err152);
}
}
vErrors = emErrs21;
errors = emErrs21.length;
}
}
if(data.to !== undefined){
let data32 = data.to;
const _errs103 = errors;
let valid22 = false;
const _errs104 = errors;
if(data32 && typeof data32 == "object" && !Array.isArray(data32)){
if(data32.service === undefined){
const err153 = {instancePath:instancePath+"/to",schemaPath:"#/oneOf/9/properties/to/anyOf/0/required",keyword:"required",params:{missingProperty: "service"},message:"must have required property '"+"service"+"'"};
if(vErrors === null){
vErrors = [err153];
}
else {
vErrors.push(err153);
}
errors++;
}
for(const key10 in data32){
if(!(key10 === "service")){
const err154 = {instancePath:instancePath+"/to",schemaPath:"#/oneOf/9/properties/to/anyOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err154];
}
else {
vErrors.push(err154);
}
errors++;
}
}
if(data32.service !== undefined){
let data33 = data32.service;
if(typeof data33 === "string"){
if(!pattern0.test(data33)){
const err155 = {instancePath:instancePath+"/to/service",schemaPath:"#/oneOf/9/properties/to/anyOf/0/properties/service/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]{0,31}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]{0,31}$"+"\""};
if(vErrors === null){
vErrors = [err155];
}
else {
vErrors.push(err155);
}
errors++;
}
}
else {
const err156 = {instancePath:instancePath+"/to/service",schemaPath:"#/oneOf/9/properties/to/anyOf/0/properties/service/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err156];
}
else {
vErrors.push(err156);
}
errors++;
}
if(errors > 0){
const emErrs22 = [];
for(const err157 of vErrors){
if(((((err157.keyword !== "errorMessage") && (!err157.emUsed)) && ((err157.instancePath === instancePath+"/to/service") || ((err157.instancePath.indexOf(instancePath+"/to/service") === 0) && (err157.instancePath[instancePath+"/to/service".length] === "/")))) && (err157.schemaPath.indexOf("#/oneOf/9/properties/to/anyOf/0/properties/service") === 0)) && (err157.schemaPath["#/oneOf/9/properties/to/anyOf/0/properties/service".length] === "/")){
emErrs22.push(err157);
err157.emUsed = true;
}
}
if(emErrs22.length){
const err158 = {instancePath:instancePath+"/to/service",schemaPath:"#/oneOf/9/properties/to/anyOf/0/properties/service/errorMessage",keyword:"errorMessage",params:{errors: emErrs22},message:"must be the id of one from the config"};
if(vErrors === null){
vErrors = [err158];
}
else {
vErrors.push(err158);
}
errors++;
}
const emErrs23 = [];
for(const err159 of vErrors){
if(!err159.emUsed){
emErrs23.push(err159);
}
}
vErrors = emErrs23;
errors = emErrs23.length;
}
}
}
else {
const err160 = {instancePath:instancePath+"/to",schemaPath:"#/oneOf/9/properties/to/anyOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err160];
}
else {
vErrors.push(err160);
}
errors++;
}
var _valid1 = _errs104 === errors;
valid22 = valid22 || _valid1;
if(!valid22){
const _errs109 = errors;
if(data32 && typeof data32 == "object" && !Array.isArray(data32)){
if(data32.counter === undefined){
const err161 = {instancePath:instancePath+"/to",schemaPath:"#/oneOf/9/properties/to/anyOf/1/required",keyword:"required",params:{missingProperty: "counter"},message:"must have required property '"+"counter"+"'"};
if(vErrors === null){
vErrors = [err161];
}
else {
vErrors.push(err161);
}
errors++;
}
for(const key11 in data32){
if(!(key11 === "counter")){
const err162 = {instancePath:instancePath+"/to",schemaPath:"#/oneOf/9/properties/to/anyOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key11},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err162];
}
else {
vErrors.push(err162);
}
errors++;
}
}
if(data32.counter !== undefined){
let data34 = data32.counter;
if(typeof data34 === "string"){
if(!pattern0.test(data34)){
const err163 = {instancePath:instancePath+"/to/counter",schemaPath:"#/oneOf/9/properties/to/anyOf/1/properties/counter/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]{0,31}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]{0,31}$"+"\""};
if(vErrors === null){
vErrors = [err163];
}
else {
vErrors.push(err163);
}
errors++;
}
}
else {
const err164 = {instancePath:instancePath+"/to/counter",schemaPath:"#/oneOf/9/properties/to/anyOf/1/properties/counter/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err164];
}
else {
vErrors.push(err164);
}
errors++;
}
if(errors > 0){
const emErrs24 = [];
for(const err165 of vErrors){
if(((((err165.keyword !== "errorMessage") && (!err165.emUsed)) && ((err165.instancePath === instancePath+"/to/counter") || ((err165.instancePath.indexOf(instancePath+"/to/counter") === 0) && (err165.instancePath[instancePath+"/to/counter".length] === "/")))) && (err165.schemaPath.indexOf("#/oneOf/9/properties/to/anyOf/1/properties/counter") === 0)) && (err165.schemaPath["#/oneOf/9/properties/to/anyOf/1/properties/counter".length] === "/")){
emErrs24.push(err165);
err165.emUsed = true;
}
}
if(emErrs24.length){
const err166 = {instancePath:instancePath+"/to/counter",schemaPath:"#/oneOf/9/properties/to/anyOf/1/properties/counter/errorMessage",keyword:"errorMessage",params:{errors: emErrs24},message:"must be the id of one from the config"};
if(vErrors === null){
vErrors = [err166];
}
else {
vErrors.push(err166);
}
errors++;
}
const emErrs25 = [];
for(const err167 of vErrors){
if(!err167.emUsed){
emErrs25.push(err167);
}
}
vErrors = emErrs25;
errors = emErrs25.length;
}
}
}
else {
const err168 = {instancePath:instancePath+"/to",schemaPath:"#/oneOf/9/properties/to/anyOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err168];
}
else {
vErrors.push(err168);
}
errors++;
}
var _valid1 = _errs109 === errors;
valid22 = valid22 || _valid1;
}
if(!valid22){
const err169 = {instancePath:instancePath+"/to",schemaPath:"#/oneOf/9/properties/to/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err169];
}
else {
vErrors.push(err169);
}
errors++;
}
else {
errors = _errs103;
if(vErrors !== null){
if(_errs103){
vErrors.length = _errs103;
}
else {
vErrors = null;
}
}
}
if(errors > 0){
const emErrs26 = [];
for(const err170 of vErrors){
if(((((err170.keyword !== "errorMessage") && (!err170.emUsed)) && ((err170.instancePath === instancePath+"/to") || ((err170.instancePath.indexOf(instancePath+"/to") === 0) && (err170.instancePath[instancePath+"/to".length] === "/")))) && (err170.schemaPath.indexOf("#/oneOf/9/properties/to") === 0)) && (err170.schemaPath["#/oneOf/9/properties/to".length] === "/")){
emErrs26.push(err170);
err170.emUsed = true;
}
}
if(emErrs26.length){
const err171 = {instancePath:instancePath+"/to",schemaPath:"#/oneOf/9/properties/to/errorMessage",keyword:"errorMessage",params:{errors: emErrs26},message:"must be {\"service\": id} or {\"counter\": id}"};
if(vErrors === null){
vErrors = [err171];
}
else {
vErrors.push(err171);
}
errors++;
}
const emErrs27 = [];
for(const err172 of vErrors){
if(!err172.emUsed){
emErrs27.push(err172);
}
}
vErrors = emErrs27;
errors = emErrs27.length;
}
}
if(data.position !== undefined){
let data35 = data.position;
const _errs115 = errors;
let valid25 = false;
const _errs116 = errors;
if(typeof data35 !== "string"){
const err173 = {instancePath:instancePath+"/position",schemaPath:"#/oneOf/9/properties/position/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err173];
}
else {
vErrors.push(err173);
}
errors++;
}
if("front" !== data35){
const err174 = {instancePath:instancePath+"/position",schemaPath:"#/oneOf/9/properties/position/anyOf/0/const",keyword:"const",params:{allowedValue: "front"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err174];
}
else {
vErrors.push(err174);
}
errors++;
}
var _valid2 = _errs116 === errors;
valid25 = valid25 || _valid2;
if(!valid25){
const _errs118 = errors;
if(typeof data35 !== "string"){
const err175 = {instancePath:instancePath+"/position",schemaPath:"#/oneOf/9/properties/position/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err175];
}
else {
vErrors.push(err175);
}
errors++;
}
if("arrival" !== data35){
const err176 = {instancePath:instancePath+"/position",schemaPath:"#/oneOf/9/properties/position/anyOf/1/const",keyword:"const",params:{allowedValue: "arrival"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err176];
}
else {
vErrors.push(err176);
}
errors++;
}
var _valid2 = _errs118 === errors;
valid25 = valid25 || _valid2;
}
if(!valid25){
const err177 = {instancePath:instancePath+"/position",schemaPath:"#/oneOf/9/properties/position/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err177];
}
else {
vErrors.push(err177);
}
errors++;
}
else {
errors = _errs115;
if(vErrors !== null){
if(_errs115){
vErrors.length = _errs115;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err178 = {instancePath,schemaPath:"#/oneOf/9/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err178];
}
else {
vErrors.push(err178);
}
errors++;
}
}
else if(tag0 === "callTicket"){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.req === undefined){
const err179 = {instancePath,schemaPath:"#/oneOf/10/required",keyword:"required",params:{missingProperty: "req"},message:"must have required property '"+"req"+"'"};
if(vErrors === null){
vErrors = [err179];
}
else {
vErrors.push(err179);
}
errors++;
}
if(data.type === undefined){
const err180 = {instancePath,schemaPath:"#/oneOf/10/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err180];
}
else {
vErrors.push(err180);
}
errors++;
}
if(data.counter === undefined){
const err181 = {instancePath,schemaPath:"#/oneOf/10/required",keyword:"required",params:{missingProperty: "counter"},message:"must have required property '"+"counter"+"'"};
if(vErrors === null){
vErrors = [err181];
}
else {
vErrors.push(err181);
}
errors++;
}
if(data.label === undefined){
const err182 = {instancePath,schemaPath:"#/oneOf/10/required",keyword:"required",params:{missingProperty: "label"},message:"must have required property '"+"label"+"'"};
if(vErrors === null){
vErrors = [err182];
}
else {
vErrors.push(err182);
}
errors++;
}
for(const key12 in data){
if(!((((key12 === "req") || (key12 === "type")) || (key12 === "counter")) || (key12 === "label"))){
const err183 = {instancePath,schemaPath:"#/oneOf/10/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key12},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err183];
}
else {
vErrors.push(err183);
}
errors++;
}
}
if(data.req !== undefined){
let data36 = data.req;
if(typeof data36 === "string"){
if(!pattern52.test(data36)){
const err184 = {instancePath:instancePath+"/req",schemaPath:"#/oneOf/10/properties/req/pattern",keyword:"pattern",params:{pattern: "^[\\w.:-]{1,64}$"},message:"must match pattern \""+"^[\\w.:-]{1,64}$"+"\""};
if(vErrors === null){
vErrors = [err184];
}
else {
vErrors.push(err184);
}
errors++;
}
}
else {
const err185 = {instancePath:instancePath+"/req",schemaPath:"#/oneOf/10/properties/req/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err185];
}
else {
vErrors.push(err185);
}
errors++;
}
}
if(data.type !== undefined){
let data37 = data.type;
if(typeof data37 !== "string"){
const err186 = {instancePath:instancePath+"/type",schemaPath:"#/oneOf/10/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err186];
}
else {
vErrors.push(err186);
}
errors++;
}
if("callTicket" !== data37){
const err187 = {instancePath:instancePath+"/type",schemaPath:"#/oneOf/10/properties/type/const",keyword:"const",params:{allowedValue: "callTicket"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err187];
}
else {
vErrors.push(err187);
}
errors++;
}
}
if(data.counter !== undefined){
let data38 = data.counter;
if(typeof data38 === "string"){
if(!pattern0.test(data38)){
const err188 = {instancePath:instancePath+"/counter",schemaPath:"#/oneOf/10/properties/counter/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]{0,31}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]{0,31}$"+"\""};
if(vErrors === null){
vErrors = [err188];
}
else {
vErrors.push(err188);
}
errors++;
}
}
else {
const err189 = {instancePath:instancePath+"/counter",schemaPath:"#/oneOf/10/properties/counter/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err189];
}
else {
vErrors.push(err189);
}
errors++;
}
if(errors > 0){
const emErrs28 = [];
for(const err190 of vErrors){
if(((((err190.keyword !== "errorMessage") && (!err190.emUsed)) && ((err190.instancePath === instancePath+"/counter") || ((err190.instancePath.indexOf(instancePath+"/counter") === 0) && (err190.instancePath[instancePath+"/counter".length] === "/")))) && (err190.schemaPath.indexOf("#/oneOf/10/properties/counter") === 0)) && (err190.schemaPath["#/oneOf/10/properties/counter".length] === "/")){
emErrs28.push(err190);
err190.emUsed = true;
}
}
if(emErrs28.length){
const err191 = {instancePath:instancePath+"/counter",schemaPath:"#/oneOf/10/properties/counter/errorMessage",keyword:"errorMessage",params:{errors: emErrs28},message:"must be the id of one from the config"};
if(vErrors === null){
vErrors = [err191];
}
else {
vErrors.push(err191);
}
errors++;
}
const emErrs29 = [];
for(const err192 of vErrors){
if(!err192.emUsed){
emErrs29.push(err192);
}
}
vErrors = emErrs29;
errors = emErrs29.length;
}
}
if(data.label !== undefined){
let data39 = data.label;
if(typeof data39 === "string"){
if(func3(data39) > 8){
const err193 = {instancePath:instancePath+"/label",schemaPath:"#/oneOf/10/properties/label/maxLength",keyword:"maxLength",params:{limit: 8},message:"must NOT have more than 8 characters"};
if(vErrors === null){
vErrors = [err193];
}
else {
vErrors.push(err193);
}
errors++;
}
if(func3(data39) < 1){
const err194 = {instancePath:instancePath+"/label",schemaPath:"#/oneOf/10/properties/label/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err194];
}
else {
vErrors.push(err194);
}
errors++;
}
}
else {
const err195 = {instancePath:instancePath+"/label",schemaPath:"#/oneOf/10/properties/label/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err195];
}
else {
vErrors.push(err195);
}
errors++;
}
if(errors > 0){
const emErrs30 = [];
for(const err196 of vErrors){
if(((((err196.keyword !== "errorMessage") && (!err196.emUsed)) && ((err196.instancePath === instancePath+"/label") || ((err196.instancePath.indexOf(instancePath+"/label") === 0) && (err196.instancePath[instancePath+"/label".length] === "/")))) && (err196.schemaPath.indexOf("#/oneOf/10/properties/label") === 0)) && (err196.schemaPath["#/oneOf/10/properties/label".length] === "/")){
emErrs30.push(err196);
err196.emUsed = true;
}
}
if(emErrs30.length){
const err197 = {instancePath:instancePath+"/label",schemaPath:"#/oneOf/10/properties/label/errorMessage",keyword:"errorMessage",params:{errors: emErrs30},message:"must be a ticket label such as A023"};
if(vErrors === null){
vErrors = [err197];
}
else {
vErrors.push(err197);
}
errors++;
}
const emErrs31 = [];
for(const err198 of vErrors){
if(!err198.emUsed){
emErrs31.push(err198);
}
}
vErrors = emErrs31;
errors = emErrs31.length;
}
}
}
else {
const err199 = {instancePath,schemaPath:"#/oneOf/10/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err199];
}
else {
vErrors.push(err199);
}
errors++;
}
}
else if(tag0 === "cancel"){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.req === undefined){
const err200 = {instancePath,schemaPath:"#/oneOf/11/required",keyword:"required",params:{missingProperty: "req"},message:"must have required property '"+"req"+"'"};
if(vErrors === null){
vErrors = [err200];
}
else {
vErrors.push(err200);
}
errors++;
}
if(data.type === undefined){
const err201 = {instancePath,schemaPath:"#/oneOf/11/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err201];
}
else {
vErrors.push(err201);
}
errors++;
}
if(data.label === undefined){
const err202 = {instancePath,schemaPath:"#/oneOf/11/required",keyword:"required",params:{missingProperty: "label"},message:"must have required property '"+"label"+"'"};
if(vErrors === null){
vErrors = [err202];
}
else {
vErrors.push(err202);
}
errors++;
}
for(const key13 in data){
if(!(((key13 === "req") || (key13 === "type")) || (key13 === "label"))){
const err203 = {instancePath,schemaPath:"#/oneOf/11/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key13},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err203];
}
else {
vErrors.push(err203);
}
errors++;
}
}
if(data.req !== undefined){
let data40 = data.req;
if(typeof data40 === "string"){
if(!pattern52.test(data40)){
const err204 = {instancePath:instancePath+"/req",schemaPath:"#/oneOf/11/properties/req/pattern",keyword:"pattern",params:{pattern: "^[\\w.:-]{1,64}$"},message:"must match pattern \""+"^[\\w.:-]{1,64}$"+"\""};
if(vErrors === null){
vErrors = [err204];
}
else {
vErrors.push(err204);
}
errors++;
}
}
else {
const err205 = {instancePath:instancePath+"/req",schemaPath:"#/oneOf/11/properties/req/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err205];
}
else {
vErrors.push(err205);
}
errors++;
}
}
if(data.type !== undefined){
let data41 = data.type;
if(typeof data41 !== "string"){
const err206 = {instancePath:instancePath+"/type",schemaPath:"#/oneOf/11/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err206];
}
else {
vErrors.push(err206);
}
errors++;
}
if("cancel" !== data41){
const err207 = {instancePath:instancePath+"/type",schemaPath:"#/oneOf/11/properties/type/const",keyword:"const",params:{allowedValue: "cancel"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err207];
}
else {
vErrors.push(err207);
}
errors++;
}
}
if(data.label !== undefined){
let data42 = data.label;
if(typeof data42 === "string"){
if(func3(data42) > 8){
const err208 = {instancePath:instancePath+"/label",schemaPath:"#/oneOf/11/properties/label/maxLength",keyword:"maxLength",params:{limit: 8},message:"must NOT have more than 8 characters"};
if(vErrors === null){
vErrors = [err208];
}
else {
vErrors.push(err208);
}
errors++;
}
if(func3(data42) < 1){
const err209 = {instancePath:instancePath+"/label",schemaPath:"#/oneOf/11/properties/label/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err209];
}
else {
vErrors.push(err209);
}
errors++;
}
}
else {
const err210 = {instancePath:instancePath+"/label",schemaPath:"#/oneOf/11/properties/label/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err210];
}
else {
vErrors.push(err210);
}
errors++;
}
if(errors > 0){
const emErrs32 = [];
for(const err211 of vErrors){
if(((((err211.keyword !== "errorMessage") && (!err211.emUsed)) && ((err211.instancePath === instancePath+"/label") || ((err211.instancePath.indexOf(instancePath+"/label") === 0) && (err211.instancePath[instancePath+"/label".length] === "/")))) && (err211.schemaPath.indexOf("#/oneOf/11/properties/label") === 0)) && (err211.schemaPath["#/oneOf/11/properties/label".length] === "/")){
emErrs32.push(err211);
err211.emUsed = true;
}
}
if(emErrs32.length){
const err212 = {instancePath:instancePath+"/label",schemaPath:"#/oneOf/11/properties/label/errorMessage",keyword:"errorMessage",params:{errors: emErrs32},message:"must be a ticket label such as A023"};
if(vErrors === null){
vErrors = [err212];
}
else {
vErrors.push(err212);
}
errors++;
}
const emErrs33 = [];
for(const err213 of vErrors){
if(!err213.emUsed){
emErrs33.push(err213);
}
}
vErrors = emErrs33;
errors = emErrs33.length;
}
}
}
else {
const err214 = {instancePath,schemaPath:"#/oneOf/11/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err214];
}
else {
vErrors.push(err214);
}
errors++;
}
}
else if(tag0 === "markUnprinted"){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.req === undefined){
const err215 = {instancePath,schemaPath:"#/oneOf/12/required",keyword:"required",params:{missingProperty: "req"},message:"must have required property '"+"req"+"'"};
if(vErrors === null){
vErrors = [err215];
}
else {
vErrors.push(err215);
}
errors++;
}
if(data.type === undefined){
const err216 = {instancePath,schemaPath:"#/oneOf/12/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err216];
}
else {
vErrors.push(err216);
}
errors++;
}
if(data.label === undefined){
const err217 = {instancePath,schemaPath:"#/oneOf/12/required",keyword:"required",params:{missingProperty: "label"},message:"must have required property '"+"label"+"'"};
if(vErrors === null){
vErrors = [err217];
}
else {
vErrors.push(err217);
}
errors++;
}
for(const key14 in data){
if(!((((key14 === "req") || (key14 === "type")) || (key14 === "label")) || (key14 === "reason"))){
const err218 = {instancePath,schemaPath:"#/oneOf/12/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key14},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err218];
}
else {
vErrors.push(err218);
}
errors++;
}
}
if(data.req !== undefined){
let data43 = data.req;
if(typeof data43 === "string"){
if(!pattern52.test(data43)){
const err219 = {instancePath:instancePath+"/req",schemaPath:"#/oneOf/12/properties/req/pattern",keyword:"pattern",params:{pattern: "^[\\w.:-]{1,64}$"},message:"must match pattern \""+"^[\\w.:-]{1,64}$"+"\""};
if(vErrors === null){
vErrors = [err219];
}
else {
vErrors.push(err219);
}
errors++;
}
}
else {
const err220 = {instancePath:instancePath+"/req",schemaPath:"#/oneOf/12/properties/req/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err220];
}
else {
vErrors.push(err220);
}
errors++;
}
}
if(data.type !== undefined){
let data44 = data.type;
if(typeof data44 !== "string"){
const err221 = {instancePath:instancePath+"/type",schemaPath:"#/oneOf/12/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err221];
}
else {
vErrors.push(err221);
}
errors++;
}
if("markUnprinted" !== data44){
const err222 = {instancePath:instancePath+"/type",schemaPath:"#/oneOf/12/properties/type/const",keyword:"const",params:{allowedValue: "markUnprinted"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err222];
}
else {
vErrors.push(err222);
}
errors++;
}
}
if(data.label !== undefined){
let data45 = data.label;
if(typeof data45 === "string"){
if(func3(data45) > 8){
const err223 = {instancePath:instancePath+"/label",schemaPath:"#/oneOf/12/properties/label/maxLength",keyword:"maxLength",params:{limit: 8},message:"must NOT have more than 8 characters"};
if(vErrors === null){
vErrors = [err223];
}
else {
vErrors.push(err223);
}
errors++;
}
if(func3(data45) < 1){
const err224 = {instancePath:instancePath+"/label",schemaPath:"#/oneOf/12/properties/label/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err224];
}
else {
vErrors.push(err224);
}
errors++;
}
}
else {
const err225 = {instancePath:instancePath+"/label",schemaPath:"#/oneOf/12/properties/label/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err225];
}
else {
vErrors.push(err225);
}
errors++;
}
if(errors > 0){
const emErrs34 = [];
for(const err226 of vErrors){
if(((((err226.keyword !== "errorMessage") && (!err226.emUsed)) && ((err226.instancePath === instancePath+"/label") || ((err226.instancePath.indexOf(instancePath+"/label") === 0) && (err226.instancePath[instancePath+"/label".length] === "/")))) && (err226.schemaPath.indexOf("#/oneOf/12/properties/label") === 0)) && (err226.schemaPath["#/oneOf/12/properties/label".length] === "/")){
emErrs34.push(err226);
err226.emUsed = true;
}
}
if(emErrs34.length){
const err227 = {instancePath:instancePath+"/label",schemaPath:"#/oneOf/12/properties/label/errorMessage",keyword:"errorMessage",params:{errors: emErrs34},message:"must be a ticket label such as A023"};
if(vErrors === null){
vErrors = [err227];
}
else {
vErrors.push(err227);
}
errors++;
}
const emErrs35 = [];
for(const err228 of vErrors){
if(!err228.emUsed){
emErrs35.push(err228);
}
}
vErrors = emErrs35;
errors = emErrs35.length;
}
}
if(data.reason !== undefined){
let data46 = data.reason;
if(typeof data46 === "string"){
if(func3(data46) > 200){
const err229 = {instancePath:instancePath+"/reason",schemaPath:"#/oneOf/12/properties/reason/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"};
if(vErrors === null){
vErrors = [err229];
}
else {
vErrors.push(err229);
}
errors++;
}
}
else {
const err230 = {instancePath:instancePath+"/reason",schemaPath:"#/oneOf/12/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err230];
}
else {
vErrors.push(err230);
}
errors++;
}
}
}
else {
const err231 = {instancePath,schemaPath:"#/oneOf/12/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err231];
}
else {
vErrors.push(err231);
}
errors++;
}
}
else if(tag0 === "reprint"){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.req === undefined){
const err232 = {instancePath,schemaPath:"#/oneOf/13/required",keyword:"required",params:{missingProperty: "req"},message:"must have required property '"+"req"+"'"};
if(vErrors === null){
vErrors = [err232];
}
else {
vErrors.push(err232);
}
errors++;
}
if(data.type === undefined){
const err233 = {instancePath,schemaPath:"#/oneOf/13/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err233];
}
else {
vErrors.push(err233);
}
errors++;
}
if(data.label === undefined){
const err234 = {instancePath,schemaPath:"#/oneOf/13/required",keyword:"required",params:{missingProperty: "label"},message:"must have required property '"+"label"+"'"};
if(vErrors === null){
vErrors = [err234];
}
else {
vErrors.push(err234);
}
errors++;
}
for(const key15 in data){
if(!(((key15 === "req") || (key15 === "type")) || (key15 === "label"))){
const err235 = {instancePath,schemaPath:"#/oneOf/13/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key15},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err235];
}
else {
vErrors.push(err235);
}
errors++;
}
}
if(data.req !== undefined){
let data47 = data.req;
if(typeof data47 === "string"){
if(!pattern52.test(data47)){
const err236 = {instancePath:instancePath+"/req",schemaPath:"#/oneOf/13/properties/req/pattern",keyword:"pattern",params:{pattern: "^[\\w.:-]{1,64}$"},message:"must match pattern \""+"^[\\w.:-]{1,64}$"+"\""};
if(vErrors === null){
vErrors = [err236];
}
else {
vErrors.push(err236);
}
errors++;
}
}
else {
const err237 = {instancePath:instancePath+"/req",schemaPath:"#/oneOf/13/properties/req/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err237];
}
else {
vErrors.push(err237);
}
errors++;
}
}
if(data.type !== undefined){
let data48 = data.type;
if(typeof data48 !== "string"){
const err238 = {instancePath:instancePath+"/type",schemaPath:"#/oneOf/13/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err238];
}
else {
vErrors.push(err238);
}
errors++;
}
if("reprint" !== data48){
const err239 = {instancePath:instancePath+"/type",schemaPath:"#/oneOf/13/properties/type/const",keyword:"const",params:{allowedValue: "reprint"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err239];
}
else {
vErrors.push(err239);
}
errors++;
}
}
if(data.label !== undefined){
let data49 = data.label;
if(typeof data49 === "string"){
if(func3(data49) > 8){
const err240 = {instancePath:instancePath+"/label",schemaPath:"#/oneOf/13/properties/label/maxLength",keyword:"maxLength",params:{limit: 8},message:"must NOT have more than 8 characters"};
if(vErrors === null){
vErrors = [err240];
}
else {
vErrors.push(err240);
}
errors++;
}
if(func3(data49) < 1){
const err241 = {instancePath:instancePath+"/label",schemaPath:"#/oneOf/13/properties/label/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err241];
}
else {
vErrors.push(err241);
}
errors++;
}
}
else {
const err242 = {instancePath:instancePath+"/label",schemaPath:"#/oneOf/13/properties/label/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err242];
}
else {
vErrors.push(err242);
}
errors++;
}
if(errors > 0){
const emErrs36 = [];
for(const err243 of vErrors){
if(((((err243.keyword !== "errorMessage") && (!err243.emUsed)) && ((err243.instancePath === instancePath+"/label") || ((err243.instancePath.indexOf(instancePath+"/label") === 0) && (err243.instancePath[instancePath+"/label".length] === "/")))) && (err243.schemaPath.indexOf("#/oneOf/13/properties/label") === 0)) && (err243.schemaPath["#/oneOf/13/properties/label".length] === "/")){
emErrs36.push(err243);
err243.emUsed = true;
}
}
if(emErrs36.length){
const err244 = {instancePath:instancePath+"/label",schemaPath:"#/oneOf/13/properties/label/errorMessage",keyword:"errorMessage",params:{errors: emErrs36},message:"must be a ticket label such as A023"};
if(vErrors === null){
vErrors = [err244];
}
else {
vErrors.push(err244);
}
errors++;
}
const emErrs37 = [];
for(const err245 of vErrors){
if(!err245.emUsed){
emErrs37.push(err245);
}
}
vErrors = emErrs37;
errors = emErrs37.length;
}
}
}
else {
const err246 = {instancePath,schemaPath:"#/oneOf/13/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err246];
}
else {
vErrors.push(err246);
}
errors++;
}
}
else if(tag0 === "markPrinted"){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.req === undefined){
const err247 = {instancePath,schemaPath:"#/oneOf/14/required",keyword:"required",params:{missingProperty: "req"},message:"must have required property '"+"req"+"'"};
if(vErrors === null){
vErrors = [err247];
}
else {
vErrors.push(err247);
}
errors++;
}
if(data.type === undefined){
const err248 = {instancePath,schemaPath:"#/oneOf/14/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err248];
}
else {
vErrors.push(err248);
}
errors++;
}
if(data.label === undefined){
const err249 = {instancePath,schemaPath:"#/oneOf/14/required",keyword:"required",params:{missingProperty: "label"},message:"must have required property '"+"label"+"'"};
if(vErrors === null){
vErrors = [err249];
}
else {
vErrors.push(err249);
}
errors++;
}
for(const key16 in data){
if(!(((key16 === "req") || (key16 === "type")) || (key16 === "label"))){
const err250 = {instancePath,schemaPath:"#/oneOf/14/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key16},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err250];
}
else {
vErrors.push(err250);
}
errors++;
}
}
if(data.req !== undefined){
let data50 = data.req;
if(typeof data50 === "string"){
if(!pattern52.test(data50)){
const err251 = {instancePath:instancePath+"/req",schemaPath:"#/oneOf/14/properties/req/pattern",keyword:"pattern",params:{pattern: "^[\\w.:-]{1,64}$"},message:"must match pattern \""+"^[\\w.:-]{1,64}$"+"\""};
if(vErrors === null){
vErrors = [err251];
}
else {
vErrors.push(err251);
}
errors++;
}
}
else {
const err252 = {instancePath:instancePath+"/req",schemaPath:"#/oneOf/14/properties/req/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err252];
}
else {
vErrors.push(err252);
}
errors++;
}
}
if(data.type !== undefined){
let data51 = data.type;
if(typeof data51 !== "string"){
const err253 = {instancePath:instancePath+"/type",schemaPath:"#/oneOf/14/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err253];
}
else {
vErrors.push(err253);
}
errors++;
}
if("markPrinted" !== data51){
const err254 = {instancePath:instancePath+"/type",schemaPath:"#/oneOf/14/properties/type/const",keyword:"const",params:{allowedValue: "markPrinted"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err254];
}
else {
vErrors.push(err254);
}
errors++;
}
}
if(data.label !== undefined){
let data52 = data.label;
if(typeof data52 === "string"){
if(func3(data52) > 8){
const err255 = {instancePath:instancePath+"/label",schemaPath:"#/oneOf/14/properties/label/maxLength",keyword:"maxLength",params:{limit: 8},message:"must NOT have more than 8 characters"};
if(vErrors === null){
vErrors = [err255];
}
else {
vErrors.push(err255);
}
errors++;
}
if(func3(data52) < 1){
const err256 = {instancePath:instancePath+"/label",schemaPath:"#/oneOf/14/properties/label/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err256];
}
else {
vErrors.push(err256);
}
errors++;
}
}
else {
const err257 = {instancePath:instancePath+"/label",schemaPath:"#/oneOf/14/properties/label/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err257];
}
else {
vErrors.push(err257);
}
errors++;
}
if(errors > 0){
const emErrs38 = [];
for(const err258 of vErrors){
if(((((err258.keyword !== "errorMessage") && (!err258.emUsed)) && ((err258.instancePath === instancePath+"/label") || ((err258.instancePath.indexOf(instancePath+"/label") === 0) && (err258.instancePath[instancePath+"/label".length] === "/")))) && (err258.schemaPath.indexOf("#/oneOf/14/properties/label") === 0)) && (err258.schemaPath["#/oneOf/14/properties/label".length] === "/")){
emErrs38.push(err258);
err258.emUsed = true;
}
}
if(emErrs38.length){
const err259 = {instancePath:instancePath+"/label",schemaPath:"#/oneOf/14/properties/label/errorMessage",keyword:"errorMessage",params:{errors: emErrs38},message:"must be a ticket label such as A023"};
if(vErrors === null){
vErrors = [err259];
}
else {
vErrors.push(err259);
}
errors++;
}
const emErrs39 = [];
for(const err260 of vErrors){
if(!err260.emUsed){
emErrs39.push(err260);
}
}
vErrors = emErrs39;
errors = emErrs39.length;
}
}
}
else {
const err261 = {instancePath,schemaPath:"#/oneOf/14/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err261];
}
else {
vErrors.push(err261);
}
errors++;
}
}
else if(tag0 === "tick"){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.req === undefined){
const err262 = {instancePath,schemaPath:"#/oneOf/15/required",keyword:"required",params:{missingProperty: "req"},message:"must have required property '"+"req"+"'"};
if(vErrors === null){
vErrors = [err262];
}
else {
vErrors.push(err262);
}
errors++;
}
if(data.type === undefined){
const err263 = {instancePath,schemaPath:"#/oneOf/15/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err263];
}
else {
vErrors.push(err263);
}
errors++;
}
for(const key17 in data){
if(!((key17 === "req") || (key17 === "type"))){
const err264 = {instancePath,schemaPath:"#/oneOf/15/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key17},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err264];
}
else {
vErrors.push(err264);
}
errors++;
}
}
if(data.req !== undefined){
let data53 = data.req;
if(typeof data53 === "string"){
if(!pattern52.test(data53)){
const err265 = {instancePath:instancePath+"/req",schemaPath:"#/oneOf/15/properties/req/pattern",keyword:"pattern",params:{pattern: "^[\\w.:-]{1,64}$"},message:"must match pattern \""+"^[\\w.:-]{1,64}$"+"\""};
if(vErrors === null){
vErrors = [err265];
}
else {
vErrors.push(err265);
}
errors++;
}
}
else {
const err266 = {instancePath:instancePath+"/req",schemaPath:"#/oneOf/15/properties/req/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err266];
}
else {
vErrors.push(err266);
}
errors++;
}
}
if(data.type !== undefined){
let data54 = data.type;
if(typeof data54 !== "string"){
const err267 = {instancePath:instancePath+"/type",schemaPath:"#/oneOf/15/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err267];
}
else {
vErrors.push(err267);
}
errors++;
}
if("tick" !== data54){
const err268 = {instancePath:instancePath+"/type",schemaPath:"#/oneOf/15/properties/type/const",keyword:"const",params:{allowedValue: "tick"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err268];
}
else {
vErrors.push(err268);
}
errors++;
}
}
}
else {
const err269 = {instancePath,schemaPath:"#/oneOf/15/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err269];
}
else {
vErrors.push(err269);
}
errors++;
}
}
else if(tag0 === "login"){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.req === undefined){
const err270 = {instancePath,schemaPath:"#/oneOf/16/required",keyword:"required",params:{missingProperty: "req"},message:"must have required property '"+"req"+"'"};
if(vErrors === null){
vErrors = [err270];
}
else {
vErrors.push(err270);
}
errors++;
}
if(data.type === undefined){
const err271 = {instancePath,schemaPath:"#/oneOf/16/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err271];
}
else {
vErrors.push(err271);
}
errors++;
}
if(data.counter === undefined){
const err272 = {instancePath,schemaPath:"#/oneOf/16/required",keyword:"required",params:{missingProperty: "counter"},message:"must have required property '"+"counter"+"'"};
if(vErrors === null){
vErrors = [err272];
}
else {
vErrors.push(err272);
}
errors++;
}
if(data.pin === undefined){
const err273 = {instancePath,schemaPath:"#/oneOf/16/required",keyword:"required",params:{missingProperty: "pin"},message:"must have required property '"+"pin"+"'"};
if(vErrors === null){
vErrors = [err273];
}
else {
vErrors.push(err273);
}
errors++;
}
for(const key18 in data){
if(!((((key18 === "req") || (key18 === "type")) || (key18 === "counter")) || (key18 === "pin"))){
const err274 = {instancePath,schemaPath:"#/oneOf/16/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key18},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err274];
}
else {
vErrors.push(err274);
}
errors++;
}
}
if(data.req !== undefined){
let data55 = data.req;
if(typeof data55 === "string"){
if(!pattern52.test(data55)){
const err275 = {instancePath:instancePath+"/req",schemaPath:"#/oneOf/16/properties/req/pattern",keyword:"pattern",params:{pattern: "^[\\w.:-]{1,64}$"},message:"must match pattern \""+"^[\\w.:-]{1,64}$"+"\""};
if(vErrors === null){
vErrors = [err275];
}
else {
vErrors.push(err275);
}
errors++;
}
}
else {
const err276 = {instancePath:instancePath+"/req",schemaPath:"#/oneOf/16/properties/req/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err276];
}
else {
vErrors.push(err276);
}
errors++;
}
}
if(data.type !== undefined){
let data56 = data.type;
if(typeof data56 !== "string"){
const err277 = {instancePath:instancePath+"/type",schemaPath:"#/oneOf/16/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err277];
}
else {
vErrors.push(err277);
}
errors++;
}
if("login" !== data56){
const err278 = {instancePath:instancePath+"/type",schemaPath:"#/oneOf/16/properties/type/const",keyword:"const",params:{allowedValue: "login"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err278];
}
else {
vErrors.push(err278);
}
errors++;
}
}
if(data.counter !== undefined){
let data57 = data.counter;
if(typeof data57 === "string"){
if(!pattern0.test(data57)){
const err279 = {instancePath:instancePath+"/counter",schemaPath:"#/oneOf/16/properties/counter/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]{0,31}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]{0,31}$"+"\""};
if(vErrors === null){
vErrors = [err279];
}
else {
vErrors.push(err279);
}
errors++;
}
}
else {
const err280 = {instancePath:instancePath+"/counter",schemaPath:"#/oneOf/16/properties/counter/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err280];
}
else {
vErrors.push(err280);
}
errors++;
}
if(errors > 0){
const emErrs40 = [];
for(const err281 of vErrors){
if(((((err281.keyword !== "errorMessage") && (!err281.emUsed)) && ((err281.instancePath === instancePath+"/counter") || ((err281.instancePath.indexOf(instancePath+"/counter") === 0) && (err281.instancePath[instancePath+"/counter".length] === "/")))) && (err281.schemaPath.indexOf("#/oneOf/16/properties/counter") === 0)) && (err281.schemaPath["#/oneOf/16/properties/counter".length] === "/")){
emErrs40.push(err281);
err281.emUsed = true;
}
}
if(emErrs40.length){
const err282 = {instancePath:instancePath+"/counter",schemaPath:"#/oneOf/16/properties/counter/errorMessage",keyword:"errorMessage",params:{errors: emErrs40},message:"must be the id of one from the config"};
if(vErrors === null){
vErrors = [err282];
}
else {
vErrors.push(err282);
}
errors++;
}
const emErrs41 = [];
for(const err283 of vErrors){
if(!err283.emUsed){
emErrs41.push(err283);
}
}
vErrors = emErrs41;
errors = emErrs41.length;
}
}
if(data.pin !== undefined){
let data58 = data.pin;
if(typeof data58 === "string"){
if(!pattern50.test(data58)){
const err284 = {instancePath:instancePath+"/pin",schemaPath:"#/oneOf/16/properties/pin/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4,8}$"},message:"must match pattern \""+"^[0-9]{4,8}$"+"\""};
if(vErrors === null){
vErrors = [err284];
}
else {
vErrors.push(err284);
}
errors++;
}
}
else {
const err285 = {instancePath:instancePath+"/pin",schemaPath:"#/oneOf/16/properties/pin/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err285];
}
else {
vErrors.push(err285);
}
errors++;
}
if(errors > 0){
const emErrs42 = [];
for(const err286 of vErrors){
if(((((err286.keyword !== "errorMessage") && (!err286.emUsed)) && ((err286.instancePath === instancePath+"/pin") || ((err286.instancePath.indexOf(instancePath+"/pin") === 0) && (err286.instancePath[instancePath+"/pin".length] === "/")))) && (err286.schemaPath.indexOf("#/oneOf/16/properties/pin") === 0)) && (err286.schemaPath["#/oneOf/16/properties/pin".length] === "/")){
emErrs42.push(err286);
err286.emUsed = true;
}
}
if(emErrs42.length){
const err287 = {instancePath:instancePath+"/pin",schemaPath:"#/oneOf/16/properties/pin/errorMessage",keyword:"errorMessage",params:{errors: emErrs42},message:"must be a PIN of 4–8 digits"};
if(vErrors === null){
vErrors = [err287];
}
else {
vErrors.push(err287);
}
errors++;
}
const emErrs43 = [];
for(const err288 of vErrors){
if(!err288.emUsed){
emErrs43.push(err288);
}
}
vErrors = emErrs43;
errors = emErrs43.length;
}
}
}
else {
const err289 = {instancePath,schemaPath:"#/oneOf/16/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err289];
}
else {
vErrors.push(err289);
}
errors++;
}
}
else if(tag0 === "logout"){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.req === undefined){
const err290 = {instancePath,schemaPath:"#/oneOf/17/required",keyword:"required",params:{missingProperty: "req"},message:"must have required property '"+"req"+"'"};
if(vErrors === null){
vErrors = [err290];
}
else {
vErrors.push(err290);
}
errors++;
}
if(data.type === undefined){
const err291 = {instancePath,schemaPath:"#/oneOf/17/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err291];
}
else {
vErrors.push(err291);
}
errors++;
}
if(data.counter === undefined){
const err292 = {instancePath,schemaPath:"#/oneOf/17/required",keyword:"required",params:{missingProperty: "counter"},message:"must have required property '"+"counter"+"'"};
if(vErrors === null){
vErrors = [err292];
}
else {
vErrors.push(err292);
}
errors++;
}
for(const key19 in data){
if(!(((key19 === "req") || (key19 === "type")) || (key19 === "counter"))){
const err293 = {instancePath,schemaPath:"#/oneOf/17/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key19},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err293];
}
else {
vErrors.push(err293);
}
errors++;
}
}
if(data.req !== undefined){
let data59 = data.req;
if(typeof data59 === "string"){
if(!pattern52.test(data59)){
const err294 = {instancePath:instancePath+"/req",schemaPath:"#/oneOf/17/properties/req/pattern",keyword:"pattern",params:{pattern: "^[\\w.:-]{1,64}$"},message:"must match pattern \""+"^[\\w.:-]{1,64}$"+"\""};
if(vErrors === null){
vErrors = [err294];
}
else {
vErrors.push(err294);
}
errors++;
}
}
else {
const err295 = {instancePath:instancePath+"/req",schemaPath:"#/oneOf/17/properties/req/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err295];
}
else {
vErrors.push(err295);
}
errors++;
}
}
if(data.type !== undefined){
let data60 = data.type;
if(typeof data60 !== "string"){
const err296 = {instancePath:instancePath+"/type",schemaPath:"#/oneOf/17/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err296];
}
else {
vErrors.push(err296);
}
errors++;
}
if("logout" !== data60){
const err297 = {instancePath:instancePath+"/type",schemaPath:"#/oneOf/17/properties/type/const",keyword:"const",params:{allowedValue: "logout"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err297];
}
else {
vErrors.push(err297);
}
errors++;
}
}
if(data.counter !== undefined){
let data61 = data.counter;
if(typeof data61 === "string"){
if(!pattern0.test(data61)){
const err298 = {instancePath:instancePath+"/counter",schemaPath:"#/oneOf/17/properties/counter/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]{0,31}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]{0,31}$"+"\""};
if(vErrors === null){
vErrors = [err298];
}
else {
vErrors.push(err298);
}
errors++;
}
}
else {
const err299 = {instancePath:instancePath+"/counter",schemaPath:"#/oneOf/17/properties/counter/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err299];
}
else {
vErrors.push(err299);
}
errors++;
}
if(errors > 0){
const emErrs44 = [];
for(const err300 of vErrors){
if(((((err300.keyword !== "errorMessage") && (!err300.emUsed)) && ((err300.instancePath === instancePath+"/counter") || ((err300.instancePath.indexOf(instancePath+"/counter") === 0) && (err300.instancePath[instancePath+"/counter".length] === "/")))) && (err300.schemaPath.indexOf("#/oneOf/17/properties/counter") === 0)) && (err300.schemaPath["#/oneOf/17/properties/counter".length] === "/")){
emErrs44.push(err300);
err300.emUsed = true;
}
}
if(emErrs44.length){
const err301 = {instancePath:instancePath+"/counter",schemaPath:"#/oneOf/17/properties/counter/errorMessage",keyword:"errorMessage",params:{errors: emErrs44},message:"must be the id of one from the config"};
if(vErrors === null){
vErrors = [err301];
}
else {
vErrors.push(err301);
}
errors++;
}
const emErrs45 = [];
for(const err302 of vErrors){
if(!err302.emUsed){
emErrs45.push(err302);
}
}
vErrors = emErrs45;
errors = emErrs45.length;
}
}
}
else {
const err303 = {instancePath,schemaPath:"#/oneOf/17/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err303];
}
else {
vErrors.push(err303);
}
errors++;
}
}
else if(tag0 === "raiseIncident"){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.req === undefined){
const err304 = {instancePath,schemaPath:"#/oneOf/18/required",keyword:"required",params:{missingProperty: "req"},message:"must have required property '"+"req"+"'"};
if(vErrors === null){
vErrors = [err304];
}
else {
vErrors.push(err304);
}
errors++;
}
if(data.type === undefined){
const err305 = {instancePath,schemaPath:"#/oneOf/18/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err305];
}
else {
vErrors.push(err305);
}
errors++;
}
if(data.point === undefined){
const err306 = {instancePath,schemaPath:"#/oneOf/18/required",keyword:"required",params:{missingProperty: "point"},message:"must have required property '"+"point"+"'"};
if(vErrors === null){
vErrors = [err306];
}
else {
vErrors.push(err306);
}
errors++;
}
for(const key20 in data){
if(!(((key20 === "req") || (key20 === "type")) || (key20 === "point"))){
const err307 = {instancePath,schemaPath:"#/oneOf/18/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key20},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err307];
}
else {
vErrors.push(err307);
}
errors++;
}
}
if(data.req !== undefined){
let data62 = data.req;
if(typeof data62 === "string"){
if(!pattern52.test(data62)){
const err308 = {instancePath:instancePath+"/req",schemaPath:"#/oneOf/18/properties/req/pattern",keyword:"pattern",params:{pattern: "^[\\w.:-]{1,64}$"},message:"must match pattern \""+"^[\\w.:-]{1,64}$"+"\""};
if(vErrors === null){
vErrors = [err308];
}
else {
vErrors.push(err308);
}
errors++;
}
}
else {
const err309 = {instancePath:instancePath+"/req",schemaPath:"#/oneOf/18/properties/req/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err309];
}
else {
vErrors.push(err309);
}
errors++;
}
}
if(data.type !== undefined){
let data63 = data.type;
if(typeof data63 !== "string"){
const err310 = {instancePath:instancePath+"/type",schemaPath:"#/oneOf/18/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err310];
}
else {
vErrors.push(err310);
}
errors++;
}
if("raiseIncident" !== data63){
const err311 = {instancePath:instancePath+"/type",schemaPath:"#/oneOf/18/properties/type/const",keyword:"const",params:{allowedValue: "raiseIncident"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err311];
}
else {
vErrors.push(err311);
}
errors++;
}
}
if(data.point !== undefined){
let data64 = data.point;
if(typeof data64 === "string"){
if(!pattern0.test(data64)){
const err312 = {instancePath:instancePath+"/point",schemaPath:"#/oneOf/18/properties/point/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]{0,31}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]{0,31}$"+"\""};
if(vErrors === null){
vErrors = [err312];
}
else {
vErrors.push(err312);
}
errors++;
}
}
else {
const err313 = {instancePath:instancePath+"/point",schemaPath:"#/oneOf/18/properties/point/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err313];
}
else {
vErrors.push(err313);
}
errors++;
}
if(errors > 0){
const emErrs46 = [];
for(const err314 of vErrors){
if(((((err314.keyword !== "errorMessage") && (!err314.emUsed)) && ((err314.instancePath === instancePath+"/point") || ((err314.instancePath.indexOf(instancePath+"/point") === 0) && (err314.instancePath[instancePath+"/point".length] === "/")))) && (err314.schemaPath.indexOf("#/oneOf/18/properties/point") === 0)) && (err314.schemaPath["#/oneOf/18/properties/point".length] === "/")){
emErrs46.push(err314);
err314.emUsed = true;
}
}
if(emErrs46.length){
const err315 = {instancePath:instancePath+"/point",schemaPath:"#/oneOf/18/properties/point/errorMessage",keyword:"errorMessage",params:{errors: emErrs46},message:"must be the id of one from the config"};
if(vErrors === null){
vErrors = [err315];
}
else {
vErrors.push(err315);
}
errors++;
}
const emErrs47 = [];
for(const err316 of vErrors){
if(!err316.emUsed){
emErrs47.push(err316);
}
}
vErrors = emErrs47;
errors = emErrs47.length;
}
}
}
else {
const err317 = {instancePath,schemaPath:"#/oneOf/18/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err317];
}
else {
vErrors.push(err317);
}
errors++;
}
}
else if(tag0 === "acknowledgeIncident"){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.req === undefined){
const err318 = {instancePath,schemaPath:"#/oneOf/19/required",keyword:"required",params:{missingProperty: "req"},message:"must have required property '"+"req"+"'"};
if(vErrors === null){
vErrors = [err318];
}
else {
vErrors.push(err318);
}
errors++;
}
if(data.type === undefined){
const err319 = {instancePath,schemaPath:"#/oneOf/19/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err319];
}
else {
vErrors.push(err319);
}
errors++;
}
if(data.by === undefined){
const err320 = {instancePath,schemaPath:"#/oneOf/19/required",keyword:"required",params:{missingProperty: "by"},message:"must have required property '"+"by"+"'"};
if(vErrors === null){
vErrors = [err320];
}
else {
vErrors.push(err320);
}
errors++;
}
if(data.via === undefined){
const err321 = {instancePath,schemaPath:"#/oneOf/19/required",keyword:"required",params:{missingProperty: "via"},message:"must have required property '"+"via"+"'"};
if(vErrors === null){
vErrors = [err321];
}
else {
vErrors.push(err321);
}
errors++;
}
for(const key21 in data){
if(!((((((key21 === "req") || (key21 === "type")) || (key21 === "incident")) || (key21 === "point")) || (key21 === "by")) || (key21 === "via"))){
const err322 = {instancePath,schemaPath:"#/oneOf/19/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key21},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err322];
}
else {
vErrors.push(err322);
}
errors++;
}
}
if(data.req !== undefined){
let data65 = data.req;
if(typeof data65 === "string"){
if(!pattern52.test(data65)){
const err323 = {instancePath:instancePath+"/req",schemaPath:"#/oneOf/19/properties/req/pattern",keyword:"pattern",params:{pattern: "^[\\w.:-]{1,64}$"},message:"must match pattern \""+"^[\\w.:-]{1,64}$"+"\""};
if(vErrors === null){
vErrors = [err323];
}
else {
vErrors.push(err323);
}
errors++;
}
}
else {
const err324 = {instancePath:instancePath+"/req",schemaPath:"#/oneOf/19/properties/req/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err324];
}
else {
vErrors.push(err324);
}
errors++;
}
}
if(data.type !== undefined){
let data66 = data.type;
if(typeof data66 !== "string"){
const err325 = {instancePath:instancePath+"/type",schemaPath:"#/oneOf/19/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err325];
}
else {
vErrors.push(err325);
}
errors++;
}
if("acknowledgeIncident" !== data66){
const err326 = {instancePath:instancePath+"/type",schemaPath:"#/oneOf/19/properties/type/const",keyword:"const",params:{allowedValue: "acknowledgeIncident"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err326];
}
else {
vErrors.push(err326);
}
errors++;
}
}
if(data.incident !== undefined){
let data67 = data.incident;
if(typeof data67 === "string"){
if(!pattern90.test(data67)){
const err327 = {instancePath:instancePath+"/incident",schemaPath:"#/oneOf/19/properties/incident/pattern",keyword:"pattern",params:{pattern: "^inc-[0-9]{1,12}$"},message:"must match pattern \""+"^inc-[0-9]{1,12}$"+"\""};
if(vErrors === null){
vErrors = [err327];
}
else {
vErrors.push(err327);
}
errors++;
}
}
else {
const err328 = {instancePath:instancePath+"/incident",schemaPath:"#/oneOf/19/properties/incident/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err328];
}
else {
vErrors.push(err328);
}
errors++;
}
if(errors > 0){
const emErrs48 = [];
for(const err329 of vErrors){
if(((((err329.keyword !== "errorMessage") && (!err329.emUsed)) && ((err329.instancePath === instancePath+"/incident") || ((err329.instancePath.indexOf(instancePath+"/incident") === 0) && (err329.instancePath[instancePath+"/incident".length] === "/")))) && (err329.schemaPath.indexOf("#/oneOf/19/properties/incident") === 0)) && (err329.schemaPath["#/oneOf/19/properties/incident".length] === "/")){
emErrs48.push(err329);
err329.emUsed = true;
}
}
if(emErrs48.length){
const err330 = {instancePath:instancePath+"/incident",schemaPath:"#/oneOf/19/properties/incident/errorMessage",keyword:"errorMessage",params:{errors: emErrs48},message:"must be an incident id such as inc-12"};
if(vErrors === null){
vErrors = [err330];
}
else {
vErrors.push(err330);
}
errors++;
}
const emErrs49 = [];
for(const err331 of vErrors){
if(!err331.emUsed){
emErrs49.push(err331);
}
}
vErrors = emErrs49;
errors = emErrs49.length;
}
}
if(data.point !== undefined){
let data68 = data.point;
if(typeof data68 === "string"){
if(!pattern0.test(data68)){
const err332 = {instancePath:instancePath+"/point",schemaPath:"#/oneOf/19/properties/point/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]{0,31}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]{0,31}$"+"\""};
if(vErrors === null){
vErrors = [err332];
}
else {
vErrors.push(err332);
}
errors++;
}
}
else {
const err333 = {instancePath:instancePath+"/point",schemaPath:"#/oneOf/19/properties/point/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err333];
}
else {
vErrors.push(err333);
}
errors++;
}
if(errors > 0){
const emErrs50 = [];
for(const err334 of vErrors){
if(((((err334.keyword !== "errorMessage") && (!err334.emUsed)) && ((err334.instancePath === instancePath+"/point") || ((err334.instancePath.indexOf(instancePath+"/point") === 0) && (err334.instancePath[instancePath+"/point".length] === "/")))) && (err334.schemaPath.indexOf("#/oneOf/19/properties/point") === 0)) && (err334.schemaPath["#/oneOf/19/properties/point".length] === "/")){
emErrs50.push(err334);
err334.emUsed = true;
}
}
if(emErrs50.length){
const err335 = {instancePath:instancePath+"/point",schemaPath:"#/oneOf/19/properties/point/errorMessage",keyword:"errorMessage",params:{errors: emErrs50},message:"must be the id of one from the config"};
if(vErrors === null){
vErrors = [err335];
}
else {
vErrors.push(err335);
}
errors++;
}
const emErrs51 = [];
for(const err336 of vErrors){
if(!err336.emUsed){
emErrs51.push(err336);
}
}
vErrors = emErrs51;
errors = emErrs51.length;
}
}
if(data.by !== undefined){
let data69 = data.by;
if(typeof data69 === "string"){
if(func3(data69) > 64){
const err337 = {instancePath:instancePath+"/by",schemaPath:"#/oneOf/19/properties/by/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"};
if(vErrors === null){
vErrors = [err337];
}
else {
vErrors.push(err337);
}
errors++;
}
if(func3(data69) < 1){
const err338 = {instancePath:instancePath+"/by",schemaPath:"#/oneOf/19/properties/by/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err338];
}
else {
vErrors.push(err338);
}
errors++;
}
}
else {
const err339 = {instancePath:instancePath+"/by",schemaPath:"#/oneOf/19/properties/by/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err339];
}
else {
vErrors.push(err339);
}
errors++;
}
}
if(data.via !== undefined){
let data70 = data.via;
const _errs219 = errors;
let valid46 = false;
const _errs220 = errors;
if(typeof data70 !== "string"){
const err340 = {instancePath:instancePath+"/via",schemaPath:"#/oneOf/19/properties/via/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err340];
}
else {
vErrors.push(err340);
}
errors++;
}
if("key" !== data70){
const err341 = {instancePath:instancePath+"/via",schemaPath:"#/oneOf/19/properties/via/anyOf/0/const",keyword:"const",params:{allowedValue: "key"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err341];
}
else {
vErrors.push(err341);
}
errors++;
}
var _valid3 = _errs220 === errors;
valid46 = valid46 || _valid3;
if(!valid46){
const _errs222 = errors;
if(typeof data70 !== "string"){
const err342 = {instancePath:instancePath+"/via",schemaPath:"#/oneOf/19/properties/via/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err342];
}
else {
vErrors.push(err342);
}
errors++;
}
if("keypad" !== data70){
const err343 = {instancePath:instancePath+"/via",schemaPath:"#/oneOf/19/properties/via/anyOf/1/const",keyword:"const",params:{allowedValue: "keypad"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err343];
}
else {
vErrors.push(err343);
}
errors++;
}
var _valid3 = _errs222 === errors;
valid46 = valid46 || _valid3;
if(!valid46){
const _errs224 = errors;
if(typeof data70 !== "string"){
const err344 = {instancePath:instancePath+"/via",schemaPath:"#/oneOf/19/properties/via/anyOf/2/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err344];
}
else {
vErrors.push(err344);
}
errors++;
}
if("sms" !== data70){
const err345 = {instancePath:instancePath+"/via",schemaPath:"#/oneOf/19/properties/via/anyOf/2/const",keyword:"const",params:{allowedValue: "sms"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err345];
}
else {
vErrors.push(err345);
}
errors++;
}
var _valid3 = _errs224 === errors;
valid46 = valid46 || _valid3;
}
}
if(!valid46){
const err346 = {instancePath:instancePath+"/via",schemaPath:"#/oneOf/19/properties/via/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err346];
}
else {
vErrors.push(err346);
}
errors++;
}
else {
errors = _errs219;
if(vErrors !== null){
if(_errs219){
vErrors.length = _errs219;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err347 = {instancePath,schemaPath:"#/oneOf/19/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err347];
}
else {
vErrors.push(err347);
}
errors++;
}
}
else if(tag0 === "clearIncident"){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.req === undefined){
const err348 = {instancePath,schemaPath:"#/oneOf/20/required",keyword:"required",params:{missingProperty: "req"},message:"must have required property '"+"req"+"'"};
if(vErrors === null){
vErrors = [err348];
}
else {
vErrors.push(err348);
}
errors++;
}
if(data.type === undefined){
const err349 = {instancePath,schemaPath:"#/oneOf/20/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err349];
}
else {
vErrors.push(err349);
}
errors++;
}
for(const key22 in data){
if(!(((((key22 === "req") || (key22 === "type")) || (key22 === "incident")) || (key22 === "point")) || (key22 === "by"))){
const err350 = {instancePath,schemaPath:"#/oneOf/20/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key22},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err350];
}
else {
vErrors.push(err350);
}
errors++;
}
}
if(data.req !== undefined){
let data71 = data.req;
if(typeof data71 === "string"){
if(!pattern52.test(data71)){
const err351 = {instancePath:instancePath+"/req",schemaPath:"#/oneOf/20/properties/req/pattern",keyword:"pattern",params:{pattern: "^[\\w.:-]{1,64}$"},message:"must match pattern \""+"^[\\w.:-]{1,64}$"+"\""};
if(vErrors === null){
vErrors = [err351];
}
else {
vErrors.push(err351);
}
errors++;
}
}
else {
const err352 = {instancePath:instancePath+"/req",schemaPath:"#/oneOf/20/properties/req/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err352];
}
else {
vErrors.push(err352);
}
errors++;
}
}
if(data.type !== undefined){
let data72 = data.type;
if(typeof data72 !== "string"){
const err353 = {instancePath:instancePath+"/type",schemaPath:"#/oneOf/20/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err353];
}
else {
vErrors.push(err353);
}
errors++;
}
if("clearIncident" !== data72){
const err354 = {instancePath:instancePath+"/type",schemaPath:"#/oneOf/20/properties/type/const",keyword:"const",params:{allowedValue: "clearIncident"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err354];
}
else {
vErrors.push(err354);
}
errors++;
}
}
if(data.incident !== undefined){
let data73 = data.incident;
if(typeof data73 === "string"){
if(!pattern90.test(data73)){
const err355 = {instancePath:instancePath+"/incident",schemaPath:"#/oneOf/20/properties/incident/pattern",keyword:"pattern",params:{pattern: "^inc-[0-9]{1,12}$"},message:"must match pattern \""+"^inc-[0-9]{1,12}$"+"\""};
if(vErrors === null){
vErrors = [err355];
}
else {
vErrors.push(err355);
}
errors++;
}
}
else {
const err356 = {instancePath:instancePath+"/incident",schemaPath:"#/oneOf/20/properties/incident/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err356];
}
else {
vErrors.push(err356);
}
errors++;
}
if(errors > 0){
const emErrs52 = [];
for(const err357 of vErrors){
if(((((err357.keyword !== "errorMessage") && (!err357.emUsed)) && ((err357.instancePath === instancePath+"/incident") || ((err357.instancePath.indexOf(instancePath+"/incident") === 0) && (err357.instancePath[instancePath+"/incident".length] === "/")))) && (err357.schemaPath.indexOf("#/oneOf/20/properties/incident") === 0)) && (err357.schemaPath["#/oneOf/20/properties/incident".length] === "/")){
emErrs52.push(err357);
err357.emUsed = true;
}
}
if(emErrs52.length){
const err358 = {instancePath:instancePath+"/incident",schemaPath:"#/oneOf/20/properties/incident/errorMessage",keyword:"errorMessage",params:{errors: emErrs52},message:"must be an incident id such as inc-12"};
if(vErrors === null){
vErrors = [err358];
}
else {
vErrors.push(err358);
}
errors++;
}
const emErrs53 = [];
for(const err359 of vErrors){
if(!err359.emUsed){
emErrs53.push(err359);
}
}
vErrors = emErrs53;
errors = emErrs53.length;
}
}
if(data.point !== undefined){
let data74 = data.point;
if(typeof data74 === "string"){
if(!pattern0.test(data74)){
const err360 = {instancePath:instancePath+"/point",schemaPath:"#/oneOf/20/properties/point/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]{0,31}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]{0,31}$"+"\""};
if(vErrors === null){
vErrors = [err360];
}
else {
vErrors.push(err360);
}
errors++;
}
}
else {
const err361 = {instancePath:instancePath+"/point",schemaPath:"#/oneOf/20/properties/point/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err361];
}
else {
vErrors.push(err361);
}
errors++;
}
if(errors > 0){
const emErrs54 = [];
for(const err362 of vErrors){
if(((((err362.keyword !== "errorMessage") && (!err362.emUsed)) && ((err362.instancePath === instancePath+"/point") || ((err362.instancePath.indexOf(instancePath+"/point") === 0) && (err362.instancePath[instancePath+"/point".length] === "/")))) && (err362.schemaPath.indexOf("#/oneOf/20/properties/point") === 0)) && (err362.schemaPath["#/oneOf/20/properties/point".length] === "/")){
emErrs54.push(err362);
err362.emUsed = true;
}
}
if(emErrs54.length){
const err363 = {instancePath:instancePath+"/point",schemaPath:"#/oneOf/20/properties/point/errorMessage",keyword:"errorMessage",params:{errors: emErrs54},message:"must be the id of one from the config"};
if(vErrors === null){
vErrors = [err363];
}
else {
vErrors.push(err363);
}
errors++;
}
const emErrs55 = [];
for(const err364 of vErrors){
if(!err364.emUsed){
emErrs55.push(err364);
}
}
vErrors = emErrs55;
errors = emErrs55.length;
}
}
if(data.by !== undefined){
let data75 = data.by;
if(typeof data75 === "string"){
if(func3(data75) > 64){
const err365 = {instancePath:instancePath+"/by",schemaPath:"#/oneOf/20/properties/by/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"};
if(vErrors === null){
vErrors = [err365];
}
else {
vErrors.push(err365);
}
errors++;
}
if(func3(data75) < 1){
const err366 = {instancePath:instancePath+"/by",schemaPath:"#/oneOf/20/properties/by/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err366];
}
else {
vErrors.push(err366);
}
errors++;
}
}
else {
const err367 = {instancePath:instancePath+"/by",schemaPath:"#/oneOf/20/properties/by/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err367];
}
else {
vErrors.push(err367);
}
errors++;
}
}
}
else {
const err368 = {instancePath,schemaPath:"#/oneOf/20/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err368];
}
else {
vErrors.push(err368);
}
errors++;
}
}
else if(tag0 === "recordNotification"){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.req === undefined){
const err369 = {instancePath,schemaPath:"#/oneOf/21/required",keyword:"required",params:{missingProperty: "req"},message:"must have required property '"+"req"+"'"};
if(vErrors === null){
vErrors = [err369];
}
else {
vErrors.push(err369);
}
errors++;
}
if(data.type === undefined){
const err370 = {instancePath,schemaPath:"#/oneOf/21/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err370];
}
else {
vErrors.push(err370);
}
errors++;
}
if(data.incident === undefined){
const err371 = {instancePath,schemaPath:"#/oneOf/21/required",keyword:"required",params:{missingProperty: "incident"},message:"must have required property '"+"incident"+"'"};
if(vErrors === null){
vErrors = [err371];
}
else {
vErrors.push(err371);
}
errors++;
}
if(data.level === undefined){
const err372 = {instancePath,schemaPath:"#/oneOf/21/required",keyword:"required",params:{missingProperty: "level"},message:"must have required property '"+"level"+"'"};
if(vErrors === null){
vErrors = [err372];
}
else {
vErrors.push(err372);
}
errors++;
}
if(data.to === undefined){
const err373 = {instancePath,schemaPath:"#/oneOf/21/required",keyword:"required",params:{missingProperty: "to"},message:"must have required property '"+"to"+"'"};
if(vErrors === null){
vErrors = [err373];
}
else {
vErrors.push(err373);
}
errors++;
}
if(data.channel === undefined){
const err374 = {instancePath,schemaPath:"#/oneOf/21/required",keyword:"required",params:{missingProperty: "channel"},message:"must have required property '"+"channel"+"'"};
if(vErrors === null){
vErrors = [err374];
}
else {
vErrors.push(err374);
}
errors++;
}
if(data.delivered === undefined){
const err375 = {instancePath,schemaPath:"#/oneOf/21/required",keyword:"required",params:{missingProperty: "delivered"},message:"must have required property '"+"delivered"+"'"};
if(vErrors === null){
vErrors = [err375];
}
else {
vErrors.push(err375);
}
errors++;
}
for(const key23 in data){
if(!((((((((key23 === "req") || (key23 === "type")) || (key23 === "incident")) || (key23 === "level")) || (key23 === "to")) || (key23 === "channel")) || (key23 === "delivered")) || (key23 === "detail"))){
const err376 = {instancePath,schemaPath:"#/oneOf/21/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key23},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err376];
}
else {
vErrors.push(err376);
}
errors++;
}
}
if(data.req !== undefined){
let data76 = data.req;
if(typeof data76 === "string"){
if(!pattern52.test(data76)){
const err377 = {instancePath:instancePath+"/req",schemaPath:"#/oneOf/21/properties/req/pattern",keyword:"pattern",params:{pattern: "^[\\w.:-]{1,64}$"},message:"must match pattern \""+"^[\\w.:-]{1,64}$"+"\""};
if(vErrors === null){
vErrors = [err377];
}
else {
vErrors.push(err377);
}
errors++;
}
}
else {
const err378 = {instancePath:instancePath+"/req",schemaPath:"#/oneOf/21/properties/req/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err378];
}
else {
vErrors.push(err378);
}
errors++;
}
}
if(data.type !== undefined){
let data77 = data.type;
if(typeof data77 !== "string"){
const err379 = {instancePath:instancePath+"/type",schemaPath:"#/oneOf/21/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err379];
}
else {
vErrors.push(err379);
}
errors++;
}
if("recordNotification" !== data77){
const err380 = {instancePath:instancePath+"/type",schemaPath:"#/oneOf/21/properties/type/const",keyword:"const",params:{allowedValue: "recordNotification"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err380];
}
else {
vErrors.push(err380);
}
errors++;
}
}
if(data.incident !== undefined){
let data78 = data.incident;
if(typeof data78 === "string"){
if(!pattern90.test(data78)){
const err381 = {instancePath:instancePath+"/incident",schemaPath:"#/oneOf/21/properties/incident/pattern",keyword:"pattern",params:{pattern: "^inc-[0-9]{1,12}$"},message:"must match pattern \""+"^inc-[0-9]{1,12}$"+"\""};
if(vErrors === null){
vErrors = [err381];
}
else {
vErrors.push(err381);
}
errors++;
}
}
else {
const err382 = {instancePath:instancePath+"/incident",schemaPath:"#/oneOf/21/properties/incident/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err382];
}
else {
vErrors.push(err382);
}
errors++;
}
if(errors > 0){
const emErrs56 = [];
for(const err383 of vErrors){
if(((((err383.keyword !== "errorMessage") && (!err383.emUsed)) && ((err383.instancePath === instancePath+"/incident") || ((err383.instancePath.indexOf(instancePath+"/incident") === 0) && (err383.instancePath[instancePath+"/incident".length] === "/")))) && (err383.schemaPath.indexOf("#/oneOf/21/properties/incident") === 0)) && (err383.schemaPath["#/oneOf/21/properties/incident".length] === "/")){
emErrs56.push(err383);
err383.emUsed = true;
}
}
if(emErrs56.length){
const err384 = {instancePath:instancePath+"/incident",schemaPath:"#/oneOf/21/properties/incident/errorMessage",keyword:"errorMessage",params:{errors: emErrs56},message:"must be an incident id such as inc-12"};
if(vErrors === null){
vErrors = [err384];
}
else {
vErrors.push(err384);
}
errors++;
}
const emErrs57 = [];
for(const err385 of vErrors){
if(!err385.emUsed){
emErrs57.push(err385);
}
}
vErrors = emErrs57;
errors = emErrs57.length;
}
}
if(data.level !== undefined){
let data79 = data.level;
if(!((typeof data79 == "number") && (!(data79 % 1) && !isNaN(data79)))){
const err386 = {instancePath:instancePath+"/level",schemaPath:"#/oneOf/21/properties/level/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err386];
}
else {
vErrors.push(err386);
}
errors++;
}
if(typeof data79 == "number"){
if(data79 > 32 || isNaN(data79)){
const err387 = {instancePath:instancePath+"/level",schemaPath:"#/oneOf/21/properties/level/maximum",keyword:"maximum",params:{comparison: "<=", limit: 32},message:"must be <= 32"};
if(vErrors === null){
vErrors = [err387];
}
else {
vErrors.push(err387);
}
errors++;
}
if(data79 < 0 || isNaN(data79)){
const err388 = {instancePath:instancePath+"/level",schemaPath:"#/oneOf/21/properties/level/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err388];
}
else {
vErrors.push(err388);
}
errors++;
}
}
}
if(data.to !== undefined){
let data80 = data.to;
if(Array.isArray(data80)){
if(data80.length > 32){
const err389 = {instancePath:instancePath+"/to",schemaPath:"#/oneOf/21/properties/to/maxItems",keyword:"maxItems",params:{limit: 32},message:"must NOT have more than 32 items"};
if(vErrors === null){
vErrors = [err389];
}
else {
vErrors.push(err389);
}
errors++;
}
const len0 = data80.length;
for(let i0=0; i0<len0; i0++){
let data81 = data80[i0];
if(typeof data81 === "string"){
if(func3(data81) > 32){
const err390 = {instancePath:instancePath+"/to/" + i0,schemaPath:"#/oneOf/21/properties/to/items/maxLength",keyword:"maxLength",params:{limit: 32},message:"must NOT have more than 32 characters"};
if(vErrors === null){
vErrors = [err390];
}
else {
vErrors.push(err390);
}
errors++;
}
}
else {
const err391 = {instancePath:instancePath+"/to/" + i0,schemaPath:"#/oneOf/21/properties/to/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err391];
}
else {
vErrors.push(err391);
}
errors++;
}
}
}
else {
const err392 = {instancePath:instancePath+"/to",schemaPath:"#/oneOf/21/properties/to/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err392];
}
else {
vErrors.push(err392);
}
errors++;
}
}
if(data.channel !== undefined){
let data82 = data.channel;
const _errs255 = errors;
let valid53 = false;
const _errs256 = errors;
if(typeof data82 !== "string"){
const err393 = {instancePath:instancePath+"/channel",schemaPath:"#/oneOf/21/properties/channel/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err393];
}
else {
vErrors.push(err393);
}
errors++;
}
if("sms" !== data82){
const err394 = {instancePath:instancePath+"/channel",schemaPath:"#/oneOf/21/properties/channel/anyOf/0/const",keyword:"const",params:{allowedValue: "sms"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err394];
}
else {
vErrors.push(err394);
}
errors++;
}
var _valid4 = _errs256 === errors;
valid53 = valid53 || _valid4;
if(!valid53){
const _errs258 = errors;
if(typeof data82 !== "string"){
const err395 = {instancePath:instancePath+"/channel",schemaPath:"#/oneOf/21/properties/channel/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err395];
}
else {
vErrors.push(err395);
}
errors++;
}
if("mqtt" !== data82){
const err396 = {instancePath:instancePath+"/channel",schemaPath:"#/oneOf/21/properties/channel/anyOf/1/const",keyword:"const",params:{allowedValue: "mqtt"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err396];
}
else {
vErrors.push(err396);
}
errors++;
}
var _valid4 = _errs258 === errors;
valid53 = valid53 || _valid4;
}
if(!valid53){
const err397 = {instancePath:instancePath+"/channel",schemaPath:"#/oneOf/21/properties/channel/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err397];
}
else {
vErrors.push(err397);
}
errors++;
}
else {
errors = _errs255;
if(vErrors !== null){
if(_errs255){
vErrors.length = _errs255;
}
else {
vErrors = null;
}
}
}
}
if(data.delivered !== undefined){
if(typeof data.delivered !== "boolean"){
const err398 = {instancePath:instancePath+"/delivered",schemaPath:"#/oneOf/21/properties/delivered/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err398];
}
else {
vErrors.push(err398);
}
errors++;
}
}
if(data.detail !== undefined){
let data84 = data.detail;
if(typeof data84 === "string"){
if(func3(data84) > 500){
const err399 = {instancePath:instancePath+"/detail",schemaPath:"#/oneOf/21/properties/detail/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters"};
if(vErrors === null){
vErrors = [err399];
}
else {
vErrors.push(err399);
}
errors++;
}
}
else {
const err400 = {instancePath:instancePath+"/detail",schemaPath:"#/oneOf/21/properties/detail/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err400];
}
else {
vErrors.push(err400);
}
errors++;
}
}
}
else {
const err401 = {instancePath,schemaPath:"#/oneOf/21/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err401];
}
else {
vErrors.push(err401);
}
errors++;
}
}
else if(tag0 === "rate"){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.req === undefined){
const err402 = {instancePath,schemaPath:"#/oneOf/22/required",keyword:"required",params:{missingProperty: "req"},message:"must have required property '"+"req"+"'"};
if(vErrors === null){
vErrors = [err402];
}
else {
vErrors.push(err402);
}
errors++;
}
if(data.type === undefined){
const err403 = {instancePath,schemaPath:"#/oneOf/22/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err403];
}
else {
vErrors.push(err403);
}
errors++;
}
if(data.counter === undefined){
const err404 = {instancePath,schemaPath:"#/oneOf/22/required",keyword:"required",params:{missingProperty: "counter"},message:"must have required property '"+"counter"+"'"};
if(vErrors === null){
vErrors = [err404];
}
else {
vErrors.push(err404);
}
errors++;
}
if(data.score === undefined){
const err405 = {instancePath,schemaPath:"#/oneOf/22/required",keyword:"required",params:{missingProperty: "score"},message:"must have required property '"+"score"+"'"};
if(vErrors === null){
vErrors = [err405];
}
else {
vErrors.push(err405);
}
errors++;
}
for(const key24 in data){
if(!((((key24 === "req") || (key24 === "type")) || (key24 === "counter")) || (key24 === "score"))){
const err406 = {instancePath,schemaPath:"#/oneOf/22/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key24},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err406];
}
else {
vErrors.push(err406);
}
errors++;
}
}
if(data.req !== undefined){
let data85 = data.req;
if(typeof data85 === "string"){
if(!pattern52.test(data85)){
const err407 = {instancePath:instancePath+"/req",schemaPath:"#/oneOf/22/properties/req/pattern",keyword:"pattern",params:{pattern: "^[\\w.:-]{1,64}$"},message:"must match pattern \""+"^[\\w.:-]{1,64}$"+"\""};
if(vErrors === null){
vErrors = [err407];
}
else {
vErrors.push(err407);
}
errors++;
}
}
else {
const err408 = {instancePath:instancePath+"/req",schemaPath:"#/oneOf/22/properties/req/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err408];
}
else {
vErrors.push(err408);
}
errors++;
}
}
if(data.type !== undefined){
let data86 = data.type;
if(typeof data86 !== "string"){
const err409 = {instancePath:instancePath+"/type",schemaPath:"#/oneOf/22/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err409];
}
else {
vErrors.push(err409);
}
errors++;
}
if("rate" !== data86){
const err410 = {instancePath:instancePath+"/type",schemaPath:"#/oneOf/22/properties/type/const",keyword:"const",params:{allowedValue: "rate"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err410];
}
else {
vErrors.push(err410);
}
errors++;
}
}
if(data.counter !== undefined){
let data87 = data.counter;
if(typeof data87 === "string"){
if(!pattern0.test(data87)){
const err411 = {instancePath:instancePath+"/counter",schemaPath:"#/oneOf/22/properties/counter/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]{0,31}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]{0,31}$"+"\""};
if(vErrors === null){
vErrors = [err411];
}
else {
vErrors.push(err411);
}
errors++;
}
}
else {
const err412 = {instancePath:instancePath+"/counter",schemaPath:"#/oneOf/22/properties/counter/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err412];
}
else {
vErrors.push(err412);
}
errors++;
}
if(errors > 0){
const emErrs58 = [];
for(const err413 of vErrors){
if(((((err413.keyword !== "errorMessage") && (!err413.emUsed)) && ((err413.instancePath === instancePath+"/counter") || ((err413.instancePath.indexOf(instancePath+"/counter") === 0) && (err413.instancePath[instancePath+"/counter".length] === "/")))) && (err413.schemaPath.indexOf("#/oneOf/22/properties/counter") === 0)) && (err413.schemaPath["#/oneOf/22/properties/counter".length] === "/")){
emErrs58.push(err413);
err413.emUsed = true;
}
}
if(emErrs58.length){
const err414 = {instancePath:instancePath+"/counter",schemaPath:"#/oneOf/22/properties/counter/errorMessage",keyword:"errorMessage",params:{errors: emErrs58},message:"must be the id of one from the config"};
if(vErrors === null){
vErrors = [err414];
}
else {
vErrors.push(err414);
}
errors++;
}
const emErrs59 = [];
for(const err415 of vErrors){
if(!err415.emUsed){
emErrs59.push(err415);
}
}
vErrors = emErrs59;
errors = emErrs59.length;
}
}
if(data.score !== undefined){
let data88 = data.score;
if(!((typeof data88 == "number") && (!(data88 % 1) && !isNaN(data88)))){
const err416 = {instancePath:instancePath+"/score",schemaPath:"#/oneOf/22/properties/score/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err416];
}
else {
vErrors.push(err416);
}
errors++;
}
if(typeof data88 == "number"){
if(data88 > 5 || isNaN(data88)){
const err417 = {instancePath:instancePath+"/score",schemaPath:"#/oneOf/22/properties/score/maximum",keyword:"maximum",params:{comparison: "<=", limit: 5},message:"must be <= 5"};
if(vErrors === null){
vErrors = [err417];
}
else {
vErrors.push(err417);
}
errors++;
}
if(data88 < 1 || isNaN(data88)){
const err418 = {instancePath:instancePath+"/score",schemaPath:"#/oneOf/22/properties/score/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err418];
}
else {
vErrors.push(err418);
}
errors++;
}
}
if(errors > 0){
const emErrs60 = [];
for(const err419 of vErrors){
if(((((err419.keyword !== "errorMessage") && (!err419.emUsed)) && ((err419.instancePath === instancePath+"/score") || ((err419.instancePath.indexOf(instancePath+"/score") === 0) && (err419.instancePath[instancePath+"/score".length] === "/")))) && (err419.schemaPath.indexOf("#/oneOf/22/properties/score") === 0)) && (err419.schemaPath["#/oneOf/22/properties/score".length] === "/")){
emErrs60.push(err419);
err419.emUsed = true;
}
}
if(emErrs60.length){
const err420 = {instancePath:instancePath+"/score",schemaPath:"#/oneOf/22/properties/score/errorMessage",keyword:"errorMessage",params:{errors: emErrs60},message:"must be a whole number from 1 to 5"};
if(vErrors === null){
vErrors = [err420];
}
else {
vErrors.push(err420);
}
errors++;
}
const emErrs61 = [];
for(const err421 of vErrors){
if(!err421.emUsed){
emErrs61.push(err421);
}
}
vErrors = emErrs61;
errors = emErrs61.length;
}
}
}
else {
const err422 = {instancePath,schemaPath:"#/oneOf/22/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err422];
}
else {
vErrors.push(err422);
}
errors++;
}
}
else {
const err423 = {instancePath,schemaPath:"#/discriminator",keyword:"discriminator",params:{error: "mapping", tag: "type", tagValue: tag0},message:"value of tag \"type\" must be in oneOf"};
if(vErrors === null){
vErrors = [err423];
}
else {
vErrors.push(err423);
}
errors++;
}
}
else {
const err424 = {instancePath,schemaPath:"#/discriminator",keyword:"discriminator",params:{error: "tag", tag: "type", tagValue: tag0},message:"tag \"type\" must be string"};
if(vErrors === null){
vErrors = [err424];
}
else {
vErrors.push(err424);
}
errors++;
}
}
else {
const err425 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err425];
}
else {
vErrors.push(err425);
}
errors++;
}
validate15.errors = vErrors;
return errors === 0;
}

export const boardMap = validate16;
const schema18 = {"additionalProperties":false,"type":"object","required":["id","name","gpioChip","header","uarts"],"properties":{"$schema":{"type":"string"},"id":{"pattern":"^[a-z0-9-]+$","type":"string"},"name":{"minLength":1,"type":"string"},"gpioChip":{"additionalProperties":false,"type":"object","required":["label"],"properties":{"label":{"minLength":1,"description":"The chip label as the kernel reports it, e.g. pinctrl-bcm2711","type":"string"}}},"header":{"additionalProperties":false,"description":"Header pin number (1–40) → GPIO line; power and ground pins are left out","type":"object","patternProperties":{"^([1-9]|[1-3][0-9]|40)$":{"additionalProperties":false,"type":"object","required":["line","signals"],"properties":{"line":{"minimum":0,"maximum":511,"description":"Line offset on the GPIO chip","type":"integer"},"signals":{"minItems":1,"type":"array","items":{"pattern":"^[A-Z][A-Z0-9_]*$","type":"string"}}}}}},"uarts":{"type":"array","items":{"additionalProperties":false,"type":"object","required":["device","kind"],"properties":{"device":{"pattern":"^/dev/","type":"string"},"kind":{"type":"string"},"tx":{"minimum":1,"maximum":40,"description":"Header pin; absent when not on the header","type":"integer"},"rx":{"minimum":1,"maximum":40,"type":"integer"},"note":{"type":"string"}}}}}};
const pattern99 = new RegExp("^[a-z0-9-]+$", "u");
const pattern100 = new RegExp("^([1-9]|[1-3][0-9]|40)$", "u");
const pattern102 = new RegExp("^[A-Z][A-Z0-9_]*$", "u");
const pattern103 = new RegExp("^/dev/", "u");

function validate16(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.name === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.gpioChip === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "gpioChip"},message:"must have required property '"+"gpioChip"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.header === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "header"},message:"must have required property '"+"header"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.uarts === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "uarts"},message:"must have required property '"+"uarts"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key0 in data){
if(!((((((key0 === "$schema") || (key0 === "id")) || (key0 === "name")) || (key0 === "gpioChip")) || (key0 === "header")) || (key0 === "uarts"))){
const err5 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.$schema !== undefined){
if(typeof data.$schema !== "string"){
const err6 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.id !== undefined){
let data1 = data.id;
if(typeof data1 === "string"){
if(!pattern99.test(data1)){
const err7 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9-]+$"},message:"must match pattern \""+"^[a-z0-9-]+$"+"\""};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.name !== undefined){
let data2 = data.name;
if(typeof data2 === "string"){
if(func3(data2) < 1){
const err9 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.gpioChip !== undefined){
let data3 = data.gpioChip;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.label === undefined){
const err11 = {instancePath:instancePath+"/gpioChip",schemaPath:"#/properties/gpioChip/required",keyword:"required",params:{missingProperty: "label"},message:"must have required property '"+"label"+"'"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
for(const key1 in data3){
if(!(key1 === "label")){
const err12 = {instancePath:instancePath+"/gpioChip",schemaPath:"#/properties/gpioChip/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data3.label !== undefined){
let data4 = data3.label;
if(typeof data4 === "string"){
if(func3(data4) < 1){
const err13 = {instancePath:instancePath+"/gpioChip/label",schemaPath:"#/properties/gpioChip/properties/label/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/gpioChip/label",schemaPath:"#/properties/gpioChip/properties/label/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath:instancePath+"/gpioChip",schemaPath:"#/properties/gpioChip/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.header !== undefined){
let data5 = data.header;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
for(const key2 in data5){
if(!(pattern100.test(key2))){
const err16 = {instancePath:instancePath+"/header",schemaPath:"#/properties/header/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
for(const key3 in data5){
if(pattern100.test(key3)){
let data6 = data5[key3];
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.line === undefined){
const err17 = {instancePath:instancePath+"/header/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/header/patternProperties/%5E(%5B1-9%5D%7C%5B1-3%5D%5B0-9%5D%7C40)%24/required",keyword:"required",params:{missingProperty: "line"},message:"must have required property '"+"line"+"'"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data6.signals === undefined){
const err18 = {instancePath:instancePath+"/header/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/header/patternProperties/%5E(%5B1-9%5D%7C%5B1-3%5D%5B0-9%5D%7C40)%24/required",keyword:"required",params:{missingProperty: "signals"},message:"must have required property '"+"signals"+"'"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
for(const key4 in data6){
if(!((key4 === "line") || (key4 === "signals"))){
const err19 = {instancePath:instancePath+"/header/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/header/patternProperties/%5E(%5B1-9%5D%7C%5B1-3%5D%5B0-9%5D%7C40)%24/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data6.line !== undefined){
let data7 = data6.line;
if(!((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7)))){
const err20 = {instancePath:instancePath+"/header/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/line",schemaPath:"#/properties/header/patternProperties/%5E(%5B1-9%5D%7C%5B1-3%5D%5B0-9%5D%7C40)%24/properties/line/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(typeof data7 == "number"){
if(data7 > 511 || isNaN(data7)){
const err21 = {instancePath:instancePath+"/header/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/line",schemaPath:"#/properties/header/patternProperties/%5E(%5B1-9%5D%7C%5B1-3%5D%5B0-9%5D%7C40)%24/properties/line/maximum",keyword:"maximum",params:{comparison: "<=", limit: 511},message:"must be <= 511"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(data7 < 0 || isNaN(data7)){
const err22 = {instancePath:instancePath+"/header/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/line",schemaPath:"#/properties/header/patternProperties/%5E(%5B1-9%5D%7C%5B1-3%5D%5B0-9%5D%7C40)%24/properties/line/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
if(data6.signals !== undefined){
let data8 = data6.signals;
if(Array.isArray(data8)){
if(data8.length < 1){
const err23 = {instancePath:instancePath+"/header/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/signals",schemaPath:"#/properties/header/patternProperties/%5E(%5B1-9%5D%7C%5B1-3%5D%5B0-9%5D%7C40)%24/properties/signals/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
const len0 = data8.length;
for(let i0=0; i0<len0; i0++){
let data9 = data8[i0];
if(typeof data9 === "string"){
if(!pattern102.test(data9)){
const err24 = {instancePath:instancePath+"/header/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/signals/" + i0,schemaPath:"#/properties/header/patternProperties/%5E(%5B1-9%5D%7C%5B1-3%5D%5B0-9%5D%7C40)%24/properties/signals/items/pattern",keyword:"pattern",params:{pattern: "^[A-Z][A-Z0-9_]*$"},message:"must match pattern \""+"^[A-Z][A-Z0-9_]*$"+"\""};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
else {
const err25 = {instancePath:instancePath+"/header/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/signals/" + i0,schemaPath:"#/properties/header/patternProperties/%5E(%5B1-9%5D%7C%5B1-3%5D%5B0-9%5D%7C40)%24/properties/signals/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
}
else {
const err26 = {instancePath:instancePath+"/header/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/signals",schemaPath:"#/properties/header/patternProperties/%5E(%5B1-9%5D%7C%5B1-3%5D%5B0-9%5D%7C40)%24/properties/signals/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
}
else {
const err27 = {instancePath:instancePath+"/header/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/header/patternProperties/%5E(%5B1-9%5D%7C%5B1-3%5D%5B0-9%5D%7C40)%24/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
}
}
else {
const err28 = {instancePath:instancePath+"/header",schemaPath:"#/properties/header/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data.uarts !== undefined){
let data10 = data.uarts;
if(Array.isArray(data10)){
const len1 = data10.length;
for(let i1=0; i1<len1; i1++){
let data11 = data10[i1];
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
if(data11.device === undefined){
const err29 = {instancePath:instancePath+"/uarts/" + i1,schemaPath:"#/properties/uarts/items/required",keyword:"required",params:{missingProperty: "device"},message:"must have required property '"+"device"+"'"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(data11.kind === undefined){
const err30 = {instancePath:instancePath+"/uarts/" + i1,schemaPath:"#/properties/uarts/items/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
for(const key5 in data11){
if(!(((((key5 === "device") || (key5 === "kind")) || (key5 === "tx")) || (key5 === "rx")) || (key5 === "note"))){
const err31 = {instancePath:instancePath+"/uarts/" + i1,schemaPath:"#/properties/uarts/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data11.device !== undefined){
let data12 = data11.device;
if(typeof data12 === "string"){
if(!pattern103.test(data12)){
const err32 = {instancePath:instancePath+"/uarts/" + i1+"/device",schemaPath:"#/properties/uarts/items/properties/device/pattern",keyword:"pattern",params:{pattern: "^/dev/"},message:"must match pattern \""+"^/dev/"+"\""};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
else {
const err33 = {instancePath:instancePath+"/uarts/" + i1+"/device",schemaPath:"#/properties/uarts/items/properties/device/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data11.kind !== undefined){
if(typeof data11.kind !== "string"){
const err34 = {instancePath:instancePath+"/uarts/" + i1+"/kind",schemaPath:"#/properties/uarts/items/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data11.tx !== undefined){
let data14 = data11.tx;
if(!((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14)))){
const err35 = {instancePath:instancePath+"/uarts/" + i1+"/tx",schemaPath:"#/properties/uarts/items/properties/tx/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if(typeof data14 == "number"){
if(data14 > 40 || isNaN(data14)){
const err36 = {instancePath:instancePath+"/uarts/" + i1+"/tx",schemaPath:"#/properties/uarts/items/properties/tx/maximum",keyword:"maximum",params:{comparison: "<=", limit: 40},message:"must be <= 40"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if(data14 < 1 || isNaN(data14)){
const err37 = {instancePath:instancePath+"/uarts/" + i1+"/tx",schemaPath:"#/properties/uarts/items/properties/tx/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
}
if(data11.rx !== undefined){
let data15 = data11.rx;
if(!((typeof data15 == "number") && (!(data15 % 1) && !isNaN(data15)))){
const err38 = {instancePath:instancePath+"/uarts/" + i1+"/rx",schemaPath:"#/properties/uarts/items/properties/rx/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
if(typeof data15 == "number"){
if(data15 > 40 || isNaN(data15)){
const err39 = {instancePath:instancePath+"/uarts/" + i1+"/rx",schemaPath:"#/properties/uarts/items/properties/rx/maximum",keyword:"maximum",params:{comparison: "<=", limit: 40},message:"must be <= 40"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
if(data15 < 1 || isNaN(data15)){
const err40 = {instancePath:instancePath+"/uarts/" + i1+"/rx",schemaPath:"#/properties/uarts/items/properties/rx/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
}
if(data11.note !== undefined){
if(typeof data11.note !== "string"){
const err41 = {instancePath:instancePath+"/uarts/" + i1+"/note",schemaPath:"#/properties/uarts/items/properties/note/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
}
else {
const err42 = {instancePath:instancePath+"/uarts/" + i1,schemaPath:"#/properties/uarts/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
}
else {
const err43 = {instancePath:instancePath+"/uarts",schemaPath:"#/properties/uarts/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
}
else {
const err44 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
validate16.errors = vErrors;
return errors === 0;
}

export const manifest = validate17;
const schema19 = {"additionalProperties":false,"type":"object","required":["format","site","revision","signedAt","files"],"properties":{"format":{"const":1,"type":"number"},"site":{"minLength":1,"type":"string"},"revision":{"minimum":1,"description":"Bigger for every newer bundle of the site; an appliance refuses one older than it runs","type":"integer"},"signedAt":{"minLength":1,"type":"string"},"files":{"type":"object","patternProperties":{"^(config\\.yaml|logo\\.png|audio\\/[a-z]{2,3}\\/[a-z0-9][a-z0-9_-]{0,63}\\.wav)$":{"additionalProperties":false,"type":"object","required":["sha256","bytes"],"properties":{"sha256":{"pattern":"^[0-9a-f]{64}$","type":"string"},"bytes":{"minimum":0,"maximum":33554432,"type":"integer"}}}}}}};
const pattern104 = new RegExp("^(config\\.yaml|logo\\.png|audio\\/[a-z]{2,3}\\/[a-z0-9][a-z0-9_-]{0,63}\\.wav)$", "u");
const pattern105 = new RegExp("^[0-9a-f]{64}$", "u");

function validate17(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.format === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "format"},message:"must have required property '"+"format"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.site === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "site"},message:"must have required property '"+"site"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.revision === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "revision"},message:"must have required property '"+"revision"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.signedAt === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "signedAt"},message:"must have required property '"+"signedAt"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.files === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "files"},message:"must have required property '"+"files"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "format") || (key0 === "site")) || (key0 === "revision")) || (key0 === "signedAt")) || (key0 === "files"))){
const err5 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.format !== undefined){
let data0 = data.format;
if(!(typeof data0 == "number")){
const err6 = {instancePath:instancePath+"/format",schemaPath:"#/properties/format/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(1 !== data0){
const err7 = {instancePath:instancePath+"/format",schemaPath:"#/properties/format/const",keyword:"const",params:{allowedValue: 1},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.site !== undefined){
let data1 = data.site;
if(typeof data1 === "string"){
if(func3(data1) < 1){
const err8 = {instancePath:instancePath+"/site",schemaPath:"#/properties/site/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/site",schemaPath:"#/properties/site/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.revision !== undefined){
let data2 = data.revision;
if(!((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2)))){
const err10 = {instancePath:instancePath+"/revision",schemaPath:"#/properties/revision/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(typeof data2 == "number"){
if(data2 < 1 || isNaN(data2)){
const err11 = {instancePath:instancePath+"/revision",schemaPath:"#/properties/revision/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
if(data.signedAt !== undefined){
let data3 = data.signedAt;
if(typeof data3 === "string"){
if(func3(data3) < 1){
const err12 = {instancePath:instancePath+"/signedAt",schemaPath:"#/properties/signedAt/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/signedAt",schemaPath:"#/properties/signedAt/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.files !== undefined){
let data4 = data.files;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
for(const key1 in data4){
if(pattern104.test(key1)){
let data5 = data4[key1];
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.sha256 === undefined){
const err14 = {instancePath:instancePath+"/files/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/files/patternProperties/%5E(config%5C.yaml%7Clogo%5C.png%7Caudio%5C~1%5Ba-z%5D%7B2%2C3%7D%5C~1%5Ba-z0-9%5D%5Ba-z0-9_-%5D%7B0%2C63%7D%5C.wav)%24/required",keyword:"required",params:{missingProperty: "sha256"},message:"must have required property '"+"sha256"+"'"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data5.bytes === undefined){
const err15 = {instancePath:instancePath+"/files/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/files/patternProperties/%5E(config%5C.yaml%7Clogo%5C.png%7Caudio%5C~1%5Ba-z%5D%7B2%2C3%7D%5C~1%5Ba-z0-9%5D%5Ba-z0-9_-%5D%7B0%2C63%7D%5C.wav)%24/required",keyword:"required",params:{missingProperty: "bytes"},message:"must have required property '"+"bytes"+"'"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
for(const key2 in data5){
if(!((key2 === "sha256") || (key2 === "bytes"))){
const err16 = {instancePath:instancePath+"/files/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/files/patternProperties/%5E(config%5C.yaml%7Clogo%5C.png%7Caudio%5C~1%5Ba-z%5D%7B2%2C3%7D%5C~1%5Ba-z0-9%5D%5Ba-z0-9_-%5D%7B0%2C63%7D%5C.wav)%24/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data5.sha256 !== undefined){
let data6 = data5.sha256;
if(typeof data6 === "string"){
if(!pattern105.test(data6)){
const err17 = {instancePath:instancePath+"/files/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/sha256",schemaPath:"#/properties/files/patternProperties/%5E(config%5C.yaml%7Clogo%5C.png%7Caudio%5C~1%5Ba-z%5D%7B2%2C3%7D%5C~1%5Ba-z0-9%5D%5Ba-z0-9_-%5D%7B0%2C63%7D%5C.wav)%24/properties/sha256/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\""};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/files/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/sha256",schemaPath:"#/properties/files/patternProperties/%5E(config%5C.yaml%7Clogo%5C.png%7Caudio%5C~1%5Ba-z%5D%7B2%2C3%7D%5C~1%5Ba-z0-9%5D%5Ba-z0-9_-%5D%7B0%2C63%7D%5C.wav)%24/properties/sha256/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data5.bytes !== undefined){
let data7 = data5.bytes;
if(!((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7)))){
const err19 = {instancePath:instancePath+"/files/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/bytes",schemaPath:"#/properties/files/patternProperties/%5E(config%5C.yaml%7Clogo%5C.png%7Caudio%5C~1%5Ba-z%5D%7B2%2C3%7D%5C~1%5Ba-z0-9%5D%5Ba-z0-9_-%5D%7B0%2C63%7D%5C.wav)%24/properties/bytes/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(typeof data7 == "number"){
if(data7 > 33554432 || isNaN(data7)){
const err20 = {instancePath:instancePath+"/files/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/bytes",schemaPath:"#/properties/files/patternProperties/%5E(config%5C.yaml%7Clogo%5C.png%7Caudio%5C~1%5Ba-z%5D%7B2%2C3%7D%5C~1%5Ba-z0-9%5D%5Ba-z0-9_-%5D%7B0%2C63%7D%5C.wav)%24/properties/bytes/maximum",keyword:"maximum",params:{comparison: "<=", limit: 33554432},message:"must be <= 33554432"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(data7 < 0 || isNaN(data7)){
const err21 = {instancePath:instancePath+"/files/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/bytes",schemaPath:"#/properties/files/patternProperties/%5E(config%5C.yaml%7Clogo%5C.png%7Caudio%5C~1%5Ba-z%5D%7B2%2C3%7D%5C~1%5Ba-z0-9%5D%5Ba-z0-9_-%5D%7B0%2C63%7D%5C.wav)%24/properties/bytes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
}
else {
const err22 = {instancePath:instancePath+"/files/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/files/patternProperties/%5E(config%5C.yaml%7Clogo%5C.png%7Caudio%5C~1%5Ba-z%5D%7B2%2C3%7D%5C~1%5Ba-z0-9%5D%5Ba-z0-9_-%5D%7B0%2C63%7D%5C.wav)%24/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
}
else {
const err23 = {instancePath:instancePath+"/files",schemaPath:"#/properties/files/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
}
else {
const err24 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
validate17.errors = vErrors;
return errors === 0;
}

export const signature = validate18;
const schema20 = {"additionalProperties":false,"type":"object","required":["key","signature"],"properties":{"key":{"pattern":"^[0-9a-f]{16}$","type":"string"},"signature":{"minLength":1,"type":"string"}}};
const pattern106 = new RegExp("^[0-9a-f]{16}$", "u");

function validate18(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.key === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "key"},message:"must have required property '"+"key"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.signature === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "signature"},message:"must have required property '"+"signature"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "key") || (key0 === "signature"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.key !== undefined){
let data0 = data.key;
if(typeof data0 === "string"){
if(!pattern106.test(data0)){
const err3 = {instancePath:instancePath+"/key",schemaPath:"#/properties/key/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{16}$"},message:"must match pattern \""+"^[0-9a-f]{16}$"+"\""};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/key",schemaPath:"#/properties/key/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.signature !== undefined){
let data1 = data.signature;
if(typeof data1 === "string"){
if(func3(data1) < 1){
const err5 = {instancePath:instancePath+"/signature",schemaPath:"#/properties/signature/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/signature",schemaPath:"#/properties/signature/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate18.errors = vErrors;
return errors === 0;
}

