/**
 * manifest.json of a clip set: the sample format of every clip, and which
 * clip says which words in each language. Written by the clip builder,
 * read by the clip library, which refuses a set whose manifest it cannot use.
 */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { PcmFormat } from './pcm-format.ts'

export interface ClipManifest {
  format: PcmFormat
  /** Language-independent clips (the chime): name → what it is. */
  common: Record<string, string>
  /** Per language: the espeak-ng voice and each clip's words. */
  languages: Record<string, { voice: string; clips: Record<string, string> }>
}

export const MANIFEST = 'manifest.json'

export async function readManifest(dir: string): Promise<ClipManifest> {
  const file = join(dir, MANIFEST)
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (err) {
    throw new Error(
      `no clip set at ${dir}: ${(err as Error).message} (build one with \`qms clips build --out ${dir}\`)`,
    )
  }
  let doc: unknown
  try {
    doc = JSON.parse(text)
  } catch (err) {
    throw new Error(`${file} is not JSON: ${(err as Error).message}`)
  }
  const m = doc as Partial<ClipManifest>
  const f = m.format
  if (
    f?.encoding !== 'S16_LE' ||
    !Number.isInteger(f.rate) ||
    f.rate <= 0 ||
    !Number.isInteger(f.channels) ||
    f.channels < 1
  ) {
    throw new Error(`${file}: format must be { "encoding": "S16_LE", "rate": <Hz>, "channels": <n> }`)
  }
  if (typeof m.languages !== 'object' || m.languages === null || typeof m.common !== 'object' || m.common === null) {
    throw new Error(`${file}: "languages" and "common" must be objects`)
  }
  return { format: f, common: m.common, languages: m.languages }
}
