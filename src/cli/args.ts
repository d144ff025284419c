import { PDF_MODES, type PdfMode } from './export/pdf-mode'

/** What `export` was asked to write: each output is a file for one input, a directory for several. */
export interface ExportCommand {
  readonly kind: 'export'
  readonly inputs: readonly string[]
  readonly pdf: string | null
  readonly mode: PdfMode
  readonly pptx: string | null
  readonly html: string | null
}

/** What the user asked the CLI to do, parsed from argv without side effects. */
export type CliCommand =
  | {
      readonly kind: 'analyze'
      readonly files: readonly string[]
      readonly format: 'json' | 'jsonl' | 'text'
    }
  | ExportCommand
  | { readonly kind: 'help' }
  | { readonly kind: 'usage-error'; readonly message: string }

export const USAGE = `Usage: briefdeck analyze FILE [FILE ...] [--json | --jsonl | --format text|json]
       briefdeck export FILE [FILE ...] [--pdf OUT] [--mode slides|notes|handout|notes-only]
                                        [--pptx OUT] [--html OUT]

  analyze FILE --json     print what the article contains as JSON (one file)
  analyze FILES --jsonl   one JSON object per file per line
  analyze FILE --format text   a readable summary
  export FILE --pdf OUT.pdf    a PDF of the deck; --mode slides (default, one 16:9 page per slide),
                               notes (each slide then its notes), handout (A4: slide above its notes),
                               notes-only (A4: the notes under each slide title)
  export FILE --pptx OUT.pptx  an editable PowerPoint file, speaker notes in the notes pane
  export FILE --html OUT.html  one self-contained HTML file that presents the deck (S: speaker view)
  With several FILEs, OUT is a directory: one file per input, named after it.
  PDFs need Chromium or Chrome: set BRIEFDECK_CHROMIUM to choose one.
  Exit codes: 0 done, 1 output not written, 2 bad usage or input, 3 no browser or the browser failed.
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
  const outputs: { pdf: string | null; pptx: string | null; html: string | null } = {
    pdf: null,
    pptx: null,
    html: null,
  }
  let mode: PdfMode | null = null
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? ''
    if (arg === '--pdf' || arg === '--pptx' || arg === '--html') {
      const value = args[++i]
      if (!value || value.startsWith('--')) {
        return {
          kind: 'usage-error',
          message: `${arg} needs an output file (a directory for several inputs).`,
        }
      }
      outputs[arg.slice(2) as 'pdf' | 'pptx' | 'html'] = value
    } else if (arg === '--mode') {
      const value = args[++i]
      const known = PDF_MODES.find((candidate) => candidate === value)
      if (!known) return { kind: 'usage-error', message: `--mode takes ${PDF_MODES.join(', ')}.` }
      mode = known
    } else if (arg.startsWith('-') && arg !== '-') {
      return { kind: 'usage-error', message: `Unknown option "${arg}".` }
    } else inputs.push(arg)
  }
  if (inputs.length === 0) return { kind: 'usage-error', message: 'export needs a FILE.' }
  if (!outputs.pdf && !outputs.pptx && !outputs.html) {
    return { kind: 'usage-error', message: 'export needs --pdf, --pptx or --html.' }
  }
  if (mode !== null && !outputs.pdf) return { kind: 'usage-error', message: '--mode goes with --pdf.' }
  return { kind: 'export', inputs, ...outputs, mode: mode ?? 'slides' }
}
