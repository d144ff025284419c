import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { chromium, type Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readExportAssets } from '../../../src/cli/export/export-assets'
import { findChromium } from '../../../src/cli/export/find-chromium'
import { buildExportDocument } from '../../../src/main/export/build-export-document'
import { printToPdfOptions, printUrl, readyScript } from '../../../src/main/export/export-plan'
import type { PdfMode } from '../../../src/shared/ipc'
import { exportRequest } from './deck-fixture'

/*
 * No Electron binary runs here, so the hidden window's steps are replayed in the same Chromium engine: the
 * temporary file's URL with the plan's query, the ready script, then printing with the same options
 * (Electron's printToPDF and this page.pdf share Chromium's printing; margins 0 is page.pdf's default).
 */
const found = findChromium(process.env, () => null)
const CHROMIUM = found.ok ? found.path : null

function pageCount(pdf: Uint8Array): number {
  return (
    Buffer.from(pdf)
      .toString('latin1')
      .match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0
  )
}

describe.skipIf(CHROMIUM === null)('the print plan in Chromium (skipped: no Chromium)', () => {
  let browser: Browser
  let folder: string

  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM ?? undefined, args: ['--no-sandbox'] })
    folder = await mkdtemp(join(tmpdir(), 'briefdeck-print-'))
  })

  afterAll(async () => {
    await browser?.close()
    await rm(folder, { recursive: true, force: true })
  })

  async function print(pdfMode: PdfMode): Promise<Uint8Array> {
    const request = exportRequest({ pdfMode })
    const data = await buildExportDocument(request, await readExportAssets(), async (html, plan) => {
      const file = join(folder, `${pdfMode}.html`)
      await writeFile(file, html, 'utf8')
      const page = await browser.newPage({ viewport: { width: 1280, height: 720 } })
      try {
        await page.goto(printUrl(pathToFileURL(file).href, plan))
        await page.evaluate(readyScript(plan.ready))
        const options = printToPdfOptions()
        return await page.pdf({
          preferCSSPageSize: options.preferCSSPageSize,
          printBackground: options.printBackground,
          outline: options.generateDocumentOutline,
          tagged: options.generateTaggedPDF,
        })
      } finally {
        await page.close()
      }
    })
    if (typeof data === 'string') throw new Error('expected a PDF')
    return data
  }

  it('prints one 16:9 page per shown slide once reveal is ready', async () => {
    const shown = exportRequest().deck.slides.filter((slide) => !slide.hidden).length
    const pdf = await print('slides')
    expect(Buffer.from(pdf.subarray(0, 5)).toString('latin1')).toBe('%PDF-')
    expect(pageCount(pdf)).toBe(shown)
    expect(Buffer.from(pdf).toString('latin1')).toContain('/MediaBox [0 0 960 540]')
  }, 60_000)

  it('prints the handout on paper once its fonts are in', async () => {
    const pdf = await print('handout')
    expect(pageCount(pdf)).toBeGreaterThanOrEqual(exportRequest().deck.slides.length - 1)
  }, 60_000)
})
