import { readFile, stat } from 'node:fs/promises'
import { basename } from 'node:path'
import { buildBriefingFromFile, toAnalysisJson, type BriefdeckErrorCode } from '../core/index'
import { MAX_INPUT_BYTES } from '../shared/ipc'
import { MESSAGES, pickLocale } from '../shared/messages'
import { parseCliArgs, USAGE } from './args'
import { formatAnalysisText } from './format-text'

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

type AnalyzeOutcome =
  { ok: true; analysis: ReturnType<typeof toAnalysisJson> } | { ok: false; code: BriefdeckErrorCode }

async function analyzeFile(path: string): Promise<AnalyzeOutcome> {
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
  return result.ok
    ? { ok: true, analysis: toAnalysisJson(result.value) }
    : { ok: false, code: result.error.code }
}
