import { execFile } from 'node:child_process'
import { mkdtempSync, readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { promisify } from 'node:util'
import { expect, test, type Page } from '@playwright/test'
import { HAS_SHARED, SHARED_DIR } from './shared-folder'

const run = promisify(execFile)
const BIN = resolve(__dirname, '../bin/briefdeck.js')
const SEED = resolve(__dirname, '../resources/seed/dong-nai-e-government-2020-02-12.txt')
const outDir = mkdtempSync(join(tmpdir(), 'briefdeck-standalone-'))

const articles: { name: string; path: string }[] = [{ name: 'seed', path: SEED }]
if (HAS_SHARED) {
  const corpus = join(SHARED_DIR, 'corpus')
  for (const file of readdirSync(corpus)
    .filter((name) => /^\d+\.txt$/.test(name))
    .sort()) {
    articles.push({ name: file, path: join(corpus, file) })
  }
} else {
  console.log('[standalone] ../shared is absent: only the seed deck is checked, the corpus did not run')
}

async function exportHtml(input: string, name: string): Promise<string> {
  const output = join(outDir, `${name}.html`)
  await run(process.execPath, [BIN, 'export', input, '--html', output])
  return output
}

interface SlideProblem {
  readonly slide: number
  readonly kind: string | null
  readonly problem: string
}

/** Walks every slide and lists elements outside the 1280×720 frame. */
async function findSpills(page: Page): Promise<SlideProblem[]> {
  return page.evaluate(async () => {
    const reveal = (
      window as unknown as {
        Reveal: { slide(i: number): void; getTotalSlides(): number; getCurrentSlide(): HTMLElement }
      }
    ).Reveal
    const problems: { slide: number; kind: string | null; problem: string }[] = []
    for (let index = 0; index < reveal.getTotalSlides(); index++) {
      reveal.slide(index)
      await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))
      const section = reveal.getCurrentSlide()
      const frame = document.querySelector('.reveal .slides')?.getBoundingClientRect()
      if (!frame) continue
      for (const element of section.querySelectorAll<HTMLElement>('.slide *')) {
        const box = element.getBoundingClientRect()
        if (box.width === 0 && box.height === 0) continue
        const outside =
          box.left < frame.left - 1 ||
          box.right > frame.right + 1 ||
          box.top < frame.top - 1 ||
          box.bottom > frame.bottom + 1
        if (outside) {
          problems.push({
            slide: index + 1,
            kind: section.getAttribute('data-slide-kind'),
            problem: `${element.className || element.tagName} ends at ${Math.round(box.bottom - frame.top)}px of ${Math.round(frame.height)}px: ${element.textContent?.slice(0, 60)}`,
          })
        }
      }
    }
    return problems
  })
}

/** The fonts Chromium really drew each slide's text with (not just what CSS asked for). */
async function usedFontFamilies(page: Page): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('DOM.enable')
  await cdp.send('CSS.enable')
  const families = new Set<string>()
  const total = await page.evaluate(() =>
    (window as unknown as { Reveal: { getTotalSlides(): number } }).Reveal.getTotalSlides(),
  )
  for (let index = 0; index < total; index++) {
    await page.evaluate(
      (i) => (window as unknown as { Reveal: { slide(i: number): void } }).Reveal.slide(i),
      index,
    )
    const { root } = await cdp.send('DOM.getDocument', { depth: -1 })
    const { nodeIds } = await cdp.send('DOM.querySelectorAll', {
      nodeId: root.nodeId,
      selector: 'section.present .slide *',
    })
    for (const nodeId of nodeIds) {
      const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId })
      for (const font of fonts) families.add(font.familyName)
    }
  }
  await cdp.detach()
  return [...families]
}

test.describe('standalone HTML decks', () => {
  test.use({ viewport: { width: 1280, height: 720 } })

  for (const article of articles) {
    test(`${article.name}: every slide stays inside its frame, in the bundled typeface`, async ({ page }) => {
      const requests: string[] = []
      page.on('request', (request) => {
        if (!request.url().startsWith('file:') && !request.url().startsWith('data:'))
          requests.push(request.url())
      })
      const file = await exportHtml(article.path, article.name)
      await page.goto(pathToFileURL(file).href)
      await expect(page.locator('.reveal.ready')).toBeVisible()
      await page.evaluate(() => document.fonts.ready)
      expect(await findSpills(page)).toEqual([])
      const families = await usedFontFamilies(page)
      expect(families.length).toBeGreaterThan(0)
      // Chromium names each weight's face ('Be Vietnam Pro SemiBold'); all must be the bundled family.
      expect(families.filter((family) => !family.startsWith('Be Vietnam Pro'))).toEqual([])
      expect(requests).toEqual([])
    })
  }

  test('the seed deck shows its figures and notes, and presents with the keyboard', async ({ page }) => {
    const file = await exportHtml(SEED, 'seed-keys')
    await page.goto(pathToFileURL(file).href)
    await expect(page.locator('.reveal.ready')).toBeVisible()
    await expect(page.locator('section[data-slide-kind="statistics"]').first()).toContainText('1.200 tỷ đồng')
    await expect(page.locator('section[data-slide-kind="directives"] aside.notes').first()).toContainText(
      'Thủ tướng',
    )
    await page.keyboard.press('ArrowRight')
    await expect(page.locator('section.present')).toHaveAttribute('data-slide-kind', 'event')
  })
})
