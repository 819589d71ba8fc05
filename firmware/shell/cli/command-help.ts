/**
 * `qms <command> --help`: that command's lines of the help, not the whole
 * of it; and Node's parser errors in the words of this command. Pure text.
 */

/** The blocks of `help` that document `words` (`['config', 'sign']`, `['run']`), or undefined for none. */
export function helpFor(help: string, words: string[]): string | undefined {
  const lines = help.split('\n')
  const blocks: string[][] = []
  let current: string[] | undefined
  for (const line of lines) {
    if (/^ {2}qms /.test(line)) {
      current =
        line.startsWith(`  qms ${words.join(' ')}`) || (words[0] === 'report' && line.startsWith('  qms report'))
          ? []
          : undefined
      if (current) blocks.push(current)
    } else if (!/^ {4,}/.test(line)) current = undefined
    current?.push(line)
  }
  return blocks.length === 0 ? undefined : `${blocks.map((b) => b.join('\n')).join('\n')}\n`
}

/** Node's "Unknown option '--x'. To specify a positional argument…" as one plain line. */
export function parseProblem(err: Error & { code?: string }): string | undefined {
  if (err.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const option = /'([^']+)'/.exec(err.message)?.[1] ?? '?'
    return `unknown option "${option}"`
  }
  if (err.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return err.message.split('.')[0]
  return undefined
}
