/** `qms clips build --out DIR [--lang en,ar]`: the default clip set from espeak-ng and sox. */
import { buildClips } from '../../roles/announcer/clip-builder.ts'
import { language, LANGUAGES } from '../../language/index.ts'
import { describeFormat } from '../../roles/announcer/pcm-format.ts'

export async function clipsBuildCommand(out: string, langs: string | undefined): Promise<number> {
  const codes = langs
    ? langs
        .split(',')
        .map((l) => l.trim())
        .filter((l) => l !== '')
    : [...LANGUAGES.keys()]
  const started = performance.now()
  const manifest = await buildClips({ out, languages: codes.map(language) })
  const count = 1 + Object.values(manifest.languages).reduce((n, l) => n + Object.keys(l.clips).length, 0)
  process.stdout.write(
    `${count} clips (${codes.join(', ')}, ${describeFormat(manifest.format)}) in ${out}, ${((performance.now() - started) / 1000).toFixed(1)} s\n`,
  )
  return 0
}
