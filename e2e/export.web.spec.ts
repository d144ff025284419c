import { readFile } from 'node:fs/promises'
import { pathToFileURL } from 'node:url'
import { expect, test } from '@playwright/test'
import { deckSections, goToSlide, notesBox } from './editor-page'
import JSZip from 'jszip'

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
  // The browser host builds PowerPoint and HTML itself and says where PDFs come from.
  await expect(dialog.getByRole('radio', { name: 'PDF' })).toHaveCount(0)
  await expect(dialog).toContainText('briefdeck export --pdf')
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
