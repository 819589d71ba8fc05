// Made by `npm run config-schema` (scripts/validators.ts) from the TypeBox schemas; do not edit.
import runtime0 from 'ajv/dist/runtime/ucs2length.js'
export const config = validate30;
const schema10 = {"additionalProperties":false,"type":"object","required":["version","site","services","counters","rules","ticket","hub"],"properties":{"version":{"errorMessage":"must be 1, the config format this firmware reads","const":1,"type":"number"},"site":{"additionalProperties":false,"type":"object","required":["id","name","languages","timeZone","dayStartsAt"],"properties":{"id":{"pattern":"^[a-z0-9][a-z0-9-]{0,31}$","errorMessage":"must be 1–32 lower-case letters, digits or dashes, starting with a letter or digit","type":"string"},"name":{"minLength":1,"description":"Company or branch name printed on tickets","type":"string"},"languages":{"minItems":1,"uniqueItems":true,"type":"array","items":{"pattern":"^[a-z]{2,3}$","errorMessage":"must be a language code such as ar, en, zh, ru","type":"string"}},"timeZone":{"minLength":1,"description":"IANA time zone, e.g. Asia/Dubai","type":"string"},"dayStartsAt":{"pattern":"^([01][0-9]|2[0-3]):[0-5][0-9]$","errorMessage":"must be a time of day as HH:MM, e.g. 04:00","type":"string"}}},"services":{"minItems":1,"type":"array","items":{"additionalProperties":false,"type":"object","required":["id","prefix","names","range","digits"],"properties":{"id":{"pattern":"^[a-z0-9][a-z0-9-]{0,31}$","errorMessage":"must be 1–32 lower-case letters, digits or dashes, starting with a letter or digit","type":"string"},"prefix":{"pattern":"^[A-Z]$","errorMessage":"must be one letter A–Z","type":"string"},"names":{"description":"The service name in each site language, shown on the ticket and displays","type":"object","patternProperties":{"^[a-z]{2,3}$":{"minLength":1,"type":"string"}}},"range":{"additionalProperties":false,"default":{"from":1,"to":999},"type":"object","required":["from","to"],"properties":{"from":{"minimum":0,"type":"integer"},"to":{"minimum":1,"maximum":9999,"type":"integer"}}},"digits":{"minimum":1,"maximum":4,"default":3,"type":"integer"},"dailyCap":{"minimum":1,"type":"integer"},"hours":{"type":"array","items":{"additionalProperties":false,"type":"object","required":["days","from","to"],"properties":{"days":{"minItems":1,"description":"ISO weekdays: 1 = Monday … 7 = Sunday","type":"array","items":{"minimum":1,"maximum":7,"type":"integer"}},"from":{"pattern":"^([01][0-9]|2[0-3]):[0-5][0-9]$","errorMessage":"must be a time of day as HH:MM, e.g. 04:00","type":"string"},"to":{"pattern":"^([01][0-9]|2[0-3]):[0-5][0-9]$","errorMessage":"must be a time of day as HH:MM, e.g. 04:00","type":"string"}}}},"nextStep":{"pattern":"^[a-z0-9][a-z0-9-]{0,31}$","errorMessage":"must be 1–32 lower-case letters, digits or dashes, starting with a letter or digit","type":"string"},"targetWaitSeconds":{"minimum":1,"description":"Reports show the share of customers called within this wait, in seconds","type":"integer"}}}},"counters":{"minItems":1,"type":"array","items":{"additionalProperties":false,"type":"object","required":["id","name","services"],"properties":{"id":{"pattern":"^[a-z0-9][a-z0-9-]{0,31}$","errorMessage":"must be 1–32 lower-case letters, digits or dashes, starting with a letter or digit","type":"string"},"name":{"minLength":1,"description":"What the display and the announcement call it, e.g. \"3\"","type":"string"},"services":{"minItems":1,"description":"Services served here, in priority order","type":"array","items":{"pattern":"^[a-z0-9][a-z0-9-]{0,31}$","errorMessage":"must be 1–32 lower-case letters, digits or dashes, starting with a letter or digit","type":"string"}}}}},"rules":{"additionalProperties":false,"default":{},"type":"object","required":["noShow","transfer","priority","estimate"],"properties":{"noShow":{"additionalProperties":false,"default":{},"type":"object","required":["minCalls","minSeconds"],"properties":{"minCalls":{"minimum":1,"default":2,"type":"integer"},"minSeconds":{"minimum":0,"default":60,"type":"integer"}}},"transfer":{"additionalProperties":false,"default":{},"type":"object","required":["position"],"properties":{"position":{"type":"string","enum":["front","arrival"],"errorMessage":"must be one of: front, arrival","default":"front"}}},"priority":{"additionalProperties":false,"default":{},"type":"object","required":["maxConsecutive"],"properties":{"maxConsecutive":{"minimum":0,"default":3,"type":"integer"}}},"estimate":{"additionalProperties":false,"default":{},"type":"object","required":["window","defaultServiceSeconds"],"properties":{"window":{"minimum":1,"default":20,"type":"integer"},"defaultServiceSeconds":{"minimum":1,"default":300,"type":"integer"}}}}},"ticket":{"additionalProperties":false,"default":{},"type":"object","required":["footer","paperWidth"],"properties":{"footer":{"default":"","type":"string"},"paperWidth":{"enum":[58,80],"default":80,"errorMessage":"must be 58 or 80 (mm)","type":"integer"},"statusUrl":{"pattern":"^https?://","errorMessage":"must be an http(s) address; {token} in it is replaced by the ticket token, else the token is appended","description":"The ticket status page the QR code opens, e.g. https://queue.example.com/t/","type":"string"},"logo":{"minLength":1,"description":"A PNG file printed at the top of each ticket","type":"string"}}},"hub":{"$ref":"#/definitions/part7","default":{}},"callPoints":{"additionalProperties":false,"type":"object","required":["chains","modem"],"properties":{"chains":{"minItems":1,"type":"array","items":{"additionalProperties":false,"type":"object","required":["id","levels"],"properties":{"id":{"pattern":"^[a-z0-9][a-z0-9-]{0,31}$","errorMessage":"must be 1–32 lower-case letters, digits or dashes, starting with a letter or digit","type":"string"},"levels":{"minItems":1,"type":"array","items":{"additionalProperties":false,"type":"object","required":["to"],"properties":{"to":{"minItems":1,"type":"array","items":{"pattern":"^\\+[0-9]{6,15}$","errorMessage":"must be an international number such as +491701234567","type":"string"}},"afterSeconds":{"minimum":10,"description":"Without an acknowledgement for this long, the next level is told","type":"integer"}}}}}}},"modem":{"anyOf":[{"additionalProperties":false,"type":"object","required":["driver"],"properties":{"driver":{"type":"string","enum":["simulated"],"errorMessage":"must be one of: simulated"}}},{"additionalProperties":false,"type":"object","required":["driver","path"],"properties":{"driver":{"type":"string","enum":["gsm"],"errorMessage":"must be one of: gsm"},"path":{"minLength":1,"description":"e.g. /dev/ttyUSB2 or /dev/serial/by-id/…","type":"string"},"baudRate":{"minimum":1200,"default":115200,"type":"integer"},"healthEverySeconds":{"minimum":10,"default":60,"type":"integer"}}}]}}},"ratings":{"additionalProperties":false,"type":"object","required":["scale","recentSeconds"],"properties":{"scale":{"minimum":3,"maximum":5,"default":5,"description":"Rating keys at each counter: 3 to 5","type":"integer"},"recentSeconds":{"minimum":10,"default":120,"description":"A rating this soon after a ticket is finished belongs to it","type":"integer"}}},"board":{"$ref":"#/definitions/part1"},"boards":{"$ref":"#/definitions/part0"},"staff":{"description":"Staff accounts for keypad login; absent: no login, every counter serves its own services","type":"array","items":{"additionalProperties":false,"type":"object","required":["id","name","pin","services"],"properties":{"id":{"pattern":"^[a-z0-9][a-z0-9-]{0,31}$","errorMessage":"must be 1–32 lower-case letters, digits or dashes, starting with a letter or digit","type":"string"},"name":{"minLength":1,"description":"Shown on the keypad after login and in reports","type":"string"},"pin":{"pattern":"^[0-9]{4,8}$","errorMessage":"must be 4–8 digits, typed on the keypad","type":"string"},"services":{"minItems":1,"description":"What this person serves; at a counter they serve what both it and they serve","type":"array","items":{"pattern":"^[a-z0-9][a-z0-9-]{0,31}$","errorMessage":"must be 1–32 lower-case letters, digits or dashes, starting with a letter or digit","type":"string"}}}}}},"definitions":{"part0":{"minItems":1,"description":"A site of several boards: each runs `qms run --board ID` with this same file. Use either board (one box) or boards.","type":"array","items":{"$ref":"#/definitions/part1"}},"part1":{"additionalProperties":false,"type":"object","required":["id","roles"],"properties":{"id":{"pattern":"^[a-z0-9][a-z0-9-]{0,31}$","errorMessage":"must be 1–32 lower-case letters, digits or dashes, starting with a letter or digit","type":"string"},"password":{"minLength":12,"errorMessage":"must be at least 12 characters","description":"This board's MQTT password: every device on the board logs in with it, as <board>-<role>. Needed for every board of a multi-board site; a one-box site may leave it out (its devices then use a password made at each start).","type":"string"},"roles":{"minItems":1,"uniqueItems":true,"type":"array","items":{"type":"string","enum":["hub","dispenser","counter","display","announcer","callpoint"],"errorMessage":"must be one of: hub, dispenser, counter, display, announcer, callpoint"}},"model":{"type":"string","enum":["pi-3b","pi-4b","pi-5","pi-zero-2w","cm4"],"errorMessage":"must be one of: pi-3b, pi-4b, pi-5, pi-zero-2w, cm4","description":"The board, for its pin map in boards/"},"dispenser":{"$ref":"#/definitions/part5"},"counters":{"type":"array","items":{"additionalProperties":false,"type":"object","required":["counter","input"],"properties":{"counter":{"pattern":"^[a-z0-9][a-z0-9-]{0,31}$","errorMessage":"must be 1–32 lower-case letters, digits or dashes, starting with a letter or digit","type":"string"},"input":{"anyOf":[{"additionalProperties":false,"type":"object","required":["driver"],"properties":{"driver":{"type":"string","enum":["simulated"],"errorMessage":"must be one of: simulated"}}},{"additionalProperties":false,"type":"object","required":["driver","path","protocol","address"],"properties":{"driver":{"type":"string","enum":["rs485-keypad"],"errorMessage":"must be one of: rs485-keypad"},"path":{"minLength":1,"description":"The serial port of the keypad line, e.g. /dev/ttyUSB0","type":"string"},"baudRate":{"minimum":1200,"maximum":115200,"default":9600,"type":"integer"},"protocol":{"type":"string","enum":["qsystem","ascii"],"errorMessage":"must be one of: qsystem, ascii","description":"qsystem: 4-byte frames 01 addr key 07; ascii: lines <addr>:<KEY>"},"address":{"minimum":1,"maximum":247,"description":"The address set on the keypad","type":"integer"},"redirectTo":{"pattern":"^[a-z0-9][a-z0-9-]{0,31}$","errorMessage":"must be 1–32 lower-case letters, digits or dashes, starting with a letter or digit","type":"string"}}}]}}}},"displays":{"$ref":"#/definitions/part2"},"announcer":{"$ref":"#/definitions/part8"},"callPoints":{"$ref":"#/definitions/part4"}}},"part2":{"type":"array","items":{"$ref":"#/definitions/part3"}},"part3":{"additionalProperties":false,"type":"object","required":["id","kind","lines","output"],"properties":{"id":{"pattern":"^[a-z0-9][a-z0-9-]{0,31}$","errorMessage":"must be 1–32 lower-case letters, digits or dashes, starting with a letter or digit","type":"string"},"kind":{"type":"string","enum":["counter","hall"],"errorMessage":"must be one of: counter, hall"},"counter":{"pattern":"^[a-z0-9][a-z0-9-]{0,31}$","errorMessage":"must be 1–32 lower-case letters, digits or dashes, starting with a letter or digit","type":"string"},"lines":{"minimum":1,"maximum":16,"default":4,"description":"Rows a hall display shows","type":"integer"},"output":{"$ref":"#/definitions/part6"},"blinkSeconds":{"minimum":0,"maximum":60,"default":5,"description":"A new call blinks this long on the counter display","type":"integer"},"notices":{"default":[],"description":"Site notices and adverts the hall display rotates while no call is shown","type":"array","items":{"minLength":1,"maxLength":200,"type":"string"}},"noticeSeconds":{"minimum":2,"maximum":600,"default":8,"type":"integer"},"configNoticeSeconds":{"minimum":0,"maximum":3600,"default":60,"description":"A hall display shows how a USB config import ended (\"Config r12 applied\") this long on its last row; 0: never","type":"integer"}}},"part4":{"additionalProperties":false,"type":"object","required":["input","holdMs","points"],"properties":{"input":{"anyOf":[{"anyOf":[{"additionalProperties":false,"type":"object","required":["driver"],"properties":{"driver":{"type":"string","enum":["simulated"],"errorMessage":"must be one of: simulated"}}},{"additionalProperties":false,"type":"object","required":["driver"],"properties":{"driver":{"type":"string","enum":["sysfs"],"errorMessage":"must be one of: sysfs"},"root":{"default":"/sys/class/gpio","type":"string"},"pollMs":{"minimum":1,"maximum":20,"default":2,"type":"integer"},"activeLow":{"default":true,"description":"Buttons switch the line to ground (with a pull-up)","type":"boolean"},"bias":{"type":"string","enum":["pull-up","pull-down","as-is"],"errorMessage":"must be one of: pull-up, pull-down, as-is","default":"pull-up"},"debounceMs":{"minimum":1,"maximum":500,"default":20,"type":"integer"},"longPressMs":{"minimum":200,"maximum":60000,"default":1500,"type":"integer"}}},{"additionalProperties":false,"type":"object","required":["driver"],"properties":{"driver":{"type":"string","enum":["gpiod"],"errorMessage":"must be one of: gpiod"},"activeLow":{"default":true,"description":"Buttons switch the line to ground (with a pull-up)","type":"boolean"},"bias":{"type":"string","enum":["pull-up","pull-down","as-is"],"errorMessage":"must be one of: pull-up, pull-down, as-is","default":"pull-up"},"debounceMs":{"minimum":1,"maximum":500,"default":20,"type":"integer"},"longPressMs":{"minimum":200,"maximum":60000,"default":1500,"type":"integer"}}}]},{"additionalProperties":false,"type":"object","required":["driver","path"],"properties":{"driver":{"type":"string","enum":["serial-receiver"],"errorMessage":"must be one of: serial-receiver"},"path":{"minLength":1,"type":"string"},"baudRate":{"minimum":1200,"default":9600,"type":"integer"},"debounceMs":{"minimum":1,"maximum":500,"default":20,"type":"integer"}}}]},"holdMs":{"minimum":500,"maximum":10000,"default":3000,"description":"Hold a call button this long to call (or to clear an open call)","type":"integer"},"points":{"minItems":1,"type":"array","items":{"additionalProperties":false,"type":"object","required":["id","kind","location","chain"],"properties":{"id":{"pattern":"^[a-z0-9][a-z0-9-]{0,31}$","errorMessage":"must be 1–32 lower-case letters, digits or dashes, starting with a letter or digit","type":"string"},"kind":{"type":"string","enum":["staff","manager","complaint","emergency"],"errorMessage":"must be one of: staff, manager, complaint, emergency"},"location":{"minLength":1,"maxLength":60,"description":"Where someone must go: Room 315, Table 12, Cardiology","type":"string"},"chain":{"pattern":"^[a-z0-9][a-z0-9-]{0,31}$","errorMessage":"must be 1–32 lower-case letters, digits or dashes, starting with a letter or digit","type":"string"},"pin":{"errorMessage":"must be a header pin number 1–40 or a signal name such as GPIO17","anyOf":[{"minimum":1,"maximum":40,"type":"integer"},{"pattern":"^(pin)?[0-9]{1,2}$|^[A-Z][A-Z0-9_]*$","type":"string"}]},"cancelPin":{"errorMessage":"must be a header pin number 1–40 or a signal name such as GPIO17","anyOf":[{"minimum":1,"maximum":40,"type":"integer"},{"pattern":"^(pin)?[0-9]{1,2}$|^[A-Z][A-Z0-9_]*$","type":"string"}]},"lamp":{"errorMessage":"must be a header pin number 1–40 or a signal name such as GPIO17","anyOf":[{"minimum":1,"maximum":40,"type":"integer"},{"pattern":"^(pin)?[0-9]{1,2}$|^[A-Z][A-Z0-9_]*$","type":"string"}]},"channel":{"minimum":0,"maximum":255,"description":"A wireless button: its channel on the serial receiver","type":"integer"},"cancelChannel":{"minimum":0,"maximum":255,"type":"integer"},"extra":{"description":"Fields recorded with every call from this point and put in its texts, e.g. { ward: cardiology, bed: \"12\" }","type":"object","patternProperties":{"^[a-z][a-zA-Z0-9_-]{0,31}$":{"maxLength":120,"type":"string"}}}}}}}},"part5":{"additionalProperties":false,"type":"object","required":["buttons","input","printer","cooldownMs","technicianHoldMs","printerPollMs"],"properties":{"buttons":{"minItems":1,"type":"array","items":{"additionalProperties":false,"type":"object","required":["service"],"properties":{"service":{"pattern":"^[a-z0-9][a-z0-9-]{0,31}$","errorMessage":"must be 1–32 lower-case letters, digits or dashes, starting with a letter or digit","type":"string"},"pin":{"errorMessage":"must be a header pin number 1–40 or a signal name such as GPIO17","anyOf":[{"minimum":1,"maximum":40,"type":"integer"},{"pattern":"^(pin)?[0-9]{1,2}$|^[A-Z][A-Z0-9_]*$","type":"string"}]},"lamp":{"errorMessage":"must be a header pin number 1–40 or a signal name such as GPIO17","anyOf":[{"minimum":1,"maximum":40,"type":"integer"},{"pattern":"^(pin)?[0-9]{1,2}$|^[A-Z][A-Z0-9_]*$","type":"string"}]}}}},"input":{"anyOf":[{"additionalProperties":false,"type":"object","required":["driver"],"properties":{"driver":{"type":"string","enum":["simulated"],"errorMessage":"must be one of: simulated"}}},{"additionalProperties":false,"type":"object","required":["driver"],"properties":{"driver":{"type":"string","enum":["sysfs"],"errorMessage":"must be one of: sysfs"},"root":{"default":"/sys/class/gpio","type":"string"},"pollMs":{"minimum":1,"maximum":20,"default":2,"type":"integer"},"activeLow":{"default":true,"description":"Buttons switch the line to ground (with a pull-up)","type":"boolean"},"bias":{"type":"string","enum":["pull-up","pull-down","as-is"],"errorMessage":"must be one of: pull-up, pull-down, as-is","default":"pull-up"},"debounceMs":{"minimum":1,"maximum":500,"default":20,"type":"integer"},"longPressMs":{"minimum":200,"maximum":60000,"default":1500,"type":"integer"}}},{"additionalProperties":false,"type":"object","required":["driver"],"properties":{"driver":{"type":"string","enum":["gpiod"],"errorMessage":"must be one of: gpiod"},"activeLow":{"default":true,"description":"Buttons switch the line to ground (with a pull-up)","type":"boolean"},"bias":{"type":"string","enum":["pull-up","pull-down","as-is"],"errorMessage":"must be one of: pull-up, pull-down, as-is","default":"pull-up"},"debounceMs":{"minimum":1,"maximum":500,"default":20,"type":"integer"},"longPressMs":{"minimum":200,"maximum":60000,"default":1500,"type":"integer"}}}]},"printer":{"anyOf":[{"additionalProperties":false,"type":"object","required":["driver"],"properties":{"driver":{"type":"string","enum":["simulated"],"errorMessage":"must be one of: simulated"}}},{"additionalProperties":false,"type":"object","required":["driver","path"],"properties":{"driver":{"type":"string","enum":["escpos-serial"],"errorMessage":"must be one of: escpos-serial"},"path":{"minLength":1,"type":"string"},"baudRate":{"minimum":1200,"default":115200,"type":"integer"}}},{"additionalProperties":false,"type":"object","required":["driver","path"],"properties":{"driver":{"type":"string","enum":["escpos-usb"],"errorMessage":"must be one of: escpos-usb"},"path":{"minLength":1,"description":"e.g. /dev/usb/lp0","type":"string"}}},{"additionalProperties":false,"type":"object","required":["driver","host"],"properties":{"driver":{"type":"string","enum":["escpos-network"],"errorMessage":"must be one of: escpos-network"},"host":{"minLength":1,"type":"string"},"port":{"minimum":1,"maximum":65535,"default":9100,"type":"integer"}}}]},"cooldownMs":{"minimum":0,"default":3000,"description":"After a ticket, the same button gives no other for this long","type":"integer"},"technicianHoldMs":{"minimum":1000,"default":5000,"description":"Hold the first and last buttons this long for the status slip","type":"integer"},"printerPollMs":{"minimum":500,"default":5000,"type":"integer"}}},"part6":{"anyOf":[{"additionalProperties":false,"type":"object","required":["driver"],"properties":{"driver":{"type":"string","enum":["simulated"],"errorMessage":"must be one of: simulated"}}},{"additionalProperties":false,"type":"object","required":["driver","path","address"],"properties":{"driver":{"type":"string","enum":["modbus"],"errorMessage":"must be one of: modbus"},"path":{"minLength":1,"description":"The serial port of the display line, e.g. /dev/ttyUSB1","type":"string"},"baudRate":{"minimum":1200,"maximum":115200,"default":9600,"type":"integer"},"address":{"minimum":1,"maximum":247,"type":"integer"},"register":{"minimum":0,"maximum":65000,"default":0,"description":"The blink flag register; the text follows","type":"integer"},"chars":{"minimum":1,"maximum":64,"default":8,"type":"integer"},"readBack":{"default":false,"description":"Read the registers back after each write (function 03), where the display supports it","type":"boolean"}}},{"additionalProperties":false,"type":"object","required":["driver","path"],"properties":{"driver":{"type":"string","enum":["alpha-sign"],"errorMessage":"must be one of: alpha-sign"},"path":{"minLength":1,"description":"The serial port of the display line, e.g. /dev/ttyUSB1","type":"string"},"baudRate":{"minimum":1200,"maximum":115200,"default":9600,"type":"integer"},"address":{"minimum":0,"maximum":255,"default":0,"type":"integer"}}},{"additionalProperties":false,"type":"object","required":["driver","path","address"],"properties":{"driver":{"type":"string","enum":["qsystem-board"],"errorMessage":"must be one of: qsystem-board"},"path":{"minLength":1,"description":"The serial port of the display line, e.g. /dev/ttyUSB1","type":"string"},"baudRate":{"minimum":1200,"maximum":115200,"default":9600,"type":"integer"},"address":{"minimum":0,"maximum":255,"type":"integer"}}},{"additionalProperties":false,"type":"object","required":["driver","path","address","start","addressFormat","encoding","end","checksum"],"properties":{"driver":{"type":"string","enum":["template"],"errorMessage":"must be one of: template"},"path":{"minLength":1,"description":"The serial port of the display line, e.g. /dev/ttyUSB1","type":"string"},"baudRate":{"minimum":1200,"maximum":115200,"default":9600,"type":"integer"},"address":{"minimum":0,"maximum":999,"type":"integer"},"start":{"maxItems":8,"type":"array","items":{"minimum":0,"maximum":255,"type":"integer"}},"addressFormat":{"type":"string","enum":["byte","dec2","dec3","hex2","none"],"errorMessage":"must be one of: byte, dec2, dec3, hex2, none"},"encoding":{"minLength":1,"description":"Any iconv-lite encoding: ascii, latin1, cp1251, cp1256, gb2312, utf8…","type":"string"},"rowSeparator":{"maxItems":8,"type":"array","items":{"minimum":0,"maximum":255,"type":"integer"}},"end":{"maxItems":8,"type":"array","items":{"minimum":0,"maximum":255,"type":"integer"}},"checksum":{"type":"string","enum":["none","xor","sum8","crc16-modbus"],"errorMessage":"must be one of: none, xor, sum8, crc16-modbus"},"gapMs":{"minimum":0,"maximum":1000,"default":20,"type":"integer"}}}]},"part7":{"additionalProperties":false,"type":"object","required":["broker","snapshotEvery","retentionDays","summaryRetentionDays"],"properties":{"broker":{"additionalProperties":false,"default":{},"type":"object","required":["mode","host","port","limits","viewers"],"properties":{"mode":{"type":"string","enum":["embedded","external"],"errorMessage":"must be one of: embedded, external","default":"embedded","description":"embedded: the hub runs the broker (aedes); external: every board, the hub too, connects to a broker the site runs (see qms broker-config)"},"host":{"default":"127.0.0.1","description":"Where boards reach the broker: the hub's address, or the external broker's","type":"string"},"port":{"minimum":0,"maximum":65535,"default":1883,"description":"0 picks a free port","type":"integer"},"websocketPort":{"minimum":0,"maximum":65535,"description":"The embedded broker also listens on WebSocket here, for browser pages; absent: no WebSocket","type":"integer"},"limits":{"additionalProperties":false,"default":{},"type":"object","required":["maxPayloadBytes","maxTopicLevels","connectionsPerMinute"],"properties":{"maxPayloadBytes":{"minimum":256,"default":16384,"type":"integer"},"maxTopicLevels":{"minimum":4,"maximum":32,"default":8,"type":"integer"},"connectionsPerMinute":{"minimum":1,"default":120,"description":"New connections accepted per minute from one address","type":"integer"}}},"viewers":{"default":[],"description":"Logins for outside tools (mosquitto_sub, dashboards) that may read the public state and events","type":"array","items":{"additionalProperties":false,"type":"object","required":["name","password"],"properties":{"name":{"pattern":"^[a-z0-9][a-z0-9-]{0,31}$","errorMessage":"must be 1–32 lower-case letters, digits or dashes, starting with a letter or digit","type":"string"},"password":{"minLength":12,"errorMessage":"must be at least 12 characters","type":"string"}}}}}},"snapshotEvery":{"minimum":100,"default":10000,"description":"Journal records between snapshots","type":"integer"},"retentionDays":{"minimum":1,"default":400,"type":"integer"},"summaryRetentionDays":{"minimum":1,"default":3650,"description":"Daily report summaries are kept this many days, after the journal days they came from are deleted","type":"integer"}}},"part8":{"additionalProperties":false,"type":"object","required":["output","place","numbers","volume"],"properties":{"output":{"anyOf":[{"additionalProperties":false,"type":"object","required":["driver"],"properties":{"driver":{"type":"string","enum":["simulated"],"errorMessage":"must be one of: simulated"}}},{"additionalProperties":false,"type":"object","required":["driver","device","clips"],"properties":{"driver":{"const":"aplay","type":"string"},"device":{"minLength":1,"default":"default","description":"ALSA PCM for aplay -D, e.g. plughw:0,0","type":"string"},"clips":{"minLength":1,"description":"The default clip set, built by `qms clips build --out DIR`","type":"string"},"siteClips":{"minLength":1,"description":"The site's own recordings: <lang>/<clip>.wav replaces the set's file","type":"string"}}}]},"place":{"type":"string","enum":["counter","window","room"],"errorMessage":"must be one of: counter, window, room","default":"counter","description":"What a counter is called out loud"},"numbers":{"type":"string","enum":["words","digits"],"errorMessage":"must be one of: words, digits","default":"words","description":"\"twenty-three\", or digit by digit"},"hours":{"description":"Calls are announced only within these; always when absent","type":"array","items":{"additionalProperties":false,"type":"object","required":["days","from","to"],"properties":{"days":{"minItems":1,"description":"ISO weekdays: 1 = Monday … 7 = Sunday","type":"array","items":{"minimum":1,"maximum":7,"type":"integer"}},"from":{"pattern":"^([01][0-9]|2[0-3]):[0-5][0-9]$","errorMessage":"must be a time of day as HH:MM, e.g. 04:00","type":"string"},"to":{"pattern":"^([01][0-9]|2[0-3]):[0-5][0-9]$","errorMessage":"must be a time of day as HH:MM, e.g. 04:00","type":"string"}}}},"volume":{"default":[],"description":"Volume from each time of day on; full volume when empty","type":"array","items":{"additionalProperties":false,"type":"object","required":["from","percent"],"properties":{"from":{"pattern":"^([01][0-9]|2[0-3]):[0-5][0-9]$","errorMessage":"must be a time of day as HH:MM, e.g. 04:00","type":"string"},"percent":{"minimum":0,"maximum":100,"type":"integer"}}}}}}}};
const func2 = Object.prototype.hasOwnProperty;
const func3 = runtime0.default;
const pattern0 = new RegExp("^[a-z0-9][a-z0-9-]{0,31}$", "u");
const pattern1 = new RegExp("^[a-z]{2,3}$", "u");
const pattern2 = new RegExp("^([01][0-9]|2[0-3]):[0-5][0-9]$", "u");
const pattern4 = new RegExp("^[A-Z]$", "u");
const pattern11 = new RegExp("^https?://", "u");
const pattern14 = new RegExp("^\\+[0-9]{6,15}$", "u");
const pattern33 = new RegExp("^[0-9]{4,8}$", "u");
const schema11 = {"additionalProperties":false,"type":"object","required":["broker","snapshotEvery","retentionDays","summaryRetentionDays"],"properties":{"broker":{"additionalProperties":false,"default":{},"type":"object","required":["mode","host","port","limits","viewers"],"properties":{"mode":{"type":"string","enum":["embedded","external"],"errorMessage":"must be one of: embedded, external","default":"embedded","description":"embedded: the hub runs the broker (aedes); external: every board, the hub too, connects to a broker the site runs (see qms broker-config)"},"host":{"default":"127.0.0.1","description":"Where boards reach the broker: the hub's address, or the external broker's","type":"string"},"port":{"minimum":0,"maximum":65535,"default":1883,"description":"0 picks a free port","type":"integer"},"websocketPort":{"minimum":0,"maximum":65535,"description":"The embedded broker also listens on WebSocket here, for browser pages; absent: no WebSocket","type":"integer"},"limits":{"additionalProperties":false,"default":{},"type":"object","required":["maxPayloadBytes","maxTopicLevels","connectionsPerMinute"],"properties":{"maxPayloadBytes":{"minimum":256,"default":16384,"type":"integer"},"maxTopicLevels":{"minimum":4,"maximum":32,"default":8,"type":"integer"},"connectionsPerMinute":{"minimum":1,"default":120,"description":"New connections accepted per minute from one address","type":"integer"}}},"viewers":{"default":[],"description":"Logins for outside tools (mosquitto_sub, dashboards) that may read the public state and events","type":"array","items":{"additionalProperties":false,"type":"object","required":["name","password"],"properties":{"name":{"pattern":"^[a-z0-9][a-z0-9-]{0,31}$","errorMessage":"must be 1–32 lower-case letters, digits or dashes, starting with a letter or digit","type":"string"},"password":{"minLength":12,"errorMessage":"must be at least 12 characters","type":"string"}}}}}},"snapshotEvery":{"minimum":100,"default":10000,"description":"Journal records between snapshots","type":"integer"},"retentionDays":{"minimum":1,"default":400,"type":"integer"},"summaryRetentionDays":{"minimum":1,"default":3650,"description":"Daily report summaries are kept this many days, after the journal days they came from are deleted","type":"integer"}}};

function validate31(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.broker === undefined){
data.broker = {};
}
if(data.snapshotEvery === undefined){
data.snapshotEvery = 10000;
}
if(data.retentionDays === undefined){
data.retentionDays = 400;
}
if(data.summaryRetentionDays === undefined){
data.summaryRetentionDays = 3650;
}
if(data.broker === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "broker"},message:"must have required property '"+"broker"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.snapshotEvery === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "snapshotEvery"},message:"must have required property '"+"snapshotEvery"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.retentionDays === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "retentionDays"},message:"must have required property '"+"retentionDays"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.summaryRetentionDays === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "summaryRetentionDays"},message:"must have required property '"+"summaryRetentionDays"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "broker") || (key0 === "snapshotEvery")) || (key0 === "retentionDays")) || (key0 === "summaryRetentionDays"))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
let data0 = data.broker;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.mode === undefined){
data0.mode = "embedded";
}
if(data0.host === undefined){
data0.host = "127.0.0.1";
}
if(data0.port === undefined){
data0.port = 1883;
}
if(data0.limits === undefined){
data0.limits = {};
}
if(data0.viewers === undefined){
data0.viewers = [];
}
if(data0.mode === undefined){
const err5 = {instancePath:instancePath+"/broker",schemaPath:"#/properties/broker/required",keyword:"required",params:{missingProperty: "mode"},message:"must have required property '"+"mode"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data0.host === undefined){
const err6 = {instancePath:instancePath+"/broker",schemaPath:"#/properties/broker/required",keyword:"required",params:{missingProperty: "host"},message:"must have required property '"+"host"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data0.port === undefined){
const err7 = {instancePath:instancePath+"/broker",schemaPath:"#/properties/broker/required",keyword:"required",params:{missingProperty: "port"},message:"must have required property '"+"port"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data0.limits === undefined){
const err8 = {instancePath:instancePath+"/broker",schemaPath:"#/properties/broker/required",keyword:"required",params:{missingProperty: "limits"},message:"must have required property '"+"limits"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data0.viewers === undefined){
const err9 = {instancePath:instancePath+"/broker",schemaPath:"#/properties/broker/required",keyword:"required",params:{missingProperty: "viewers"},message:"must have required property '"+"viewers"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
for(const key1 in data0){
if(!((((((key1 === "mode") || (key1 === "host")) || (key1 === "port")) || (key1 === "websocketPort")) || (key1 === "limits")) || (key1 === "viewers"))){
const err10 = {instancePath:instancePath+"/broker",schemaPath:"#/properties/broker/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
let data1 = data0.mode;
if(typeof data1 !== "string"){
const err11 = {instancePath:instancePath+"/broker/mode",schemaPath:"#/properties/broker/properties/mode/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(!((data1 === "embedded") || (data1 === "external"))){
const err12 = {instancePath:instancePath+"/broker/mode",schemaPath:"#/properties/broker/properties/mode/enum",keyword:"enum",params:{allowedValues: schema11.properties.broker.properties.mode.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(errors > 0){
const emErrs0 = [];
for(const err13 of vErrors){
if(((((err13.keyword !== "errorMessage") && (!err13.emUsed)) && ((err13.instancePath === instancePath+"/broker/mode") || ((err13.instancePath.indexOf(instancePath+"/broker/mode") === 0) && (err13.instancePath[instancePath+"/broker/mode".length] === "/")))) && (err13.schemaPath.indexOf("#/properties/broker/properties/mode") === 0)) && (err13.schemaPath["#/properties/broker/properties/mode".length] === "/")){
emErrs0.push(err13);
err13.emUsed = true;
}
}
if(emErrs0.length){
const err14 = {instancePath:instancePath+"/broker/mode",schemaPath:"#/properties/broker/properties/mode/errorMessage",keyword:"errorMessage",params:{errors: emErrs0},message:"must be one of: embedded, external"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
const emErrs1 = [];
for(const err15 of vErrors){
if(!err15.emUsed){
emErrs1.push(err15);
}
}
vErrors = emErrs1;
errors = emErrs1.length;
}
if(typeof data0.host !== "string"){
const err16 = {instancePath:instancePath+"/broker/host",schemaPath:"#/properties/broker/properties/host/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
let data3 = data0.port;
if(!((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3)))){
const err17 = {instancePath:instancePath+"/broker/port",schemaPath:"#/properties/broker/properties/port/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(typeof data3 == "number"){
if(data3 > 65535 || isNaN(data3)){
const err18 = {instancePath:instancePath+"/broker/port",schemaPath:"#/properties/broker/properties/port/maximum",keyword:"maximum",params:{comparison: "<=", limit: 65535},message:"must be <= 65535"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(data3 < 0 || isNaN(data3)){
const err19 = {instancePath:instancePath+"/broker/port",schemaPath:"#/properties/broker/properties/port/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data0.websocketPort !== undefined){
let data4 = data0.websocketPort;
if(!((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4)))){
const err20 = {instancePath:instancePath+"/broker/websocketPort",schemaPath:"#/properties/broker/properties/websocketPort/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(typeof data4 == "number"){
if(data4 > 65535 || isNaN(data4)){
const err21 = {instancePath:instancePath+"/broker/websocketPort",schemaPath:"#/properties/broker/properties/websocketPort/maximum",keyword:"maximum",params:{comparison: "<=", limit: 65535},message:"must be <= 65535"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(data4 < 0 || isNaN(data4)){
const err22 = {instancePath:instancePath+"/broker/websocketPort",schemaPath:"#/properties/broker/properties/websocketPort/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
let data5 = data0.limits;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.maxPayloadBytes === undefined){
data5.maxPayloadBytes = 16384;
}
if(data5.maxTopicLevels === undefined){
data5.maxTopicLevels = 8;
}
if(data5.connectionsPerMinute === undefined){
data5.connectionsPerMinute = 120;
}
if(data5.maxPayloadBytes === undefined){
const err23 = {instancePath:instancePath+"/broker/limits",schemaPath:"#/properties/broker/properties/limits/required",keyword:"required",params:{missingProperty: "maxPayloadBytes"},message:"must have required property '"+"maxPayloadBytes"+"'"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(data5.maxTopicLevels === undefined){
const err24 = {instancePath:instancePath+"/broker/limits",schemaPath:"#/properties/broker/properties/limits/required",keyword:"required",params:{missingProperty: "maxTopicLevels"},message:"must have required property '"+"maxTopicLevels"+"'"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(data5.connectionsPerMinute === undefined){
const err25 = {instancePath:instancePath+"/broker/limits",schemaPath:"#/properties/broker/properties/limits/required",keyword:"required",params:{missingProperty: "connectionsPerMinute"},message:"must have required property '"+"connectionsPerMinute"+"'"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
for(const key2 in data5){
if(!(((key2 === "maxPayloadBytes") || (key2 === "maxTopicLevels")) || (key2 === "connectionsPerMinute"))){
const err26 = {instancePath:instancePath+"/broker/limits",schemaPath:"#/properties/broker/properties/limits/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
let data6 = data5.maxPayloadBytes;
if(!((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6)))){
const err27 = {instancePath:instancePath+"/broker/limits/maxPayloadBytes",schemaPath:"#/properties/broker/properties/limits/properties/maxPayloadBytes/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(typeof data6 == "number"){
if(data6 < 256 || isNaN(data6)){
const err28 = {instancePath:instancePath+"/broker/limits/maxPayloadBytes",schemaPath:"#/properties/broker/properties/limits/properties/maxPayloadBytes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 256},message:"must be >= 256"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
let data7 = data5.maxTopicLevels;
if(!((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7)))){
const err29 = {instancePath:instancePath+"/broker/limits/maxTopicLevels",schemaPath:"#/properties/broker/properties/limits/properties/maxTopicLevels/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(typeof data7 == "number"){
if(data7 > 32 || isNaN(data7)){
const err30 = {instancePath:instancePath+"/broker/limits/maxTopicLevels",schemaPath:"#/properties/broker/properties/limits/properties/maxTopicLevels/maximum",keyword:"maximum",params:{comparison: "<=", limit: 32},message:"must be <= 32"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if(data7 < 4 || isNaN(data7)){
const err31 = {instancePath:instancePath+"/broker/limits/maxTopicLevels",schemaPath:"#/properties/broker/properties/limits/properties/maxTopicLevels/minimum",keyword:"minimum",params:{comparison: ">=", limit: 4},message:"must be >= 4"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
let data8 = data5.connectionsPerMinute;
if(!((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8)))){
const err32 = {instancePath:instancePath+"/broker/limits/connectionsPerMinute",schemaPath:"#/properties/broker/properties/limits/properties/connectionsPerMinute/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if(typeof data8 == "number"){
if(data8 < 1 || isNaN(data8)){
const err33 = {instancePath:instancePath+"/broker/limits/connectionsPerMinute",schemaPath:"#/properties/broker/properties/limits/properties/connectionsPerMinute/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
}
else {
const err34 = {instancePath:instancePath+"/broker/limits",schemaPath:"#/properties/broker/properties/limits/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
let data9 = data0.viewers;
if(Array.isArray(data9)){
const len0 = data9.length;
for(let i0=0; i0<len0; i0++){
let data10 = data9[i0];
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
if(data10.name === undefined){
const err35 = {instancePath:instancePath+"/broker/viewers/" + i0,schemaPath:"#/properties/broker/properties/viewers/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if(data10.password === undefined){
const err36 = {instancePath:instancePath+"/broker/viewers/" + i0,schemaPath:"#/properties/broker/properties/viewers/items/required",keyword:"required",params:{missingProperty: "password"},message:"must have required property '"+"password"+"'"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
for(const key3 in data10){
if(!((key3 === "name") || (key3 === "password"))){
const err37 = {instancePath:instancePath+"/broker/viewers/" + i0,schemaPath:"#/properties/broker/properties/viewers/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data10.name !== undefined){
let data11 = data10.name;
if(typeof data11 === "string"){
if(!pattern0.test(data11)){
const err38 = {instancePath:instancePath+"/broker/viewers/" + i0+"/name",schemaPath:"#/properties/broker/properties/viewers/items/properties/name/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]{0,31}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]{0,31}$"+"\""};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
else {
const err39 = {instancePath:instancePath+"/broker/viewers/" + i0+"/name",schemaPath:"#/properties/broker/properties/viewers/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
if(errors > 0){
const emErrs2 = [];
for(const err40 of vErrors){
if(((((err40.keyword !== "errorMessage") && (!err40.emUsed)) && ((err40.instancePath === instancePath+"/broker/viewers/" + i0+"/name") || ((err40.instancePath.indexOf(instancePath+"/broker/viewers/" + i0+"/name") === 0) && (err40.instancePath[instancePath+"/broker/viewers/" + i0+"/name".length] === "/")))) && (err40.schemaPath.indexOf("#/properties/broker/properties/viewers/items/properties/name") === 0)) && (err40.schemaPath["#/properties/broker/properties/viewers/items/properties/name".length] === "/")){
emErrs2.push(err40);
err40.emUsed = true;
}
}
if(emErrs2.length){
const err41 = {instancePath:instancePath+"/broker/viewers/" + i0+"/name",schemaPath:"#/properties/broker/properties/viewers/items/properties/name/errorMessage",keyword:"errorMessage",params:{errors: emErrs2},message:"must be 1–32 lower-case letters, digits or dashes, starting with a letter or digit"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
const emErrs3 = [];
for(const err42 of vErrors){
if(!err42.emUsed){
emErrs3.push(err42);
}
}
vErrors = emErrs3;
errors = emErrs3.length;
}
}
if(data10.password !== undefined){
let data12 = data10.password;
if(typeof data12 === "string"){
if(func3(data12) < 12){
const err43 = {instancePath:instancePath+"/broker/viewers/" + i0+"/password",schemaPath:"#/properties/broker/properties/viewers/items/properties/password/minLength",keyword:"minLength",params:{limit: 12},message:"must NOT have fewer than 12 characters"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
else {
const err44 = {instancePath:instancePath+"/broker/viewers/" + i0+"/password",schemaPath:"#/properties/broker/properties/viewers/items/properties/password/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
if(errors > 0){
const emErrs4 = [];
for(const err45 of vErrors){
if(((((err45.keyword !== "errorMessage") && (!err45.emUsed)) && ((err45.instancePath === instancePath+"/broker/viewers/" + i0+"/password") || ((err45.instancePath.indexOf(instancePath+"/broker/viewers/" + i0+"/password") === 0) && (err45.instancePath[instancePath+"/broker/viewers/" + i0+"/password".length] === "/")))) && (err45.schemaPath.indexOf("#/properties/broker/properties/viewers/items/properties/password") === 0)) && (err45.schemaPath["#/properties/broker/properties/viewers/items/properties/password".length] === "/")){
emErrs4.push(err45);
err45.emUsed = true;
}
}
if(emErrs4.length){
const err46 = {instancePath:instancePath+"/broker/viewers/" + i0+"/password",schemaPath:"#/properties/broker/properties/viewers/items/properties/password/errorMessage",keyword:"errorMessage",params:{errors: emErrs4},message:"must be at least 12 characters"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
const emErrs5 = [];
for(const err47 of vErrors){
if(!err47.emUsed){
emErrs5.push(err47);
}
}
vErrors = emErrs5;
errors = emErrs5.length;
}
}
}
else {
const err48 = {instancePath:instancePath+"/broker/viewers/" + i0,schemaPath:"#/properties/broker/properties/viewers/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
}
else {
const err49 = {instancePath:instancePath+"/broker/viewers",schemaPath:"#/properties/broker/properties/viewers/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
const err50 = {instancePath:instancePath+"/broker",schemaPath:"#/properties/broker/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
let data13 = data.snapshotEvery;
if(!((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13)))){
const err51 = {instancePath:instancePath+"/snapshotEvery",schemaPath:"#/properties/snapshotEvery/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
if(typeof data13 == "number"){
if(data13 < 100 || isNaN(data13)){
const err52 = {instancePath:instancePath+"/snapshotEvery",schemaPath:"#/properties/snapshotEvery/minimum",keyword:"minimum",params:{comparison: ">=", limit: 100},message:"must be >= 100"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
let data14 = data.retentionDays;
if(!((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14)))){
const err53 = {instancePath:instancePath+"/retentionDays",schemaPath:"#/properties/retentionDays/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
if(typeof data14 == "number"){
if(data14 < 1 || isNaN(data14)){
const err54 = {instancePath:instancePath+"/retentionDays",schemaPath:"#/properties/retentionDays/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
let data15 = data.summaryRetentionDays;
if(!((typeof data15 == "number") && (!(data15 % 1) && !isNaN(data15)))){
const err55 = {instancePath:instancePath+"/summaryRetentionDays",schemaPath:"#/properties/summaryRetentionDays/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
if(typeof data15 == "number"){
if(data15 < 1 || isNaN(data15)){
const err56 = {instancePath:instancePath+"/summaryRetentionDays",schemaPath:"#/properties/summaryRetentionDays/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
}
else {
const err57 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
validate31.errors = vErrors;
return errors === 0;
}

const schema12 = {"additionalProperties":false,"type":"object","required":["id","roles"],"properties":{"id":{"pattern":"^[a-z0-9][a-z0-9-]{0,31}$","errorMessage":"must be 1–32 lower-case letters, digits or dashes, starting with a letter or digit","type":"string"},"password":{"minLength":12,"errorMessage":"must be at least 12 characters","description":"This board's MQTT password: every device on the board logs in with it, as <board>-<role>. Needed for every board of a multi-board site; a one-box site may leave it out (its devices then use a password made at each start).","type":"string"},"roles":{"minItems":1,"uniqueItems":true,"type":"array","items":{"type":"string","enum":["hub","dispenser","counter","display","announcer","callpoint"],"errorMessage":"must be one of: hub, dispenser, counter, display, announcer, callpoint"}},"model":{"type":"string","enum":["pi-3b","pi-4b","pi-5","pi-zero-2w","cm4"],"errorMessage":"must be one of: pi-3b, pi-4b, pi-5, pi-zero-2w, cm4","description":"The board, for its pin map in boards/"},"dispenser":{"$ref":"#/definitions/part5"},"counters":{"type":"array","items":{"additionalProperties":false,"type":"object","required":["counter","input"],"properties":{"counter":{"pattern":"^[a-z0-9][a-z0-9-]{0,31}$","errorMessage":"must be 1–32 lower-case letters, digits or dashes, starting with a letter or digit","type":"string"},"input":{"anyOf":[{"additionalProperties":false,"type":"object","required":["driver"],"properties":{"driver":{"type":"string","enum":["simulated"],"errorMessage":"must be one of: simulated"}}},{"additionalProperties":false,"type":"object","required":["driver","path","protocol","address"],"properties":{"driver":{"type":"string","enum":["rs485-keypad"],"errorMessage":"must be one of: rs485-keypad"},"path":{"minLength":1,"description":"The serial port of the keypad line, e.g. /dev/ttyUSB0","type":"string"},"baudRate":{"minimum":1200,"maximum":115200,"default":9600,"type":"integer"},"protocol":{"type":"string","enum":["qsystem","ascii"],"errorMessage":"must be one of: qsystem, ascii","description":"qsystem: 4-byte frames 01 addr key 07; ascii: lines <addr>:<KEY>"},"address":{"minimum":1,"maximum":247,"description":"The address set on the keypad","type":"integer"},"redirectTo":{"pattern":"^[a-z0-9][a-z0-9-]{0,31}$","errorMessage":"must be 1–32 lower-case letters, digits or dashes, starting with a letter or digit","type":"string"}}}]}}}},"displays":{"$ref":"#/definitions/part2"},"announcer":{"$ref":"#/definitions/part8"},"callPoints":{"$ref":"#/definitions/part4"}}};
const schema13 = {"additionalProperties":false,"type":"object","required":["buttons","input","printer","cooldownMs","technicianHoldMs","printerPollMs"],"properties":{"buttons":{"minItems":1,"type":"array","items":{"additionalProperties":false,"type":"object","required":["service"],"properties":{"service":{"pattern":"^[a-z0-9][a-z0-9-]{0,31}$","errorMessage":"must be 1–32 lower-case letters, digits or dashes, starting with a letter or digit","type":"string"},"pin":{"errorMessage":"must be a header pin number 1–40 or a signal name such as GPIO17","anyOf":[{"minimum":1,"maximum":40,"type":"integer"},{"pattern":"^(pin)?[0-9]{1,2}$|^[A-Z][A-Z0-9_]*$","type":"string"}]},"lamp":{"errorMessage":"must be a header pin number 1–40 or a signal name such as GPIO17","anyOf":[{"minimum":1,"maximum":40,"type":"integer"},{"pattern":"^(pin)?[0-9]{1,2}$|^[A-Z][A-Z0-9_]*$","type":"string"}]}}}},"input":{"anyOf":[{"additionalProperties":false,"type":"object","required":["driver"],"properties":{"driver":{"type":"string","enum":["simulated"],"errorMessage":"must be one of: simulated"}}},{"additionalProperties":false,"type":"object","required":["driver"],"properties":{"driver":{"type":"string","enum":["sysfs"],"errorMessage":"must be one of: sysfs"},"root":{"default":"/sys/class/gpio","type":"string"},"pollMs":{"minimum":1,"maximum":20,"default":2,"type":"integer"},"activeLow":{"default":true,"description":"Buttons switch the line to ground (with a pull-up)","type":"boolean"},"bias":{"type":"string","enum":["pull-up","pull-down","as-is"],"errorMessage":"must be one of: pull-up, pull-down, as-is","default":"pull-up"},"debounceMs":{"minimum":1,"maximum":500,"default":20,"type":"integer"},"longPressMs":{"minimum":200,"maximum":60000,"default":1500,"type":"integer"}}},{"additionalProperties":false,"type":"object","required":["driver"],"properties":{"driver":{"type":"string","enum":["gpiod"],"errorMessage":"must be one of: gpiod"},"activeLow":{"default":true,"description":"Buttons switch the line to ground (with a pull-up)","type":"boolean"},"bias":{"type":"string","enum":["pull-up","pull-down","as-is"],"errorMessage":"must be one of: pull-up, pull-down, as-is","default":"pull-up"},"debounceMs":{"minimum":1,"maximum":500,"default":20,"type":"integer"},"longPressMs":{"minimum":200,"maximum":60000,"default":1500,"type":"integer"}}}]},"printer":{"anyOf":[{"additionalProperties":false,"type":"object","required":["driver"],"properties":{"driver":{"type":"string","enum":["simulated"],"errorMessage":"must be one of: simulated"}}},{"additionalProperties":false,"type":"object","required":["driver","path"],"properties":{"driver":{"type":"string","enum":["escpos-serial"],"errorMessage":"must be one of: escpos-serial"},"path":{"minLength":1,"type":"string"},"baudRate":{"minimum":1200,"default":115200,"type":"integer"}}},{"additionalProperties":false,"type":"object","required":["driver","path"],"properties":{"driver":{"type":"string","enum":["escpos-usb"],"errorMessage":"must be one of: escpos-usb"},"path":{"minLength":1,"description":"e.g. /dev/usb/lp0","type":"string"}}},{"additionalProperties":false,"type":"object","required":["driver","host"],"properties":{"driver":{"type":"string","enum":["escpos-network"],"errorMessage":"must be one of: escpos-network"},"host":{"minLength":1,"type":"string"},"port":{"minimum":1,"maximum":65535,"default":9100,"type":"integer"}}}]},"cooldownMs":{"minimum":0,"default":3000,"description":"After a ticket, the same button gives no other for this long","type":"integer"},"technicianHoldMs":{"minimum":1000,"default":5000,"description":"Hold the first and last buttons this long for the status slip","type":"integer"},"printerPollMs":{"minimum":500,"default":5000,"type":"integer"}}};
const pattern17 = new RegExp("^(pin)?[0-9]{1,2}$|^[A-Z][A-Z0-9_]*$", "u");

function validate34(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.cooldownMs === undefined){
data.cooldownMs = 3000;
}
if(data.technicianHoldMs === undefined){
data.technicianHoldMs = 5000;
}
if(data.printerPollMs === undefined){
data.printerPollMs = 5000;
}
if(data.buttons === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "buttons"},message:"must have required property '"+"buttons"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.input === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "input"},message:"must have required property '"+"input"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.printer === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "printer"},message:"must have required property '"+"printer"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.cooldownMs === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "cooldownMs"},message:"must have required property '"+"cooldownMs"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.technicianHoldMs === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "technicianHoldMs"},message:"must have required property '"+"technicianHoldMs"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.printerPollMs === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "printerPollMs"},message:"must have required property '"+"printerPollMs"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
for(const key0 in data){
if(!((((((key0 === "buttons") || (key0 === "input")) || (key0 === "printer")) || (key0 === "cooldownMs")) || (key0 === "technicianHoldMs")) || (key0 === "printerPollMs"))){
const err6 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.buttons !== undefined){
let data0 = data.buttons;
if(Array.isArray(data0)){
if(data0.length < 1){
const err7 = {instancePath:instancePath+"/buttons",schemaPath:"#/properties/buttons/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.service === undefined){
const err8 = {instancePath:instancePath+"/buttons/" + i0,schemaPath:"#/properties/buttons/items/required",keyword:"required",params:{missingProperty: "service"},message:"must have required property '"+"service"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
for(const key1 in data1){
if(!(((key1 === "service") || (key1 === "pin")) || (key1 === "lamp"))){
const err9 = {instancePath:instancePath+"/buttons/" + i0,schemaPath:"#/properties/buttons/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data1.service !== undefined){
let data2 = data1.service;
if(typeof data2 === "string"){
if(!pattern0.test(data2)){
const err10 = {instancePath:instancePath+"/buttons/" + i0+"/service",schemaPath:"#/properties/buttons/items/properties/service/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]{0,31}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]{0,31}$"+"\""};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/buttons/" + i0+"/service",schemaPath:"#/properties/buttons/items/properties/service/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(errors > 0){
const emErrs0 = [];
for(const err12 of vErrors){
if(((((err12.keyword !== "errorMessage") && (!err12.emUsed)) && ((err12.instancePath === instancePath+"/buttons/" + i0+"/service") || ((err12.instancePath.indexOf(instancePath+"/buttons/" + i0+"/service") === 0) && (err12.instancePath[instancePath+"/buttons/" + i0+"/service".length] === "/")))) && (err12.schemaPath.indexOf("#/properties/buttons/items/properties/service") === 0)) && (err12.schemaPath["#/properties/buttons/items/properties/service".length] === "/")){
emErrs0.push(err12);
err12.emUsed = true;
}
}
if(emErrs0.length){
const err13 = {instancePath:instancePath+"/buttons/" + i0+"/service",schemaPath:"#/properties/buttons/items/properties/service/errorMessage",keyword:"errorMessage",params:{errors: emErrs0},message:"must be 1–32 lower-case letters, digits or dashes, starting with a letter or digit"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
const emErrs1 = [];
for(const err14 of vErrors){
if(!err14.emUsed){
emErrs1.push(err14);
}
}
vErrors = emErrs1;
errors = emErrs1.length;
}
}
if(data1.pin !== undefined){
let data3 = data1.pin;
const _errs10 = errors;
let valid4 = false;
const _errs11 = errors;
if(!((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3)))){
const err15 = {instancePath:instancePath+"/buttons/" + i0+"/pin",schemaPath:"#/properties/buttons/items/properties/pin/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(typeof data3 == "number"){
if(data3 > 40 || isNaN(data3)){
const err16 = {instancePath:instancePath+"/buttons/" + i0+"/pin",schemaPath:"#/properties/buttons/items/properties/pin/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 40},message:"must be <= 40"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data3 < 1 || isNaN(data3)){
const err17 = {instancePath:instancePath+"/buttons/" + i0+"/pin",schemaPath:"#/properties/buttons/items/properties/pin/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
var _valid0 = _errs11 === errors;
valid4 = valid4 || _valid0;
if(!valid4){
const _errs13 = errors;
if(typeof data3 === "string"){
if(!pattern17.test(data3)){
const err18 = {instancePath:instancePath+"/buttons/" + i0+"/pin",schemaPath:"#/properties/buttons/items/properties/pin/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^(pin)?[0-9]{1,2}$|^[A-Z][A-Z0-9_]*$"},message:"must match pattern \""+"^(pin)?[0-9]{1,2}$|^[A-Z][A-Z0-9_]*$"+"\""};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/buttons/" + i0+"/pin",schemaPath:"#/properties/buttons/items/properties/pin/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
var _valid0 = _errs13 === errors;
valid4 = valid4 || _valid0;
}
if(!valid4){
const err20 = {instancePath:instancePath+"/buttons/" + i0+"/pin",schemaPath:"#/properties/buttons/items/properties/pin/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
else {
errors = _errs10;
if(vErrors !== null){
if(_errs10){
vErrors.length = _errs10;
}
else {
vErrors = null;
}
}
}
if(errors > 0){
const emErrs2 = [];
for(const err21 of vErrors){
if(((((err21.keyword !== "errorMessage") && (!err21.emUsed)) && ((err21.instancePath === instancePath+"/buttons/" + i0+"/pin") || ((err21.instancePath.indexOf(instancePath+"/buttons/" + i0+"/pin") === 0) && (err21.instancePath[instancePath+"/buttons/" + i0+"/pin".length] === "/")))) && (err21.schemaPath.indexOf("#/properties/buttons/items/properties/pin") === 0)) && (err21.schemaPath["#/properties/buttons/items/properties/pin".length] === "/")){
emErrs2.push(err21);
err21.emUsed = true;
}
}
if(emErrs2.length){
const err22 = {instancePath:instancePath+"/buttons/" + i0+"/pin",schemaPath:"#/properties/buttons/items/properties/pin/errorMessage",keyword:"errorMessage",params:{errors: emErrs2},message:"must be a header pin number 1–40 or a signal name such as GPIO17"};
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
if(data1.lamp !== undefined){
let data4 = data1.lamp;
const _errs16 = errors;
let valid5 = false;
const _errs17 = errors;
if(!((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4)))){
const err24 = {instancePath:instancePath+"/buttons/" + i0+"/lamp",schemaPath:"#/properties/buttons/items/properties/lamp/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(typeof data4 == "number"){
if(data4 > 40 || isNaN(data4)){
const err25 = {instancePath:instancePath+"/buttons/" + i0+"/lamp",schemaPath:"#/properties/buttons/items/properties/lamp/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 40},message:"must be <= 40"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(data4 < 1 || isNaN(data4)){
const err26 = {instancePath:instancePath+"/buttons/" + i0+"/lamp",schemaPath:"#/properties/buttons/items/properties/lamp/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
var _valid1 = _errs17 === errors;
valid5 = valid5 || _valid1;
if(!valid5){
const _errs19 = errors;
if(typeof data4 === "string"){
if(!pattern17.test(data4)){
const err27 = {instancePath:instancePath+"/buttons/" + i0+"/lamp",schemaPath:"#/properties/buttons/items/properties/lamp/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^(pin)?[0-9]{1,2}$|^[A-Z][A-Z0-9_]*$"},message:"must match pattern \""+"^(pin)?[0-9]{1,2}$|^[A-Z][A-Z0-9_]*$"+"\""};
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
const err28 = {instancePath:instancePath+"/buttons/" + i0+"/lamp",schemaPath:"#/properties/buttons/items/properties/lamp/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
var _valid1 = _errs19 === errors;
valid5 = valid5 || _valid1;
}
if(!valid5){
const err29 = {instancePath:instancePath+"/buttons/" + i0+"/lamp",schemaPath:"#/properties/buttons/items/properties/lamp/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
else {
errors = _errs16;
if(vErrors !== null){
if(_errs16){
vErrors.length = _errs16;
}
else {
vErrors = null;
}
}
}
if(errors > 0){
const emErrs4 = [];
for(const err30 of vErrors){
if(((((err30.keyword !== "errorMessage") && (!err30.emUsed)) && ((err30.instancePath === instancePath+"/buttons/" + i0+"/lamp") || ((err30.instancePath.indexOf(instancePath+"/buttons/" + i0+"/lamp") === 0) && (err30.instancePath[instancePath+"/buttons/" + i0+"/lamp".length] === "/")))) && (err30.schemaPath.indexOf("#/properties/buttons/items/properties/lamp") === 0)) && (err30.schemaPath["#/properties/buttons/items/properties/lamp".length] === "/")){
emErrs4.push(err30);
err30.emUsed = true;
}
}
if(emErrs4.length){
const err31 = {instancePath:instancePath+"/buttons/" + i0+"/lamp",schemaPath:"#/properties/buttons/items/properties/lamp/errorMessage",keyword:"errorMessage",params:{errors: emErrs4},message:"must be a header pin number 1–40 or a signal name such as GPIO17"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
const emErrs5 = [];
for(const err32 of vErrors){
if(!err32.emUsed){
emErrs5.push(err32);
}
}
vErrors = emErrs5;
errors = emErrs5.length;
}
}
}
else {
const err33 = {instancePath:instancePath+"/buttons/" + i0,schemaPath:"#/properties/buttons/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
}
else {
const err34 = {instancePath:instancePath+"/buttons",schemaPath:"#/properties/buttons/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data.input !== undefined){
let data5 = data.input;
const _errs22 = errors;
let valid6 = false;
const _errs23 = errors;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.driver === undefined){
const err35 = {instancePath:instancePath+"/input",schemaPath:"#/properties/input/anyOf/0/required",keyword:"required",params:{missingProperty: "driver"},message:"must have required property '"+"driver"+"'"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
for(const key2 in data5){
if(!(key2 === "driver")){
const err36 = {instancePath:instancePath+"/input",schemaPath:"#/properties/input/anyOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data5.driver !== undefined){
let data6 = data5.driver;
if(typeof data6 !== "string"){
const err37 = {instancePath:instancePath+"/input/driver",schemaPath:"#/properties/input/anyOf/0/properties/driver/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
if(!(data6 === "simulated")){
const err38 = {instancePath:instancePath+"/input/driver",schemaPath:"#/properties/input/anyOf/0/properties/driver/enum",keyword:"enum",params:{allowedValues: schema13.properties.input.anyOf[0].properties.driver.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
if(errors > 0){
const emErrs6 = [];
for(const err39 of vErrors){
if(((((err39.keyword !== "errorMessage") && (!err39.emUsed)) && ((err39.instancePath === instancePath+"/input/driver") || ((err39.instancePath.indexOf(instancePath+"/input/driver") === 0) && (err39.instancePath[instancePath+"/input/driver".length] === "/")))) && (err39.schemaPath.indexOf("#/properties/input/anyOf/0/properties/driver") === 0)) && (err39.schemaPath["#/properties/input/anyOf/0/properties/driver".length] === "/")){
emErrs6.push(err39);
err39.emUsed = true;
}
}
if(emErrs6.length){
const err40 = {instancePath:instancePath+"/input/driver",schemaPath:"#/properties/input/anyOf/0/properties/driver/errorMessage",keyword:"errorMessage",params:{errors: emErrs6},message:"must be one of: simulated"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
const emErrs7 = [];
for(const err41 of vErrors){
if(!err41.emUsed){
emErrs7.push(err41);
}
}
vErrors = emErrs7;
errors = emErrs7.length;
}
}
}
else {
const err42 = {instancePath:instancePath+"/input",schemaPath:"#/properties/input/anyOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
var _valid2 = _errs23 === errors;
valid6 = valid6 || _valid2;
if(!valid6){
const _errs28 = errors;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.driver === undefined){
const err43 = {instancePath:instancePath+"/input",schemaPath:"#/properties/input/anyOf/1/required",keyword:"required",params:{missingProperty: "driver"},message:"must have required property '"+"driver"+"'"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
for(const key3 in data5){
if(!(((((((key3 === "driver") || (key3 === "root")) || (key3 === "pollMs")) || (key3 === "activeLow")) || (key3 === "bias")) || (key3 === "debounceMs")) || (key3 === "longPressMs"))){
const err44 = {instancePath:instancePath+"/input",schemaPath:"#/properties/input/anyOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data5.driver !== undefined){
let data7 = data5.driver;
if(typeof data7 !== "string"){
const err45 = {instancePath:instancePath+"/input/driver",schemaPath:"#/properties/input/anyOf/1/properties/driver/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
if(!(data7 === "sysfs")){
const err46 = {instancePath:instancePath+"/input/driver",schemaPath:"#/properties/input/anyOf/1/properties/driver/enum",keyword:"enum",params:{allowedValues: schema13.properties.input.anyOf[1].properties.driver.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
if(errors > 0){
const emErrs8 = [];
for(const err47 of vErrors){
if(((((err47.keyword !== "errorMessage") && (!err47.emUsed)) && ((err47.instancePath === instancePath+"/input/driver") || ((err47.instancePath.indexOf(instancePath+"/input/driver") === 0) && (err47.instancePath[instancePath+"/input/driver".length] === "/")))) && (err47.schemaPath.indexOf("#/properties/input/anyOf/1/properties/driver") === 0)) && (err47.schemaPath["#/properties/input/anyOf/1/properties/driver".length] === "/")){
emErrs8.push(err47);
err47.emUsed = true;
}
}
if(emErrs8.length){
const err48 = {instancePath:instancePath+"/input/driver",schemaPath:"#/properties/input/anyOf/1/properties/driver/errorMessage",keyword:"errorMessage",params:{errors: emErrs8},message:"must be one of: sysfs"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
const emErrs9 = [];
for(const err49 of vErrors){
if(!err49.emUsed){
emErrs9.push(err49);
}
}
vErrors = emErrs9;
errors = emErrs9.length;
}
}
if(data5.root !== undefined){
if(typeof data5.root !== "string"){
const err50 = {instancePath:instancePath+"/input/root",schemaPath:"#/properties/input/anyOf/1/properties/root/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
if(data5.pollMs !== undefined){
let data9 = data5.pollMs;
if(!((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9)))){
const err51 = {instancePath:instancePath+"/input/pollMs",schemaPath:"#/properties/input/anyOf/1/properties/pollMs/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
if(typeof data9 == "number"){
if(data9 > 20 || isNaN(data9)){
const err52 = {instancePath:instancePath+"/input/pollMs",schemaPath:"#/properties/input/anyOf/1/properties/pollMs/maximum",keyword:"maximum",params:{comparison: "<=", limit: 20},message:"must be <= 20"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
if(data9 < 1 || isNaN(data9)){
const err53 = {instancePath:instancePath+"/input/pollMs",schemaPath:"#/properties/input/anyOf/1/properties/pollMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
}
if(data5.activeLow !== undefined){
if(typeof data5.activeLow !== "boolean"){
const err54 = {instancePath:instancePath+"/input/activeLow",schemaPath:"#/properties/input/anyOf/1/properties/activeLow/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
if(data5.bias !== undefined){
let data11 = data5.bias;
if(typeof data11 !== "string"){
const err55 = {instancePath:instancePath+"/input/bias",schemaPath:"#/properties/input/anyOf/1/properties/bias/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
if(!(((data11 === "pull-up") || (data11 === "pull-down")) || (data11 === "as-is"))){
const err56 = {instancePath:instancePath+"/input/bias",schemaPath:"#/properties/input/anyOf/1/properties/bias/enum",keyword:"enum",params:{allowedValues: schema13.properties.input.anyOf[1].properties.bias.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
if(errors > 0){
const emErrs10 = [];
for(const err57 of vErrors){
if(((((err57.keyword !== "errorMessage") && (!err57.emUsed)) && ((err57.instancePath === instancePath+"/input/bias") || ((err57.instancePath.indexOf(instancePath+"/input/bias") === 0) && (err57.instancePath[instancePath+"/input/bias".length] === "/")))) && (err57.schemaPath.indexOf("#/properties/input/anyOf/1/properties/bias") === 0)) && (err57.schemaPath["#/properties/input/anyOf/1/properties/bias".length] === "/")){
emErrs10.push(err57);
err57.emUsed = true;
}
}
if(emErrs10.length){
const err58 = {instancePath:instancePath+"/input/bias",schemaPath:"#/properties/input/anyOf/1/properties/bias/errorMessage",keyword:"errorMessage",params:{errors: emErrs10},message:"must be one of: pull-up, pull-down, as-is"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
const emErrs11 = [];
for(const err59 of vErrors){
if(!err59.emUsed){
emErrs11.push(err59);
}
}
vErrors = emErrs11;
errors = emErrs11.length;
}
}
if(data5.debounceMs !== undefined){
let data12 = data5.debounceMs;
if(!((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12)))){
const err60 = {instancePath:instancePath+"/input/debounceMs",schemaPath:"#/properties/input/anyOf/1/properties/debounceMs/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
if(typeof data12 == "number"){
if(data12 > 500 || isNaN(data12)){
const err61 = {instancePath:instancePath+"/input/debounceMs",schemaPath:"#/properties/input/anyOf/1/properties/debounceMs/maximum",keyword:"maximum",params:{comparison: "<=", limit: 500},message:"must be <= 500"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
if(data12 < 1 || isNaN(data12)){
const err62 = {instancePath:instancePath+"/input/debounceMs",schemaPath:"#/properties/input/anyOf/1/properties/debounceMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
}
if(data5.longPressMs !== undefined){
let data13 = data5.longPressMs;
if(!((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13)))){
const err63 = {instancePath:instancePath+"/input/longPressMs",schemaPath:"#/properties/input/anyOf/1/properties/longPressMs/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
if(typeof data13 == "number"){
if(data13 > 60000 || isNaN(data13)){
const err64 = {instancePath:instancePath+"/input/longPressMs",schemaPath:"#/properties/input/anyOf/1/properties/longPressMs/maximum",keyword:"maximum",params:{comparison: "<=", limit: 60000},message:"must be <= 60000"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
if(data13 < 200 || isNaN(data13)){
const err65 = {instancePath:instancePath+"/input/longPressMs",schemaPath:"#/properties/input/anyOf/1/properties/longPressMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 200},message:"must be >= 200"};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
}
}
else {
const err66 = {instancePath:instancePath+"/input",schemaPath:"#/properties/input/anyOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
var _valid2 = _errs28 === errors;
valid6 = valid6 || _valid2;
if(!valid6){
const _errs45 = errors;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.driver === undefined){
const err67 = {instancePath:instancePath+"/input",schemaPath:"#/properties/input/anyOf/2/required",keyword:"required",params:{missingProperty: "driver"},message:"must have required property '"+"driver"+"'"};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
for(const key4 in data5){
if(!(((((key4 === "driver") || (key4 === "activeLow")) || (key4 === "bias")) || (key4 === "debounceMs")) || (key4 === "longPressMs"))){
const err68 = {instancePath:instancePath+"/input",schemaPath:"#/properties/input/anyOf/2/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
if(data5.driver !== undefined){
let data14 = data5.driver;
if(typeof data14 !== "string"){
const err69 = {instancePath:instancePath+"/input/driver",schemaPath:"#/properties/input/anyOf/2/properties/driver/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
if(!(data14 === "gpiod")){
const err70 = {instancePath:instancePath+"/input/driver",schemaPath:"#/properties/input/anyOf/2/properties/driver/enum",keyword:"enum",params:{allowedValues: schema13.properties.input.anyOf[2].properties.driver.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
if(errors > 0){
const emErrs12 = [];
for(const err71 of vErrors){
if(((((err71.keyword !== "errorMessage") && (!err71.emUsed)) && ((err71.instancePath === instancePath+"/input/driver") || ((err71.instancePath.indexOf(instancePath+"/input/driver") === 0) && (err71.instancePath[instancePath+"/input/driver".length] === "/")))) && (err71.schemaPath.indexOf("#/properties/input/anyOf/2/properties/driver") === 0)) && (err71.schemaPath["#/properties/input/anyOf/2/properties/driver".length] === "/")){
emErrs12.push(err71);
err71.emUsed = true;
}
}
if(emErrs12.length){
const err72 = {instancePath:instancePath+"/input/driver",schemaPath:"#/properties/input/anyOf/2/properties/driver/errorMessage",keyword:"errorMessage",params:{errors: emErrs12},message:"must be one of: gpiod"};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
const emErrs13 = [];
for(const err73 of vErrors){
if(!err73.emUsed){
emErrs13.push(err73);
}
}
vErrors = emErrs13;
errors = emErrs13.length;
}
}
if(data5.activeLow !== undefined){
if(typeof data5.activeLow !== "boolean"){
const err74 = {instancePath:instancePath+"/input/activeLow",schemaPath:"#/properties/input/anyOf/2/properties/activeLow/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
if(data5.bias !== undefined){
let data16 = data5.bias;
if(typeof data16 !== "string"){
const err75 = {instancePath:instancePath+"/input/bias",schemaPath:"#/properties/input/anyOf/2/properties/bias/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
if(!(((data16 === "pull-up") || (data16 === "pull-down")) || (data16 === "as-is"))){
const err76 = {instancePath:instancePath+"/input/bias",schemaPath:"#/properties/input/anyOf/2/properties/bias/enum",keyword:"enum",params:{allowedValues: schema13.properties.input.anyOf[2].properties.bias.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
if(errors > 0){
const emErrs14 = [];
for(const err77 of vErrors){
if(((((err77.keyword !== "errorMessage") && (!err77.emUsed)) && ((err77.instancePath === instancePath+"/input/bias") || ((err77.instancePath.indexOf(instancePath+"/input/bias") === 0) && (err77.instancePath[instancePath+"/input/bias".length] === "/")))) && (err77.schemaPath.indexOf("#/properties/input/anyOf/2/properties/bias") === 0)) && (err77.schemaPath["#/properties/input/anyOf/2/properties/bias".length] === "/")){
emErrs14.push(err77);
err77.emUsed = true;
}
}
if(emErrs14.length){
const err78 = {instancePath:instancePath+"/input/bias",schemaPath:"#/properties/input/anyOf/2/properties/bias/errorMessage",keyword:"errorMessage",params:{errors: emErrs14},message:"must be one of: pull-up, pull-down, as-is"};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
const emErrs15 = [];
for(const err79 of vErrors){
if(!err79.emUsed){
emErrs15.push(err79);
}
}
vErrors = emErrs15;
errors = emErrs15.length;
}
}
if(data5.debounceMs !== undefined){
let data17 = data5.debounceMs;
if(!((typeof data17 == "number") && (!(data17 % 1) && !isNaN(data17)))){
const err80 = {instancePath:instancePath+"/input/debounceMs",schemaPath:"#/properties/input/anyOf/2/properties/debounceMs/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
if(typeof data17 == "number"){
if(data17 > 500 || isNaN(data17)){
const err81 = {instancePath:instancePath+"/input/debounceMs",schemaPath:"#/properties/input/anyOf/2/properties/debounceMs/maximum",keyword:"maximum",params:{comparison: "<=", limit: 500},message:"must be <= 500"};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
if(data17 < 1 || isNaN(data17)){
const err82 = {instancePath:instancePath+"/input/debounceMs",schemaPath:"#/properties/input/anyOf/2/properties/debounceMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
}
if(data5.longPressMs !== undefined){
let data18 = data5.longPressMs;
if(!((typeof data18 == "number") && (!(data18 % 1) && !isNaN(data18)))){
const err83 = {instancePath:instancePath+"/input/longPressMs",schemaPath:"#/properties/input/anyOf/2/properties/longPressMs/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
if(typeof data18 == "number"){
if(data18 > 60000 || isNaN(data18)){
const err84 = {instancePath:instancePath+"/input/longPressMs",schemaPath:"#/properties/input/anyOf/2/properties/longPressMs/maximum",keyword:"maximum",params:{comparison: "<=", limit: 60000},message:"must be <= 60000"};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
if(data18 < 200 || isNaN(data18)){
const err85 = {instancePath:instancePath+"/input/longPressMs",schemaPath:"#/properties/input/anyOf/2/properties/longPressMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 200},message:"must be >= 200"};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
}
}
}
else {
const err86 = {instancePath:instancePath+"/input",schemaPath:"#/properties/input/anyOf/2/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
var _valid2 = _errs45 === errors;
valid6 = valid6 || _valid2;
}
}
if(!valid6){
const err87 = {instancePath:instancePath+"/input",schemaPath:"#/properties/input/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
else {
errors = _errs22;
if(vErrors !== null){
if(_errs22){
vErrors.length = _errs22;
}
else {
vErrors = null;
}
}
}
}
if(data.printer !== undefined){
let data19 = data.printer;
const _errs59 = errors;
let valid10 = false;
const _errs60 = errors;
if(data19 && typeof data19 == "object" && !Array.isArray(data19)){
if(data19.driver === undefined){
const err88 = {instancePath:instancePath+"/printer",schemaPath:"#/properties/printer/anyOf/0/required",keyword:"required",params:{missingProperty: "driver"},message:"must have required property '"+"driver"+"'"};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
for(const key5 in data19){
if(!(key5 === "driver")){
const err89 = {instancePath:instancePath+"/printer",schemaPath:"#/properties/printer/anyOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
}
if(data19.driver !== undefined){
let data20 = data19.driver;
if(typeof data20 !== "string"){
const err90 = {instancePath:instancePath+"/printer/driver",schemaPath:"#/properties/printer/anyOf/0/properties/driver/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
if(!(data20 === "simulated")){
const err91 = {instancePath:instancePath+"/printer/driver",schemaPath:"#/properties/printer/anyOf/0/properties/driver/enum",keyword:"enum",params:{allowedValues: schema13.properties.printer.anyOf[0].properties.driver.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
if(errors > 0){
const emErrs16 = [];
for(const err92 of vErrors){
if(((((err92.keyword !== "errorMessage") && (!err92.emUsed)) && ((err92.instancePath === instancePath+"/printer/driver") || ((err92.instancePath.indexOf(instancePath+"/printer/driver") === 0) && (err92.instancePath[instancePath+"/printer/driver".length] === "/")))) && (err92.schemaPath.indexOf("#/properties/printer/anyOf/0/properties/driver") === 0)) && (err92.schemaPath["#/properties/printer/anyOf/0/properties/driver".length] === "/")){
emErrs16.push(err92);
err92.emUsed = true;
}
}
if(emErrs16.length){
const err93 = {instancePath:instancePath+"/printer/driver",schemaPath:"#/properties/printer/anyOf/0/properties/driver/errorMessage",keyword:"errorMessage",params:{errors: emErrs16},message:"must be one of: simulated"};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
const emErrs17 = [];
for(const err94 of vErrors){
if(!err94.emUsed){
emErrs17.push(err94);
}
}
vErrors = emErrs17;
errors = emErrs17.length;
}
}
}
else {
const err95 = {instancePath:instancePath+"/printer",schemaPath:"#/properties/printer/anyOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
var _valid3 = _errs60 === errors;
valid10 = valid10 || _valid3;
if(!valid10){
const _errs65 = errors;
if(data19 && typeof data19 == "object" && !Array.isArray(data19)){
if(data19.driver === undefined){
const err96 = {instancePath:instancePath+"/printer",schemaPath:"#/properties/printer/anyOf/1/required",keyword:"required",params:{missingProperty: "driver"},message:"must have required property '"+"driver"+"'"};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
if(data19.path === undefined){
const err97 = {instancePath:instancePath+"/printer",schemaPath:"#/properties/printer/anyOf/1/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'"};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
for(const key6 in data19){
if(!(((key6 === "driver") || (key6 === "path")) || (key6 === "baudRate"))){
const err98 = {instancePath:instancePath+"/printer",schemaPath:"#/properties/printer/anyOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
}
if(data19.driver !== undefined){
let data21 = data19.driver;
if(typeof data21 !== "string"){
const err99 = {instancePath:instancePath+"/printer/driver",schemaPath:"#/properties/printer/anyOf/1/properties/driver/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
if(!(data21 === "escpos-serial")){
const err100 = {instancePath:instancePath+"/printer/driver",schemaPath:"#/properties/printer/anyOf/1/properties/driver/enum",keyword:"enum",params:{allowedValues: schema13.properties.printer.anyOf[1].properties.driver.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
if(errors > 0){
const emErrs18 = [];
for(const err101 of vErrors){
if(((((err101.keyword !== "errorMessage") && (!err101.emUsed)) && ((err101.instancePath === instancePath+"/printer/driver") || ((err101.instancePath.indexOf(instancePath+"/printer/driver") === 0) && (err101.instancePath[instancePath+"/printer/driver".length] === "/")))) && (err101.schemaPath.indexOf("#/properties/printer/anyOf/1/properties/driver") === 0)) && (err101.schemaPath["#/properties/printer/anyOf/1/properties/driver".length] === "/")){
emErrs18.push(err101);
err101.emUsed = true;
}
}
if(emErrs18.length){
const err102 = {instancePath:instancePath+"/printer/driver",schemaPath:"#/properties/printer/anyOf/1/properties/driver/errorMessage",keyword:"errorMessage",params:{errors: emErrs18},message:"must be one of: escpos-serial"};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
const emErrs19 = [];
for(const err103 of vErrors){
if(!err103.emUsed){
emErrs19.push(err103);
}
}
vErrors = emErrs19;
errors = emErrs19.length;
}
}
if(data19.path !== undefined){
let data22 = data19.path;
if(typeof data22 === "string"){
if(func3(data22) < 1){
const err104 = {instancePath:instancePath+"/printer/path",schemaPath:"#/properties/printer/anyOf/1/properties/path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
}
else {
const err105 = {instancePath:instancePath+"/printer/path",schemaPath:"#/properties/printer/anyOf/1/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
}
if(data19.baudRate !== undefined){
let data23 = data19.baudRate;
if(!((typeof data23 == "number") && (!(data23 % 1) && !isNaN(data23)))){
const err106 = {instancePath:instancePath+"/printer/baudRate",schemaPath:"#/properties/printer/anyOf/1/properties/baudRate/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
if(typeof data23 == "number"){
if(data23 < 1200 || isNaN(data23)){
const err107 = {instancePath:instancePath+"/printer/baudRate",schemaPath:"#/properties/printer/anyOf/1/properties/baudRate/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1200},message:"must be >= 1200"};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
}
}
}
else {
const err108 = {instancePath:instancePath+"/printer",schemaPath:"#/properties/printer/anyOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
var _valid3 = _errs65 === errors;
valid10 = valid10 || _valid3;
if(!valid10){
const _errs74 = errors;
if(data19 && typeof data19 == "object" && !Array.isArray(data19)){
if(data19.driver === undefined){
const err109 = {instancePath:instancePath+"/printer",schemaPath:"#/properties/printer/anyOf/2/required",keyword:"required",params:{missingProperty: "driver"},message:"must have required property '"+"driver"+"'"};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
if(data19.path === undefined){
const err110 = {instancePath:instancePath+"/printer",schemaPath:"#/properties/printer/anyOf/2/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'"};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
for(const key7 in data19){
if(!((key7 === "driver") || (key7 === "path"))){
const err111 = {instancePath:instancePath+"/printer",schemaPath:"#/properties/printer/anyOf/2/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
}
if(data19.driver !== undefined){
let data24 = data19.driver;
if(typeof data24 !== "string"){
const err112 = {instancePath:instancePath+"/printer/driver",schemaPath:"#/properties/printer/anyOf/2/properties/driver/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
if(!(data24 === "escpos-usb")){
const err113 = {instancePath:instancePath+"/printer/driver",schemaPath:"#/properties/printer/anyOf/2/properties/driver/enum",keyword:"enum",params:{allowedValues: schema13.properties.printer.anyOf[2].properties.driver.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
if(errors > 0){
const emErrs20 = [];
for(const err114 of vErrors){
if(((((err114.keyword !== "errorMessage") && (!err114.emUsed)) && ((err114.instancePath === instancePath+"/printer/driver") || ((err114.instancePath.indexOf(instancePath+"/printer/driver") === 0) && (err114.instancePath[instancePath+"/printer/driver".length] === "/")))) && (err114.schemaPath.indexOf("#/properties/printer/anyOf/2/properties/driver") === 0)) && (err114.schemaPath["#/properties/printer/anyOf/2/properties/driver".length] === "/")){
emErrs20.push(err114);
err114.emUsed = true;
}
}
if(emErrs20.length){
const err115 = {instancePath:instancePath+"/printer/driver",schemaPath:"#/properties/printer/anyOf/2/properties/driver/errorMessage",keyword:"errorMessage",params:{errors: emErrs20},message:"must be one of: escpos-usb"};
if(vErrors === null){
vErrors = [err115];
}
else {
vErrors.push(err115);
}
errors++;
}
const emErrs21 = [];
for(const err116 of vErrors){
if(!err116.emUsed){
emErrs21.push(err116);
}
}
vErrors = emErrs21;
errors = emErrs21.length;
}
}
if(data19.path !== undefined){
let data25 = data19.path;
if(typeof data25 === "string"){
if(func3(data25) < 1){
const err117 = {instancePath:instancePath+"/printer/path",schemaPath:"#/properties/printer/anyOf/2/properties/path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err117];
}
else {
vErrors.push(err117);
}
errors++;
}
}
else {
const err118 = {instancePath:instancePath+"/printer/path",schemaPath:"#/properties/printer/anyOf/2/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err118];
}
else {
vErrors.push(err118);
}
errors++;
}
}
}
else {
const err119 = {instancePath:instancePath+"/printer",schemaPath:"#/properties/printer/anyOf/2/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err119];
}
else {
vErrors.push(err119);
}
errors++;
}
var _valid3 = _errs74 === errors;
valid10 = valid10 || _valid3;
if(!valid10){
const _errs81 = errors;
if(data19 && typeof data19 == "object" && !Array.isArray(data19)){
if(data19.driver === undefined){
const err120 = {instancePath:instancePath+"/printer",schemaPath:"#/properties/printer/anyOf/3/required",keyword:"required",params:{missingProperty: "driver"},message:"must have required property '"+"driver"+"'"};
if(vErrors === null){
vErrors = [err120];
}
else {
vErrors.push(err120);
}
errors++;
}
if(data19.host === undefined){
const err121 = {instancePath:instancePath+"/printer",schemaPath:"#/properties/printer/anyOf/3/required",keyword:"required",params:{missingProperty: "host"},message:"must have required property '"+"host"+"'"};
if(vErrors === null){
vErrors = [err121];
}
else {
vErrors.push(err121);
}
errors++;
}
for(const key8 in data19){
if(!(((key8 === "driver") || (key8 === "host")) || (key8 === "port"))){
const err122 = {instancePath:instancePath+"/printer",schemaPath:"#/properties/printer/anyOf/3/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err122];
}
else {
vErrors.push(err122);
}
errors++;
}
}
if(data19.driver !== undefined){
let data26 = data19.driver;
if(typeof data26 !== "string"){
const err123 = {instancePath:instancePath+"/printer/driver",schemaPath:"#/properties/printer/anyOf/3/properties/driver/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err123];
}
else {
vErrors.push(err123);
}
errors++;
}
if(!(data26 === "escpos-network")){
const err124 = {instancePath:instancePath+"/printer/driver",schemaPath:"#/properties/printer/anyOf/3/properties/driver/enum",keyword:"enum",params:{allowedValues: schema13.properties.printer.anyOf[3].properties.driver.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err124];
}
else {
vErrors.push(err124);
}
errors++;
}
if(errors > 0){
const emErrs22 = [];
for(const err125 of vErrors){
if(((((err125.keyword !== "errorMessage") && (!err125.emUsed)) && ((err125.instancePath === instancePath+"/printer/driver") || ((err125.instancePath.indexOf(instancePath+"/printer/driver") === 0) && (err125.instancePath[instancePath+"/printer/driver".length] === "/")))) && (err125.schemaPath.indexOf("#/properties/printer/anyOf/3/properties/driver") === 0)) && (err125.schemaPath["#/properties/printer/anyOf/3/properties/driver".length] === "/")){
emErrs22.push(err125);
err125.emUsed = true;
}
}
if(emErrs22.length){
const err126 = {instancePath:instancePath+"/printer/driver",schemaPath:"#/properties/printer/anyOf/3/properties/driver/errorMessage",keyword:"errorMessage",params:{errors: emErrs22},message:"must be one of: escpos-network"};
if(vErrors === null){
vErrors = [err126];
}
else {
vErrors.push(err126);
}
errors++;
}
const emErrs23 = [];
for(const err127 of vErrors){
if(!err127.emUsed){
emErrs23.push(err127);
}
}
vErrors = emErrs23;
errors = emErrs23.length;
}
}
if(data19.host !== undefined){
let data27 = data19.host;
if(typeof data27 === "string"){
if(func3(data27) < 1){
const err128 = {instancePath:instancePath+"/printer/host",schemaPath:"#/properties/printer/anyOf/3/properties/host/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err128];
}
else {
vErrors.push(err128);
}
errors++;
}
}
else {
const err129 = {instancePath:instancePath+"/printer/host",schemaPath:"#/properties/printer/anyOf/3/properties/host/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err129];
}
else {
vErrors.push(err129);
}
errors++;
}
}
if(data19.port !== undefined){
let data28 = data19.port;
if(!((typeof data28 == "number") && (!(data28 % 1) && !isNaN(data28)))){
const err130 = {instancePath:instancePath+"/printer/port",schemaPath:"#/properties/printer/anyOf/3/properties/port/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err130];
}
else {
vErrors.push(err130);
}
errors++;
}
if(typeof data28 == "number"){
if(data28 > 65535 || isNaN(data28)){
const err131 = {instancePath:instancePath+"/printer/port",schemaPath:"#/properties/printer/anyOf/3/properties/port/maximum",keyword:"maximum",params:{comparison: "<=", limit: 65535},message:"must be <= 65535"};
if(vErrors === null){
vErrors = [err131];
}
else {
vErrors.push(err131);
}
errors++;
}
if(data28 < 1 || isNaN(data28)){
const err132 = {instancePath:instancePath+"/printer/port",schemaPath:"#/properties/printer/anyOf/3/properties/port/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err132];
}
else {
vErrors.push(err132);
}
errors++;
}
}
}
}
else {
const err133 = {instancePath:instancePath+"/printer",schemaPath:"#/properties/printer/anyOf/3/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err133];
}
else {
vErrors.push(err133);
}
errors++;
}
var _valid3 = _errs81 === errors;
valid10 = valid10 || _valid3;
}
}
}
if(!valid10){
const err134 = {instancePath:instancePath+"/printer",schemaPath:"#/properties/printer/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err134];
}
else {
vErrors.push(err134);
}
errors++;
}
else {
errors = _errs59;
if(vErrors !== null){
if(_errs59){
vErrors.length = _errs59;
}
else {
vErrors = null;
}
}
}
}
let data29 = data.cooldownMs;
if(!((typeof data29 == "number") && (!(data29 % 1) && !isNaN(data29)))){
const err135 = {instancePath:instancePath+"/cooldownMs",schemaPath:"#/properties/cooldownMs/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err135];
}
else {
vErrors.push(err135);
}
errors++;
}
if(typeof data29 == "number"){
if(data29 < 0 || isNaN(data29)){
const err136 = {instancePath:instancePath+"/cooldownMs",schemaPath:"#/properties/cooldownMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err136];
}
else {
vErrors.push(err136);
}
errors++;
}
}
let data30 = data.technicianHoldMs;
if(!((typeof data30 == "number") && (!(data30 % 1) && !isNaN(data30)))){
const err137 = {instancePath:instancePath+"/technicianHoldMs",schemaPath:"#/properties/technicianHoldMs/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err137];
}
else {
vErrors.push(err137);
}
errors++;
}
if(typeof data30 == "number"){
if(data30 < 1000 || isNaN(data30)){
const err138 = {instancePath:instancePath+"/technicianHoldMs",schemaPath:"#/properties/technicianHoldMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1000},message:"must be >= 1000"};
if(vErrors === null){
vErrors = [err138];
}
else {
vErrors.push(err138);
}
errors++;
}
}
let data31 = data.printerPollMs;
if(!((typeof data31 == "number") && (!(data31 % 1) && !isNaN(data31)))){
const err139 = {instancePath:instancePath+"/printerPollMs",schemaPath:"#/properties/printerPollMs/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err139];
}
else {
vErrors.push(err139);
}
errors++;
}
if(typeof data31 == "number"){
if(data31 < 500 || isNaN(data31)){
const err140 = {instancePath:instancePath+"/printerPollMs",schemaPath:"#/properties/printerPollMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 500},message:"must be >= 500"};
if(vErrors === null){
vErrors = [err140];
}
else {
vErrors.push(err140);
}
errors++;
}
}
}
else {
const err141 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err141];
}
else {
vErrors.push(err141);
}
errors++;
}
validate34.errors = vErrors;
return errors === 0;
}

const schema14 = {"type":"array","items":{"$ref":"#/definitions/part3"}};
const schema15 = {"additionalProperties":false,"type":"object","required":["id","kind","lines","output"],"properties":{"id":{"pattern":"^[a-z0-9][a-z0-9-]{0,31}$","errorMessage":"must be 1–32 lower-case letters, digits or dashes, starting with a letter or digit","type":"string"},"kind":{"type":"string","enum":["counter","hall"],"errorMessage":"must be one of: counter, hall"},"counter":{"pattern":"^[a-z0-9][a-z0-9-]{0,31}$","errorMessage":"must be 1–32 lower-case letters, digits or dashes, starting with a letter or digit","type":"string"},"lines":{"minimum":1,"maximum":16,"default":4,"description":"Rows a hall display shows","type":"integer"},"output":{"$ref":"#/definitions/part6"},"blinkSeconds":{"minimum":0,"maximum":60,"default":5,"description":"A new call blinks this long on the counter display","type":"integer"},"notices":{"default":[],"description":"Site notices and adverts the hall display rotates while no call is shown","type":"array","items":{"minLength":1,"maxLength":200,"type":"string"}},"noticeSeconds":{"minimum":2,"maximum":600,"default":8,"type":"integer"},"configNoticeSeconds":{"minimum":0,"maximum":3600,"default":60,"description":"A hall display shows how a USB config import ended (\"Config r12 applied\") this long on its last row; 0: never","type":"integer"}}};
const schema16 = {"anyOf":[{"additionalProperties":false,"type":"object","required":["driver"],"properties":{"driver":{"type":"string","enum":["simulated"],"errorMessage":"must be one of: simulated"}}},{"additionalProperties":false,"type":"object","required":["driver","path","address"],"properties":{"driver":{"type":"string","enum":["modbus"],"errorMessage":"must be one of: modbus"},"path":{"minLength":1,"description":"The serial port of the display line, e.g. /dev/ttyUSB1","type":"string"},"baudRate":{"minimum":1200,"maximum":115200,"default":9600,"type":"integer"},"address":{"minimum":1,"maximum":247,"type":"integer"},"register":{"minimum":0,"maximum":65000,"default":0,"description":"The blink flag register; the text follows","type":"integer"},"chars":{"minimum":1,"maximum":64,"default":8,"type":"integer"},"readBack":{"default":false,"description":"Read the registers back after each write (function 03), where the display supports it","type":"boolean"}}},{"additionalProperties":false,"type":"object","required":["driver","path"],"properties":{"driver":{"type":"string","enum":["alpha-sign"],"errorMessage":"must be one of: alpha-sign"},"path":{"minLength":1,"description":"The serial port of the display line, e.g. /dev/ttyUSB1","type":"string"},"baudRate":{"minimum":1200,"maximum":115200,"default":9600,"type":"integer"},"address":{"minimum":0,"maximum":255,"default":0,"type":"integer"}}},{"additionalProperties":false,"type":"object","required":["driver","path","address"],"properties":{"driver":{"type":"string","enum":["qsystem-board"],"errorMessage":"must be one of: qsystem-board"},"path":{"minLength":1,"description":"The serial port of the display line, e.g. /dev/ttyUSB1","type":"string"},"baudRate":{"minimum":1200,"maximum":115200,"default":9600,"type":"integer"},"address":{"minimum":0,"maximum":255,"type":"integer"}}},{"additionalProperties":false,"type":"object","required":["driver","path","address","start","addressFormat","encoding","end","checksum"],"properties":{"driver":{"type":"string","enum":["template"],"errorMessage":"must be one of: template"},"path":{"minLength":1,"description":"The serial port of the display line, e.g. /dev/ttyUSB1","type":"string"},"baudRate":{"minimum":1200,"maximum":115200,"default":9600,"type":"integer"},"address":{"minimum":0,"maximum":999,"type":"integer"},"start":{"maxItems":8,"type":"array","items":{"minimum":0,"maximum":255,"type":"integer"}},"addressFormat":{"type":"string","enum":["byte","dec2","dec3","hex2","none"],"errorMessage":"must be one of: byte, dec2, dec3, hex2, none"},"encoding":{"minLength":1,"description":"Any iconv-lite encoding: ascii, latin1, cp1251, cp1256, gb2312, utf8…","type":"string"},"rowSeparator":{"maxItems":8,"type":"array","items":{"minimum":0,"maximum":255,"type":"integer"}},"end":{"maxItems":8,"type":"array","items":{"minimum":0,"maximum":255,"type":"integer"}},"checksum":{"type":"string","enum":["none","xor","sum8","crc16-modbus"],"errorMessage":"must be one of: none, xor, sum8, crc16-modbus"},"gapMs":{"minimum":0,"maximum":1000,"default":20,"type":"integer"}}}]};

function validate38(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
let valid0 = false;
const _errs1 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.driver === undefined){
const err0 = {instancePath,schemaPath:"#/anyOf/0/required",keyword:"required",params:{missingProperty: "driver"},message:"must have required property '"+"driver"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(key0 === "driver")){
const err1 = {instancePath,schemaPath:"#/anyOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.driver !== undefined){
let data0 = data.driver;
if(typeof data0 !== "string"){
const err2 = {instancePath:instancePath+"/driver",schemaPath:"#/anyOf/0/properties/driver/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(!(data0 === "simulated")){
const err3 = {instancePath:instancePath+"/driver",schemaPath:"#/anyOf/0/properties/driver/enum",keyword:"enum",params:{allowedValues: schema16.anyOf[0].properties.driver.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(errors > 0){
const emErrs0 = [];
for(const err4 of vErrors){
if(((((err4.keyword !== "errorMessage") && (!err4.emUsed)) && ((err4.instancePath === instancePath+"/driver") || ((err4.instancePath.indexOf(instancePath+"/driver") === 0) && (err4.instancePath[instancePath+"/driver".length] === "/")))) && (err4.schemaPath.indexOf("#/anyOf/0/properties/driver") === 0)) && (err4.schemaPath["#/anyOf/0/properties/driver".length] === "/")){
emErrs0.push(err4);
err4.emUsed = true;
}
}
if(emErrs0.length){
const err5 = {instancePath:instancePath+"/driver",schemaPath:"#/anyOf/0/properties/driver/errorMessage",keyword:"errorMessage",params:{errors: emErrs0},message:"must be one of: simulated"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
const emErrs1 = [];
for(const err6 of vErrors){
if(!err6.emUsed){
emErrs1.push(err6);
}
}
vErrors = emErrs1;
errors = emErrs1.length;
}
}
}
else {
const err7 = {instancePath,schemaPath:"#/anyOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var _valid0 = _errs1 === errors;
valid0 = valid0 || _valid0;
if(!valid0){
const _errs6 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.driver === undefined){
const err8 = {instancePath,schemaPath:"#/anyOf/1/required",keyword:"required",params:{missingProperty: "driver"},message:"must have required property '"+"driver"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data.path === undefined){
const err9 = {instancePath,schemaPath:"#/anyOf/1/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data.address === undefined){
const err10 = {instancePath,schemaPath:"#/anyOf/1/required",keyword:"required",params:{missingProperty: "address"},message:"must have required property '"+"address"+"'"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
for(const key1 in data){
if(!(((((((key1 === "driver") || (key1 === "path")) || (key1 === "baudRate")) || (key1 === "address")) || (key1 === "register")) || (key1 === "chars")) || (key1 === "readBack"))){
const err11 = {instancePath,schemaPath:"#/anyOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.driver !== undefined){
let data1 = data.driver;
if(typeof data1 !== "string"){
const err12 = {instancePath:instancePath+"/driver",schemaPath:"#/anyOf/1/properties/driver/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(!(data1 === "modbus")){
const err13 = {instancePath:instancePath+"/driver",schemaPath:"#/anyOf/1/properties/driver/enum",keyword:"enum",params:{allowedValues: schema16.anyOf[1].properties.driver.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(errors > 0){
const emErrs2 = [];
for(const err14 of vErrors){
if(((((err14.keyword !== "errorMessage") && (!err14.emUsed)) && ((err14.instancePath === instancePath+"/driver") || ((err14.instancePath.indexOf(instancePath+"/driver") === 0) && (err14.instancePath[instancePath+"/driver".length] === "/")))) && (err14.schemaPath.indexOf("#/anyOf/1/properties/driver") === 0)) && (err14.schemaPath["#/anyOf/1/properties/driver".length] === "/")){
emErrs2.push(err14);
err14.emUsed = true;
}
}
if(emErrs2.length){
const err15 = {instancePath:instancePath+"/driver",schemaPath:"#/anyOf/1/properties/driver/errorMessage",keyword:"errorMessage",params:{errors: emErrs2},message:"must be one of: modbus"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
const emErrs3 = [];
for(const err16 of vErrors){
if(!err16.emUsed){
emErrs3.push(err16);
}
}
vErrors = emErrs3;
errors = emErrs3.length;
}
}
if(data.path !== undefined){
let data2 = data.path;
if(typeof data2 === "string"){
if(func3(data2) < 1){
const err17 = {instancePath:instancePath+"/path",schemaPath:"#/anyOf/1/properties/path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err18 = {instancePath:instancePath+"/path",schemaPath:"#/anyOf/1/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.baudRate !== undefined){
let data3 = data.baudRate;
if(!((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3)))){
const err19 = {instancePath:instancePath+"/baudRate",schemaPath:"#/anyOf/1/properties/baudRate/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(typeof data3 == "number"){
if(data3 > 115200 || isNaN(data3)){
const err20 = {instancePath:instancePath+"/baudRate",schemaPath:"#/anyOf/1/properties/baudRate/maximum",keyword:"maximum",params:{comparison: "<=", limit: 115200},message:"must be <= 115200"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(data3 < 1200 || isNaN(data3)){
const err21 = {instancePath:instancePath+"/baudRate",schemaPath:"#/anyOf/1/properties/baudRate/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1200},message:"must be >= 1200"};
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
if(data.address !== undefined){
let data4 = data.address;
if(!((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4)))){
const err22 = {instancePath:instancePath+"/address",schemaPath:"#/anyOf/1/properties/address/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(typeof data4 == "number"){
if(data4 > 247 || isNaN(data4)){
const err23 = {instancePath:instancePath+"/address",schemaPath:"#/anyOf/1/properties/address/maximum",keyword:"maximum",params:{comparison: "<=", limit: 247},message:"must be <= 247"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(data4 < 1 || isNaN(data4)){
const err24 = {instancePath:instancePath+"/address",schemaPath:"#/anyOf/1/properties/address/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
}
if(data.register !== undefined){
let data5 = data.register;
if(!((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5)))){
const err25 = {instancePath:instancePath+"/register",schemaPath:"#/anyOf/1/properties/register/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(typeof data5 == "number"){
if(data5 > 65000 || isNaN(data5)){
const err26 = {instancePath:instancePath+"/register",schemaPath:"#/anyOf/1/properties/register/maximum",keyword:"maximum",params:{comparison: "<=", limit: 65000},message:"must be <= 65000"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(data5 < 0 || isNaN(data5)){
const err27 = {instancePath:instancePath+"/register",schemaPath:"#/anyOf/1/properties/register/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
if(data.chars !== undefined){
let data6 = data.chars;
if(!((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6)))){
const err28 = {instancePath:instancePath+"/chars",schemaPath:"#/anyOf/1/properties/chars/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(typeof data6 == "number"){
if(data6 > 64 || isNaN(data6)){
const err29 = {instancePath:instancePath+"/chars",schemaPath:"#/anyOf/1/properties/chars/maximum",keyword:"maximum",params:{comparison: "<=", limit: 64},message:"must be <= 64"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(data6 < 1 || isNaN(data6)){
const err30 = {instancePath:instancePath+"/chars",schemaPath:"#/anyOf/1/properties/chars/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
}
if(data.readBack !== undefined){
if(typeof data.readBack !== "boolean"){
const err31 = {instancePath:instancePath+"/readBack",schemaPath:"#/anyOf/1/properties/readBack/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
}
else {
const err32 = {instancePath,schemaPath:"#/anyOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
var _valid0 = _errs6 === errors;
valid0 = valid0 || _valid0;
if(!valid0){
const _errs23 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.driver === undefined){
const err33 = {instancePath,schemaPath:"#/anyOf/2/required",keyword:"required",params:{missingProperty: "driver"},message:"must have required property '"+"driver"+"'"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if(data.path === undefined){
const err34 = {instancePath,schemaPath:"#/anyOf/2/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
for(const key2 in data){
if(!((((key2 === "driver") || (key2 === "path")) || (key2 === "baudRate")) || (key2 === "address"))){
const err35 = {instancePath,schemaPath:"#/anyOf/2/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data.driver !== undefined){
let data8 = data.driver;
if(typeof data8 !== "string"){
const err36 = {instancePath:instancePath+"/driver",schemaPath:"#/anyOf/2/properties/driver/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if(!(data8 === "alpha-sign")){
const err37 = {instancePath:instancePath+"/driver",schemaPath:"#/anyOf/2/properties/driver/enum",keyword:"enum",params:{allowedValues: schema16.anyOf[2].properties.driver.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
if(errors > 0){
const emErrs4 = [];
for(const err38 of vErrors){
if(((((err38.keyword !== "errorMessage") && (!err38.emUsed)) && ((err38.instancePath === instancePath+"/driver") || ((err38.instancePath.indexOf(instancePath+"/driver") === 0) && (err38.instancePath[instancePath+"/driver".length] === "/")))) && (err38.schemaPath.indexOf("#/anyOf/2/properties/driver") === 0)) && (err38.schemaPath["#/anyOf/2/properties/driver".length] === "/")){
emErrs4.push(err38);
err38.emUsed = true;
}
}
if(emErrs4.length){
const err39 = {instancePath:instancePath+"/driver",schemaPath:"#/anyOf/2/properties/driver/errorMessage",keyword:"errorMessage",params:{errors: emErrs4},message:"must be one of: alpha-sign"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
const emErrs5 = [];
for(const err40 of vErrors){
if(!err40.emUsed){
emErrs5.push(err40);
}
}
vErrors = emErrs5;
errors = emErrs5.length;
}
}
if(data.path !== undefined){
let data9 = data.path;
if(typeof data9 === "string"){
if(func3(data9) < 1){
const err41 = {instancePath:instancePath+"/path",schemaPath:"#/anyOf/2/properties/path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
else {
const err42 = {instancePath:instancePath+"/path",schemaPath:"#/anyOf/2/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data.baudRate !== undefined){
let data10 = data.baudRate;
if(!((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10)))){
const err43 = {instancePath:instancePath+"/baudRate",schemaPath:"#/anyOf/2/properties/baudRate/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
if(typeof data10 == "number"){
if(data10 > 115200 || isNaN(data10)){
const err44 = {instancePath:instancePath+"/baudRate",schemaPath:"#/anyOf/2/properties/baudRate/maximum",keyword:"maximum",params:{comparison: "<=", limit: 115200},message:"must be <= 115200"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
if(data10 < 1200 || isNaN(data10)){
const err45 = {instancePath:instancePath+"/baudRate",schemaPath:"#/anyOf/2/properties/baudRate/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1200},message:"must be >= 1200"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
}
if(data.address !== undefined){
let data11 = data.address;
if(!((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11)))){
const err46 = {instancePath:instancePath+"/address",schemaPath:"#/anyOf/2/properties/address/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
if(typeof data11 == "number"){
if(data11 > 255 || isNaN(data11)){
const err47 = {instancePath:instancePath+"/address",schemaPath:"#/anyOf/2/properties/address/maximum",keyword:"maximum",params:{comparison: "<=", limit: 255},message:"must be <= 255"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
if(data11 < 0 || isNaN(data11)){
const err48 = {instancePath:instancePath+"/address",schemaPath:"#/anyOf/2/properties/address/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
}
}
else {
const err49 = {instancePath,schemaPath:"#/anyOf/2/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
var _valid0 = _errs23 === errors;
valid0 = valid0 || _valid0;
if(!valid0){
const _errs34 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.driver === undefined){
const err50 = {instancePath,schemaPath:"#/anyOf/3/required",keyword:"required",params:{missingProperty: "driver"},message:"must have required property '"+"driver"+"'"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
if(data.path === undefined){
const err51 = {instancePath,schemaPath:"#/anyOf/3/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
if(data.address === undefined){
const err52 = {instancePath,schemaPath:"#/anyOf/3/required",keyword:"required",params:{missingProperty: "address"},message:"must have required property '"+"address"+"'"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
for(const key3 in data){
if(!((((key3 === "driver") || (key3 === "path")) || (key3 === "baudRate")) || (key3 === "address"))){
const err53 = {instancePath,schemaPath:"#/anyOf/3/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
if(data.driver !== undefined){
let data12 = data.driver;
if(typeof data12 !== "string"){
const err54 = {instancePath:instancePath+"/driver",schemaPath:"#/anyOf/3/properties/driver/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
if(!(data12 === "qsystem-board")){
const err55 = {instancePath:instancePath+"/driver",schemaPath:"#/anyOf/3/properties/driver/enum",keyword:"enum",params:{allowedValues: schema16.anyOf[3].properties.driver.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
if(errors > 0){
const emErrs6 = [];
for(const err56 of vErrors){
if(((((err56.keyword !== "errorMessage") && (!err56.emUsed)) && ((err56.instancePath === instancePath+"/driver") || ((err56.instancePath.indexOf(instancePath+"/driver") === 0) && (err56.instancePath[instancePath+"/driver".length] === "/")))) && (err56.schemaPath.indexOf("#/anyOf/3/properties/driver") === 0)) && (err56.schemaPath["#/anyOf/3/properties/driver".length] === "/")){
emErrs6.push(err56);
err56.emUsed = true;
}
}
if(emErrs6.length){
const err57 = {instancePath:instancePath+"/driver",schemaPath:"#/anyOf/3/properties/driver/errorMessage",keyword:"errorMessage",params:{errors: emErrs6},message:"must be one of: qsystem-board"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
const emErrs7 = [];
for(const err58 of vErrors){
if(!err58.emUsed){
emErrs7.push(err58);
}
}
vErrors = emErrs7;
errors = emErrs7.length;
}
}
if(data.path !== undefined){
let data13 = data.path;
if(typeof data13 === "string"){
if(func3(data13) < 1){
const err59 = {instancePath:instancePath+"/path",schemaPath:"#/anyOf/3/properties/path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err60 = {instancePath:instancePath+"/path",schemaPath:"#/anyOf/3/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
if(data.baudRate !== undefined){
let data14 = data.baudRate;
if(!((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14)))){
const err61 = {instancePath:instancePath+"/baudRate",schemaPath:"#/anyOf/3/properties/baudRate/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
if(typeof data14 == "number"){
if(data14 > 115200 || isNaN(data14)){
const err62 = {instancePath:instancePath+"/baudRate",schemaPath:"#/anyOf/3/properties/baudRate/maximum",keyword:"maximum",params:{comparison: "<=", limit: 115200},message:"must be <= 115200"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
if(data14 < 1200 || isNaN(data14)){
const err63 = {instancePath:instancePath+"/baudRate",schemaPath:"#/anyOf/3/properties/baudRate/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1200},message:"must be >= 1200"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
}
if(data.address !== undefined){
let data15 = data.address;
if(!((typeof data15 == "number") && (!(data15 % 1) && !isNaN(data15)))){
const err64 = {instancePath:instancePath+"/address",schemaPath:"#/anyOf/3/properties/address/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
if(typeof data15 == "number"){
if(data15 > 255 || isNaN(data15)){
const err65 = {instancePath:instancePath+"/address",schemaPath:"#/anyOf/3/properties/address/maximum",keyword:"maximum",params:{comparison: "<=", limit: 255},message:"must be <= 255"};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
if(data15 < 0 || isNaN(data15)){
const err66 = {instancePath:instancePath+"/address",schemaPath:"#/anyOf/3/properties/address/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
}
else {
const err67 = {instancePath,schemaPath:"#/anyOf/3/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
var _valid0 = _errs34 === errors;
valid0 = valid0 || _valid0;
if(!valid0){
const _errs45 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.driver === undefined){
const err68 = {instancePath,schemaPath:"#/anyOf/4/required",keyword:"required",params:{missingProperty: "driver"},message:"must have required property '"+"driver"+"'"};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
if(data.path === undefined){
const err69 = {instancePath,schemaPath:"#/anyOf/4/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'"};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
if(data.address === undefined){
const err70 = {instancePath,schemaPath:"#/anyOf/4/required",keyword:"required",params:{missingProperty: "address"},message:"must have required property '"+"address"+"'"};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
if(data.start === undefined){
const err71 = {instancePath,schemaPath:"#/anyOf/4/required",keyword:"required",params:{missingProperty: "start"},message:"must have required property '"+"start"+"'"};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
if(data.addressFormat === undefined){
const err72 = {instancePath,schemaPath:"#/anyOf/4/required",keyword:"required",params:{missingProperty: "addressFormat"},message:"must have required property '"+"addressFormat"+"'"};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
if(data.encoding === undefined){
const err73 = {instancePath,schemaPath:"#/anyOf/4/required",keyword:"required",params:{missingProperty: "encoding"},message:"must have required property '"+"encoding"+"'"};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
if(data.end === undefined){
const err74 = {instancePath,schemaPath:"#/anyOf/4/required",keyword:"required",params:{missingProperty: "end"},message:"must have required property '"+"end"+"'"};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
if(data.checksum === undefined){
const err75 = {instancePath,schemaPath:"#/anyOf/4/required",keyword:"required",params:{missingProperty: "checksum"},message:"must have required property '"+"checksum"+"'"};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
for(const key4 in data){
if(!(func2.call(schema16.anyOf[4].properties, key4))){
const err76 = {instancePath,schemaPath:"#/anyOf/4/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
if(data.driver !== undefined){
let data16 = data.driver;
if(typeof data16 !== "string"){
const err77 = {instancePath:instancePath+"/driver",schemaPath:"#/anyOf/4/properties/driver/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
if(!(data16 === "template")){
const err78 = {instancePath:instancePath+"/driver",schemaPath:"#/anyOf/4/properties/driver/enum",keyword:"enum",params:{allowedValues: schema16.anyOf[4].properties.driver.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
if(errors > 0){
const emErrs8 = [];
for(const err79 of vErrors){
if(((((err79.keyword !== "errorMessage") && (!err79.emUsed)) && ((err79.instancePath === instancePath+"/driver") || ((err79.instancePath.indexOf(instancePath+"/driver") === 0) && (err79.instancePath[instancePath+"/driver".length] === "/")))) && (err79.schemaPath.indexOf("#/anyOf/4/properties/driver") === 0)) && (err79.schemaPath["#/anyOf/4/properties/driver".length] === "/")){
emErrs8.push(err79);
err79.emUsed = true;
}
}
if(emErrs8.length){
const err80 = {instancePath:instancePath+"/driver",schemaPath:"#/anyOf/4/properties/driver/errorMessage",keyword:"errorMessage",params:{errors: emErrs8},message:"must be one of: template"};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
const emErrs9 = [];
for(const err81 of vErrors){
if(!err81.emUsed){
emErrs9.push(err81);
}
}
vErrors = emErrs9;
errors = emErrs9.length;
}
}
if(data.path !== undefined){
let data17 = data.path;
if(typeof data17 === "string"){
if(func3(data17) < 1){
const err82 = {instancePath:instancePath+"/path",schemaPath:"#/anyOf/4/properties/path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
else {
const err83 = {instancePath:instancePath+"/path",schemaPath:"#/anyOf/4/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
if(data.baudRate !== undefined){
let data18 = data.baudRate;
if(!((typeof data18 == "number") && (!(data18 % 1) && !isNaN(data18)))){
const err84 = {instancePath:instancePath+"/baudRate",schemaPath:"#/anyOf/4/properties/baudRate/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
if(typeof data18 == "number"){
if(data18 > 115200 || isNaN(data18)){
const err85 = {instancePath:instancePath+"/baudRate",schemaPath:"#/anyOf/4/properties/baudRate/maximum",keyword:"maximum",params:{comparison: "<=", limit: 115200},message:"must be <= 115200"};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
if(data18 < 1200 || isNaN(data18)){
const err86 = {instancePath:instancePath+"/baudRate",schemaPath:"#/anyOf/4/properties/baudRate/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1200},message:"must be >= 1200"};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
}
}
if(data.address !== undefined){
let data19 = data.address;
if(!((typeof data19 == "number") && (!(data19 % 1) && !isNaN(data19)))){
const err87 = {instancePath:instancePath+"/address",schemaPath:"#/anyOf/4/properties/address/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
if(typeof data19 == "number"){
if(data19 > 999 || isNaN(data19)){
const err88 = {instancePath:instancePath+"/address",schemaPath:"#/anyOf/4/properties/address/maximum",keyword:"maximum",params:{comparison: "<=", limit: 999},message:"must be <= 999"};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
if(data19 < 0 || isNaN(data19)){
const err89 = {instancePath:instancePath+"/address",schemaPath:"#/anyOf/4/properties/address/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
}
}
if(data.start !== undefined){
let data20 = data.start;
if(Array.isArray(data20)){
if(data20.length > 8){
const err90 = {instancePath:instancePath+"/start",schemaPath:"#/anyOf/4/properties/start/maxItems",keyword:"maxItems",params:{limit: 8},message:"must NOT have more than 8 items"};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
const len0 = data20.length;
for(let i0=0; i0<len0; i0++){
let data21 = data20[i0];
if(!((typeof data21 == "number") && (!(data21 % 1) && !isNaN(data21)))){
const err91 = {instancePath:instancePath+"/start/" + i0,schemaPath:"#/anyOf/4/properties/start/items/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
if(typeof data21 == "number"){
if(data21 > 255 || isNaN(data21)){
const err92 = {instancePath:instancePath+"/start/" + i0,schemaPath:"#/anyOf/4/properties/start/items/maximum",keyword:"maximum",params:{comparison: "<=", limit: 255},message:"must be <= 255"};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
if(data21 < 0 || isNaN(data21)){
const err93 = {instancePath:instancePath+"/start/" + i0,schemaPath:"#/anyOf/4/properties/start/items/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
}
}
}
else {
const err94 = {instancePath:instancePath+"/start",schemaPath:"#/anyOf/4/properties/start/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
}
if(data.addressFormat !== undefined){
let data22 = data.addressFormat;
if(typeof data22 !== "string"){
const err95 = {instancePath:instancePath+"/addressFormat",schemaPath:"#/anyOf/4/properties/addressFormat/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
if(!(((((data22 === "byte") || (data22 === "dec2")) || (data22 === "dec3")) || (data22 === "hex2")) || (data22 === "none"))){
const err96 = {instancePath:instancePath+"/addressFormat",schemaPath:"#/anyOf/4/properties/addressFormat/enum",keyword:"enum",params:{allowedValues: schema16.anyOf[4].properties.addressFormat.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
if(errors > 0){
const emErrs10 = [];
for(const err97 of vErrors){
if(((((err97.keyword !== "errorMessage") && (!err97.emUsed)) && ((err97.instancePath === instancePath+"/addressFormat") || ((err97.instancePath.indexOf(instancePath+"/addressFormat") === 0) && (err97.instancePath[instancePath+"/addressFormat".length] === "/")))) && (err97.schemaPath.indexOf("#/anyOf/4/properties/addressFormat") === 0)) && (err97.schemaPath["#/anyOf/4/properties/addressFormat".length] === "/")){
emErrs10.push(err97);
err97.emUsed = true;
}
}
if(emErrs10.length){
const err98 = {instancePath:instancePath+"/addressFormat",schemaPath:"#/anyOf/4/properties/addressFormat/errorMessage",keyword:"errorMessage",params:{errors: emErrs10},message:"must be one of: byte, dec2, dec3, hex2, none"};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
const emErrs11 = [];
for(const err99 of vErrors){
if(!err99.emUsed){
emErrs11.push(err99);
}
}
vErrors = emErrs11;
errors = emErrs11.length;
}
}
if(data.encoding !== undefined){
let data23 = data.encoding;
if(typeof data23 === "string"){
if(func3(data23) < 1){
const err100 = {instancePath:instancePath+"/encoding",schemaPath:"#/anyOf/4/properties/encoding/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
}
else {
const err101 = {instancePath:instancePath+"/encoding",schemaPath:"#/anyOf/4/properties/encoding/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
}
if(data.rowSeparator !== undefined){
let data24 = data.rowSeparator;
if(Array.isArray(data24)){
if(data24.length > 8){
const err102 = {instancePath:instancePath+"/rowSeparator",schemaPath:"#/anyOf/4/properties/rowSeparator/maxItems",keyword:"maxItems",params:{limit: 8},message:"must NOT have more than 8 items"};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
const len1 = data24.length;
for(let i1=0; i1<len1; i1++){
let data25 = data24[i1];
if(!((typeof data25 == "number") && (!(data25 % 1) && !isNaN(data25)))){
const err103 = {instancePath:instancePath+"/rowSeparator/" + i1,schemaPath:"#/anyOf/4/properties/rowSeparator/items/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
if(typeof data25 == "number"){
if(data25 > 255 || isNaN(data25)){
const err104 = {instancePath:instancePath+"/rowSeparator/" + i1,schemaPath:"#/anyOf/4/properties/rowSeparator/items/maximum",keyword:"maximum",params:{comparison: "<=", limit: 255},message:"must be <= 255"};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
if(data25 < 0 || isNaN(data25)){
const err105 = {instancePath:instancePath+"/rowSeparator/" + i1,schemaPath:"#/anyOf/4/properties/rowSeparator/items/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
}
}
}
else {
const err106 = {instancePath:instancePath+"/rowSeparator",schemaPath:"#/anyOf/4/properties/rowSeparator/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
}
if(data.end !== undefined){
let data26 = data.end;
if(Array.isArray(data26)){
if(data26.length > 8){
const err107 = {instancePath:instancePath+"/end",schemaPath:"#/anyOf/4/properties/end/maxItems",keyword:"maxItems",params:{limit: 8},message:"must NOT have more than 8 items"};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
const len2 = data26.length;
for(let i2=0; i2<len2; i2++){
let data27 = data26[i2];
if(!((typeof data27 == "number") && (!(data27 % 1) && !isNaN(data27)))){
const err108 = {instancePath:instancePath+"/end/" + i2,schemaPath:"#/anyOf/4/properties/end/items/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
if(typeof data27 == "number"){
if(data27 > 255 || isNaN(data27)){
const err109 = {instancePath:instancePath+"/end/" + i2,schemaPath:"#/anyOf/4/properties/end/items/maximum",keyword:"maximum",params:{comparison: "<=", limit: 255},message:"must be <= 255"};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
if(data27 < 0 || isNaN(data27)){
const err110 = {instancePath:instancePath+"/end/" + i2,schemaPath:"#/anyOf/4/properties/end/items/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
}
}
}
else {
const err111 = {instancePath:instancePath+"/end",schemaPath:"#/anyOf/4/properties/end/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
}
if(data.checksum !== undefined){
let data28 = data.checksum;
if(typeof data28 !== "string"){
const err112 = {instancePath:instancePath+"/checksum",schemaPath:"#/anyOf/4/properties/checksum/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
if(!((((data28 === "none") || (data28 === "xor")) || (data28 === "sum8")) || (data28 === "crc16-modbus"))){
const err113 = {instancePath:instancePath+"/checksum",schemaPath:"#/anyOf/4/properties/checksum/enum",keyword:"enum",params:{allowedValues: schema16.anyOf[4].properties.checksum.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
if(errors > 0){
const emErrs12 = [];
for(const err114 of vErrors){
if(((((err114.keyword !== "errorMessage") && (!err114.emUsed)) && ((err114.instancePath === instancePath+"/checksum") || ((err114.instancePath.indexOf(instancePath+"/checksum") === 0) && (err114.instancePath[instancePath+"/checksum".length] === "/")))) && (err114.schemaPath.indexOf("#/anyOf/4/properties/checksum") === 0)) && (err114.schemaPath["#/anyOf/4/properties/checksum".length] === "/")){
emErrs12.push(err114);
err114.emUsed = true;
}
}
if(emErrs12.length){
const err115 = {instancePath:instancePath+"/checksum",schemaPath:"#/anyOf/4/properties/checksum/errorMessage",keyword:"errorMessage",params:{errors: emErrs12},message:"must be one of: none, xor, sum8, crc16-modbus"};
if(vErrors === null){
vErrors = [err115];
}
else {
vErrors.push(err115);
}
errors++;
}
const emErrs13 = [];
for(const err116 of vErrors){
if(!err116.emUsed){
emErrs13.push(err116);
}
}
vErrors = emErrs13;
errors = emErrs13.length;
}
}
if(data.gapMs !== undefined){
let data29 = data.gapMs;
if(!((typeof data29 == "number") && (!(data29 % 1) && !isNaN(data29)))){
const err117 = {instancePath:instancePath+"/gapMs",schemaPath:"#/anyOf/4/properties/gapMs/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err117];
}
else {
vErrors.push(err117);
}
errors++;
}
if(typeof data29 == "number"){
if(data29 > 1000 || isNaN(data29)){
const err118 = {instancePath:instancePath+"/gapMs",schemaPath:"#/anyOf/4/properties/gapMs/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000},message:"must be <= 1000"};
if(vErrors === null){
vErrors = [err118];
}
else {
vErrors.push(err118);
}
errors++;
}
if(data29 < 0 || isNaN(data29)){
const err119 = {instancePath:instancePath+"/gapMs",schemaPath:"#/anyOf/4/properties/gapMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err119];
}
else {
vErrors.push(err119);
}
errors++;
}
}
}
}
else {
const err120 = {instancePath,schemaPath:"#/anyOf/4/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err120];
}
else {
vErrors.push(err120);
}
errors++;
}
var _valid0 = _errs45 === errors;
valid0 = valid0 || _valid0;
}
}
}
}
if(!valid0){
const err121 = {instancePath,schemaPath:"#/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err121];
}
else {
vErrors.push(err121);
}
errors++;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate38.errors = vErrors;
return errors === 0;
}


function validate37(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.lines === undefined){
data.lines = 4;
}
if(data.blinkSeconds === undefined){
data.blinkSeconds = 5;
}
if(data.notices === undefined){
data.notices = [];
}
if(data.noticeSeconds === undefined){
data.noticeSeconds = 8;
}
if(data.configNoticeSeconds === undefined){
data.configNoticeSeconds = 60;
}
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
if(data.kind === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.lines === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "lines"},message:"must have required property '"+"lines"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.output === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "output"},message:"must have required property '"+"output"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!(func2.call(schema15.properties, key0))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 === "string"){
if(!pattern0.test(data0)){
const err5 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]{0,31}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]{0,31}$"+"\""};
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
const err6 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(errors > 0){
const emErrs0 = [];
for(const err7 of vErrors){
if(((((err7.keyword !== "errorMessage") && (!err7.emUsed)) && ((err7.instancePath === instancePath+"/id") || ((err7.instancePath.indexOf(instancePath+"/id") === 0) && (err7.instancePath[instancePath+"/id".length] === "/")))) && (err7.schemaPath.indexOf("#/properties/id") === 0)) && (err7.schemaPath["#/properties/id".length] === "/")){
emErrs0.push(err7);
err7.emUsed = true;
}
}
if(emErrs0.length){
const err8 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/errorMessage",keyword:"errorMessage",params:{errors: emErrs0},message:"must be 1–32 lower-case letters, digits or dashes, starting with a letter or digit"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
const emErrs1 = [];
for(const err9 of vErrors){
if(!err9.emUsed){
emErrs1.push(err9);
}
}
vErrors = emErrs1;
errors = emErrs1.length;
}
}
if(data.kind !== undefined){
let data1 = data.kind;
if(typeof data1 !== "string"){
const err10 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(!((data1 === "counter") || (data1 === "hall"))){
const err11 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/enum",keyword:"enum",params:{allowedValues: schema15.properties.kind.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(errors > 0){
const emErrs2 = [];
for(const err12 of vErrors){
if(((((err12.keyword !== "errorMessage") && (!err12.emUsed)) && ((err12.instancePath === instancePath+"/kind") || ((err12.instancePath.indexOf(instancePath+"/kind") === 0) && (err12.instancePath[instancePath+"/kind".length] === "/")))) && (err12.schemaPath.indexOf("#/properties/kind") === 0)) && (err12.schemaPath["#/properties/kind".length] === "/")){
emErrs2.push(err12);
err12.emUsed = true;
}
}
if(emErrs2.length){
const err13 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/errorMessage",keyword:"errorMessage",params:{errors: emErrs2},message:"must be one of: counter, hall"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
const emErrs3 = [];
for(const err14 of vErrors){
if(!err14.emUsed){
emErrs3.push(err14);
}
}
vErrors = emErrs3;
errors = emErrs3.length;
}
}
if(data.counter !== undefined){
let data2 = data.counter;
if(typeof data2 === "string"){
if(!pattern0.test(data2)){
const err15 = {instancePath:instancePath+"/counter",schemaPath:"#/properties/counter/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]{0,31}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]{0,31}$"+"\""};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/counter",schemaPath:"#/properties/counter/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(errors > 0){
const emErrs4 = [];
for(const err17 of vErrors){
if(((((err17.keyword !== "errorMessage") && (!err17.emUsed)) && ((err17.instancePath === instancePath+"/counter") || ((err17.instancePath.indexOf(instancePath+"/counter") === 0) && (err17.instancePath[instancePath+"/counter".length] === "/")))) && (err17.schemaPath.indexOf("#/properties/counter") === 0)) && (err17.schemaPath["#/properties/counter".length] === "/")){
emErrs4.push(err17);
err17.emUsed = true;
}
}
if(emErrs4.length){
const err18 = {instancePath:instancePath+"/counter",schemaPath:"#/properties/counter/errorMessage",keyword:"errorMessage",params:{errors: emErrs4},message:"must be 1–32 lower-case letters, digits or dashes, starting with a letter or digit"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
const emErrs5 = [];
for(const err19 of vErrors){
if(!err19.emUsed){
emErrs5.push(err19);
}
}
vErrors = emErrs5;
errors = emErrs5.length;
}
}
let data3 = data.lines;
if(!((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3)))){
const err20 = {instancePath:instancePath+"/lines",schemaPath:"#/properties/lines/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(typeof data3 == "number"){
if(data3 > 16 || isNaN(data3)){
const err21 = {instancePath:instancePath+"/lines",schemaPath:"#/properties/lines/maximum",keyword:"maximum",params:{comparison: "<=", limit: 16},message:"must be <= 16"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(data3 < 1 || isNaN(data3)){
const err22 = {instancePath:instancePath+"/lines",schemaPath:"#/properties/lines/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.output !== undefined){
if(!(validate38(data.output, {instancePath:instancePath+"/output",parentData:data,parentDataProperty:"output",rootData}))){
vErrors = vErrors === null ? validate38.errors : vErrors.concat(validate38.errors);
errors = vErrors.length;
}
}
let data5 = data.blinkSeconds;
if(!((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5)))){
const err23 = {instancePath:instancePath+"/blinkSeconds",schemaPath:"#/properties/blinkSeconds/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(typeof data5 == "number"){
if(data5 > 60 || isNaN(data5)){
const err24 = {instancePath:instancePath+"/blinkSeconds",schemaPath:"#/properties/blinkSeconds/maximum",keyword:"maximum",params:{comparison: "<=", limit: 60},message:"must be <= 60"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(data5 < 0 || isNaN(data5)){
const err25 = {instancePath:instancePath+"/blinkSeconds",schemaPath:"#/properties/blinkSeconds/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
let data6 = data.notices;
if(Array.isArray(data6)){
const len0 = data6.length;
for(let i0=0; i0<len0; i0++){
let data7 = data6[i0];
if(typeof data7 === "string"){
if(func3(data7) > 200){
const err26 = {instancePath:instancePath+"/notices/" + i0,schemaPath:"#/properties/notices/items/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(func3(data7) < 1){
const err27 = {instancePath:instancePath+"/notices/" + i0,schemaPath:"#/properties/notices/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err28 = {instancePath:instancePath+"/notices/" + i0,schemaPath:"#/properties/notices/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
}
else {
const err29 = {instancePath:instancePath+"/notices",schemaPath:"#/properties/notices/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
let data8 = data.noticeSeconds;
if(!((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8)))){
const err30 = {instancePath:instancePath+"/noticeSeconds",schemaPath:"#/properties/noticeSeconds/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if(typeof data8 == "number"){
if(data8 > 600 || isNaN(data8)){
const err31 = {instancePath:instancePath+"/noticeSeconds",schemaPath:"#/properties/noticeSeconds/maximum",keyword:"maximum",params:{comparison: "<=", limit: 600},message:"must be <= 600"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if(data8 < 2 || isNaN(data8)){
const err32 = {instancePath:instancePath+"/noticeSeconds",schemaPath:"#/properties/noticeSeconds/minimum",keyword:"minimum",params:{comparison: ">=", limit: 2},message:"must be >= 2"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
let data9 = data.configNoticeSeconds;
if(!((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9)))){
const err33 = {instancePath:instancePath+"/configNoticeSeconds",schemaPath:"#/properties/configNoticeSeconds/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if(typeof data9 == "number"){
if(data9 > 3600 || isNaN(data9)){
const err34 = {instancePath:instancePath+"/configNoticeSeconds",schemaPath:"#/properties/configNoticeSeconds/maximum",keyword:"maximum",params:{comparison: "<=", limit: 3600},message:"must be <= 3600"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if(data9 < 0 || isNaN(data9)){
const err35 = {instancePath:instancePath+"/configNoticeSeconds",schemaPath:"#/properties/configNoticeSeconds/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
}
else {
const err36 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
validate37.errors = vErrors;
return errors === 0;
}


function validate36(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(Array.isArray(data)){
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
if(!(validate37(data[i0], {instancePath:instancePath+"/" + i0,parentData:data,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);
errors = vErrors.length;
}
}
}
else {
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
validate36.errors = vErrors;
return errors === 0;
}

const schema17 = {"additionalProperties":false,"type":"object","required":["output","place","numbers","volume"],"properties":{"output":{"anyOf":[{"additionalProperties":false,"type":"object","required":["driver"],"properties":{"driver":{"type":"string","enum":["simulated"],"errorMessage":"must be one of: simulated"}}},{"additionalProperties":false,"type":"object","required":["driver","device","clips"],"properties":{"driver":{"const":"aplay","type":"string"},"device":{"minLength":1,"default":"default","description":"ALSA PCM for aplay -D, e.g. plughw:0,0","type":"string"},"clips":{"minLength":1,"description":"The default clip set, built by `qms clips build --out DIR`","type":"string"},"siteClips":{"minLength":1,"description":"The site's own recordings: <lang>/<clip>.wav replaces the set's file","type":"string"}}}]},"place":{"type":"string","enum":["counter","window","room"],"errorMessage":"must be one of: counter, window, room","default":"counter","description":"What a counter is called out loud"},"numbers":{"type":"string","enum":["words","digits"],"errorMessage":"must be one of: words, digits","default":"words","description":"\"twenty-three\", or digit by digit"},"hours":{"description":"Calls are announced only within these; always when absent","type":"array","items":{"additionalProperties":false,"type":"object","required":["days","from","to"],"properties":{"days":{"minItems":1,"description":"ISO weekdays: 1 = Monday … 7 = Sunday","type":"array","items":{"minimum":1,"maximum":7,"type":"integer"}},"from":{"pattern":"^([01][0-9]|2[0-3]):[0-5][0-9]$","errorMessage":"must be a time of day as HH:MM, e.g. 04:00","type":"string"},"to":{"pattern":"^([01][0-9]|2[0-3]):[0-5][0-9]$","errorMessage":"must be a time of day as HH:MM, e.g. 04:00","type":"string"}}}},"volume":{"default":[],"description":"Volume from each time of day on; full volume when empty","type":"array","items":{"additionalProperties":false,"type":"object","required":["from","percent"],"properties":{"from":{"pattern":"^([01][0-9]|2[0-3]):[0-5][0-9]$","errorMessage":"must be a time of day as HH:MM, e.g. 04:00","type":"string"},"percent":{"minimum":0,"maximum":100,"type":"integer"}}}}}};

function validate42(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.place === undefined){
data.place = "counter";
}
if(data.numbers === undefined){
data.numbers = "words";
}
if(data.volume === undefined){
data.volume = [];
}
if(data.output === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "output"},message:"must have required property '"+"output"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.place === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "place"},message:"must have required property '"+"place"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.numbers === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "numbers"},message:"must have required property '"+"numbers"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.volume === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "volume"},message:"must have required property '"+"volume"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "output") || (key0 === "place")) || (key0 === "numbers")) || (key0 === "hours")) || (key0 === "volume"))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.output !== undefined){
let data0 = data.output;
const _errs3 = errors;
let valid1 = false;
const _errs4 = errors;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.driver === undefined){
const err5 = {instancePath:instancePath+"/output",schemaPath:"#/properties/output/anyOf/0/required",keyword:"required",params:{missingProperty: "driver"},message:"must have required property '"+"driver"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
for(const key1 in data0){
if(!(key1 === "driver")){
const err6 = {instancePath:instancePath+"/output",schemaPath:"#/properties/output/anyOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data0.driver !== undefined){
let data1 = data0.driver;
if(typeof data1 !== "string"){
const err7 = {instancePath:instancePath+"/output/driver",schemaPath:"#/properties/output/anyOf/0/properties/driver/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(!(data1 === "simulated")){
const err8 = {instancePath:instancePath+"/output/driver",schemaPath:"#/properties/output/anyOf/0/properties/driver/enum",keyword:"enum",params:{allowedValues: schema17.properties.output.anyOf[0].properties.driver.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(errors > 0){
const emErrs0 = [];
for(const err9 of vErrors){
if(((((err9.keyword !== "errorMessage") && (!err9.emUsed)) && ((err9.instancePath === instancePath+"/output/driver") || ((err9.instancePath.indexOf(instancePath+"/output/driver") === 0) && (err9.instancePath[instancePath+"/output/driver".length] === "/")))) && (err9.schemaPath.indexOf("#/properties/output/anyOf/0/properties/driver") === 0)) && (err9.schemaPath["#/properties/output/anyOf/0/properties/driver".length] === "/")){
emErrs0.push(err9);
err9.emUsed = true;
}
}
if(emErrs0.length){
const err10 = {instancePath:instancePath+"/output/driver",schemaPath:"#/properties/output/anyOf/0/properties/driver/errorMessage",keyword:"errorMessage",params:{errors: emErrs0},message:"must be one of: simulated"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
const emErrs1 = [];
for(const err11 of vErrors){
if(!err11.emUsed){
emErrs1.push(err11);
}
}
vErrors = emErrs1;
errors = emErrs1.length;
}
}
}
else {
const err12 = {instancePath:instancePath+"/output",schemaPath:"#/properties/output/anyOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
var _valid0 = _errs4 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const _errs9 = errors;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.driver === undefined){
const err13 = {instancePath:instancePath+"/output",schemaPath:"#/properties/output/anyOf/1/required",keyword:"required",params:{missingProperty: "driver"},message:"must have required property '"+"driver"+"'"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data0.device === undefined){
const err14 = {instancePath:instancePath+"/output",schemaPath:"#/properties/output/anyOf/1/required",keyword:"required",params:{missingProperty: "device"},message:"must have required property '"+"device"+"'"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data0.clips === undefined){
const err15 = {instancePath:instancePath+"/output",schemaPath:"#/properties/output/anyOf/1/required",keyword:"required",params:{missingProperty: "clips"},message:"must have required property '"+"clips"+"'"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
for(const key2 in data0){
if(!((((key2 === "driver") || (key2 === "device")) || (key2 === "clips")) || (key2 === "siteClips"))){
const err16 = {instancePath:instancePath+"/output",schemaPath:"#/properties/output/anyOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data0.driver !== undefined){
let data2 = data0.driver;
if(typeof data2 !== "string"){
const err17 = {instancePath:instancePath+"/output/driver",schemaPath:"#/properties/output/anyOf/1/properties/driver/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if("aplay" !== data2){
const err18 = {instancePath:instancePath+"/output/driver",schemaPath:"#/properties/output/anyOf/1/properties/driver/const",keyword:"const",params:{allowedValue: "aplay"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data0.device !== undefined){
let data3 = data0.device;
if(typeof data3 === "string"){
if(func3(data3) < 1){
const err19 = {instancePath:instancePath+"/output/device",schemaPath:"#/properties/output/anyOf/1/properties/device/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err20 = {instancePath:instancePath+"/output/device",schemaPath:"#/properties/output/anyOf/1/properties/device/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data0.clips !== undefined){
let data4 = data0.clips;
if(typeof data4 === "string"){
if(func3(data4) < 1){
const err21 = {instancePath:instancePath+"/output/clips",schemaPath:"#/properties/output/anyOf/1/properties/clips/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err22 = {instancePath:instancePath+"/output/clips",schemaPath:"#/properties/output/anyOf/1/properties/clips/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data0.siteClips !== undefined){
let data5 = data0.siteClips;
if(typeof data5 === "string"){
if(func3(data5) < 1){
const err23 = {instancePath:instancePath+"/output/siteClips",schemaPath:"#/properties/output/anyOf/1/properties/siteClips/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
else {
const err24 = {instancePath:instancePath+"/output/siteClips",schemaPath:"#/properties/output/anyOf/1/properties/siteClips/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
}
else {
const err25 = {instancePath:instancePath+"/output",schemaPath:"#/properties/output/anyOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
var _valid0 = _errs9 === errors;
valid1 = valid1 || _valid0;
}
if(!valid1){
const err26 = {instancePath:instancePath+"/output",schemaPath:"#/properties/output/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
else {
errors = _errs3;
if(vErrors !== null){
if(_errs3){
vErrors.length = _errs3;
}
else {
vErrors = null;
}
}
}
}
let data6 = data.place;
if(typeof data6 !== "string"){
const err27 = {instancePath:instancePath+"/place",schemaPath:"#/properties/place/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(!(((data6 === "counter") || (data6 === "window")) || (data6 === "room"))){
const err28 = {instancePath:instancePath+"/place",schemaPath:"#/properties/place/enum",keyword:"enum",params:{allowedValues: schema17.properties.place.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(errors > 0){
const emErrs2 = [];
for(const err29 of vErrors){
if(((((err29.keyword !== "errorMessage") && (!err29.emUsed)) && ((err29.instancePath === instancePath+"/place") || ((err29.instancePath.indexOf(instancePath+"/place") === 0) && (err29.instancePath[instancePath+"/place".length] === "/")))) && (err29.schemaPath.indexOf("#/properties/place") === 0)) && (err29.schemaPath["#/properties/place".length] === "/")){
emErrs2.push(err29);
err29.emUsed = true;
}
}
if(emErrs2.length){
const err30 = {instancePath:instancePath+"/place",schemaPath:"#/properties/place/errorMessage",keyword:"errorMessage",params:{errors: emErrs2},message:"must be one of: counter, window, room"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
const emErrs3 = [];
for(const err31 of vErrors){
if(!err31.emUsed){
emErrs3.push(err31);
}
}
vErrors = emErrs3;
errors = emErrs3.length;
}
let data7 = data.numbers;
if(typeof data7 !== "string"){
const err32 = {instancePath:instancePath+"/numbers",schemaPath:"#/properties/numbers/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if(!((data7 === "words") || (data7 === "digits"))){
const err33 = {instancePath:instancePath+"/numbers",schemaPath:"#/properties/numbers/enum",keyword:"enum",params:{allowedValues: schema17.properties.numbers.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if(errors > 0){
const emErrs4 = [];
for(const err34 of vErrors){
if(((((err34.keyword !== "errorMessage") && (!err34.emUsed)) && ((err34.instancePath === instancePath+"/numbers") || ((err34.instancePath.indexOf(instancePath+"/numbers") === 0) && (err34.instancePath[instancePath+"/numbers".length] === "/")))) && (err34.schemaPath.indexOf("#/properties/numbers") === 0)) && (err34.schemaPath["#/properties/numbers".length] === "/")){
emErrs4.push(err34);
err34.emUsed = true;
}
}
if(emErrs4.length){
const err35 = {instancePath:instancePath+"/numbers",schemaPath:"#/properties/numbers/errorMessage",keyword:"errorMessage",params:{errors: emErrs4},message:"must be one of: words, digits"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
const emErrs5 = [];
for(const err36 of vErrors){
if(!err36.emUsed){
emErrs5.push(err36);
}
}
vErrors = emErrs5;
errors = emErrs5.length;
}
if(data.hours !== undefined){
let data8 = data.hours;
if(Array.isArray(data8)){
const len0 = data8.length;
for(let i0=0; i0<len0; i0++){
let data9 = data8[i0];
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
if(data9.days === undefined){
const err37 = {instancePath:instancePath+"/hours/" + i0,schemaPath:"#/properties/hours/items/required",keyword:"required",params:{missingProperty: "days"},message:"must have required property '"+"days"+"'"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
if(data9.from === undefined){
const err38 = {instancePath:instancePath+"/hours/" + i0,schemaPath:"#/properties/hours/items/required",keyword:"required",params:{missingProperty: "from"},message:"must have required property '"+"from"+"'"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
if(data9.to === undefined){
const err39 = {instancePath:instancePath+"/hours/" + i0,schemaPath:"#/properties/hours/items/required",keyword:"required",params:{missingProperty: "to"},message:"must have required property '"+"to"+"'"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
for(const key3 in data9){
if(!(((key3 === "days") || (key3 === "from")) || (key3 === "to"))){
const err40 = {instancePath:instancePath+"/hours/" + i0,schemaPath:"#/properties/hours/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data9.days !== undefined){
let data10 = data9.days;
if(Array.isArray(data10)){
if(data10.length < 1){
const err41 = {instancePath:instancePath+"/hours/" + i0+"/days",schemaPath:"#/properties/hours/items/properties/days/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
const len1 = data10.length;
for(let i1=0; i1<len1; i1++){
let data11 = data10[i1];
if(!((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11)))){
const err42 = {instancePath:instancePath+"/hours/" + i0+"/days/" + i1,schemaPath:"#/properties/hours/items/properties/days/items/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
if(typeof data11 == "number"){
if(data11 > 7 || isNaN(data11)){
const err43 = {instancePath:instancePath+"/hours/" + i0+"/days/" + i1,schemaPath:"#/properties/hours/items/properties/days/items/maximum",keyword:"maximum",params:{comparison: "<=", limit: 7},message:"must be <= 7"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
if(data11 < 1 || isNaN(data11)){
const err44 = {instancePath:instancePath+"/hours/" + i0+"/days/" + i1,schemaPath:"#/properties/hours/items/properties/days/items/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
}
}
else {
const err45 = {instancePath:instancePath+"/hours/" + i0+"/days",schemaPath:"#/properties/hours/items/properties/days/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data9.from !== undefined){
let data12 = data9.from;
if(typeof data12 === "string"){
if(!pattern2.test(data12)){
const err46 = {instancePath:instancePath+"/hours/" + i0+"/from",schemaPath:"#/properties/hours/items/properties/from/pattern",keyword:"pattern",params:{pattern: "^([01][0-9]|2[0-3]):[0-5][0-9]$"},message:"must match pattern \""+"^([01][0-9]|2[0-3]):[0-5][0-9]$"+"\""};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
else {
const err47 = {instancePath:instancePath+"/hours/" + i0+"/from",schemaPath:"#/properties/hours/items/properties/from/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
if(errors > 0){
const emErrs6 = [];
for(const err48 of vErrors){
if(((((err48.keyword !== "errorMessage") && (!err48.emUsed)) && ((err48.instancePath === instancePath+"/hours/" + i0+"/from") || ((err48.instancePath.indexOf(instancePath+"/hours/" + i0+"/from") === 0) && (err48.instancePath[instancePath+"/hours/" + i0+"/from".length] === "/")))) && (err48.schemaPath.indexOf("#/properties/hours/items/properties/from") === 0)) && (err48.schemaPath["#/properties/hours/items/properties/from".length] === "/")){
emErrs6.push(err48);
err48.emUsed = true;
}
}
if(emErrs6.length){
const err49 = {instancePath:instancePath+"/hours/" + i0+"/from",schemaPath:"#/properties/hours/items/properties/from/errorMessage",keyword:"errorMessage",params:{errors: emErrs6},message:"must be a time of day as HH:MM, e.g. 04:00"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
const emErrs7 = [];
for(const err50 of vErrors){
if(!err50.emUsed){
emErrs7.push(err50);
}
}
vErrors = emErrs7;
errors = emErrs7.length;
}
}
if(data9.to !== undefined){
let data13 = data9.to;
if(typeof data13 === "string"){
if(!pattern2.test(data13)){
const err51 = {instancePath:instancePath+"/hours/" + i0+"/to",schemaPath:"#/properties/hours/items/properties/to/pattern",keyword:"pattern",params:{pattern: "^([01][0-9]|2[0-3]):[0-5][0-9]$"},message:"must match pattern \""+"^([01][0-9]|2[0-3]):[0-5][0-9]$"+"\""};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
else {
const err52 = {instancePath:instancePath+"/hours/" + i0+"/to",schemaPath:"#/properties/hours/items/properties/to/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
if(errors > 0){
const emErrs8 = [];
for(const err53 of vErrors){
if(((((err53.keyword !== "errorMessage") && (!err53.emUsed)) && ((err53.instancePath === instancePath+"/hours/" + i0+"/to") || ((err53.instancePath.indexOf(instancePath+"/hours/" + i0+"/to") === 0) && (err53.instancePath[instancePath+"/hours/" + i0+"/to".length] === "/")))) && (err53.schemaPath.indexOf("#/properties/hours/items/properties/to") === 0)) && (err53.schemaPath["#/properties/hours/items/properties/to".length] === "/")){
emErrs8.push(err53);
err53.emUsed = true;
}
}
if(emErrs8.length){
const err54 = {instancePath:instancePath+"/hours/" + i0+"/to",schemaPath:"#/properties/hours/items/properties/to/errorMessage",keyword:"errorMessage",params:{errors: emErrs8},message:"must be a time of day as HH:MM, e.g. 04:00"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
const emErrs9 = [];
for(const err55 of vErrors){
if(!err55.emUsed){
emErrs9.push(err55);
}
}
vErrors = emErrs9;
errors = emErrs9.length;
}
}
}
else {
const err56 = {instancePath:instancePath+"/hours/" + i0,schemaPath:"#/properties/hours/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
}
else {
const err57 = {instancePath:instancePath+"/hours",schemaPath:"#/properties/hours/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
let data14 = data.volume;
if(Array.isArray(data14)){
const len2 = data14.length;
for(let i2=0; i2<len2; i2++){
let data15 = data14[i2];
if(data15 && typeof data15 == "object" && !Array.isArray(data15)){
if(data15.from === undefined){
const err58 = {instancePath:instancePath+"/volume/" + i2,schemaPath:"#/properties/volume/items/required",keyword:"required",params:{missingProperty: "from"},message:"must have required property '"+"from"+"'"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
if(data15.percent === undefined){
const err59 = {instancePath:instancePath+"/volume/" + i2,schemaPath:"#/properties/volume/items/required",keyword:"required",params:{missingProperty: "percent"},message:"must have required property '"+"percent"+"'"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
for(const key4 in data15){
if(!((key4 === "from") || (key4 === "percent"))){
const err60 = {instancePath:instancePath+"/volume/" + i2,schemaPath:"#/properties/volume/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
if(data15.from !== undefined){
let data16 = data15.from;
if(typeof data16 === "string"){
if(!pattern2.test(data16)){
const err61 = {instancePath:instancePath+"/volume/" + i2+"/from",schemaPath:"#/properties/volume/items/properties/from/pattern",keyword:"pattern",params:{pattern: "^([01][0-9]|2[0-3]):[0-5][0-9]$"},message:"must match pattern \""+"^([01][0-9]|2[0-3]):[0-5][0-9]$"+"\""};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
else {
const err62 = {instancePath:instancePath+"/volume/" + i2+"/from",schemaPath:"#/properties/volume/items/properties/from/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
if(errors > 0){
const emErrs10 = [];
for(const err63 of vErrors){
if(((((err63.keyword !== "errorMessage") && (!err63.emUsed)) && ((err63.instancePath === instancePath+"/volume/" + i2+"/from") || ((err63.instancePath.indexOf(instancePath+"/volume/" + i2+"/from") === 0) && (err63.instancePath[instancePath+"/volume/" + i2+"/from".length] === "/")))) && (err63.schemaPath.indexOf("#/properties/volume/items/properties/from") === 0)) && (err63.schemaPath["#/properties/volume/items/properties/from".length] === "/")){
emErrs10.push(err63);
err63.emUsed = true;
}
}
if(emErrs10.length){
const err64 = {instancePath:instancePath+"/volume/" + i2+"/from",schemaPath:"#/properties/volume/items/properties/from/errorMessage",keyword:"errorMessage",params:{errors: emErrs10},message:"must be a time of day as HH:MM, e.g. 04:00"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
const emErrs11 = [];
for(const err65 of vErrors){
if(!err65.emUsed){
emErrs11.push(err65);
}
}
vErrors = emErrs11;
errors = emErrs11.length;
}
}
if(data15.percent !== undefined){
let data17 = data15.percent;
if(!((typeof data17 == "number") && (!(data17 % 1) && !isNaN(data17)))){
const err66 = {instancePath:instancePath+"/volume/" + i2+"/percent",schemaPath:"#/properties/volume/items/properties/percent/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
if(typeof data17 == "number"){
if(data17 > 100 || isNaN(data17)){
const err67 = {instancePath:instancePath+"/volume/" + i2+"/percent",schemaPath:"#/properties/volume/items/properties/percent/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100"};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
if(data17 < 0 || isNaN(data17)){
const err68 = {instancePath:instancePath+"/volume/" + i2+"/percent",schemaPath:"#/properties/volume/items/properties/percent/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
}
}
else {
const err69 = {instancePath:instancePath+"/volume/" + i2,schemaPath:"#/properties/volume/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
else {
const err70 = {instancePath:instancePath+"/volume",schemaPath:"#/properties/volume/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
else {
const err71 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
validate42.errors = vErrors;
return errors === 0;
}

const schema18 = {"additionalProperties":false,"type":"object","required":["input","holdMs","points"],"properties":{"input":{"anyOf":[{"anyOf":[{"additionalProperties":false,"type":"object","required":["driver"],"properties":{"driver":{"type":"string","enum":["simulated"],"errorMessage":"must be one of: simulated"}}},{"additionalProperties":false,"type":"object","required":["driver"],"properties":{"driver":{"type":"string","enum":["sysfs"],"errorMessage":"must be one of: sysfs"},"root":{"default":"/sys/class/gpio","type":"string"},"pollMs":{"minimum":1,"maximum":20,"default":2,"type":"integer"},"activeLow":{"default":true,"description":"Buttons switch the line to ground (with a pull-up)","type":"boolean"},"bias":{"type":"string","enum":["pull-up","pull-down","as-is"],"errorMessage":"must be one of: pull-up, pull-down, as-is","default":"pull-up"},"debounceMs":{"minimum":1,"maximum":500,"default":20,"type":"integer"},"longPressMs":{"minimum":200,"maximum":60000,"default":1500,"type":"integer"}}},{"additionalProperties":false,"type":"object","required":["driver"],"properties":{"driver":{"type":"string","enum":["gpiod"],"errorMessage":"must be one of: gpiod"},"activeLow":{"default":true,"description":"Buttons switch the line to ground (with a pull-up)","type":"boolean"},"bias":{"type":"string","enum":["pull-up","pull-down","as-is"],"errorMessage":"must be one of: pull-up, pull-down, as-is","default":"pull-up"},"debounceMs":{"minimum":1,"maximum":500,"default":20,"type":"integer"},"longPressMs":{"minimum":200,"maximum":60000,"default":1500,"type":"integer"}}}]},{"additionalProperties":false,"type":"object","required":["driver","path"],"properties":{"driver":{"type":"string","enum":["serial-receiver"],"errorMessage":"must be one of: serial-receiver"},"path":{"minLength":1,"type":"string"},"baudRate":{"minimum":1200,"default":9600,"type":"integer"},"debounceMs":{"minimum":1,"maximum":500,"default":20,"type":"integer"}}}]},"holdMs":{"minimum":500,"maximum":10000,"default":3000,"description":"Hold a call button this long to call (or to clear an open call)","type":"integer"},"points":{"minItems":1,"type":"array","items":{"additionalProperties":false,"type":"object","required":["id","kind","location","chain"],"properties":{"id":{"pattern":"^[a-z0-9][a-z0-9-]{0,31}$","errorMessage":"must be 1–32 lower-case letters, digits or dashes, starting with a letter or digit","type":"string"},"kind":{"type":"string","enum":["staff","manager","complaint","emergency"],"errorMessage":"must be one of: staff, manager, complaint, emergency"},"location":{"minLength":1,"maxLength":60,"description":"Where someone must go: Room 315, Table 12, Cardiology","type":"string"},"chain":{"pattern":"^[a-z0-9][a-z0-9-]{0,31}$","errorMessage":"must be 1–32 lower-case letters, digits or dashes, starting with a letter or digit","type":"string"},"pin":{"errorMessage":"must be a header pin number 1–40 or a signal name such as GPIO17","anyOf":[{"minimum":1,"maximum":40,"type":"integer"},{"pattern":"^(pin)?[0-9]{1,2}$|^[A-Z][A-Z0-9_]*$","type":"string"}]},"cancelPin":{"errorMessage":"must be a header pin number 1–40 or a signal name such as GPIO17","anyOf":[{"minimum":1,"maximum":40,"type":"integer"},{"pattern":"^(pin)?[0-9]{1,2}$|^[A-Z][A-Z0-9_]*$","type":"string"}]},"lamp":{"errorMessage":"must be a header pin number 1–40 or a signal name such as GPIO17","anyOf":[{"minimum":1,"maximum":40,"type":"integer"},{"pattern":"^(pin)?[0-9]{1,2}$|^[A-Z][A-Z0-9_]*$","type":"string"}]},"channel":{"minimum":0,"maximum":255,"description":"A wireless button: its channel on the serial receiver","type":"integer"},"cancelChannel":{"minimum":0,"maximum":255,"type":"integer"},"extra":{"description":"Fields recorded with every call from this point and put in its texts, e.g. { ward: cardiology, bed: \"12\" }","type":"object","patternProperties":{"^[a-z][a-zA-Z0-9_-]{0,31}$":{"maxLength":120,"type":"string"}}}}}}}};
const pattern31 = new RegExp("^[a-z][a-zA-Z0-9_-]{0,31}$", "u");

function validate44(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.holdMs === undefined){
data.holdMs = 3000;
}
if(data.input === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "input"},message:"must have required property '"+"input"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.holdMs === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "holdMs"},message:"must have required property '"+"holdMs"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.points === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "points"},message:"must have required property '"+"points"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "input") || (key0 === "holdMs")) || (key0 === "points"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.input !== undefined){
let data0 = data.input;
const _errs3 = errors;
let valid1 = false;
const _errs4 = errors;
const _errs5 = errors;
let valid2 = false;
const _errs6 = errors;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.driver === undefined){
const err4 = {instancePath:instancePath+"/input",schemaPath:"#/properties/input/anyOf/0/anyOf/0/required",keyword:"required",params:{missingProperty: "driver"},message:"must have required property '"+"driver"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key1 in data0){
if(!(key1 === "driver")){
const err5 = {instancePath:instancePath+"/input",schemaPath:"#/properties/input/anyOf/0/anyOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data0.driver !== undefined){
let data1 = data0.driver;
if(typeof data1 !== "string"){
const err6 = {instancePath:instancePath+"/input/driver",schemaPath:"#/properties/input/anyOf/0/anyOf/0/properties/driver/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!(data1 === "simulated")){
const err7 = {instancePath:instancePath+"/input/driver",schemaPath:"#/properties/input/anyOf/0/anyOf/0/properties/driver/enum",keyword:"enum",params:{allowedValues: schema18.properties.input.anyOf[0].anyOf[0].properties.driver.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(errors > 0){
const emErrs0 = [];
for(const err8 of vErrors){
if(((((err8.keyword !== "errorMessage") && (!err8.emUsed)) && ((err8.instancePath === instancePath+"/input/driver") || ((err8.instancePath.indexOf(instancePath+"/input/driver") === 0) && (err8.instancePath[instancePath+"/input/driver".length] === "/")))) && (err8.schemaPath.indexOf("#/properties/input/anyOf/0/anyOf/0/properties/driver") === 0)) && (err8.schemaPath["#/properties/input/anyOf/0/anyOf/0/properties/driver".length] === "/")){
emErrs0.push(err8);
err8.emUsed = true;
}
}
if(emErrs0.length){
const err9 = {instancePath:instancePath+"/input/driver",schemaPath:"#/properties/input/anyOf/0/anyOf/0/properties/driver/errorMessage",keyword:"errorMessage",params:{errors: emErrs0},message:"must be one of: simulated"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
const emErrs1 = [];
for(const err10 of vErrors){
if(!err10.emUsed){
emErrs1.push(err10);
}
}
vErrors = emErrs1;
errors = emErrs1.length;
}
}
}
else {
const err11 = {instancePath:instancePath+"/input",schemaPath:"#/properties/input/anyOf/0/anyOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
var _valid1 = _errs6 === errors;
valid2 = valid2 || _valid1;
if(!valid2){
const _errs11 = errors;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.driver === undefined){
const err12 = {instancePath:instancePath+"/input",schemaPath:"#/properties/input/anyOf/0/anyOf/1/required",keyword:"required",params:{missingProperty: "driver"},message:"must have required property '"+"driver"+"'"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
for(const key2 in data0){
if(!(((((((key2 === "driver") || (key2 === "root")) || (key2 === "pollMs")) || (key2 === "activeLow")) || (key2 === "bias")) || (key2 === "debounceMs")) || (key2 === "longPressMs"))){
const err13 = {instancePath:instancePath+"/input",schemaPath:"#/properties/input/anyOf/0/anyOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data0.driver !== undefined){
let data2 = data0.driver;
if(typeof data2 !== "string"){
const err14 = {instancePath:instancePath+"/input/driver",schemaPath:"#/properties/input/anyOf/0/anyOf/1/properties/driver/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(!(data2 === "sysfs")){
const err15 = {instancePath:instancePath+"/input/driver",schemaPath:"#/properties/input/anyOf/0/anyOf/1/properties/driver/enum",keyword:"enum",params:{allowedValues: schema18.properties.input.anyOf[0].anyOf[1].properties.driver.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(errors > 0){
const emErrs2 = [];
for(const err16 of vErrors){
if(((((err16.keyword !== "errorMessage") && (!err16.emUsed)) && ((err16.instancePath === instancePath+"/input/driver") || ((err16.instancePath.indexOf(instancePath+"/input/driver") === 0) && (err16.instancePath[instancePath+"/input/driver".length] === "/")))) && (err16.schemaPath.indexOf("#/properties/input/anyOf/0/anyOf/1/properties/driver") === 0)) && (err16.schemaPath["#/properties/input/anyOf/0/anyOf/1/properties/driver".length] === "/")){
emErrs2.push(err16);
err16.emUsed = true;
}
}
if(emErrs2.length){
const err17 = {instancePath:instancePath+"/input/driver",schemaPath:"#/properties/input/anyOf/0/anyOf/1/properties/driver/errorMessage",keyword:"errorMessage",params:{errors: emErrs2},message:"must be one of: sysfs"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
const emErrs3 = [];
for(const err18 of vErrors){
if(!err18.emUsed){
emErrs3.push(err18);
}
}
vErrors = emErrs3;
errors = emErrs3.length;
}
}
if(data0.root !== undefined){
if(typeof data0.root !== "string"){
const err19 = {instancePath:instancePath+"/input/root",schemaPath:"#/properties/input/anyOf/0/anyOf/1/properties/root/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data0.pollMs !== undefined){
let data4 = data0.pollMs;
if(!((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4)))){
const err20 = {instancePath:instancePath+"/input/pollMs",schemaPath:"#/properties/input/anyOf/0/anyOf/1/properties/pollMs/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(typeof data4 == "number"){
if(data4 > 20 || isNaN(data4)){
const err21 = {instancePath:instancePath+"/input/pollMs",schemaPath:"#/properties/input/anyOf/0/anyOf/1/properties/pollMs/maximum",keyword:"maximum",params:{comparison: "<=", limit: 20},message:"must be <= 20"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(data4 < 1 || isNaN(data4)){
const err22 = {instancePath:instancePath+"/input/pollMs",schemaPath:"#/properties/input/anyOf/0/anyOf/1/properties/pollMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
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
if(data0.activeLow !== undefined){
if(typeof data0.activeLow !== "boolean"){
const err23 = {instancePath:instancePath+"/input/activeLow",schemaPath:"#/properties/input/anyOf/0/anyOf/1/properties/activeLow/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data0.bias !== undefined){
let data6 = data0.bias;
if(typeof data6 !== "string"){
const err24 = {instancePath:instancePath+"/input/bias",schemaPath:"#/properties/input/anyOf/0/anyOf/1/properties/bias/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(!(((data6 === "pull-up") || (data6 === "pull-down")) || (data6 === "as-is"))){
const err25 = {instancePath:instancePath+"/input/bias",schemaPath:"#/properties/input/anyOf/0/anyOf/1/properties/bias/enum",keyword:"enum",params:{allowedValues: schema18.properties.input.anyOf[0].anyOf[1].properties.bias.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(errors > 0){
const emErrs4 = [];
for(const err26 of vErrors){
if(((((err26.keyword !== "errorMessage") && (!err26.emUsed)) && ((err26.instancePath === instancePath+"/input/bias") || ((err26.instancePath.indexOf(instancePath+"/input/bias") === 0) && (err26.instancePath[instancePath+"/input/bias".length] === "/")))) && (err26.schemaPath.indexOf("#/properties/input/anyOf/0/anyOf/1/properties/bias") === 0)) && (err26.schemaPath["#/properties/input/anyOf/0/anyOf/1/properties/bias".length] === "/")){
emErrs4.push(err26);
err26.emUsed = true;
}
}
if(emErrs4.length){
const err27 = {instancePath:instancePath+"/input/bias",schemaPath:"#/properties/input/anyOf/0/anyOf/1/properties/bias/errorMessage",keyword:"errorMessage",params:{errors: emErrs4},message:"must be one of: pull-up, pull-down, as-is"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
const emErrs5 = [];
for(const err28 of vErrors){
if(!err28.emUsed){
emErrs5.push(err28);
}
}
vErrors = emErrs5;
errors = emErrs5.length;
}
}
if(data0.debounceMs !== undefined){
let data7 = data0.debounceMs;
if(!((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7)))){
const err29 = {instancePath:instancePath+"/input/debounceMs",schemaPath:"#/properties/input/anyOf/0/anyOf/1/properties/debounceMs/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(typeof data7 == "number"){
if(data7 > 500 || isNaN(data7)){
const err30 = {instancePath:instancePath+"/input/debounceMs",schemaPath:"#/properties/input/anyOf/0/anyOf/1/properties/debounceMs/maximum",keyword:"maximum",params:{comparison: "<=", limit: 500},message:"must be <= 500"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if(data7 < 1 || isNaN(data7)){
const err31 = {instancePath:instancePath+"/input/debounceMs",schemaPath:"#/properties/input/anyOf/0/anyOf/1/properties/debounceMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
}
if(data0.longPressMs !== undefined){
let data8 = data0.longPressMs;
if(!((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8)))){
const err32 = {instancePath:instancePath+"/input/longPressMs",schemaPath:"#/properties/input/anyOf/0/anyOf/1/properties/longPressMs/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if(typeof data8 == "number"){
if(data8 > 60000 || isNaN(data8)){
const err33 = {instancePath:instancePath+"/input/longPressMs",schemaPath:"#/properties/input/anyOf/0/anyOf/1/properties/longPressMs/maximum",keyword:"maximum",params:{comparison: "<=", limit: 60000},message:"must be <= 60000"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if(data8 < 200 || isNaN(data8)){
const err34 = {instancePath:instancePath+"/input/longPressMs",schemaPath:"#/properties/input/anyOf/0/anyOf/1/properties/longPressMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 200},message:"must be >= 200"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
}
}
else {
const err35 = {instancePath:instancePath+"/input",schemaPath:"#/properties/input/anyOf/0/anyOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
var _valid1 = _errs11 === errors;
valid2 = valid2 || _valid1;
if(!valid2){
const _errs28 = errors;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.driver === undefined){
const err36 = {instancePath:instancePath+"/input",schemaPath:"#/properties/input/anyOf/0/anyOf/2/required",keyword:"required",params:{missingProperty: "driver"},message:"must have required property '"+"driver"+"'"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
for(const key3 in data0){
if(!(((((key3 === "driver") || (key3 === "activeLow")) || (key3 === "bias")) || (key3 === "debounceMs")) || (key3 === "longPressMs"))){
const err37 = {instancePath:instancePath+"/input",schemaPath:"#/properties/input/anyOf/0/anyOf/2/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data0.driver !== undefined){
let data9 = data0.driver;
if(typeof data9 !== "string"){
const err38 = {instancePath:instancePath+"/input/driver",schemaPath:"#/properties/input/anyOf/0/anyOf/2/properties/driver/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
if(!(data9 === "gpiod")){
const err39 = {instancePath:instancePath+"/input/driver",schemaPath:"#/properties/input/anyOf/0/anyOf/2/properties/driver/enum",keyword:"enum",params:{allowedValues: schema18.properties.input.anyOf[0].anyOf[2].properties.driver.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
if(errors > 0){
const emErrs6 = [];
for(const err40 of vErrors){
if(((((err40.keyword !== "errorMessage") && (!err40.emUsed)) && ((err40.instancePath === instancePath+"/input/driver") || ((err40.instancePath.indexOf(instancePath+"/input/driver") === 0) && (err40.instancePath[instancePath+"/input/driver".length] === "/")))) && (err40.schemaPath.indexOf("#/properties/input/anyOf/0/anyOf/2/properties/driver") === 0)) && (err40.schemaPath["#/properties/input/anyOf/0/anyOf/2/properties/driver".length] === "/")){
emErrs6.push(err40);
err40.emUsed = true;
}
}
if(emErrs6.length){
const err41 = {instancePath:instancePath+"/input/driver",schemaPath:"#/properties/input/anyOf/0/anyOf/2/properties/driver/errorMessage",keyword:"errorMessage",params:{errors: emErrs6},message:"must be one of: gpiod"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
const emErrs7 = [];
for(const err42 of vErrors){
if(!err42.emUsed){
emErrs7.push(err42);
}
}
vErrors = emErrs7;
errors = emErrs7.length;
}
}
if(data0.activeLow !== undefined){
if(typeof data0.activeLow !== "boolean"){
const err43 = {instancePath:instancePath+"/input/activeLow",schemaPath:"#/properties/input/anyOf/0/anyOf/2/properties/activeLow/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data0.bias !== undefined){
let data11 = data0.bias;
if(typeof data11 !== "string"){
const err44 = {instancePath:instancePath+"/input/bias",schemaPath:"#/properties/input/anyOf/0/anyOf/2/properties/bias/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
if(!(((data11 === "pull-up") || (data11 === "pull-down")) || (data11 === "as-is"))){
const err45 = {instancePath:instancePath+"/input/bias",schemaPath:"#/properties/input/anyOf/0/anyOf/2/properties/bias/enum",keyword:"enum",params:{allowedValues: schema18.properties.input.anyOf[0].anyOf[2].properties.bias.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
if(errors > 0){
const emErrs8 = [];
for(const err46 of vErrors){
if(((((err46.keyword !== "errorMessage") && (!err46.emUsed)) && ((err46.instancePath === instancePath+"/input/bias") || ((err46.instancePath.indexOf(instancePath+"/input/bias") === 0) && (err46.instancePath[instancePath+"/input/bias".length] === "/")))) && (err46.schemaPath.indexOf("#/properties/input/anyOf/0/anyOf/2/properties/bias") === 0)) && (err46.schemaPath["#/properties/input/anyOf/0/anyOf/2/properties/bias".length] === "/")){
emErrs8.push(err46);
err46.emUsed = true;
}
}
if(emErrs8.length){
const err47 = {instancePath:instancePath+"/input/bias",schemaPath:"#/properties/input/anyOf/0/anyOf/2/properties/bias/errorMessage",keyword:"errorMessage",params:{errors: emErrs8},message:"must be one of: pull-up, pull-down, as-is"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
const emErrs9 = [];
for(const err48 of vErrors){
if(!err48.emUsed){
emErrs9.push(err48);
}
}
vErrors = emErrs9;
errors = emErrs9.length;
}
}
if(data0.debounceMs !== undefined){
let data12 = data0.debounceMs;
if(!((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12)))){
const err49 = {instancePath:instancePath+"/input/debounceMs",schemaPath:"#/properties/input/anyOf/0/anyOf/2/properties/debounceMs/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
if(typeof data12 == "number"){
if(data12 > 500 || isNaN(data12)){
const err50 = {instancePath:instancePath+"/input/debounceMs",schemaPath:"#/properties/input/anyOf/0/anyOf/2/properties/debounceMs/maximum",keyword:"maximum",params:{comparison: "<=", limit: 500},message:"must be <= 500"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
if(data12 < 1 || isNaN(data12)){
const err51 = {instancePath:instancePath+"/input/debounceMs",schemaPath:"#/properties/input/anyOf/0/anyOf/2/properties/debounceMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
}
if(data0.longPressMs !== undefined){
let data13 = data0.longPressMs;
if(!((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13)))){
const err52 = {instancePath:instancePath+"/input/longPressMs",schemaPath:"#/properties/input/anyOf/0/anyOf/2/properties/longPressMs/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
if(typeof data13 == "number"){
if(data13 > 60000 || isNaN(data13)){
const err53 = {instancePath:instancePath+"/input/longPressMs",schemaPath:"#/properties/input/anyOf/0/anyOf/2/properties/longPressMs/maximum",keyword:"maximum",params:{comparison: "<=", limit: 60000},message:"must be <= 60000"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
if(data13 < 200 || isNaN(data13)){
const err54 = {instancePath:instancePath+"/input/longPressMs",schemaPath:"#/properties/input/anyOf/0/anyOf/2/properties/longPressMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 200},message:"must be >= 200"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
}
}
else {
const err55 = {instancePath:instancePath+"/input",schemaPath:"#/properties/input/anyOf/0/anyOf/2/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
var _valid1 = _errs28 === errors;
valid2 = valid2 || _valid1;
}
}
if(!valid2){
const err56 = {instancePath:instancePath+"/input",schemaPath:"#/properties/input/anyOf/0/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
else {
errors = _errs5;
if(vErrors !== null){
if(_errs5){
vErrors.length = _errs5;
}
else {
vErrors = null;
}
}
}
var _valid0 = _errs4 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const _errs41 = errors;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.driver === undefined){
const err57 = {instancePath:instancePath+"/input",schemaPath:"#/properties/input/anyOf/1/required",keyword:"required",params:{missingProperty: "driver"},message:"must have required property '"+"driver"+"'"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
if(data0.path === undefined){
const err58 = {instancePath:instancePath+"/input",schemaPath:"#/properties/input/anyOf/1/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
for(const key4 in data0){
if(!((((key4 === "driver") || (key4 === "path")) || (key4 === "baudRate")) || (key4 === "debounceMs"))){
const err59 = {instancePath:instancePath+"/input",schemaPath:"#/properties/input/anyOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
if(data0.driver !== undefined){
let data14 = data0.driver;
if(typeof data14 !== "string"){
const err60 = {instancePath:instancePath+"/input/driver",schemaPath:"#/properties/input/anyOf/1/properties/driver/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
if(!(data14 === "serial-receiver")){
const err61 = {instancePath:instancePath+"/input/driver",schemaPath:"#/properties/input/anyOf/1/properties/driver/enum",keyword:"enum",params:{allowedValues: schema18.properties.input.anyOf[1].properties.driver.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
if(errors > 0){
const emErrs10 = [];
for(const err62 of vErrors){
if(((((err62.keyword !== "errorMessage") && (!err62.emUsed)) && ((err62.instancePath === instancePath+"/input/driver") || ((err62.instancePath.indexOf(instancePath+"/input/driver") === 0) && (err62.instancePath[instancePath+"/input/driver".length] === "/")))) && (err62.schemaPath.indexOf("#/properties/input/anyOf/1/properties/driver") === 0)) && (err62.schemaPath["#/properties/input/anyOf/1/properties/driver".length] === "/")){
emErrs10.push(err62);
err62.emUsed = true;
}
}
if(emErrs10.length){
const err63 = {instancePath:instancePath+"/input/driver",schemaPath:"#/properties/input/anyOf/1/properties/driver/errorMessage",keyword:"errorMessage",params:{errors: emErrs10},message:"must be one of: serial-receiver"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
const emErrs11 = [];
for(const err64 of vErrors){
if(!err64.emUsed){
emErrs11.push(err64);
}
}
vErrors = emErrs11;
errors = emErrs11.length;
}
}
if(data0.path !== undefined){
let data15 = data0.path;
if(typeof data15 === "string"){
if(func3(data15) < 1){
const err65 = {instancePath:instancePath+"/input/path",schemaPath:"#/properties/input/anyOf/1/properties/path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
else {
const err66 = {instancePath:instancePath+"/input/path",schemaPath:"#/properties/input/anyOf/1/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
if(data0.baudRate !== undefined){
let data16 = data0.baudRate;
if(!((typeof data16 == "number") && (!(data16 % 1) && !isNaN(data16)))){
const err67 = {instancePath:instancePath+"/input/baudRate",schemaPath:"#/properties/input/anyOf/1/properties/baudRate/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
if(typeof data16 == "number"){
if(data16 < 1200 || isNaN(data16)){
const err68 = {instancePath:instancePath+"/input/baudRate",schemaPath:"#/properties/input/anyOf/1/properties/baudRate/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1200},message:"must be >= 1200"};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
}
if(data0.debounceMs !== undefined){
let data17 = data0.debounceMs;
if(!((typeof data17 == "number") && (!(data17 % 1) && !isNaN(data17)))){
const err69 = {instancePath:instancePath+"/input/debounceMs",schemaPath:"#/properties/input/anyOf/1/properties/debounceMs/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
if(typeof data17 == "number"){
if(data17 > 500 || isNaN(data17)){
const err70 = {instancePath:instancePath+"/input/debounceMs",schemaPath:"#/properties/input/anyOf/1/properties/debounceMs/maximum",keyword:"maximum",params:{comparison: "<=", limit: 500},message:"must be <= 500"};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
if(data17 < 1 || isNaN(data17)){
const err71 = {instancePath:instancePath+"/input/debounceMs",schemaPath:"#/properties/input/anyOf/1/properties/debounceMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
}
}
else {
const err72 = {instancePath:instancePath+"/input",schemaPath:"#/properties/input/anyOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
var _valid0 = _errs41 === errors;
valid1 = valid1 || _valid0;
}
if(!valid1){
const err73 = {instancePath:instancePath+"/input",schemaPath:"#/properties/input/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
else {
errors = _errs3;
if(vErrors !== null){
if(_errs3){
vErrors.length = _errs3;
}
else {
vErrors = null;
}
}
}
}
let data18 = data.holdMs;
if(!((typeof data18 == "number") && (!(data18 % 1) && !isNaN(data18)))){
const err74 = {instancePath:instancePath+"/holdMs",schemaPath:"#/properties/holdMs/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
if(typeof data18 == "number"){
if(data18 > 10000 || isNaN(data18)){
const err75 = {instancePath:instancePath+"/holdMs",schemaPath:"#/properties/holdMs/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10000},message:"must be <= 10000"};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
if(data18 < 500 || isNaN(data18)){
const err76 = {instancePath:instancePath+"/holdMs",schemaPath:"#/properties/holdMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 500},message:"must be >= 500"};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
if(data.points !== undefined){
let data19 = data.points;
if(Array.isArray(data19)){
if(data19.length < 1){
const err77 = {instancePath:instancePath+"/points",schemaPath:"#/properties/points/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
const len0 = data19.length;
for(let i0=0; i0<len0; i0++){
let data20 = data19[i0];
if(data20 && typeof data20 == "object" && !Array.isArray(data20)){
if(data20.id === undefined){
const err78 = {instancePath:instancePath+"/points/" + i0,schemaPath:"#/properties/points/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
if(data20.kind === undefined){
const err79 = {instancePath:instancePath+"/points/" + i0,schemaPath:"#/properties/points/items/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'"};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
if(data20.location === undefined){
const err80 = {instancePath:instancePath+"/points/" + i0,schemaPath:"#/properties/points/items/required",keyword:"required",params:{missingProperty: "location"},message:"must have required property '"+"location"+"'"};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
if(data20.chain === undefined){
const err81 = {instancePath:instancePath+"/points/" + i0,schemaPath:"#/properties/points/items/required",keyword:"required",params:{missingProperty: "chain"},message:"must have required property '"+"chain"+"'"};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
for(const key5 in data20){
if(!(func2.call(schema18.properties.points.items.properties, key5))){
const err82 = {instancePath:instancePath+"/points/" + i0,schemaPath:"#/properties/points/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
if(data20.id !== undefined){
let data21 = data20.id;
if(typeof data21 === "string"){
if(!pattern0.test(data21)){
const err83 = {instancePath:instancePath+"/points/" + i0+"/id",schemaPath:"#/properties/points/items/properties/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]{0,31}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]{0,31}$"+"\""};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
else {
const err84 = {instancePath:instancePath+"/points/" + i0+"/id",schemaPath:"#/properties/points/items/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
if(errors > 0){
const emErrs12 = [];
for(const err85 of vErrors){
if(((((err85.keyword !== "errorMessage") && (!err85.emUsed)) && ((err85.instancePath === instancePath+"/points/" + i0+"/id") || ((err85.instancePath.indexOf(instancePath+"/points/" + i0+"/id") === 0) && (err85.instancePath[instancePath+"/points/" + i0+"/id".length] === "/")))) && (err85.schemaPath.indexOf("#/properties/points/items/properties/id") === 0)) && (err85.schemaPath["#/properties/points/items/properties/id".length] === "/")){
emErrs12.push(err85);
err85.emUsed = true;
}
}
if(emErrs12.length){
const err86 = {instancePath:instancePath+"/points/" + i0+"/id",schemaPath:"#/properties/points/items/properties/id/errorMessage",keyword:"errorMessage",params:{errors: emErrs12},message:"must be 1–32 lower-case letters, digits or dashes, starting with a letter or digit"};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
const emErrs13 = [];
for(const err87 of vErrors){
if(!err87.emUsed){
emErrs13.push(err87);
}
}
vErrors = emErrs13;
errors = emErrs13.length;
}
}
if(data20.kind !== undefined){
let data22 = data20.kind;
if(typeof data22 !== "string"){
const err88 = {instancePath:instancePath+"/points/" + i0+"/kind",schemaPath:"#/properties/points/items/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
if(!((((data22 === "staff") || (data22 === "manager")) || (data22 === "complaint")) || (data22 === "emergency"))){
const err89 = {instancePath:instancePath+"/points/" + i0+"/kind",schemaPath:"#/properties/points/items/properties/kind/enum",keyword:"enum",params:{allowedValues: schema18.properties.points.items.properties.kind.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
if(errors > 0){
const emErrs14 = [];
for(const err90 of vErrors){
if(((((err90.keyword !== "errorMessage") && (!err90.emUsed)) && ((err90.instancePath === instancePath+"/points/" + i0+"/kind") || ((err90.instancePath.indexOf(instancePath+"/points/" + i0+"/kind") === 0) && (err90.instancePath[instancePath+"/points/" + i0+"/kind".length] === "/")))) && (err90.schemaPath.indexOf("#/properties/points/items/properties/kind") === 0)) && (err90.schemaPath["#/properties/points/items/properties/kind".length] === "/")){
emErrs14.push(err90);
err90.emUsed = true;
}
}
if(emErrs14.length){
const err91 = {instancePath:instancePath+"/points/" + i0+"/kind",schemaPath:"#/properties/points/items/properties/kind/errorMessage",keyword:"errorMessage",params:{errors: emErrs14},message:"must be one of: staff, manager, complaint, emergency"};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
const emErrs15 = [];
for(const err92 of vErrors){
if(!err92.emUsed){
emErrs15.push(err92);
}
}
vErrors = emErrs15;
errors = emErrs15.length;
}
}
if(data20.location !== undefined){
let data23 = data20.location;
if(typeof data23 === "string"){
if(func3(data23) > 60){
const err93 = {instancePath:instancePath+"/points/" + i0+"/location",schemaPath:"#/properties/points/items/properties/location/maxLength",keyword:"maxLength",params:{limit: 60},message:"must NOT have more than 60 characters"};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
if(func3(data23) < 1){
const err94 = {instancePath:instancePath+"/points/" + i0+"/location",schemaPath:"#/properties/points/items/properties/location/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
}
else {
const err95 = {instancePath:instancePath+"/points/" + i0+"/location",schemaPath:"#/properties/points/items/properties/location/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
}
if(data20.chain !== undefined){
let data24 = data20.chain;
if(typeof data24 === "string"){
if(!pattern0.test(data24)){
const err96 = {instancePath:instancePath+"/points/" + i0+"/chain",schemaPath:"#/properties/points/items/properties/chain/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]{0,31}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]{0,31}$"+"\""};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
}
else {
const err97 = {instancePath:instancePath+"/points/" + i0+"/chain",schemaPath:"#/properties/points/items/properties/chain/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
if(errors > 0){
const emErrs16 = [];
for(const err98 of vErrors){
if(((((err98.keyword !== "errorMessage") && (!err98.emUsed)) && ((err98.instancePath === instancePath+"/points/" + i0+"/chain") || ((err98.instancePath.indexOf(instancePath+"/points/" + i0+"/chain") === 0) && (err98.instancePath[instancePath+"/points/" + i0+"/chain".length] === "/")))) && (err98.schemaPath.indexOf("#/properties/points/items/properties/chain") === 0)) && (err98.schemaPath["#/properties/points/items/properties/chain".length] === "/")){
emErrs16.push(err98);
err98.emUsed = true;
}
}
if(emErrs16.length){
const err99 = {instancePath:instancePath+"/points/" + i0+"/chain",schemaPath:"#/properties/points/items/properties/chain/errorMessage",keyword:"errorMessage",params:{errors: emErrs16},message:"must be 1–32 lower-case letters, digits or dashes, starting with a letter or digit"};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
const emErrs17 = [];
for(const err100 of vErrors){
if(!err100.emUsed){
emErrs17.push(err100);
}
}
vErrors = emErrs17;
errors = emErrs17.length;
}
}
if(data20.pin !== undefined){
let data25 = data20.pin;
const _errs68 = errors;
let valid10 = false;
const _errs69 = errors;
if(!((typeof data25 == "number") && (!(data25 % 1) && !isNaN(data25)))){
const err101 = {instancePath:instancePath+"/points/" + i0+"/pin",schemaPath:"#/properties/points/items/properties/pin/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
if(typeof data25 == "number"){
if(data25 > 40 || isNaN(data25)){
const err102 = {instancePath:instancePath+"/points/" + i0+"/pin",schemaPath:"#/properties/points/items/properties/pin/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 40},message:"must be <= 40"};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
if(data25 < 1 || isNaN(data25)){
const err103 = {instancePath:instancePath+"/points/" + i0+"/pin",schemaPath:"#/properties/points/items/properties/pin/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
}
var _valid2 = _errs69 === errors;
valid10 = valid10 || _valid2;
if(!valid10){
const _errs71 = errors;
if(typeof data25 === "string"){
if(!pattern17.test(data25)){
const err104 = {instancePath:instancePath+"/points/" + i0+"/pin",schemaPath:"#/properties/points/items/properties/pin/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^(pin)?[0-9]{1,2}$|^[A-Z][A-Z0-9_]*$"},message:"must match pattern \""+"^(pin)?[0-9]{1,2}$|^[A-Z][A-Z0-9_]*$"+"\""};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
}
else {
const err105 = {instancePath:instancePath+"/points/" + i0+"/pin",schemaPath:"#/properties/points/items/properties/pin/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
var _valid2 = _errs71 === errors;
valid10 = valid10 || _valid2;
}
if(!valid10){
const err106 = {instancePath:instancePath+"/points/" + i0+"/pin",schemaPath:"#/properties/points/items/properties/pin/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
else {
errors = _errs68;
if(vErrors !== null){
if(_errs68){
vErrors.length = _errs68;
}
else {
vErrors = null;
}
}
}
if(errors > 0){
const emErrs18 = [];
for(const err107 of vErrors){
if(((((err107.keyword !== "errorMessage") && (!err107.emUsed)) && ((err107.instancePath === instancePath+"/points/" + i0+"/pin") || ((err107.instancePath.indexOf(instancePath+"/points/" + i0+"/pin") === 0) && (err107.instancePath[instancePath+"/points/" + i0+"/pin".length] === "/")))) && (err107.schemaPath.indexOf("#/properties/points/items/properties/pin") === 0)) && (err107.schemaPath["#/properties/points/items/properties/pin".length] === "/")){
emErrs18.push(err107);
err107.emUsed = true;
}
}
if(emErrs18.length){
const err108 = {instancePath:instancePath+"/points/" + i0+"/pin",schemaPath:"#/properties/points/items/properties/pin/errorMessage",keyword:"errorMessage",params:{errors: emErrs18},message:"must be a header pin number 1–40 or a signal name such as GPIO17"};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
const emErrs19 = [];
for(const err109 of vErrors){
if(!err109.emUsed){
emErrs19.push(err109);
}
}
vErrors = emErrs19;
errors = emErrs19.length;
}
}
if(data20.cancelPin !== undefined){
let data26 = data20.cancelPin;
const _errs74 = errors;
let valid11 = false;
const _errs75 = errors;
if(!((typeof data26 == "number") && (!(data26 % 1) && !isNaN(data26)))){
const err110 = {instancePath:instancePath+"/points/" + i0+"/cancelPin",schemaPath:"#/properties/points/items/properties/cancelPin/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
if(typeof data26 == "number"){
if(data26 > 40 || isNaN(data26)){
const err111 = {instancePath:instancePath+"/points/" + i0+"/cancelPin",schemaPath:"#/properties/points/items/properties/cancelPin/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 40},message:"must be <= 40"};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
if(data26 < 1 || isNaN(data26)){
const err112 = {instancePath:instancePath+"/points/" + i0+"/cancelPin",schemaPath:"#/properties/points/items/properties/cancelPin/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
}
var _valid3 = _errs75 === errors;
valid11 = valid11 || _valid3;
if(!valid11){
const _errs77 = errors;
if(typeof data26 === "string"){
if(!pattern17.test(data26)){
const err113 = {instancePath:instancePath+"/points/" + i0+"/cancelPin",schemaPath:"#/properties/points/items/properties/cancelPin/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^(pin)?[0-9]{1,2}$|^[A-Z][A-Z0-9_]*$"},message:"must match pattern \""+"^(pin)?[0-9]{1,2}$|^[A-Z][A-Z0-9_]*$"+"\""};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
}
else {
const err114 = {instancePath:instancePath+"/points/" + i0+"/cancelPin",schemaPath:"#/properties/points/items/properties/cancelPin/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
var _valid3 = _errs77 === errors;
valid11 = valid11 || _valid3;
}
if(!valid11){
const err115 = {instancePath:instancePath+"/points/" + i0+"/cancelPin",schemaPath:"#/properties/points/items/properties/cancelPin/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err115];
}
else {
vErrors.push(err115);
}
errors++;
}
else {
errors = _errs74;
if(vErrors !== null){
if(_errs74){
vErrors.length = _errs74;
}
else {
vErrors = null;
}
}
}
if(errors > 0){
const emErrs20 = [];
for(const err116 of vErrors){
if(((((err116.keyword !== "errorMessage") && (!err116.emUsed)) && ((err116.instancePath === instancePath+"/points/" + i0+"/cancelPin") || ((err116.instancePath.indexOf(instancePath+"/points/" + i0+"/cancelPin") === 0) && (err116.instancePath[instancePath+"/points/" + i0+"/cancelPin".length] === "/")))) && (err116.schemaPath.indexOf("#/properties/points/items/properties/cancelPin") === 0)) && (err116.schemaPath["#/properties/points/items/properties/cancelPin".length] === "/")){
emErrs20.push(err116);
err116.emUsed = true;
}
}
if(emErrs20.length){
const err117 = {instancePath:instancePath+"/points/" + i0+"/cancelPin",schemaPath:"#/properties/points/items/properties/cancelPin/errorMessage",keyword:"errorMessage",params:{errors: emErrs20},message:"must be a header pin number 1–40 or a signal name such as GPIO17"};
if(vErrors === null){
vErrors = [err117];
}
else {
vErrors.push(err117);
}
errors++;
}
const emErrs21 = [];
for(const err118 of vErrors){
if(!err118.emUsed){
emErrs21.push(err118);
}
}
vErrors = emErrs21;
errors = emErrs21.length;
}
}
if(data20.lamp !== undefined){
let data27 = data20.lamp;
const _errs80 = errors;
let valid12 = false;
const _errs81 = errors;
if(!((typeof data27 == "number") && (!(data27 % 1) && !isNaN(data27)))){
const err119 = {instancePath:instancePath+"/points/" + i0+"/lamp",schemaPath:"#/properties/points/items/properties/lamp/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err119];
}
else {
vErrors.push(err119);
}
errors++;
}
if(typeof data27 == "number"){
if(data27 > 40 || isNaN(data27)){
const err120 = {instancePath:instancePath+"/points/" + i0+"/lamp",schemaPath:"#/properties/points/items/properties/lamp/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 40},message:"must be <= 40"};
if(vErrors === null){
vErrors = [err120];
}
else {
vErrors.push(err120);
}
errors++;
}
if(data27 < 1 || isNaN(data27)){
const err121 = {instancePath:instancePath+"/points/" + i0+"/lamp",schemaPath:"#/properties/points/items/properties/lamp/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err121];
}
else {
vErrors.push(err121);
}
errors++;
}
}
var _valid4 = _errs81 === errors;
valid12 = valid12 || _valid4;
if(!valid12){
const _errs83 = errors;
if(typeof data27 === "string"){
if(!pattern17.test(data27)){
const err122 = {instancePath:instancePath+"/points/" + i0+"/lamp",schemaPath:"#/properties/points/items/properties/lamp/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^(pin)?[0-9]{1,2}$|^[A-Z][A-Z0-9_]*$"},message:"must match pattern \""+"^(pin)?[0-9]{1,2}$|^[A-Z][A-Z0-9_]*$"+"\""};
if(vErrors === null){
vErrors = [err122];
}
else {
vErrors.push(err122);
}
errors++;
}
}
else {
const err123 = {instancePath:instancePath+"/points/" + i0+"/lamp",schemaPath:"#/properties/points/items/properties/lamp/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err123];
}
else {
vErrors.push(err123);
}
errors++;
}
var _valid4 = _errs83 === errors;
valid12 = valid12 || _valid4;
}
if(!valid12){
const err124 = {instancePath:instancePath+"/points/" + i0+"/lamp",schemaPath:"#/properties/points/items/properties/lamp/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err124];
}
else {
vErrors.push(err124);
}
errors++;
}
else {
errors = _errs80;
if(vErrors !== null){
if(_errs80){
vErrors.length = _errs80;
}
else {
vErrors = null;
}
}
}
if(errors > 0){
const emErrs22 = [];
for(const err125 of vErrors){
if(((((err125.keyword !== "errorMessage") && (!err125.emUsed)) && ((err125.instancePath === instancePath+"/points/" + i0+"/lamp") || ((err125.instancePath.indexOf(instancePath+"/points/" + i0+"/lamp") === 0) && (err125.instancePath[instancePath+"/points/" + i0+"/lamp".length] === "/")))) && (err125.schemaPath.indexOf("#/properties/points/items/properties/lamp") === 0)) && (err125.schemaPath["#/properties/points/items/properties/lamp".length] === "/")){
emErrs22.push(err125);
err125.emUsed = true;
}
}
if(emErrs22.length){
const err126 = {instancePath:instancePath+"/points/" + i0+"/lamp",schemaPath:"#/properties/points/items/properties/lamp/errorMessage",keyword:"errorMessage",params:{errors: emErrs22},message:"must be a header pin number 1–40 or a signal name such as GPIO17"};
if(vErrors === null){
vErrors = [err126];
}
else {
vErrors.push(err126);
}
errors++;
}
const emErrs23 = [];
for(const err127 of vErrors){
if(!err127.emUsed){
emErrs23.push(err127);
}
}
vErrors = emErrs23;
errors = emErrs23.length;
}
}
if(data20.channel !== undefined){
let data28 = data20.channel;
if(!((typeof data28 == "number") && (!(data28 % 1) && !isNaN(data28)))){
const err128 = {instancePath:instancePath+"/points/" + i0+"/channel",schemaPath:"#/properties/points/items/properties/channel/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err128];
}
else {
vErrors.push(err128);
}
errors++;
}
if(typeof data28 == "number"){
if(data28 > 255 || isNaN(data28)){
const err129 = {instancePath:instancePath+"/points/" + i0+"/channel",schemaPath:"#/properties/points/items/properties/channel/maximum",keyword:"maximum",params:{comparison: "<=", limit: 255},message:"must be <= 255"};
if(vErrors === null){
vErrors = [err129];
}
else {
vErrors.push(err129);
}
errors++;
}
if(data28 < 0 || isNaN(data28)){
const err130 = {instancePath:instancePath+"/points/" + i0+"/channel",schemaPath:"#/properties/points/items/properties/channel/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err130];
}
else {
vErrors.push(err130);
}
errors++;
}
}
}
if(data20.cancelChannel !== undefined){
let data29 = data20.cancelChannel;
if(!((typeof data29 == "number") && (!(data29 % 1) && !isNaN(data29)))){
const err131 = {instancePath:instancePath+"/points/" + i0+"/cancelChannel",schemaPath:"#/properties/points/items/properties/cancelChannel/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err131];
}
else {
vErrors.push(err131);
}
errors++;
}
if(typeof data29 == "number"){
if(data29 > 255 || isNaN(data29)){
const err132 = {instancePath:instancePath+"/points/" + i0+"/cancelChannel",schemaPath:"#/properties/points/items/properties/cancelChannel/maximum",keyword:"maximum",params:{comparison: "<=", limit: 255},message:"must be <= 255"};
if(vErrors === null){
vErrors = [err132];
}
else {
vErrors.push(err132);
}
errors++;
}
if(data29 < 0 || isNaN(data29)){
const err133 = {instancePath:instancePath+"/points/" + i0+"/cancelChannel",schemaPath:"#/properties/points/items/properties/cancelChannel/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err133];
}
else {
vErrors.push(err133);
}
errors++;
}
}
}
if(data20.extra !== undefined){
let data30 = data20.extra;
if(data30 && typeof data30 == "object" && !Array.isArray(data30)){
for(const key6 in data30){
if(pattern31.test(key6)){
let data31 = data30[key6];
if(typeof data31 === "string"){
if(func3(data31) > 120){
const err134 = {instancePath:instancePath+"/points/" + i0+"/extra/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/points/items/properties/extra/patternProperties/%5E%5Ba-z%5D%5Ba-zA-Z0-9_-%5D%7B0%2C31%7D%24/maxLength",keyword:"maxLength",params:{limit: 120},message:"must NOT have more than 120 characters"};
if(vErrors === null){
vErrors = [err134];
}
else {
vErrors.push(err134);
}
errors++;
}
}
else {
const err135 = {instancePath:instancePath+"/points/" + i0+"/extra/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/points/items/properties/extra/patternProperties/%5E%5Ba-z%5D%5Ba-zA-Z0-9_-%5D%7B0%2C31%7D%24/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err135];
}
else {
vErrors.push(err135);
}
errors++;
}
}
}
}
else {
const err136 = {instancePath:instancePath+"/points/" + i0+"/extra",schemaPath:"#/properties/points/items/properties/extra/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err136];
}
else {
vErrors.push(err136);
}
errors++;
}
}
}
else {
const err137 = {instancePath:instancePath+"/points/" + i0,schemaPath:"#/properties/points/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err137];
}
else {
vErrors.push(err137);
}
errors++;
}
}
}
else {
const err138 = {instancePath:instancePath+"/points",schemaPath:"#/properties/points/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
const err139 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err139];
}
else {
vErrors.push(err139);
}
errors++;
}
validate44.errors = vErrors;
return errors === 0;
}


function validate33(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
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
if(data.roles === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "roles"},message:"must have required property '"+"roles"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(func2.call(schema12.properties, key0))){
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
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 === "string"){
if(!pattern0.test(data0)){
const err3 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]{0,31}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]{0,31}$"+"\""};
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
const err4 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(errors > 0){
const emErrs0 = [];
for(const err5 of vErrors){
if(((((err5.keyword !== "errorMessage") && (!err5.emUsed)) && ((err5.instancePath === instancePath+"/id") || ((err5.instancePath.indexOf(instancePath+"/id") === 0) && (err5.instancePath[instancePath+"/id".length] === "/")))) && (err5.schemaPath.indexOf("#/properties/id") === 0)) && (err5.schemaPath["#/properties/id".length] === "/")){
emErrs0.push(err5);
err5.emUsed = true;
}
}
if(emErrs0.length){
const err6 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/errorMessage",keyword:"errorMessage",params:{errors: emErrs0},message:"must be 1–32 lower-case letters, digits or dashes, starting with a letter or digit"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
const emErrs1 = [];
for(const err7 of vErrors){
if(!err7.emUsed){
emErrs1.push(err7);
}
}
vErrors = emErrs1;
errors = emErrs1.length;
}
}
if(data.password !== undefined){
let data1 = data.password;
if(typeof data1 === "string"){
if(func3(data1) < 12){
const err8 = {instancePath:instancePath+"/password",schemaPath:"#/properties/password/minLength",keyword:"minLength",params:{limit: 12},message:"must NOT have fewer than 12 characters"};
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
const err9 = {instancePath:instancePath+"/password",schemaPath:"#/properties/password/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(errors > 0){
const emErrs2 = [];
for(const err10 of vErrors){
if(((((err10.keyword !== "errorMessage") && (!err10.emUsed)) && ((err10.instancePath === instancePath+"/password") || ((err10.instancePath.indexOf(instancePath+"/password") === 0) && (err10.instancePath[instancePath+"/password".length] === "/")))) && (err10.schemaPath.indexOf("#/properties/password") === 0)) && (err10.schemaPath["#/properties/password".length] === "/")){
emErrs2.push(err10);
err10.emUsed = true;
}
}
if(emErrs2.length){
const err11 = {instancePath:instancePath+"/password",schemaPath:"#/properties/password/errorMessage",keyword:"errorMessage",params:{errors: emErrs2},message:"must be at least 12 characters"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
const emErrs3 = [];
for(const err12 of vErrors){
if(!err12.emUsed){
emErrs3.push(err12);
}
}
vErrors = emErrs3;
errors = emErrs3.length;
}
}
if(data.roles !== undefined){
let data2 = data.roles;
if(Array.isArray(data2)){
if(data2.length < 1){
const err13 = {instancePath:instancePath+"/roles",schemaPath:"#/properties/roles/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
if(typeof data3 !== "string"){
const err14 = {instancePath:instancePath+"/roles/" + i0,schemaPath:"#/properties/roles/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(!((((((data3 === "hub") || (data3 === "dispenser")) || (data3 === "counter")) || (data3 === "display")) || (data3 === "announcer")) || (data3 === "callpoint"))){
const err15 = {instancePath:instancePath+"/roles/" + i0,schemaPath:"#/properties/roles/items/enum",keyword:"enum",params:{allowedValues: schema12.properties.roles.items.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(errors > 0){
const emErrs4 = [];
for(const err16 of vErrors){
if(((((err16.keyword !== "errorMessage") && (!err16.emUsed)) && ((err16.instancePath === instancePath+"/roles/" + i0) || ((err16.instancePath.indexOf(instancePath+"/roles/" + i0) === 0) && (err16.instancePath[instancePath+"/roles/" + i0.length] === "/")))) && (err16.schemaPath.indexOf("#/properties/roles/items") === 0)) && (err16.schemaPath["#/properties/roles/items".length] === "/")){
emErrs4.push(err16);
err16.emUsed = true;
}
}
if(emErrs4.length){
const err17 = {instancePath:instancePath+"/roles/" + i0,schemaPath:"#/properties/roles/items/errorMessage",keyword:"errorMessage",params:{errors: emErrs4},message:"must be one of: hub, dispenser, counter, display, announcer, callpoint"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
const emErrs5 = [];
for(const err18 of vErrors){
if(!err18.emUsed){
emErrs5.push(err18);
}
}
vErrors = emErrs5;
errors = emErrs5.length;
}
}
let i1 = data2.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data2[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err19 = {instancePath:instancePath+"/roles",schemaPath:"#/properties/roles/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
break;
}
indices0[item0] = i1;
}
}
}
else {
const err20 = {instancePath:instancePath+"/roles",schemaPath:"#/properties/roles/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.model !== undefined){
let data4 = data.model;
if(typeof data4 !== "string"){
const err21 = {instancePath:instancePath+"/model",schemaPath:"#/properties/model/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(!(((((data4 === "pi-3b") || (data4 === "pi-4b")) || (data4 === "pi-5")) || (data4 === "pi-zero-2w")) || (data4 === "cm4"))){
const err22 = {instancePath:instancePath+"/model",schemaPath:"#/properties/model/enum",keyword:"enum",params:{allowedValues: schema12.properties.model.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(errors > 0){
const emErrs6 = [];
for(const err23 of vErrors){
if(((((err23.keyword !== "errorMessage") && (!err23.emUsed)) && ((err23.instancePath === instancePath+"/model") || ((err23.instancePath.indexOf(instancePath+"/model") === 0) && (err23.instancePath[instancePath+"/model".length] === "/")))) && (err23.schemaPath.indexOf("#/properties/model") === 0)) && (err23.schemaPath["#/properties/model".length] === "/")){
emErrs6.push(err23);
err23.emUsed = true;
}
}
if(emErrs6.length){
const err24 = {instancePath:instancePath+"/model",schemaPath:"#/properties/model/errorMessage",keyword:"errorMessage",params:{errors: emErrs6},message:"must be one of: pi-3b, pi-4b, pi-5, pi-zero-2w, cm4"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
const emErrs7 = [];
for(const err25 of vErrors){
if(!err25.emUsed){
emErrs7.push(err25);
}
}
vErrors = emErrs7;
errors = emErrs7.length;
}
}
if(data.dispenser !== undefined){
if(!(validate34(data.dispenser, {instancePath:instancePath+"/dispenser",parentData:data,parentDataProperty:"dispenser",rootData}))){
vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
errors = vErrors.length;
}
}
if(data.counters !== undefined){
let data6 = data.counters;
if(Array.isArray(data6)){
const len1 = data6.length;
for(let i2=0; i2<len1; i2++){
let data7 = data6[i2];
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(data7.counter === undefined){
const err26 = {instancePath:instancePath+"/counters/" + i2,schemaPath:"#/properties/counters/items/required",keyword:"required",params:{missingProperty: "counter"},message:"must have required property '"+"counter"+"'"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(data7.input === undefined){
const err27 = {instancePath:instancePath+"/counters/" + i2,schemaPath:"#/properties/counters/items/required",keyword:"required",params:{missingProperty: "input"},message:"must have required property '"+"input"+"'"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
for(const key1 in data7){
if(!((key1 === "counter") || (key1 === "input"))){
const err28 = {instancePath:instancePath+"/counters/" + i2,schemaPath:"#/properties/counters/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data7.counter !== undefined){
let data8 = data7.counter;
if(typeof data8 === "string"){
if(!pattern0.test(data8)){
const err29 = {instancePath:instancePath+"/counters/" + i2+"/counter",schemaPath:"#/properties/counters/items/properties/counter/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]{0,31}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]{0,31}$"+"\""};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
else {
const err30 = {instancePath:instancePath+"/counters/" + i2+"/counter",schemaPath:"#/properties/counters/items/properties/counter/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if(errors > 0){
const emErrs8 = [];
for(const err31 of vErrors){
if(((((err31.keyword !== "errorMessage") && (!err31.emUsed)) && ((err31.instancePath === instancePath+"/counters/" + i2+"/counter") || ((err31.instancePath.indexOf(instancePath+"/counters/" + i2+"/counter") === 0) && (err31.instancePath[instancePath+"/counters/" + i2+"/counter".length] === "/")))) && (err31.schemaPath.indexOf("#/properties/counters/items/properties/counter") === 0)) && (err31.schemaPath["#/properties/counters/items/properties/counter".length] === "/")){
emErrs8.push(err31);
err31.emUsed = true;
}
}
if(emErrs8.length){
const err32 = {instancePath:instancePath+"/counters/" + i2+"/counter",schemaPath:"#/properties/counters/items/properties/counter/errorMessage",keyword:"errorMessage",params:{errors: emErrs8},message:"must be 1–32 lower-case letters, digits or dashes, starting with a letter or digit"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
const emErrs9 = [];
for(const err33 of vErrors){
if(!err33.emUsed){
emErrs9.push(err33);
}
}
vErrors = emErrs9;
errors = emErrs9.length;
}
}
if(data7.input !== undefined){
let data9 = data7.input;
const _errs21 = errors;
let valid7 = false;
const _errs22 = errors;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
if(data9.driver === undefined){
const err34 = {instancePath:instancePath+"/counters/" + i2+"/input",schemaPath:"#/properties/counters/items/properties/input/anyOf/0/required",keyword:"required",params:{missingProperty: "driver"},message:"must have required property '"+"driver"+"'"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
for(const key2 in data9){
if(!(key2 === "driver")){
const err35 = {instancePath:instancePath+"/counters/" + i2+"/input",schemaPath:"#/properties/counters/items/properties/input/anyOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data9.driver !== undefined){
let data10 = data9.driver;
if(typeof data10 !== "string"){
const err36 = {instancePath:instancePath+"/counters/" + i2+"/input/driver",schemaPath:"#/properties/counters/items/properties/input/anyOf/0/properties/driver/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if(!(data10 === "simulated")){
const err37 = {instancePath:instancePath+"/counters/" + i2+"/input/driver",schemaPath:"#/properties/counters/items/properties/input/anyOf/0/properties/driver/enum",keyword:"enum",params:{allowedValues: schema12.properties.counters.items.properties.input.anyOf[0].properties.driver.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
if(errors > 0){
const emErrs10 = [];
for(const err38 of vErrors){
if(((((err38.keyword !== "errorMessage") && (!err38.emUsed)) && ((err38.instancePath === instancePath+"/counters/" + i2+"/input/driver") || ((err38.instancePath.indexOf(instancePath+"/counters/" + i2+"/input/driver") === 0) && (err38.instancePath[instancePath+"/counters/" + i2+"/input/driver".length] === "/")))) && (err38.schemaPath.indexOf("#/properties/counters/items/properties/input/anyOf/0/properties/driver") === 0)) && (err38.schemaPath["#/properties/counters/items/properties/input/anyOf/0/properties/driver".length] === "/")){
emErrs10.push(err38);
err38.emUsed = true;
}
}
if(emErrs10.length){
const err39 = {instancePath:instancePath+"/counters/" + i2+"/input/driver",schemaPath:"#/properties/counters/items/properties/input/anyOf/0/properties/driver/errorMessage",keyword:"errorMessage",params:{errors: emErrs10},message:"must be one of: simulated"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
const emErrs11 = [];
for(const err40 of vErrors){
if(!err40.emUsed){
emErrs11.push(err40);
}
}
vErrors = emErrs11;
errors = emErrs11.length;
}
}
}
else {
const err41 = {instancePath:instancePath+"/counters/" + i2+"/input",schemaPath:"#/properties/counters/items/properties/input/anyOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
var _valid0 = _errs22 === errors;
valid7 = valid7 || _valid0;
if(!valid7){
const _errs27 = errors;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
if(data9.driver === undefined){
const err42 = {instancePath:instancePath+"/counters/" + i2+"/input",schemaPath:"#/properties/counters/items/properties/input/anyOf/1/required",keyword:"required",params:{missingProperty: "driver"},message:"must have required property '"+"driver"+"'"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
if(data9.path === undefined){
const err43 = {instancePath:instancePath+"/counters/" + i2+"/input",schemaPath:"#/properties/counters/items/properties/input/anyOf/1/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
if(data9.protocol === undefined){
const err44 = {instancePath:instancePath+"/counters/" + i2+"/input",schemaPath:"#/properties/counters/items/properties/input/anyOf/1/required",keyword:"required",params:{missingProperty: "protocol"},message:"must have required property '"+"protocol"+"'"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
if(data9.address === undefined){
const err45 = {instancePath:instancePath+"/counters/" + i2+"/input",schemaPath:"#/properties/counters/items/properties/input/anyOf/1/required",keyword:"required",params:{missingProperty: "address"},message:"must have required property '"+"address"+"'"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
for(const key3 in data9){
if(!((((((key3 === "driver") || (key3 === "path")) || (key3 === "baudRate")) || (key3 === "protocol")) || (key3 === "address")) || (key3 === "redirectTo"))){
const err46 = {instancePath:instancePath+"/counters/" + i2+"/input",schemaPath:"#/properties/counters/items/properties/input/anyOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data9.driver !== undefined){
let data11 = data9.driver;
if(typeof data11 !== "string"){
const err47 = {instancePath:instancePath+"/counters/" + i2+"/input/driver",schemaPath:"#/properties/counters/items/properties/input/anyOf/1/properties/driver/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
if(!(data11 === "rs485-keypad")){
const err48 = {instancePath:instancePath+"/counters/" + i2+"/input/driver",schemaPath:"#/properties/counters/items/properties/input/anyOf/1/properties/driver/enum",keyword:"enum",params:{allowedValues: schema12.properties.counters.items.properties.input.anyOf[1].properties.driver.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
if(errors > 0){
const emErrs12 = [];
for(const err49 of vErrors){
if(((((err49.keyword !== "errorMessage") && (!err49.emUsed)) && ((err49.instancePath === instancePath+"/counters/" + i2+"/input/driver") || ((err49.instancePath.indexOf(instancePath+"/counters/" + i2+"/input/driver") === 0) && (err49.instancePath[instancePath+"/counters/" + i2+"/input/driver".length] === "/")))) && (err49.schemaPath.indexOf("#/properties/counters/items/properties/input/anyOf/1/properties/driver") === 0)) && (err49.schemaPath["#/properties/counters/items/properties/input/anyOf/1/properties/driver".length] === "/")){
emErrs12.push(err49);
err49.emUsed = true;
}
}
if(emErrs12.length){
const err50 = {instancePath:instancePath+"/counters/" + i2+"/input/driver",schemaPath:"#/properties/counters/items/properties/input/anyOf/1/properties/driver/errorMessage",keyword:"errorMessage",params:{errors: emErrs12},message:"must be one of: rs485-keypad"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
const emErrs13 = [];
for(const err51 of vErrors){
if(!err51.emUsed){
emErrs13.push(err51);
}
}
vErrors = emErrs13;
errors = emErrs13.length;
}
}
if(data9.path !== undefined){
let data12 = data9.path;
if(typeof data12 === "string"){
if(func3(data12) < 1){
const err52 = {instancePath:instancePath+"/counters/" + i2+"/input/path",schemaPath:"#/properties/counters/items/properties/input/anyOf/1/properties/path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
else {
const err53 = {instancePath:instancePath+"/counters/" + i2+"/input/path",schemaPath:"#/properties/counters/items/properties/input/anyOf/1/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
if(data9.baudRate !== undefined){
let data13 = data9.baudRate;
if(!((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13)))){
const err54 = {instancePath:instancePath+"/counters/" + i2+"/input/baudRate",schemaPath:"#/properties/counters/items/properties/input/anyOf/1/properties/baudRate/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
if(typeof data13 == "number"){
if(data13 > 115200 || isNaN(data13)){
const err55 = {instancePath:instancePath+"/counters/" + i2+"/input/baudRate",schemaPath:"#/properties/counters/items/properties/input/anyOf/1/properties/baudRate/maximum",keyword:"maximum",params:{comparison: "<=", limit: 115200},message:"must be <= 115200"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
if(data13 < 1200 || isNaN(data13)){
const err56 = {instancePath:instancePath+"/counters/" + i2+"/input/baudRate",schemaPath:"#/properties/counters/items/properties/input/anyOf/1/properties/baudRate/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1200},message:"must be >= 1200"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
}
if(data9.protocol !== undefined){
let data14 = data9.protocol;
if(typeof data14 !== "string"){
const err57 = {instancePath:instancePath+"/counters/" + i2+"/input/protocol",schemaPath:"#/properties/counters/items/properties/input/anyOf/1/properties/protocol/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
if(!((data14 === "qsystem") || (data14 === "ascii"))){
const err58 = {instancePath:instancePath+"/counters/" + i2+"/input/protocol",schemaPath:"#/properties/counters/items/properties/input/anyOf/1/properties/protocol/enum",keyword:"enum",params:{allowedValues: schema12.properties.counters.items.properties.input.anyOf[1].properties.protocol.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
if(errors > 0){
const emErrs14 = [];
for(const err59 of vErrors){
if(((((err59.keyword !== "errorMessage") && (!err59.emUsed)) && ((err59.instancePath === instancePath+"/counters/" + i2+"/input/protocol") || ((err59.instancePath.indexOf(instancePath+"/counters/" + i2+"/input/protocol") === 0) && (err59.instancePath[instancePath+"/counters/" + i2+"/input/protocol".length] === "/")))) && (err59.schemaPath.indexOf("#/properties/counters/items/properties/input/anyOf/1/properties/protocol") === 0)) && (err59.schemaPath["#/properties/counters/items/properties/input/anyOf/1/properties/protocol".length] === "/")){
emErrs14.push(err59);
err59.emUsed = true;
}
}
if(emErrs14.length){
const err60 = {instancePath:instancePath+"/counters/" + i2+"/input/protocol",schemaPath:"#/properties/counters/items/properties/input/anyOf/1/properties/protocol/errorMessage",keyword:"errorMessage",params:{errors: emErrs14},message:"must be one of: qsystem, ascii"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
const emErrs15 = [];
for(const err61 of vErrors){
if(!err61.emUsed){
emErrs15.push(err61);
}
}
vErrors = emErrs15;
errors = emErrs15.length;
}
}
if(data9.address !== undefined){
let data15 = data9.address;
if(!((typeof data15 == "number") && (!(data15 % 1) && !isNaN(data15)))){
const err62 = {instancePath:instancePath+"/counters/" + i2+"/input/address",schemaPath:"#/properties/counters/items/properties/input/anyOf/1/properties/address/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
if(typeof data15 == "number"){
if(data15 > 247 || isNaN(data15)){
const err63 = {instancePath:instancePath+"/counters/" + i2+"/input/address",schemaPath:"#/properties/counters/items/properties/input/anyOf/1/properties/address/maximum",keyword:"maximum",params:{comparison: "<=", limit: 247},message:"must be <= 247"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
if(data15 < 1 || isNaN(data15)){
const err64 = {instancePath:instancePath+"/counters/" + i2+"/input/address",schemaPath:"#/properties/counters/items/properties/input/anyOf/1/properties/address/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
}
if(data9.redirectTo !== undefined){
let data16 = data9.redirectTo;
if(typeof data16 === "string"){
if(!pattern0.test(data16)){
const err65 = {instancePath:instancePath+"/counters/" + i2+"/input/redirectTo",schemaPath:"#/properties/counters/items/properties/input/anyOf/1/properties/redirectTo/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]{0,31}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]{0,31}$"+"\""};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
else {
const err66 = {instancePath:instancePath+"/counters/" + i2+"/input/redirectTo",schemaPath:"#/properties/counters/items/properties/input/anyOf/1/properties/redirectTo/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
if(errors > 0){
const emErrs16 = [];
for(const err67 of vErrors){
if(((((err67.keyword !== "errorMessage") && (!err67.emUsed)) && ((err67.instancePath === instancePath+"/counters/" + i2+"/input/redirectTo") || ((err67.instancePath.indexOf(instancePath+"/counters/" + i2+"/input/redirectTo") === 0) && (err67.instancePath[instancePath+"/counters/" + i2+"/input/redirectTo".length] === "/")))) && (err67.schemaPath.indexOf("#/properties/counters/items/properties/input/anyOf/1/properties/redirectTo") === 0)) && (err67.schemaPath["#/properties/counters/items/properties/input/anyOf/1/properties/redirectTo".length] === "/")){
emErrs16.push(err67);
err67.emUsed = true;
}
}
if(emErrs16.length){
const err68 = {instancePath:instancePath+"/counters/" + i2+"/input/redirectTo",schemaPath:"#/properties/counters/items/properties/input/anyOf/1/properties/redirectTo/errorMessage",keyword:"errorMessage",params:{errors: emErrs16},message:"must be 1–32 lower-case letters, digits or dashes, starting with a letter or digit"};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
const emErrs17 = [];
for(const err69 of vErrors){
if(!err69.emUsed){
emErrs17.push(err69);
}
}
vErrors = emErrs17;
errors = emErrs17.length;
}
}
}
else {
const err70 = {instancePath:instancePath+"/counters/" + i2+"/input",schemaPath:"#/properties/counters/items/properties/input/anyOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
var _valid0 = _errs27 === errors;
valid7 = valid7 || _valid0;
}
if(!valid7){
const err71 = {instancePath:instancePath+"/counters/" + i2+"/input",schemaPath:"#/properties/counters/items/properties/input/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
else {
errors = _errs21;
if(vErrors !== null){
if(_errs21){
vErrors.length = _errs21;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err72 = {instancePath:instancePath+"/counters/" + i2,schemaPath:"#/properties/counters/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
}
else {
const err73 = {instancePath:instancePath+"/counters",schemaPath:"#/properties/counters/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
if(data.displays !== undefined){
if(!(validate36(data.displays, {instancePath:instancePath+"/displays",parentData:data,parentDataProperty:"displays",rootData}))){
vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
errors = vErrors.length;
}
}
if(data.announcer !== undefined){
if(!(validate42(data.announcer, {instancePath:instancePath+"/announcer",parentData:data,parentDataProperty:"announcer",rootData}))){
vErrors = vErrors === null ? validate42.errors : vErrors.concat(validate42.errors);
errors = vErrors.length;
}
}
if(data.callPoints !== undefined){
if(!(validate44(data.callPoints, {instancePath:instancePath+"/callPoints",parentData:data,parentDataProperty:"callPoints",rootData}))){
vErrors = vErrors === null ? validate44.errors : vErrors.concat(validate44.errors);
errors = vErrors.length;
}
}
}
else {
const err74 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
validate33.errors = vErrors;
return errors === 0;
}

const schema19 = {"minItems":1,"description":"A site of several boards: each runs `qms run --board ID` with this same file. Use either board (one box) or boards.","type":"array","items":{"$ref":"#/definitions/part1"}};

function validate47(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(Array.isArray(data)){
if(data.length < 1){
const err0 = {instancePath,schemaPath:"#/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
if(!(validate33(data[i0], {instancePath:instancePath+"/" + i0,parentData:data,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
errors = vErrors.length;
}
}
}
else {
const err1 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate47.errors = vErrors;
return errors === 0;
}


function validate30(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
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
if(!(func2.call(schema10.properties, key0))){
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
if(!(func2.call(schema10.properties.services.items.properties, key2))){
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
const err143 = {instancePath:instancePath+"/rules/transfer/position",schemaPath:"#/properties/rules/properties/transfer/properties/position/enum",keyword:"enum",params:{allowedValues: schema10.properties.rules.properties.transfer.properties.position.enum},message:"must be equal to one of the allowed values"};
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
const err167 = {instancePath:instancePath+"/ticket/paperWidth",schemaPath:"#/properties/ticket/properties/paperWidth/enum",keyword:"enum",params:{allowedValues: schema10.properties.ticket.properties.paperWidth.enum},message:"must be equal to one of the allowed values"};
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
if(!(validate31(data.hub, {instancePath:instancePath+"/hub",parentData:data,parentDataProperty:"hub",rootData}))){
vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
errors = vErrors.length;
}
if(data.callPoints !== undefined){
let data50 = data.callPoints;
if(data50 && typeof data50 == "object" && !Array.isArray(data50)){
if(data50.chains === undefined){
const err179 = {instancePath:instancePath+"/callPoints",schemaPath:"#/properties/callPoints/required",keyword:"required",params:{missingProperty: "chains"},message:"must have required property '"+"chains"+"'"};
if(vErrors === null){
vErrors = [err179];
}
else {
vErrors.push(err179);
}
errors++;
}
if(data50.modem === undefined){
const err180 = {instancePath:instancePath+"/callPoints",schemaPath:"#/properties/callPoints/required",keyword:"required",params:{missingProperty: "modem"},message:"must have required property '"+"modem"+"'"};
if(vErrors === null){
vErrors = [err180];
}
else {
vErrors.push(err180);
}
errors++;
}
for(const key13 in data50){
if(!((key13 === "chains") || (key13 === "modem"))){
const err181 = {instancePath:instancePath+"/callPoints",schemaPath:"#/properties/callPoints/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key13},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err181];
}
else {
vErrors.push(err181);
}
errors++;
}
}
if(data50.chains !== undefined){
let data51 = data50.chains;
if(Array.isArray(data51)){
if(data51.length < 1){
const err182 = {instancePath:instancePath+"/callPoints/chains",schemaPath:"#/properties/callPoints/properties/chains/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err182];
}
else {
vErrors.push(err182);
}
errors++;
}
const len6 = data51.length;
for(let i7=0; i7<len6; i7++){
let data52 = data51[i7];
if(data52 && typeof data52 == "object" && !Array.isArray(data52)){
if(data52.id === undefined){
const err183 = {instancePath:instancePath+"/callPoints/chains/" + i7,schemaPath:"#/properties/callPoints/properties/chains/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err183];
}
else {
vErrors.push(err183);
}
errors++;
}
if(data52.levels === undefined){
const err184 = {instancePath:instancePath+"/callPoints/chains/" + i7,schemaPath:"#/properties/callPoints/properties/chains/items/required",keyword:"required",params:{missingProperty: "levels"},message:"must have required property '"+"levels"+"'"};
if(vErrors === null){
vErrors = [err184];
}
else {
vErrors.push(err184);
}
errors++;
}
for(const key14 in data52){
if(!((key14 === "id") || (key14 === "levels"))){
const err185 = {instancePath:instancePath+"/callPoints/chains/" + i7,schemaPath:"#/properties/callPoints/properties/chains/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key14},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err185];
}
else {
vErrors.push(err185);
}
errors++;
}
}
if(data52.id !== undefined){
let data53 = data52.id;
if(typeof data53 === "string"){
if(!pattern0.test(data53)){
const err186 = {instancePath:instancePath+"/callPoints/chains/" + i7+"/id",schemaPath:"#/properties/callPoints/properties/chains/items/properties/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]{0,31}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]{0,31}$"+"\""};
if(vErrors === null){
vErrors = [err186];
}
else {
vErrors.push(err186);
}
errors++;
}
}
else {
const err187 = {instancePath:instancePath+"/callPoints/chains/" + i7+"/id",schemaPath:"#/properties/callPoints/properties/chains/items/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err187];
}
else {
vErrors.push(err187);
}
errors++;
}
if(errors > 0){
const emErrs28 = [];
for(const err188 of vErrors){
if(((((err188.keyword !== "errorMessage") && (!err188.emUsed)) && ((err188.instancePath === instancePath+"/callPoints/chains/" + i7+"/id") || ((err188.instancePath.indexOf(instancePath+"/callPoints/chains/" + i7+"/id") === 0) && (err188.instancePath[instancePath+"/callPoints/chains/" + i7+"/id".length] === "/")))) && (err188.schemaPath.indexOf("#/properties/callPoints/properties/chains/items/properties/id") === 0)) && (err188.schemaPath["#/properties/callPoints/properties/chains/items/properties/id".length] === "/")){
emErrs28.push(err188);
err188.emUsed = true;
}
}
if(emErrs28.length){
const err189 = {instancePath:instancePath+"/callPoints/chains/" + i7+"/id",schemaPath:"#/properties/callPoints/properties/chains/items/properties/id/errorMessage",keyword:"errorMessage",params:{errors: emErrs28},message:"must be 1–32 lower-case letters, digits or dashes, starting with a letter or digit"};
if(vErrors === null){
vErrors = [err189];
}
else {
vErrors.push(err189);
}
errors++;
}
const emErrs29 = [];
for(const err190 of vErrors){
if(!err190.emUsed){
emErrs29.push(err190);
}
}
vErrors = emErrs29;
errors = emErrs29.length;
}
}
if(data52.levels !== undefined){
let data54 = data52.levels;
if(Array.isArray(data54)){
if(data54.length < 1){
const err191 = {instancePath:instancePath+"/callPoints/chains/" + i7+"/levels",schemaPath:"#/properties/callPoints/properties/chains/items/properties/levels/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err191];
}
else {
vErrors.push(err191);
}
errors++;
}
const len7 = data54.length;
for(let i8=0; i8<len7; i8++){
let data55 = data54[i8];
if(data55 && typeof data55 == "object" && !Array.isArray(data55)){
if(data55.to === undefined){
const err192 = {instancePath:instancePath+"/callPoints/chains/" + i7+"/levels/" + i8,schemaPath:"#/properties/callPoints/properties/chains/items/properties/levels/items/required",keyword:"required",params:{missingProperty: "to"},message:"must have required property '"+"to"+"'"};
if(vErrors === null){
vErrors = [err192];
}
else {
vErrors.push(err192);
}
errors++;
}
for(const key15 in data55){
if(!((key15 === "to") || (key15 === "afterSeconds"))){
const err193 = {instancePath:instancePath+"/callPoints/chains/" + i7+"/levels/" + i8,schemaPath:"#/properties/callPoints/properties/chains/items/properties/levels/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key15},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err193];
}
else {
vErrors.push(err193);
}
errors++;
}
}
if(data55.to !== undefined){
let data56 = data55.to;
if(Array.isArray(data56)){
if(data56.length < 1){
const err194 = {instancePath:instancePath+"/callPoints/chains/" + i7+"/levels/" + i8+"/to",schemaPath:"#/properties/callPoints/properties/chains/items/properties/levels/items/properties/to/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err194];
}
else {
vErrors.push(err194);
}
errors++;
}
const len8 = data56.length;
for(let i9=0; i9<len8; i9++){
let data57 = data56[i9];
if(typeof data57 === "string"){
if(!pattern14.test(data57)){
const err195 = {instancePath:instancePath+"/callPoints/chains/" + i7+"/levels/" + i8+"/to/" + i9,schemaPath:"#/properties/callPoints/properties/chains/items/properties/levels/items/properties/to/items/pattern",keyword:"pattern",params:{pattern: "^\\+[0-9]{6,15}$"},message:"must match pattern \""+"^\\+[0-9]{6,15}$"+"\""};
if(vErrors === null){
vErrors = [err195];
}
else {
vErrors.push(err195);
}
errors++;
}
}
else {
const err196 = {instancePath:instancePath+"/callPoints/chains/" + i7+"/levels/" + i8+"/to/" + i9,schemaPath:"#/properties/callPoints/properties/chains/items/properties/levels/items/properties/to/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err196];
}
else {
vErrors.push(err196);
}
errors++;
}
if(errors > 0){
const emErrs30 = [];
for(const err197 of vErrors){
if(((((err197.keyword !== "errorMessage") && (!err197.emUsed)) && ((err197.instancePath === instancePath+"/callPoints/chains/" + i7+"/levels/" + i8+"/to/" + i9) || ((err197.instancePath.indexOf(instancePath+"/callPoints/chains/" + i7+"/levels/" + i8+"/to/" + i9) === 0) && (err197.instancePath[instancePath+"/callPoints/chains/" + i7+"/levels/" + i8+"/to/" + i9.length] === "/")))) && (err197.schemaPath.indexOf("#/properties/callPoints/properties/chains/items/properties/levels/items/properties/to/items") === 0)) && (err197.schemaPath["#/properties/callPoints/properties/chains/items/properties/levels/items/properties/to/items".length] === "/")){
emErrs30.push(err197);
err197.emUsed = true;
}
}
if(emErrs30.length){
const err198 = {instancePath:instancePath+"/callPoints/chains/" + i7+"/levels/" + i8+"/to/" + i9,schemaPath:"#/properties/callPoints/properties/chains/items/properties/levels/items/properties/to/items/errorMessage",keyword:"errorMessage",params:{errors: emErrs30},message:"must be an international number such as +491701234567"};
if(vErrors === null){
vErrors = [err198];
}
else {
vErrors.push(err198);
}
errors++;
}
const emErrs31 = [];
for(const err199 of vErrors){
if(!err199.emUsed){
emErrs31.push(err199);
}
}
vErrors = emErrs31;
errors = emErrs31.length;
}
}
}
else {
const err200 = {instancePath:instancePath+"/callPoints/chains/" + i7+"/levels/" + i8+"/to",schemaPath:"#/properties/callPoints/properties/chains/items/properties/levels/items/properties/to/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err200];
}
else {
vErrors.push(err200);
}
errors++;
}
}
if(data55.afterSeconds !== undefined){
let data58 = data55.afterSeconds;
if(!((typeof data58 == "number") && (!(data58 % 1) && !isNaN(data58)))){
const err201 = {instancePath:instancePath+"/callPoints/chains/" + i7+"/levels/" + i8+"/afterSeconds",schemaPath:"#/properties/callPoints/properties/chains/items/properties/levels/items/properties/afterSeconds/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err201];
}
else {
vErrors.push(err201);
}
errors++;
}
if(typeof data58 == "number"){
if(data58 < 10 || isNaN(data58)){
const err202 = {instancePath:instancePath+"/callPoints/chains/" + i7+"/levels/" + i8+"/afterSeconds",schemaPath:"#/properties/callPoints/properties/chains/items/properties/levels/items/properties/afterSeconds/minimum",keyword:"minimum",params:{comparison: ">=", limit: 10},message:"must be >= 10"};
if(vErrors === null){
vErrors = [err202];
}
else {
vErrors.push(err202);
}
errors++;
}
}
}
}
else {
const err203 = {instancePath:instancePath+"/callPoints/chains/" + i7+"/levels/" + i8,schemaPath:"#/properties/callPoints/properties/chains/items/properties/levels/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err203];
}
else {
vErrors.push(err203);
}
errors++;
}
}
}
else {
const err204 = {instancePath:instancePath+"/callPoints/chains/" + i7+"/levels",schemaPath:"#/properties/callPoints/properties/chains/items/properties/levels/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err204];
}
else {
vErrors.push(err204);
}
errors++;
}
}
}
else {
const err205 = {instancePath:instancePath+"/callPoints/chains/" + i7,schemaPath:"#/properties/callPoints/properties/chains/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err205];
}
else {
vErrors.push(err205);
}
errors++;
}
}
}
else {
const err206 = {instancePath:instancePath+"/callPoints/chains",schemaPath:"#/properties/callPoints/properties/chains/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err206];
}
else {
vErrors.push(err206);
}
errors++;
}
}
if(data50.modem !== undefined){
let data59 = data50.modem;
const _errs134 = errors;
let valid35 = false;
const _errs135 = errors;
if(data59 && typeof data59 == "object" && !Array.isArray(data59)){
if(data59.driver === undefined){
const err207 = {instancePath:instancePath+"/callPoints/modem",schemaPath:"#/properties/callPoints/properties/modem/anyOf/0/required",keyword:"required",params:{missingProperty: "driver"},message:"must have required property '"+"driver"+"'"};
if(vErrors === null){
vErrors = [err207];
}
else {
vErrors.push(err207);
}
errors++;
}
for(const key16 in data59){
if(!(key16 === "driver")){
const err208 = {instancePath:instancePath+"/callPoints/modem",schemaPath:"#/properties/callPoints/properties/modem/anyOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key16},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err208];
}
else {
vErrors.push(err208);
}
errors++;
}
}
if(data59.driver !== undefined){
let data60 = data59.driver;
if(typeof data60 !== "string"){
const err209 = {instancePath:instancePath+"/callPoints/modem/driver",schemaPath:"#/properties/callPoints/properties/modem/anyOf/0/properties/driver/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err209];
}
else {
vErrors.push(err209);
}
errors++;
}
if(!(data60 === "simulated")){
const err210 = {instancePath:instancePath+"/callPoints/modem/driver",schemaPath:"#/properties/callPoints/properties/modem/anyOf/0/properties/driver/enum",keyword:"enum",params:{allowedValues: schema10.properties.callPoints.properties.modem.anyOf[0].properties.driver.enum},message:"must be equal to one of the allowed values"};
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
if(((((err211.keyword !== "errorMessage") && (!err211.emUsed)) && ((err211.instancePath === instancePath+"/callPoints/modem/driver") || ((err211.instancePath.indexOf(instancePath+"/callPoints/modem/driver") === 0) && (err211.instancePath[instancePath+"/callPoints/modem/driver".length] === "/")))) && (err211.schemaPath.indexOf("#/properties/callPoints/properties/modem/anyOf/0/properties/driver") === 0)) && (err211.schemaPath["#/properties/callPoints/properties/modem/anyOf/0/properties/driver".length] === "/")){
emErrs32.push(err211);
err211.emUsed = true;
}
}
if(emErrs32.length){
const err212 = {instancePath:instancePath+"/callPoints/modem/driver",schemaPath:"#/properties/callPoints/properties/modem/anyOf/0/properties/driver/errorMessage",keyword:"errorMessage",params:{errors: emErrs32},message:"must be one of: simulated"};
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
const err214 = {instancePath:instancePath+"/callPoints/modem",schemaPath:"#/properties/callPoints/properties/modem/anyOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err214];
}
else {
vErrors.push(err214);
}
errors++;
}
var _valid0 = _errs135 === errors;
valid35 = valid35 || _valid0;
if(!valid35){
const _errs140 = errors;
if(data59 && typeof data59 == "object" && !Array.isArray(data59)){
if(data59.driver === undefined){
const err215 = {instancePath:instancePath+"/callPoints/modem",schemaPath:"#/properties/callPoints/properties/modem/anyOf/1/required",keyword:"required",params:{missingProperty: "driver"},message:"must have required property '"+"driver"+"'"};
if(vErrors === null){
vErrors = [err215];
}
else {
vErrors.push(err215);
}
errors++;
}
if(data59.path === undefined){
const err216 = {instancePath:instancePath+"/callPoints/modem",schemaPath:"#/properties/callPoints/properties/modem/anyOf/1/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'"};
if(vErrors === null){
vErrors = [err216];
}
else {
vErrors.push(err216);
}
errors++;
}
for(const key17 in data59){
if(!((((key17 === "driver") || (key17 === "path")) || (key17 === "baudRate")) || (key17 === "healthEverySeconds"))){
const err217 = {instancePath:instancePath+"/callPoints/modem",schemaPath:"#/properties/callPoints/properties/modem/anyOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key17},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err217];
}
else {
vErrors.push(err217);
}
errors++;
}
}
if(data59.driver !== undefined){
let data61 = data59.driver;
if(typeof data61 !== "string"){
const err218 = {instancePath:instancePath+"/callPoints/modem/driver",schemaPath:"#/properties/callPoints/properties/modem/anyOf/1/properties/driver/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err218];
}
else {
vErrors.push(err218);
}
errors++;
}
if(!(data61 === "gsm")){
const err219 = {instancePath:instancePath+"/callPoints/modem/driver",schemaPath:"#/properties/callPoints/properties/modem/anyOf/1/properties/driver/enum",keyword:"enum",params:{allowedValues: schema10.properties.callPoints.properties.modem.anyOf[1].properties.driver.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err219];
}
else {
vErrors.push(err219);
}
errors++;
}
if(errors > 0){
const emErrs34 = [];
for(const err220 of vErrors){
if(((((err220.keyword !== "errorMessage") && (!err220.emUsed)) && ((err220.instancePath === instancePath+"/callPoints/modem/driver") || ((err220.instancePath.indexOf(instancePath+"/callPoints/modem/driver") === 0) && (err220.instancePath[instancePath+"/callPoints/modem/driver".length] === "/")))) && (err220.schemaPath.indexOf("#/properties/callPoints/properties/modem/anyOf/1/properties/driver") === 0)) && (err220.schemaPath["#/properties/callPoints/properties/modem/anyOf/1/properties/driver".length] === "/")){
emErrs34.push(err220);
err220.emUsed = true;
}
}
if(emErrs34.length){
const err221 = {instancePath:instancePath+"/callPoints/modem/driver",schemaPath:"#/properties/callPoints/properties/modem/anyOf/1/properties/driver/errorMessage",keyword:"errorMessage",params:{errors: emErrs34},message:"must be one of: gsm"};
if(vErrors === null){
vErrors = [err221];
}
else {
vErrors.push(err221);
}
errors++;
}
const emErrs35 = [];
for(const err222 of vErrors){
if(!err222.emUsed){
emErrs35.push(err222);
}
}
vErrors = emErrs35;
errors = emErrs35.length;
}
}
if(data59.path !== undefined){
let data62 = data59.path;
if(typeof data62 === "string"){
if(func3(data62) < 1){
const err223 = {instancePath:instancePath+"/callPoints/modem/path",schemaPath:"#/properties/callPoints/properties/modem/anyOf/1/properties/path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err223];
}
else {
vErrors.push(err223);
}
errors++;
}
}
else {
const err224 = {instancePath:instancePath+"/callPoints/modem/path",schemaPath:"#/properties/callPoints/properties/modem/anyOf/1/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err224];
}
else {
vErrors.push(err224);
}
errors++;
}
}
if(data59.baudRate !== undefined){
let data63 = data59.baudRate;
if(!((typeof data63 == "number") && (!(data63 % 1) && !isNaN(data63)))){
const err225 = {instancePath:instancePath+"/callPoints/modem/baudRate",schemaPath:"#/properties/callPoints/properties/modem/anyOf/1/properties/baudRate/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err225];
}
else {
vErrors.push(err225);
}
errors++;
}
if(typeof data63 == "number"){
if(data63 < 1200 || isNaN(data63)){
const err226 = {instancePath:instancePath+"/callPoints/modem/baudRate",schemaPath:"#/properties/callPoints/properties/modem/anyOf/1/properties/baudRate/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1200},message:"must be >= 1200"};
if(vErrors === null){
vErrors = [err226];
}
else {
vErrors.push(err226);
}
errors++;
}
}
}
if(data59.healthEverySeconds !== undefined){
let data64 = data59.healthEverySeconds;
if(!((typeof data64 == "number") && (!(data64 % 1) && !isNaN(data64)))){
const err227 = {instancePath:instancePath+"/callPoints/modem/healthEverySeconds",schemaPath:"#/properties/callPoints/properties/modem/anyOf/1/properties/healthEverySeconds/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err227];
}
else {
vErrors.push(err227);
}
errors++;
}
if(typeof data64 == "number"){
if(data64 < 10 || isNaN(data64)){
const err228 = {instancePath:instancePath+"/callPoints/modem/healthEverySeconds",schemaPath:"#/properties/callPoints/properties/modem/anyOf/1/properties/healthEverySeconds/minimum",keyword:"minimum",params:{comparison: ">=", limit: 10},message:"must be >= 10"};
if(vErrors === null){
vErrors = [err228];
}
else {
vErrors.push(err228);
}
errors++;
}
}
}
}
else {
const err229 = {instancePath:instancePath+"/callPoints/modem",schemaPath:"#/properties/callPoints/properties/modem/anyOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err229];
}
else {
vErrors.push(err229);
}
errors++;
}
var _valid0 = _errs140 === errors;
valid35 = valid35 || _valid0;
}
if(!valid35){
const err230 = {instancePath:instancePath+"/callPoints/modem",schemaPath:"#/properties/callPoints/properties/modem/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err230];
}
else {
vErrors.push(err230);
}
errors++;
}
else {
errors = _errs134;
if(vErrors !== null){
if(_errs134){
vErrors.length = _errs134;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err231 = {instancePath:instancePath+"/callPoints",schemaPath:"#/properties/callPoints/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err231];
}
else {
vErrors.push(err231);
}
errors++;
}
}
if(data.ratings !== undefined){
let data65 = data.ratings;
if(data65 && typeof data65 == "object" && !Array.isArray(data65)){
if(data65.scale === undefined){
data65.scale = 5;
}
if(data65.recentSeconds === undefined){
data65.recentSeconds = 120;
}
if(data65.scale === undefined){
const err232 = {instancePath:instancePath+"/ratings",schemaPath:"#/properties/ratings/required",keyword:"required",params:{missingProperty: "scale"},message:"must have required property '"+"scale"+"'"};
if(vErrors === null){
vErrors = [err232];
}
else {
vErrors.push(err232);
}
errors++;
}
if(data65.recentSeconds === undefined){
const err233 = {instancePath:instancePath+"/ratings",schemaPath:"#/properties/ratings/required",keyword:"required",params:{missingProperty: "recentSeconds"},message:"must have required property '"+"recentSeconds"+"'"};
if(vErrors === null){
vErrors = [err233];
}
else {
vErrors.push(err233);
}
errors++;
}
for(const key18 in data65){
if(!((key18 === "scale") || (key18 === "recentSeconds"))){
const err234 = {instancePath:instancePath+"/ratings",schemaPath:"#/properties/ratings/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key18},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err234];
}
else {
vErrors.push(err234);
}
errors++;
}
}
let data66 = data65.scale;
if(!((typeof data66 == "number") && (!(data66 % 1) && !isNaN(data66)))){
const err235 = {instancePath:instancePath+"/ratings/scale",schemaPath:"#/properties/ratings/properties/scale/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err235];
}
else {
vErrors.push(err235);
}
errors++;
}
if(typeof data66 == "number"){
if(data66 > 5 || isNaN(data66)){
const err236 = {instancePath:instancePath+"/ratings/scale",schemaPath:"#/properties/ratings/properties/scale/maximum",keyword:"maximum",params:{comparison: "<=", limit: 5},message:"must be <= 5"};
if(vErrors === null){
vErrors = [err236];
}
else {
vErrors.push(err236);
}
errors++;
}
if(data66 < 3 || isNaN(data66)){
const err237 = {instancePath:instancePath+"/ratings/scale",schemaPath:"#/properties/ratings/properties/scale/minimum",keyword:"minimum",params:{comparison: ">=", limit: 3},message:"must be >= 3"};
if(vErrors === null){
vErrors = [err237];
}
else {
vErrors.push(err237);
}
errors++;
}
}
let data67 = data65.recentSeconds;
if(!((typeof data67 == "number") && (!(data67 % 1) && !isNaN(data67)))){
const err238 = {instancePath:instancePath+"/ratings/recentSeconds",schemaPath:"#/properties/ratings/properties/recentSeconds/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err238];
}
else {
vErrors.push(err238);
}
errors++;
}
if(typeof data67 == "number"){
if(data67 < 10 || isNaN(data67)){
const err239 = {instancePath:instancePath+"/ratings/recentSeconds",schemaPath:"#/properties/ratings/properties/recentSeconds/minimum",keyword:"minimum",params:{comparison: ">=", limit: 10},message:"must be >= 10"};
if(vErrors === null){
vErrors = [err239];
}
else {
vErrors.push(err239);
}
errors++;
}
}
}
else {
const err240 = {instancePath:instancePath+"/ratings",schemaPath:"#/properties/ratings/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err240];
}
else {
vErrors.push(err240);
}
errors++;
}
}
if(data.board !== undefined){
if(!(validate33(data.board, {instancePath:instancePath+"/board",parentData:data,parentDataProperty:"board",rootData}))){
vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
errors = vErrors.length;
}
}
if(data.boards !== undefined){
if(!(validate47(data.boards, {instancePath:instancePath+"/boards",parentData:data,parentDataProperty:"boards",rootData}))){
vErrors = vErrors === null ? validate47.errors : vErrors.concat(validate47.errors);
errors = vErrors.length;
}
}
if(data.staff !== undefined){
let data70 = data.staff;
if(Array.isArray(data70)){
const len9 = data70.length;
for(let i10=0; i10<len9; i10++){
let data71 = data70[i10];
if(data71 && typeof data71 == "object" && !Array.isArray(data71)){
if(data71.id === undefined){
const err241 = {instancePath:instancePath+"/staff/" + i10,schemaPath:"#/properties/staff/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err241];
}
else {
vErrors.push(err241);
}
errors++;
}
if(data71.name === undefined){
const err242 = {instancePath:instancePath+"/staff/" + i10,schemaPath:"#/properties/staff/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err242];
}
else {
vErrors.push(err242);
}
errors++;
}
if(data71.pin === undefined){
const err243 = {instancePath:instancePath+"/staff/" + i10,schemaPath:"#/properties/staff/items/required",keyword:"required",params:{missingProperty: "pin"},message:"must have required property '"+"pin"+"'"};
if(vErrors === null){
vErrors = [err243];
}
else {
vErrors.push(err243);
}
errors++;
}
if(data71.services === undefined){
const err244 = {instancePath:instancePath+"/staff/" + i10,schemaPath:"#/properties/staff/items/required",keyword:"required",params:{missingProperty: "services"},message:"must have required property '"+"services"+"'"};
if(vErrors === null){
vErrors = [err244];
}
else {
vErrors.push(err244);
}
errors++;
}
for(const key19 in data71){
if(!((((key19 === "id") || (key19 === "name")) || (key19 === "pin")) || (key19 === "services"))){
const err245 = {instancePath:instancePath+"/staff/" + i10,schemaPath:"#/properties/staff/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key19},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err245];
}
else {
vErrors.push(err245);
}
errors++;
}
}
if(data71.id !== undefined){
let data72 = data71.id;
if(typeof data72 === "string"){
if(!pattern0.test(data72)){
const err246 = {instancePath:instancePath+"/staff/" + i10+"/id",schemaPath:"#/properties/staff/items/properties/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]{0,31}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]{0,31}$"+"\""};
if(vErrors === null){
vErrors = [err246];
}
else {
vErrors.push(err246);
}
errors++;
}
}
else {
const err247 = {instancePath:instancePath+"/staff/" + i10+"/id",schemaPath:"#/properties/staff/items/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err247];
}
else {
vErrors.push(err247);
}
errors++;
}
if(errors > 0){
const emErrs36 = [];
for(const err248 of vErrors){
if(((((err248.keyword !== "errorMessage") && (!err248.emUsed)) && ((err248.instancePath === instancePath+"/staff/" + i10+"/id") || ((err248.instancePath.indexOf(instancePath+"/staff/" + i10+"/id") === 0) && (err248.instancePath[instancePath+"/staff/" + i10+"/id".length] === "/")))) && (err248.schemaPath.indexOf("#/properties/staff/items/properties/id") === 0)) && (err248.schemaPath["#/properties/staff/items/properties/id".length] === "/")){
emErrs36.push(err248);
err248.emUsed = true;
}
}
if(emErrs36.length){
const err249 = {instancePath:instancePath+"/staff/" + i10+"/id",schemaPath:"#/properties/staff/items/properties/id/errorMessage",keyword:"errorMessage",params:{errors: emErrs36},message:"must be 1–32 lower-case letters, digits or dashes, starting with a letter or digit"};
if(vErrors === null){
vErrors = [err249];
}
else {
vErrors.push(err249);
}
errors++;
}
const emErrs37 = [];
for(const err250 of vErrors){
if(!err250.emUsed){
emErrs37.push(err250);
}
}
vErrors = emErrs37;
errors = emErrs37.length;
}
}
if(data71.name !== undefined){
let data73 = data71.name;
if(typeof data73 === "string"){
if(func3(data73) < 1){
const err251 = {instancePath:instancePath+"/staff/" + i10+"/name",schemaPath:"#/properties/staff/items/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err252 = {instancePath:instancePath+"/staff/" + i10+"/name",schemaPath:"#/properties/staff/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err252];
}
else {
vErrors.push(err252);
}
errors++;
}
}
if(data71.pin !== undefined){
let data74 = data71.pin;
if(typeof data74 === "string"){
if(!pattern33.test(data74)){
const err253 = {instancePath:instancePath+"/staff/" + i10+"/pin",schemaPath:"#/properties/staff/items/properties/pin/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4,8}$"},message:"must match pattern \""+"^[0-9]{4,8}$"+"\""};
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
const err254 = {instancePath:instancePath+"/staff/" + i10+"/pin",schemaPath:"#/properties/staff/items/properties/pin/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err254];
}
else {
vErrors.push(err254);
}
errors++;
}
if(errors > 0){
const emErrs38 = [];
for(const err255 of vErrors){
if(((((err255.keyword !== "errorMessage") && (!err255.emUsed)) && ((err255.instancePath === instancePath+"/staff/" + i10+"/pin") || ((err255.instancePath.indexOf(instancePath+"/staff/" + i10+"/pin") === 0) && (err255.instancePath[instancePath+"/staff/" + i10+"/pin".length] === "/")))) && (err255.schemaPath.indexOf("#/properties/staff/items/properties/pin") === 0)) && (err255.schemaPath["#/properties/staff/items/properties/pin".length] === "/")){
emErrs38.push(err255);
err255.emUsed = true;
}
}
if(emErrs38.length){
const err256 = {instancePath:instancePath+"/staff/" + i10+"/pin",schemaPath:"#/properties/staff/items/properties/pin/errorMessage",keyword:"errorMessage",params:{errors: emErrs38},message:"must be 4–8 digits, typed on the keypad"};
if(vErrors === null){
vErrors = [err256];
}
else {
vErrors.push(err256);
}
errors++;
}
const emErrs39 = [];
for(const err257 of vErrors){
if(!err257.emUsed){
emErrs39.push(err257);
}
}
vErrors = emErrs39;
errors = emErrs39.length;
}
}
if(data71.services !== undefined){
let data75 = data71.services;
if(Array.isArray(data75)){
if(data75.length < 1){
const err258 = {instancePath:instancePath+"/staff/" + i10+"/services",schemaPath:"#/properties/staff/items/properties/services/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err258];
}
else {
vErrors.push(err258);
}
errors++;
}
const len10 = data75.length;
for(let i11=0; i11<len10; i11++){
let data76 = data75[i11];
if(typeof data76 === "string"){
if(!pattern0.test(data76)){
const err259 = {instancePath:instancePath+"/staff/" + i10+"/services/" + i11,schemaPath:"#/properties/staff/items/properties/services/items/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]{0,31}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]{0,31}$"+"\""};
if(vErrors === null){
vErrors = [err259];
}
else {
vErrors.push(err259);
}
errors++;
}
}
else {
const err260 = {instancePath:instancePath+"/staff/" + i10+"/services/" + i11,schemaPath:"#/properties/staff/items/properties/services/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err260];
}
else {
vErrors.push(err260);
}
errors++;
}
if(errors > 0){
const emErrs40 = [];
for(const err261 of vErrors){
if(((((err261.keyword !== "errorMessage") && (!err261.emUsed)) && ((err261.instancePath === instancePath+"/staff/" + i10+"/services/" + i11) || ((err261.instancePath.indexOf(instancePath+"/staff/" + i10+"/services/" + i11) === 0) && (err261.instancePath[instancePath+"/staff/" + i10+"/services/" + i11.length] === "/")))) && (err261.schemaPath.indexOf("#/properties/staff/items/properties/services/items") === 0)) && (err261.schemaPath["#/properties/staff/items/properties/services/items".length] === "/")){
emErrs40.push(err261);
err261.emUsed = true;
}
}
if(emErrs40.length){
const err262 = {instancePath:instancePath+"/staff/" + i10+"/services/" + i11,schemaPath:"#/properties/staff/items/properties/services/items/errorMessage",keyword:"errorMessage",params:{errors: emErrs40},message:"must be 1–32 lower-case letters, digits or dashes, starting with a letter or digit"};
if(vErrors === null){
vErrors = [err262];
}
else {
vErrors.push(err262);
}
errors++;
}
const emErrs41 = [];
for(const err263 of vErrors){
if(!err263.emUsed){
emErrs41.push(err263);
}
}
vErrors = emErrs41;
errors = emErrs41.length;
}
}
}
else {
const err264 = {instancePath:instancePath+"/staff/" + i10+"/services",schemaPath:"#/properties/staff/items/properties/services/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err264];
}
else {
vErrors.push(err264);
}
errors++;
}
}
}
else {
const err265 = {instancePath:instancePath+"/staff/" + i10,schemaPath:"#/properties/staff/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err265];
}
else {
vErrors.push(err265);
}
errors++;
}
}
}
else {
const err266 = {instancePath:instancePath+"/staff",schemaPath:"#/properties/staff/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err266];
}
else {
vErrors.push(err266);
}
errors++;
}
}
}
else {
const err267 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err267];
}
else {
vErrors.push(err267);
}
errors++;
}
validate30.errors = vErrors;
return errors === 0;
}

export const command = validate50;
const schema20 = {"type":"object","discriminator":{"propertyName":"type"},"oneOf":[{"additionalProperties":false,"type":"object","required":["req","type","service"],"properties":{"req":{"pattern":"^[\\w.:-]{1,64}$","type":"string"},"type":{"const":"issue","type":"string"},"service":{"pattern":"^[a-z0-9][a-z0-9-]{0,31}$","errorMessage":"must be the id of one from the config","type":"string"},"priority":{"anyOf":[{"const":"normal","type":"string"},{"const":"priority","type":"string"},{"const":"vip","type":"string"}]},"token":{"pattern":"^[A-Za-z0-9_-]{22,64}$","errorMessage":"must be 22–64 letters, digits, _ or - (a random status-page token)","type":"string"}}},{"additionalProperties":false,"type":"object","required":["req","type","counter"],"properties":{"req":{"pattern":"^[\\w.:-]{1,64}$","type":"string"},"type":{"const":"callNext","type":"string"},"counter":{"pattern":"^[a-z0-9][a-z0-9-]{0,31}$","errorMessage":"must be the id of one from the config","type":"string"}}},{"additionalProperties":false,"type":"object","required":["req","type","counter"],"properties":{"req":{"pattern":"^[\\w.:-]{1,64}$","type":"string"},"type":{"const":"recall","type":"string"},"counter":{"pattern":"^[a-z0-9][a-z0-9-]{0,31}$","errorMessage":"must be the id of one from the config","type":"string"}}},{"additionalProperties":false,"type":"object","required":["req","type","counter"],"properties":{"req":{"pattern":"^[\\w.:-]{1,64}$","type":"string"},"type":{"const":"noShow","type":"string"},"counter":{"pattern":"^[a-z0-9][a-z0-9-]{0,31}$","errorMessage":"must be the id of one from the config","type":"string"}}},{"additionalProperties":false,"type":"object","required":["req","type","counter"],"properties":{"req":{"pattern":"^[\\w.:-]{1,64}$","type":"string"},"type":{"const":"start","type":"string"},"counter":{"pattern":"^[a-z0-9][a-z0-9-]{0,31}$","errorMessage":"must be the id of one from the config","type":"string"}}},{"additionalProperties":false,"type":"object","required":["req","type","counter"],"properties":{"req":{"pattern":"^[\\w.:-]{1,64}$","type":"string"},"type":{"const":"finish","type":"string"},"counter":{"pattern":"^[a-z0-9][a-z0-9-]{0,31}$","errorMessage":"must be the id of one from the config","type":"string"}}},{"additionalProperties":false,"type":"object","required":["req","type","counter"],"properties":{"req":{"pattern":"^[\\w.:-]{1,64}$","type":"string"},"type":{"const":"hold","type":"string"},"counter":{"pattern":"^[a-z0-9][a-z0-9-]{0,31}$","errorMessage":"must be the id of one from the config","type":"string"}}},{"additionalProperties":false,"type":"object","required":["req","type","counter"],"properties":{"req":{"pattern":"^[\\w.:-]{1,64}$","type":"string"},"type":{"const":"pause","type":"string"},"counter":{"pattern":"^[a-z0-9][a-z0-9-]{0,31}$","errorMessage":"must be the id of one from the config","type":"string"}}},{"additionalProperties":false,"type":"object","required":["req","type","counter"],"properties":{"req":{"pattern":"^[\\w.:-]{1,64}$","type":"string"},"type":{"const":"resume","type":"string"},"counter":{"pattern":"^[a-z0-9][a-z0-9-]{0,31}$","errorMessage":"must be the id of one from the config","type":"string"}}},{"additionalProperties":false,"type":"object","required":["req","type","counter","to"],"properties":{"req":{"pattern":"^[\\w.:-]{1,64}$","type":"string"},"type":{"const":"transfer","type":"string"},"counter":{"pattern":"^[a-z0-9][a-z0-9-]{0,31}$","errorMessage":"must be the id of one from the config","type":"string"},"to":{"errorMessage":"must be {\"service\": id} or {\"counter\": id}","anyOf":[{"additionalProperties":false,"type":"object","required":["service"],"properties":{"service":{"pattern":"^[a-z0-9][a-z0-9-]{0,31}$","errorMessage":"must be the id of one from the config","type":"string"}}},{"additionalProperties":false,"type":"object","required":["counter"],"properties":{"counter":{"pattern":"^[a-z0-9][a-z0-9-]{0,31}$","errorMessage":"must be the id of one from the config","type":"string"}}}]},"position":{"anyOf":[{"const":"front","type":"string"},{"const":"arrival","type":"string"}]}}},{"additionalProperties":false,"type":"object","required":["req","type","counter","label"],"properties":{"req":{"pattern":"^[\\w.:-]{1,64}$","type":"string"},"type":{"const":"callTicket","type":"string"},"counter":{"pattern":"^[a-z0-9][a-z0-9-]{0,31}$","errorMessage":"must be the id of one from the config","type":"string"},"label":{"minLength":1,"maxLength":8,"errorMessage":"must be a ticket label such as A023","type":"string"}}},{"additionalProperties":false,"type":"object","required":["req","type","label"],"properties":{"req":{"pattern":"^[\\w.:-]{1,64}$","type":"string"},"type":{"const":"cancel","type":"string"},"label":{"minLength":1,"maxLength":8,"errorMessage":"must be a ticket label such as A023","type":"string"}}},{"additionalProperties":false,"type":"object","required":["req","type","label"],"properties":{"req":{"pattern":"^[\\w.:-]{1,64}$","type":"string"},"type":{"const":"markUnprinted","type":"string"},"label":{"minLength":1,"maxLength":8,"errorMessage":"must be a ticket label such as A023","type":"string"},"reason":{"maxLength":200,"type":"string"}}},{"additionalProperties":false,"type":"object","required":["req","type","label"],"properties":{"req":{"pattern":"^[\\w.:-]{1,64}$","type":"string"},"type":{"const":"reprint","type":"string"},"label":{"minLength":1,"maxLength":8,"errorMessage":"must be a ticket label such as A023","type":"string"}}},{"additionalProperties":false,"type":"object","required":["req","type","label"],"properties":{"req":{"pattern":"^[\\w.:-]{1,64}$","type":"string"},"type":{"const":"markPrinted","type":"string"},"label":{"minLength":1,"maxLength":8,"errorMessage":"must be a ticket label such as A023","type":"string"}}},{"additionalProperties":false,"type":"object","required":["req","type"],"properties":{"req":{"pattern":"^[\\w.:-]{1,64}$","type":"string"},"type":{"const":"tick","type":"string"}}},{"additionalProperties":false,"type":"object","required":["req","type","counter","pin"],"properties":{"req":{"pattern":"^[\\w.:-]{1,64}$","type":"string"},"type":{"const":"login","type":"string"},"counter":{"pattern":"^[a-z0-9][a-z0-9-]{0,31}$","errorMessage":"must be the id of one from the config","type":"string"},"pin":{"pattern":"^[0-9]{4,8}$","errorMessage":"must be a PIN of 4–8 digits","type":"string"}}},{"additionalProperties":false,"type":"object","required":["req","type","counter"],"properties":{"req":{"pattern":"^[\\w.:-]{1,64}$","type":"string"},"type":{"const":"logout","type":"string"},"counter":{"pattern":"^[a-z0-9][a-z0-9-]{0,31}$","errorMessage":"must be the id of one from the config","type":"string"}}},{"additionalProperties":false,"type":"object","required":["req","type","point"],"properties":{"req":{"pattern":"^[\\w.:-]{1,64}$","type":"string"},"type":{"const":"raiseIncident","type":"string"},"point":{"pattern":"^[a-z0-9][a-z0-9-]{0,31}$","errorMessage":"must be the id of one from the config","type":"string"}}},{"additionalProperties":false,"type":"object","required":["req","type","by","via"],"properties":{"req":{"pattern":"^[\\w.:-]{1,64}$","type":"string"},"type":{"const":"acknowledgeIncident","type":"string"},"incident":{"pattern":"^inc-[0-9]{1,12}$","errorMessage":"must be an incident id such as inc-12","type":"string"},"point":{"pattern":"^[a-z0-9][a-z0-9-]{0,31}$","errorMessage":"must be the id of one from the config","type":"string"},"by":{"minLength":1,"maxLength":64,"type":"string"},"via":{"anyOf":[{"const":"key","type":"string"},{"const":"keypad","type":"string"},{"const":"sms","type":"string"}]}}},{"additionalProperties":false,"type":"object","required":["req","type"],"properties":{"req":{"pattern":"^[\\w.:-]{1,64}$","type":"string"},"type":{"const":"clearIncident","type":"string"},"incident":{"pattern":"^inc-[0-9]{1,12}$","errorMessage":"must be an incident id such as inc-12","type":"string"},"point":{"pattern":"^[a-z0-9][a-z0-9-]{0,31}$","errorMessage":"must be the id of one from the config","type":"string"},"by":{"minLength":1,"maxLength":64,"type":"string"}}},{"additionalProperties":false,"type":"object","required":["req","type","incident","level","to","channel","delivered"],"properties":{"req":{"pattern":"^[\\w.:-]{1,64}$","type":"string"},"type":{"const":"recordNotification","type":"string"},"incident":{"pattern":"^inc-[0-9]{1,12}$","errorMessage":"must be an incident id such as inc-12","type":"string"},"level":{"minimum":0,"maximum":32,"type":"integer"},"to":{"maxItems":32,"type":"array","items":{"maxLength":32,"type":"string"}},"channel":{"anyOf":[{"const":"sms","type":"string"},{"const":"mqtt","type":"string"}]},"delivered":{"type":"boolean"},"detail":{"maxLength":500,"type":"string"}}},{"additionalProperties":false,"type":"object","required":["req","type","counter","score"],"properties":{"req":{"pattern":"^[\\w.:-]{1,64}$","type":"string"},"type":{"const":"rate","type":"string"},"counter":{"pattern":"^[a-z0-9][a-z0-9-]{0,31}$","errorMessage":"must be the id of one from the config","type":"string"},"score":{"minimum":1,"maximum":5,"errorMessage":"must be a whole number from 1 to 5","type":"integer"}}}],"required":["type"]};
const pattern35 = new RegExp("^[\\w.:-]{1,64}$", "u");
const pattern37 = new RegExp("^[A-Za-z0-9_-]{22,64}$", "u");
const pattern73 = new RegExp("^inc-[0-9]{1,12}$", "u");

function validate50(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
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
if(!pattern35.test(data0)){
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
if(!pattern37.test(data4)){
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
if(!pattern35.test(data5)){
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
if(!pattern35.test(data8)){
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
if(!pattern35.test(data11)){
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
if(!pattern35.test(data14)){
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
if(!pattern35.test(data17)){
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
if(!pattern35.test(data20)){
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
if(!pattern35.test(data23)){
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
if(!pattern35.test(data26)){
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
if(!pattern35.test(data29)){
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
if(!pattern35.test(data36)){
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
if(!pattern35.test(data40)){
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
if(!pattern35.test(data43)){
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
if(!pattern35.test(data47)){
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
if(!pattern35.test(data50)){
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
if(!pattern35.test(data53)){
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
if(!pattern35.test(data55)){
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
if(!pattern33.test(data58)){
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
if(!pattern35.test(data59)){
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
if(!pattern35.test(data62)){
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
if(!pattern35.test(data65)){
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
if(!pattern73.test(data67)){
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
if(!pattern35.test(data71)){
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
if(!pattern73.test(data73)){
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
if(!pattern35.test(data76)){
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
if(!pattern73.test(data78)){
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
if(!pattern35.test(data85)){
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
validate50.errors = vErrors;
return errors === 0;
}

export const boardMap = validate51;
const schema21 = {"additionalProperties":false,"type":"object","required":["id","name","gpioChip","header","uarts"],"properties":{"$schema":{"type":"string"},"id":{"pattern":"^[a-z0-9-]+$","type":"string"},"name":{"minLength":1,"type":"string"},"gpioChip":{"additionalProperties":false,"type":"object","required":["label"],"properties":{"label":{"minLength":1,"description":"The chip label as the kernel reports it, e.g. pinctrl-bcm2711","type":"string"}}},"header":{"additionalProperties":false,"description":"Header pin number (1–40) → GPIO line; power and ground pins are left out","type":"object","patternProperties":{"^([1-9]|[1-3][0-9]|40)$":{"additionalProperties":false,"type":"object","required":["line","signals"],"properties":{"line":{"minimum":0,"maximum":511,"description":"Line offset on the GPIO chip","type":"integer"},"signals":{"minItems":1,"type":"array","items":{"pattern":"^[A-Z][A-Z0-9_]*$","type":"string"}}}}}},"uarts":{"type":"array","items":{"additionalProperties":false,"type":"object","required":["device","kind"],"properties":{"device":{"pattern":"^/dev/","type":"string"},"kind":{"type":"string"},"tx":{"minimum":1,"maximum":40,"description":"Header pin; absent when not on the header","type":"integer"},"rx":{"minimum":1,"maximum":40,"type":"integer"},"note":{"type":"string"}}}}}};
const pattern82 = new RegExp("^[a-z0-9-]+$", "u");
const pattern83 = new RegExp("^([1-9]|[1-3][0-9]|40)$", "u");
const pattern85 = new RegExp("^[A-Z][A-Z0-9_]*$", "u");
const pattern86 = new RegExp("^/dev/", "u");

function validate51(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
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
if(!pattern82.test(data1)){
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
if(!(pattern83.test(key2))){
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
if(pattern83.test(key3)){
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
if(!pattern85.test(data9)){
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
if(!pattern86.test(data12)){
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
validate51.errors = vErrors;
return errors === 0;
}

export const manifest = validate52;
const schema22 = {"additionalProperties":false,"type":"object","required":["format","site","revision","signedAt","files"],"properties":{"format":{"const":1,"type":"number"},"site":{"minLength":1,"type":"string"},"revision":{"minimum":1,"description":"Bigger for every newer bundle of the site; an appliance refuses one older than it runs","type":"integer"},"signedAt":{"minLength":1,"type":"string"},"files":{"type":"object","patternProperties":{"^(config\\.yaml|logo\\.png|audio\\/[a-z]{2,3}\\/[a-z0-9][a-z0-9_-]{0,63}\\.wav)$":{"additionalProperties":false,"type":"object","required":["sha256","bytes"],"properties":{"sha256":{"pattern":"^[0-9a-f]{64}$","type":"string"},"bytes":{"minimum":0,"maximum":33554432,"type":"integer"}}}}}}};
const pattern87 = new RegExp("^(config\\.yaml|logo\\.png|audio\\/[a-z]{2,3}\\/[a-z0-9][a-z0-9_-]{0,63}\\.wav)$", "u");
const pattern88 = new RegExp("^[0-9a-f]{64}$", "u");

function validate52(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
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
if(pattern87.test(key1)){
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
if(!pattern88.test(data6)){
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
validate52.errors = vErrors;
return errors === 0;
}

export const signature = validate53;
const schema23 = {"additionalProperties":false,"type":"object","required":["key","signature"],"properties":{"key":{"pattern":"^[0-9a-f]{16}$","type":"string"},"signature":{"minLength":1,"type":"string"}}};
const pattern89 = new RegExp("^[0-9a-f]{16}$", "u");

function validate53(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
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
if(!pattern89.test(data0)){
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
validate53.errors = vErrors;
return errors === 0;
}

export const configState = validate54;
const schema24 = {"additionalProperties":false,"type":"object","required":["site","config","revision","import","reload"],"properties":{"site":{"type":"string"},"config":{"type":"string"},"revision":{"anyOf":[{"minimum":0,"type":"integer"},{"type":"null"}]},"import":{"anyOf":[{"additionalProperties":false,"type":"object","required":["outcome","at","reasons"],"properties":{"outcome":{"anyOf":[{"const":"applied","type":"string"},{"const":"refused","type":"string"},{"const":"rolled-back","type":"string"}]},"at":{"type":"number"},"revision":{"minimum":0,"type":"integer"},"refusal":{"anyOf":[{"const":"no-bundle","type":"string"},{"const":"unsigned","type":"string"},{"const":"signature","type":"string"},{"const":"files","type":"string"},{"const":"invalid","type":"string"},{"const":"site","type":"string"},{"const":"older","type":"string"},{"const":"queue","type":"string"},{"const":"busy","type":"string"},{"const":"error","type":"string"}]},"reasons":{"maxItems":64,"type":"array","items":{"maxLength":2000,"type":"string"}}}},{"type":"null"}]},"reload":{"anyOf":[{"additionalProperties":false,"type":"object","required":["outcome","at","problems"],"properties":{"outcome":{"anyOf":[{"const":"reloaded","type":"string"},{"const":"unchanged","type":"string"},{"const":"refused","type":"string"},{"const":"reverted","type":"string"}]},"at":{"type":"number"},"problems":{"maxItems":64,"type":"array","items":{"maxLength":2000,"type":"string"}}}},{"type":"null"}]}}};

function validate54(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.site === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "site"},message:"must have required property '"+"site"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.config === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "config"},message:"must have required property '"+"config"+"'"};
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
if(data.import === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "import"},message:"must have required property '"+"import"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.reload === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "reload"},message:"must have required property '"+"reload"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "site") || (key0 === "config")) || (key0 === "revision")) || (key0 === "import")) || (key0 === "reload"))){
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
if(data.site !== undefined){
if(typeof data.site !== "string"){
const err6 = {instancePath:instancePath+"/site",schemaPath:"#/properties/site/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.config !== undefined){
if(typeof data.config !== "string"){
const err7 = {instancePath:instancePath+"/config",schemaPath:"#/properties/config/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.revision !== undefined){
let data2 = data.revision;
const _errs7 = errors;
let valid1 = false;
const _errs8 = errors;
if(!((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2)))){
const err8 = {instancePath:instancePath+"/revision",schemaPath:"#/properties/revision/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(typeof data2 == "number"){
if(data2 < 0 || isNaN(data2)){
const err9 = {instancePath:instancePath+"/revision",schemaPath:"#/properties/revision/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
var _valid0 = _errs8 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const _errs10 = errors;
if(data2 !== null){
const err10 = {instancePath:instancePath+"/revision",schemaPath:"#/properties/revision/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
var _valid0 = _errs10 === errors;
valid1 = valid1 || _valid0;
}
if(!valid1){
const err11 = {instancePath:instancePath+"/revision",schemaPath:"#/properties/revision/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
else {
errors = _errs7;
if(vErrors !== null){
if(_errs7){
vErrors.length = _errs7;
}
else {
vErrors = null;
}
}
}
}
if(data.import !== undefined){
let data3 = data.import;
const _errs13 = errors;
let valid2 = false;
const _errs14 = errors;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.outcome === undefined){
const err12 = {instancePath:instancePath+"/import",schemaPath:"#/properties/import/anyOf/0/required",keyword:"required",params:{missingProperty: "outcome"},message:"must have required property '"+"outcome"+"'"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data3.at === undefined){
const err13 = {instancePath:instancePath+"/import",schemaPath:"#/properties/import/anyOf/0/required",keyword:"required",params:{missingProperty: "at"},message:"must have required property '"+"at"+"'"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data3.reasons === undefined){
const err14 = {instancePath:instancePath+"/import",schemaPath:"#/properties/import/anyOf/0/required",keyword:"required",params:{missingProperty: "reasons"},message:"must have required property '"+"reasons"+"'"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
for(const key1 in data3){
if(!(((((key1 === "outcome") || (key1 === "at")) || (key1 === "revision")) || (key1 === "refusal")) || (key1 === "reasons"))){
const err15 = {instancePath:instancePath+"/import",schemaPath:"#/properties/import/anyOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data3.outcome !== undefined){
let data4 = data3.outcome;
const _errs18 = errors;
let valid4 = false;
const _errs19 = errors;
if(typeof data4 !== "string"){
const err16 = {instancePath:instancePath+"/import/outcome",schemaPath:"#/properties/import/anyOf/0/properties/outcome/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if("applied" !== data4){
const err17 = {instancePath:instancePath+"/import/outcome",schemaPath:"#/properties/import/anyOf/0/properties/outcome/anyOf/0/const",keyword:"const",params:{allowedValue: "applied"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
var _valid2 = _errs19 === errors;
valid4 = valid4 || _valid2;
if(!valid4){
const _errs21 = errors;
if(typeof data4 !== "string"){
const err18 = {instancePath:instancePath+"/import/outcome",schemaPath:"#/properties/import/anyOf/0/properties/outcome/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if("refused" !== data4){
const err19 = {instancePath:instancePath+"/import/outcome",schemaPath:"#/properties/import/anyOf/0/properties/outcome/anyOf/1/const",keyword:"const",params:{allowedValue: "refused"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
var _valid2 = _errs21 === errors;
valid4 = valid4 || _valid2;
if(!valid4){
const _errs23 = errors;
if(typeof data4 !== "string"){
const err20 = {instancePath:instancePath+"/import/outcome",schemaPath:"#/properties/import/anyOf/0/properties/outcome/anyOf/2/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if("rolled-back" !== data4){
const err21 = {instancePath:instancePath+"/import/outcome",schemaPath:"#/properties/import/anyOf/0/properties/outcome/anyOf/2/const",keyword:"const",params:{allowedValue: "rolled-back"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
var _valid2 = _errs23 === errors;
valid4 = valid4 || _valid2;
}
}
if(!valid4){
const err22 = {instancePath:instancePath+"/import/outcome",schemaPath:"#/properties/import/anyOf/0/properties/outcome/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
else {
errors = _errs18;
if(vErrors !== null){
if(_errs18){
vErrors.length = _errs18;
}
else {
vErrors = null;
}
}
}
}
if(data3.at !== undefined){
if(!(typeof data3.at == "number")){
const err23 = {instancePath:instancePath+"/import/at",schemaPath:"#/properties/import/anyOf/0/properties/at/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data3.revision !== undefined){
let data6 = data3.revision;
if(!((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6)))){
const err24 = {instancePath:instancePath+"/import/revision",schemaPath:"#/properties/import/anyOf/0/properties/revision/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(typeof data6 == "number"){
if(data6 < 0 || isNaN(data6)){
const err25 = {instancePath:instancePath+"/import/revision",schemaPath:"#/properties/import/anyOf/0/properties/revision/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
if(data3.refusal !== undefined){
let data7 = data3.refusal;
const _errs30 = errors;
let valid5 = false;
const _errs31 = errors;
if(typeof data7 !== "string"){
const err26 = {instancePath:instancePath+"/import/refusal",schemaPath:"#/properties/import/anyOf/0/properties/refusal/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if("no-bundle" !== data7){
const err27 = {instancePath:instancePath+"/import/refusal",schemaPath:"#/properties/import/anyOf/0/properties/refusal/anyOf/0/const",keyword:"const",params:{allowedValue: "no-bundle"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
var _valid3 = _errs31 === errors;
valid5 = valid5 || _valid3;
if(!valid5){
const _errs33 = errors;
if(typeof data7 !== "string"){
const err28 = {instancePath:instancePath+"/import/refusal",schemaPath:"#/properties/import/anyOf/0/properties/refusal/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if("unsigned" !== data7){
const err29 = {instancePath:instancePath+"/import/refusal",schemaPath:"#/properties/import/anyOf/0/properties/refusal/anyOf/1/const",keyword:"const",params:{allowedValue: "unsigned"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
var _valid3 = _errs33 === errors;
valid5 = valid5 || _valid3;
if(!valid5){
const _errs35 = errors;
if(typeof data7 !== "string"){
const err30 = {instancePath:instancePath+"/import/refusal",schemaPath:"#/properties/import/anyOf/0/properties/refusal/anyOf/2/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if("signature" !== data7){
const err31 = {instancePath:instancePath+"/import/refusal",schemaPath:"#/properties/import/anyOf/0/properties/refusal/anyOf/2/const",keyword:"const",params:{allowedValue: "signature"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
var _valid3 = _errs35 === errors;
valid5 = valid5 || _valid3;
if(!valid5){
const _errs37 = errors;
if(typeof data7 !== "string"){
const err32 = {instancePath:instancePath+"/import/refusal",schemaPath:"#/properties/import/anyOf/0/properties/refusal/anyOf/3/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if("files" !== data7){
const err33 = {instancePath:instancePath+"/import/refusal",schemaPath:"#/properties/import/anyOf/0/properties/refusal/anyOf/3/const",keyword:"const",params:{allowedValue: "files"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
var _valid3 = _errs37 === errors;
valid5 = valid5 || _valid3;
if(!valid5){
const _errs39 = errors;
if(typeof data7 !== "string"){
const err34 = {instancePath:instancePath+"/import/refusal",schemaPath:"#/properties/import/anyOf/0/properties/refusal/anyOf/4/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if("invalid" !== data7){
const err35 = {instancePath:instancePath+"/import/refusal",schemaPath:"#/properties/import/anyOf/0/properties/refusal/anyOf/4/const",keyword:"const",params:{allowedValue: "invalid"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
var _valid3 = _errs39 === errors;
valid5 = valid5 || _valid3;
if(!valid5){
const _errs41 = errors;
if(typeof data7 !== "string"){
const err36 = {instancePath:instancePath+"/import/refusal",schemaPath:"#/properties/import/anyOf/0/properties/refusal/anyOf/5/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if("site" !== data7){
const err37 = {instancePath:instancePath+"/import/refusal",schemaPath:"#/properties/import/anyOf/0/properties/refusal/anyOf/5/const",keyword:"const",params:{allowedValue: "site"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
var _valid3 = _errs41 === errors;
valid5 = valid5 || _valid3;
if(!valid5){
const _errs43 = errors;
if(typeof data7 !== "string"){
const err38 = {instancePath:instancePath+"/import/refusal",schemaPath:"#/properties/import/anyOf/0/properties/refusal/anyOf/6/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
if("older" !== data7){
const err39 = {instancePath:instancePath+"/import/refusal",schemaPath:"#/properties/import/anyOf/0/properties/refusal/anyOf/6/const",keyword:"const",params:{allowedValue: "older"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
var _valid3 = _errs43 === errors;
valid5 = valid5 || _valid3;
if(!valid5){
const _errs45 = errors;
if(typeof data7 !== "string"){
const err40 = {instancePath:instancePath+"/import/refusal",schemaPath:"#/properties/import/anyOf/0/properties/refusal/anyOf/7/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
if("queue" !== data7){
const err41 = {instancePath:instancePath+"/import/refusal",schemaPath:"#/properties/import/anyOf/0/properties/refusal/anyOf/7/const",keyword:"const",params:{allowedValue: "queue"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
var _valid3 = _errs45 === errors;
valid5 = valid5 || _valid3;
if(!valid5){
const _errs47 = errors;
if(typeof data7 !== "string"){
const err42 = {instancePath:instancePath+"/import/refusal",schemaPath:"#/properties/import/anyOf/0/properties/refusal/anyOf/8/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
if("busy" !== data7){
const err43 = {instancePath:instancePath+"/import/refusal",schemaPath:"#/properties/import/anyOf/0/properties/refusal/anyOf/8/const",keyword:"const",params:{allowedValue: "busy"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
var _valid3 = _errs47 === errors;
valid5 = valid5 || _valid3;
if(!valid5){
const _errs49 = errors;
if(typeof data7 !== "string"){
const err44 = {instancePath:instancePath+"/import/refusal",schemaPath:"#/properties/import/anyOf/0/properties/refusal/anyOf/9/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
if("error" !== data7){
const err45 = {instancePath:instancePath+"/import/refusal",schemaPath:"#/properties/import/anyOf/0/properties/refusal/anyOf/9/const",keyword:"const",params:{allowedValue: "error"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
var _valid3 = _errs49 === errors;
valid5 = valid5 || _valid3;
}
}
}
}
}
}
}
}
}
if(!valid5){
const err46 = {instancePath:instancePath+"/import/refusal",schemaPath:"#/properties/import/anyOf/0/properties/refusal/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
else {
errors = _errs30;
if(vErrors !== null){
if(_errs30){
vErrors.length = _errs30;
}
else {
vErrors = null;
}
}
}
}
if(data3.reasons !== undefined){
let data8 = data3.reasons;
if(Array.isArray(data8)){
if(data8.length > 64){
const err47 = {instancePath:instancePath+"/import/reasons",schemaPath:"#/properties/import/anyOf/0/properties/reasons/maxItems",keyword:"maxItems",params:{limit: 64},message:"must NOT have more than 64 items"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
const len0 = data8.length;
for(let i0=0; i0<len0; i0++){
let data9 = data8[i0];
if(typeof data9 === "string"){
if(func3(data9) > 2000){
const err48 = {instancePath:instancePath+"/import/reasons/" + i0,schemaPath:"#/properties/import/anyOf/0/properties/reasons/items/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
else {
const err49 = {instancePath:instancePath+"/import/reasons/" + i0,schemaPath:"#/properties/import/anyOf/0/properties/reasons/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
}
else {
const err50 = {instancePath:instancePath+"/import/reasons",schemaPath:"#/properties/import/anyOf/0/properties/reasons/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
}
else {
const err51 = {instancePath:instancePath+"/import",schemaPath:"#/properties/import/anyOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
var _valid1 = _errs14 === errors;
valid2 = valid2 || _valid1;
if(!valid2){
const _errs55 = errors;
if(data3 !== null){
const err52 = {instancePath:instancePath+"/import",schemaPath:"#/properties/import/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
var _valid1 = _errs55 === errors;
valid2 = valid2 || _valid1;
}
if(!valid2){
const err53 = {instancePath:instancePath+"/import",schemaPath:"#/properties/import/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
else {
errors = _errs13;
if(vErrors !== null){
if(_errs13){
vErrors.length = _errs13;
}
else {
vErrors = null;
}
}
}
}
if(data.reload !== undefined){
let data10 = data.reload;
const _errs58 = errors;
let valid8 = false;
const _errs59 = errors;
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
if(data10.outcome === undefined){
const err54 = {instancePath:instancePath+"/reload",schemaPath:"#/properties/reload/anyOf/0/required",keyword:"required",params:{missingProperty: "outcome"},message:"must have required property '"+"outcome"+"'"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
if(data10.at === undefined){
const err55 = {instancePath:instancePath+"/reload",schemaPath:"#/properties/reload/anyOf/0/required",keyword:"required",params:{missingProperty: "at"},message:"must have required property '"+"at"+"'"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
if(data10.problems === undefined){
const err56 = {instancePath:instancePath+"/reload",schemaPath:"#/properties/reload/anyOf/0/required",keyword:"required",params:{missingProperty: "problems"},message:"must have required property '"+"problems"+"'"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
for(const key2 in data10){
if(!(((key2 === "outcome") || (key2 === "at")) || (key2 === "problems"))){
const err57 = {instancePath:instancePath+"/reload",schemaPath:"#/properties/reload/anyOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
if(data10.outcome !== undefined){
let data11 = data10.outcome;
const _errs63 = errors;
let valid10 = false;
const _errs64 = errors;
if(typeof data11 !== "string"){
const err58 = {instancePath:instancePath+"/reload/outcome",schemaPath:"#/properties/reload/anyOf/0/properties/outcome/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
if("reloaded" !== data11){
const err59 = {instancePath:instancePath+"/reload/outcome",schemaPath:"#/properties/reload/anyOf/0/properties/outcome/anyOf/0/const",keyword:"const",params:{allowedValue: "reloaded"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
var _valid5 = _errs64 === errors;
valid10 = valid10 || _valid5;
if(!valid10){
const _errs66 = errors;
if(typeof data11 !== "string"){
const err60 = {instancePath:instancePath+"/reload/outcome",schemaPath:"#/properties/reload/anyOf/0/properties/outcome/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
if("unchanged" !== data11){
const err61 = {instancePath:instancePath+"/reload/outcome",schemaPath:"#/properties/reload/anyOf/0/properties/outcome/anyOf/1/const",keyword:"const",params:{allowedValue: "unchanged"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
var _valid5 = _errs66 === errors;
valid10 = valid10 || _valid5;
if(!valid10){
const _errs68 = errors;
if(typeof data11 !== "string"){
const err62 = {instancePath:instancePath+"/reload/outcome",schemaPath:"#/properties/reload/anyOf/0/properties/outcome/anyOf/2/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
if("refused" !== data11){
const err63 = {instancePath:instancePath+"/reload/outcome",schemaPath:"#/properties/reload/anyOf/0/properties/outcome/anyOf/2/const",keyword:"const",params:{allowedValue: "refused"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
var _valid5 = _errs68 === errors;
valid10 = valid10 || _valid5;
if(!valid10){
const _errs70 = errors;
if(typeof data11 !== "string"){
const err64 = {instancePath:instancePath+"/reload/outcome",schemaPath:"#/properties/reload/anyOf/0/properties/outcome/anyOf/3/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
if("reverted" !== data11){
const err65 = {instancePath:instancePath+"/reload/outcome",schemaPath:"#/properties/reload/anyOf/0/properties/outcome/anyOf/3/const",keyword:"const",params:{allowedValue: "reverted"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
var _valid5 = _errs70 === errors;
valid10 = valid10 || _valid5;
}
}
}
if(!valid10){
const err66 = {instancePath:instancePath+"/reload/outcome",schemaPath:"#/properties/reload/anyOf/0/properties/outcome/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
else {
errors = _errs63;
if(vErrors !== null){
if(_errs63){
vErrors.length = _errs63;
}
else {
vErrors = null;
}
}
}
}
if(data10.at !== undefined){
if(!(typeof data10.at == "number")){
const err67 = {instancePath:instancePath+"/reload/at",schemaPath:"#/properties/reload/anyOf/0/properties/at/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
if(data10.problems !== undefined){
let data13 = data10.problems;
if(Array.isArray(data13)){
if(data13.length > 64){
const err68 = {instancePath:instancePath+"/reload/problems",schemaPath:"#/properties/reload/anyOf/0/properties/problems/maxItems",keyword:"maxItems",params:{limit: 64},message:"must NOT have more than 64 items"};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
const len1 = data13.length;
for(let i1=0; i1<len1; i1++){
let data14 = data13[i1];
if(typeof data14 === "string"){
if(func3(data14) > 2000){
const err69 = {instancePath:instancePath+"/reload/problems/" + i1,schemaPath:"#/properties/reload/anyOf/0/properties/problems/items/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters"};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
else {
const err70 = {instancePath:instancePath+"/reload/problems/" + i1,schemaPath:"#/properties/reload/anyOf/0/properties/problems/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
}
else {
const err71 = {instancePath:instancePath+"/reload/problems",schemaPath:"#/properties/reload/anyOf/0/properties/problems/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
}
else {
const err72 = {instancePath:instancePath+"/reload",schemaPath:"#/properties/reload/anyOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
var _valid4 = _errs59 === errors;
valid8 = valid8 || _valid4;
if(!valid8){
const _errs78 = errors;
if(data10 !== null){
const err73 = {instancePath:instancePath+"/reload",schemaPath:"#/properties/reload/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
var _valid4 = _errs78 === errors;
valid8 = valid8 || _valid4;
}
if(!valid8){
const err74 = {instancePath:instancePath+"/reload",schemaPath:"#/properties/reload/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
else {
errors = _errs58;
if(vErrors !== null){
if(_errs58){
vErrors.length = _errs58;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err75 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
validate54.errors = vErrors;
return errors === 0;
}

export const importOutcome = validate55;
const schema25 = {"additionalProperties":false,"type":"object","required":["outcome","at","reasons"],"properties":{"outcome":{"anyOf":[{"const":"applied","type":"string"},{"const":"refused","type":"string"},{"const":"rolled-back","type":"string"}]},"at":{"type":"number"},"revision":{"minimum":0,"type":"integer"},"refusal":{"anyOf":[{"const":"no-bundle","type":"string"},{"const":"unsigned","type":"string"},{"const":"signature","type":"string"},{"const":"files","type":"string"},{"const":"invalid","type":"string"},{"const":"site","type":"string"},{"const":"older","type":"string"},{"const":"queue","type":"string"},{"const":"busy","type":"string"},{"const":"error","type":"string"}]},"reasons":{"maxItems":64,"type":"array","items":{"maxLength":2000,"type":"string"}}}};

function validate55(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.outcome === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "outcome"},message:"must have required property '"+"outcome"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.at === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "at"},message:"must have required property '"+"at"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.reasons === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "reasons"},message:"must have required property '"+"reasons"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "outcome") || (key0 === "at")) || (key0 === "revision")) || (key0 === "refusal")) || (key0 === "reasons"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.outcome !== undefined){
let data0 = data.outcome;
const _errs3 = errors;
let valid1 = false;
const _errs4 = errors;
if(typeof data0 !== "string"){
const err4 = {instancePath:instancePath+"/outcome",schemaPath:"#/properties/outcome/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if("applied" !== data0){
const err5 = {instancePath:instancePath+"/outcome",schemaPath:"#/properties/outcome/anyOf/0/const",keyword:"const",params:{allowedValue: "applied"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
var _valid0 = _errs4 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const _errs6 = errors;
if(typeof data0 !== "string"){
const err6 = {instancePath:instancePath+"/outcome",schemaPath:"#/properties/outcome/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if("refused" !== data0){
const err7 = {instancePath:instancePath+"/outcome",schemaPath:"#/properties/outcome/anyOf/1/const",keyword:"const",params:{allowedValue: "refused"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var _valid0 = _errs6 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const _errs8 = errors;
if(typeof data0 !== "string"){
const err8 = {instancePath:instancePath+"/outcome",schemaPath:"#/properties/outcome/anyOf/2/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if("rolled-back" !== data0){
const err9 = {instancePath:instancePath+"/outcome",schemaPath:"#/properties/outcome/anyOf/2/const",keyword:"const",params:{allowedValue: "rolled-back"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
var _valid0 = _errs8 === errors;
valid1 = valid1 || _valid0;
}
}
if(!valid1){
const err10 = {instancePath:instancePath+"/outcome",schemaPath:"#/properties/outcome/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
else {
errors = _errs3;
if(vErrors !== null){
if(_errs3){
vErrors.length = _errs3;
}
else {
vErrors = null;
}
}
}
}
if(data.at !== undefined){
if(!(typeof data.at == "number")){
const err11 = {instancePath:instancePath+"/at",schemaPath:"#/properties/at/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.revision !== undefined){
let data2 = data.revision;
if(!((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2)))){
const err12 = {instancePath:instancePath+"/revision",schemaPath:"#/properties/revision/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(typeof data2 == "number"){
if(data2 < 0 || isNaN(data2)){
const err13 = {instancePath:instancePath+"/revision",schemaPath:"#/properties/revision/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
if(data.refusal !== undefined){
let data3 = data.refusal;
const _errs15 = errors;
let valid2 = false;
const _errs16 = errors;
if(typeof data3 !== "string"){
const err14 = {instancePath:instancePath+"/refusal",schemaPath:"#/properties/refusal/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if("no-bundle" !== data3){
const err15 = {instancePath:instancePath+"/refusal",schemaPath:"#/properties/refusal/anyOf/0/const",keyword:"const",params:{allowedValue: "no-bundle"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
var _valid1 = _errs16 === errors;
valid2 = valid2 || _valid1;
if(!valid2){
const _errs18 = errors;
if(typeof data3 !== "string"){
const err16 = {instancePath:instancePath+"/refusal",schemaPath:"#/properties/refusal/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if("unsigned" !== data3){
const err17 = {instancePath:instancePath+"/refusal",schemaPath:"#/properties/refusal/anyOf/1/const",keyword:"const",params:{allowedValue: "unsigned"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
var _valid1 = _errs18 === errors;
valid2 = valid2 || _valid1;
if(!valid2){
const _errs20 = errors;
if(typeof data3 !== "string"){
const err18 = {instancePath:instancePath+"/refusal",schemaPath:"#/properties/refusal/anyOf/2/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if("signature" !== data3){
const err19 = {instancePath:instancePath+"/refusal",schemaPath:"#/properties/refusal/anyOf/2/const",keyword:"const",params:{allowedValue: "signature"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
var _valid1 = _errs20 === errors;
valid2 = valid2 || _valid1;
if(!valid2){
const _errs22 = errors;
if(typeof data3 !== "string"){
const err20 = {instancePath:instancePath+"/refusal",schemaPath:"#/properties/refusal/anyOf/3/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if("files" !== data3){
const err21 = {instancePath:instancePath+"/refusal",schemaPath:"#/properties/refusal/anyOf/3/const",keyword:"const",params:{allowedValue: "files"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
var _valid1 = _errs22 === errors;
valid2 = valid2 || _valid1;
if(!valid2){
const _errs24 = errors;
if(typeof data3 !== "string"){
const err22 = {instancePath:instancePath+"/refusal",schemaPath:"#/properties/refusal/anyOf/4/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if("invalid" !== data3){
const err23 = {instancePath:instancePath+"/refusal",schemaPath:"#/properties/refusal/anyOf/4/const",keyword:"const",params:{allowedValue: "invalid"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
var _valid1 = _errs24 === errors;
valid2 = valid2 || _valid1;
if(!valid2){
const _errs26 = errors;
if(typeof data3 !== "string"){
const err24 = {instancePath:instancePath+"/refusal",schemaPath:"#/properties/refusal/anyOf/5/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if("site" !== data3){
const err25 = {instancePath:instancePath+"/refusal",schemaPath:"#/properties/refusal/anyOf/5/const",keyword:"const",params:{allowedValue: "site"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
var _valid1 = _errs26 === errors;
valid2 = valid2 || _valid1;
if(!valid2){
const _errs28 = errors;
if(typeof data3 !== "string"){
const err26 = {instancePath:instancePath+"/refusal",schemaPath:"#/properties/refusal/anyOf/6/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if("older" !== data3){
const err27 = {instancePath:instancePath+"/refusal",schemaPath:"#/properties/refusal/anyOf/6/const",keyword:"const",params:{allowedValue: "older"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
var _valid1 = _errs28 === errors;
valid2 = valid2 || _valid1;
if(!valid2){
const _errs30 = errors;
if(typeof data3 !== "string"){
const err28 = {instancePath:instancePath+"/refusal",schemaPath:"#/properties/refusal/anyOf/7/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if("queue" !== data3){
const err29 = {instancePath:instancePath+"/refusal",schemaPath:"#/properties/refusal/anyOf/7/const",keyword:"const",params:{allowedValue: "queue"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
var _valid1 = _errs30 === errors;
valid2 = valid2 || _valid1;
if(!valid2){
const _errs32 = errors;
if(typeof data3 !== "string"){
const err30 = {instancePath:instancePath+"/refusal",schemaPath:"#/properties/refusal/anyOf/8/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if("busy" !== data3){
const err31 = {instancePath:instancePath+"/refusal",schemaPath:"#/properties/refusal/anyOf/8/const",keyword:"const",params:{allowedValue: "busy"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
var _valid1 = _errs32 === errors;
valid2 = valid2 || _valid1;
if(!valid2){
const _errs34 = errors;
if(typeof data3 !== "string"){
const err32 = {instancePath:instancePath+"/refusal",schemaPath:"#/properties/refusal/anyOf/9/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if("error" !== data3){
const err33 = {instancePath:instancePath+"/refusal",schemaPath:"#/properties/refusal/anyOf/9/const",keyword:"const",params:{allowedValue: "error"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
var _valid1 = _errs34 === errors;
valid2 = valid2 || _valid1;
}
}
}
}
}
}
}
}
}
if(!valid2){
const err34 = {instancePath:instancePath+"/refusal",schemaPath:"#/properties/refusal/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
else {
errors = _errs15;
if(vErrors !== null){
if(_errs15){
vErrors.length = _errs15;
}
else {
vErrors = null;
}
}
}
}
if(data.reasons !== undefined){
let data4 = data.reasons;
if(Array.isArray(data4)){
if(data4.length > 64){
const err35 = {instancePath:instancePath+"/reasons",schemaPath:"#/properties/reasons/maxItems",keyword:"maxItems",params:{limit: 64},message:"must NOT have more than 64 items"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
let data5 = data4[i0];
if(typeof data5 === "string"){
if(func3(data5) > 2000){
const err36 = {instancePath:instancePath+"/reasons/" + i0,schemaPath:"#/properties/reasons/items/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters"};
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
const err37 = {instancePath:instancePath+"/reasons/" + i0,schemaPath:"#/properties/reasons/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
else {
const err38 = {instancePath:instancePath+"/reasons",schemaPath:"#/properties/reasons/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
}
else {
const err39 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
validate55.errors = vErrors;
return errors === 0;
}

export const topic_reply = validate56;
const schema26 = {"anyOf":[{"type":"object","required":["req","status","data"],"properties":{"req":{"type":"string"},"status":{"const":"ok","type":"string"},"data":{"type":"object","properties":{"ticket":{"type":"object","required":["id","label","service","priority","state","issuedAt","calls"],"properties":{"id":{"type":"string"},"label":{"type":"string"},"service":{"type":"string"},"priority":{"anyOf":[{"const":"normal","type":"string"},{"const":"priority","type":"string"},{"const":"vip","type":"string"}]},"state":{"anyOf":[{"const":"waiting","type":"string"},{"const":"called","type":"string"},{"const":"serving","type":"string"},{"const":"held","type":"string"},{"const":"done","type":"string"},{"const":"no-show","type":"string"},{"const":"transferred","type":"string"},{"const":"cancelled","type":"string"},{"const":"unprinted","type":"string"}]},"issuedAt":{"type":"number"},"counter":{"type":"string"},"calls":{"minimum":0,"type":"integer"}}},"ahead":{"minimum":0,"type":"integer"},"estimatedWaitSeconds":{"minimum":0,"type":"number"},"staff":{"type":"object","required":["id","name"],"properties":{"id":{"type":"string"},"name":{"type":"string"}}},"incident":{"type":"string"},"repeated":{"const":true,"type":"boolean"}}}}},{"type":"object","required":["req","status","error"],"properties":{"req":{"type":"string"},"status":{"const":"error","type":"string"},"error":{"type":"object","required":["code","message"],"properties":{"code":{"type":"string"},"message":{"type":"string"}}}}}]};

function validate56(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
let valid0 = false;
const _errs1 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.req === undefined){
const err0 = {instancePath,schemaPath:"#/anyOf/0/required",keyword:"required",params:{missingProperty: "req"},message:"must have required property '"+"req"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.status === undefined){
const err1 = {instancePath,schemaPath:"#/anyOf/0/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.data === undefined){
const err2 = {instancePath,schemaPath:"#/anyOf/0/required",keyword:"required",params:{missingProperty: "data"},message:"must have required property '"+"data"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.req !== undefined){
if(typeof data.req !== "string"){
const err3 = {instancePath:instancePath+"/req",schemaPath:"#/anyOf/0/properties/req/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.status !== undefined){
let data1 = data.status;
if(typeof data1 !== "string"){
const err4 = {instancePath:instancePath+"/status",schemaPath:"#/anyOf/0/properties/status/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if("ok" !== data1){
const err5 = {instancePath:instancePath+"/status",schemaPath:"#/anyOf/0/properties/status/const",keyword:"const",params:{allowedValue: "ok"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.data !== undefined){
let data2 = data.data;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.ticket !== undefined){
let data3 = data2.ticket;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.id === undefined){
const err6 = {instancePath:instancePath+"/data/ticket",schemaPath:"#/anyOf/0/properties/data/properties/ticket/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data3.label === undefined){
const err7 = {instancePath:instancePath+"/data/ticket",schemaPath:"#/anyOf/0/properties/data/properties/ticket/required",keyword:"required",params:{missingProperty: "label"},message:"must have required property '"+"label"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data3.service === undefined){
const err8 = {instancePath:instancePath+"/data/ticket",schemaPath:"#/anyOf/0/properties/data/properties/ticket/required",keyword:"required",params:{missingProperty: "service"},message:"must have required property '"+"service"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data3.priority === undefined){
const err9 = {instancePath:instancePath+"/data/ticket",schemaPath:"#/anyOf/0/properties/data/properties/ticket/required",keyword:"required",params:{missingProperty: "priority"},message:"must have required property '"+"priority"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data3.state === undefined){
const err10 = {instancePath:instancePath+"/data/ticket",schemaPath:"#/anyOf/0/properties/data/properties/ticket/required",keyword:"required",params:{missingProperty: "state"},message:"must have required property '"+"state"+"'"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data3.issuedAt === undefined){
const err11 = {instancePath:instancePath+"/data/ticket",schemaPath:"#/anyOf/0/properties/data/properties/ticket/required",keyword:"required",params:{missingProperty: "issuedAt"},message:"must have required property '"+"issuedAt"+"'"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data3.calls === undefined){
const err12 = {instancePath:instancePath+"/data/ticket",schemaPath:"#/anyOf/0/properties/data/properties/ticket/required",keyword:"required",params:{missingProperty: "calls"},message:"must have required property '"+"calls"+"'"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data3.id !== undefined){
if(typeof data3.id !== "string"){
const err13 = {instancePath:instancePath+"/data/ticket/id",schemaPath:"#/anyOf/0/properties/data/properties/ticket/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data3.label !== undefined){
if(typeof data3.label !== "string"){
const err14 = {instancePath:instancePath+"/data/ticket/label",schemaPath:"#/anyOf/0/properties/data/properties/ticket/properties/label/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data3.service !== undefined){
if(typeof data3.service !== "string"){
const err15 = {instancePath:instancePath+"/data/ticket/service",schemaPath:"#/anyOf/0/properties/data/properties/ticket/properties/service/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data3.priority !== undefined){
let data7 = data3.priority;
const _errs18 = errors;
let valid4 = false;
const _errs19 = errors;
if(typeof data7 !== "string"){
const err16 = {instancePath:instancePath+"/data/ticket/priority",schemaPath:"#/anyOf/0/properties/data/properties/ticket/properties/priority/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if("normal" !== data7){
const err17 = {instancePath:instancePath+"/data/ticket/priority",schemaPath:"#/anyOf/0/properties/data/properties/ticket/properties/priority/anyOf/0/const",keyword:"const",params:{allowedValue: "normal"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
var _valid1 = _errs19 === errors;
valid4 = valid4 || _valid1;
if(!valid4){
const _errs21 = errors;
if(typeof data7 !== "string"){
const err18 = {instancePath:instancePath+"/data/ticket/priority",schemaPath:"#/anyOf/0/properties/data/properties/ticket/properties/priority/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if("priority" !== data7){
const err19 = {instancePath:instancePath+"/data/ticket/priority",schemaPath:"#/anyOf/0/properties/data/properties/ticket/properties/priority/anyOf/1/const",keyword:"const",params:{allowedValue: "priority"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
var _valid1 = _errs21 === errors;
valid4 = valid4 || _valid1;
if(!valid4){
const _errs23 = errors;
if(typeof data7 !== "string"){
const err20 = {instancePath:instancePath+"/data/ticket/priority",schemaPath:"#/anyOf/0/properties/data/properties/ticket/properties/priority/anyOf/2/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if("vip" !== data7){
const err21 = {instancePath:instancePath+"/data/ticket/priority",schemaPath:"#/anyOf/0/properties/data/properties/ticket/properties/priority/anyOf/2/const",keyword:"const",params:{allowedValue: "vip"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
var _valid1 = _errs23 === errors;
valid4 = valid4 || _valid1;
}
}
if(!valid4){
const err22 = {instancePath:instancePath+"/data/ticket/priority",schemaPath:"#/anyOf/0/properties/data/properties/ticket/properties/priority/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
else {
errors = _errs18;
if(vErrors !== null){
if(_errs18){
vErrors.length = _errs18;
}
else {
vErrors = null;
}
}
}
}
if(data3.state !== undefined){
let data8 = data3.state;
const _errs26 = errors;
let valid5 = false;
const _errs27 = errors;
if(typeof data8 !== "string"){
const err23 = {instancePath:instancePath+"/data/ticket/state",schemaPath:"#/anyOf/0/properties/data/properties/ticket/properties/state/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if("waiting" !== data8){
const err24 = {instancePath:instancePath+"/data/ticket/state",schemaPath:"#/anyOf/0/properties/data/properties/ticket/properties/state/anyOf/0/const",keyword:"const",params:{allowedValue: "waiting"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
var _valid2 = _errs27 === errors;
valid5 = valid5 || _valid2;
if(!valid5){
const _errs29 = errors;
if(typeof data8 !== "string"){
const err25 = {instancePath:instancePath+"/data/ticket/state",schemaPath:"#/anyOf/0/properties/data/properties/ticket/properties/state/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if("called" !== data8){
const err26 = {instancePath:instancePath+"/data/ticket/state",schemaPath:"#/anyOf/0/properties/data/properties/ticket/properties/state/anyOf/1/const",keyword:"const",params:{allowedValue: "called"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
var _valid2 = _errs29 === errors;
valid5 = valid5 || _valid2;
if(!valid5){
const _errs31 = errors;
if(typeof data8 !== "string"){
const err27 = {instancePath:instancePath+"/data/ticket/state",schemaPath:"#/anyOf/0/properties/data/properties/ticket/properties/state/anyOf/2/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if("serving" !== data8){
const err28 = {instancePath:instancePath+"/data/ticket/state",schemaPath:"#/anyOf/0/properties/data/properties/ticket/properties/state/anyOf/2/const",keyword:"const",params:{allowedValue: "serving"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
var _valid2 = _errs31 === errors;
valid5 = valid5 || _valid2;
if(!valid5){
const _errs33 = errors;
if(typeof data8 !== "string"){
const err29 = {instancePath:instancePath+"/data/ticket/state",schemaPath:"#/anyOf/0/properties/data/properties/ticket/properties/state/anyOf/3/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if("held" !== data8){
const err30 = {instancePath:instancePath+"/data/ticket/state",schemaPath:"#/anyOf/0/properties/data/properties/ticket/properties/state/anyOf/3/const",keyword:"const",params:{allowedValue: "held"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
var _valid2 = _errs33 === errors;
valid5 = valid5 || _valid2;
if(!valid5){
const _errs35 = errors;
if(typeof data8 !== "string"){
const err31 = {instancePath:instancePath+"/data/ticket/state",schemaPath:"#/anyOf/0/properties/data/properties/ticket/properties/state/anyOf/4/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if("done" !== data8){
const err32 = {instancePath:instancePath+"/data/ticket/state",schemaPath:"#/anyOf/0/properties/data/properties/ticket/properties/state/anyOf/4/const",keyword:"const",params:{allowedValue: "done"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
var _valid2 = _errs35 === errors;
valid5 = valid5 || _valid2;
if(!valid5){
const _errs37 = errors;
if(typeof data8 !== "string"){
const err33 = {instancePath:instancePath+"/data/ticket/state",schemaPath:"#/anyOf/0/properties/data/properties/ticket/properties/state/anyOf/5/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if("no-show" !== data8){
const err34 = {instancePath:instancePath+"/data/ticket/state",schemaPath:"#/anyOf/0/properties/data/properties/ticket/properties/state/anyOf/5/const",keyword:"const",params:{allowedValue: "no-show"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
var _valid2 = _errs37 === errors;
valid5 = valid5 || _valid2;
if(!valid5){
const _errs39 = errors;
if(typeof data8 !== "string"){
const err35 = {instancePath:instancePath+"/data/ticket/state",schemaPath:"#/anyOf/0/properties/data/properties/ticket/properties/state/anyOf/6/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if("transferred" !== data8){
const err36 = {instancePath:instancePath+"/data/ticket/state",schemaPath:"#/anyOf/0/properties/data/properties/ticket/properties/state/anyOf/6/const",keyword:"const",params:{allowedValue: "transferred"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
var _valid2 = _errs39 === errors;
valid5 = valid5 || _valid2;
if(!valid5){
const _errs41 = errors;
if(typeof data8 !== "string"){
const err37 = {instancePath:instancePath+"/data/ticket/state",schemaPath:"#/anyOf/0/properties/data/properties/ticket/properties/state/anyOf/7/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
if("cancelled" !== data8){
const err38 = {instancePath:instancePath+"/data/ticket/state",schemaPath:"#/anyOf/0/properties/data/properties/ticket/properties/state/anyOf/7/const",keyword:"const",params:{allowedValue: "cancelled"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
var _valid2 = _errs41 === errors;
valid5 = valid5 || _valid2;
if(!valid5){
const _errs43 = errors;
if(typeof data8 !== "string"){
const err39 = {instancePath:instancePath+"/data/ticket/state",schemaPath:"#/anyOf/0/properties/data/properties/ticket/properties/state/anyOf/8/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
if("unprinted" !== data8){
const err40 = {instancePath:instancePath+"/data/ticket/state",schemaPath:"#/anyOf/0/properties/data/properties/ticket/properties/state/anyOf/8/const",keyword:"const",params:{allowedValue: "unprinted"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
var _valid2 = _errs43 === errors;
valid5 = valid5 || _valid2;
}
}
}
}
}
}
}
}
if(!valid5){
const err41 = {instancePath:instancePath+"/data/ticket/state",schemaPath:"#/anyOf/0/properties/data/properties/ticket/properties/state/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
else {
errors = _errs26;
if(vErrors !== null){
if(_errs26){
vErrors.length = _errs26;
}
else {
vErrors = null;
}
}
}
}
if(data3.issuedAt !== undefined){
if(!(typeof data3.issuedAt == "number")){
const err42 = {instancePath:instancePath+"/data/ticket/issuedAt",schemaPath:"#/anyOf/0/properties/data/properties/ticket/properties/issuedAt/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data3.counter !== undefined){
if(typeof data3.counter !== "string"){
const err43 = {instancePath:instancePath+"/data/ticket/counter",schemaPath:"#/anyOf/0/properties/data/properties/ticket/properties/counter/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data3.calls !== undefined){
let data11 = data3.calls;
if(!((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11)))){
const err44 = {instancePath:instancePath+"/data/ticket/calls",schemaPath:"#/anyOf/0/properties/data/properties/ticket/properties/calls/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
if(typeof data11 == "number"){
if(data11 < 0 || isNaN(data11)){
const err45 = {instancePath:instancePath+"/data/ticket/calls",schemaPath:"#/anyOf/0/properties/data/properties/ticket/properties/calls/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
}
}
else {
const err46 = {instancePath:instancePath+"/data/ticket",schemaPath:"#/anyOf/0/properties/data/properties/ticket/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data2.ahead !== undefined){
let data12 = data2.ahead;
if(!((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12)))){
const err47 = {instancePath:instancePath+"/data/ahead",schemaPath:"#/anyOf/0/properties/data/properties/ahead/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
if(typeof data12 == "number"){
if(data12 < 0 || isNaN(data12)){
const err48 = {instancePath:instancePath+"/data/ahead",schemaPath:"#/anyOf/0/properties/data/properties/ahead/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
}
if(data2.estimatedWaitSeconds !== undefined){
let data13 = data2.estimatedWaitSeconds;
if(typeof data13 == "number"){
if(data13 < 0 || isNaN(data13)){
const err49 = {instancePath:instancePath+"/data/estimatedWaitSeconds",schemaPath:"#/anyOf/0/properties/data/properties/estimatedWaitSeconds/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
const err50 = {instancePath:instancePath+"/data/estimatedWaitSeconds",schemaPath:"#/anyOf/0/properties/data/properties/estimatedWaitSeconds/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
if(data2.staff !== undefined){
let data14 = data2.staff;
if(data14 && typeof data14 == "object" && !Array.isArray(data14)){
if(data14.id === undefined){
const err51 = {instancePath:instancePath+"/data/staff",schemaPath:"#/anyOf/0/properties/data/properties/staff/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
if(data14.name === undefined){
const err52 = {instancePath:instancePath+"/data/staff",schemaPath:"#/anyOf/0/properties/data/properties/staff/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
if(data14.id !== undefined){
if(typeof data14.id !== "string"){
const err53 = {instancePath:instancePath+"/data/staff/id",schemaPath:"#/anyOf/0/properties/data/properties/staff/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
if(data14.name !== undefined){
if(typeof data14.name !== "string"){
const err54 = {instancePath:instancePath+"/data/staff/name",schemaPath:"#/anyOf/0/properties/data/properties/staff/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
}
else {
const err55 = {instancePath:instancePath+"/data/staff",schemaPath:"#/anyOf/0/properties/data/properties/staff/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
if(data2.incident !== undefined){
if(typeof data2.incident !== "string"){
const err56 = {instancePath:instancePath+"/data/incident",schemaPath:"#/anyOf/0/properties/data/properties/incident/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
if(data2.repeated !== undefined){
let data18 = data2.repeated;
if(typeof data18 !== "boolean"){
const err57 = {instancePath:instancePath+"/data/repeated",schemaPath:"#/anyOf/0/properties/data/properties/repeated/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
if(true !== data18){
const err58 = {instancePath:instancePath+"/data/repeated",schemaPath:"#/anyOf/0/properties/data/properties/repeated/const",keyword:"const",params:{allowedValue: true},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
}
else {
const err59 = {instancePath:instancePath+"/data",schemaPath:"#/anyOf/0/properties/data/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
}
else {
const err60 = {instancePath,schemaPath:"#/anyOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
var _valid0 = _errs1 === errors;
valid0 = valid0 || _valid0;
if(!valid0){
const _errs65 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.req === undefined){
const err61 = {instancePath,schemaPath:"#/anyOf/1/required",keyword:"required",params:{missingProperty: "req"},message:"must have required property '"+"req"+"'"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
if(data.status === undefined){
const err62 = {instancePath,schemaPath:"#/anyOf/1/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
if(data.error === undefined){
const err63 = {instancePath,schemaPath:"#/anyOf/1/required",keyword:"required",params:{missingProperty: "error"},message:"must have required property '"+"error"+"'"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
if(data.req !== undefined){
if(typeof data.req !== "string"){
const err64 = {instancePath:instancePath+"/req",schemaPath:"#/anyOf/1/properties/req/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
if(data.status !== undefined){
let data20 = data.status;
if(typeof data20 !== "string"){
const err65 = {instancePath:instancePath+"/status",schemaPath:"#/anyOf/1/properties/status/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
if("error" !== data20){
const err66 = {instancePath:instancePath+"/status",schemaPath:"#/anyOf/1/properties/status/const",keyword:"const",params:{allowedValue: "error"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
if(data.error !== undefined){
let data21 = data.error;
if(data21 && typeof data21 == "object" && !Array.isArray(data21)){
if(data21.code === undefined){
const err67 = {instancePath:instancePath+"/error",schemaPath:"#/anyOf/1/properties/error/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'"};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
if(data21.message === undefined){
const err68 = {instancePath:instancePath+"/error",schemaPath:"#/anyOf/1/properties/error/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'"};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
if(data21.code !== undefined){
if(typeof data21.code !== "string"){
const err69 = {instancePath:instancePath+"/error/code",schemaPath:"#/anyOf/1/properties/error/properties/code/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
if(data21.message !== undefined){
if(typeof data21.message !== "string"){
const err70 = {instancePath:instancePath+"/error/message",schemaPath:"#/anyOf/1/properties/error/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
}
else {
const err71 = {instancePath:instancePath+"/error",schemaPath:"#/anyOf/1/properties/error/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
}
else {
const err72 = {instancePath,schemaPath:"#/anyOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
var _valid0 = _errs65 === errors;
valid0 = valid0 || _valid0;
}
if(!valid0){
const err73 = {instancePath,schemaPath:"#/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate56.errors = vErrors;
return errors === 0;
}

export const topic_event = validate57;
const schema27 = {"type":"object","discriminator":{"propertyName":"type"},"oneOf":[{"type":"object","required":["seq","type","at","day"],"properties":{"seq":{"minimum":0,"type":"integer"},"type":{"const":"day.started","type":"string"},"at":{"type":"number"},"day":{"type":"string"},"label":{"type":"string"}}},{"type":"object","required":["seq","type","at","id","service","priority","number"],"properties":{"seq":{"minimum":0,"type":"integer"},"type":{"const":"ticket.issued","type":"string"},"at":{"type":"number"},"id":{"type":"string"},"label":{"type":"string"},"service":{"type":"string"},"priority":{"anyOf":[{"const":"normal","type":"string"},{"const":"priority","type":"string"},{"const":"vip","type":"string"}]},"number":{"description":"the number part, for wrapping and caps","type":"integer"},"token":{"type":"string"}}},{"description":"`recall: true` for a recall","type":"object","required":["seq","type","at","id","counter","recall"],"properties":{"seq":{"minimum":0,"type":"integer"},"type":{"const":"ticket.called","type":"string"},"at":{"type":"number"},"id":{"type":"string"},"counter":{"type":"string"},"staff":{"description":"the staff id logged in at the counter","type":"string"},"recall":{"type":"boolean"},"label":{"type":"string"}}},{"type":"object","required":["seq","type","at","id","counter"],"properties":{"seq":{"minimum":0,"type":"integer"},"type":{"const":"ticket.started","type":"string"},"at":{"type":"number"},"id":{"type":"string"},"counter":{"type":"string"},"staff":{"description":"the staff id logged in at the counter","type":"string"},"label":{"type":"string"}}},{"type":"object","required":["seq","type","at","id","counter"],"properties":{"seq":{"minimum":0,"type":"integer"},"type":{"const":"ticket.finished","type":"string"},"at":{"type":"number"},"id":{"type":"string"},"counter":{"type":"string"},"staff":{"description":"the staff id logged in at the counter","type":"string"},"label":{"type":"string"}}},{"type":"object","required":["seq","type","at","id","counter"],"properties":{"seq":{"minimum":0,"type":"integer"},"type":{"const":"ticket.noShow","type":"string"},"at":{"type":"number"},"id":{"type":"string"},"counter":{"type":"string"},"staff":{"description":"the staff id logged in at the counter","type":"string"},"label":{"type":"string"}}},{"type":"object","required":["seq","type","at","id","counter"],"properties":{"seq":{"minimum":0,"type":"integer"},"type":{"const":"ticket.held","type":"string"},"at":{"type":"number"},"id":{"type":"string"},"counter":{"type":"string"},"staff":{"description":"the staff id logged in at the counter","type":"string"},"label":{"type":"string"}}},{"type":"object","required":["seq","type","at","id","counter","position"],"properties":{"seq":{"minimum":0,"type":"integer"},"type":{"const":"ticket.transferred","type":"string"},"at":{"type":"number"},"id":{"type":"string"},"counter":{"type":"string"},"staff":{"description":"the staff id logged in at the counter","type":"string"},"toService":{"type":"string"},"toCounter":{"type":"string"},"position":{"anyOf":[{"const":"front","type":"string"},{"const":"arrival","type":"string"}]},"label":{"type":"string"}}},{"description":"the ticket enters a service’s queue again (the next step of a multi-step visit)","type":"object","required":["seq","type","at","id","service"],"properties":{"seq":{"minimum":0,"type":"integer"},"type":{"const":"ticket.nextStep","type":"string"},"at":{"type":"number"},"id":{"type":"string"},"service":{"type":"string"},"label":{"type":"string"}}},{"type":"object","required":["seq","type","at","id","reason"],"properties":{"seq":{"minimum":0,"type":"integer"},"type":{"const":"ticket.cancelled","type":"string"},"at":{"type":"number"},"id":{"type":"string"},"reason":{"anyOf":[{"const":"cancelled","type":"string"},{"const":"day-end","type":"string"}]},"label":{"type":"string"}}},{"type":"object","required":["seq","type","at","id","reason"],"properties":{"seq":{"minimum":0,"type":"integer"},"type":{"const":"ticket.unprinted","type":"string"},"at":{"type":"number"},"id":{"type":"string"},"reason":{"type":"string"},"label":{"type":"string"}}},{"description":"for the ticket box","type":"object","required":["seq","type","at","id","service"],"properties":{"seq":{"minimum":0,"type":"integer"},"type":{"const":"ticket.reprintRequested","type":"string"},"at":{"type":"number"},"id":{"type":"string"},"service":{"type":"string"},"token":{"type":"string"},"label":{"type":"string"}}},{"type":"object","required":["seq","type","at","id"],"properties":{"seq":{"minimum":0,"type":"integer"},"type":{"const":"ticket.printed","type":"string"},"at":{"type":"number"},"id":{"type":"string"},"label":{"type":"string"}}},{"type":"object","required":["seq","type","at","counter"],"properties":{"seq":{"minimum":0,"type":"integer"},"type":{"const":"counter.paused","type":"string"},"at":{"type":"number"},"counter":{"type":"string"},"label":{"type":"string"}}},{"type":"object","required":["seq","type","at","counter"],"properties":{"seq":{"minimum":0,"type":"integer"},"type":{"const":"counter.resumed","type":"string"},"at":{"type":"number"},"counter":{"type":"string"},"label":{"type":"string"}}},{"type":"object","required":["seq","type","at","counter","staff"],"properties":{"seq":{"minimum":0,"type":"integer"},"type":{"const":"staff.loggedIn","type":"string"},"at":{"type":"number"},"counter":{"type":"string"},"staff":{"type":"string"},"label":{"type":"string"}}},{"type":"object","required":["seq","type","at","counter","staff"],"properties":{"seq":{"minimum":0,"type":"integer"},"type":{"const":"staff.loggedOut","type":"string"},"at":{"type":"number"},"counter":{"type":"string"},"staff":{"type":"string"},"label":{"type":"string"}}},{"type":"object","required":["seq","type","at","incident","point","kind","location","board"],"properties":{"seq":{"minimum":0,"type":"integer"},"type":{"const":"incident.raised","type":"string"},"at":{"type":"number"},"incident":{"type":"string"},"point":{"type":"string"},"kind":{"anyOf":[{"const":"staff","type":"string"},{"const":"manager","type":"string"},{"const":"complaint","type":"string"},{"const":"emergency","type":"string"}]},"location":{"type":"string"},"board":{"type":"string"},"notify":{"type":"array","items":{"type":"string"}},"extra":{"type":"object","patternProperties":{"^(.*)$":{"type":"string"}}},"label":{"type":"string"}}},{"type":"object","required":["seq","type","at","incident","level","to","channel","delivered"],"properties":{"seq":{"minimum":0,"type":"integer"},"type":{"const":"incident.notified","type":"string"},"at":{"type":"number"},"incident":{"type":"string"},"level":{"type":"integer"},"to":{"type":"array","items":{"type":"string"}},"channel":{"anyOf":[{"const":"sms","type":"string"},{"const":"mqtt","type":"string"}]},"delivered":{"type":"boolean"},"detail":{"type":"string"},"label":{"type":"string"}}},{"type":"object","required":["seq","type","at","incident","level"],"properties":{"seq":{"minimum":0,"type":"integer"},"type":{"const":"incident.escalated","type":"string"},"at":{"type":"number"},"incident":{"type":"string"},"level":{"type":"integer"},"label":{"type":"string"}}},{"type":"object","required":["seq","type","at","incident","by","via"],"properties":{"seq":{"minimum":0,"type":"integer"},"type":{"const":"incident.acknowledged","type":"string"},"at":{"type":"number"},"incident":{"type":"string"},"by":{"type":"string"},"via":{"anyOf":[{"const":"key","type":"string"},{"const":"keypad","type":"string"},{"const":"sms","type":"string"}]},"label":{"type":"string"}}},{"type":"object","required":["seq","type","at","incident"],"properties":{"seq":{"minimum":0,"type":"integer"},"type":{"const":"incident.cleared","type":"string"},"at":{"type":"number"},"incident":{"type":"string"},"by":{"type":"string"},"label":{"type":"string"}}},{"description":"`id` absent: no ticket was finished at that counter recently","type":"object","required":["seq","type","at","counter","score","scale"],"properties":{"seq":{"minimum":0,"type":"integer"},"type":{"const":"rating.recorded","type":"string"},"at":{"type":"number"},"counter":{"type":"string"},"score":{"type":"integer"},"scale":{"type":"integer"},"id":{"type":"string"},"service":{"type":"string"},"staff":{"type":"string"},"label":{"type":"string"}}}],"required":["type"]};
const pattern90 = new RegExp("^(.*)$", "u");

function validate57(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
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
if(tag0 === "day.started"){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.seq === undefined){
const err1 = {instancePath,schemaPath:"#/oneOf/0/required",keyword:"required",params:{missingProperty: "seq"},message:"must have required property '"+"seq"+"'"};
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
if(data.at === undefined){
const err3 = {instancePath,schemaPath:"#/oneOf/0/required",keyword:"required",params:{missingProperty: "at"},message:"must have required property '"+"at"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.day === undefined){
const err4 = {instancePath,schemaPath:"#/oneOf/0/required",keyword:"required",params:{missingProperty: "day"},message:"must have required property '"+"day"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.seq !== undefined){
let data0 = data.seq;
if(!((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0)))){
const err5 = {instancePath:instancePath+"/seq",schemaPath:"#/oneOf/0/properties/seq/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(typeof data0 == "number"){
if(data0 < 0 || isNaN(data0)){
const err6 = {instancePath:instancePath+"/seq",schemaPath:"#/oneOf/0/properties/seq/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
if("day.started" !== data1){
const err8 = {instancePath:instancePath+"/type",schemaPath:"#/oneOf/0/properties/type/const",keyword:"const",params:{allowedValue: "day.started"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.at !== undefined){
if(!(typeof data.at == "number")){
const err9 = {instancePath:instancePath+"/at",schemaPath:"#/oneOf/0/properties/at/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.day !== undefined){
if(typeof data.day !== "string"){
const err10 = {instancePath:instancePath+"/day",schemaPath:"#/oneOf/0/properties/day/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.label !== undefined){
if(typeof data.label !== "string"){
const err11 = {instancePath:instancePath+"/label",schemaPath:"#/oneOf/0/properties/label/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
else {
const err12 = {instancePath,schemaPath:"#/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else if(tag0 === "ticket.issued"){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.seq === undefined){
const err13 = {instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: "seq"},message:"must have required property '"+"seq"+"'"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data.type === undefined){
const err14 = {instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data.at === undefined){
const err15 = {instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: "at"},message:"must have required property '"+"at"+"'"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data.id === undefined){
const err16 = {instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data.service === undefined){
const err17 = {instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: "service"},message:"must have required property '"+"service"+"'"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data.priority === undefined){
const err18 = {instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: "priority"},message:"must have required property '"+"priority"+"'"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(data.number === undefined){
const err19 = {instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: "number"},message:"must have required property '"+"number"+"'"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(data.seq !== undefined){
let data5 = data.seq;
if(!((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5)))){
const err20 = {instancePath:instancePath+"/seq",schemaPath:"#/oneOf/1/properties/seq/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(typeof data5 == "number"){
if(data5 < 0 || isNaN(data5)){
const err21 = {instancePath:instancePath+"/seq",schemaPath:"#/oneOf/1/properties/seq/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
if(data.type !== undefined){
let data6 = data.type;
if(typeof data6 !== "string"){
const err22 = {instancePath:instancePath+"/type",schemaPath:"#/oneOf/1/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if("ticket.issued" !== data6){
const err23 = {instancePath:instancePath+"/type",schemaPath:"#/oneOf/1/properties/type/const",keyword:"const",params:{allowedValue: "ticket.issued"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.at !== undefined){
if(!(typeof data.at == "number")){
const err24 = {instancePath:instancePath+"/at",schemaPath:"#/oneOf/1/properties/at/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.id !== undefined){
if(typeof data.id !== "string"){
const err25 = {instancePath:instancePath+"/id",schemaPath:"#/oneOf/1/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.label !== undefined){
if(typeof data.label !== "string"){
const err26 = {instancePath:instancePath+"/label",schemaPath:"#/oneOf/1/properties/label/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.service !== undefined){
if(typeof data.service !== "string"){
const err27 = {instancePath:instancePath+"/service",schemaPath:"#/oneOf/1/properties/service/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data.priority !== undefined){
let data11 = data.priority;
const _errs29 = errors;
let valid5 = false;
const _errs30 = errors;
if(typeof data11 !== "string"){
const err28 = {instancePath:instancePath+"/priority",schemaPath:"#/oneOf/1/properties/priority/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if("normal" !== data11){
const err29 = {instancePath:instancePath+"/priority",schemaPath:"#/oneOf/1/properties/priority/anyOf/0/const",keyword:"const",params:{allowedValue: "normal"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
var _valid0 = _errs30 === errors;
valid5 = valid5 || _valid0;
if(!valid5){
const _errs32 = errors;
if(typeof data11 !== "string"){
const err30 = {instancePath:instancePath+"/priority",schemaPath:"#/oneOf/1/properties/priority/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if("priority" !== data11){
const err31 = {instancePath:instancePath+"/priority",schemaPath:"#/oneOf/1/properties/priority/anyOf/1/const",keyword:"const",params:{allowedValue: "priority"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
var _valid0 = _errs32 === errors;
valid5 = valid5 || _valid0;
if(!valid5){
const _errs34 = errors;
if(typeof data11 !== "string"){
const err32 = {instancePath:instancePath+"/priority",schemaPath:"#/oneOf/1/properties/priority/anyOf/2/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if("vip" !== data11){
const err33 = {instancePath:instancePath+"/priority",schemaPath:"#/oneOf/1/properties/priority/anyOf/2/const",keyword:"const",params:{allowedValue: "vip"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
var _valid0 = _errs34 === errors;
valid5 = valid5 || _valid0;
}
}
if(!valid5){
const err34 = {instancePath:instancePath+"/priority",schemaPath:"#/oneOf/1/properties/priority/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
else {
errors = _errs29;
if(vErrors !== null){
if(_errs29){
vErrors.length = _errs29;
}
else {
vErrors = null;
}
}
}
}
if(data.number !== undefined){
let data12 = data.number;
if(!((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12)))){
const err35 = {instancePath:instancePath+"/number",schemaPath:"#/oneOf/1/properties/number/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data.token !== undefined){
if(typeof data.token !== "string"){
const err36 = {instancePath:instancePath+"/token",schemaPath:"#/oneOf/1/properties/token/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
}
else {
const err37 = {instancePath,schemaPath:"#/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
else if(tag0 === "ticket.called"){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.seq === undefined){
const err38 = {instancePath,schemaPath:"#/oneOf/2/required",keyword:"required",params:{missingProperty: "seq"},message:"must have required property '"+"seq"+"'"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
if(data.type === undefined){
const err39 = {instancePath,schemaPath:"#/oneOf/2/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
if(data.at === undefined){
const err40 = {instancePath,schemaPath:"#/oneOf/2/required",keyword:"required",params:{missingProperty: "at"},message:"must have required property '"+"at"+"'"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
if(data.id === undefined){
const err41 = {instancePath,schemaPath:"#/oneOf/2/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
if(data.counter === undefined){
const err42 = {instancePath,schemaPath:"#/oneOf/2/required",keyword:"required",params:{missingProperty: "counter"},message:"must have required property '"+"counter"+"'"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
if(data.recall === undefined){
const err43 = {instancePath,schemaPath:"#/oneOf/2/required",keyword:"required",params:{missingProperty: "recall"},message:"must have required property '"+"recall"+"'"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
if(data.seq !== undefined){
let data14 = data.seq;
if(!((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14)))){
const err44 = {instancePath:instancePath+"/seq",schemaPath:"#/oneOf/2/properties/seq/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
if(typeof data14 == "number"){
if(data14 < 0 || isNaN(data14)){
const err45 = {instancePath:instancePath+"/seq",schemaPath:"#/oneOf/2/properties/seq/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
}
if(data.type !== undefined){
let data15 = data.type;
if(typeof data15 !== "string"){
const err46 = {instancePath:instancePath+"/type",schemaPath:"#/oneOf/2/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
if("ticket.called" !== data15){
const err47 = {instancePath:instancePath+"/type",schemaPath:"#/oneOf/2/properties/type/const",keyword:"const",params:{allowedValue: "ticket.called"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data.at !== undefined){
if(!(typeof data.at == "number")){
const err48 = {instancePath:instancePath+"/at",schemaPath:"#/oneOf/2/properties/at/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
if(data.id !== undefined){
if(typeof data.id !== "string"){
const err49 = {instancePath:instancePath+"/id",schemaPath:"#/oneOf/2/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(data.counter !== undefined){
if(typeof data.counter !== "string"){
const err50 = {instancePath:instancePath+"/counter",schemaPath:"#/oneOf/2/properties/counter/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
if(data.staff !== undefined){
if(typeof data.staff !== "string"){
const err51 = {instancePath:instancePath+"/staff",schemaPath:"#/oneOf/2/properties/staff/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
if(data.recall !== undefined){
if(typeof data.recall !== "boolean"){
const err52 = {instancePath:instancePath+"/recall",schemaPath:"#/oneOf/2/properties/recall/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
if(data.label !== undefined){
if(typeof data.label !== "string"){
const err53 = {instancePath:instancePath+"/label",schemaPath:"#/oneOf/2/properties/label/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
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
else if(tag0 === "ticket.started"){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.seq === undefined){
const err55 = {instancePath,schemaPath:"#/oneOf/3/required",keyword:"required",params:{missingProperty: "seq"},message:"must have required property '"+"seq"+"'"};
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
if(data.at === undefined){
const err57 = {instancePath,schemaPath:"#/oneOf/3/required",keyword:"required",params:{missingProperty: "at"},message:"must have required property '"+"at"+"'"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
if(data.id === undefined){
const err58 = {instancePath,schemaPath:"#/oneOf/3/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
if(data.counter === undefined){
const err59 = {instancePath,schemaPath:"#/oneOf/3/required",keyword:"required",params:{missingProperty: "counter"},message:"must have required property '"+"counter"+"'"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
if(data.seq !== undefined){
let data22 = data.seq;
if(!((typeof data22 == "number") && (!(data22 % 1) && !isNaN(data22)))){
const err60 = {instancePath:instancePath+"/seq",schemaPath:"#/oneOf/3/properties/seq/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
if(typeof data22 == "number"){
if(data22 < 0 || isNaN(data22)){
const err61 = {instancePath:instancePath+"/seq",schemaPath:"#/oneOf/3/properties/seq/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
}
if(data.type !== undefined){
let data23 = data.type;
if(typeof data23 !== "string"){
const err62 = {instancePath:instancePath+"/type",schemaPath:"#/oneOf/3/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
if("ticket.started" !== data23){
const err63 = {instancePath:instancePath+"/type",schemaPath:"#/oneOf/3/properties/type/const",keyword:"const",params:{allowedValue: "ticket.started"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
if(data.at !== undefined){
if(!(typeof data.at == "number")){
const err64 = {instancePath:instancePath+"/at",schemaPath:"#/oneOf/3/properties/at/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
if(data.id !== undefined){
if(typeof data.id !== "string"){
const err65 = {instancePath:instancePath+"/id",schemaPath:"#/oneOf/3/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
if(data.counter !== undefined){
if(typeof data.counter !== "string"){
const err66 = {instancePath:instancePath+"/counter",schemaPath:"#/oneOf/3/properties/counter/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
if(data.staff !== undefined){
if(typeof data.staff !== "string"){
const err67 = {instancePath:instancePath+"/staff",schemaPath:"#/oneOf/3/properties/staff/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
if(data.label !== undefined){
if(typeof data.label !== "string"){
const err68 = {instancePath:instancePath+"/label",schemaPath:"#/oneOf/3/properties/label/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
}
else {
const err69 = {instancePath,schemaPath:"#/oneOf/3/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
else if(tag0 === "ticket.finished"){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.seq === undefined){
const err70 = {instancePath,schemaPath:"#/oneOf/4/required",keyword:"required",params:{missingProperty: "seq"},message:"must have required property '"+"seq"+"'"};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
if(data.type === undefined){
const err71 = {instancePath,schemaPath:"#/oneOf/4/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
if(data.at === undefined){
const err72 = {instancePath,schemaPath:"#/oneOf/4/required",keyword:"required",params:{missingProperty: "at"},message:"must have required property '"+"at"+"'"};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
if(data.id === undefined){
const err73 = {instancePath,schemaPath:"#/oneOf/4/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
if(data.counter === undefined){
const err74 = {instancePath,schemaPath:"#/oneOf/4/required",keyword:"required",params:{missingProperty: "counter"},message:"must have required property '"+"counter"+"'"};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
if(data.seq !== undefined){
let data29 = data.seq;
if(!((typeof data29 == "number") && (!(data29 % 1) && !isNaN(data29)))){
const err75 = {instancePath:instancePath+"/seq",schemaPath:"#/oneOf/4/properties/seq/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
if(typeof data29 == "number"){
if(data29 < 0 || isNaN(data29)){
const err76 = {instancePath:instancePath+"/seq",schemaPath:"#/oneOf/4/properties/seq/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
}
if(data.type !== undefined){
let data30 = data.type;
if(typeof data30 !== "string"){
const err77 = {instancePath:instancePath+"/type",schemaPath:"#/oneOf/4/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
if("ticket.finished" !== data30){
const err78 = {instancePath:instancePath+"/type",schemaPath:"#/oneOf/4/properties/type/const",keyword:"const",params:{allowedValue: "ticket.finished"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
if(data.at !== undefined){
if(!(typeof data.at == "number")){
const err79 = {instancePath:instancePath+"/at",schemaPath:"#/oneOf/4/properties/at/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
if(data.id !== undefined){
if(typeof data.id !== "string"){
const err80 = {instancePath:instancePath+"/id",schemaPath:"#/oneOf/4/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
}
if(data.counter !== undefined){
if(typeof data.counter !== "string"){
const err81 = {instancePath:instancePath+"/counter",schemaPath:"#/oneOf/4/properties/counter/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
if(data.staff !== undefined){
if(typeof data.staff !== "string"){
const err82 = {instancePath:instancePath+"/staff",schemaPath:"#/oneOf/4/properties/staff/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
if(data.label !== undefined){
if(typeof data.label !== "string"){
const err83 = {instancePath:instancePath+"/label",schemaPath:"#/oneOf/4/properties/label/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
else {
const err84 = {instancePath,schemaPath:"#/oneOf/4/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
}
else if(tag0 === "ticket.noShow"){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.seq === undefined){
const err85 = {instancePath,schemaPath:"#/oneOf/5/required",keyword:"required",params:{missingProperty: "seq"},message:"must have required property '"+"seq"+"'"};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
if(data.type === undefined){
const err86 = {instancePath,schemaPath:"#/oneOf/5/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
if(data.at === undefined){
const err87 = {instancePath,schemaPath:"#/oneOf/5/required",keyword:"required",params:{missingProperty: "at"},message:"must have required property '"+"at"+"'"};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
if(data.id === undefined){
const err88 = {instancePath,schemaPath:"#/oneOf/5/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
if(data.counter === undefined){
const err89 = {instancePath,schemaPath:"#/oneOf/5/required",keyword:"required",params:{missingProperty: "counter"},message:"must have required property '"+"counter"+"'"};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
if(data.seq !== undefined){
let data36 = data.seq;
if(!((typeof data36 == "number") && (!(data36 % 1) && !isNaN(data36)))){
const err90 = {instancePath:instancePath+"/seq",schemaPath:"#/oneOf/5/properties/seq/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
if(typeof data36 == "number"){
if(data36 < 0 || isNaN(data36)){
const err91 = {instancePath:instancePath+"/seq",schemaPath:"#/oneOf/5/properties/seq/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
}
}
if(data.type !== undefined){
let data37 = data.type;
if(typeof data37 !== "string"){
const err92 = {instancePath:instancePath+"/type",schemaPath:"#/oneOf/5/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
if("ticket.noShow" !== data37){
const err93 = {instancePath:instancePath+"/type",schemaPath:"#/oneOf/5/properties/type/const",keyword:"const",params:{allowedValue: "ticket.noShow"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
}
if(data.at !== undefined){
if(!(typeof data.at == "number")){
const err94 = {instancePath:instancePath+"/at",schemaPath:"#/oneOf/5/properties/at/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
}
if(data.id !== undefined){
if(typeof data.id !== "string"){
const err95 = {instancePath:instancePath+"/id",schemaPath:"#/oneOf/5/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
}
if(data.counter !== undefined){
if(typeof data.counter !== "string"){
const err96 = {instancePath:instancePath+"/counter",schemaPath:"#/oneOf/5/properties/counter/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
}
if(data.staff !== undefined){
if(typeof data.staff !== "string"){
const err97 = {instancePath:instancePath+"/staff",schemaPath:"#/oneOf/5/properties/staff/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
}
if(data.label !== undefined){
if(typeof data.label !== "string"){
const err98 = {instancePath:instancePath+"/label",schemaPath:"#/oneOf/5/properties/label/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
}
}
else {
const err99 = {instancePath,schemaPath:"#/oneOf/5/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
}
else if(tag0 === "ticket.held"){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.seq === undefined){
const err100 = {instancePath,schemaPath:"#/oneOf/6/required",keyword:"required",params:{missingProperty: "seq"},message:"must have required property '"+"seq"+"'"};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
if(data.type === undefined){
const err101 = {instancePath,schemaPath:"#/oneOf/6/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
if(data.at === undefined){
const err102 = {instancePath,schemaPath:"#/oneOf/6/required",keyword:"required",params:{missingProperty: "at"},message:"must have required property '"+"at"+"'"};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
if(data.id === undefined){
const err103 = {instancePath,schemaPath:"#/oneOf/6/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
if(data.counter === undefined){
const err104 = {instancePath,schemaPath:"#/oneOf/6/required",keyword:"required",params:{missingProperty: "counter"},message:"must have required property '"+"counter"+"'"};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
if(data.seq !== undefined){
let data43 = data.seq;
if(!((typeof data43 == "number") && (!(data43 % 1) && !isNaN(data43)))){
const err105 = {instancePath:instancePath+"/seq",schemaPath:"#/oneOf/6/properties/seq/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
if(typeof data43 == "number"){
if(data43 < 0 || isNaN(data43)){
const err106 = {instancePath:instancePath+"/seq",schemaPath:"#/oneOf/6/properties/seq/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
}
}
if(data.type !== undefined){
let data44 = data.type;
if(typeof data44 !== "string"){
const err107 = {instancePath:instancePath+"/type",schemaPath:"#/oneOf/6/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
if("ticket.held" !== data44){
const err108 = {instancePath:instancePath+"/type",schemaPath:"#/oneOf/6/properties/type/const",keyword:"const",params:{allowedValue: "ticket.held"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
}
if(data.at !== undefined){
if(!(typeof data.at == "number")){
const err109 = {instancePath:instancePath+"/at",schemaPath:"#/oneOf/6/properties/at/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
}
if(data.id !== undefined){
if(typeof data.id !== "string"){
const err110 = {instancePath:instancePath+"/id",schemaPath:"#/oneOf/6/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
}
if(data.counter !== undefined){
if(typeof data.counter !== "string"){
const err111 = {instancePath:instancePath+"/counter",schemaPath:"#/oneOf/6/properties/counter/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
}
if(data.staff !== undefined){
if(typeof data.staff !== "string"){
const err112 = {instancePath:instancePath+"/staff",schemaPath:"#/oneOf/6/properties/staff/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
}
if(data.label !== undefined){
if(typeof data.label !== "string"){
const err113 = {instancePath:instancePath+"/label",schemaPath:"#/oneOf/6/properties/label/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
}
}
else {
const err114 = {instancePath,schemaPath:"#/oneOf/6/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
}
else if(tag0 === "ticket.transferred"){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.seq === undefined){
const err115 = {instancePath,schemaPath:"#/oneOf/7/required",keyword:"required",params:{missingProperty: "seq"},message:"must have required property '"+"seq"+"'"};
if(vErrors === null){
vErrors = [err115];
}
else {
vErrors.push(err115);
}
errors++;
}
if(data.type === undefined){
const err116 = {instancePath,schemaPath:"#/oneOf/7/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err116];
}
else {
vErrors.push(err116);
}
errors++;
}
if(data.at === undefined){
const err117 = {instancePath,schemaPath:"#/oneOf/7/required",keyword:"required",params:{missingProperty: "at"},message:"must have required property '"+"at"+"'"};
if(vErrors === null){
vErrors = [err117];
}
else {
vErrors.push(err117);
}
errors++;
}
if(data.id === undefined){
const err118 = {instancePath,schemaPath:"#/oneOf/7/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err118];
}
else {
vErrors.push(err118);
}
errors++;
}
if(data.counter === undefined){
const err119 = {instancePath,schemaPath:"#/oneOf/7/required",keyword:"required",params:{missingProperty: "counter"},message:"must have required property '"+"counter"+"'"};
if(vErrors === null){
vErrors = [err119];
}
else {
vErrors.push(err119);
}
errors++;
}
if(data.position === undefined){
const err120 = {instancePath,schemaPath:"#/oneOf/7/required",keyword:"required",params:{missingProperty: "position"},message:"must have required property '"+"position"+"'"};
if(vErrors === null){
vErrors = [err120];
}
else {
vErrors.push(err120);
}
errors++;
}
if(data.seq !== undefined){
let data50 = data.seq;
if(!((typeof data50 == "number") && (!(data50 % 1) && !isNaN(data50)))){
const err121 = {instancePath:instancePath+"/seq",schemaPath:"#/oneOf/7/properties/seq/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err121];
}
else {
vErrors.push(err121);
}
errors++;
}
if(typeof data50 == "number"){
if(data50 < 0 || isNaN(data50)){
const err122 = {instancePath:instancePath+"/seq",schemaPath:"#/oneOf/7/properties/seq/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err122];
}
else {
vErrors.push(err122);
}
errors++;
}
}
}
if(data.type !== undefined){
let data51 = data.type;
if(typeof data51 !== "string"){
const err123 = {instancePath:instancePath+"/type",schemaPath:"#/oneOf/7/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err123];
}
else {
vErrors.push(err123);
}
errors++;
}
if("ticket.transferred" !== data51){
const err124 = {instancePath:instancePath+"/type",schemaPath:"#/oneOf/7/properties/type/const",keyword:"const",params:{allowedValue: "ticket.transferred"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err124];
}
else {
vErrors.push(err124);
}
errors++;
}
}
if(data.at !== undefined){
if(!(typeof data.at == "number")){
const err125 = {instancePath:instancePath+"/at",schemaPath:"#/oneOf/7/properties/at/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err125];
}
else {
vErrors.push(err125);
}
errors++;
}
}
if(data.id !== undefined){
if(typeof data.id !== "string"){
const err126 = {instancePath:instancePath+"/id",schemaPath:"#/oneOf/7/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err126];
}
else {
vErrors.push(err126);
}
errors++;
}
}
if(data.counter !== undefined){
if(typeof data.counter !== "string"){
const err127 = {instancePath:instancePath+"/counter",schemaPath:"#/oneOf/7/properties/counter/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err127];
}
else {
vErrors.push(err127);
}
errors++;
}
}
if(data.staff !== undefined){
if(typeof data.staff !== "string"){
const err128 = {instancePath:instancePath+"/staff",schemaPath:"#/oneOf/7/properties/staff/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err128];
}
else {
vErrors.push(err128);
}
errors++;
}
}
if(data.toService !== undefined){
if(typeof data.toService !== "string"){
const err129 = {instancePath:instancePath+"/toService",schemaPath:"#/oneOf/7/properties/toService/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err129];
}
else {
vErrors.push(err129);
}
errors++;
}
}
if(data.toCounter !== undefined){
if(typeof data.toCounter !== "string"){
const err130 = {instancePath:instancePath+"/toCounter",schemaPath:"#/oneOf/7/properties/toCounter/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err130];
}
else {
vErrors.push(err130);
}
errors++;
}
}
if(data.position !== undefined){
let data58 = data.position;
const _errs141 = errors;
let valid18 = false;
const _errs142 = errors;
if(typeof data58 !== "string"){
const err131 = {instancePath:instancePath+"/position",schemaPath:"#/oneOf/7/properties/position/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err131];
}
else {
vErrors.push(err131);
}
errors++;
}
if("front" !== data58){
const err132 = {instancePath:instancePath+"/position",schemaPath:"#/oneOf/7/properties/position/anyOf/0/const",keyword:"const",params:{allowedValue: "front"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err132];
}
else {
vErrors.push(err132);
}
errors++;
}
var _valid1 = _errs142 === errors;
valid18 = valid18 || _valid1;
if(!valid18){
const _errs144 = errors;
if(typeof data58 !== "string"){
const err133 = {instancePath:instancePath+"/position",schemaPath:"#/oneOf/7/properties/position/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err133];
}
else {
vErrors.push(err133);
}
errors++;
}
if("arrival" !== data58){
const err134 = {instancePath:instancePath+"/position",schemaPath:"#/oneOf/7/properties/position/anyOf/1/const",keyword:"const",params:{allowedValue: "arrival"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err134];
}
else {
vErrors.push(err134);
}
errors++;
}
var _valid1 = _errs144 === errors;
valid18 = valid18 || _valid1;
}
if(!valid18){
const err135 = {instancePath:instancePath+"/position",schemaPath:"#/oneOf/7/properties/position/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err135];
}
else {
vErrors.push(err135);
}
errors++;
}
else {
errors = _errs141;
if(vErrors !== null){
if(_errs141){
vErrors.length = _errs141;
}
else {
vErrors = null;
}
}
}
}
if(data.label !== undefined){
if(typeof data.label !== "string"){
const err136 = {instancePath:instancePath+"/label",schemaPath:"#/oneOf/7/properties/label/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err136];
}
else {
vErrors.push(err136);
}
errors++;
}
}
}
else {
const err137 = {instancePath,schemaPath:"#/oneOf/7/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err137];
}
else {
vErrors.push(err137);
}
errors++;
}
}
else if(tag0 === "ticket.nextStep"){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.seq === undefined){
const err138 = {instancePath,schemaPath:"#/oneOf/8/required",keyword:"required",params:{missingProperty: "seq"},message:"must have required property '"+"seq"+"'"};
if(vErrors === null){
vErrors = [err138];
}
else {
vErrors.push(err138);
}
errors++;
}
if(data.type === undefined){
const err139 = {instancePath,schemaPath:"#/oneOf/8/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err139];
}
else {
vErrors.push(err139);
}
errors++;
}
if(data.at === undefined){
const err140 = {instancePath,schemaPath:"#/oneOf/8/required",keyword:"required",params:{missingProperty: "at"},message:"must have required property '"+"at"+"'"};
if(vErrors === null){
vErrors = [err140];
}
else {
vErrors.push(err140);
}
errors++;
}
if(data.id === undefined){
const err141 = {instancePath,schemaPath:"#/oneOf/8/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err141];
}
else {
vErrors.push(err141);
}
errors++;
}
if(data.service === undefined){
const err142 = {instancePath,schemaPath:"#/oneOf/8/required",keyword:"required",params:{missingProperty: "service"},message:"must have required property '"+"service"+"'"};
if(vErrors === null){
vErrors = [err142];
}
else {
vErrors.push(err142);
}
errors++;
}
if(data.seq !== undefined){
let data60 = data.seq;
if(!((typeof data60 == "number") && (!(data60 % 1) && !isNaN(data60)))){
const err143 = {instancePath:instancePath+"/seq",schemaPath:"#/oneOf/8/properties/seq/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err143];
}
else {
vErrors.push(err143);
}
errors++;
}
if(typeof data60 == "number"){
if(data60 < 0 || isNaN(data60)){
const err144 = {instancePath:instancePath+"/seq",schemaPath:"#/oneOf/8/properties/seq/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err144];
}
else {
vErrors.push(err144);
}
errors++;
}
}
}
if(data.type !== undefined){
let data61 = data.type;
if(typeof data61 !== "string"){
const err145 = {instancePath:instancePath+"/type",schemaPath:"#/oneOf/8/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err145];
}
else {
vErrors.push(err145);
}
errors++;
}
if("ticket.nextStep" !== data61){
const err146 = {instancePath:instancePath+"/type",schemaPath:"#/oneOf/8/properties/type/const",keyword:"const",params:{allowedValue: "ticket.nextStep"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err146];
}
else {
vErrors.push(err146);
}
errors++;
}
}
if(data.at !== undefined){
if(!(typeof data.at == "number")){
const err147 = {instancePath:instancePath+"/at",schemaPath:"#/oneOf/8/properties/at/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err147];
}
else {
vErrors.push(err147);
}
errors++;
}
}
if(data.id !== undefined){
if(typeof data.id !== "string"){
const err148 = {instancePath:instancePath+"/id",schemaPath:"#/oneOf/8/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err148];
}
else {
vErrors.push(err148);
}
errors++;
}
}
if(data.service !== undefined){
if(typeof data.service !== "string"){
const err149 = {instancePath:instancePath+"/service",schemaPath:"#/oneOf/8/properties/service/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err149];
}
else {
vErrors.push(err149);
}
errors++;
}
}
if(data.label !== undefined){
if(typeof data.label !== "string"){
const err150 = {instancePath:instancePath+"/label",schemaPath:"#/oneOf/8/properties/label/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err150];
}
else {
vErrors.push(err150);
}
errors++;
}
}
}
else {
const err151 = {instancePath,schemaPath:"#/oneOf/8/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err151];
}
else {
vErrors.push(err151);
}
errors++;
}
}
else if(tag0 === "ticket.cancelled"){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.seq === undefined){
const err152 = {instancePath,schemaPath:"#/oneOf/9/required",keyword:"required",params:{missingProperty: "seq"},message:"must have required property '"+"seq"+"'"};
if(vErrors === null){
vErrors = [err152];
}
else {
vErrors.push(err152);
}
errors++;
}
if(data.type === undefined){
const err153 = {instancePath,schemaPath:"#/oneOf/9/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err153];
}
else {
vErrors.push(err153);
}
errors++;
}
if(data.at === undefined){
const err154 = {instancePath,schemaPath:"#/oneOf/9/required",keyword:"required",params:{missingProperty: "at"},message:"must have required property '"+"at"+"'"};
if(vErrors === null){
vErrors = [err154];
}
else {
vErrors.push(err154);
}
errors++;
}
if(data.id === undefined){
const err155 = {instancePath,schemaPath:"#/oneOf/9/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err155];
}
else {
vErrors.push(err155);
}
errors++;
}
if(data.reason === undefined){
const err156 = {instancePath,schemaPath:"#/oneOf/9/required",keyword:"required",params:{missingProperty: "reason"},message:"must have required property '"+"reason"+"'"};
if(vErrors === null){
vErrors = [err156];
}
else {
vErrors.push(err156);
}
errors++;
}
if(data.seq !== undefined){
let data66 = data.seq;
if(!((typeof data66 == "number") && (!(data66 % 1) && !isNaN(data66)))){
const err157 = {instancePath:instancePath+"/seq",schemaPath:"#/oneOf/9/properties/seq/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err157];
}
else {
vErrors.push(err157);
}
errors++;
}
if(typeof data66 == "number"){
if(data66 < 0 || isNaN(data66)){
const err158 = {instancePath:instancePath+"/seq",schemaPath:"#/oneOf/9/properties/seq/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err158];
}
else {
vErrors.push(err158);
}
errors++;
}
}
}
if(data.type !== undefined){
let data67 = data.type;
if(typeof data67 !== "string"){
const err159 = {instancePath:instancePath+"/type",schemaPath:"#/oneOf/9/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err159];
}
else {
vErrors.push(err159);
}
errors++;
}
if("ticket.cancelled" !== data67){
const err160 = {instancePath:instancePath+"/type",schemaPath:"#/oneOf/9/properties/type/const",keyword:"const",params:{allowedValue: "ticket.cancelled"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err160];
}
else {
vErrors.push(err160);
}
errors++;
}
}
if(data.at !== undefined){
if(!(typeof data.at == "number")){
const err161 = {instancePath:instancePath+"/at",schemaPath:"#/oneOf/9/properties/at/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err161];
}
else {
vErrors.push(err161);
}
errors++;
}
}
if(data.id !== undefined){
if(typeof data.id !== "string"){
const err162 = {instancePath:instancePath+"/id",schemaPath:"#/oneOf/9/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err162];
}
else {
vErrors.push(err162);
}
errors++;
}
}
if(data.reason !== undefined){
let data70 = data.reason;
const _errs173 = errors;
let valid23 = false;
const _errs174 = errors;
if(typeof data70 !== "string"){
const err163 = {instancePath:instancePath+"/reason",schemaPath:"#/oneOf/9/properties/reason/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err163];
}
else {
vErrors.push(err163);
}
errors++;
}
if("cancelled" !== data70){
const err164 = {instancePath:instancePath+"/reason",schemaPath:"#/oneOf/9/properties/reason/anyOf/0/const",keyword:"const",params:{allowedValue: "cancelled"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err164];
}
else {
vErrors.push(err164);
}
errors++;
}
var _valid2 = _errs174 === errors;
valid23 = valid23 || _valid2;
if(!valid23){
const _errs176 = errors;
if(typeof data70 !== "string"){
const err165 = {instancePath:instancePath+"/reason",schemaPath:"#/oneOf/9/properties/reason/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err165];
}
else {
vErrors.push(err165);
}
errors++;
}
if("day-end" !== data70){
const err166 = {instancePath:instancePath+"/reason",schemaPath:"#/oneOf/9/properties/reason/anyOf/1/const",keyword:"const",params:{allowedValue: "day-end"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err166];
}
else {
vErrors.push(err166);
}
errors++;
}
var _valid2 = _errs176 === errors;
valid23 = valid23 || _valid2;
}
if(!valid23){
const err167 = {instancePath:instancePath+"/reason",schemaPath:"#/oneOf/9/properties/reason/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err167];
}
else {
vErrors.push(err167);
}
errors++;
}
else {
errors = _errs173;
if(vErrors !== null){
if(_errs173){
vErrors.length = _errs173;
}
else {
vErrors = null;
}
}
}
}
if(data.label !== undefined){
if(typeof data.label !== "string"){
const err168 = {instancePath:instancePath+"/label",schemaPath:"#/oneOf/9/properties/label/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err168];
}
else {
vErrors.push(err168);
}
errors++;
}
}
}
else {
const err169 = {instancePath,schemaPath:"#/oneOf/9/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err169];
}
else {
vErrors.push(err169);
}
errors++;
}
}
else if(tag0 === "ticket.unprinted"){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.seq === undefined){
const err170 = {instancePath,schemaPath:"#/oneOf/10/required",keyword:"required",params:{missingProperty: "seq"},message:"must have required property '"+"seq"+"'"};
if(vErrors === null){
vErrors = [err170];
}
else {
vErrors.push(err170);
}
errors++;
}
if(data.type === undefined){
const err171 = {instancePath,schemaPath:"#/oneOf/10/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err171];
}
else {
vErrors.push(err171);
}
errors++;
}
if(data.at === undefined){
const err172 = {instancePath,schemaPath:"#/oneOf/10/required",keyword:"required",params:{missingProperty: "at"},message:"must have required property '"+"at"+"'"};
if(vErrors === null){
vErrors = [err172];
}
else {
vErrors.push(err172);
}
errors++;
}
if(data.id === undefined){
const err173 = {instancePath,schemaPath:"#/oneOf/10/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err173];
}
else {
vErrors.push(err173);
}
errors++;
}
if(data.reason === undefined){
const err174 = {instancePath,schemaPath:"#/oneOf/10/required",keyword:"required",params:{missingProperty: "reason"},message:"must have required property '"+"reason"+"'"};
if(vErrors === null){
vErrors = [err174];
}
else {
vErrors.push(err174);
}
errors++;
}
if(data.seq !== undefined){
let data72 = data.seq;
if(!((typeof data72 == "number") && (!(data72 % 1) && !isNaN(data72)))){
const err175 = {instancePath:instancePath+"/seq",schemaPath:"#/oneOf/10/properties/seq/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err175];
}
else {
vErrors.push(err175);
}
errors++;
}
if(typeof data72 == "number"){
if(data72 < 0 || isNaN(data72)){
const err176 = {instancePath:instancePath+"/seq",schemaPath:"#/oneOf/10/properties/seq/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err176];
}
else {
vErrors.push(err176);
}
errors++;
}
}
}
if(data.type !== undefined){
let data73 = data.type;
if(typeof data73 !== "string"){
const err177 = {instancePath:instancePath+"/type",schemaPath:"#/oneOf/10/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err177];
}
else {
vErrors.push(err177);
}
errors++;
}
if("ticket.unprinted" !== data73){
const err178 = {instancePath:instancePath+"/type",schemaPath:"#/oneOf/10/properties/type/const",keyword:"const",params:{allowedValue: "ticket.unprinted"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err178];
}
else {
vErrors.push(err178);
}
errors++;
}
}
if(data.at !== undefined){
if(!(typeof data.at == "number")){
const err179 = {instancePath:instancePath+"/at",schemaPath:"#/oneOf/10/properties/at/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err179];
}
else {
vErrors.push(err179);
}
errors++;
}
}
if(data.id !== undefined){
if(typeof data.id !== "string"){
const err180 = {instancePath:instancePath+"/id",schemaPath:"#/oneOf/10/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err180];
}
else {
vErrors.push(err180);
}
errors++;
}
}
if(data.reason !== undefined){
if(typeof data.reason !== "string"){
const err181 = {instancePath:instancePath+"/reason",schemaPath:"#/oneOf/10/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err181];
}
else {
vErrors.push(err181);
}
errors++;
}
}
if(data.label !== undefined){
if(typeof data.label !== "string"){
const err182 = {instancePath:instancePath+"/label",schemaPath:"#/oneOf/10/properties/label/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err182];
}
else {
vErrors.push(err182);
}
errors++;
}
}
}
else {
const err183 = {instancePath,schemaPath:"#/oneOf/10/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err183];
}
else {
vErrors.push(err183);
}
errors++;
}
}
else if(tag0 === "ticket.reprintRequested"){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.seq === undefined){
const err184 = {instancePath,schemaPath:"#/oneOf/11/required",keyword:"required",params:{missingProperty: "seq"},message:"must have required property '"+"seq"+"'"};
if(vErrors === null){
vErrors = [err184];
}
else {
vErrors.push(err184);
}
errors++;
}
if(data.type === undefined){
const err185 = {instancePath,schemaPath:"#/oneOf/11/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err185];
}
else {
vErrors.push(err185);
}
errors++;
}
if(data.at === undefined){
const err186 = {instancePath,schemaPath:"#/oneOf/11/required",keyword:"required",params:{missingProperty: "at"},message:"must have required property '"+"at"+"'"};
if(vErrors === null){
vErrors = [err186];
}
else {
vErrors.push(err186);
}
errors++;
}
if(data.id === undefined){
const err187 = {instancePath,schemaPath:"#/oneOf/11/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err187];
}
else {
vErrors.push(err187);
}
errors++;
}
if(data.service === undefined){
const err188 = {instancePath,schemaPath:"#/oneOf/11/required",keyword:"required",params:{missingProperty: "service"},message:"must have required property '"+"service"+"'"};
if(vErrors === null){
vErrors = [err188];
}
else {
vErrors.push(err188);
}
errors++;
}
if(data.seq !== undefined){
let data78 = data.seq;
if(!((typeof data78 == "number") && (!(data78 % 1) && !isNaN(data78)))){
const err189 = {instancePath:instancePath+"/seq",schemaPath:"#/oneOf/11/properties/seq/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err189];
}
else {
vErrors.push(err189);
}
errors++;
}
if(typeof data78 == "number"){
if(data78 < 0 || isNaN(data78)){
const err190 = {instancePath:instancePath+"/seq",schemaPath:"#/oneOf/11/properties/seq/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err190];
}
else {
vErrors.push(err190);
}
errors++;
}
}
}
if(data.type !== undefined){
let data79 = data.type;
if(typeof data79 !== "string"){
const err191 = {instancePath:instancePath+"/type",schemaPath:"#/oneOf/11/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err191];
}
else {
vErrors.push(err191);
}
errors++;
}
if("ticket.reprintRequested" !== data79){
const err192 = {instancePath:instancePath+"/type",schemaPath:"#/oneOf/11/properties/type/const",keyword:"const",params:{allowedValue: "ticket.reprintRequested"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err192];
}
else {
vErrors.push(err192);
}
errors++;
}
}
if(data.at !== undefined){
if(!(typeof data.at == "number")){
const err193 = {instancePath:instancePath+"/at",schemaPath:"#/oneOf/11/properties/at/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err193];
}
else {
vErrors.push(err193);
}
errors++;
}
}
if(data.id !== undefined){
if(typeof data.id !== "string"){
const err194 = {instancePath:instancePath+"/id",schemaPath:"#/oneOf/11/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err194];
}
else {
vErrors.push(err194);
}
errors++;
}
}
if(data.service !== undefined){
if(typeof data.service !== "string"){
const err195 = {instancePath:instancePath+"/service",schemaPath:"#/oneOf/11/properties/service/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err195];
}
else {
vErrors.push(err195);
}
errors++;
}
}
if(data.token !== undefined){
if(typeof data.token !== "string"){
const err196 = {instancePath:instancePath+"/token",schemaPath:"#/oneOf/11/properties/token/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err196];
}
else {
vErrors.push(err196);
}
errors++;
}
}
if(data.label !== undefined){
if(typeof data.label !== "string"){
const err197 = {instancePath:instancePath+"/label",schemaPath:"#/oneOf/11/properties/label/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err197];
}
else {
vErrors.push(err197);
}
errors++;
}
}
}
else {
const err198 = {instancePath,schemaPath:"#/oneOf/11/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err198];
}
else {
vErrors.push(err198);
}
errors++;
}
}
else if(tag0 === "ticket.printed"){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.seq === undefined){
const err199 = {instancePath,schemaPath:"#/oneOf/12/required",keyword:"required",params:{missingProperty: "seq"},message:"must have required property '"+"seq"+"'"};
if(vErrors === null){
vErrors = [err199];
}
else {
vErrors.push(err199);
}
errors++;
}
if(data.type === undefined){
const err200 = {instancePath,schemaPath:"#/oneOf/12/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err200];
}
else {
vErrors.push(err200);
}
errors++;
}
if(data.at === undefined){
const err201 = {instancePath,schemaPath:"#/oneOf/12/required",keyword:"required",params:{missingProperty: "at"},message:"must have required property '"+"at"+"'"};
if(vErrors === null){
vErrors = [err201];
}
else {
vErrors.push(err201);
}
errors++;
}
if(data.id === undefined){
const err202 = {instancePath,schemaPath:"#/oneOf/12/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err202];
}
else {
vErrors.push(err202);
}
errors++;
}
if(data.seq !== undefined){
let data85 = data.seq;
if(!((typeof data85 == "number") && (!(data85 % 1) && !isNaN(data85)))){
const err203 = {instancePath:instancePath+"/seq",schemaPath:"#/oneOf/12/properties/seq/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err203];
}
else {
vErrors.push(err203);
}
errors++;
}
if(typeof data85 == "number"){
if(data85 < 0 || isNaN(data85)){
const err204 = {instancePath:instancePath+"/seq",schemaPath:"#/oneOf/12/properties/seq/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err204];
}
else {
vErrors.push(err204);
}
errors++;
}
}
}
if(data.type !== undefined){
let data86 = data.type;
if(typeof data86 !== "string"){
const err205 = {instancePath:instancePath+"/type",schemaPath:"#/oneOf/12/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err205];
}
else {
vErrors.push(err205);
}
errors++;
}
if("ticket.printed" !== data86){
const err206 = {instancePath:instancePath+"/type",schemaPath:"#/oneOf/12/properties/type/const",keyword:"const",params:{allowedValue: "ticket.printed"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err206];
}
else {
vErrors.push(err206);
}
errors++;
}
}
if(data.at !== undefined){
if(!(typeof data.at == "number")){
const err207 = {instancePath:instancePath+"/at",schemaPath:"#/oneOf/12/properties/at/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err207];
}
else {
vErrors.push(err207);
}
errors++;
}
}
if(data.id !== undefined){
if(typeof data.id !== "string"){
const err208 = {instancePath:instancePath+"/id",schemaPath:"#/oneOf/12/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err208];
}
else {
vErrors.push(err208);
}
errors++;
}
}
if(data.label !== undefined){
if(typeof data.label !== "string"){
const err209 = {instancePath:instancePath+"/label",schemaPath:"#/oneOf/12/properties/label/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err209];
}
else {
vErrors.push(err209);
}
errors++;
}
}
}
else {
const err210 = {instancePath,schemaPath:"#/oneOf/12/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err210];
}
else {
vErrors.push(err210);
}
errors++;
}
}
else if(tag0 === "counter.paused"){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.seq === undefined){
const err211 = {instancePath,schemaPath:"#/oneOf/13/required",keyword:"required",params:{missingProperty: "seq"},message:"must have required property '"+"seq"+"'"};
if(vErrors === null){
vErrors = [err211];
}
else {
vErrors.push(err211);
}
errors++;
}
if(data.type === undefined){
const err212 = {instancePath,schemaPath:"#/oneOf/13/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err212];
}
else {
vErrors.push(err212);
}
errors++;
}
if(data.at === undefined){
const err213 = {instancePath,schemaPath:"#/oneOf/13/required",keyword:"required",params:{missingProperty: "at"},message:"must have required property '"+"at"+"'"};
if(vErrors === null){
vErrors = [err213];
}
else {
vErrors.push(err213);
}
errors++;
}
if(data.counter === undefined){
const err214 = {instancePath,schemaPath:"#/oneOf/13/required",keyword:"required",params:{missingProperty: "counter"},message:"must have required property '"+"counter"+"'"};
if(vErrors === null){
vErrors = [err214];
}
else {
vErrors.push(err214);
}
errors++;
}
if(data.seq !== undefined){
let data90 = data.seq;
if(!((typeof data90 == "number") && (!(data90 % 1) && !isNaN(data90)))){
const err215 = {instancePath:instancePath+"/seq",schemaPath:"#/oneOf/13/properties/seq/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err215];
}
else {
vErrors.push(err215);
}
errors++;
}
if(typeof data90 == "number"){
if(data90 < 0 || isNaN(data90)){
const err216 = {instancePath:instancePath+"/seq",schemaPath:"#/oneOf/13/properties/seq/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err216];
}
else {
vErrors.push(err216);
}
errors++;
}
}
}
if(data.type !== undefined){
let data91 = data.type;
if(typeof data91 !== "string"){
const err217 = {instancePath:instancePath+"/type",schemaPath:"#/oneOf/13/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err217];
}
else {
vErrors.push(err217);
}
errors++;
}
if("counter.paused" !== data91){
const err218 = {instancePath:instancePath+"/type",schemaPath:"#/oneOf/13/properties/type/const",keyword:"const",params:{allowedValue: "counter.paused"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err218];
}
else {
vErrors.push(err218);
}
errors++;
}
}
if(data.at !== undefined){
if(!(typeof data.at == "number")){
const err219 = {instancePath:instancePath+"/at",schemaPath:"#/oneOf/13/properties/at/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err219];
}
else {
vErrors.push(err219);
}
errors++;
}
}
if(data.counter !== undefined){
if(typeof data.counter !== "string"){
const err220 = {instancePath:instancePath+"/counter",schemaPath:"#/oneOf/13/properties/counter/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err220];
}
else {
vErrors.push(err220);
}
errors++;
}
}
if(data.label !== undefined){
if(typeof data.label !== "string"){
const err221 = {instancePath:instancePath+"/label",schemaPath:"#/oneOf/13/properties/label/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err221];
}
else {
vErrors.push(err221);
}
errors++;
}
}
}
else {
const err222 = {instancePath,schemaPath:"#/oneOf/13/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err222];
}
else {
vErrors.push(err222);
}
errors++;
}
}
else if(tag0 === "counter.resumed"){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.seq === undefined){
const err223 = {instancePath,schemaPath:"#/oneOf/14/required",keyword:"required",params:{missingProperty: "seq"},message:"must have required property '"+"seq"+"'"};
if(vErrors === null){
vErrors = [err223];
}
else {
vErrors.push(err223);
}
errors++;
}
if(data.type === undefined){
const err224 = {instancePath,schemaPath:"#/oneOf/14/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err224];
}
else {
vErrors.push(err224);
}
errors++;
}
if(data.at === undefined){
const err225 = {instancePath,schemaPath:"#/oneOf/14/required",keyword:"required",params:{missingProperty: "at"},message:"must have required property '"+"at"+"'"};
if(vErrors === null){
vErrors = [err225];
}
else {
vErrors.push(err225);
}
errors++;
}
if(data.counter === undefined){
const err226 = {instancePath,schemaPath:"#/oneOf/14/required",keyword:"required",params:{missingProperty: "counter"},message:"must have required property '"+"counter"+"'"};
if(vErrors === null){
vErrors = [err226];
}
else {
vErrors.push(err226);
}
errors++;
}
if(data.seq !== undefined){
let data95 = data.seq;
if(!((typeof data95 == "number") && (!(data95 % 1) && !isNaN(data95)))){
const err227 = {instancePath:instancePath+"/seq",schemaPath:"#/oneOf/14/properties/seq/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err227];
}
else {
vErrors.push(err227);
}
errors++;
}
if(typeof data95 == "number"){
if(data95 < 0 || isNaN(data95)){
const err228 = {instancePath:instancePath+"/seq",schemaPath:"#/oneOf/14/properties/seq/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err228];
}
else {
vErrors.push(err228);
}
errors++;
}
}
}
if(data.type !== undefined){
let data96 = data.type;
if(typeof data96 !== "string"){
const err229 = {instancePath:instancePath+"/type",schemaPath:"#/oneOf/14/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err229];
}
else {
vErrors.push(err229);
}
errors++;
}
if("counter.resumed" !== data96){
const err230 = {instancePath:instancePath+"/type",schemaPath:"#/oneOf/14/properties/type/const",keyword:"const",params:{allowedValue: "counter.resumed"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err230];
}
else {
vErrors.push(err230);
}
errors++;
}
}
if(data.at !== undefined){
if(!(typeof data.at == "number")){
const err231 = {instancePath:instancePath+"/at",schemaPath:"#/oneOf/14/properties/at/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err231];
}
else {
vErrors.push(err231);
}
errors++;
}
}
if(data.counter !== undefined){
if(typeof data.counter !== "string"){
const err232 = {instancePath:instancePath+"/counter",schemaPath:"#/oneOf/14/properties/counter/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err232];
}
else {
vErrors.push(err232);
}
errors++;
}
}
if(data.label !== undefined){
if(typeof data.label !== "string"){
const err233 = {instancePath:instancePath+"/label",schemaPath:"#/oneOf/14/properties/label/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err233];
}
else {
vErrors.push(err233);
}
errors++;
}
}
}
else {
const err234 = {instancePath,schemaPath:"#/oneOf/14/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err234];
}
else {
vErrors.push(err234);
}
errors++;
}
}
else if(tag0 === "staff.loggedIn"){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.seq === undefined){
const err235 = {instancePath,schemaPath:"#/oneOf/15/required",keyword:"required",params:{missingProperty: "seq"},message:"must have required property '"+"seq"+"'"};
if(vErrors === null){
vErrors = [err235];
}
else {
vErrors.push(err235);
}
errors++;
}
if(data.type === undefined){
const err236 = {instancePath,schemaPath:"#/oneOf/15/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err236];
}
else {
vErrors.push(err236);
}
errors++;
}
if(data.at === undefined){
const err237 = {instancePath,schemaPath:"#/oneOf/15/required",keyword:"required",params:{missingProperty: "at"},message:"must have required property '"+"at"+"'"};
if(vErrors === null){
vErrors = [err237];
}
else {
vErrors.push(err237);
}
errors++;
}
if(data.counter === undefined){
const err238 = {instancePath,schemaPath:"#/oneOf/15/required",keyword:"required",params:{missingProperty: "counter"},message:"must have required property '"+"counter"+"'"};
if(vErrors === null){
vErrors = [err238];
}
else {
vErrors.push(err238);
}
errors++;
}
if(data.staff === undefined){
const err239 = {instancePath,schemaPath:"#/oneOf/15/required",keyword:"required",params:{missingProperty: "staff"},message:"must have required property '"+"staff"+"'"};
if(vErrors === null){
vErrors = [err239];
}
else {
vErrors.push(err239);
}
errors++;
}
if(data.seq !== undefined){
let data100 = data.seq;
if(!((typeof data100 == "number") && (!(data100 % 1) && !isNaN(data100)))){
const err240 = {instancePath:instancePath+"/seq",schemaPath:"#/oneOf/15/properties/seq/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err240];
}
else {
vErrors.push(err240);
}
errors++;
}
if(typeof data100 == "number"){
if(data100 < 0 || isNaN(data100)){
const err241 = {instancePath:instancePath+"/seq",schemaPath:"#/oneOf/15/properties/seq/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err241];
}
else {
vErrors.push(err241);
}
errors++;
}
}
}
if(data.type !== undefined){
let data101 = data.type;
if(typeof data101 !== "string"){
const err242 = {instancePath:instancePath+"/type",schemaPath:"#/oneOf/15/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err242];
}
else {
vErrors.push(err242);
}
errors++;
}
if("staff.loggedIn" !== data101){
const err243 = {instancePath:instancePath+"/type",schemaPath:"#/oneOf/15/properties/type/const",keyword:"const",params:{allowedValue: "staff.loggedIn"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err243];
}
else {
vErrors.push(err243);
}
errors++;
}
}
if(data.at !== undefined){
if(!(typeof data.at == "number")){
const err244 = {instancePath:instancePath+"/at",schemaPath:"#/oneOf/15/properties/at/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err244];
}
else {
vErrors.push(err244);
}
errors++;
}
}
if(data.counter !== undefined){
if(typeof data.counter !== "string"){
const err245 = {instancePath:instancePath+"/counter",schemaPath:"#/oneOf/15/properties/counter/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err245];
}
else {
vErrors.push(err245);
}
errors++;
}
}
if(data.staff !== undefined){
if(typeof data.staff !== "string"){
const err246 = {instancePath:instancePath+"/staff",schemaPath:"#/oneOf/15/properties/staff/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err246];
}
else {
vErrors.push(err246);
}
errors++;
}
}
if(data.label !== undefined){
if(typeof data.label !== "string"){
const err247 = {instancePath:instancePath+"/label",schemaPath:"#/oneOf/15/properties/label/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err247];
}
else {
vErrors.push(err247);
}
errors++;
}
}
}
else {
const err248 = {instancePath,schemaPath:"#/oneOf/15/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err248];
}
else {
vErrors.push(err248);
}
errors++;
}
}
else if(tag0 === "staff.loggedOut"){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.seq === undefined){
const err249 = {instancePath,schemaPath:"#/oneOf/16/required",keyword:"required",params:{missingProperty: "seq"},message:"must have required property '"+"seq"+"'"};
if(vErrors === null){
vErrors = [err249];
}
else {
vErrors.push(err249);
}
errors++;
}
if(data.type === undefined){
const err250 = {instancePath,schemaPath:"#/oneOf/16/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err250];
}
else {
vErrors.push(err250);
}
errors++;
}
if(data.at === undefined){
const err251 = {instancePath,schemaPath:"#/oneOf/16/required",keyword:"required",params:{missingProperty: "at"},message:"must have required property '"+"at"+"'"};
if(vErrors === null){
vErrors = [err251];
}
else {
vErrors.push(err251);
}
errors++;
}
if(data.counter === undefined){
const err252 = {instancePath,schemaPath:"#/oneOf/16/required",keyword:"required",params:{missingProperty: "counter"},message:"must have required property '"+"counter"+"'"};
if(vErrors === null){
vErrors = [err252];
}
else {
vErrors.push(err252);
}
errors++;
}
if(data.staff === undefined){
const err253 = {instancePath,schemaPath:"#/oneOf/16/required",keyword:"required",params:{missingProperty: "staff"},message:"must have required property '"+"staff"+"'"};
if(vErrors === null){
vErrors = [err253];
}
else {
vErrors.push(err253);
}
errors++;
}
if(data.seq !== undefined){
let data106 = data.seq;
if(!((typeof data106 == "number") && (!(data106 % 1) && !isNaN(data106)))){
const err254 = {instancePath:instancePath+"/seq",schemaPath:"#/oneOf/16/properties/seq/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err254];
}
else {
vErrors.push(err254);
}
errors++;
}
if(typeof data106 == "number"){
if(data106 < 0 || isNaN(data106)){
const err255 = {instancePath:instancePath+"/seq",schemaPath:"#/oneOf/16/properties/seq/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err255];
}
else {
vErrors.push(err255);
}
errors++;
}
}
}
if(data.type !== undefined){
let data107 = data.type;
if(typeof data107 !== "string"){
const err256 = {instancePath:instancePath+"/type",schemaPath:"#/oneOf/16/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err256];
}
else {
vErrors.push(err256);
}
errors++;
}
if("staff.loggedOut" !== data107){
const err257 = {instancePath:instancePath+"/type",schemaPath:"#/oneOf/16/properties/type/const",keyword:"const",params:{allowedValue: "staff.loggedOut"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err257];
}
else {
vErrors.push(err257);
}
errors++;
}
}
if(data.at !== undefined){
if(!(typeof data.at == "number")){
const err258 = {instancePath:instancePath+"/at",schemaPath:"#/oneOf/16/properties/at/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err258];
}
else {
vErrors.push(err258);
}
errors++;
}
}
if(data.counter !== undefined){
if(typeof data.counter !== "string"){
const err259 = {instancePath:instancePath+"/counter",schemaPath:"#/oneOf/16/properties/counter/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err259];
}
else {
vErrors.push(err259);
}
errors++;
}
}
if(data.staff !== undefined){
if(typeof data.staff !== "string"){
const err260 = {instancePath:instancePath+"/staff",schemaPath:"#/oneOf/16/properties/staff/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err260];
}
else {
vErrors.push(err260);
}
errors++;
}
}
if(data.label !== undefined){
if(typeof data.label !== "string"){
const err261 = {instancePath:instancePath+"/label",schemaPath:"#/oneOf/16/properties/label/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err262 = {instancePath,schemaPath:"#/oneOf/16/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err262];
}
else {
vErrors.push(err262);
}
errors++;
}
}
else if(tag0 === "incident.raised"){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.seq === undefined){
const err263 = {instancePath,schemaPath:"#/oneOf/17/required",keyword:"required",params:{missingProperty: "seq"},message:"must have required property '"+"seq"+"'"};
if(vErrors === null){
vErrors = [err263];
}
else {
vErrors.push(err263);
}
errors++;
}
if(data.type === undefined){
const err264 = {instancePath,schemaPath:"#/oneOf/17/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err264];
}
else {
vErrors.push(err264);
}
errors++;
}
if(data.at === undefined){
const err265 = {instancePath,schemaPath:"#/oneOf/17/required",keyword:"required",params:{missingProperty: "at"},message:"must have required property '"+"at"+"'"};
if(vErrors === null){
vErrors = [err265];
}
else {
vErrors.push(err265);
}
errors++;
}
if(data.incident === undefined){
const err266 = {instancePath,schemaPath:"#/oneOf/17/required",keyword:"required",params:{missingProperty: "incident"},message:"must have required property '"+"incident"+"'"};
if(vErrors === null){
vErrors = [err266];
}
else {
vErrors.push(err266);
}
errors++;
}
if(data.point === undefined){
const err267 = {instancePath,schemaPath:"#/oneOf/17/required",keyword:"required",params:{missingProperty: "point"},message:"must have required property '"+"point"+"'"};
if(vErrors === null){
vErrors = [err267];
}
else {
vErrors.push(err267);
}
errors++;
}
if(data.kind === undefined){
const err268 = {instancePath,schemaPath:"#/oneOf/17/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'"};
if(vErrors === null){
vErrors = [err268];
}
else {
vErrors.push(err268);
}
errors++;
}
if(data.location === undefined){
const err269 = {instancePath,schemaPath:"#/oneOf/17/required",keyword:"required",params:{missingProperty: "location"},message:"must have required property '"+"location"+"'"};
if(vErrors === null){
vErrors = [err269];
}
else {
vErrors.push(err269);
}
errors++;
}
if(data.board === undefined){
const err270 = {instancePath,schemaPath:"#/oneOf/17/required",keyword:"required",params:{missingProperty: "board"},message:"must have required property '"+"board"+"'"};
if(vErrors === null){
vErrors = [err270];
}
else {
vErrors.push(err270);
}
errors++;
}
if(data.seq !== undefined){
let data112 = data.seq;
if(!((typeof data112 == "number") && (!(data112 % 1) && !isNaN(data112)))){
const err271 = {instancePath:instancePath+"/seq",schemaPath:"#/oneOf/17/properties/seq/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err271];
}
else {
vErrors.push(err271);
}
errors++;
}
if(typeof data112 == "number"){
if(data112 < 0 || isNaN(data112)){
const err272 = {instancePath:instancePath+"/seq",schemaPath:"#/oneOf/17/properties/seq/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err272];
}
else {
vErrors.push(err272);
}
errors++;
}
}
}
if(data.type !== undefined){
let data113 = data.type;
if(typeof data113 !== "string"){
const err273 = {instancePath:instancePath+"/type",schemaPath:"#/oneOf/17/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err273];
}
else {
vErrors.push(err273);
}
errors++;
}
if("incident.raised" !== data113){
const err274 = {instancePath:instancePath+"/type",schemaPath:"#/oneOf/17/properties/type/const",keyword:"const",params:{allowedValue: "incident.raised"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err274];
}
else {
vErrors.push(err274);
}
errors++;
}
}
if(data.at !== undefined){
if(!(typeof data.at == "number")){
const err275 = {instancePath:instancePath+"/at",schemaPath:"#/oneOf/17/properties/at/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err275];
}
else {
vErrors.push(err275);
}
errors++;
}
}
if(data.incident !== undefined){
if(typeof data.incident !== "string"){
const err276 = {instancePath:instancePath+"/incident",schemaPath:"#/oneOf/17/properties/incident/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err276];
}
else {
vErrors.push(err276);
}
errors++;
}
}
if(data.point !== undefined){
if(typeof data.point !== "string"){
const err277 = {instancePath:instancePath+"/point",schemaPath:"#/oneOf/17/properties/point/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err277];
}
else {
vErrors.push(err277);
}
errors++;
}
}
if(data.kind !== undefined){
let data117 = data.kind;
const _errs287 = errors;
let valid40 = false;
const _errs288 = errors;
if(typeof data117 !== "string"){
const err278 = {instancePath:instancePath+"/kind",schemaPath:"#/oneOf/17/properties/kind/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err278];
}
else {
vErrors.push(err278);
}
errors++;
}
if("staff" !== data117){
const err279 = {instancePath:instancePath+"/kind",schemaPath:"#/oneOf/17/properties/kind/anyOf/0/const",keyword:"const",params:{allowedValue: "staff"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err279];
}
else {
vErrors.push(err279);
}
errors++;
}
var _valid3 = _errs288 === errors;
valid40 = valid40 || _valid3;
if(!valid40){
const _errs290 = errors;
if(typeof data117 !== "string"){
const err280 = {instancePath:instancePath+"/kind",schemaPath:"#/oneOf/17/properties/kind/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err280];
}
else {
vErrors.push(err280);
}
errors++;
}
if("manager" !== data117){
const err281 = {instancePath:instancePath+"/kind",schemaPath:"#/oneOf/17/properties/kind/anyOf/1/const",keyword:"const",params:{allowedValue: "manager"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err281];
}
else {
vErrors.push(err281);
}
errors++;
}
var _valid3 = _errs290 === errors;
valid40 = valid40 || _valid3;
if(!valid40){
const _errs292 = errors;
if(typeof data117 !== "string"){
const err282 = {instancePath:instancePath+"/kind",schemaPath:"#/oneOf/17/properties/kind/anyOf/2/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err282];
}
else {
vErrors.push(err282);
}
errors++;
}
if("complaint" !== data117){
const err283 = {instancePath:instancePath+"/kind",schemaPath:"#/oneOf/17/properties/kind/anyOf/2/const",keyword:"const",params:{allowedValue: "complaint"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err283];
}
else {
vErrors.push(err283);
}
errors++;
}
var _valid3 = _errs292 === errors;
valid40 = valid40 || _valid3;
if(!valid40){
const _errs294 = errors;
if(typeof data117 !== "string"){
const err284 = {instancePath:instancePath+"/kind",schemaPath:"#/oneOf/17/properties/kind/anyOf/3/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err284];
}
else {
vErrors.push(err284);
}
errors++;
}
if("emergency" !== data117){
const err285 = {instancePath:instancePath+"/kind",schemaPath:"#/oneOf/17/properties/kind/anyOf/3/const",keyword:"const",params:{allowedValue: "emergency"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err285];
}
else {
vErrors.push(err285);
}
errors++;
}
var _valid3 = _errs294 === errors;
valid40 = valid40 || _valid3;
}
}
}
if(!valid40){
const err286 = {instancePath:instancePath+"/kind",schemaPath:"#/oneOf/17/properties/kind/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err286];
}
else {
vErrors.push(err286);
}
errors++;
}
else {
errors = _errs287;
if(vErrors !== null){
if(_errs287){
vErrors.length = _errs287;
}
else {
vErrors = null;
}
}
}
}
if(data.location !== undefined){
if(typeof data.location !== "string"){
const err287 = {instancePath:instancePath+"/location",schemaPath:"#/oneOf/17/properties/location/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err287];
}
else {
vErrors.push(err287);
}
errors++;
}
}
if(data.board !== undefined){
if(typeof data.board !== "string"){
const err288 = {instancePath:instancePath+"/board",schemaPath:"#/oneOf/17/properties/board/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err288];
}
else {
vErrors.push(err288);
}
errors++;
}
}
if(data.notify !== undefined){
let data120 = data.notify;
if(Array.isArray(data120)){
const len0 = data120.length;
for(let i0=0; i0<len0; i0++){
if(typeof data120[i0] !== "string"){
const err289 = {instancePath:instancePath+"/notify/" + i0,schemaPath:"#/oneOf/17/properties/notify/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err289];
}
else {
vErrors.push(err289);
}
errors++;
}
}
}
else {
const err290 = {instancePath:instancePath+"/notify",schemaPath:"#/oneOf/17/properties/notify/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err290];
}
else {
vErrors.push(err290);
}
errors++;
}
}
if(data.extra !== undefined){
let data122 = data.extra;
if(data122 && typeof data122 == "object" && !Array.isArray(data122)){
for(const key0 in data122){
if(pattern90.test(key0)){
if(typeof data122[key0] !== "string"){
const err291 = {instancePath:instancePath+"/extra/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/oneOf/17/properties/extra/patternProperties/%5E(.*)%24/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err291];
}
else {
vErrors.push(err291);
}
errors++;
}
}
}
}
else {
const err292 = {instancePath:instancePath+"/extra",schemaPath:"#/oneOf/17/properties/extra/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err292];
}
else {
vErrors.push(err292);
}
errors++;
}
}
if(data.label !== undefined){
if(typeof data.label !== "string"){
const err293 = {instancePath:instancePath+"/label",schemaPath:"#/oneOf/17/properties/label/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err293];
}
else {
vErrors.push(err293);
}
errors++;
}
}
}
else {
const err294 = {instancePath,schemaPath:"#/oneOf/17/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err294];
}
else {
vErrors.push(err294);
}
errors++;
}
}
else if(tag0 === "incident.notified"){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.seq === undefined){
const err295 = {instancePath,schemaPath:"#/oneOf/18/required",keyword:"required",params:{missingProperty: "seq"},message:"must have required property '"+"seq"+"'"};
if(vErrors === null){
vErrors = [err295];
}
else {
vErrors.push(err295);
}
errors++;
}
if(data.type === undefined){
const err296 = {instancePath,schemaPath:"#/oneOf/18/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err296];
}
else {
vErrors.push(err296);
}
errors++;
}
if(data.at === undefined){
const err297 = {instancePath,schemaPath:"#/oneOf/18/required",keyword:"required",params:{missingProperty: "at"},message:"must have required property '"+"at"+"'"};
if(vErrors === null){
vErrors = [err297];
}
else {
vErrors.push(err297);
}
errors++;
}
if(data.incident === undefined){
const err298 = {instancePath,schemaPath:"#/oneOf/18/required",keyword:"required",params:{missingProperty: "incident"},message:"must have required property '"+"incident"+"'"};
if(vErrors === null){
vErrors = [err298];
}
else {
vErrors.push(err298);
}
errors++;
}
if(data.level === undefined){
const err299 = {instancePath,schemaPath:"#/oneOf/18/required",keyword:"required",params:{missingProperty: "level"},message:"must have required property '"+"level"+"'"};
if(vErrors === null){
vErrors = [err299];
}
else {
vErrors.push(err299);
}
errors++;
}
if(data.to === undefined){
const err300 = {instancePath,schemaPath:"#/oneOf/18/required",keyword:"required",params:{missingProperty: "to"},message:"must have required property '"+"to"+"'"};
if(vErrors === null){
vErrors = [err300];
}
else {
vErrors.push(err300);
}
errors++;
}
if(data.channel === undefined){
const err301 = {instancePath,schemaPath:"#/oneOf/18/required",keyword:"required",params:{missingProperty: "channel"},message:"must have required property '"+"channel"+"'"};
if(vErrors === null){
vErrors = [err301];
}
else {
vErrors.push(err301);
}
errors++;
}
if(data.delivered === undefined){
const err302 = {instancePath,schemaPath:"#/oneOf/18/required",keyword:"required",params:{missingProperty: "delivered"},message:"must have required property '"+"delivered"+"'"};
if(vErrors === null){
vErrors = [err302];
}
else {
vErrors.push(err302);
}
errors++;
}
if(data.seq !== undefined){
let data125 = data.seq;
if(!((typeof data125 == "number") && (!(data125 % 1) && !isNaN(data125)))){
const err303 = {instancePath:instancePath+"/seq",schemaPath:"#/oneOf/18/properties/seq/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err303];
}
else {
vErrors.push(err303);
}
errors++;
}
if(typeof data125 == "number"){
if(data125 < 0 || isNaN(data125)){
const err304 = {instancePath:instancePath+"/seq",schemaPath:"#/oneOf/18/properties/seq/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err304];
}
else {
vErrors.push(err304);
}
errors++;
}
}
}
if(data.type !== undefined){
let data126 = data.type;
if(typeof data126 !== "string"){
const err305 = {instancePath:instancePath+"/type",schemaPath:"#/oneOf/18/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err305];
}
else {
vErrors.push(err305);
}
errors++;
}
if("incident.notified" !== data126){
const err306 = {instancePath:instancePath+"/type",schemaPath:"#/oneOf/18/properties/type/const",keyword:"const",params:{allowedValue: "incident.notified"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err306];
}
else {
vErrors.push(err306);
}
errors++;
}
}
if(data.at !== undefined){
if(!(typeof data.at == "number")){
const err307 = {instancePath:instancePath+"/at",schemaPath:"#/oneOf/18/properties/at/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err307];
}
else {
vErrors.push(err307);
}
errors++;
}
}
if(data.incident !== undefined){
if(typeof data.incident !== "string"){
const err308 = {instancePath:instancePath+"/incident",schemaPath:"#/oneOf/18/properties/incident/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err308];
}
else {
vErrors.push(err308);
}
errors++;
}
}
if(data.level !== undefined){
let data129 = data.level;
if(!((typeof data129 == "number") && (!(data129 % 1) && !isNaN(data129)))){
const err309 = {instancePath:instancePath+"/level",schemaPath:"#/oneOf/18/properties/level/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err309];
}
else {
vErrors.push(err309);
}
errors++;
}
}
if(data.to !== undefined){
let data130 = data.to;
if(Array.isArray(data130)){
const len1 = data130.length;
for(let i1=0; i1<len1; i1++){
if(typeof data130[i1] !== "string"){
const err310 = {instancePath:instancePath+"/to/" + i1,schemaPath:"#/oneOf/18/properties/to/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err310];
}
else {
vErrors.push(err310);
}
errors++;
}
}
}
else {
const err311 = {instancePath:instancePath+"/to",schemaPath:"#/oneOf/18/properties/to/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err311];
}
else {
vErrors.push(err311);
}
errors++;
}
}
if(data.channel !== undefined){
let data132 = data.channel;
const _errs327 = errors;
let valid48 = false;
const _errs328 = errors;
if(typeof data132 !== "string"){
const err312 = {instancePath:instancePath+"/channel",schemaPath:"#/oneOf/18/properties/channel/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err312];
}
else {
vErrors.push(err312);
}
errors++;
}
if("sms" !== data132){
const err313 = {instancePath:instancePath+"/channel",schemaPath:"#/oneOf/18/properties/channel/anyOf/0/const",keyword:"const",params:{allowedValue: "sms"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err313];
}
else {
vErrors.push(err313);
}
errors++;
}
var _valid4 = _errs328 === errors;
valid48 = valid48 || _valid4;
if(!valid48){
const _errs330 = errors;
if(typeof data132 !== "string"){
const err314 = {instancePath:instancePath+"/channel",schemaPath:"#/oneOf/18/properties/channel/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err314];
}
else {
vErrors.push(err314);
}
errors++;
}
if("mqtt" !== data132){
const err315 = {instancePath:instancePath+"/channel",schemaPath:"#/oneOf/18/properties/channel/anyOf/1/const",keyword:"const",params:{allowedValue: "mqtt"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err315];
}
else {
vErrors.push(err315);
}
errors++;
}
var _valid4 = _errs330 === errors;
valid48 = valid48 || _valid4;
}
if(!valid48){
const err316 = {instancePath:instancePath+"/channel",schemaPath:"#/oneOf/18/properties/channel/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err316];
}
else {
vErrors.push(err316);
}
errors++;
}
else {
errors = _errs327;
if(vErrors !== null){
if(_errs327){
vErrors.length = _errs327;
}
else {
vErrors = null;
}
}
}
}
if(data.delivered !== undefined){
if(typeof data.delivered !== "boolean"){
const err317 = {instancePath:instancePath+"/delivered",schemaPath:"#/oneOf/18/properties/delivered/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err317];
}
else {
vErrors.push(err317);
}
errors++;
}
}
if(data.detail !== undefined){
if(typeof data.detail !== "string"){
const err318 = {instancePath:instancePath+"/detail",schemaPath:"#/oneOf/18/properties/detail/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err318];
}
else {
vErrors.push(err318);
}
errors++;
}
}
if(data.label !== undefined){
if(typeof data.label !== "string"){
const err319 = {instancePath:instancePath+"/label",schemaPath:"#/oneOf/18/properties/label/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err319];
}
else {
vErrors.push(err319);
}
errors++;
}
}
}
else {
const err320 = {instancePath,schemaPath:"#/oneOf/18/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err320];
}
else {
vErrors.push(err320);
}
errors++;
}
}
else if(tag0 === "incident.escalated"){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.seq === undefined){
const err321 = {instancePath,schemaPath:"#/oneOf/19/required",keyword:"required",params:{missingProperty: "seq"},message:"must have required property '"+"seq"+"'"};
if(vErrors === null){
vErrors = [err321];
}
else {
vErrors.push(err321);
}
errors++;
}
if(data.type === undefined){
const err322 = {instancePath,schemaPath:"#/oneOf/19/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err322];
}
else {
vErrors.push(err322);
}
errors++;
}
if(data.at === undefined){
const err323 = {instancePath,schemaPath:"#/oneOf/19/required",keyword:"required",params:{missingProperty: "at"},message:"must have required property '"+"at"+"'"};
if(vErrors === null){
vErrors = [err323];
}
else {
vErrors.push(err323);
}
errors++;
}
if(data.incident === undefined){
const err324 = {instancePath,schemaPath:"#/oneOf/19/required",keyword:"required",params:{missingProperty: "incident"},message:"must have required property '"+"incident"+"'"};
if(vErrors === null){
vErrors = [err324];
}
else {
vErrors.push(err324);
}
errors++;
}
if(data.level === undefined){
const err325 = {instancePath,schemaPath:"#/oneOf/19/required",keyword:"required",params:{missingProperty: "level"},message:"must have required property '"+"level"+"'"};
if(vErrors === null){
vErrors = [err325];
}
else {
vErrors.push(err325);
}
errors++;
}
if(data.seq !== undefined){
let data136 = data.seq;
if(!((typeof data136 == "number") && (!(data136 % 1) && !isNaN(data136)))){
const err326 = {instancePath:instancePath+"/seq",schemaPath:"#/oneOf/19/properties/seq/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err326];
}
else {
vErrors.push(err326);
}
errors++;
}
if(typeof data136 == "number"){
if(data136 < 0 || isNaN(data136)){
const err327 = {instancePath:instancePath+"/seq",schemaPath:"#/oneOf/19/properties/seq/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err327];
}
else {
vErrors.push(err327);
}
errors++;
}
}
}
if(data.type !== undefined){
let data137 = data.type;
if(typeof data137 !== "string"){
const err328 = {instancePath:instancePath+"/type",schemaPath:"#/oneOf/19/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err328];
}
else {
vErrors.push(err328);
}
errors++;
}
if("incident.escalated" !== data137){
const err329 = {instancePath:instancePath+"/type",schemaPath:"#/oneOf/19/properties/type/const",keyword:"const",params:{allowedValue: "incident.escalated"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err329];
}
else {
vErrors.push(err329);
}
errors++;
}
}
if(data.at !== undefined){
if(!(typeof data.at == "number")){
const err330 = {instancePath:instancePath+"/at",schemaPath:"#/oneOf/19/properties/at/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err330];
}
else {
vErrors.push(err330);
}
errors++;
}
}
if(data.incident !== undefined){
if(typeof data.incident !== "string"){
const err331 = {instancePath:instancePath+"/incident",schemaPath:"#/oneOf/19/properties/incident/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err331];
}
else {
vErrors.push(err331);
}
errors++;
}
}
if(data.level !== undefined){
let data140 = data.level;
if(!((typeof data140 == "number") && (!(data140 % 1) && !isNaN(data140)))){
const err332 = {instancePath:instancePath+"/level",schemaPath:"#/oneOf/19/properties/level/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err332];
}
else {
vErrors.push(err332);
}
errors++;
}
}
if(data.label !== undefined){
if(typeof data.label !== "string"){
const err333 = {instancePath:instancePath+"/label",schemaPath:"#/oneOf/19/properties/label/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err333];
}
else {
vErrors.push(err333);
}
errors++;
}
}
}
else {
const err334 = {instancePath,schemaPath:"#/oneOf/19/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err334];
}
else {
vErrors.push(err334);
}
errors++;
}
}
else if(tag0 === "incident.acknowledged"){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.seq === undefined){
const err335 = {instancePath,schemaPath:"#/oneOf/20/required",keyword:"required",params:{missingProperty: "seq"},message:"must have required property '"+"seq"+"'"};
if(vErrors === null){
vErrors = [err335];
}
else {
vErrors.push(err335);
}
errors++;
}
if(data.type === undefined){
const err336 = {instancePath,schemaPath:"#/oneOf/20/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err336];
}
else {
vErrors.push(err336);
}
errors++;
}
if(data.at === undefined){
const err337 = {instancePath,schemaPath:"#/oneOf/20/required",keyword:"required",params:{missingProperty: "at"},message:"must have required property '"+"at"+"'"};
if(vErrors === null){
vErrors = [err337];
}
else {
vErrors.push(err337);
}
errors++;
}
if(data.incident === undefined){
const err338 = {instancePath,schemaPath:"#/oneOf/20/required",keyword:"required",params:{missingProperty: "incident"},message:"must have required property '"+"incident"+"'"};
if(vErrors === null){
vErrors = [err338];
}
else {
vErrors.push(err338);
}
errors++;
}
if(data.by === undefined){
const err339 = {instancePath,schemaPath:"#/oneOf/20/required",keyword:"required",params:{missingProperty: "by"},message:"must have required property '"+"by"+"'"};
if(vErrors === null){
vErrors = [err339];
}
else {
vErrors.push(err339);
}
errors++;
}
if(data.via === undefined){
const err340 = {instancePath,schemaPath:"#/oneOf/20/required",keyword:"required",params:{missingProperty: "via"},message:"must have required property '"+"via"+"'"};
if(vErrors === null){
vErrors = [err340];
}
else {
vErrors.push(err340);
}
errors++;
}
if(data.seq !== undefined){
let data142 = data.seq;
if(!((typeof data142 == "number") && (!(data142 % 1) && !isNaN(data142)))){
const err341 = {instancePath:instancePath+"/seq",schemaPath:"#/oneOf/20/properties/seq/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err341];
}
else {
vErrors.push(err341);
}
errors++;
}
if(typeof data142 == "number"){
if(data142 < 0 || isNaN(data142)){
const err342 = {instancePath:instancePath+"/seq",schemaPath:"#/oneOf/20/properties/seq/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err342];
}
else {
vErrors.push(err342);
}
errors++;
}
}
}
if(data.type !== undefined){
let data143 = data.type;
if(typeof data143 !== "string"){
const err343 = {instancePath:instancePath+"/type",schemaPath:"#/oneOf/20/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err343];
}
else {
vErrors.push(err343);
}
errors++;
}
if("incident.acknowledged" !== data143){
const err344 = {instancePath:instancePath+"/type",schemaPath:"#/oneOf/20/properties/type/const",keyword:"const",params:{allowedValue: "incident.acknowledged"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err344];
}
else {
vErrors.push(err344);
}
errors++;
}
}
if(data.at !== undefined){
if(!(typeof data.at == "number")){
const err345 = {instancePath:instancePath+"/at",schemaPath:"#/oneOf/20/properties/at/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err345];
}
else {
vErrors.push(err345);
}
errors++;
}
}
if(data.incident !== undefined){
if(typeof data.incident !== "string"){
const err346 = {instancePath:instancePath+"/incident",schemaPath:"#/oneOf/20/properties/incident/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err346];
}
else {
vErrors.push(err346);
}
errors++;
}
}
if(data.by !== undefined){
if(typeof data.by !== "string"){
const err347 = {instancePath:instancePath+"/by",schemaPath:"#/oneOf/20/properties/by/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err347];
}
else {
vErrors.push(err347);
}
errors++;
}
}
if(data.via !== undefined){
let data147 = data.via;
const _errs365 = errors;
let valid53 = false;
const _errs366 = errors;
if(typeof data147 !== "string"){
const err348 = {instancePath:instancePath+"/via",schemaPath:"#/oneOf/20/properties/via/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err348];
}
else {
vErrors.push(err348);
}
errors++;
}
if("key" !== data147){
const err349 = {instancePath:instancePath+"/via",schemaPath:"#/oneOf/20/properties/via/anyOf/0/const",keyword:"const",params:{allowedValue: "key"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err349];
}
else {
vErrors.push(err349);
}
errors++;
}
var _valid5 = _errs366 === errors;
valid53 = valid53 || _valid5;
if(!valid53){
const _errs368 = errors;
if(typeof data147 !== "string"){
const err350 = {instancePath:instancePath+"/via",schemaPath:"#/oneOf/20/properties/via/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err350];
}
else {
vErrors.push(err350);
}
errors++;
}
if("keypad" !== data147){
const err351 = {instancePath:instancePath+"/via",schemaPath:"#/oneOf/20/properties/via/anyOf/1/const",keyword:"const",params:{allowedValue: "keypad"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err351];
}
else {
vErrors.push(err351);
}
errors++;
}
var _valid5 = _errs368 === errors;
valid53 = valid53 || _valid5;
if(!valid53){
const _errs370 = errors;
if(typeof data147 !== "string"){
const err352 = {instancePath:instancePath+"/via",schemaPath:"#/oneOf/20/properties/via/anyOf/2/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err352];
}
else {
vErrors.push(err352);
}
errors++;
}
if("sms" !== data147){
const err353 = {instancePath:instancePath+"/via",schemaPath:"#/oneOf/20/properties/via/anyOf/2/const",keyword:"const",params:{allowedValue: "sms"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err353];
}
else {
vErrors.push(err353);
}
errors++;
}
var _valid5 = _errs370 === errors;
valid53 = valid53 || _valid5;
}
}
if(!valid53){
const err354 = {instancePath:instancePath+"/via",schemaPath:"#/oneOf/20/properties/via/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err354];
}
else {
vErrors.push(err354);
}
errors++;
}
else {
errors = _errs365;
if(vErrors !== null){
if(_errs365){
vErrors.length = _errs365;
}
else {
vErrors = null;
}
}
}
}
if(data.label !== undefined){
if(typeof data.label !== "string"){
const err355 = {instancePath:instancePath+"/label",schemaPath:"#/oneOf/20/properties/label/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err355];
}
else {
vErrors.push(err355);
}
errors++;
}
}
}
else {
const err356 = {instancePath,schemaPath:"#/oneOf/20/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err356];
}
else {
vErrors.push(err356);
}
errors++;
}
}
else if(tag0 === "incident.cleared"){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.seq === undefined){
const err357 = {instancePath,schemaPath:"#/oneOf/21/required",keyword:"required",params:{missingProperty: "seq"},message:"must have required property '"+"seq"+"'"};
if(vErrors === null){
vErrors = [err357];
}
else {
vErrors.push(err357);
}
errors++;
}
if(data.type === undefined){
const err358 = {instancePath,schemaPath:"#/oneOf/21/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err358];
}
else {
vErrors.push(err358);
}
errors++;
}
if(data.at === undefined){
const err359 = {instancePath,schemaPath:"#/oneOf/21/required",keyword:"required",params:{missingProperty: "at"},message:"must have required property '"+"at"+"'"};
if(vErrors === null){
vErrors = [err359];
}
else {
vErrors.push(err359);
}
errors++;
}
if(data.incident === undefined){
const err360 = {instancePath,schemaPath:"#/oneOf/21/required",keyword:"required",params:{missingProperty: "incident"},message:"must have required property '"+"incident"+"'"};
if(vErrors === null){
vErrors = [err360];
}
else {
vErrors.push(err360);
}
errors++;
}
if(data.seq !== undefined){
let data149 = data.seq;
if(!((typeof data149 == "number") && (!(data149 % 1) && !isNaN(data149)))){
const err361 = {instancePath:instancePath+"/seq",schemaPath:"#/oneOf/21/properties/seq/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err361];
}
else {
vErrors.push(err361);
}
errors++;
}
if(typeof data149 == "number"){
if(data149 < 0 || isNaN(data149)){
const err362 = {instancePath:instancePath+"/seq",schemaPath:"#/oneOf/21/properties/seq/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err362];
}
else {
vErrors.push(err362);
}
errors++;
}
}
}
if(data.type !== undefined){
let data150 = data.type;
if(typeof data150 !== "string"){
const err363 = {instancePath:instancePath+"/type",schemaPath:"#/oneOf/21/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err363];
}
else {
vErrors.push(err363);
}
errors++;
}
if("incident.cleared" !== data150){
const err364 = {instancePath:instancePath+"/type",schemaPath:"#/oneOf/21/properties/type/const",keyword:"const",params:{allowedValue: "incident.cleared"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err364];
}
else {
vErrors.push(err364);
}
errors++;
}
}
if(data.at !== undefined){
if(!(typeof data.at == "number")){
const err365 = {instancePath:instancePath+"/at",schemaPath:"#/oneOf/21/properties/at/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err365];
}
else {
vErrors.push(err365);
}
errors++;
}
}
if(data.incident !== undefined){
if(typeof data.incident !== "string"){
const err366 = {instancePath:instancePath+"/incident",schemaPath:"#/oneOf/21/properties/incident/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err366];
}
else {
vErrors.push(err366);
}
errors++;
}
}
if(data.by !== undefined){
if(typeof data.by !== "string"){
const err367 = {instancePath:instancePath+"/by",schemaPath:"#/oneOf/21/properties/by/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err367];
}
else {
vErrors.push(err367);
}
errors++;
}
}
if(data.label !== undefined){
if(typeof data.label !== "string"){
const err368 = {instancePath:instancePath+"/label",schemaPath:"#/oneOf/21/properties/label/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err368];
}
else {
vErrors.push(err368);
}
errors++;
}
}
}
else {
const err369 = {instancePath,schemaPath:"#/oneOf/21/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err369];
}
else {
vErrors.push(err369);
}
errors++;
}
}
else if(tag0 === "rating.recorded"){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.seq === undefined){
const err370 = {instancePath,schemaPath:"#/oneOf/22/required",keyword:"required",params:{missingProperty: "seq"},message:"must have required property '"+"seq"+"'"};
if(vErrors === null){
vErrors = [err370];
}
else {
vErrors.push(err370);
}
errors++;
}
if(data.type === undefined){
const err371 = {instancePath,schemaPath:"#/oneOf/22/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err371];
}
else {
vErrors.push(err371);
}
errors++;
}
if(data.at === undefined){
const err372 = {instancePath,schemaPath:"#/oneOf/22/required",keyword:"required",params:{missingProperty: "at"},message:"must have required property '"+"at"+"'"};
if(vErrors === null){
vErrors = [err372];
}
else {
vErrors.push(err372);
}
errors++;
}
if(data.counter === undefined){
const err373 = {instancePath,schemaPath:"#/oneOf/22/required",keyword:"required",params:{missingProperty: "counter"},message:"must have required property '"+"counter"+"'"};
if(vErrors === null){
vErrors = [err373];
}
else {
vErrors.push(err373);
}
errors++;
}
if(data.score === undefined){
const err374 = {instancePath,schemaPath:"#/oneOf/22/required",keyword:"required",params:{missingProperty: "score"},message:"must have required property '"+"score"+"'"};
if(vErrors === null){
vErrors = [err374];
}
else {
vErrors.push(err374);
}
errors++;
}
if(data.scale === undefined){
const err375 = {instancePath,schemaPath:"#/oneOf/22/required",keyword:"required",params:{missingProperty: "scale"},message:"must have required property '"+"scale"+"'"};
if(vErrors === null){
vErrors = [err375];
}
else {
vErrors.push(err375);
}
errors++;
}
if(data.seq !== undefined){
let data155 = data.seq;
if(!((typeof data155 == "number") && (!(data155 % 1) && !isNaN(data155)))){
const err376 = {instancePath:instancePath+"/seq",schemaPath:"#/oneOf/22/properties/seq/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err376];
}
else {
vErrors.push(err376);
}
errors++;
}
if(typeof data155 == "number"){
if(data155 < 0 || isNaN(data155)){
const err377 = {instancePath:instancePath+"/seq",schemaPath:"#/oneOf/22/properties/seq/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err377];
}
else {
vErrors.push(err377);
}
errors++;
}
}
}
if(data.type !== undefined){
let data156 = data.type;
if(typeof data156 !== "string"){
const err378 = {instancePath:instancePath+"/type",schemaPath:"#/oneOf/22/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err378];
}
else {
vErrors.push(err378);
}
errors++;
}
if("rating.recorded" !== data156){
const err379 = {instancePath:instancePath+"/type",schemaPath:"#/oneOf/22/properties/type/const",keyword:"const",params:{allowedValue: "rating.recorded"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err379];
}
else {
vErrors.push(err379);
}
errors++;
}
}
if(data.at !== undefined){
if(!(typeof data.at == "number")){
const err380 = {instancePath:instancePath+"/at",schemaPath:"#/oneOf/22/properties/at/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err380];
}
else {
vErrors.push(err380);
}
errors++;
}
}
if(data.counter !== undefined){
if(typeof data.counter !== "string"){
const err381 = {instancePath:instancePath+"/counter",schemaPath:"#/oneOf/22/properties/counter/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err381];
}
else {
vErrors.push(err381);
}
errors++;
}
}
if(data.score !== undefined){
let data159 = data.score;
if(!((typeof data159 == "number") && (!(data159 % 1) && !isNaN(data159)))){
const err382 = {instancePath:instancePath+"/score",schemaPath:"#/oneOf/22/properties/score/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err382];
}
else {
vErrors.push(err382);
}
errors++;
}
}
if(data.scale !== undefined){
let data160 = data.scale;
if(!((typeof data160 == "number") && (!(data160 % 1) && !isNaN(data160)))){
const err383 = {instancePath:instancePath+"/scale",schemaPath:"#/oneOf/22/properties/scale/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err383];
}
else {
vErrors.push(err383);
}
errors++;
}
}
if(data.id !== undefined){
if(typeof data.id !== "string"){
const err384 = {instancePath:instancePath+"/id",schemaPath:"#/oneOf/22/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err384];
}
else {
vErrors.push(err384);
}
errors++;
}
}
if(data.service !== undefined){
if(typeof data.service !== "string"){
const err385 = {instancePath:instancePath+"/service",schemaPath:"#/oneOf/22/properties/service/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err385];
}
else {
vErrors.push(err385);
}
errors++;
}
}
if(data.staff !== undefined){
if(typeof data.staff !== "string"){
const err386 = {instancePath:instancePath+"/staff",schemaPath:"#/oneOf/22/properties/staff/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err386];
}
else {
vErrors.push(err386);
}
errors++;
}
}
if(data.label !== undefined){
if(typeof data.label !== "string"){
const err387 = {instancePath:instancePath+"/label",schemaPath:"#/oneOf/22/properties/label/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
else {
const err388 = {instancePath,schemaPath:"#/oneOf/22/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err388];
}
else {
vErrors.push(err388);
}
errors++;
}
}
else {
const err389 = {instancePath,schemaPath:"#/discriminator",keyword:"discriminator",params:{error: "mapping", tag: "type", tagValue: tag0},message:"value of tag \"type\" must be in oneOf"};
if(vErrors === null){
vErrors = [err389];
}
else {
vErrors.push(err389);
}
errors++;
}
}
else {
const err390 = {instancePath,schemaPath:"#/discriminator",keyword:"discriminator",params:{error: "tag", tag: "type", tagValue: tag0},message:"tag \"type\" must be string"};
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
const err391 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err391];
}
else {
vErrors.push(err391);
}
errors++;
}
validate57.errors = vErrors;
return errors === 0;
}

export const topic_counterState = validate58;
const schema28 = {"type":"object","required":["counter","paused","ticket"],"properties":{"counter":{"type":"string"},"paused":{"type":"boolean"},"ticket":{"anyOf":[{"type":"object","required":["id","label","service","priority","state","issuedAt","calls"],"properties":{"id":{"type":"string"},"label":{"type":"string"},"service":{"type":"string"},"priority":{"anyOf":[{"const":"normal","type":"string"},{"const":"priority","type":"string"},{"const":"vip","type":"string"}]},"state":{"anyOf":[{"const":"waiting","type":"string"},{"const":"called","type":"string"},{"const":"serving","type":"string"},{"const":"held","type":"string"},{"const":"done","type":"string"},{"const":"no-show","type":"string"},{"const":"transferred","type":"string"},{"const":"cancelled","type":"string"},{"const":"unprinted","type":"string"}]},"issuedAt":{"type":"number"},"counter":{"type":"string"},"calls":{"minimum":0,"type":"integer"}}},{"type":"null"}]}}};

function validate58(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.counter === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "counter"},message:"must have required property '"+"counter"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.paused === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "paused"},message:"must have required property '"+"paused"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.ticket === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "ticket"},message:"must have required property '"+"ticket"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.counter !== undefined){
if(typeof data.counter !== "string"){
const err3 = {instancePath:instancePath+"/counter",schemaPath:"#/properties/counter/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.paused !== undefined){
if(typeof data.paused !== "boolean"){
const err4 = {instancePath:instancePath+"/paused",schemaPath:"#/properties/paused/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.ticket !== undefined){
let data2 = data.ticket;
const _errs6 = errors;
let valid1 = false;
const _errs7 = errors;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.id === undefined){
const err5 = {instancePath:instancePath+"/ticket",schemaPath:"#/properties/ticket/anyOf/0/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data2.label === undefined){
const err6 = {instancePath:instancePath+"/ticket",schemaPath:"#/properties/ticket/anyOf/0/required",keyword:"required",params:{missingProperty: "label"},message:"must have required property '"+"label"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data2.service === undefined){
const err7 = {instancePath:instancePath+"/ticket",schemaPath:"#/properties/ticket/anyOf/0/required",keyword:"required",params:{missingProperty: "service"},message:"must have required property '"+"service"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data2.priority === undefined){
const err8 = {instancePath:instancePath+"/ticket",schemaPath:"#/properties/ticket/anyOf/0/required",keyword:"required",params:{missingProperty: "priority"},message:"must have required property '"+"priority"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data2.state === undefined){
const err9 = {instancePath:instancePath+"/ticket",schemaPath:"#/properties/ticket/anyOf/0/required",keyword:"required",params:{missingProperty: "state"},message:"must have required property '"+"state"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data2.issuedAt === undefined){
const err10 = {instancePath:instancePath+"/ticket",schemaPath:"#/properties/ticket/anyOf/0/required",keyword:"required",params:{missingProperty: "issuedAt"},message:"must have required property '"+"issuedAt"+"'"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data2.calls === undefined){
const err11 = {instancePath:instancePath+"/ticket",schemaPath:"#/properties/ticket/anyOf/0/required",keyword:"required",params:{missingProperty: "calls"},message:"must have required property '"+"calls"+"'"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data2.id !== undefined){
if(typeof data2.id !== "string"){
const err12 = {instancePath:instancePath+"/ticket/id",schemaPath:"#/properties/ticket/anyOf/0/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data2.label !== undefined){
if(typeof data2.label !== "string"){
const err13 = {instancePath:instancePath+"/ticket/label",schemaPath:"#/properties/ticket/anyOf/0/properties/label/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data2.service !== undefined){
if(typeof data2.service !== "string"){
const err14 = {instancePath:instancePath+"/ticket/service",schemaPath:"#/properties/ticket/anyOf/0/properties/service/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data2.priority !== undefined){
let data6 = data2.priority;
const _errs16 = errors;
let valid3 = false;
const _errs17 = errors;
if(typeof data6 !== "string"){
const err15 = {instancePath:instancePath+"/ticket/priority",schemaPath:"#/properties/ticket/anyOf/0/properties/priority/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if("normal" !== data6){
const err16 = {instancePath:instancePath+"/ticket/priority",schemaPath:"#/properties/ticket/anyOf/0/properties/priority/anyOf/0/const",keyword:"const",params:{allowedValue: "normal"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
var _valid1 = _errs17 === errors;
valid3 = valid3 || _valid1;
if(!valid3){
const _errs19 = errors;
if(typeof data6 !== "string"){
const err17 = {instancePath:instancePath+"/ticket/priority",schemaPath:"#/properties/ticket/anyOf/0/properties/priority/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if("priority" !== data6){
const err18 = {instancePath:instancePath+"/ticket/priority",schemaPath:"#/properties/ticket/anyOf/0/properties/priority/anyOf/1/const",keyword:"const",params:{allowedValue: "priority"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
var _valid1 = _errs19 === errors;
valid3 = valid3 || _valid1;
if(!valid3){
const _errs21 = errors;
if(typeof data6 !== "string"){
const err19 = {instancePath:instancePath+"/ticket/priority",schemaPath:"#/properties/ticket/anyOf/0/properties/priority/anyOf/2/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if("vip" !== data6){
const err20 = {instancePath:instancePath+"/ticket/priority",schemaPath:"#/properties/ticket/anyOf/0/properties/priority/anyOf/2/const",keyword:"const",params:{allowedValue: "vip"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
var _valid1 = _errs21 === errors;
valid3 = valid3 || _valid1;
}
}
if(!valid3){
const err21 = {instancePath:instancePath+"/ticket/priority",schemaPath:"#/properties/ticket/anyOf/0/properties/priority/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
else {
errors = _errs16;
if(vErrors !== null){
if(_errs16){
vErrors.length = _errs16;
}
else {
vErrors = null;
}
}
}
}
if(data2.state !== undefined){
let data7 = data2.state;
const _errs24 = errors;
let valid4 = false;
const _errs25 = errors;
if(typeof data7 !== "string"){
const err22 = {instancePath:instancePath+"/ticket/state",schemaPath:"#/properties/ticket/anyOf/0/properties/state/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if("waiting" !== data7){
const err23 = {instancePath:instancePath+"/ticket/state",schemaPath:"#/properties/ticket/anyOf/0/properties/state/anyOf/0/const",keyword:"const",params:{allowedValue: "waiting"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
var _valid2 = _errs25 === errors;
valid4 = valid4 || _valid2;
if(!valid4){
const _errs27 = errors;
if(typeof data7 !== "string"){
const err24 = {instancePath:instancePath+"/ticket/state",schemaPath:"#/properties/ticket/anyOf/0/properties/state/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if("called" !== data7){
const err25 = {instancePath:instancePath+"/ticket/state",schemaPath:"#/properties/ticket/anyOf/0/properties/state/anyOf/1/const",keyword:"const",params:{allowedValue: "called"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
var _valid2 = _errs27 === errors;
valid4 = valid4 || _valid2;
if(!valid4){
const _errs29 = errors;
if(typeof data7 !== "string"){
const err26 = {instancePath:instancePath+"/ticket/state",schemaPath:"#/properties/ticket/anyOf/0/properties/state/anyOf/2/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if("serving" !== data7){
const err27 = {instancePath:instancePath+"/ticket/state",schemaPath:"#/properties/ticket/anyOf/0/properties/state/anyOf/2/const",keyword:"const",params:{allowedValue: "serving"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
var _valid2 = _errs29 === errors;
valid4 = valid4 || _valid2;
if(!valid4){
const _errs31 = errors;
if(typeof data7 !== "string"){
const err28 = {instancePath:instancePath+"/ticket/state",schemaPath:"#/properties/ticket/anyOf/0/properties/state/anyOf/3/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if("held" !== data7){
const err29 = {instancePath:instancePath+"/ticket/state",schemaPath:"#/properties/ticket/anyOf/0/properties/state/anyOf/3/const",keyword:"const",params:{allowedValue: "held"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
var _valid2 = _errs31 === errors;
valid4 = valid4 || _valid2;
if(!valid4){
const _errs33 = errors;
if(typeof data7 !== "string"){
const err30 = {instancePath:instancePath+"/ticket/state",schemaPath:"#/properties/ticket/anyOf/0/properties/state/anyOf/4/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if("done" !== data7){
const err31 = {instancePath:instancePath+"/ticket/state",schemaPath:"#/properties/ticket/anyOf/0/properties/state/anyOf/4/const",keyword:"const",params:{allowedValue: "done"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
var _valid2 = _errs33 === errors;
valid4 = valid4 || _valid2;
if(!valid4){
const _errs35 = errors;
if(typeof data7 !== "string"){
const err32 = {instancePath:instancePath+"/ticket/state",schemaPath:"#/properties/ticket/anyOf/0/properties/state/anyOf/5/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if("no-show" !== data7){
const err33 = {instancePath:instancePath+"/ticket/state",schemaPath:"#/properties/ticket/anyOf/0/properties/state/anyOf/5/const",keyword:"const",params:{allowedValue: "no-show"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
var _valid2 = _errs35 === errors;
valid4 = valid4 || _valid2;
if(!valid4){
const _errs37 = errors;
if(typeof data7 !== "string"){
const err34 = {instancePath:instancePath+"/ticket/state",schemaPath:"#/properties/ticket/anyOf/0/properties/state/anyOf/6/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if("transferred" !== data7){
const err35 = {instancePath:instancePath+"/ticket/state",schemaPath:"#/properties/ticket/anyOf/0/properties/state/anyOf/6/const",keyword:"const",params:{allowedValue: "transferred"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
var _valid2 = _errs37 === errors;
valid4 = valid4 || _valid2;
if(!valid4){
const _errs39 = errors;
if(typeof data7 !== "string"){
const err36 = {instancePath:instancePath+"/ticket/state",schemaPath:"#/properties/ticket/anyOf/0/properties/state/anyOf/7/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if("cancelled" !== data7){
const err37 = {instancePath:instancePath+"/ticket/state",schemaPath:"#/properties/ticket/anyOf/0/properties/state/anyOf/7/const",keyword:"const",params:{allowedValue: "cancelled"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
var _valid2 = _errs39 === errors;
valid4 = valid4 || _valid2;
if(!valid4){
const _errs41 = errors;
if(typeof data7 !== "string"){
const err38 = {instancePath:instancePath+"/ticket/state",schemaPath:"#/properties/ticket/anyOf/0/properties/state/anyOf/8/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
if("unprinted" !== data7){
const err39 = {instancePath:instancePath+"/ticket/state",schemaPath:"#/properties/ticket/anyOf/0/properties/state/anyOf/8/const",keyword:"const",params:{allowedValue: "unprinted"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
var _valid2 = _errs41 === errors;
valid4 = valid4 || _valid2;
}
}
}
}
}
}
}
}
if(!valid4){
const err40 = {instancePath:instancePath+"/ticket/state",schemaPath:"#/properties/ticket/anyOf/0/properties/state/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
else {
errors = _errs24;
if(vErrors !== null){
if(_errs24){
vErrors.length = _errs24;
}
else {
vErrors = null;
}
}
}
}
if(data2.issuedAt !== undefined){
if(!(typeof data2.issuedAt == "number")){
const err41 = {instancePath:instancePath+"/ticket/issuedAt",schemaPath:"#/properties/ticket/anyOf/0/properties/issuedAt/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data2.counter !== undefined){
if(typeof data2.counter !== "string"){
const err42 = {instancePath:instancePath+"/ticket/counter",schemaPath:"#/properties/ticket/anyOf/0/properties/counter/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data2.calls !== undefined){
let data10 = data2.calls;
if(!((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10)))){
const err43 = {instancePath:instancePath+"/ticket/calls",schemaPath:"#/properties/ticket/anyOf/0/properties/calls/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
if(typeof data10 == "number"){
if(data10 < 0 || isNaN(data10)){
const err44 = {instancePath:instancePath+"/ticket/calls",schemaPath:"#/properties/ticket/anyOf/0/properties/calls/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
}
}
else {
const err45 = {instancePath:instancePath+"/ticket",schemaPath:"#/properties/ticket/anyOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
var _valid0 = _errs7 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const _errs49 = errors;
if(data2 !== null){
const err46 = {instancePath:instancePath+"/ticket",schemaPath:"#/properties/ticket/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
var _valid0 = _errs49 === errors;
valid1 = valid1 || _valid0;
}
if(!valid1){
const err47 = {instancePath:instancePath+"/ticket",schemaPath:"#/properties/ticket/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
else {
errors = _errs6;
if(vErrors !== null){
if(_errs6){
vErrors.length = _errs6;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err48 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
validate58.errors = vErrors;
return errors === 0;
}

export const topic_servicesState = validate59;
const schema29 = {"type":"object","required":["day","services"],"properties":{"day":{"type":"string"},"services":{"type":"object","patternProperties":{"^(.*)$":{"type":"object","required":["waiting","estimatedWaitSeconds"],"properties":{"waiting":{"minimum":0,"type":"integer"},"estimatedWaitSeconds":{"minimum":0,"type":"number"}}}}}}};

function validate59(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.day === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "day"},message:"must have required property '"+"day"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.services === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "services"},message:"must have required property '"+"services"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.day !== undefined){
if(typeof data.day !== "string"){
const err2 = {instancePath:instancePath+"/day",schemaPath:"#/properties/day/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.services !== undefined){
let data1 = data.services;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
for(const key0 in data1){
if(pattern90.test(key0)){
let data2 = data1[key0];
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.waiting === undefined){
const err3 = {instancePath:instancePath+"/services/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/services/patternProperties/%5E(.*)%24/required",keyword:"required",params:{missingProperty: "waiting"},message:"must have required property '"+"waiting"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data2.estimatedWaitSeconds === undefined){
const err4 = {instancePath:instancePath+"/services/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/services/patternProperties/%5E(.*)%24/required",keyword:"required",params:{missingProperty: "estimatedWaitSeconds"},message:"must have required property '"+"estimatedWaitSeconds"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data2.waiting !== undefined){
let data3 = data2.waiting;
if(!((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3)))){
const err5 = {instancePath:instancePath+"/services/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/waiting",schemaPath:"#/properties/services/patternProperties/%5E(.*)%24/properties/waiting/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(typeof data3 == "number"){
if(data3 < 0 || isNaN(data3)){
const err6 = {instancePath:instancePath+"/services/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/waiting",schemaPath:"#/properties/services/patternProperties/%5E(.*)%24/properties/waiting/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
if(data2.estimatedWaitSeconds !== undefined){
let data4 = data2.estimatedWaitSeconds;
if(typeof data4 == "number"){
if(data4 < 0 || isNaN(data4)){
const err7 = {instancePath:instancePath+"/services/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/estimatedWaitSeconds",schemaPath:"#/properties/services/patternProperties/%5E(.*)%24/properties/estimatedWaitSeconds/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
const err8 = {instancePath:instancePath+"/services/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/estimatedWaitSeconds",schemaPath:"#/properties/services/patternProperties/%5E(.*)%24/properties/estimatedWaitSeconds/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath:instancePath+"/services/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/services/patternProperties/%5E(.*)%24/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
}
else {
const err10 = {instancePath:instancePath+"/services",schemaPath:"#/properties/services/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
else {
const err11 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
validate59.errors = vErrors;
return errors === 0;
}

export const topic_callsState = validate60;
const schema30 = {"description":"newest first, at most 8","type":"object","required":["day","calls"],"properties":{"day":{"type":"string"},"calls":{"type":"array","items":{"type":"object","required":["label","counter","at"],"properties":{"label":{"type":"string"},"counter":{"type":"string"},"at":{"type":"number"}}}}}};

function validate60(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.day === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "day"},message:"must have required property '"+"day"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.calls === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "calls"},message:"must have required property '"+"calls"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.day !== undefined){
if(typeof data.day !== "string"){
const err2 = {instancePath:instancePath+"/day",schemaPath:"#/properties/day/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.calls !== undefined){
let data1 = data.calls;
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.label === undefined){
const err3 = {instancePath:instancePath+"/calls/" + i0,schemaPath:"#/properties/calls/items/required",keyword:"required",params:{missingProperty: "label"},message:"must have required property '"+"label"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data2.counter === undefined){
const err4 = {instancePath:instancePath+"/calls/" + i0,schemaPath:"#/properties/calls/items/required",keyword:"required",params:{missingProperty: "counter"},message:"must have required property '"+"counter"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data2.at === undefined){
const err5 = {instancePath:instancePath+"/calls/" + i0,schemaPath:"#/properties/calls/items/required",keyword:"required",params:{missingProperty: "at"},message:"must have required property '"+"at"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data2.label !== undefined){
if(typeof data2.label !== "string"){
const err6 = {instancePath:instancePath+"/calls/" + i0+"/label",schemaPath:"#/properties/calls/items/properties/label/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data2.counter !== undefined){
if(typeof data2.counter !== "string"){
const err7 = {instancePath:instancePath+"/calls/" + i0+"/counter",schemaPath:"#/properties/calls/items/properties/counter/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data2.at !== undefined){
if(!(typeof data2.at == "number")){
const err8 = {instancePath:instancePath+"/calls/" + i0+"/at",schemaPath:"#/properties/calls/items/properties/at/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath:instancePath+"/calls/" + i0,schemaPath:"#/properties/calls/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath:instancePath+"/calls",schemaPath:"#/properties/calls/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
else {
const err11 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
validate60.errors = vErrors;
return errors === 0;
}

export const topic_deviceHealth = validate61;
const schema31 = {"type":"object","required":["device","online"],"properties":{"device":{"type":"string"},"online":{"type":"boolean"},"version":{"type":"string"},"config":{"type":"string"},"uptimeSeconds":{"minimum":0,"type":"number"},"problems":{"type":"array","items":{"type":"string"}}}};

function validate61(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.device === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "device"},message:"must have required property '"+"device"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.online === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "online"},message:"must have required property '"+"online"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.device !== undefined){
if(typeof data.device !== "string"){
const err2 = {instancePath:instancePath+"/device",schemaPath:"#/properties/device/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.online !== undefined){
if(typeof data.online !== "boolean"){
const err3 = {instancePath:instancePath+"/online",schemaPath:"#/properties/online/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.version !== undefined){
if(typeof data.version !== "string"){
const err4 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.config !== undefined){
if(typeof data.config !== "string"){
const err5 = {instancePath:instancePath+"/config",schemaPath:"#/properties/config/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.uptimeSeconds !== undefined){
let data4 = data.uptimeSeconds;
if(typeof data4 == "number"){
if(data4 < 0 || isNaN(data4)){
const err6 = {instancePath:instancePath+"/uptimeSeconds",schemaPath:"#/properties/uptimeSeconds/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/uptimeSeconds",schemaPath:"#/properties/uptimeSeconds/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.problems !== undefined){
let data5 = data.problems;
if(Array.isArray(data5)){
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
if(typeof data5[i0] !== "string"){
const err8 = {instancePath:instancePath+"/problems/" + i0,schemaPath:"#/properties/problems/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath:instancePath+"/problems",schemaPath:"#/properties/problems/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
validate61.errors = vErrors;
return errors === 0;
}

export const topic_devicesState = validate62;
const schema32 = {"description":"every device the config names","type":"object","required":["devices","missing"],"properties":{"devices":{"type":"array","items":{"type":"object","allOf":[{"type":"object","required":["device","online"],"properties":{"device":{"type":"string"},"online":{"type":"boolean"},"version":{"type":"string"},"config":{"type":"string"},"uptimeSeconds":{"minimum":0,"type":"number"},"problems":{"type":"array","items":{"type":"string"}}}},{"type":"object","required":["role","board"],"properties":{"role":{"type":"string"},"board":{"type":"string"}}}]}},"missing":{"type":"array","items":{"type":"string"}}}};

function validate62(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.devices === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "devices"},message:"must have required property '"+"devices"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.missing === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "missing"},message:"must have required property '"+"missing"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.devices !== undefined){
let data0 = data.devices;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(!(data1 && typeof data1 == "object" && !Array.isArray(data1))){
const err2 = {instancePath:instancePath+"/devices/" + i0,schemaPath:"#/properties/devices/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.device === undefined){
const err3 = {instancePath:instancePath+"/devices/" + i0,schemaPath:"#/properties/devices/items/allOf/0/required",keyword:"required",params:{missingProperty: "device"},message:"must have required property '"+"device"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data1.online === undefined){
const err4 = {instancePath:instancePath+"/devices/" + i0,schemaPath:"#/properties/devices/items/allOf/0/required",keyword:"required",params:{missingProperty: "online"},message:"must have required property '"+"online"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data1.device !== undefined){
if(typeof data1.device !== "string"){
const err5 = {instancePath:instancePath+"/devices/" + i0+"/device",schemaPath:"#/properties/devices/items/allOf/0/properties/device/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data1.online !== undefined){
if(typeof data1.online !== "boolean"){
const err6 = {instancePath:instancePath+"/devices/" + i0+"/online",schemaPath:"#/properties/devices/items/allOf/0/properties/online/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data1.version !== undefined){
if(typeof data1.version !== "string"){
const err7 = {instancePath:instancePath+"/devices/" + i0+"/version",schemaPath:"#/properties/devices/items/allOf/0/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data1.config !== undefined){
if(typeof data1.config !== "string"){
const err8 = {instancePath:instancePath+"/devices/" + i0+"/config",schemaPath:"#/properties/devices/items/allOf/0/properties/config/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data1.uptimeSeconds !== undefined){
let data6 = data1.uptimeSeconds;
if(typeof data6 == "number"){
if(data6 < 0 || isNaN(data6)){
const err9 = {instancePath:instancePath+"/devices/" + i0+"/uptimeSeconds",schemaPath:"#/properties/devices/items/allOf/0/properties/uptimeSeconds/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
const err10 = {instancePath:instancePath+"/devices/" + i0+"/uptimeSeconds",schemaPath:"#/properties/devices/items/allOf/0/properties/uptimeSeconds/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data1.problems !== undefined){
let data7 = data1.problems;
if(Array.isArray(data7)){
const len1 = data7.length;
for(let i1=0; i1<len1; i1++){
if(typeof data7[i1] !== "string"){
const err11 = {instancePath:instancePath+"/devices/" + i0+"/problems/" + i1,schemaPath:"#/properties/devices/items/allOf/0/properties/problems/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
else {
const err12 = {instancePath:instancePath+"/devices/" + i0+"/problems",schemaPath:"#/properties/devices/items/allOf/0/properties/problems/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
else {
const err13 = {instancePath:instancePath+"/devices/" + i0,schemaPath:"#/properties/devices/items/allOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.role === undefined){
const err14 = {instancePath:instancePath+"/devices/" + i0,schemaPath:"#/properties/devices/items/allOf/1/required",keyword:"required",params:{missingProperty: "role"},message:"must have required property '"+"role"+"'"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data1.board === undefined){
const err15 = {instancePath:instancePath+"/devices/" + i0,schemaPath:"#/properties/devices/items/allOf/1/required",keyword:"required",params:{missingProperty: "board"},message:"must have required property '"+"board"+"'"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data1.role !== undefined){
if(typeof data1.role !== "string"){
const err16 = {instancePath:instancePath+"/devices/" + i0+"/role",schemaPath:"#/properties/devices/items/allOf/1/properties/role/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data1.board !== undefined){
if(typeof data1.board !== "string"){
const err17 = {instancePath:instancePath+"/devices/" + i0+"/board",schemaPath:"#/properties/devices/items/allOf/1/properties/board/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
else {
const err18 = {instancePath:instancePath+"/devices/" + i0,schemaPath:"#/properties/devices/items/allOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
else {
const err19 = {instancePath:instancePath+"/devices",schemaPath:"#/properties/devices/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.missing !== undefined){
let data11 = data.missing;
if(Array.isArray(data11)){
const len2 = data11.length;
for(let i2=0; i2<len2; i2++){
if(typeof data11[i2] !== "string"){
const err20 = {instancePath:instancePath+"/missing/" + i2,schemaPath:"#/properties/missing/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
else {
const err21 = {instancePath:instancePath+"/missing",schemaPath:"#/properties/missing/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
else {
const err22 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
validate62.errors = vErrors;
return errors === 0;
}

export const topic_printerState = validate63;
const schema33 = {"type":"object","required":["device","canPrint","words","online","answered","coverOpen","paperOut","paperNearEnd","at"],"properties":{"device":{"type":"string"},"canPrint":{"type":"boolean"},"words":{"type":"string"},"online":{"type":"boolean"},"answered":{"type":"boolean"},"coverOpen":{"type":"boolean"},"paperOut":{"type":"boolean"},"paperNearEnd":{"type":"boolean"},"at":{"type":"number"}}};

function validate63(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.device === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "device"},message:"must have required property '"+"device"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.canPrint === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "canPrint"},message:"must have required property '"+"canPrint"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.words === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "words"},message:"must have required property '"+"words"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.online === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "online"},message:"must have required property '"+"online"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.answered === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "answered"},message:"must have required property '"+"answered"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.coverOpen === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "coverOpen"},message:"must have required property '"+"coverOpen"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.paperOut === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "paperOut"},message:"must have required property '"+"paperOut"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.paperNearEnd === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "paperNearEnd"},message:"must have required property '"+"paperNearEnd"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.at === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "at"},message:"must have required property '"+"at"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data.device !== undefined){
if(typeof data.device !== "string"){
const err9 = {instancePath:instancePath+"/device",schemaPath:"#/properties/device/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.canPrint !== undefined){
if(typeof data.canPrint !== "boolean"){
const err10 = {instancePath:instancePath+"/canPrint",schemaPath:"#/properties/canPrint/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.words !== undefined){
if(typeof data.words !== "string"){
const err11 = {instancePath:instancePath+"/words",schemaPath:"#/properties/words/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.online !== undefined){
if(typeof data.online !== "boolean"){
const err12 = {instancePath:instancePath+"/online",schemaPath:"#/properties/online/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.answered !== undefined){
if(typeof data.answered !== "boolean"){
const err13 = {instancePath:instancePath+"/answered",schemaPath:"#/properties/answered/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.coverOpen !== undefined){
if(typeof data.coverOpen !== "boolean"){
const err14 = {instancePath:instancePath+"/coverOpen",schemaPath:"#/properties/coverOpen/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.paperOut !== undefined){
if(typeof data.paperOut !== "boolean"){
const err15 = {instancePath:instancePath+"/paperOut",schemaPath:"#/properties/paperOut/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.paperNearEnd !== undefined){
if(typeof data.paperNearEnd !== "boolean"){
const err16 = {instancePath:instancePath+"/paperNearEnd",schemaPath:"#/properties/paperNearEnd/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.at !== undefined){
if(!(typeof data.at == "number")){
const err17 = {instancePath:instancePath+"/at",schemaPath:"#/properties/at/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
else {
const err18 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
validate63.errors = vErrors;
return errors === 0;
}

export const topic_printerAlert = validate64;
const schema34 = {"description":"the printer state when the printer cannot print or is near its paper end, or a ticket it failed on","anyOf":[{"type":"object","required":["device","canPrint","words","online","answered","coverOpen","paperOut","paperNearEnd","at"],"properties":{"device":{"type":"string"},"canPrint":{"type":"boolean"},"words":{"type":"string"},"online":{"type":"boolean"},"answered":{"type":"boolean"},"coverOpen":{"type":"boolean"},"paperOut":{"type":"boolean"},"paperNearEnd":{"type":"boolean"},"at":{"type":"number"}}},{"type":"object","required":["device","label","unprinted","reason","at"],"properties":{"device":{"type":"string"},"label":{"type":"string"},"unprinted":{"const":true,"type":"boolean"},"reason":{"type":"string"},"at":{"type":"number"}}}]};

function validate64(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
let valid0 = false;
const _errs1 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.device === undefined){
const err0 = {instancePath,schemaPath:"#/anyOf/0/required",keyword:"required",params:{missingProperty: "device"},message:"must have required property '"+"device"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.canPrint === undefined){
const err1 = {instancePath,schemaPath:"#/anyOf/0/required",keyword:"required",params:{missingProperty: "canPrint"},message:"must have required property '"+"canPrint"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.words === undefined){
const err2 = {instancePath,schemaPath:"#/anyOf/0/required",keyword:"required",params:{missingProperty: "words"},message:"must have required property '"+"words"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.online === undefined){
const err3 = {instancePath,schemaPath:"#/anyOf/0/required",keyword:"required",params:{missingProperty: "online"},message:"must have required property '"+"online"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.answered === undefined){
const err4 = {instancePath,schemaPath:"#/anyOf/0/required",keyword:"required",params:{missingProperty: "answered"},message:"must have required property '"+"answered"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.coverOpen === undefined){
const err5 = {instancePath,schemaPath:"#/anyOf/0/required",keyword:"required",params:{missingProperty: "coverOpen"},message:"must have required property '"+"coverOpen"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.paperOut === undefined){
const err6 = {instancePath,schemaPath:"#/anyOf/0/required",keyword:"required",params:{missingProperty: "paperOut"},message:"must have required property '"+"paperOut"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.paperNearEnd === undefined){
const err7 = {instancePath,schemaPath:"#/anyOf/0/required",keyword:"required",params:{missingProperty: "paperNearEnd"},message:"must have required property '"+"paperNearEnd"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.at === undefined){
const err8 = {instancePath,schemaPath:"#/anyOf/0/required",keyword:"required",params:{missingProperty: "at"},message:"must have required property '"+"at"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data.device !== undefined){
if(typeof data.device !== "string"){
const err9 = {instancePath:instancePath+"/device",schemaPath:"#/anyOf/0/properties/device/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.canPrint !== undefined){
if(typeof data.canPrint !== "boolean"){
const err10 = {instancePath:instancePath+"/canPrint",schemaPath:"#/anyOf/0/properties/canPrint/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.words !== undefined){
if(typeof data.words !== "string"){
const err11 = {instancePath:instancePath+"/words",schemaPath:"#/anyOf/0/properties/words/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.online !== undefined){
if(typeof data.online !== "boolean"){
const err12 = {instancePath:instancePath+"/online",schemaPath:"#/anyOf/0/properties/online/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.answered !== undefined){
if(typeof data.answered !== "boolean"){
const err13 = {instancePath:instancePath+"/answered",schemaPath:"#/anyOf/0/properties/answered/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.coverOpen !== undefined){
if(typeof data.coverOpen !== "boolean"){
const err14 = {instancePath:instancePath+"/coverOpen",schemaPath:"#/anyOf/0/properties/coverOpen/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.paperOut !== undefined){
if(typeof data.paperOut !== "boolean"){
const err15 = {instancePath:instancePath+"/paperOut",schemaPath:"#/anyOf/0/properties/paperOut/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.paperNearEnd !== undefined){
if(typeof data.paperNearEnd !== "boolean"){
const err16 = {instancePath:instancePath+"/paperNearEnd",schemaPath:"#/anyOf/0/properties/paperNearEnd/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.at !== undefined){
if(!(typeof data.at == "number")){
const err17 = {instancePath:instancePath+"/at",schemaPath:"#/anyOf/0/properties/at/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
else {
const err18 = {instancePath,schemaPath:"#/anyOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
var _valid0 = _errs1 === errors;
valid0 = valid0 || _valid0;
if(!valid0){
const _errs21 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.device === undefined){
const err19 = {instancePath,schemaPath:"#/anyOf/1/required",keyword:"required",params:{missingProperty: "device"},message:"must have required property '"+"device"+"'"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(data.label === undefined){
const err20 = {instancePath,schemaPath:"#/anyOf/1/required",keyword:"required",params:{missingProperty: "label"},message:"must have required property '"+"label"+"'"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(data.unprinted === undefined){
const err21 = {instancePath,schemaPath:"#/anyOf/1/required",keyword:"required",params:{missingProperty: "unprinted"},message:"must have required property '"+"unprinted"+"'"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(data.reason === undefined){
const err22 = {instancePath,schemaPath:"#/anyOf/1/required",keyword:"required",params:{missingProperty: "reason"},message:"must have required property '"+"reason"+"'"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(data.at === undefined){
const err23 = {instancePath,schemaPath:"#/anyOf/1/required",keyword:"required",params:{missingProperty: "at"},message:"must have required property '"+"at"+"'"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(data.device !== undefined){
if(typeof data.device !== "string"){
const err24 = {instancePath:instancePath+"/device",schemaPath:"#/anyOf/1/properties/device/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.label !== undefined){
if(typeof data.label !== "string"){
const err25 = {instancePath:instancePath+"/label",schemaPath:"#/anyOf/1/properties/label/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.unprinted !== undefined){
let data11 = data.unprinted;
if(typeof data11 !== "boolean"){
const err26 = {instancePath:instancePath+"/unprinted",schemaPath:"#/anyOf/1/properties/unprinted/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(true !== data11){
const err27 = {instancePath:instancePath+"/unprinted",schemaPath:"#/anyOf/1/properties/unprinted/const",keyword:"const",params:{allowedValue: true},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data.reason !== undefined){
if(typeof data.reason !== "string"){
const err28 = {instancePath:instancePath+"/reason",schemaPath:"#/anyOf/1/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data.at !== undefined){
if(!(typeof data.at == "number")){
const err29 = {instancePath:instancePath+"/at",schemaPath:"#/anyOf/1/properties/at/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
}
else {
const err30 = {instancePath,schemaPath:"#/anyOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
var _valid0 = _errs21 === errors;
valid0 = valid0 || _valid0;
}
if(!valid0){
const err31 = {instancePath,schemaPath:"#/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate64.errors = vErrors;
return errors === 0;
}

export const topic_reportLive = validate65;
const schema35 = {"description":"at most once a second as events come in, and every 30 s (docs/reports.md)","type":"object","required":["day","at","waiting","longestWaitSeconds","longestWaitOverallSeconds","served","servedByService"],"properties":{"day":{"type":"string"},"at":{"type":"number"},"waiting":{"type":"object","patternProperties":{"^(.*)$":{"type":"number"}}},"longestWaitSeconds":{"type":"object","patternProperties":{"^(.*)$":{"type":"number"}}},"longestWaitOverallSeconds":{"type":"number"},"served":{"type":"number"},"servedByService":{"type":"object","patternProperties":{"^(.*)$":{"type":"number"}}}}};

function validate65(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.day === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "day"},message:"must have required property '"+"day"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.at === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "at"},message:"must have required property '"+"at"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.waiting === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "waiting"},message:"must have required property '"+"waiting"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.longestWaitSeconds === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "longestWaitSeconds"},message:"must have required property '"+"longestWaitSeconds"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.longestWaitOverallSeconds === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "longestWaitOverallSeconds"},message:"must have required property '"+"longestWaitOverallSeconds"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.served === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "served"},message:"must have required property '"+"served"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.servedByService === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "servedByService"},message:"must have required property '"+"servedByService"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.day !== undefined){
if(typeof data.day !== "string"){
const err7 = {instancePath:instancePath+"/day",schemaPath:"#/properties/day/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.at !== undefined){
if(!(typeof data.at == "number")){
const err8 = {instancePath:instancePath+"/at",schemaPath:"#/properties/at/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.waiting !== undefined){
let data2 = data.waiting;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
for(const key0 in data2){
if(pattern90.test(key0)){
if(!(typeof data2[key0] == "number")){
const err9 = {instancePath:instancePath+"/waiting/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/waiting/patternProperties/%5E(.*)%24/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
}
else {
const err10 = {instancePath:instancePath+"/waiting",schemaPath:"#/properties/waiting/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.longestWaitSeconds !== undefined){
let data4 = data.longestWaitSeconds;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
for(const key1 in data4){
if(pattern90.test(key1)){
if(!(typeof data4[key1] == "number")){
const err11 = {instancePath:instancePath+"/longestWaitSeconds/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/longestWaitSeconds/patternProperties/%5E(.*)%24/type",keyword:"type",params:{type: "number"},message:"must be number"};
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
}
else {
const err12 = {instancePath:instancePath+"/longestWaitSeconds",schemaPath:"#/properties/longestWaitSeconds/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.longestWaitOverallSeconds !== undefined){
if(!(typeof data.longestWaitOverallSeconds == "number")){
const err13 = {instancePath:instancePath+"/longestWaitOverallSeconds",schemaPath:"#/properties/longestWaitOverallSeconds/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.served !== undefined){
if(!(typeof data.served == "number")){
const err14 = {instancePath:instancePath+"/served",schemaPath:"#/properties/served/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.servedByService !== undefined){
let data8 = data.servedByService;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
for(const key2 in data8){
if(pattern90.test(key2)){
if(!(typeof data8[key2] == "number")){
const err15 = {instancePath:instancePath+"/servedByService/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/servedByService/patternProperties/%5E(.*)%24/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
}
else {
const err16 = {instancePath:instancePath+"/servedByService",schemaPath:"#/properties/servedByService/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
else {
const err17 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
validate65.errors = vErrors;
return errors === 0;
}

export const topic_reportDay = validate66;
const schema36 = {"description":"the last closed business day, published at start and when a day closes","type":"object","required":["day","totals","services"],"properties":{"day":{"type":"string"},"totals":{"type":"object","required":["key","issued","served","noShow","transferred","cancelled","wait","service","withinTarget","peakWaiting","countersOpen","ratings"],"properties":{"key":{"type":"string"},"issued":{"type":"number"},"served":{"type":"number"},"noShow":{"type":"number"},"transferred":{"type":"number"},"cancelled":{"type":"number"},"wait":{"type":"object","required":["avg","median","p90","max"],"properties":{"avg":{"anyOf":[{"type":"number"},{"type":"null"}]},"median":{"anyOf":[{"type":"number"},{"type":"null"}]},"p90":{"anyOf":[{"type":"number"},{"type":"null"}]},"max":{"anyOf":[{"type":"number"},{"type":"null"}]}}},"service":{"type":"object","required":["avg","median"],"properties":{"avg":{"anyOf":[{"type":"number"},{"type":"null"}]},"median":{"anyOf":[{"type":"number"},{"type":"null"}]}}},"withinTarget":{"anyOf":[{"type":"number"},{"type":"null"}]},"peakWaiting":{"anyOf":[{"type":"number"},{"type":"null"}]},"countersOpen":{"anyOf":[{"type":"number"},{"type":"null"}]},"ratings":{"type":"object","required":["count","avg"],"properties":{"count":{"type":"number"},"avg":{"anyOf":[{"type":"number"},{"type":"null"}]}}}}},"services":{"type":"array","items":{"type":"object","allOf":[{"type":"object","required":["key","issued","served","noShow","transferred","cancelled","wait","service","withinTarget","peakWaiting","countersOpen","ratings"],"properties":{"key":{"type":"string"},"issued":{"type":"number"},"served":{"type":"number"},"noShow":{"type":"number"},"transferred":{"type":"number"},"cancelled":{"type":"number"},"wait":{"type":"object","required":["avg","median","p90","max"],"properties":{"avg":{"anyOf":[{"type":"number"},{"type":"null"}]},"median":{"anyOf":[{"type":"number"},{"type":"null"}]},"p90":{"anyOf":[{"type":"number"},{"type":"null"}]},"max":{"anyOf":[{"type":"number"},{"type":"null"}]}}},"service":{"type":"object","required":["avg","median"],"properties":{"avg":{"anyOf":[{"type":"number"},{"type":"null"}]},"median":{"anyOf":[{"type":"number"},{"type":"null"}]}}},"withinTarget":{"anyOf":[{"type":"number"},{"type":"null"}]},"peakWaiting":{"anyOf":[{"type":"number"},{"type":"null"}]},"countersOpen":{"anyOf":[{"type":"number"},{"type":"null"}]},"ratings":{"type":"object","required":["count","avg"],"properties":{"count":{"type":"number"},"avg":{"anyOf":[{"type":"number"},{"type":"null"}]}}}}},{"type":"object","required":["name"],"properties":{"name":{"type":"string"}}}]}}}};

function validate66(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.day === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "day"},message:"must have required property '"+"day"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.totals === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "totals"},message:"must have required property '"+"totals"+"'"};
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
if(data.day !== undefined){
if(typeof data.day !== "string"){
const err3 = {instancePath:instancePath+"/day",schemaPath:"#/properties/day/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.totals !== undefined){
let data1 = data.totals;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.key === undefined){
const err4 = {instancePath:instancePath+"/totals",schemaPath:"#/properties/totals/required",keyword:"required",params:{missingProperty: "key"},message:"must have required property '"+"key"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data1.issued === undefined){
const err5 = {instancePath:instancePath+"/totals",schemaPath:"#/properties/totals/required",keyword:"required",params:{missingProperty: "issued"},message:"must have required property '"+"issued"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data1.served === undefined){
const err6 = {instancePath:instancePath+"/totals",schemaPath:"#/properties/totals/required",keyword:"required",params:{missingProperty: "served"},message:"must have required property '"+"served"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data1.noShow === undefined){
const err7 = {instancePath:instancePath+"/totals",schemaPath:"#/properties/totals/required",keyword:"required",params:{missingProperty: "noShow"},message:"must have required property '"+"noShow"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data1.transferred === undefined){
const err8 = {instancePath:instancePath+"/totals",schemaPath:"#/properties/totals/required",keyword:"required",params:{missingProperty: "transferred"},message:"must have required property '"+"transferred"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data1.cancelled === undefined){
const err9 = {instancePath:instancePath+"/totals",schemaPath:"#/properties/totals/required",keyword:"required",params:{missingProperty: "cancelled"},message:"must have required property '"+"cancelled"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data1.wait === undefined){
const err10 = {instancePath:instancePath+"/totals",schemaPath:"#/properties/totals/required",keyword:"required",params:{missingProperty: "wait"},message:"must have required property '"+"wait"+"'"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data1.service === undefined){
const err11 = {instancePath:instancePath+"/totals",schemaPath:"#/properties/totals/required",keyword:"required",params:{missingProperty: "service"},message:"must have required property '"+"service"+"'"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data1.withinTarget === undefined){
const err12 = {instancePath:instancePath+"/totals",schemaPath:"#/properties/totals/required",keyword:"required",params:{missingProperty: "withinTarget"},message:"must have required property '"+"withinTarget"+"'"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data1.peakWaiting === undefined){
const err13 = {instancePath:instancePath+"/totals",schemaPath:"#/properties/totals/required",keyword:"required",params:{missingProperty: "peakWaiting"},message:"must have required property '"+"peakWaiting"+"'"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data1.countersOpen === undefined){
const err14 = {instancePath:instancePath+"/totals",schemaPath:"#/properties/totals/required",keyword:"required",params:{missingProperty: "countersOpen"},message:"must have required property '"+"countersOpen"+"'"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data1.ratings === undefined){
const err15 = {instancePath:instancePath+"/totals",schemaPath:"#/properties/totals/required",keyword:"required",params:{missingProperty: "ratings"},message:"must have required property '"+"ratings"+"'"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data1.key !== undefined){
if(typeof data1.key !== "string"){
const err16 = {instancePath:instancePath+"/totals/key",schemaPath:"#/properties/totals/properties/key/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data1.issued !== undefined){
if(!(typeof data1.issued == "number")){
const err17 = {instancePath:instancePath+"/totals/issued",schemaPath:"#/properties/totals/properties/issued/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data1.served !== undefined){
if(!(typeof data1.served == "number")){
const err18 = {instancePath:instancePath+"/totals/served",schemaPath:"#/properties/totals/properties/served/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data1.noShow !== undefined){
if(!(typeof data1.noShow == "number")){
const err19 = {instancePath:instancePath+"/totals/noShow",schemaPath:"#/properties/totals/properties/noShow/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data1.transferred !== undefined){
if(!(typeof data1.transferred == "number")){
const err20 = {instancePath:instancePath+"/totals/transferred",schemaPath:"#/properties/totals/properties/transferred/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data1.cancelled !== undefined){
if(!(typeof data1.cancelled == "number")){
const err21 = {instancePath:instancePath+"/totals/cancelled",schemaPath:"#/properties/totals/properties/cancelled/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data1.wait !== undefined){
let data8 = data1.wait;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
if(data8.avg === undefined){
const err22 = {instancePath:instancePath+"/totals/wait",schemaPath:"#/properties/totals/properties/wait/required",keyword:"required",params:{missingProperty: "avg"},message:"must have required property '"+"avg"+"'"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(data8.median === undefined){
const err23 = {instancePath:instancePath+"/totals/wait",schemaPath:"#/properties/totals/properties/wait/required",keyword:"required",params:{missingProperty: "median"},message:"must have required property '"+"median"+"'"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(data8.p90 === undefined){
const err24 = {instancePath:instancePath+"/totals/wait",schemaPath:"#/properties/totals/properties/wait/required",keyword:"required",params:{missingProperty: "p90"},message:"must have required property '"+"p90"+"'"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(data8.max === undefined){
const err25 = {instancePath:instancePath+"/totals/wait",schemaPath:"#/properties/totals/properties/wait/required",keyword:"required",params:{missingProperty: "max"},message:"must have required property '"+"max"+"'"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(data8.avg !== undefined){
let data9 = data8.avg;
const _errs20 = errors;
let valid3 = false;
const _errs21 = errors;
if(!(typeof data9 == "number")){
const err26 = {instancePath:instancePath+"/totals/wait/avg",schemaPath:"#/properties/totals/properties/wait/properties/avg/anyOf/0/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
var _valid0 = _errs21 === errors;
valid3 = valid3 || _valid0;
if(!valid3){
const _errs23 = errors;
if(data9 !== null){
const err27 = {instancePath:instancePath+"/totals/wait/avg",schemaPath:"#/properties/totals/properties/wait/properties/avg/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
var _valid0 = _errs23 === errors;
valid3 = valid3 || _valid0;
}
if(!valid3){
const err28 = {instancePath:instancePath+"/totals/wait/avg",schemaPath:"#/properties/totals/properties/wait/properties/avg/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
else {
errors = _errs20;
if(vErrors !== null){
if(_errs20){
vErrors.length = _errs20;
}
else {
vErrors = null;
}
}
}
}
if(data8.median !== undefined){
let data10 = data8.median;
const _errs26 = errors;
let valid4 = false;
const _errs27 = errors;
if(!(typeof data10 == "number")){
const err29 = {instancePath:instancePath+"/totals/wait/median",schemaPath:"#/properties/totals/properties/wait/properties/median/anyOf/0/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
var _valid1 = _errs27 === errors;
valid4 = valid4 || _valid1;
if(!valid4){
const _errs29 = errors;
if(data10 !== null){
const err30 = {instancePath:instancePath+"/totals/wait/median",schemaPath:"#/properties/totals/properties/wait/properties/median/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
var _valid1 = _errs29 === errors;
valid4 = valid4 || _valid1;
}
if(!valid4){
const err31 = {instancePath:instancePath+"/totals/wait/median",schemaPath:"#/properties/totals/properties/wait/properties/median/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
else {
errors = _errs26;
if(vErrors !== null){
if(_errs26){
vErrors.length = _errs26;
}
else {
vErrors = null;
}
}
}
}
if(data8.p90 !== undefined){
let data11 = data8.p90;
const _errs32 = errors;
let valid5 = false;
const _errs33 = errors;
if(!(typeof data11 == "number")){
const err32 = {instancePath:instancePath+"/totals/wait/p90",schemaPath:"#/properties/totals/properties/wait/properties/p90/anyOf/0/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
var _valid2 = _errs33 === errors;
valid5 = valid5 || _valid2;
if(!valid5){
const _errs35 = errors;
if(data11 !== null){
const err33 = {instancePath:instancePath+"/totals/wait/p90",schemaPath:"#/properties/totals/properties/wait/properties/p90/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
var _valid2 = _errs35 === errors;
valid5 = valid5 || _valid2;
}
if(!valid5){
const err34 = {instancePath:instancePath+"/totals/wait/p90",schemaPath:"#/properties/totals/properties/wait/properties/p90/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
else {
errors = _errs32;
if(vErrors !== null){
if(_errs32){
vErrors.length = _errs32;
}
else {
vErrors = null;
}
}
}
}
if(data8.max !== undefined){
let data12 = data8.max;
const _errs38 = errors;
let valid6 = false;
const _errs39 = errors;
if(!(typeof data12 == "number")){
const err35 = {instancePath:instancePath+"/totals/wait/max",schemaPath:"#/properties/totals/properties/wait/properties/max/anyOf/0/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
var _valid3 = _errs39 === errors;
valid6 = valid6 || _valid3;
if(!valid6){
const _errs41 = errors;
if(data12 !== null){
const err36 = {instancePath:instancePath+"/totals/wait/max",schemaPath:"#/properties/totals/properties/wait/properties/max/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
var _valid3 = _errs41 === errors;
valid6 = valid6 || _valid3;
}
if(!valid6){
const err37 = {instancePath:instancePath+"/totals/wait/max",schemaPath:"#/properties/totals/properties/wait/properties/max/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
else {
errors = _errs38;
if(vErrors !== null){
if(_errs38){
vErrors.length = _errs38;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err38 = {instancePath:instancePath+"/totals/wait",schemaPath:"#/properties/totals/properties/wait/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data1.service !== undefined){
let data13 = data1.service;
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
if(data13.avg === undefined){
const err39 = {instancePath:instancePath+"/totals/service",schemaPath:"#/properties/totals/properties/service/required",keyword:"required",params:{missingProperty: "avg"},message:"must have required property '"+"avg"+"'"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
if(data13.median === undefined){
const err40 = {instancePath:instancePath+"/totals/service",schemaPath:"#/properties/totals/properties/service/required",keyword:"required",params:{missingProperty: "median"},message:"must have required property '"+"median"+"'"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
if(data13.avg !== undefined){
let data14 = data13.avg;
const _errs46 = errors;
let valid8 = false;
const _errs47 = errors;
if(!(typeof data14 == "number")){
const err41 = {instancePath:instancePath+"/totals/service/avg",schemaPath:"#/properties/totals/properties/service/properties/avg/anyOf/0/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
var _valid4 = _errs47 === errors;
valid8 = valid8 || _valid4;
if(!valid8){
const _errs49 = errors;
if(data14 !== null){
const err42 = {instancePath:instancePath+"/totals/service/avg",schemaPath:"#/properties/totals/properties/service/properties/avg/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
var _valid4 = _errs49 === errors;
valid8 = valid8 || _valid4;
}
if(!valid8){
const err43 = {instancePath:instancePath+"/totals/service/avg",schemaPath:"#/properties/totals/properties/service/properties/avg/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
else {
errors = _errs46;
if(vErrors !== null){
if(_errs46){
vErrors.length = _errs46;
}
else {
vErrors = null;
}
}
}
}
if(data13.median !== undefined){
let data15 = data13.median;
const _errs52 = errors;
let valid9 = false;
const _errs53 = errors;
if(!(typeof data15 == "number")){
const err44 = {instancePath:instancePath+"/totals/service/median",schemaPath:"#/properties/totals/properties/service/properties/median/anyOf/0/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
var _valid5 = _errs53 === errors;
valid9 = valid9 || _valid5;
if(!valid9){
const _errs55 = errors;
if(data15 !== null){
const err45 = {instancePath:instancePath+"/totals/service/median",schemaPath:"#/properties/totals/properties/service/properties/median/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
var _valid5 = _errs55 === errors;
valid9 = valid9 || _valid5;
}
if(!valid9){
const err46 = {instancePath:instancePath+"/totals/service/median",schemaPath:"#/properties/totals/properties/service/properties/median/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
else {
errors = _errs52;
if(vErrors !== null){
if(_errs52){
vErrors.length = _errs52;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err47 = {instancePath:instancePath+"/totals/service",schemaPath:"#/properties/totals/properties/service/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data1.withinTarget !== undefined){
let data16 = data1.withinTarget;
const _errs58 = errors;
let valid10 = false;
const _errs59 = errors;
if(!(typeof data16 == "number")){
const err48 = {instancePath:instancePath+"/totals/withinTarget",schemaPath:"#/properties/totals/properties/withinTarget/anyOf/0/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
var _valid6 = _errs59 === errors;
valid10 = valid10 || _valid6;
if(!valid10){
const _errs61 = errors;
if(data16 !== null){
const err49 = {instancePath:instancePath+"/totals/withinTarget",schemaPath:"#/properties/totals/properties/withinTarget/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
var _valid6 = _errs61 === errors;
valid10 = valid10 || _valid6;
}
if(!valid10){
const err50 = {instancePath:instancePath+"/totals/withinTarget",schemaPath:"#/properties/totals/properties/withinTarget/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
else {
errors = _errs58;
if(vErrors !== null){
if(_errs58){
vErrors.length = _errs58;
}
else {
vErrors = null;
}
}
}
}
if(data1.peakWaiting !== undefined){
let data17 = data1.peakWaiting;
const _errs64 = errors;
let valid11 = false;
const _errs65 = errors;
if(!(typeof data17 == "number")){
const err51 = {instancePath:instancePath+"/totals/peakWaiting",schemaPath:"#/properties/totals/properties/peakWaiting/anyOf/0/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
var _valid7 = _errs65 === errors;
valid11 = valid11 || _valid7;
if(!valid11){
const _errs67 = errors;
if(data17 !== null){
const err52 = {instancePath:instancePath+"/totals/peakWaiting",schemaPath:"#/properties/totals/properties/peakWaiting/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
var _valid7 = _errs67 === errors;
valid11 = valid11 || _valid7;
}
if(!valid11){
const err53 = {instancePath:instancePath+"/totals/peakWaiting",schemaPath:"#/properties/totals/properties/peakWaiting/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
else {
errors = _errs64;
if(vErrors !== null){
if(_errs64){
vErrors.length = _errs64;
}
else {
vErrors = null;
}
}
}
}
if(data1.countersOpen !== undefined){
let data18 = data1.countersOpen;
const _errs70 = errors;
let valid12 = false;
const _errs71 = errors;
if(!(typeof data18 == "number")){
const err54 = {instancePath:instancePath+"/totals/countersOpen",schemaPath:"#/properties/totals/properties/countersOpen/anyOf/0/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
var _valid8 = _errs71 === errors;
valid12 = valid12 || _valid8;
if(!valid12){
const _errs73 = errors;
if(data18 !== null){
const err55 = {instancePath:instancePath+"/totals/countersOpen",schemaPath:"#/properties/totals/properties/countersOpen/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
var _valid8 = _errs73 === errors;
valid12 = valid12 || _valid8;
}
if(!valid12){
const err56 = {instancePath:instancePath+"/totals/countersOpen",schemaPath:"#/properties/totals/properties/countersOpen/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
else {
errors = _errs70;
if(vErrors !== null){
if(_errs70){
vErrors.length = _errs70;
}
else {
vErrors = null;
}
}
}
}
if(data1.ratings !== undefined){
let data19 = data1.ratings;
if(data19 && typeof data19 == "object" && !Array.isArray(data19)){
if(data19.count === undefined){
const err57 = {instancePath:instancePath+"/totals/ratings",schemaPath:"#/properties/totals/properties/ratings/required",keyword:"required",params:{missingProperty: "count"},message:"must have required property '"+"count"+"'"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
if(data19.avg === undefined){
const err58 = {instancePath:instancePath+"/totals/ratings",schemaPath:"#/properties/totals/properties/ratings/required",keyword:"required",params:{missingProperty: "avg"},message:"must have required property '"+"avg"+"'"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
if(data19.count !== undefined){
if(!(typeof data19.count == "number")){
const err59 = {instancePath:instancePath+"/totals/ratings/count",schemaPath:"#/properties/totals/properties/ratings/properties/count/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
if(data19.avg !== undefined){
let data21 = data19.avg;
const _errs80 = errors;
let valid14 = false;
const _errs81 = errors;
if(!(typeof data21 == "number")){
const err60 = {instancePath:instancePath+"/totals/ratings/avg",schemaPath:"#/properties/totals/properties/ratings/properties/avg/anyOf/0/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
var _valid9 = _errs81 === errors;
valid14 = valid14 || _valid9;
if(!valid14){
const _errs83 = errors;
if(data21 !== null){
const err61 = {instancePath:instancePath+"/totals/ratings/avg",schemaPath:"#/properties/totals/properties/ratings/properties/avg/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
var _valid9 = _errs83 === errors;
valid14 = valid14 || _valid9;
}
if(!valid14){
const err62 = {instancePath:instancePath+"/totals/ratings/avg",schemaPath:"#/properties/totals/properties/ratings/properties/avg/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
else {
errors = _errs80;
if(vErrors !== null){
if(_errs80){
vErrors.length = _errs80;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err63 = {instancePath:instancePath+"/totals/ratings",schemaPath:"#/properties/totals/properties/ratings/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
}
else {
const err64 = {instancePath:instancePath+"/totals",schemaPath:"#/properties/totals/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
if(data.services !== undefined){
let data22 = data.services;
if(Array.isArray(data22)){
const len0 = data22.length;
for(let i0=0; i0<len0; i0++){
let data23 = data22[i0];
if(!(data23 && typeof data23 == "object" && !Array.isArray(data23))){
const err65 = {instancePath:instancePath+"/services/" + i0,schemaPath:"#/properties/services/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
if(data23 && typeof data23 == "object" && !Array.isArray(data23)){
if(data23.key === undefined){
const err66 = {instancePath:instancePath+"/services/" + i0,schemaPath:"#/properties/services/items/allOf/0/required",keyword:"required",params:{missingProperty: "key"},message:"must have required property '"+"key"+"'"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
if(data23.issued === undefined){
const err67 = {instancePath:instancePath+"/services/" + i0,schemaPath:"#/properties/services/items/allOf/0/required",keyword:"required",params:{missingProperty: "issued"},message:"must have required property '"+"issued"+"'"};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
if(data23.served === undefined){
const err68 = {instancePath:instancePath+"/services/" + i0,schemaPath:"#/properties/services/items/allOf/0/required",keyword:"required",params:{missingProperty: "served"},message:"must have required property '"+"served"+"'"};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
if(data23.noShow === undefined){
const err69 = {instancePath:instancePath+"/services/" + i0,schemaPath:"#/properties/services/items/allOf/0/required",keyword:"required",params:{missingProperty: "noShow"},message:"must have required property '"+"noShow"+"'"};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
if(data23.transferred === undefined){
const err70 = {instancePath:instancePath+"/services/" + i0,schemaPath:"#/properties/services/items/allOf/0/required",keyword:"required",params:{missingProperty: "transferred"},message:"must have required property '"+"transferred"+"'"};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
if(data23.cancelled === undefined){
const err71 = {instancePath:instancePath+"/services/" + i0,schemaPath:"#/properties/services/items/allOf/0/required",keyword:"required",params:{missingProperty: "cancelled"},message:"must have required property '"+"cancelled"+"'"};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
if(data23.wait === undefined){
const err72 = {instancePath:instancePath+"/services/" + i0,schemaPath:"#/properties/services/items/allOf/0/required",keyword:"required",params:{missingProperty: "wait"},message:"must have required property '"+"wait"+"'"};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
if(data23.service === undefined){
const err73 = {instancePath:instancePath+"/services/" + i0,schemaPath:"#/properties/services/items/allOf/0/required",keyword:"required",params:{missingProperty: "service"},message:"must have required property '"+"service"+"'"};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
if(data23.withinTarget === undefined){
const err74 = {instancePath:instancePath+"/services/" + i0,schemaPath:"#/properties/services/items/allOf/0/required",keyword:"required",params:{missingProperty: "withinTarget"},message:"must have required property '"+"withinTarget"+"'"};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
if(data23.peakWaiting === undefined){
const err75 = {instancePath:instancePath+"/services/" + i0,schemaPath:"#/properties/services/items/allOf/0/required",keyword:"required",params:{missingProperty: "peakWaiting"},message:"must have required property '"+"peakWaiting"+"'"};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
if(data23.countersOpen === undefined){
const err76 = {instancePath:instancePath+"/services/" + i0,schemaPath:"#/properties/services/items/allOf/0/required",keyword:"required",params:{missingProperty: "countersOpen"},message:"must have required property '"+"countersOpen"+"'"};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
if(data23.ratings === undefined){
const err77 = {instancePath:instancePath+"/services/" + i0,schemaPath:"#/properties/services/items/allOf/0/required",keyword:"required",params:{missingProperty: "ratings"},message:"must have required property '"+"ratings"+"'"};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
if(data23.key !== undefined){
if(typeof data23.key !== "string"){
const err78 = {instancePath:instancePath+"/services/" + i0+"/key",schemaPath:"#/properties/services/items/allOf/0/properties/key/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
if(data23.issued !== undefined){
if(!(typeof data23.issued == "number")){
const err79 = {instancePath:instancePath+"/services/" + i0+"/issued",schemaPath:"#/properties/services/items/allOf/0/properties/issued/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
if(data23.served !== undefined){
if(!(typeof data23.served == "number")){
const err80 = {instancePath:instancePath+"/services/" + i0+"/served",schemaPath:"#/properties/services/items/allOf/0/properties/served/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
}
if(data23.noShow !== undefined){
if(!(typeof data23.noShow == "number")){
const err81 = {instancePath:instancePath+"/services/" + i0+"/noShow",schemaPath:"#/properties/services/items/allOf/0/properties/noShow/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
if(data23.transferred !== undefined){
if(!(typeof data23.transferred == "number")){
const err82 = {instancePath:instancePath+"/services/" + i0+"/transferred",schemaPath:"#/properties/services/items/allOf/0/properties/transferred/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
if(data23.cancelled !== undefined){
if(!(typeof data23.cancelled == "number")){
const err83 = {instancePath:instancePath+"/services/" + i0+"/cancelled",schemaPath:"#/properties/services/items/allOf/0/properties/cancelled/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
if(data23.wait !== undefined){
let data30 = data23.wait;
if(data30 && typeof data30 == "object" && !Array.isArray(data30)){
if(data30.avg === undefined){
const err84 = {instancePath:instancePath+"/services/" + i0+"/wait",schemaPath:"#/properties/services/items/allOf/0/properties/wait/required",keyword:"required",params:{missingProperty: "avg"},message:"must have required property '"+"avg"+"'"};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
if(data30.median === undefined){
const err85 = {instancePath:instancePath+"/services/" + i0+"/wait",schemaPath:"#/properties/services/items/allOf/0/properties/wait/required",keyword:"required",params:{missingProperty: "median"},message:"must have required property '"+"median"+"'"};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
if(data30.p90 === undefined){
const err86 = {instancePath:instancePath+"/services/" + i0+"/wait",schemaPath:"#/properties/services/items/allOf/0/properties/wait/required",keyword:"required",params:{missingProperty: "p90"},message:"must have required property '"+"p90"+"'"};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
if(data30.max === undefined){
const err87 = {instancePath:instancePath+"/services/" + i0+"/wait",schemaPath:"#/properties/services/items/allOf/0/properties/wait/required",keyword:"required",params:{missingProperty: "max"},message:"must have required property '"+"max"+"'"};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
if(data30.avg !== undefined){
let data31 = data30.avg;
const _errs106 = errors;
let valid20 = false;
const _errs107 = errors;
if(!(typeof data31 == "number")){
const err88 = {instancePath:instancePath+"/services/" + i0+"/wait/avg",schemaPath:"#/properties/services/items/allOf/0/properties/wait/properties/avg/anyOf/0/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
var _valid10 = _errs107 === errors;
valid20 = valid20 || _valid10;
if(!valid20){
const _errs109 = errors;
if(data31 !== null){
const err89 = {instancePath:instancePath+"/services/" + i0+"/wait/avg",schemaPath:"#/properties/services/items/allOf/0/properties/wait/properties/avg/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
var _valid10 = _errs109 === errors;
valid20 = valid20 || _valid10;
}
if(!valid20){
const err90 = {instancePath:instancePath+"/services/" + i0+"/wait/avg",schemaPath:"#/properties/services/items/allOf/0/properties/wait/properties/avg/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
else {
errors = _errs106;
if(vErrors !== null){
if(_errs106){
vErrors.length = _errs106;
}
else {
vErrors = null;
}
}
}
}
if(data30.median !== undefined){
let data32 = data30.median;
const _errs112 = errors;
let valid21 = false;
const _errs113 = errors;
if(!(typeof data32 == "number")){
const err91 = {instancePath:instancePath+"/services/" + i0+"/wait/median",schemaPath:"#/properties/services/items/allOf/0/properties/wait/properties/median/anyOf/0/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
var _valid11 = _errs113 === errors;
valid21 = valid21 || _valid11;
if(!valid21){
const _errs115 = errors;
if(data32 !== null){
const err92 = {instancePath:instancePath+"/services/" + i0+"/wait/median",schemaPath:"#/properties/services/items/allOf/0/properties/wait/properties/median/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
var _valid11 = _errs115 === errors;
valid21 = valid21 || _valid11;
}
if(!valid21){
const err93 = {instancePath:instancePath+"/services/" + i0+"/wait/median",schemaPath:"#/properties/services/items/allOf/0/properties/wait/properties/median/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
else {
errors = _errs112;
if(vErrors !== null){
if(_errs112){
vErrors.length = _errs112;
}
else {
vErrors = null;
}
}
}
}
if(data30.p90 !== undefined){
let data33 = data30.p90;
const _errs118 = errors;
let valid22 = false;
const _errs119 = errors;
if(!(typeof data33 == "number")){
const err94 = {instancePath:instancePath+"/services/" + i0+"/wait/p90",schemaPath:"#/properties/services/items/allOf/0/properties/wait/properties/p90/anyOf/0/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
var _valid12 = _errs119 === errors;
valid22 = valid22 || _valid12;
if(!valid22){
const _errs121 = errors;
if(data33 !== null){
const err95 = {instancePath:instancePath+"/services/" + i0+"/wait/p90",schemaPath:"#/properties/services/items/allOf/0/properties/wait/properties/p90/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
var _valid12 = _errs121 === errors;
valid22 = valid22 || _valid12;
}
if(!valid22){
const err96 = {instancePath:instancePath+"/services/" + i0+"/wait/p90",schemaPath:"#/properties/services/items/allOf/0/properties/wait/properties/p90/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
else {
errors = _errs118;
if(vErrors !== null){
if(_errs118){
vErrors.length = _errs118;
}
else {
vErrors = null;
}
}
}
}
if(data30.max !== undefined){
let data34 = data30.max;
const _errs124 = errors;
let valid23 = false;
const _errs125 = errors;
if(!(typeof data34 == "number")){
const err97 = {instancePath:instancePath+"/services/" + i0+"/wait/max",schemaPath:"#/properties/services/items/allOf/0/properties/wait/properties/max/anyOf/0/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
var _valid13 = _errs125 === errors;
valid23 = valid23 || _valid13;
if(!valid23){
const _errs127 = errors;
if(data34 !== null){
const err98 = {instancePath:instancePath+"/services/" + i0+"/wait/max",schemaPath:"#/properties/services/items/allOf/0/properties/wait/properties/max/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
var _valid13 = _errs127 === errors;
valid23 = valid23 || _valid13;
}
if(!valid23){
const err99 = {instancePath:instancePath+"/services/" + i0+"/wait/max",schemaPath:"#/properties/services/items/allOf/0/properties/wait/properties/max/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
else {
errors = _errs124;
if(vErrors !== null){
if(_errs124){
vErrors.length = _errs124;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err100 = {instancePath:instancePath+"/services/" + i0+"/wait",schemaPath:"#/properties/services/items/allOf/0/properties/wait/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
}
if(data23.service !== undefined){
let data35 = data23.service;
if(data35 && typeof data35 == "object" && !Array.isArray(data35)){
if(data35.avg === undefined){
const err101 = {instancePath:instancePath+"/services/" + i0+"/service",schemaPath:"#/properties/services/items/allOf/0/properties/service/required",keyword:"required",params:{missingProperty: "avg"},message:"must have required property '"+"avg"+"'"};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
if(data35.median === undefined){
const err102 = {instancePath:instancePath+"/services/" + i0+"/service",schemaPath:"#/properties/services/items/allOf/0/properties/service/required",keyword:"required",params:{missingProperty: "median"},message:"must have required property '"+"median"+"'"};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
if(data35.avg !== undefined){
let data36 = data35.avg;
const _errs132 = errors;
let valid25 = false;
const _errs133 = errors;
if(!(typeof data36 == "number")){
const err103 = {instancePath:instancePath+"/services/" + i0+"/service/avg",schemaPath:"#/properties/services/items/allOf/0/properties/service/properties/avg/anyOf/0/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
var _valid14 = _errs133 === errors;
valid25 = valid25 || _valid14;
if(!valid25){
const _errs135 = errors;
if(data36 !== null){
const err104 = {instancePath:instancePath+"/services/" + i0+"/service/avg",schemaPath:"#/properties/services/items/allOf/0/properties/service/properties/avg/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
var _valid14 = _errs135 === errors;
valid25 = valid25 || _valid14;
}
if(!valid25){
const err105 = {instancePath:instancePath+"/services/" + i0+"/service/avg",schemaPath:"#/properties/services/items/allOf/0/properties/service/properties/avg/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
else {
errors = _errs132;
if(vErrors !== null){
if(_errs132){
vErrors.length = _errs132;
}
else {
vErrors = null;
}
}
}
}
if(data35.median !== undefined){
let data37 = data35.median;
const _errs138 = errors;
let valid26 = false;
const _errs139 = errors;
if(!(typeof data37 == "number")){
const err106 = {instancePath:instancePath+"/services/" + i0+"/service/median",schemaPath:"#/properties/services/items/allOf/0/properties/service/properties/median/anyOf/0/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
var _valid15 = _errs139 === errors;
valid26 = valid26 || _valid15;
if(!valid26){
const _errs141 = errors;
if(data37 !== null){
const err107 = {instancePath:instancePath+"/services/" + i0+"/service/median",schemaPath:"#/properties/services/items/allOf/0/properties/service/properties/median/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
var _valid15 = _errs141 === errors;
valid26 = valid26 || _valid15;
}
if(!valid26){
const err108 = {instancePath:instancePath+"/services/" + i0+"/service/median",schemaPath:"#/properties/services/items/allOf/0/properties/service/properties/median/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
else {
errors = _errs138;
if(vErrors !== null){
if(_errs138){
vErrors.length = _errs138;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err109 = {instancePath:instancePath+"/services/" + i0+"/service",schemaPath:"#/properties/services/items/allOf/0/properties/service/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
}
if(data23.withinTarget !== undefined){
let data38 = data23.withinTarget;
const _errs144 = errors;
let valid27 = false;
const _errs145 = errors;
if(!(typeof data38 == "number")){
const err110 = {instancePath:instancePath+"/services/" + i0+"/withinTarget",schemaPath:"#/properties/services/items/allOf/0/properties/withinTarget/anyOf/0/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
var _valid16 = _errs145 === errors;
valid27 = valid27 || _valid16;
if(!valid27){
const _errs147 = errors;
if(data38 !== null){
const err111 = {instancePath:instancePath+"/services/" + i0+"/withinTarget",schemaPath:"#/properties/services/items/allOf/0/properties/withinTarget/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
var _valid16 = _errs147 === errors;
valid27 = valid27 || _valid16;
}
if(!valid27){
const err112 = {instancePath:instancePath+"/services/" + i0+"/withinTarget",schemaPath:"#/properties/services/items/allOf/0/properties/withinTarget/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
else {
errors = _errs144;
if(vErrors !== null){
if(_errs144){
vErrors.length = _errs144;
}
else {
vErrors = null;
}
}
}
}
if(data23.peakWaiting !== undefined){
let data39 = data23.peakWaiting;
const _errs150 = errors;
let valid28 = false;
const _errs151 = errors;
if(!(typeof data39 == "number")){
const err113 = {instancePath:instancePath+"/services/" + i0+"/peakWaiting",schemaPath:"#/properties/services/items/allOf/0/properties/peakWaiting/anyOf/0/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
var _valid17 = _errs151 === errors;
valid28 = valid28 || _valid17;
if(!valid28){
const _errs153 = errors;
if(data39 !== null){
const err114 = {instancePath:instancePath+"/services/" + i0+"/peakWaiting",schemaPath:"#/properties/services/items/allOf/0/properties/peakWaiting/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
var _valid17 = _errs153 === errors;
valid28 = valid28 || _valid17;
}
if(!valid28){
const err115 = {instancePath:instancePath+"/services/" + i0+"/peakWaiting",schemaPath:"#/properties/services/items/allOf/0/properties/peakWaiting/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err115];
}
else {
vErrors.push(err115);
}
errors++;
}
else {
errors = _errs150;
if(vErrors !== null){
if(_errs150){
vErrors.length = _errs150;
}
else {
vErrors = null;
}
}
}
}
if(data23.countersOpen !== undefined){
let data40 = data23.countersOpen;
const _errs156 = errors;
let valid29 = false;
const _errs157 = errors;
if(!(typeof data40 == "number")){
const err116 = {instancePath:instancePath+"/services/" + i0+"/countersOpen",schemaPath:"#/properties/services/items/allOf/0/properties/countersOpen/anyOf/0/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err116];
}
else {
vErrors.push(err116);
}
errors++;
}
var _valid18 = _errs157 === errors;
valid29 = valid29 || _valid18;
if(!valid29){
const _errs159 = errors;
if(data40 !== null){
const err117 = {instancePath:instancePath+"/services/" + i0+"/countersOpen",schemaPath:"#/properties/services/items/allOf/0/properties/countersOpen/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err117];
}
else {
vErrors.push(err117);
}
errors++;
}
var _valid18 = _errs159 === errors;
valid29 = valid29 || _valid18;
}
if(!valid29){
const err118 = {instancePath:instancePath+"/services/" + i0+"/countersOpen",schemaPath:"#/properties/services/items/allOf/0/properties/countersOpen/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err118];
}
else {
vErrors.push(err118);
}
errors++;
}
else {
errors = _errs156;
if(vErrors !== null){
if(_errs156){
vErrors.length = _errs156;
}
else {
vErrors = null;
}
}
}
}
if(data23.ratings !== undefined){
let data41 = data23.ratings;
if(data41 && typeof data41 == "object" && !Array.isArray(data41)){
if(data41.count === undefined){
const err119 = {instancePath:instancePath+"/services/" + i0+"/ratings",schemaPath:"#/properties/services/items/allOf/0/properties/ratings/required",keyword:"required",params:{missingProperty: "count"},message:"must have required property '"+"count"+"'"};
if(vErrors === null){
vErrors = [err119];
}
else {
vErrors.push(err119);
}
errors++;
}
if(data41.avg === undefined){
const err120 = {instancePath:instancePath+"/services/" + i0+"/ratings",schemaPath:"#/properties/services/items/allOf/0/properties/ratings/required",keyword:"required",params:{missingProperty: "avg"},message:"must have required property '"+"avg"+"'"};
if(vErrors === null){
vErrors = [err120];
}
else {
vErrors.push(err120);
}
errors++;
}
if(data41.count !== undefined){
if(!(typeof data41.count == "number")){
const err121 = {instancePath:instancePath+"/services/" + i0+"/ratings/count",schemaPath:"#/properties/services/items/allOf/0/properties/ratings/properties/count/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err121];
}
else {
vErrors.push(err121);
}
errors++;
}
}
if(data41.avg !== undefined){
let data43 = data41.avg;
const _errs166 = errors;
let valid31 = false;
const _errs167 = errors;
if(!(typeof data43 == "number")){
const err122 = {instancePath:instancePath+"/services/" + i0+"/ratings/avg",schemaPath:"#/properties/services/items/allOf/0/properties/ratings/properties/avg/anyOf/0/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err122];
}
else {
vErrors.push(err122);
}
errors++;
}
var _valid19 = _errs167 === errors;
valid31 = valid31 || _valid19;
if(!valid31){
const _errs169 = errors;
if(data43 !== null){
const err123 = {instancePath:instancePath+"/services/" + i0+"/ratings/avg",schemaPath:"#/properties/services/items/allOf/0/properties/ratings/properties/avg/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err123];
}
else {
vErrors.push(err123);
}
errors++;
}
var _valid19 = _errs169 === errors;
valid31 = valid31 || _valid19;
}
if(!valid31){
const err124 = {instancePath:instancePath+"/services/" + i0+"/ratings/avg",schemaPath:"#/properties/services/items/allOf/0/properties/ratings/properties/avg/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err124];
}
else {
vErrors.push(err124);
}
errors++;
}
else {
errors = _errs166;
if(vErrors !== null){
if(_errs166){
vErrors.length = _errs166;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err125 = {instancePath:instancePath+"/services/" + i0+"/ratings",schemaPath:"#/properties/services/items/allOf/0/properties/ratings/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err126 = {instancePath:instancePath+"/services/" + i0,schemaPath:"#/properties/services/items/allOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err126];
}
else {
vErrors.push(err126);
}
errors++;
}
if(data23 && typeof data23 == "object" && !Array.isArray(data23)){
if(data23.name === undefined){
const err127 = {instancePath:instancePath+"/services/" + i0,schemaPath:"#/properties/services/items/allOf/1/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err127];
}
else {
vErrors.push(err127);
}
errors++;
}
if(data23.name !== undefined){
if(typeof data23.name !== "string"){
const err128 = {instancePath:instancePath+"/services/" + i0+"/name",schemaPath:"#/properties/services/items/allOf/1/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err128];
}
else {
vErrors.push(err128);
}
errors++;
}
}
}
else {
const err129 = {instancePath:instancePath+"/services/" + i0,schemaPath:"#/properties/services/items/allOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err129];
}
else {
vErrors.push(err129);
}
errors++;
}
}
}
else {
const err130 = {instancePath:instancePath+"/services",schemaPath:"#/properties/services/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err130];
}
else {
vErrors.push(err130);
}
errors++;
}
}
}
else {
const err131 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err131];
}
else {
vErrors.push(err131);
}
errors++;
}
validate66.errors = vErrors;
return errors === 0;
}

export const topic_incidentsState = validate67;
const schema37 = {"description":"the open calls, oldest first, republished after every incident event","type":"object","required":["incidents"],"properties":{"incidents":{"type":"array","items":{"type":"object","required":["id","point","kind","location","board","raisedAt","level","levelAt"],"properties":{"id":{"type":"string"},"point":{"type":"string"},"kind":{"anyOf":[{"const":"staff","type":"string"},{"const":"manager","type":"string"},{"const":"complaint","type":"string"},{"const":"emergency","type":"string"}]},"location":{"type":"string"},"board":{"type":"string"},"extra":{"type":"object","patternProperties":{"^(.*)$":{"type":"string"}}},"raisedAt":{"type":"number"},"level":{"minimum":0,"type":"integer"},"levelAt":{"type":"number"},"acknowledgedAt":{"type":"number"},"acknowledgedBy":{"type":"string"}}}}}};

function validate67(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.incidents === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "incidents"},message:"must have required property '"+"incidents"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.incidents !== undefined){
let data0 = data.incidents;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.id === undefined){
const err1 = {instancePath:instancePath+"/incidents/" + i0,schemaPath:"#/properties/incidents/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data1.point === undefined){
const err2 = {instancePath:instancePath+"/incidents/" + i0,schemaPath:"#/properties/incidents/items/required",keyword:"required",params:{missingProperty: "point"},message:"must have required property '"+"point"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data1.kind === undefined){
const err3 = {instancePath:instancePath+"/incidents/" + i0,schemaPath:"#/properties/incidents/items/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data1.location === undefined){
const err4 = {instancePath:instancePath+"/incidents/" + i0,schemaPath:"#/properties/incidents/items/required",keyword:"required",params:{missingProperty: "location"},message:"must have required property '"+"location"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data1.board === undefined){
const err5 = {instancePath:instancePath+"/incidents/" + i0,schemaPath:"#/properties/incidents/items/required",keyword:"required",params:{missingProperty: "board"},message:"must have required property '"+"board"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data1.raisedAt === undefined){
const err6 = {instancePath:instancePath+"/incidents/" + i0,schemaPath:"#/properties/incidents/items/required",keyword:"required",params:{missingProperty: "raisedAt"},message:"must have required property '"+"raisedAt"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data1.level === undefined){
const err7 = {instancePath:instancePath+"/incidents/" + i0,schemaPath:"#/properties/incidents/items/required",keyword:"required",params:{missingProperty: "level"},message:"must have required property '"+"level"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data1.levelAt === undefined){
const err8 = {instancePath:instancePath+"/incidents/" + i0,schemaPath:"#/properties/incidents/items/required",keyword:"required",params:{missingProperty: "levelAt"},message:"must have required property '"+"levelAt"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data1.id !== undefined){
if(typeof data1.id !== "string"){
const err9 = {instancePath:instancePath+"/incidents/" + i0+"/id",schemaPath:"#/properties/incidents/items/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data1.point !== undefined){
if(typeof data1.point !== "string"){
const err10 = {instancePath:instancePath+"/incidents/" + i0+"/point",schemaPath:"#/properties/incidents/items/properties/point/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data1.kind !== undefined){
let data4 = data1.kind;
const _errs10 = errors;
let valid4 = false;
const _errs11 = errors;
if(typeof data4 !== "string"){
const err11 = {instancePath:instancePath+"/incidents/" + i0+"/kind",schemaPath:"#/properties/incidents/items/properties/kind/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if("staff" !== data4){
const err12 = {instancePath:instancePath+"/incidents/" + i0+"/kind",schemaPath:"#/properties/incidents/items/properties/kind/anyOf/0/const",keyword:"const",params:{allowedValue: "staff"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
var _valid0 = _errs11 === errors;
valid4 = valid4 || _valid0;
if(!valid4){
const _errs13 = errors;
if(typeof data4 !== "string"){
const err13 = {instancePath:instancePath+"/incidents/" + i0+"/kind",schemaPath:"#/properties/incidents/items/properties/kind/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if("manager" !== data4){
const err14 = {instancePath:instancePath+"/incidents/" + i0+"/kind",schemaPath:"#/properties/incidents/items/properties/kind/anyOf/1/const",keyword:"const",params:{allowedValue: "manager"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
var _valid0 = _errs13 === errors;
valid4 = valid4 || _valid0;
if(!valid4){
const _errs15 = errors;
if(typeof data4 !== "string"){
const err15 = {instancePath:instancePath+"/incidents/" + i0+"/kind",schemaPath:"#/properties/incidents/items/properties/kind/anyOf/2/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if("complaint" !== data4){
const err16 = {instancePath:instancePath+"/incidents/" + i0+"/kind",schemaPath:"#/properties/incidents/items/properties/kind/anyOf/2/const",keyword:"const",params:{allowedValue: "complaint"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
var _valid0 = _errs15 === errors;
valid4 = valid4 || _valid0;
if(!valid4){
const _errs17 = errors;
if(typeof data4 !== "string"){
const err17 = {instancePath:instancePath+"/incidents/" + i0+"/kind",schemaPath:"#/properties/incidents/items/properties/kind/anyOf/3/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if("emergency" !== data4){
const err18 = {instancePath:instancePath+"/incidents/" + i0+"/kind",schemaPath:"#/properties/incidents/items/properties/kind/anyOf/3/const",keyword:"const",params:{allowedValue: "emergency"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
var _valid0 = _errs17 === errors;
valid4 = valid4 || _valid0;
}
}
}
if(!valid4){
const err19 = {instancePath:instancePath+"/incidents/" + i0+"/kind",schemaPath:"#/properties/incidents/items/properties/kind/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
else {
errors = _errs10;
if(vErrors !== null){
if(_errs10){
vErrors.length = _errs10;
}
else {
vErrors = null;
}
}
}
}
if(data1.location !== undefined){
if(typeof data1.location !== "string"){
const err20 = {instancePath:instancePath+"/incidents/" + i0+"/location",schemaPath:"#/properties/incidents/items/properties/location/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data1.board !== undefined){
if(typeof data1.board !== "string"){
const err21 = {instancePath:instancePath+"/incidents/" + i0+"/board",schemaPath:"#/properties/incidents/items/properties/board/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data1.extra !== undefined){
let data7 = data1.extra;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
for(const key0 in data7){
if(pattern90.test(key0)){
if(typeof data7[key0] !== "string"){
const err22 = {instancePath:instancePath+"/incidents/" + i0+"/extra/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/incidents/items/properties/extra/patternProperties/%5E(.*)%24/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err23 = {instancePath:instancePath+"/incidents/" + i0+"/extra",schemaPath:"#/properties/incidents/items/properties/extra/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data1.raisedAt !== undefined){
if(!(typeof data1.raisedAt == "number")){
const err24 = {instancePath:instancePath+"/incidents/" + i0+"/raisedAt",schemaPath:"#/properties/incidents/items/properties/raisedAt/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data1.level !== undefined){
let data10 = data1.level;
if(!((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10)))){
const err25 = {instancePath:instancePath+"/incidents/" + i0+"/level",schemaPath:"#/properties/incidents/items/properties/level/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(typeof data10 == "number"){
if(data10 < 0 || isNaN(data10)){
const err26 = {instancePath:instancePath+"/incidents/" + i0+"/level",schemaPath:"#/properties/incidents/items/properties/level/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
if(data1.levelAt !== undefined){
if(!(typeof data1.levelAt == "number")){
const err27 = {instancePath:instancePath+"/incidents/" + i0+"/levelAt",schemaPath:"#/properties/incidents/items/properties/levelAt/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data1.acknowledgedAt !== undefined){
if(!(typeof data1.acknowledgedAt == "number")){
const err28 = {instancePath:instancePath+"/incidents/" + i0+"/acknowledgedAt",schemaPath:"#/properties/incidents/items/properties/acknowledgedAt/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data1.acknowledgedBy !== undefined){
if(typeof data1.acknowledgedBy !== "string"){
const err29 = {instancePath:instancePath+"/incidents/" + i0+"/acknowledgedBy",schemaPath:"#/properties/incidents/items/properties/acknowledgedBy/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
}
else {
const err30 = {instancePath:instancePath+"/incidents/" + i0,schemaPath:"#/properties/incidents/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
}
else {
const err31 = {instancePath:instancePath+"/incidents",schemaPath:"#/properties/incidents/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
}
else {
const err32 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
validate67.errors = vErrors;
return errors === 0;
}

export const topic_modemState = validate68;
const schema38 = {"description":"as the hub last checked the SMS modem","type":"object","required":["ok","sim","registered"],"properties":{"ok":{"type":"boolean"},"sim":{"type":"string"},"registered":{"type":"boolean"},"signal":{"minimum":0,"maximum":31,"type":"integer"},"problem":{"type":"string"}}};

function validate68(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.ok === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "ok"},message:"must have required property '"+"ok"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.sim === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "sim"},message:"must have required property '"+"sim"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.registered === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "registered"},message:"must have required property '"+"registered"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.ok !== undefined){
if(typeof data.ok !== "boolean"){
const err3 = {instancePath:instancePath+"/ok",schemaPath:"#/properties/ok/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.sim !== undefined){
if(typeof data.sim !== "string"){
const err4 = {instancePath:instancePath+"/sim",schemaPath:"#/properties/sim/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.registered !== undefined){
if(typeof data.registered !== "boolean"){
const err5 = {instancePath:instancePath+"/registered",schemaPath:"#/properties/registered/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.signal !== undefined){
let data3 = data.signal;
if(!((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3)))){
const err6 = {instancePath:instancePath+"/signal",schemaPath:"#/properties/signal/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(typeof data3 == "number"){
if(data3 > 31 || isNaN(data3)){
const err7 = {instancePath:instancePath+"/signal",schemaPath:"#/properties/signal/maximum",keyword:"maximum",params:{comparison: "<=", limit: 31},message:"must be <= 31"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data3 < 0 || isNaN(data3)){
const err8 = {instancePath:instancePath+"/signal",schemaPath:"#/properties/signal/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
if(data.problem !== undefined){
if(typeof data.problem !== "string"){
const err9 = {instancePath:instancePath+"/problem",schemaPath:"#/properties/problem/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
validate68.errors = vErrors;
return errors === 0;
}

export const topic_smsAlert = validate69;
const schema39 = {"description":"the `incident.notified` event of every text that did not go out","type":"object","required":["type","at","incident","level","to","channel","delivered"],"properties":{"type":{"const":"incident.notified","type":"string"},"at":{"type":"number"},"incident":{"type":"string"},"level":{"type":"integer"},"to":{"type":"array","items":{"type":"string"}},"channel":{"anyOf":[{"const":"sms","type":"string"},{"const":"mqtt","type":"string"}]},"delivered":{"type":"boolean"},"detail":{"type":"string"}}};

function validate69(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
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
if(data.at === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "at"},message:"must have required property '"+"at"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.incident === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "incident"},message:"must have required property '"+"incident"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.level === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "level"},message:"must have required property '"+"level"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.to === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "to"},message:"must have required property '"+"to"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.channel === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "channel"},message:"must have required property '"+"channel"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.delivered === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "delivered"},message:"must have required property '"+"delivered"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.type !== undefined){
let data0 = data.type;
if(typeof data0 !== "string"){
const err7 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if("incident.notified" !== data0){
const err8 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "incident.notified"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.at !== undefined){
if(!(typeof data.at == "number")){
const err9 = {instancePath:instancePath+"/at",schemaPath:"#/properties/at/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.incident !== undefined){
if(typeof data.incident !== "string"){
const err10 = {instancePath:instancePath+"/incident",schemaPath:"#/properties/incident/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.level !== undefined){
let data3 = data.level;
if(!((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3)))){
const err11 = {instancePath:instancePath+"/level",schemaPath:"#/properties/level/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.to !== undefined){
let data4 = data.to;
if(Array.isArray(data4)){
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
if(typeof data4[i0] !== "string"){
const err12 = {instancePath:instancePath+"/to/" + i0,schemaPath:"#/properties/to/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
else {
const err13 = {instancePath:instancePath+"/to",schemaPath:"#/properties/to/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.channel !== undefined){
let data6 = data.channel;
const _errs14 = errors;
let valid3 = false;
const _errs15 = errors;
if(typeof data6 !== "string"){
const err14 = {instancePath:instancePath+"/channel",schemaPath:"#/properties/channel/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if("sms" !== data6){
const err15 = {instancePath:instancePath+"/channel",schemaPath:"#/properties/channel/anyOf/0/const",keyword:"const",params:{allowedValue: "sms"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
var _valid0 = _errs15 === errors;
valid3 = valid3 || _valid0;
if(!valid3){
const _errs17 = errors;
if(typeof data6 !== "string"){
const err16 = {instancePath:instancePath+"/channel",schemaPath:"#/properties/channel/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if("mqtt" !== data6){
const err17 = {instancePath:instancePath+"/channel",schemaPath:"#/properties/channel/anyOf/1/const",keyword:"const",params:{allowedValue: "mqtt"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
var _valid0 = _errs17 === errors;
valid3 = valid3 || _valid0;
}
if(!valid3){
const err18 = {instancePath:instancePath+"/channel",schemaPath:"#/properties/channel/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
else {
errors = _errs14;
if(vErrors !== null){
if(_errs14){
vErrors.length = _errs14;
}
else {
vErrors = null;
}
}
}
}
if(data.delivered !== undefined){
if(typeof data.delivered !== "boolean"){
const err19 = {instancePath:instancePath+"/delivered",schemaPath:"#/properties/delivered/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.detail !== undefined){
if(typeof data.detail !== "string"){
const err20 = {instancePath:instancePath+"/detail",schemaPath:"#/properties/detail/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
else {
const err21 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
validate69.errors = vErrors;
return errors === 0;
}

export const commandTypes = ["issue","callNext","recall","noShow","start","finish","hold","pause","resume","transfer","callTicket","cancel","markUnprinted","reprint","markPrinted","tick","login","logout","raiseIncident","acknowledgeIncident","clearIncident","recordNotification","rate"];
export const contractChecks = { command: command, reply: topic_reply, event: topic_event, counterState: topic_counterState, servicesState: topic_servicesState, callsState: topic_callsState, deviceHealth: topic_deviceHealth, devicesState: topic_devicesState, printerState: topic_printerState, printerAlert: topic_printerAlert, reportLive: topic_reportLive, reportDay: topic_reportDay, configState: configState, incidentsState: topic_incidentsState, modemState: topic_modemState, smsAlert: topic_smsAlert, importOutcome: importOutcome };
