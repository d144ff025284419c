import type { SourceRef } from '../analysis/facts'
import type { Deck, Slide, SlideBullet } from '../deck/deck'

/**
 * What a bullet looked like when the user edited it: its text and source at that moment. Indices shift when a
 * regenerated deck gains or loses bullets; the anchor finds the same bullet again by content.
 */
export interface BulletAnchor {
  readonly text: string
  readonly source: SourceRef | null
}

/**
 * One user edit, as data. Edits are stored in the project file and replayed in order on the generated deck, so
 * the deck on screen is always `applyEdits(generatedDeck, edits)`.
 */
export type SlidePatch =
  | { readonly type: 'set-notes'; readonly slideId: string; readonly text: string }
  | { readonly type: 'set-title'; readonly slideId: string; readonly text: string }
  | {
      readonly type: 'set-bullet'
      readonly slideId: string
      readonly bulletIndex: number
      readonly text: string
      readonly anchor: BulletAnchor
    }
  | {
      readonly type: 'remove-bullet'
      readonly slideId: string
      readonly bulletIndex: number
      readonly anchor: BulletAnchor
    }
  | { readonly type: 'set-hidden'; readonly slideId: string; readonly hidden: boolean }
  | { readonly type: 'move-slide'; readonly slideId: string; readonly toIndex: number }

export type SlidePatchType = SlidePatch['type']

/**
 * Why a patch did not apply: its slide is not in the deck, or its bullet (found by index and anchor) is not on
 * the slide.
 */
export type PatchMiss = 'missing-slide' | 'missing-bullet'

/**
 * The result of applying one patch. `patch` is the patch as it applied: for a bullet edit whose bullet moved,
 * its index and anchor are rewritten to where the bullet was found, so replaying it is exact.
 */
export type PatchOutcome =
  | { readonly applied: true; readonly deck: Deck; readonly patch: SlidePatch }
  | { readonly applied: false; readonly deck: Deck; readonly reason: PatchMiss }

/**
 * Applies one edit to a deck and returns a new deck; never throws and never mutates its input. A patch whose
 * slide or bullet is not there returns the same deck object.
 */
export function applySlidePatch(deck: Deck, patch: SlidePatch): Deck {
  return tryApplySlidePatch(deck, patch).deck
}

/** Replays edits in order; the deck on screen is `applyEdits(generatedDeck, edits)`. */
export function applyEdits(deck: Deck, patches: readonly SlidePatch[]): Deck {
  return patches.reduce(applySlidePatch, deck)
}

/** Like `applySlidePatch`, but says whether the patch applied and, if not, why (regenerate needs to know). */
export function tryApplySlidePatch(deck: Deck, patch: SlidePatch): PatchOutcome {
  const slideIndex = deck.slides.findIndex((slide) => slide.id === patch.slideId)
  const slide = deck.slides[slideIndex]
  if (!slide) return { applied: false, deck, reason: 'missing-slide' }
  switch (patch.type) {
    case 'set-notes':
      return appliedTo(deck, slideIndex, { ...slide, notes: patch.text }, patch)
    case 'set-title':
      return appliedTo(deck, slideIndex, { ...slide, title: patch.text }, patch)
    case 'set-hidden':
      return appliedTo(deck, slideIndex, withHidden(slide, patch.hidden), patch)
    case 'move-slide':
      return { applied: true, deck: moveSlide(deck, slideIndex, patch.toIndex), patch }
    case 'set-bullet':
    case 'remove-bullet': {
      const bulletIndex = findBullet(slide.bullets, patch.bulletIndex, patch.anchor)
      const bullet = slide.bullets[bulletIndex]
      if (!bullet) return { applied: false, deck, reason: 'missing-bullet' }
      const rebased = { ...patch, bulletIndex, anchor: { text: bullet.text, source: bullet.source } }
      const bullets =
        patch.type === 'set-bullet'
          ? slide.bullets.map((item, index) => (index === bulletIndex ? { ...item, text: patch.text } : item))
          : slide.bullets.filter((_item, index) => index !== bulletIndex)
      return appliedTo(deck, slideIndex, { ...slide, bullets }, rebased)
    }
  }
}

/**
 * Builds the patch for changing a bullet's text on the deck the user sees, with the anchor taken from that
 * deck. Returns null when there is no such bullet.
 */
export function toSetBulletPatch(
  deck: Deck,
  slideId: string,
  bulletIndex: number,
  text: string,
): SlidePatch | null {
  const anchor = anchorOf(deck, slideId, bulletIndex)
  return anchor ? { type: 'set-bullet', slideId, bulletIndex, text, anchor } : null
}

/** Builds the patch for removing a bullet from the deck the user sees; null when there is no such bullet. */
export function toRemoveBulletPatch(deck: Deck, slideId: string, bulletIndex: number): SlidePatch | null {
  const anchor = anchorOf(deck, slideId, bulletIndex)
  return anchor ? { type: 'remove-bullet', slideId, bulletIndex, anchor } : null
}

function anchorOf(deck: Deck, slideId: string, bulletIndex: number): BulletAnchor | null {
  const bullet = deck.slides.find((slide) => slide.id === slideId)?.bullets[bulletIndex]
  return bullet ? { text: bullet.text, source: bullet.source } : null
}

function appliedTo(deck: Deck, slideIndex: number, slide: Slide, patch: SlidePatch): PatchOutcome {
  const slides = deck.slides.map((item, index) => (index === slideIndex ? slide : item))
  return { applied: true, deck: { ...deck, slides }, patch }
}

// `hidden` is absent rather than false on a visible slide, so a hide-then-show leaves the slide as generated.
function withHidden(slide: Slide, hidden: boolean): Slide {
  if (hidden) return { ...slide, hidden: true }
  const visible: { -readonly [K in keyof Slide]: Slide[K] } = { ...slide }
  delete visible.hidden
  return visible
}

function moveSlide(deck: Deck, fromIndex: number, toIndex: number): Deck {
  const slides = [...deck.slides]
  const [slide] = slides.splice(fromIndex, 1)
  if (!slide) return deck
  // A stored index may point past the end of a regenerated, shorter deck: clamp rather than drop the move.
  const target = Number.isFinite(toIndex)
    ? Math.min(Math.max(Math.trunc(toIndex), 0), slides.length)
    : fromIndex
  slides.splice(target, 0, slide)
  return { ...deck, slides }
}

function sameSource(a: SourceRef | null, b: SourceRef | null): boolean {
  return a === b || (a !== null && b !== null && a.paragraph === b.paragraph && a.sentence === b.sentence)
}

/**
 * The bullet a patch means: the one at its index if that still shows the anchor's text, otherwise the bullet
 * with the anchor's text (the same source preferred, then the nearest to the old index). Text must match:
 * a bullet whose wording changed is new article content the user has not seen, so the edit is detached
 * rather than written over it. Returns -1 when no bullet matches.
 */
function findBullet(bullets: readonly SlideBullet[], index: number, anchor: BulletAnchor): number {
  const atIndex = bullets[index]
  if (atIndex && atIndex.text === anchor.text && sameSource(atIndex.source, anchor.source)) return index
  let best = -1
  let bestScore = Infinity
  bullets.forEach((bullet, candidate) => {
    if (bullet.text !== anchor.text) return
    // A differing source costs more than any distance within a slide.
    const score = (sameSource(bullet.source, anchor.source) ? 0 : 1_000_000) + Math.abs(candidate - index)
    if (score < bestScore) {
      best = candidate
      bestScore = score
    }
  })
  return best
}
