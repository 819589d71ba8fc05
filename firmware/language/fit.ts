/**
 * A text cut to a width at a word boundary, for a device that shows few
 * characters (a keypad's 32): "Wrong PIN: type it again", never "type it aga".
 * A single word longer than the width is the one case cut inside a word.
 */
export function fitWords(text: string, width: number): string {
  const chars = [...text.replace(/\s+/g, ' ').trim()]
  if (chars.length <= width) return chars.join('')
  const cut = chars.slice(0, width + 1).join('')
  const space = cut.lastIndexOf(' ')
  return space > 0 ? cut.slice(0, space).replace(/[\s,:;\u060c]+$/u, '') : chars.slice(0, width).join('')
}
