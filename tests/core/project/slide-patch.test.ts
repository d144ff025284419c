import { describe, expect, it } from 'vitest'
import {
  applyEdits,
  applySlidePatch,
  toRemoveBulletPatch,
  toSetBulletPatch,
  tryApplySlidePatch,
  type SlidePatch,
} from '../../../src/core/index'
import { present, sampleDeck, slideById } from './sample-deck'

describe('applying one edit', () => {
  it('sets notes and titles without touching the input deck', () => {
    const deck = sampleDeck()
    const before = structuredClone(deck)
    const edited = applyEdits(deck, [
      { type: 'set-notes', slideId: 'quote-1', text: 'Nhấn mạnh: làm ngay.\nDòng hai.' },
      { type: 'set-title', slideId: 'title-1', text: 'Họp chuyển đổi số' },
    ])
    expect(slideById(edited, 'quote-1').notes).toBe('Nhấn mạnh: làm ngay.\nDòng hai.')
    expect(slideById(edited, 'title-1').title).toBe('Họp chuyển đổi số')
    expect(deck).toEqual(before)
  })

  it('edits and removes bullets by index, keeping their label and source', () => {
    const deck = sampleDeck()
    const set = present(toSetBulletPatch(deck, 'directives-1', 1, 'Sở Tài chính bố trí đủ kinh phí.'))
    expect(set).toEqual({
      type: 'set-bullet',
      slideId: 'directives-1',
      bulletIndex: 1,
      text: 'Sở Tài chính bố trí đủ kinh phí.',
      anchor: { text: 'Sở Tài chính bố trí kinh phí.', source: { paragraph: 1, sentence: 1 } },
    })
    const edited = applySlidePatch(deck, set)
    expect(slideById(edited, 'directives-1').bullets[1]).toEqual({
      text: 'Sở Tài chính bố trí đủ kinh phí.',
      source: { paragraph: 1, sentence: 1 },
    })
    const removed = applySlidePatch(edited, present(toRemoveBulletPatch(edited, 'directives-1', 0)))
    expect(slideById(removed, 'directives-1').bullets.map((bullet) => bullet.text)).toEqual([
      'Sở Tài chính bố trí đủ kinh phí.',
      'Các huyện báo cáo trước 30-6.',
    ])
  })

  it('has no patch for a bullet that is not there', () => {
    expect(toSetBulletPatch(sampleDeck(), 'directives-1', 7, 'x')).toBeNull()
    expect(toRemoveBulletPatch(sampleDeck(), 'nope-1', 0)).toBeNull()
  })

  it('hides and shows a slide, leaving a shown slide as generated', () => {
    const deck = sampleDeck()
    const hidden = applySlidePatch(deck, { type: 'set-hidden', slideId: 'quote-1', hidden: true })
    expect(slideById(hidden, 'quote-1').hidden).toBe(true)
    const shown = applySlidePatch(hidden, { type: 'set-hidden', slideId: 'quote-1', hidden: false })
    expect(slideById(shown, 'quote-1')).toEqual(slideById(deck, 'quote-1'))
    expect('hidden' in slideById(shown, 'quote-1')).toBe(false)
  })

  it('moves a slide, clamping an index past either end', () => {
    const ids = (patch: SlidePatch): string[] => applySlidePatch(sampleDeck(), patch).slides.map((s) => s.id)
    expect(ids({ type: 'move-slide', slideId: 'quote-1', toIndex: 0 })).toEqual([
      'quote-1',
      'title-1',
      'directives-1',
      'source-1',
    ])
    expect(ids({ type: 'move-slide', slideId: 'title-1', toIndex: 99 })).toEqual([
      'directives-1',
      'quote-1',
      'source-1',
      'title-1',
    ])
    expect(ids({ type: 'move-slide', slideId: 'title-1', toIndex: -3 })[0]).toBe('title-1')
    expect(ids({ type: 'move-slide', slideId: 'title-1', toIndex: Number.NaN })[0]).toBe('title-1')
  })

  it('returns the same deck for a patch whose slide or bullet is missing, and says why', () => {
    const deck = sampleDeck()
    const missingSlide: SlidePatch = { type: 'set-notes', slideId: 'quote-9', text: 'ghi chú' }
    expect(applySlidePatch(deck, missingSlide)).toBe(deck)
    expect(tryApplySlidePatch(deck, missingSlide)).toMatchObject({ applied: false, reason: 'missing-slide' })
    const missingBullet: SlidePatch = {
      type: 'remove-bullet',
      slideId: 'directives-1',
      bulletIndex: 0,
      anchor: { text: 'Không còn trong bài.', source: { paragraph: 1, sentence: 0 } },
    }
    expect(applySlidePatch(deck, missingBullet)).toBe(deck)
    expect(tryApplySlidePatch(deck, missingBullet)).toMatchObject({
      applied: false,
      reason: 'missing-bullet',
    })
  })

  it('finds a bullet by its anchor when its index shifted, preferring the same source', () => {
    const deck = applySlidePatch(sampleDeck(), {
      type: 'set-bullet',
      slideId: 'directives-1',
      bulletIndex: 0,
      text: 'Các huyện báo cáo trước 30-6.',
      anchor: { text: 'Sở Nội vụ rà soát thủ tục.', source: { paragraph: 1, sentence: 0 } },
    })
    // Two bullets now read the same; the anchor's source tells them apart.
    const outcome = tryApplySlidePatch(deck, {
      type: 'set-bullet',
      slideId: 'directives-1',
      bulletIndex: 0,
      text: 'Các huyện báo cáo trước 15-6.',
      anchor: { text: 'Các huyện báo cáo trước 30-6.', source: { paragraph: 2, sentence: 0 } },
    })
    expect(outcome.applied).toBe(true)
    if (!outcome.applied) return
    expect(slideById(outcome.deck, 'directives-1').bullets.map((bullet) => bullet.text)).toEqual([
      'Các huyện báo cáo trước 30-6.',
      'Sở Tài chính bố trí kinh phí.',
      'Các huyện báo cáo trước 15-6.',
    ])
    expect(outcome.patch).toMatchObject({ bulletIndex: 2 })
  })

  it('never throws for odd input', () => {
    const deck = sampleDeck()
    const odd: SlidePatch[] = [
      {
        type: 'set-bullet',
        slideId: 'directives-1',
        bulletIndex: -1,
        text: 'x',
        anchor: { text: '', source: null },
      },
      {
        type: 'remove-bullet',
        slideId: 'directives-1',
        bulletIndex: 1.5,
        anchor: { text: 'y', source: null },
      },
      { type: 'move-slide', slideId: '', toIndex: Infinity },
    ]
    expect(applyEdits(deck, odd)).toBe(deck)
  })
})
