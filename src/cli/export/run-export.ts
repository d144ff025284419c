import { constants } from 'node:fs'
import { access, mkdir, stat } from 'node:fs/promises'
import { basename, dirname, extname, join } from 'node:path'
import type { BriefdeckErrorCode } from '../../core/index'
import { buildStandaloneHtml } from '../../renderer/src/export/build-standalone-html'
import { visibleSlides, type ExportAssets } from '../../renderer/src/export/html-document'
import { MESSAGES, pickLocale, type Locale } from '../../shared/messages'
import type { ExportCommand } from '../args'
import { CLI_MESSAGES } from '../cli-messages'
import { loadDeckInput, PROJECT_FILE_DETAIL, type DeckInput } from '../load-deck-input'
import { writeFileAtomically } from '../write-file-atomically'
import { readExportAssets } from './export-assets'
import { exportPdf } from './export-pdf'
import { exportPptx } from './export-pptx'
import { startBrowser, type BrowserOutcome, type PdfBrowser } from './launch-browser'

export interface ExportIo {
  readonly stderr: (text: string) => void
  readonly languageTag: string | undefined
  readonly env: Readonly<Record<string, string | undefined>>
}

/** Exit codes of `export`. */
const EXIT = { ok: 0, output: 1, input: 2, browser: 3 } as const

/** Per document; the slowest seen is far below (a second), this only stops a browser that hangs. */
const PDF_TIMEOUT_MS = 60_000
/** Several inputs print side by side in the one browser, a few at a time. */
const PARALLEL_DOCUMENTS = 4

/** A failure already worded for the user: which file, and the exit code it earns. */
class ExportFailure extends Error {
  constructor(
    readonly subject: string,
    readonly code: BriefdeckErrorCode,
    readonly exitCode: number,
    readonly detail?: string,
  ) {
    super(code)
  }
}

/**
 * `briefdeck export`: every input becomes a deck, then each asked-for format is written atomically beside the
 * others. All PDFs share one browser, launched first so it starts while the articles are analysed.
 */
export async function runExport(
  command: ExportCommand,
  io: ExportIo,
  started: Promise<BrowserOutcome> | null = null,
): Promise<number> {
  const locale = pickLocale(io.languageTag)
  const browser = command.pdf ? (started ?? startBrowser(io.env)) : null
  try {
    const inputs = await loadInputs(command.inputs)
    const [assets, targets] = await Promise.all([readExportAssets(), planOutputs(command)])
    const launched = browser ? await browser : null
    if (launched && !launched.ok)
      throw new ExportFailure('PDF', launched.error.code, EXIT.browser, launched.error.detail)
    const pdfBrowser = launched?.ok ? launched.value : null
    await forEachLimited(inputs, PARALLEL_DOCUMENTS, async (input, index) => {
      for (const line of await writeOutputs(input, targets, index, {
        assets,
        locale,
        browser: pdfBrowser,
        command,
      })) {
        io.stderr(`briefdeck: ${line}\n`)
      }
    })
    return EXIT.ok
  } catch (error) {
    if (!(error instanceof ExportFailure)) throw error
    io.stderr(`briefdeck: ${error.subject}: ${describeFailure(error, locale)} (${error.code})\n`)
    return error.exitCode
  } finally {
    if (browser) {
      const launched = await browser
      if (launched.ok) await launched.value.close()
    }
  }
}

function describeFailure(failure: ExportFailure, locale: Locale): string {
  const cli = CLI_MESSAGES[locale]
  if (failure.code === 'input/unsupported-type' && failure.detail === PROJECT_FILE_DETAIL)
    return cli.projectFile
  const message = MESSAGES[locale].errors[failure.code]
  if (failure.code === 'export/no-browser' && failure.detail)
    return `${message} (${cli.lookedFor(failure.detail)})`
  if ((failure.code === 'output/unwritable' || failure.code === 'export/browser-failed') && failure.detail) {
    return `${message} [${failure.detail}]`
  }
  return message
}

/** Reads every input before writing anything, so one bad file in a batch leaves no output at all. */
async function loadInputs(paths: readonly string[]): Promise<DeckInput[]> {
  const results = await Promise.all(paths.map(loadDeckInput))
  const inputs: DeckInput[] = []
  for (const [index, result] of results.entries()) {
    if (!result.ok) {
      throw new ExportFailure(paths[index] ?? '', result.error.code, EXIT.input, result.error.detail)
    }
    inputs.push(result.value)
  }
  return inputs
}

type Format = 'pdf' | 'pptx' | 'html'
type Targets = Readonly<Partial<Record<Format, readonly string[]>>>

/**
 * Where each input's files go. One input: OUT is the file (or an existing directory to put it in). Several:
 * OUT is a directory (created if its parent exists), one file per input named after it.
 */
async function planOutputs(command: ExportCommand): Promise<Targets> {
  const targets: Partial<Record<Format, readonly string[]>> = {}
  for (const format of ['pdf', 'pptx', 'html'] as const) {
    const target = command[format]
    if (target) targets[format] = await planFormat(target, command.inputs, format)
  }
  return targets
}

async function planFormat(target: string, inputs: readonly string[], format: Format): Promise<string[]> {
  const isDirectory = await stat(target).then(
    (info) => info.isDirectory(),
    () => null,
  )
  if (inputs.length === 1 && isDirectory !== true) {
    await checkWritable(dirname(target), target)
    return [target]
  }
  if (isDirectory === false)
    throw new ExportFailure(target, 'output/unwritable', EXIT.output, 'not a directory')
  if (isDirectory === null) {
    try {
      await mkdir(target)
    } catch (error) {
      throw new ExportFailure(target, 'output/unwritable', EXIT.output, firstLine(error))
    }
  }
  await checkWritable(target, target)
  const used = new Set<string>()
  return inputs.map((input) => join(target, uniqueName(outputName(input, format), used)))
}

/** Checked before any work, so a wrong path fails in a moment rather than after the PDF is printed. */
async function checkWritable(directory: string, subject: string): Promise<void> {
  try {
    await access(directory, constants.W_OK)
  } catch (error) {
    throw new ExportFailure(subject, 'output/unwritable', EXIT.output, firstLine(error))
  }
}

/** `news/article.txt` → `article.pdf`. */
function outputName(input: string, format: Format): string {
  const name = basename(input)
  const stem = name.slice(0, name.length - extname(name).length) || name
  return `${stem}.${format}`
}

function uniqueName(name: string, used: Set<string>): string {
  const extension = extname(name)
  let candidate = name
  for (let n = 2; used.has(candidate); n++) candidate = `${name.slice(0, -extension.length)}-${n}${extension}`
  used.add(candidate)
  return candidate
}

interface WriteContext {
  readonly assets: ExportAssets
  readonly locale: Locale
  readonly browser: PdfBrowser | null
  readonly command: ExportCommand
}

/** Writes one input's files; returns the lines that say so. */
async function writeOutputs(
  input: DeckInput,
  targets: Targets,
  index: number,
  context: WriteContext,
): Promise<string[]> {
  const slides = visibleSlides(input.deck).length
  const documentOptions = { locale: context.locale, author: input.author }
  const lines: string[] = []
  const write = async (path: string | undefined, produce: () => Promise<Uint8Array | string>) => {
    if (!path) return
    const data = await produce()
    try {
      await writeFileAtomically(path, data)
    } catch (error) {
      throw new ExportFailure(path, 'output/unwritable', EXIT.output, firstLine(error))
    }
    lines.push(CLI_MESSAGES[context.locale].wrote(path, slides))
  }
  await write(targets.html?.[index], async () =>
    buildStandaloneHtml(input.deck, context.assets, documentOptions),
  )
  await write(targets.pptx?.[index], () => exportPptx(input.deck, { author: input.author }))
  const browser = context.browser
  if (browser) {
    await write(targets.pdf?.[index], () =>
      printPdf(input, browser, {
        mode: context.command.mode,
        assets: context.assets,
        author: input.author,
        locale: context.locale,
        timeoutMs: PDF_TIMEOUT_MS,
      }),
    )
  }
  return lines
}

async function printPdf(
  input: DeckInput,
  browser: PdfBrowser,
  options: Parameters<typeof exportPdf>[2],
): Promise<Uint8Array> {
  let timer: NodeJS.Timeout | undefined
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new ExportFailure(input.path, 'export/timeout', EXIT.browser)),
      options.timeoutMs,
    )
  })
  try {
    return await Promise.race([printOnNewPage(browser, input, options), deadline])
  } catch (error) {
    if (error instanceof ExportFailure) throw error
    const timedOut = error instanceof Error && error.name === 'TimeoutError'
    throw new ExportFailure(
      input.path,
      timedOut ? 'export/timeout' : 'export/browser-failed',
      EXIT.browser,
      timedOut ? undefined : firstLine(error),
    )
  } finally {
    clearTimeout(timer)
  }
}

async function printOnNewPage(
  browser: PdfBrowser,
  input: DeckInput,
  options: Parameters<typeof exportPdf>[2],
): Promise<Uint8Array> {
  const page = await browser.openPage()
  try {
    return await exportPdf(page, input.deck, options)
  } finally {
    await page.context().close()
  }
}

/** Runs `task` over `items`, at most `limit` at a time; the first failure stops the rest from starting. */
async function forEachLimited<T>(
  items: readonly T[],
  limit: number,
  task: (item: T, index: number) => Promise<void>,
): Promise<void> {
  let next = 0
  let failed = false
  const worker = async () => {
    while (!failed && next < items.length) {
      const index = next++
      try {
        await task(items[index] as T, index)
      } catch (error) {
        failed = true
        throw error
      }
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
}

function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error)
  return text.split('\n')[0]?.trim() ?? ''
}
