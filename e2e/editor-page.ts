import { expect, type Page } from '@playwright/test'

/** The editor's deck sections (the slide list's thumbnails hold sections too). */
export const deckSections = (page: Page) => page.locator('[data-testid="deck"] .slides > section')

/** The speaker notes box of the current slide, found by its accessible name as a user would. */
export const notesBox = (page: Page) => page.getByRole('textbox', { name: 'Ghi chú' })

/** Goes to slide `number` (1-based) through the slide list and waits for the counter to say so. */
export async function goToSlide(page: Page, number: number): Promise<void> {
  await page
    .getByTestId('slide-list')
    .locator('.slide-list__item')
    .nth(number - 1)
    .click()
  await expect(page.getByTestId('slide-counter')).toHaveText(new RegExp(`^Trang ${number} /`))
}
