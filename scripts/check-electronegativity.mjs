// Runs Electronegativity over src/ for Electron 45.5.0 and fails when a HIGH or MEDIUM finding is left that
// docs/SECURITY.md does not suppress by its exact check name, for the file it is in, with a reason. It also fails
// when a file could not be parsed (an unparsed file is an unchecked file; the tool's CLI hides these when it
// writes a report) and when a suppression matches nothing (a stale suppression would hide a future finding).
//
// The tool is run in-process rather than through its CLI because the CLI phones home on every run: it fetches
// translations from S3 and Electron's release list from GitHub. A security check must not depend on, or leak
// to, the network, so `got` (its only HTTP client) is replaced by a stub that refuses, and the one check that
// needs the release list (AvailableSecurityFixesGlobalCheck) is excluded: the Electron version is pinned in
// package-lock.json and reviewed in docs/SECURITY.md instead.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const ELECTRON_VERSION = '45.5.0'
const INPUT = join(ROOT, 'src')
const SECURITY_DOC = join(ROOT, 'docs/SECURITY.md')
const REPORT = join(tmpdir(), 'briefdeck-electronegativity.sarif')
const FAILING_SEVERITIES = new Set(['HIGH', 'MEDIUM'])
const EXCLUDED_CHECKS = ['AvailableSecurityFixesGlobalCheck']

const require = createRequire(import.meta.url)
const toolDir = dirname(require.resolve('@doyensec/electronegativity/package.json'))
const refuse = () => Promise.reject(new Error('network disabled by scripts/check-electronegativity.mjs'))
const gotPath = require.resolve('got', { paths: [toolDir] })
require.cache[gotPath] = {
  id: gotPath,
  filename: gotPath,
  loaded: true,
  exports: Object.assign(refuse, { head: refuse, get: refuse }),
}
// The translation loader logs its (expected) failure to reach S3; keep the output to what matters.
const log = console.log
console.log = (...args) => {
  if (!String(args[0]).startsWith('Could not retrieve updated translations')) log(...args)
}
const runner = require('@doyensec/electronegativity')
const run = runner.default ?? runner

/**
 * The suppressions: the table under the "Electronegativity suppressions" heading of docs/SECURITY.md, with the
 * columns check | files | reason. `files` lists paths relative to src/, comma-separated.
 */
function readSuppressions(markdown) {
  const section = markdown.split(/^#+ Electronegativity suppressions\s*$/m)[1]
  if (section === undefined) return []
  const suppressions = []
  for (const line of section.split('\n')) {
    if (/^#+ /.test(line)) break
    const cells = line.split('|').map((cell) => cell.trim())
    if (cells.length < 5 || !/^`?[A-Z0-9_]+`?$/.test(cells[1])) continue
    const check = cells[1].replaceAll('`', '')
    const files = cells[2]
      .split(',')
      .map((file) => file.trim().replaceAll('`', ''))
      .filter(Boolean)
    suppressions.push({ check, files, reason: cells[3] })
  }
  return suppressions
}

async function main() {
  const result = await run(
    {
      input: INPUT,
      output: REPORT,
      isSarif: true,
      customScan: [],
      excludeFromScan: EXCLUDED_CHECKS,
      isRelative: true,
      electronVersionOverride: ELECTRON_VERSION,
      parserPlugins: [],
    },
    false,
  )
  console.log = log
  const suppressions = readSuppressions(readFileSync(SECURITY_DOC, 'utf8'))
  const problems = []
  for (const suppression of suppressions) {
    if (suppression.reason.length < 20)
      problems.push(`suppression of ${suppression.check} in docs/SECURITY.md needs a reason`)
  }
  const used = new Set()
  const findings = result.issues.map((issue) => {
    const file = String(issue.file).replaceAll('\\', '/')
    const index = suppressions.findIndex(
      (s) => s.check === issue.id && s.reason.length >= 20 && s.files.includes(file),
    )
    if (index >= 0) used.add(index)
    return {
      id: issue.id,
      severity: issue.severity.name,
      confidence: issue.confidence.name,
      file,
      line: issue.location.line,
      suppressed: index >= 0,
    }
  })
  for (const error of result.errors) problems.push(`could not parse ${error.file}: ${error.message}`)
  for (const finding of findings) {
    if (FAILING_SEVERITIES.has(finding.severity) && !finding.suppressed)
      problems.push(
        `${finding.severity} ${finding.id} at src/${finding.file}:${finding.line} is not suppressed`,
      )
  }
  suppressions.forEach((suppression, index) => {
    if (!used.has(index))
      problems.push(
        `stale suppression of ${suppression.check} (${suppression.files.join(', ')}): it matches no finding`,
      )
  })

  console.log(
    `electronegativity ${require('@doyensec/electronegativity/package.json').version}, Electron ${ELECTRON_VERSION}: ` +
      `${result.globalChecks} global and ${result.atomicChecks} atomic checks, ${findings.length} findings (report: ${REPORT})`,
  )
  for (const finding of findings) {
    const mark = finding.suppressed
      ? 'suppressed'
      : FAILING_SEVERITIES.has(finding.severity)
        ? 'FAIL'
        : 'info'
    console.log(
      `  ${mark.padEnd(10)} ${finding.severity.padEnd(6)} ${finding.id} src/${finding.file}:${finding.line}`,
    )
  }
  if (problems.length > 0) {
    console.error(`\nsecurity check failed:\n  ${problems.join('\n  ')}`)
    console.error('Fix the code, or suppress the check for that file with a reason in docs/SECURITY.md.')
    process.exitCode = 1
  }
}

main().catch((error) => {
  console.log = log
  console.error(error)
  process.exitCode = 1
})
