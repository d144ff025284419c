import { execFile } from 'node:child_process'
import { readFile, writeFile } from 'node:fs/promises'
import { pathToFileURL } from 'node:url'
import { promisify } from 'node:util'
import { expect, test } from '@playwright/test'
import { deckSections, goToSlide, notesBox } from './editor-page'
import JSZip from 'jszip'

const run = promisify(execFile)

/** The numbered parts of a PPTX, e.g. every `ppt/slides/slideN.xml`. */
function parts(zip: JSZip, pattern: RegExp): string[] {
  return Object.keys(zip.files).filter((name) => pattern.test(name))
}

test.beforeEach(async ({ page }) => {
  await page.goto('/')
  await expect(page.locator('.reveal.ready')).toBeVisible()
})

test('exports the edited deck as PowerPoint: one slide per shown slide, the edited note in it', async ({
  page,
}) => {
  const note = 'Ghi chú xuất ra PowerPoint: nhắc hạn chót ngày 15.'
  await goToSlide(page, 3)
  await notesBox(page).fill(note)
  await page
    .getByTestId('slide-list')
    .locator('.slide-list__item')
    .nth(1)
    .getByRole('button', { name: 'Ẩn khi trình chiếu' })
    .click()
  await expect(deckSections(page).nth(1)).toHaveAttribute('data-hidden-slide', 'true')
  const total = await deckSections(page).count()
  const shown = total - 1

  await page.getByTestId('export').click()
  const dialog = page.getByRole('dialog', { name: 'Xuất bản trình chiếu' })
  await expect(dialog).toBeVisible()
  // PDF is the first choice in the browser too, made through the print dialog.
  await expect(dialog.getByRole('radio', { name: 'PDF' })).toBeChecked()
  await expect(dialog).toContainText('Lưu dưới dạng PDF')
  await expect(dialog).toContainText(`Xuất ${shown} trang như đang sửa; 1 trang đang ẩn được bỏ qua.`)
  await dialog.getByRole('radio', { name: 'PowerPoint (.pptx)' }).check()
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByTestId('export-start').click(),
  ])
  expect(download.suggestedFilename()).toBe('dong-nai-e-government-2020-02-12.pptx')
  await expect(dialog.getByTestId('export-status')).toHaveText(
    'Đã tải xuống “dong-nai-e-government-2020-02-12.pptx”.',
  )

  const path = await download.path()
  const bytes = await readFile(path)
  expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK')
  const zip = await JSZip.loadAsync(bytes)
  expect(parts(zip, /^ppt\/slides\/slide\d+\.xml$/)).toHaveLength(shown)
  const notes = await Promise.all(
    parts(zip, /^ppt\/notesSlides\/notesSlide\d+\.xml$/).map((name) => zip.file(name)?.async('string') ?? ''),
  )
  expect(notes.some((xml) => xml.includes(note))).toBe(true)

  // Esc closes the dialog once the export is done.
  await page.keyboard.press('Escape')
  await expect(dialog).toHaveCount(0)
})

test('exports a standalone HTML deck that shows the shown slides without any request', async ({
  page,
}, testInfo) => {
  await page.getByTestId('export').click()
  const dialog = page.getByRole('dialog', { name: 'Xuất bản trình chiếu' })
  await dialog.getByRole('radio', { name: /^HTML/ }).check()
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByTestId('export-start').click(),
  ])
  expect(download.suggestedFilename()).toBe('dong-nai-e-government-2020-02-12.html')
  const file = testInfo.outputPath('deck.html')
  await download.saveAs(file)
  const html = await readFile(file, 'utf8')
  const total = await deckSections(page).count()
  expect(html.match(/<section /g)).toHaveLength(total)
  // Fonts are inlined, nothing is fetched.
  expect(html).toContain('url(data:font/woff2;base64,')
  expect(html).not.toMatch(/url\(\.\/files\//)
  const viewer = await page.context().newPage()
  const requests: string[] = []
  viewer.on('request', (request) => void requests.push(request.url()))
  // A file, as the user opens it (reveal keeps the slide in the URL, which about:blank cannot hold).
  await viewer.goto(pathToFileURL(file).href)
  await expect(viewer.locator('.reveal.ready')).toBeVisible()
  expect(requests.filter((url) => !url.startsWith('data:') && !url.startsWith('file:'))).toEqual([])
  await viewer.close()
})

test('prints the edited deck through the browser: slide and notes pages, or a handout, in the bundled typeface', async ({
  page,
  context,
}, testInfo) => {
  const note = 'Ghi chú để in: nhắc hạn chót ngày 15.'
  // The screen may be dark; paper is always printed light.
  await page.getByTestId('theme').selectOption('dark')
  await goToSlide(page, 3)
  await notesBox(page).fill(note)
  const shown = await deckSections(page).count()
  // A print dialog would wait for a person: every page's print() only marks the page as printed.
  await context.addInitScript(() => {
    window.print = () => document.documentElement.setAttribute('data-printed', '')
  })

  async function printTo(
    mode: RegExp,
    file: string,
  ): Promise<{ pages: number; size: string; text: string; fonts: string }> {
    await page.getByTestId('export').click()
    const dialog = page.getByRole('dialog', { name: 'Xuất bản trình chiếu' })
    await dialog.getByRole('radio', { name: mode }).check()
    const paper = dialog.getByRole('combobox', { name: 'Khổ giấy' })
    if (await paper.isVisible()) await paper.selectOption('a4')
    const [tab] = await Promise.all([
      context.waitForEvent('page'),
      dialog.getByTestId('export-start').click(),
    ])
    await expect(dialog.getByTestId('export-status')).toContainText('Lưu dưới dạng PDF')
    // The deck title names the PDF the print dialog suggests; print() comes once the pages are laid out.
    await expect(tab).toHaveTitle(/chính phủ điện tử/)
    await expect(tab.locator('html')).toHaveAttribute('data-printed', '')
    if ((await tab.getByTestId('deck').count()) > 0)
      await expect(tab.getByTestId('deck')).toHaveAttribute('data-theme', 'light')
    const path = testInfo.outputPath(file)
    await writeFile(path, await tab.pdf({ preferCSSPageSize: true, printBackground: true }))
    await tab.close()
    await page.keyboard.press('Escape')
    const info = (await run('pdfinfo', [path])).stdout
    return {
      pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1]),
      size: /Page size:\s+([\d.]+ x [\d.]+)/.exec(info)?.[1] ?? '',
      text: (await run('pdftotext', ['-enc', 'UTF-8', path, '-'])).stdout.replace(/\s+/g, ' '),
      fonts: (await run('pdffonts', [path])).stdout,
    }
  }

  const withNotes = await printTo(/mỗi trang kèm một trang ghi chú/, 'notes.pdf')
  expect(withNotes.pages).toBe(2 * shown)
  expect(withNotes.size).toBe('960 x 540')
  expect(withNotes.text).toContain(note)
  expect(withNotes.fonts).toContain('BeVietnamPro')

  const handout = await printTo(/Tài liệu phát tay/, 'handout.pdf')
  expect(handout.pages).toBeGreaterThanOrEqual(shown)
  expect(handout.size).toMatch(/^59[45](\.\d+)? x 84[12]/)
  expect(handout.text).toContain(note)
})

test('a print tab the browser blocks gets a message saying to allow pop-ups, and nothing else happens', async ({
  page,
  context,
}) => {
  // What a pop-up blocker does: window.open gives nothing back.
  await page.evaluate(() => {
    window.open = () => null
  })
  const tabs: unknown[] = []
  context.on('page', (tab) => tabs.push(tab))
  await page.getByTestId('export').click()
  const dialog = page.getByRole('dialog', { name: 'Xuất bản trình chiếu' })
  await expect(dialog.getByRole('radio', { name: 'PDF' })).toBeChecked()
  await dialog.getByTestId('export-start').click()
  await expect(dialog.getByRole('alert')).toContainText('cho phép cửa sổ bật lên')
  await expect(dialog.getByTestId('export-start')).toBeEnabled()
  expect(tabs).toEqual([])
})
