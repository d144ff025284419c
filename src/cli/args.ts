/** What the user asked the CLI to do, parsed from argv without side effects. */
export type CliCommand =
  | {
      readonly kind: 'analyze'
      readonly files: readonly string[]
      readonly format: 'json' | 'jsonl' | 'text'
    }
  | { readonly kind: 'export'; readonly input: string; readonly html: string }
  | { readonly kind: 'help' }
  | { readonly kind: 'usage-error'; readonly message: string }

export const USAGE = `Usage: briefdeck analyze FILE [FILE ...] [--json | --jsonl | --format text|json]
       briefdeck export FILE --html OUT.html

  analyze FILE --json     print what the article contains as JSON (one file)
  analyze FILES --jsonl   one JSON object per file per line
  analyze FILE --format text   a readable summary
  export FILE --html OUT.html  one self-contained HTML file that presents the deck (S: speaker view)
`

export function parseCliArgs(argv: readonly string[]): CliCommand {
  const [command, ...rest] = argv
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    return { kind: 'help' }
  }
  if (command === 'export') return parseExportArgs(rest)
  if (command !== 'analyze') return { kind: 'usage-error', message: `Unknown command "${command}".` }
  let format: 'json' | 'jsonl' | 'text' = 'json'
  const files: string[] = []
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] ?? ''
    if (arg === '--json') format = 'json'
    else if (arg === '--jsonl') format = 'jsonl'
    else if (arg === '--format') {
      const value = rest[++i]
      if (value !== 'text' && value !== 'json' && value !== 'jsonl') {
        return { kind: 'usage-error', message: '--format takes text, json or jsonl.' }
      }
      format = value
    } else if (arg.startsWith('-') && arg !== '-')
      return { kind: 'usage-error', message: `Unknown option "${arg}".` }
    else files.push(arg)
  }
  if (files.length === 0) return { kind: 'usage-error', message: 'analyze needs a FILE.' }
  if (files.length > 1 && format === 'json') {
    return { kind: 'usage-error', message: 'Several files need --jsonl (one JSON object per line).' }
  }
  return { kind: 'analyze', files, format }
}

function parseExportArgs(args: readonly string[]): CliCommand {
  const inputs: string[] = []
  let html: string | null = null
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? ''
    if (arg === '--html') {
      const value = args[++i]
      if (!value) return { kind: 'usage-error', message: '--html needs an output file.' }
      html = value
    } else if (arg.startsWith('-')) return { kind: 'usage-error', message: `Unknown option "${arg}".` }
    else inputs.push(arg)
  }
  const [input, ...extra] = inputs
  if (input === undefined) return { kind: 'usage-error', message: 'export needs a FILE.' }
  if (extra.length > 0) return { kind: 'usage-error', message: 'export takes one FILE.' }
  if (html === null) return { kind: 'usage-error', message: 'export needs --html OUT.html.' }
  return { kind: 'export', input, html }
}
