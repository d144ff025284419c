import { expect, test, type Page } from '@playwright/test'

/** The kinds of the editor's slides, in order, read before the show starts. */
const slideKinds = (page: Page) =>
  page
    .locator('[data-testid="deck"] .slides > section')
    .evaluateAll((sections) => sections.map((s) => s.getAttribute('data-slide-kind') ?? ''))

const slideNotes = (page: Page) =>
  page.locator('[data-testid="deck"] .slides > section > aside.notes').allTextContents()

/** Starts the show with `start` and returns the presenter window it opened. */
async function startPresenting(page: Page, start: () => Promise<void>): Promise<Page> {
  const popup = page.waitForEvent('popup')
  await start()
  const presenter = await popup
  await expect(presenter.getByTestId('presenter')).toBeVisible()
  await expect(page.getByTestId('audience')).toBeVisible()
  return presenter
}

/** Presses a key that closes `page`; the key-up then has no page to go to, which is the point. */
async function pressAndWaitForClose(page: Page, key: string): Promise<void> {
  const closed = page.waitForEvent('close')
  await page.keyboard.press(key).catch((error: unknown) => {
    if (!page.isClosed()) throw error
  })
  await closed
}

const audienceSlide = (page: Page) => page.locator('[data-testid="audience"] section.present')

test.beforeEach(async ({ page }) => {
  await page.goto('/')
  await expect(page.locator('.reveal.ready')).toBeVisible()
})

test('presenting opens a presenter window that drives the audience view', async ({ page }) => {
  const kinds = await slideKinds(page)
  const notes = await slideNotes(page)
  const total = kinds.length
  expect(total).toBeGreaterThan(3)

  const presenter = await startPresenting(page, () => page.getByTestId('present').click())
  expect(new URL(presenter.url()).searchParams.get('view')).toBe('presenter')

  // Both windows start on slide 1; the presenter shows its notes and the slide after it.
  await expect(audienceSlide(page)).toHaveAttribute('data-slide-kind', 'title')
  await expect(page.getByTestId('slide-counter')).toHaveText(`Trang 1 / ${total}`)
  await expect(presenter.getByTestId('slide-counter')).toHaveText(`Trang 1 / ${total}`)
  expect(notes[0]).toBeTruthy()
  await expect(presenter.getByTestId('presenter-notes')).toHaveText(notes[0] ?? '')
  await expect(presenter.locator('[data-testid="presenter-current"] section')).toHaveAttribute(
    'data-slide-kind',
    'title',
  )
  await expect(presenter.locator('[data-testid="presenter-next"] section')).toHaveAttribute(
    'data-slide-kind',
    kinds[1] ?? '',
  )
  await expect(presenter.getByTestId('presenter-next').locator('.slide__title')).toHaveText('Sự kiện')
  await expect(presenter.getByTestId('presenter-elapsed')).toHaveText(/^\d+:\d\d$/)
  await expect(presenter.getByTestId('presenter-clock')).toHaveText(/\d\d:\d\d/)

  // ArrowRight in the presenter window moves the audience, and both counters follow.
  await presenter.keyboard.press('ArrowRight')
  await expect(audienceSlide(page)).toHaveAttribute('data-slide-kind', kinds[1] ?? '')
  await expect(page.getByTestId('slide-counter')).toHaveText(`Trang 2 / ${total}`)
  await expect(presenter.getByTestId('slide-counter')).toHaveText(`Trang 2 / ${total}`)
  await expect(presenter.getByTestId('presenter-notes')).toHaveText(notes[1] ?? '')

  // A number then Enter jumps.
  await presenter.keyboard.press('3')
  await expect(presenter.getByTestId('presenter-status')).toContainText('3')
  await presenter.keyboard.press('Enter')
  await expect(audienceSlide(page)).toHaveAttribute('data-slide-kind', kinds[2] ?? '')
  await expect(page.getByTestId('slide-counter')).toHaveText(`Trang 3 / ${total}`)
  await expect(presenter.getByTestId('slide-counter')).toHaveText(`Trang 3 / ${total}`)

  // B blacks out the audience; a navigation key brings the same slide back without skipping it.
  await presenter.keyboard.press('b')
  await expect(page.getByTestId('audience-blank')).toHaveClass(/audience__blank--black/)
  await expect(presenter.getByTestId('presenter-status')).toContainText('đen')
  await presenter.keyboard.press('ArrowRight')
  await expect(page.getByTestId('audience-blank')).toHaveCount(0)
  await expect(audienceSlide(page)).toHaveAttribute('data-slide-kind', kinds[2] ?? '')
  await expect(presenter.getByTestId('slide-counter')).toHaveText(`Trang 3 / ${total}`)

  // End shows "end of presentation" instead of a next slide.
  await presenter.keyboard.press('End')
  await expect(audienceSlide(page)).toHaveAttribute('data-slide-kind', 'source')
  await expect(presenter.getByTestId('presenter-next-end')).toHaveText('Hết bài trình chiếu')

  // Esc ends: the presenter window closes and the editor comes back on the slide the show ended on.
  await pressAndWaitForClose(presenter, 'Escape')
  await expect(page.getByTestId('audience')).toHaveCount(0)
  await expect(page.getByTestId('present')).toBeVisible()
  await expect(page.getByTestId('slide-counter')).toHaveText(`Trang ${total} / ${total}`)
})

test('keys in the audience view move the presenter view too; W whites out, O shows the overview', async ({
  page,
}) => {
  const kinds = await slideKinds(page)
  const total = kinds.length
  const presenter = await startPresenting(page, () => page.keyboard.press('F5'))

  await page.keyboard.press('ArrowRight')
  await page.keyboard.press('ArrowRight')
  await expect(audienceSlide(page)).toHaveAttribute('data-slide-kind', kinds[2] ?? '')
  await expect(presenter.getByTestId('slide-counter')).toHaveText(`Trang 3 / ${total}`)
  await page.keyboard.press('ArrowLeft')
  await expect(presenter.getByTestId('slide-counter')).toHaveText(`Trang 2 / ${total}`)

  await page.keyboard.press('w')
  await expect(page.getByTestId('audience-blank')).toHaveClass(/audience__blank--white/)
  await page.keyboard.press('w')
  await expect(page.getByTestId('audience-blank')).toHaveCount(0)

  await page.keyboard.press('o')
  await expect(page.locator('[data-testid="audience"] .reveal')).toHaveClass(/\boverview\b/)
  await expect(presenter.getByTestId('presenter-status')).toBeVisible()
  await page.keyboard.press('o')
  await expect(page.locator('[data-testid="audience"] .reveal')).not.toHaveClass(/\boverview\b/)

  // Esc in the audience view ends the show and closes the presenter window as well.
  const closed = presenter.waitForEvent('close')
  await page.keyboard.press('Escape')
  await closed
  await expect(page.getByTestId('audience')).toHaveCount(0)
})

test('Shift+F5 presents from the current slide', async ({ page }) => {
  const kinds = await slideKinds(page)
  await page.getByTestId('deck').click()
  await page.keyboard.press('ArrowRight')
  await page.keyboard.press('ArrowRight')
  await expect(page.getByTestId('slide-counter')).toHaveText(/^Trang 3 \//)

  const presenter = await startPresenting(page, () => page.keyboard.press('Shift+F5'))
  await expect(audienceSlide(page)).toHaveAttribute('data-slide-kind', kinds[2] ?? '')
  await expect(presenter.getByTestId('slide-counter')).toHaveText(`Trang 3 / ${kinds.length}`)
  await expect(presenter.locator('[data-testid="presenter-current"] section')).toHaveAttribute(
    'data-slide-kind',
    kinds[2] ?? '',
  )
})

test('A+ makes the notes larger and the size is remembered', async ({ page }) => {
  const presenter = await startPresenting(page, () => page.getByTestId('present').click())
  const notes = presenter.getByTestId('presenter-notes')
  const before = await notes.evaluate((element) => parseFloat(getComputedStyle(element).fontSize))
  await presenter.getByTestId('notes-larger').click()
  await expect
    .poll(() => notes.evaluate((element) => parseFloat(getComputedStyle(element).fontSize)))
    .toBeGreaterThan(before)
  const stored = await presenter.evaluate(() =>
    window.localStorage.getItem('briefdeck.presenter.notesFontSize'),
  )
  expect(Number(stored)).toBeGreaterThan(before)
  // The button keeps no focus: Space still advances the show.
  await presenter.keyboard.press(' ')
  await expect(presenter.getByTestId('slide-counter')).toHaveText(/^Trang 2 \//)
})

test('the presenter view speaks English when the app does', async ({ page }) => {
  await page.getByTestId('language').selectOption('en')
  const total = (await slideKinds(page)).length
  const presenter = await startPresenting(page, () => page.getByTestId('present').click())
  await expect(presenter.getByTestId('slide-counter')).toHaveText(`Slide 1 / ${total}`)
  await expect(presenter.getByRole('region', { name: 'Next slide' })).toBeVisible()
  await expect(page.getByTestId('slide-counter')).toHaveText(`Slide 1 / ${total}`)
})

test('notes rewritten in the presenter window reach the deck and stay after the show', async ({ page }) => {
  const presenter = await startPresenting(page, () => page.getByTestId('present').click())
  await presenter.keyboard.press('ArrowRight')
  await expect(audienceSlide(page)).toHaveAttribute('data-slide-kind', 'event')
  await presenter.getByTestId('presenter-edit-notes').click()
  const editor = presenter.getByTestId('presenter-notes-editor')
  await editor.fill('Giới thiệu thành phần tham dự trước.')
  // Typing does not move the show.
  await expect(audienceSlide(page)).toHaveAttribute('data-slide-kind', 'event')
  await expect(page.locator('[data-testid="audience"] section.present aside.notes')).toHaveText(
    'Giới thiệu thành phần tham dự trước.',
  )
  await presenter.getByTestId('presenter-edit-notes').click()
  await expect(presenter.getByTestId('presenter-notes')).toHaveText('Giới thiệu thành phần tham dự trước.')
  // Esc ends the show and closes the presenter window under the key press.
  await Promise.all([
    presenter.waitForEvent('close'),
    presenter.keyboard.press('Escape').catch(() => undefined),
  ])
  await expect(page.getByTestId('slide-list')).toBeVisible()
  await page.getByTestId('slide-list').locator('.slide-list__item').nth(1).click()
  await expect(page.getByRole('textbox', { name: 'Ghi chú' })).toHaveValue(
    'Giới thiệu thành phần tham dự trước.',
  )
})
