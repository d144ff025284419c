import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { expect, test } from '@playwright/test'
import { deckSections, goToSlide, notesBox } from './editor-page'

test.beforeEach(async ({ page }) => {
  await page.goto('/')
  await expect(page.locator('.reveal.ready')).toBeVisible()
})

test('a note typed on slide 3 is in the deck at once and still there after a reload', async ({ page }) => {
  await goToSlide(page, 3)
  const note = 'Nhấn mạnh thời hạn: báo cáo trước ngày 15.'
  await notesBox(page).fill(note)
  await expect(deckSections(page).nth(2).locator('aside.notes')).toHaveText(note)
  // Autosave runs within a second of the last keystroke.
  await page.waitForTimeout(1200)
  await page.reload()
  await expect(page.locator('.reveal.ready')).toBeVisible()
  await expect(page.getByTestId('restored')).toBeVisible()
  await goToSlide(page, 3)
  await expect(notesBox(page)).toHaveValue(note)
})

test('Ctrl+Z undoes the last edit and Ctrl+Y redoes it', async ({ page }) => {
  await goToSlide(page, 2)
  const original = await notesBox(page).inputValue()
  const title = page.getByTestId('slide-title-input')
  await title.fill('Hội nghị trực tuyến')
  await expect(deckSections(page).nth(1).locator('.slide__title')).toHaveText('Hội nghị trực tuyến')
  await page.waitForTimeout(1100)
  await notesBox(page).fill('Ghi chú mới')
  await page.keyboard.press('Control+z')
  await expect(notesBox(page)).toHaveValue(original)
  await expect(title).toHaveValue('Hội nghị trực tuyến')
  await page.keyboard.press('Control+z')
  await expect(title).toHaveValue('Sự kiện')
  await page.keyboard.press('Control+y')
  await expect(title).toHaveValue('Hội nghị trực tuyến')
  await page.keyboard.press('Control+Shift+z')
  await expect(notesBox(page)).toHaveValue('Ghi chú mới')
})

test('slides can be hidden from the show and moved', async ({ page }) => {
  const kindsBefore = await deckSections(page).evaluateAll((all) =>
    all.map((s) => s.getAttribute('data-slide-kind')),
  )
  const list = page.getByTestId('slide-list')
  await list.locator('.slide-list__item').nth(1).getByRole('button', { name: 'Ẩn khi trình chiếu' }).click()
  await expect(deckSections(page).nth(1)).toHaveAttribute('data-hidden-slide', 'true')
  await list.locator('.slide-list__item').nth(2).getByRole('button', { name: 'Chuyển lên' }).click()
  const kindsAfter = await deckSections(page).evaluateAll((all) =>
    all.map((s) => s.getAttribute('data-slide-kind')),
  )
  expect(kindsAfter[1]).toBe(kindsBefore[2])
  expect(kindsAfter[2]).toBe(kindsBefore[1])
  // Alt+↓ on a focused thumbnail moves it back down.
  await list.locator('.slide-list__item').nth(1).focus()
  await page.keyboard.press('Alt+ArrowDown')
  expect(
    await deckSections(page).evaluateAll((all) => all.map((s) => s.getAttribute('data-slide-kind'))),
  ).toEqual(kindsBefore)
})

test('a project file saves the edits and opens again', async ({ page }) => {
  await goToSlide(page, 3)
  await notesBox(page).fill('Ghi chú cho cuộc họp chiều nay')
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('download-project').click(),
  ])
  expect(download.suggestedFilename()).toBe('dong-nai-e-government-2020-02-12.briefdeck.json')
  const path = await download.path()
  await notesBox(page).fill('thay đổi chưa lưu')
  await page.getByTestId('file-input').setInputFiles({
    name: 'dong-nai-e-government-2020-02-12.briefdeck.json',
    mimeType: 'application/json',
    buffer: await import('node:fs/promises').then((fs) => fs.readFile(path)),
  })
  await goToSlide(page, 3)
  await expect(notesBox(page)).toHaveValue('Ghi chú cho cuộc họp chiều nay')
})

test('a corrupt project file shows a message and the open deck is kept', async ({ page }) => {
  await goToSlide(page, 3)
  await notesBox(page).fill('Không được mất')
  await page.getByTestId('file-input').setInputFiles({
    name: 'hong.briefdeck.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"format":"briefdeck-project","version":1,"id":"x","art'),
  })
  await expect(page.getByRole('alert')).toContainText('Không mở được tệp')
  await expect(notesBox(page)).toHaveValue('Không được mất')
})

test('updating from a changed article keeps edits and lists the ones whose slide is gone', async ({
  page,
}) => {
  const seed = readFileSync(
    resolve(__dirname, '../resources/seed/dong-nai-e-government-2020-02-12.txt'),
    'utf8',
  )
  const kinds = await deckSections(page).evaluateAll((all) =>
    all.map((s) => s.getAttribute('data-slide-kind')),
  )
  await goToSlide(page, kinds.indexOf('directives') + 1)
  await notesBox(page).fill('Ghi chú cho phần chỉ đạo')
  await goToSlide(page, kinds.indexOf('quote') + 1)
  await notesBox(page).fill('Ghi chú cho trích dẫn')

  // The new version of the article has no quotation any more.
  const changed = seed.replace(/Thủ tướng nhấn mạnh: “[^”]*”\./, '')
  expect(changed).not.toBe(seed)
  await page.getByTestId('regenerate-input').setInputFiles({
    name: 'dong-nai-e-government-2020-02-12.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from(changed, 'utf8'),
  })
  await expect(page.getByTestId('detached-notes')).toContainText('Ghi chú cho trích dẫn')
  const newKinds = await deckSections(page).evaluateAll((all) =>
    all.map((s) => s.getAttribute('data-slide-kind')),
  )
  expect(newKinds).not.toContain('quote')
  await goToSlide(page, newKinds.indexOf('directives') + 1)
  await expect(notesBox(page)).toHaveValue('Ghi chú cho phần chỉ đạo')
})
