import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  applyEdits,
  buildBriefingFromText,
  compactEdits,
  regenerateDeck,
  toRemoveBulletPatch,
  toSetBulletPatch,
  type SlidePatch,
} from '../../../src/core/index'
import { SEED_PATH } from '../../shared-folder'
import { deckArbitrary, patchArbitrary } from './arbitraries'
import { present, regeneratedDeck, sampleDeck, slideById } from './sample-deck'

/** What a user did on the first deck: each patch made against the deck on screen at that moment. */
function userEdits(): SlidePatch[] {
  const edits: SlidePatch[] = []
  const push = (patch: SlidePatch | null): void => {
    if (!patch) throw new Error('no such bullet')
    edits.push(patch)
  }
  const shown = () => applyEdits(sampleDeck(), edits)
  push({ type: 'set-notes', slideId: 'directives-1', text: 'Ghi chú của tôi cho phần chỉ đạo.' })
  push(toSetBulletPatch(shown(), 'directives-1', 0, 'Sở Nội vụ rà soát thủ tục trong tháng 5.'))
  push(toRemoveBulletPatch(shown(), 'directives-1', 1))
  push({ type: 'set-notes', slideId: 'quote-1', text: 'Câu này phải đọc chậm.\nNhấn mạnh “ngay”.' })
  push({ type: 'set-hidden', slideId: 'source-1', hidden: true })
  push({ type: 'move-slide', slideId: 'source-1', toIndex: 1 })
  return edits
}

describe('regenerating a deck with the user edits', () => {
  it('re-applies every edit to a deck rebuilt from the same article', () => {
    const edits = userEdits()
    const result = regenerateDeck(sampleDeck(), edits)
    expect(result.detached).toEqual([])
    expect(result.applied).toEqual(edits)
    expect(result.deck).toEqual(applyEdits(sampleDeck(), edits))
  })

  it('finds bullets by anchor when indices shifted and detaches edits whose slide is gone', () => {
    const edits = userEdits()
    const result = regenerateDeck(regeneratedDeck(), edits)
    const directives = slideById(result.deck, 'directives-1')
    expect(directives.notes).toBe('Ghi chú của tôi cho phần chỉ đạo.')
    // A directive was inserted first: the edited bullet moved from index 0 to 1, the removed one from 1 to 2.
    expect(directives.bullets.map((bullet) => bullet.text)).toEqual([
      'Sở Công thương lập kế hoạch.',
      'Sở Nội vụ rà soát thủ tục trong tháng 5.',
      'Các huyện báo cáo trước 30-6.',
    ])
    expect(directives.bullets[1]?.source).toEqual({ paragraph: 1, sentence: 1 })
    expect(result.applied.find((patch) => patch.type === 'set-bullet')).toMatchObject({
      bulletIndex: 1,
      anchor: { text: 'Sở Nội vụ rà soát thủ tục.', source: { paragraph: 1, sentence: 1 } },
    })
    // The quote slide is gone: its notes are detached, whole.
    expect(result.detached).toEqual([
      {
        patch: { type: 'set-notes', slideId: 'quote-1', text: 'Câu này phải đọc chậm.\nNhấn mạnh “ngay”.' },
        reason: 'missing-slide',
      },
    ])
    expect(result.detached[0]?.patch).toBe(edits[3])
    expect(result.deck.slides.map((slide) => [slide.id, slide.hidden ?? false])).toEqual([
      ['title-1', false],
      ['source-1', true],
      ['directives-1', false],
    ])
  })

  it('detaches a bullet edit whose wording changed instead of writing over new article text', () => {
    const edits = userEdits()
    const changed = regeneratedDeck()
    const slides = changed.slides.map((slide) =>
      slide.id !== 'directives-1'
        ? slide
        : {
            ...slide,
            bullets: slide.bullets.map((bullet, index) =>
              index === 1 ? { ...bullet, text: 'Sở Nội vụ rà soát toàn bộ thủ tục.' } : bullet,
            ),
          },
    )
    const result = regenerateDeck({ ...changed, slides }, edits)
    expect(result.detached.map(({ patch, reason }) => [patch.type, reason])).toEqual([
      ['set-bullet', 'missing-bullet'],
      ['set-notes', 'missing-slide'],
    ])
    expect(slideById(result.deck, 'directives-1').bullets[1]?.text).toBe('Sở Nội vụ rà soát toàn bộ thủ tục.')
  })

  it('keeps detached edits in the edits to store, so they come back with their slide', () => {
    const first = regenerateDeck(regeneratedDeck(), userEdits())
    expect(applyEdits(regeneratedDeck(), first.edits)).toEqual(first.deck)
    const back = regenerateDeck(sampleDeck(), first.edits)
    expect(slideById(back.deck, 'quote-1').notes).toBe('Câu này phải đọc chậm.\nNhấn mạnh “ngay”.')
    expect(back.detached).toEqual([])
  })

  it('keeps every edit of a real article across a rebuild', () => {
    const text = readFileSync(SEED_PATH, 'utf8')
    const deck = buildBriefingFromText(text, 'seed.txt').deck
    const edits: SlidePatch[] = deck.slides.map((slide) => ({
      type: 'set-notes',
      slideId: slide.id,
      text: `Ghi chú ${slide.id}`,
    }))
    const firstBullet = deck.slides.find((slide) => slide.bullets.length > 0)
    if (firstBullet) edits.push(present(toSetBulletPatch(deck, firstBullet.id, 0, 'Sửa tay.')))
    const result = regenerateDeck(buildBriefingFromText(text, 'seed.txt').deck, edits)
    expect(result.detached).toEqual([])
    expect(result.deck).toEqual(applyEdits(deck, edits))
  })
})

describe('compacting edits', () => {
  it('drops only notes, title and hidden edits a later one replaces', () => {
    const edits: SlidePatch[] = [
      { type: 'set-notes', slideId: 'a-1', text: '1' },
      { type: 'move-slide', slideId: 'a-1', toIndex: 0 },
      { type: 'set-notes', slideId: 'a-1', text: '2' },
      { type: 'set-title', slideId: 'a-1', text: 't' },
      { type: 'move-slide', slideId: 'a-1', toIndex: 2 },
    ]
    expect(compactEdits(edits)).toEqual([edits[1], edits[2], edits[3], edits[4]])
  })

  it('applies exactly like the full list on any deck', () => {
    fc.assert(
      fc.property(deckArbitrary, fc.array(patchArbitrary, { maxLength: 30 }), (deck, edits) => {
        expect(applyEdits(deck, compactEdits(edits))).toEqual(applyEdits(deck, edits))
      }),
      { numRuns: 300 },
    )
  })
})
