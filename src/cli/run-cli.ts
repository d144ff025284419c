import { readFile, stat } from 'node:fs/promises'
import { basename } from 'node:path'
import { buildBriefingFromFile, toAnalysisJson, type Briefing, type BriefdeckErrorCode } from '../core/index'
import { buildStandaloneHtml } from '../renderer/src/export/build-standalone-html'
import { MAX_INPUT_BYTES } from '../shared/ipc'
import { MESSAGES, pickLocale } from '../shared/messages'
import { parseCliArgs, USAGE } from './args'
import { readStandaloneAssets } from './export/standalone-assets'
import { formatAnalysisText } from './format-text'
import { writeFileAtomically } from './write-file-atomically'

export interface CliIo {
  readonly stdout: (text: string) => void
  readonly stderr: (text: string) => void
  /** The user's language tag (LANG), so error lines speak it. */
  readonly languageTag: string | undefined
}

/** Exit codes: 0 success, 2 bad usage or an input Briefdeck cannot read. */
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
  const messages = MESSAGES[pickLocale(io.languageTag)]
  if (command.kind === 'export') {
    const outcome = await briefFile(command.input)
    if (!outcome.ok) {
      io.stderr(`briefdeck: ${command.input}: ${messages.errors[outcome.code]} (${outcome.code})\n`)
      return 2
    }
    const html = buildStandaloneHtml(outcome.briefing.deck, await readStandaloneAssets())
    try {
      await writeFileAtomically(command.html, html)
    } catch (error) {
      io.stderr(`briefdeck: ${command.html}: ${messages.errors['output/unwritable']} (${describe(error)})\n`)
      return 1
    }
    io.stderr(`briefdeck: wrote ${command.html} (${outcome.briefing.deck.slides.length} slides)\n`)
    return 0
  }
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

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

type AnalyzeOutcome =
  { ok: true; analysis: ReturnType<typeof toAnalysisJson> } | { ok: false; code: BriefdeckErrorCode }

async function analyzeFile(path: string): Promise<AnalyzeOutcome> {
  const outcome = await briefFile(path)
  return outcome.ok ? { ok: true, analysis: toAnalysisJson(outcome.briefing) } : outcome
}

type BriefOutcome = { ok: true; briefing: Briefing } | { ok: false; code: BriefdeckErrorCode }

/** Reads a file from disk and runs the pipeline on it, with the same limits as the app. */
async function briefFile(path: string): Promise<BriefOutcome> {
  let bytes: Uint8Array
  try {
    const info = await stat(path)
    if (!info.isFile()) return { ok: false, code: 'input/unreadable' }
    if (info.size > MAX_INPUT_BYTES) return { ok: false, code: 'input/too-large' }
    bytes = new Uint8Array(await readFile(path))
  } catch {
    return { ok: false, code: 'input/unreadable' }
  }
  const result = await buildBriefingFromFile({ name: basename(path), bytes })
  return result.ok ? { ok: true, briefing: result.value } : { ok: false, code: result.error.code }
}
