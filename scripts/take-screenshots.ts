// Regenerates docs/screenshots/ (`npx tsx scripts/take-screenshots.ts`): the browser host on the seed deck, one
// picture per slide kind. Needs a web build (npm run build:web) and Chromium (BRIEFDECK_CHROMIUM or
// /usr/bin/chromium), launched as the end-to-end tests launch it.
import { mkdirSync } from 'node:fs'
import { chromium } from '@playwright/test'
import { preview } from 'vite'
import { CHROMIUM_LAUNCH } from '../playwright.config'

const OUT = 'docs/screenshots'
const port = Number(process.env.PORT ?? 4174)
mkdirSync(OUT, { recursive: true })

async function main(): Promise<void> {
  const server = await preview({
    configFile: 'vite.web.config.ts',
    preview: { host: '127.0.0.1', port, strictPort: true },
  })
  const browser = await chromium.launch(CHROMIUM_LAUNCH)
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } })
    await page.goto(`http://127.0.0.1:${port}/`)
    await page.locator('.reveal.ready').waitFor()
    await page.evaluate(() => globalThis.document.fonts.ready)
    await page.screenshot({ path: `${OUT}/browser-host-seed-title.png` })
    const kinds = await page
      .locator('.reveal .slides > section')
      .evaluateAll((sections) => sections.map((section) => section.getAttribute('data-slide-kind')))
    const charts = await page
      .locator('[data-testid="deck"] .slides > section')
      .evaluateAll((sections) => sections.map((section) => section.querySelector('.chart') !== null))
    const seen = new Set<string | null>()
    for (const [index, kind] of kinds.entries()) {
      if (seen.has(kind)) continue
      seen.add(kind)
      await page.getByTestId('deck').click()
      await page.keyboard.press('Home')
      for (let step = 0; step < index; step++) await page.keyboard.press('ArrowRight')
      await page.waitForTimeout(500)
      await page.locator('.reveal').screenshot({ path: `${OUT}/slide-${kind}.png` })
    }
    const chartIndex = charts.indexOf(true)
    if (chartIndex >= 0) {
      await page.keyboard.press('Home')
      for (let step = 0; step < chartIndex; step++) await page.keyboard.press('ArrowRight')
      await page.waitForTimeout(500)
      await page.locator('.reveal').screenshot({ path: `${OUT}/slide-statistics-chart.png` })
    }
    await page.keyboard.press('Home')
    await page.keyboard.press('ArrowRight')
    await page.keyboard.press('ArrowRight')
    await page.waitForTimeout(500)
    await page.locator('section.present li.bullet').first().click()
    await page.waitForTimeout(500)
    await page.screenshot({ path: `${OUT}/editor-provenance.png` })
    await page.getByTestId('theme').selectOption('dark')
    await page.waitForTimeout(300)
    await page.locator('.reveal').screenshot({ path: `${OUT}/slide-directives-dark.png` })
    await page.getByTestId('theme').selectOption('light')
    const [presenter] = await Promise.all([page.waitForEvent('popup'), page.getByTestId('present').click()])
    await presenter.setViewportSize({ width: 1440, height: 900 })
    await presenter.waitForLoadState('load')
    await presenter.waitForTimeout(1000)
    await presenter.screenshot({ path: `${OUT}/presenter-view.png` })
    console.log(`screenshots written to ${OUT}/`)
  } finally {
    await browser.close()
    await new Promise((done) => server.httpServer.close(done))
  }
}

void main()
