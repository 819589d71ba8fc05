/**
 * MQTT topic filters, matched in one place: a device's client routes each
 * message to the handlers whose filter matches its topic (client.ts), and the
 * access list asks whether a granted filter covers a topic or a requested
 * filter (access-list.ts). A topic is a filter without wildcards, so both are
 * one question. Kept here rather than taken from mqtt-match or qlobber: those
 * match a topic, and neither says whether one filter contains another.
 */

/**
 * Whether every topic `other` (a topic or a filter) can match, `filter`
 * matches too. [MQTT-4.7.1-2] `#` is last and matches its parent level and
 * everything below; [MQTT-4.7.1-3] `+` matches exactly one level;
 * [MQTT-4.7.2-1] a filter that starts with a wildcard does not match a topic
 * that starts with `$` (`$SYS/...` is the broker's, not the site's).
 */
export function covers(filter: string, other: string): boolean {
  const f = filter.split('/')
  const o = other.split('/')
  if ((f[0] === '#' || f[0] === '+') && o[0]?.startsWith('$')) return false
  for (let i = 0; i < f.length; i++) {
    if (f[i] === '#') return true
    if (i >= o.length || o[i] === '#') return false
    if (f[i] !== '+' && f[i] !== o[i]) return false
  }
  return f.length === o.length
}

/** Whether a message on `topic` reaches a subscription to `filter`. */
export function matches(filter: string, topic: string): boolean {
  return covers(filter, topic)
}
