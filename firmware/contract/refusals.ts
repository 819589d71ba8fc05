/** Why an import was refused, in one word a hall display can show (roles/config-words.ts). */
export const REFUSALS = [
  'no-bundle',
  'unsigned',
  'signature',
  'files',
  'invalid',
  'site',
  'older',
  'queue',
  'busy',
  'error',
] as const
export type Refusal = (typeof REFUSALS)[number]
