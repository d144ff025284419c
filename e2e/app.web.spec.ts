import { resolve } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { HAS_SHARED, NO_SHARED_REASON, SHARED_DIR } from './shared-folder'

const slideKinds = (page: Page) =>
  page
    .locator('[data-testid="deck"] .slides > section')
    .evaluateAll((sections) => sections.map((s) => s.getAttribute('data-slide-kind')))

const slideTitles = (page: Page) =>
  page.locator('[data-testid="deck"] .slides > section .slide__title').allTextContents()

test.beforeEach(async ({ page }) => {
  await page.goto('/')
  await expect(page.locator('.reveal.ready')).toBeVisible()
})

test('opens on the seed article as a deck with its expected slides', async ({ page }) => {
  const kinds = await slideKinds(page)
  for (const kind of ['title', 'event', 'directives', 'statistics', 'quote', 'source'])
    expect(kinds).toContain(kind)
  expect(kinds[0]).toBe('title')
  expect(kinds.indexOf('event')).toBeLessThan(kinds.indexOf('directives'))
  expect(kinds.indexOf('directives')).toBeLessThan(kinds.indexOf('statistics'))
  expect(kinds.at(-1)).toBe('source')

  const titles = await slideTitles(page)
  expect(titles).toEqual(
    expect.arrayContaining(['Sự kiện', 'Chỉ đạo', 'Số liệu chính', 'Trích dẫn', 'Nguồn']),
  )
  await expect(page.locator('[data-testid="deck"] section[data-slide-kind="event"]')).toContainText(
    'Nguyễn Xuân Phúc',
  )
  await expect(
    page.locator('[data-testid="deck"] section[data-slide-kind="statistics"]').first(),
  ).toContainText('1.200 tỷ đồng')
  await expect(page.getByTestId('file-name')).toHaveText('dong-nai-e-government-2020-02-12.txt')
})

test('the title slide is set in the bundled Vietnamese typeface', async ({ page }) => {
  const title = page.locator('[data-testid="deck"] section[data-slide-kind="title"] h1')
  await expect(title).toBeVisible()
  const fontFamily = await title.evaluate((element) => getComputedStyle(element).fontFamily)
  expect(fontFamily).toContain('Be Vietnam Pro')
  const loaded = await page.evaluate(async () => {
    await document.fonts.ready
    return document.fonts.check('700 52px "Be Vietnam Pro"', 'Thủ tướng Nguyễn Xuân Phúc chủ trì hội nghị')
  })
  expect(loaded).toBe(true)
})

test('arrow keys move through the slides and the counter follows', async ({ page }) => {
  const total = (await slideKinds(page)).length
  await expect(page.getByTestId('slide-counter')).toHaveText(`Trang 1 / ${total}`)
  await page.getByTestId('deck').click()
  await page.keyboard.press('ArrowRight')
  await expect(page.getByTestId('slide-counter')).toHaveText(`Trang 2 / ${total}`)
  await expect(page.locator('section.present')).toHaveAttribute('data-slide-kind', 'event')
  await page.keyboard.press('End')
  await expect(page.locator('section.present')).toHaveAttribute('data-slide-kind', 'source')
})

test('a file that is not text shows a readable message and keeps the deck', async ({ page }) => {
  const before = await slideTitles(page)
  const png = Buffer.from([
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52,
  ])
  await page
    .getByTestId('file-input')
    .setInputFiles({ name: 'photo.png', mimeType: 'image/png', buffer: png })
  await expect(page.getByRole('alert')).toContainText('Không mở được tệp')
  expect(await slideTitles(page)).toEqual(before)
})

test('the interface speaks English when asked', async ({ page }) => {
  await page.getByTestId('language').selectOption('en')
  await expect(page.getByTestId('open-file')).toHaveText('Open article…')
  await page.reload()
  await expect(page.getByTestId('open-file')).toHaveText('Open article…')
})

test.describe('corpus articles', () => {
  test.skip(!HAS_SHARED, NO_SHARED_REASON)

  test('opening another article replaces the deck', async ({ page }) => {
    const seedTitle = await page
      .locator('[data-testid="deck"] section[data-slide-kind="title"] h1')
      .textContent()
    await page.getByTestId('deck').click()
    await page.keyboard.press('ArrowRight')
    await page.getByTestId('file-input').setInputFiles(resolve(SHARED_DIR, 'corpus/002.txt'))
    await expect(page.getByTestId('file-name')).toHaveText('002.txt')
    const title = page.locator('[data-testid="deck"] section[data-slide-kind="title"] h1')
    await expect(title).not.toHaveText(seedTitle ?? '')
    await expect(page.locator('[data-testid="deck"] section[data-slide-kind]')).not.toHaveCount(0)
    await expect(page.getByTestId('slide-counter')).toHaveText(/^Trang 1 \//)
    await expect(page.locator('section.present')).toHaveAttribute('data-slide-kind', 'title')
  })
})

test('selecting a bullet shows its source sentence in the article pane', async ({ page }) => {
  await page.getByTestId('deck').click()
  await page.keyboard.press('ArrowRight')
  await page.keyboard.press('ArrowRight')
  await expect(page.locator('section.present')).toHaveAttribute('data-slide-kind', 'directives')
  const bullet = page.locator('section.present li.bullet').first()
  const address = await bullet.getAttribute('data-source')
  await bullet.click()
  await expect(bullet).toHaveClass(/is-selected/)
  const highlighted = page.locator(`.article-pane [data-sentence="${address}"]`)
  await expect(highlighted).toHaveClass(/is-selected/)
  const sentence = (await highlighted.textContent())?.trim() ?? ''
  await expect(page.getByTestId('source-sentence')).toHaveText(sentence)
  // The bullet's words come from that very sentence.
  const bulletText = (await bullet.locator('.bullet__text').textContent()) ?? ''
  expect(sentence).toContain(bulletText.split(' ').slice(0, 4).join(' '))
})

test('the deck switches to the dark theme and keeps it', async ({ page }) => {
  await page.getByTestId('theme').selectOption('dark')
  await expect(page.getByTestId('deck')).toHaveAttribute('data-theme', 'dark')
  await page.reload()
  await expect(page.getByTestId('deck')).toHaveAttribute('data-theme', 'dark')
})
