/** `/services/2/prefix` → `services[2].prefix`: where in a document a problem is, as a person reads it. */
export function readablePath(instancePath: string): string {
  let out = ''
  for (const part of instancePath.split('/').slice(1)) {
    const key = part.replace(/~1/g, '/').replace(/~0/g, '~')
    out += /^\d+$/.test(key) ? `[${key}]` : out === '' ? key : `.${key}`
  }
  return out === '' ? '(top level)' : out
}
