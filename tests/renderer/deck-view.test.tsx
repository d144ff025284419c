import { act, render, waitFor } from '@testing-library/react'
import { StrictMode } from 'react'
import { describe, expect, it } from 'vitest'
import type { Deck } from '../../src/core/index'
import { DeckView } from '../../src/renderer/src/deck-view/deck-view'

function deckOf(...titles: string[]): Deck {
  return {
    title: titles[0] ?? '',
    slides: titles.map((title, index) => ({
      id: `directives-${index + 1}`,
      kind: 'directives',
      title,
      bullets: [
        { text: `<img src=x onerror="alert(1)"> ${title}`, source: { paragraph: 0, sentence: index } },
      ],
      figures: [],
      notes: `<script>alert("${title}")</script>`,
    })),
  }
}

async function settle(container?: HTMLElement): Promise<void> {
  // reveal initialises asynchronously; wait for it rather than for a fixed pause.
  if (container) {
    await waitFor(() => expect(container.querySelector('.reveal.ready')).not.toBeNull(), { timeout: 5000 })
  }
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 20))
  })
}

describe('DeckView', () => {
  it('owns one reveal instance that survives StrictMode', async () => {
    const { container } = render(
      <StrictMode>
        <DeckView deck={deckOf('Một', 'Hai')} deckKey="1" />
      </StrictMode>,
    )
    await settle(container)
    const reveal = container.querySelector('.reveal')
    expect(reveal?.classList.contains('ready')).toBe(true)
    // One set of controls: a second instance on the same element would add another.
    expect(container.querySelectorAll('.reveal > .controls')).toHaveLength(1)
    expect(container.querySelectorAll('section[data-slide-kind="directives"]')).toHaveLength(2)
  })

  it('shows article text as text, never as markup', async () => {
    const { container } = render(<DeckView deck={deckOf('Ba')} deckKey="1" />)
    await settle(container)
    expect(container.querySelector('img')).toBeNull()
    expect(container.querySelector('.bullet__text')?.textContent).toContain('<img src=x')
    const notes = container.querySelector('aside.notes')
    expect(notes?.querySelector('script')).toBeNull()
    expect(notes?.innerHTML).toContain('&lt;script&gt;')
  })

  it('replaces the slides when another deck is loaded', async () => {
    const { container, rerender } = render(<DeckView deck={deckOf('Một', 'Hai')} deckKey="1" />)
    await settle(container)
    rerender(<DeckView deck={deckOf('Bốn', 'Năm', 'Sáu')} deckKey="2" />)
    await settle()
    const titles = [...container.querySelectorAll('.slide__title')].map((element) => element.textContent)
    expect(titles).toEqual(['Bốn', 'Năm', 'Sáu'])
  })
})
