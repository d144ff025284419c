/**
 * `npm run bench`: one JSON line per case, medians over repeated runs.
 *
 * (a) analysis (ingest → article → facts → deck) in this process: the seed (also as a Word file), every corpus
 *     article in ../shared/corpus (skipped with a note when absent) and a 1 MB concatenation of them (also as a
 *     Word file, whose parts are inflated once to measure them and once to read them);
 * (b) `briefdeck export SEED --pdf` as a whole process against a baseline process that launches the same
 *     Chromium with the same flags, opens the same standalone HTML in reveal's print view and prints it.
 *     Browser start and the CLI's own start-up count on both sides; runs alternate so drift hits both.
 */
import { execFileSync, spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { buildBriefingFromFile } from '../src/core/index'
import { findChromium } from '../src/cli/export/find-chromium'
import { chromiumArgs } from '../src/cli/export/launch-browser'
import { revealPrintQuery } from '../src/renderer/src/export/build-standalone-html'
import { wordFileOf } from '../tests/word-file'

const ROOT = resolve(__dirname, '..')
const CLI = join(ROOT, 'bin/briefdeck.js')
const BENCH = join(ROOT, 'bin/bench.js')
const SEED = join(ROOT, 'resources/seed/dong-nai-e-government-2020-02-12.txt')
const CORPUS = resolve(ROOT, '../shared/corpus')
const ANALYSIS_RUNS = 15
const LARGE_RUNS = 5
const EXPORT_RUNS = 7
const ONE_MB = 1024 * 1024
/** The target: the CLI's PDF export within 1.3× of plain Chromium printing the same deck. */
const TARGET_RATIO = 1.3

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2
}

const round = (value: number) => Math.round(value * 10) / 10
const megabytes = (bytes: number) => round(bytes / ONE_MB)

function print(line: Record<string, unknown>): void {
  process.stdout.write(`${JSON.stringify(line)}\n`)
}

async function benchAnalysis(name: string, fileName: string, bytes: Uint8Array, runs: number): Promise<void> {
  const times: number[] = []
  let peakHeap = 0
  globalThis.gc?.()
  const heapBefore = process.memoryUsage().heapUsed
  for (let run = 0; run < runs + 1; run++) {
    const start = performance.now()
    const result = await buildBriefingFromFile({ name: fileName, bytes })
    const elapsed = performance.now() - start
    if (!result.ok) throw new Error(`${name}: ${result.error.code}`)
    peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed - heapBefore)
    if (run > 0) times.push(elapsed) // the first run warms the JIT
  }
  print({
    case: `analysis/${name}`,
    bytes: bytes.length,
    runs,
    medianMs: round(median(times)),
    minMs: round(Math.min(...times)),
    peakHeapGrowthMb: megabytes(peakHeap),
    // The process-wide high-water mark so far (it never goes down, so later cases inherit earlier peaks).
    peakRssMb: round(process.resourceUsage().maxRSS / 1024),
  })
}

interface ProcessRun {
  readonly ms: number
  /** Peak resident memory of the node process (not Chromium's), where GNU time is there to measure it. */
  readonly peakRssMb: number | null
}

const GNU_TIME = '/usr/bin/time'

function timeProcess(args: readonly string[]): Promise<ProcessRun> {
  const measured = existsSync(GNU_TIME)
  const [command, ...rest] = measured
    ? [GNU_TIME, '-f', 'maxrss=%M', process.execPath, ...args]
    : [process.execPath, ...args]
  return new Promise((done, fail) => {
    const start = performance.now()
    const child = spawn(command ?? process.execPath, rest, { stdio: ['ignore', 'ignore', 'pipe'] })
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.on('error', fail)
    child.on('close', (code) => {
      const ms = performance.now() - start
      if (code !== 0) return fail(new Error(`${args.join(' ')} exited ${code}: ${stderr.trim()}`))
      const rss = /maxrss=(\d+)/.exec(stderr)?.[1]
      done({ ms, peakRssMb: rss ? round(Number(rss) / 1024) : null })
    })
  })
}

async function benchExport(): Promise<void> {
  const found = findChromium(process.env, () => null)
  if (!found.ok) {
    print({ case: 'export/seed-pdf', skipped: `no Chromium found (${found.tried}); set BRIEFDECK_CHROMIUM` })
    return
  }
  const dir = mkdtempSync(join(tmpdir(), 'briefdeck-bench-'))
  try {
    const html = join(dir, 'seed.html')
    // The baseline prints the very document the CLI prints: the standalone deck, in reveal's print view.
    execFileSync(process.execPath, [CLI, 'export', SEED, '--html', html], { stdio: 'ignore' })
    const url = `${pathToFileURL(html).href}?${revealPrintQuery(false)}`
    const cliArgs = [CLI, 'export', SEED, '--pdf', join(dir, 'cli.pdf')]
    const baselineArgs = [
      BENCH,
      '--print-baseline',
      found.path,
      url,
      join(dir, 'baseline.pdf'),
      JSON.stringify(chromiumArgs()),
    ]
    // One unmeasured run each: the CLI builds its bundle on first use, and the OS caches Chromium's files.
    await timeProcess(cliArgs)
    await timeProcess(baselineArgs)
    const cli: ProcessRun[] = []
    const baseline: ProcessRun[] = []
    for (let run = 0; run < EXPORT_RUNS; run++) {
      cli.push(await timeProcess(cliArgs))
      baseline.push(await timeProcess(baselineArgs))
    }
    const cliMs = median(cli.map((run) => run.ms))
    const baselineMs = median(baseline.map((run) => run.ms))
    const ratio = cliMs / baselineMs
    const peak = (runs: readonly ProcessRun[]) => {
      const values = runs.flatMap((run) => (run.peakRssMb === null ? [] : [run.peakRssMb]))
      return values.length > 0 ? Math.max(...values) : null
    }
    print({
      case: 'export/seed-pdf',
      runs: EXPORT_RUNS,
      chromium: found.path,
      cliMedianMs: Math.round(cliMs),
      baselineMedianMs: Math.round(baselineMs),
      ratio: Math.round(ratio * 100) / 100,
      target: TARGET_RATIO,
      withinTarget: ratio <= TARGET_RATIO,
      cliPeakRssMb: peak(cli),
      baselinePeakRssMb: peak(baseline),
      cliRunsMs: cli.map((run) => Math.round(run.ms)),
      baselineRunsMs: baseline.map((run) => Math.round(run.ms)),
    })
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

async function main(): Promise<void> {
  const only = process.argv[2]
  if (only !== 'export') {
    const seed = new Uint8Array(readFileSync(SEED))
    await benchAnalysis('seed', 'seed.txt', seed, ANALYSIS_RUNS)
    const texts = [seed]
    if (existsSync(CORPUS)) {
      for (const file of readdirSync(CORPUS)
        .filter((name) => /^\d+\.txt$/.test(name))
        .sort()) {
        const bytes = new Uint8Array(readFileSync(join(CORPUS, file)))
        texts.push(bytes)
        await benchAnalysis(`corpus/${file}`, file, bytes, ANALYSIS_RUNS)
      }
    } else {
      print({ case: 'analysis/corpus', skipped: `${CORPUS} is absent` })
    }
    const parts: Uint8Array[] = []
    let size = 0
    const newline = new Uint8Array([0x0a])
    for (let index = 0; size < ONE_MB; index++) {
      const text = texts[index % texts.length] ?? seed
      parts.push(text, newline)
      size += text.length + 1
    }
    const concatenated = new Uint8Array(Buffer.concat(parts))
    await benchAnalysis('concatenated-1mb', 'concatenated.txt', concatenated, LARGE_RUNS)
    await benchAnalysis('seed-docx', 'seed.docx', wordFileOf(new TextDecoder().decode(seed)), ANALYSIS_RUNS)
    await benchAnalysis(
      'concatenated-1mb-docx',
      'concatenated.docx',
      wordFileOf(new TextDecoder().decode(concatenated)),
      LARGE_RUNS,
    )
  }
  if (only !== 'analysis') await benchExport()
}

main().catch((error: unknown) => {
  process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n`)
  process.exitCode = 1
})
