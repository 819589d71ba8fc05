/** The one shape of every answer on a reply topic (rule 4: every command gets one). */
export type Answer =
  | { req: string; status: 'ok'; data: unknown }
  | { req: string; status: 'error'; error: { code: string; message: string } }
