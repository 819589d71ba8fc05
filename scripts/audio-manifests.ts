// Writes audio/<lang>.json, one per language the announcer speaks: the espeak-ng voice of the default clips and
// every clip's name and words, the list a site records its own clips from (audio/README.md). Made from
// firmware/language/; test/audio/manifests.test.ts checks they are current.
import { writeFileSync } from 'node:fs'
import { LANGUAGES } from '../firmware/language/index.ts'

export const AUDIO_DIR = new URL('../audio/', import.meta.url)

/** File name → text, for every language. */
export function audioManifests(): Map<string, string> {
  return new Map(
    [...LANGUAGES.values()].map((l) => [
      `${l.lang}.json`,
      `${JSON.stringify({ lang: l.lang, voice: l.voice, clips: l.clips }, null, 2)}\n`,
    ]),
  )
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const [name, text] of audioManifests()) {
    writeFileSync(new URL(name, AUDIO_DIR), text)
    console.log(`wrote audio/${name}`)
  }
}
