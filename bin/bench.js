#!/usr/bin/env node
// `npm run bench`: runs scripts/bench.ts through tsx. With --print-baseline it is instead the benchmark's
// baseline, a plain script with nothing of Briefdeck loaded: launch Chromium, open a standalone deck in reveal's
// print view, print it (the arguments come from scripts/bench.ts, so both sides use the same browser and flags).
const { join } = require('node:path')

async function printBaseline([executablePath, url, output, argsJson]) {
  const { writeFileSync } = require('node:fs')
  const { chromium } = require('playwright-core')
  const browser = await chromium.launch({ executablePath, args: JSON.parse(argsJson), headless: true })
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } })
  await page.goto(url)
  // The standalone deck marks itself when reveal's print view is laid out (pdf-ready) and its fonts are in.
  await page.waitForSelector('html[data-pdf-ready]', { state: 'attached' })
  writeFileSync(output, await page.pdf({ printBackground: true, preferCSSPageSize: true }))
  await browser.close()
}

if (process.argv[2] === '--print-baseline') {
  printBaseline(process.argv.slice(3)).catch((error) => {
    process.stderr.write(`baseline: ${error instanceof Error ? error.message : String(error)}\n`)
    process.exitCode = 1
  })
} else {
  process.env.TSX_TSCONFIG_PATH = join(__dirname, '..', 'tsconfig.node.json')
  require('tsx/cjs/api').register()
  require('../scripts/bench.ts')
}
