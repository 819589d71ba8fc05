import t from 'tap'
import { readdir, readFile } from 'node:fs/promises'
import { BUNDLE_PATH } from '../../firmware/site/bundle/manifest-schema.ts'
import { AUDIO_DIR, audioManifests } from '../../scripts/audio-manifests.ts'

t.test(
  'audio/<lang>.json lists the clips the announcer speaks, one file per language (npm run audio-manifests)',
  async (t) => {
    const wanted = audioManifests()
    for (const [name, text] of wanted) t.equal(await readFile(new URL(name, AUDIO_DIR), 'utf8'), text, `audio/${name}`)
    const present = (await readdir(AUDIO_DIR)).filter((f) => f.endsWith('.json')).sort()
    t.same(present, [...wanted.keys()].sort(), 'no manifest of a language the announcer does not speak')
  },
)

t.test('every clip name is a file name a signed bundle carries (audio/<lang>/<clip>.wav)', async (t) => {
  for (const [name, text] of audioManifests()) {
    const { lang, clips } = JSON.parse(text) as { lang: string; clips: Record<string, string> }
    const refused = Object.keys(clips).filter((clip) => !BUNDLE_PATH.test(`audio/${lang}/${clip}.wav`))
    t.same(refused, [], `audio/${name}`)
  }
})
