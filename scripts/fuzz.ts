// The long fuzz run: `npm run fuzz` (100,000 cases), or `npm run fuzz -- --runs 5000 --seed 7`. Prints the
// cases run, the problems found (exceptions, error codes outside ERROR_CODES, schema failures, cases over
// 2 s) and the slowest case; failing and slowest inputs are written to a temporary folder to reproduce them.
// The CI run of the same cases is tests/security/fuzz.test.ts.
import { mkdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import fc from 'fast-check'
import {
  ANALYSIS_SCHEMA_NOTE,
  describeCase,
  edgeCases,
  fuzzCase,
  knownProblem,
  runCase,
  type FuzzCase,
} from '../tests/security/fuzz-cases'

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`)
  const value =
    index >= 0 ? Number(process.argv[index + 1]) : Number(process.env[`FUZZ_${name.toUpperCase()}`])
  return Number.isFinite(value) && value > 0 ? value : fallback
}

function save(folder: string, label: string, input: FuzzCase): string {
  mkdirSync(folder, { recursive: true })
  const path = join(folder, `${label}-${input.name}`)
  writeFileSync(path, input.bytes ?? input.projectText ?? '')
  return path
}

async function main(): Promise<void> {
  const runs = option('runs', 100_000)
  const seed = option('seed', 20261127)
  const folder = join(tmpdir(), `briefdeck-fuzz-${seed}`)
  if (ANALYSIS_SCHEMA_NOTE) console.log(`note: ${ANALYSIS_SCHEMA_NOTE}`)
  console.log(`fuzzing ${runs} cases with seed ${seed} …`)
  const started = performance.now()
  let count = 0
  const problems: { label: string; problem: string; path: string }[] = []
  let slowest = { ms: 0, label: '', path: '' }
  const knownCounts = new Map<string, number>()
  const byKind = new Map<string, { cases: number; ms: number }>()

  const record = async (input: FuzzCase): Promise<void> => {
    const outcome = await runCase(input)
    count++
    const kind = byKind.get(input.kind) ?? { cases: 0, ms: 0 }
    byKind.set(input.kind, { cases: kind.cases + 1, ms: kind.ms + outcome.ms })
    if (outcome.ms > slowest.ms)
      slowest = { ms: outcome.ms, label: describeCase(input), path: save(folder, 'slowest', input) }
    const known = outcome.problem === null ? null : knownProblem(outcome.problem)
    if (known !== null) knownCounts.set(known, (knownCounts.get(known) ?? 0) + 1)
    else if (outcome.problem !== null) {
      const path = save(folder, `problem-${problems.length}`, input)
      problems.push({ label: describeCase(input), problem: outcome.problem, path })
      console.log(`PROBLEM ${describeCase(input)}: ${outcome.problem.split('\n')[0]} (input: ${path})`)
    }
    if (count % 5000 === 0)
      console.log(
        `  ${count} cases, ${problems.length} problems, ${Math.round((performance.now() - started) / 1000)} s`,
      )
  }

  for (const input of edgeCases()) await record(input)
  // The property never fails, so fast-check runs every case; problems are collected, not thrown.
  await fc.assert(
    fc.asyncProperty(fuzzCase, async (input) => {
      await record(input)
    }),
    { numRuns: runs, seed, endOnFailure: true },
  )

  const seconds = (performance.now() - started) / 1000
  console.log(
    `\ncases run: ${count} (${edgeCases().length} fixed edge cases + ${runs} generated, seed ${seed})`,
  )
  console.log(`time: ${seconds.toFixed(1)} s`)
  for (const [kind, stats] of [...byKind].sort())
    console.log(
      `  ${kind.padEnd(20)} ${String(stats.cases).padStart(7)} cases, mean ${(stats.ms / stats.cases).toFixed(2)} ms`,
    )
  for (const [id, cases] of knownCounts) console.log(`known hole ${id} (docs/SECURITY.md): ${cases} cases`)
  console.log(`new problems (crashes, unknown codes, schema failures, cases over 2 s): ${problems.length}`)
  console.log(`slowest case: ${Math.round(slowest.ms)} ms, ${slowest.label} (input: ${slowest.path})`)
  if (problems.length > 0) process.exitCode = 1
}

main().catch((error: unknown) => {
  console.error(error)
  process.exitCode = 1
})
