/** Errors a caller can tell apart. */

/**
 * A record that is not at the tail is damaged, or records are missing. The
 * journal refuses to open rather than replay a wrong history.
 */
export class JournalCorruptError extends Error {
  override name = 'JournalCorruptError'
  constructor(
    readonly file: string,
    readonly offset: number,
    readonly detail: string,
    readonly dir?: string,
  ) {
    super(
      `journal corrupt in ${file} at byte offset ${offset}: ${detail}. Nothing was replayed past it. Run \`qms journal salvage --data DIR\` (DIR: the data folder that holds ${dir ?? 'the journal folder'}) to keep every record that verifies, cut out the damage and report what was lost`,
    )
  }
}

/**
 * A write or fdatasync failed. After a failed fsync the kernel may have
 * dropped the dirty pages, so a retry could report success for data that is
 * gone (PostgreSQL's "fsyncgate"): the journal stops; the process must
 * restart and recover from what is on disk.
 */
export class JournalFailedError extends Error {
  override name = 'JournalFailedError'
  constructor(
    message: string,
    override readonly cause?: unknown,
  ) {
    super(message)
  }
}
