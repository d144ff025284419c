import { toAnalysisJson, type AnalysisJson, type BriefdeckErrorCode } from '../core/index'
import { MESSAGES, pickLocale } from '../shared/messages'
import { parseCliArgs, USAGE } from './args'
import type { BrowserOutcome } from './export/launch-browser'
import { runExport } from './export/run-export'
import { formatAnalysisText } from './format-text'
import { readBriefing } from './load-deck-input'

export interface CliIo {
  readonly stdout: (text: string) => void
  readonly stderr: (text: string) => void
  /** The user's language tag (LANG), so error lines speak it. */
  readonly languageTag: string | undefined
  /** Where `export` looks for BRIEFDECK_CHROMIUM; the process environment when not given. */
  readonly env?: Readonly<Record<string, string | undefined>>
  /** A browser the entry point already started for `export --pdf`. */
  readonly browser?: Promise<BrowserOutcome> | null
}

/**
 * Exit codes: 0 success, 1 an output could not be written, 2 bad usage or an input Briefdeck cannot read,
 * 3 no browser for a PDF (or it failed).
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const command = parseCliArgs(argv)
  if (command.kind === 'help') {
    io.stdout(USAGE)
    return 0
  }
  if (command.kind === 'usage-error') {
    io.stderr(`briefdeck: ${command.message}\n${USAGE}`)
    return 2
  }
  if (command.kind === 'export') {
    const env = io.env ?? process.env
    return runExport(command, { stderr: io.stderr, languageTag: io.languageTag, env }, io.browser ?? null)
  }
  const messages = MESSAGES[pickLocale(io.languageTag)]
  const outputs: string[] = []
  for (const file of command.files) {
    const outcome = await analyzeFile(file)
    if (!outcome.ok) {
      // Nothing goes to stdout on failure: a script never mistakes half an answer for a whole one.
      io.stderr(`briefdeck: ${file}: ${messages.errors[outcome.code]} (${outcome.code})\n`)
      return 2
    }
    const analysis = outcome.analysis
    if (command.format === 'text') outputs.push(formatAnalysisText(analysis))
    else if (command.format === 'jsonl') outputs.push(`${JSON.stringify({ file, ...analysis })}\n`)
    else outputs.push(`${JSON.stringify(analysis, null, 2)}\n`)
  }
  io.stdout(outputs.join(''))
  return 0
}

type AnalyzeOutcome = { ok: true; analysis: AnalysisJson } | { ok: false; code: BriefdeckErrorCode }

async function analyzeFile(path: string): Promise<AnalyzeOutcome> {
  const outcome = await readBriefing(path)
  return outcome.ok
    ? { ok: true, analysis: toAnalysisJson(outcome.value) }
    : { ok: false, code: outcome.error.code }
}
