/**
 * Pictures already drawn, by what they show and the paper's width: a site's
 * service names and company name are the same on every ticket, so each is
 * drawn once per printer width. Bounded, oldest dropped first, so a stream of
 * changing lines cannot grow it without end.
 */

export class RasterCache<T> {
  private readonly entries = new Map<string, Promise<T>>()

  constructor(private readonly limit = 256) {}

  /** The cached value for `key`, made by `draw` the first time (a failed draw is not kept). */
  get(key: string, draw: () => Promise<T>): Promise<T> {
    const hit = this.entries.get(key)
    if (hit) {
      // Map order is insertion order: re-inserting keeps the most used at the end.
      this.entries.delete(key)
      this.entries.set(key, hit)
      return hit
    }
    const made = draw()
    this.entries.set(key, made)
    made.catch(() => this.entries.delete(key))
    if (this.entries.size > this.limit) this.entries.delete(this.entries.keys().next().value as string)
    return made
  }

  get size(): number {
    return this.entries.size
  }
}
