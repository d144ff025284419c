import fc from 'fast-check'
import {
  SLIDE_KINDS,
  type Deck,
  type SlideBullet,
  type SlidePatch,
  type SourceRef,
} from '../../../src/core/index'

// Full Unicode, including lone surrogates, new lines and quotes: whatever a user can type must round-trip.
const userText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.constantFrom('', 'Ghi chú: “làm ngay”\n\t— 100%', '</aside><script>', '\u0000\uFEFF'),
)

const source: fc.Arbitrary<SourceRef | null> = fc.option(
  fc.record({ paragraph: fc.nat(5), sentence: fc.nat(3) }),
  { nil: null },
)

// Few distinct texts, so bullets often repeat and anchors must be told apart by source and index.
const bulletText = fc.constantFrom('Sở A rà soát.', 'Sở B báo cáo.', 'Huyện C triển khai.', 'D.', 'E.')
const bullet: fc.Arbitrary<SlideBullet> = fc.record({ text: bulletText, source })

/** Decks shaped like `buildDeck`'s: unique `${kind}-${n}` ids drawn from a small pool. */
export const deckArbitrary: fc.Arbitrary<Deck> = fc
  .uniqueArray(fc.record({ kind: fc.constantFrom(...SLIDE_KINDS), n: fc.integer({ min: 1, max: 3 }) }), {
    selector: ({ kind, n }) => `${kind}-${n}`,
    maxLength: 8,
  })
  .chain((keys) =>
    fc.record({
      title: userText,
      slides: fc.tuple(
        ...keys.map(({ kind, n }) =>
          fc.record({
            id: fc.constant(`${kind}-${n}`),
            kind: fc.constant(kind),
            title: userText,
            bullets: fc.array(bullet, { maxLength: 5 }),
            figures: fc.constant([]),
            notes: userText,
          }),
        ),
      ),
    }),
  )

/** The operations a user can perform, resolved against the deck on screen when they are applied. */
export type UserAction =
  | { readonly kind: 'notes'; readonly slide: number; readonly text: string }
  | { readonly kind: 'title'; readonly slide: number; readonly text: string }
  | { readonly kind: 'bullet'; readonly slide: number; readonly bullet: number; readonly text: string }
  | { readonly kind: 'remove'; readonly slide: number; readonly bullet: number }
  | { readonly kind: 'hide'; readonly slide: number; readonly hidden: boolean }
  | { readonly kind: 'move'; readonly slide: number; readonly to: number }
  | { readonly kind: 'undo' }
  | { readonly kind: 'redo' }

const slide = fc.nat(9)
export const userActionArbitrary: fc.Arbitrary<UserAction> = fc.oneof(
  { arbitrary: fc.record({ kind: fc.constant('notes' as const), slide, text: userText }), weight: 4 },
  fc.record({ kind: fc.constant('title' as const), slide, text: userText }),
  {
    arbitrary: fc.record({
      kind: fc.constant('bullet' as const),
      slide,
      bullet: fc.nat(5),
      text: bulletText,
    }),
    weight: 2,
  },
  fc.record({ kind: fc.constant('remove' as const), slide, bullet: fc.nat(5) }),
  fc.record({ kind: fc.constant('hide' as const), slide, hidden: fc.boolean() }),
  fc.record({ kind: fc.constant('move' as const), slide, to: fc.nat(9) }),
  fc.constant({ kind: 'undo' as const }),
  fc.constant({ kind: 'redo' as const }),
)

/** Raw patches, valid or not for any deck: for properties that must hold for any stored edit list. */
export const patchArbitrary: fc.Arbitrary<SlidePatch> = fc.oneof(
  fc.record({
    type: fc.constant('set-notes' as const),
    slideId: fc.constantFrom('title-1', 'quote-1', 'event-2'),
    text: userText,
  }),
  fc.record({
    type: fc.constant('set-title' as const),
    slideId: fc.constantFrom('title-1', 'quote-1'),
    text: userText,
  }),
  fc.record({
    type: fc.constant('set-bullet' as const),
    slideId: fc.constantFrom('directives-1', 'quote-1'),
    bulletIndex: fc.nat(5),
    text: userText,
    anchor: fc.record({ text: bulletText, source }),
  }),
  fc.record({
    type: fc.constant('remove-bullet' as const),
    slideId: fc.constantFrom('directives-1', 'quote-1'),
    bulletIndex: fc.nat(5),
    anchor: fc.record({ text: bulletText, source }),
  }),
  fc.record({
    type: fc.constant('set-hidden' as const),
    slideId: fc.constantFrom('quote-1', 'source-1'),
    hidden: fc.boolean(),
  }),
  fc.record({
    type: fc.constant('move-slide' as const),
    slideId: fc.constantFrom('quote-1', 'title-1'),
    toIndex: fc.nat(9),
  }),
)
