import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  applyEdits,
  createHistory,
  createProject,
  currentEdits,
  parseProject,
  pushEdit,
  redo,
  regenerateDeck,
  serializeProject,
  toRemoveBulletPatch,
  toSetBulletPatch,
  undo,
  type Deck,
  type EditHistory,
  type SlidePatch,
} from '../../../src/core/index'
import { deckArbitrary, userActionArbitrary, type UserAction } from './arbitraries'

/** Plays user actions on the deck on screen, as the editor would, with times that sometimes coalesce. */
function playActions(deck: Deck, actions: readonly { action: UserAction; gap: number }[]): EditHistory {
  let history = createHistory()
  let at = 0
  for (const { action, gap } of actions) {
    at += gap
    const shown = applyEdits(deck, currentEdits(history))
    if (action.kind === 'undo') {
      history = undo(history)
      continue
    }
    if (action.kind === 'redo') {
      history = redo(history)
      continue
    }
    const slide = shown.slides[action.slide % Math.max(1, shown.slides.length)]
    if (!slide) continue
    const bulletIndex = 'bullet' in action ? action.bullet % Math.max(1, slide.bullets.length) : 0
    const patch: SlidePatch | null =
      action.kind === 'notes'
        ? { type: 'set-notes', slideId: slide.id, text: action.text }
        : action.kind === 'title'
          ? { type: 'set-title', slideId: slide.id, text: action.text }
          : action.kind === 'bullet'
            ? toSetBulletPatch(shown, slide.id, bulletIndex, action.text)
            : action.kind === 'remove'
              ? toRemoveBulletPatch(shown, slide.id, bulletIndex)
              : action.kind === 'hide'
                ? { type: 'set-hidden', slideId: slide.id, hidden: action.hidden }
                : { type: 'move-slide', slideId: slide.id, toIndex: action.to }
    if (patch) history = pushEdit(history, patch, { at })
  }
  return history
}

/** A rebuilt deck: some slides gone, bullets inserted, reordered or reworded, new slides from another deck. */
function rebuiltDeckArbitrary(deck: Deck): fc.Arbitrary<Deck> {
  return fc
    .record({
      keep: fc.array(fc.boolean(), { minLength: deck.slides.length, maxLength: deck.slides.length }),
      reverseBullets: fc.boolean(),
      insert: fc.boolean(),
      reword: fc.nat(6),
      extra: deckArbitrary,
    })
    .map(({ keep, reverseBullets, insert, reword, extra }) => {
      const kept = deck.slides
        .filter((_slide, index) => keep[index])
        .map((slide) => {
          let bullets = reverseBullets ? [...slide.bullets].reverse() : [...slide.bullets]
          if (insert) bullets = [{ text: 'Mới.', source: null }, ...bullets]
          bullets = bullets.map((bullet, index) =>
            index === reword ? { ...bullet, text: `${bullet.text} (sửa)` } : bullet,
          )
          return { ...slide, bullets }
        })
      const ids = new Set(kept.map((slide) => slide.id))
      return { ...deck, slides: [...kept, ...extra.slides.filter((slide) => !ids.has(slide.id))] }
    })
}

const scenario = deckArbitrary.chain((deck) =>
  fc.record({
    deck: fc.constant(deck),
    actions: fc.array(fc.record({ action: userActionArbitrary, gap: fc.constantFrom(10, 300, 5000) }), {
      maxLength: 40,
    }),
    rebuilt: rebuiltDeckArbitrary(deck),
    rebuiltAgain: rebuiltDeckArbitrary(deck),
  }),
)

/** The last notes text the user left on each slide id: what must never be lost. */
function lastNotesBySlide(edits: readonly SlidePatch[]): Map<string, string> {
  const notes = new Map<string, string>()
  for (const patch of edits) if (patch.type === 'set-notes') notes.set(patch.slideId, patch.text)
  return notes
}

function throughProjectFile(deck: Deck, edits: readonly SlidePatch[]): readonly SlidePatch[] {
  const project = { ...createProject({ id: 'p', fileName: null, text: 'bài', deck }), edits }
  const parsed = parseProject(serializeProject(project))
  if (!parsed.ok) throw new Error(parsed.error.code)
  return parsed.value.edits
}

describe('no typed word is lost', () => {
  it('every notes text survives any edits, undo/redo, a save and a regenerate: applied or detached, byte-identical', () => {
    fc.assert(
      fc.property(scenario, ({ deck, actions, rebuilt }) => {
        const edits = throughProjectFile(deck, currentEdits(playActions(deck, actions)))
        const result = regenerateDeck(rebuilt, edits)
        for (const [slideId, text] of lastNotesBySlide(edits)) {
          const onSlide = result.deck.slides.find((slide) => slide.id === slideId)?.notes === text
          const detached = result.detached.some(
            ({ patch }) => patch.type === 'set-notes' && patch.slideId === slideId && patch.text === text,
          )
          expect(onSlide || detached, `notes of ${slideId}`).toBe(true)
        }
      }),
      { numRuns: 400 },
    )
  })

  it('every bullet text the user typed is on the rebuilt deck or detached', () => {
    fc.assert(
      fc.property(scenario, ({ deck, actions, rebuilt }) => {
        const edits = currentEdits(playActions(deck, actions))
        const result = regenerateDeck(rebuilt, edits)
        for (const patch of edits) {
          if (patch.type !== 'set-bullet') continue
          const kept =
            result.applied.some((item) => item.type === 'set-bullet' && item.text === patch.text) ||
            result.detached.some(({ patch: item }) => item === patch)
          expect(kept).toBe(true)
        }
      }),
      { numRuns: 300 },
    )
  })

  it('a rebuild from the same article gives back the deck on screen with nothing detached', () => {
    fc.assert(
      fc.property(scenario, ({ deck, actions }) => {
        const edits = currentEdits(playActions(deck, actions))
        const result = regenerateDeck(deck, edits)
        expect(result.detached).toEqual([])
        expect(result.deck).toEqual(applyEdits(deck, edits))
      }),
      { numRuns: 300 },
    )
  })

  it('the edits to store replay to the regenerated deck, and survive a second regenerate', () => {
    fc.assert(
      fc.property(scenario, ({ deck, actions, rebuilt, rebuiltAgain }) => {
        const edits = currentEdits(playActions(deck, actions))
        const first = regenerateDeck(rebuilt, edits)
        expect(applyEdits(rebuilt, first.edits)).toEqual(first.deck)
        expect(first.edits).toHaveLength(first.applied.length + first.detached.length)
        const second = regenerateDeck(rebuiltAgain, first.edits)
        for (const [slideId, text] of lastNotesBySlide(edits)) {
          const kept =
            second.deck.slides.some((slide) => slide.id === slideId && slide.notes === text) ||
            second.detached.some(
              ({ patch }) => patch.type === 'set-notes' && patch.slideId === slideId && patch.text === text,
            )
          expect(kept).toBe(true)
        }
      }),
      { numRuns: 300 },
    )
  })
})
