import type { Deck } from '../deck/deck'
import { tryApplySlidePatch, type PatchMiss, type SlidePatch } from './slide-patch'

/** A user edit that found no place in the deck: shown to the user, kept in the project, never dropped. */
export interface DetachedEdit {
  /** The edit exactly as the user made it (a notes edit keeps its full text); the same object as in `edits`. */
  readonly patch: SlidePatch
  readonly reason: PatchMiss
}

export interface RegenerateResult {
  /** The new deck with every edit that still fits applied. */
  readonly deck: Deck
  /** The edits that applied, re-anchored to where they landed in the new deck. */
  readonly applied: readonly SlidePatch[]
  /** The edits whose slide or bullet is gone, in the order made. */
  readonly detached: readonly DetachedEdit[]
  /**
   * What to store as the project's edits with the new deck: applied and detached together, in the order made.
   * Replaying them gives `deck` again, and a detached edit reattaches if a later rebuild brings its slide back.
   */
  readonly edits: readonly SlidePatch[]
}

/**
 * Re-applies the user's edits to a freshly built deck. Slides are found by their stable id, bullets by index
 * and then by their anchor's text and source, so edits survive bullets moving. An edit that finds nothing is
 * detached, never dropped. Also what to call on opening a project: `regenerateDeck(project.deck,
 * project.edits)` gives the deck to show and the detached edits to list.
 */
export function regenerateDeck(newDeck: Deck, edits: readonly SlidePatch[]): RegenerateResult {
  let deck = newDeck
  const applied: SlidePatch[] = []
  const detached: DetachedEdit[] = []
  const kept: SlidePatch[] = []
  for (const patch of compactEdits(edits)) {
    const outcome = tryApplySlidePatch(deck, patch)
    if (outcome.applied) {
      deck = outcome.deck
      applied.push(outcome.patch)
      kept.push(outcome.patch)
    } else {
      detached.push({ patch, reason: outcome.reason })
      kept.push(patch)
    }
  }
  return { deck, applied, detached, edits: kept }
}

/**
 * Drops notes, title and hidden edits that a later edit of the same kind on the same slide replaces. On any
 * deck the result applies exactly like the input (those edits touch one field each, and whether a slide exists
 * does not change between them), so it is safe before saving or regenerating.
 */
export function compactEdits(edits: readonly SlidePatch[]): SlidePatch[] {
  const seen = new Set<string>()
  const kept: SlidePatch[] = []
  for (let i = edits.length - 1; i >= 0; i--) {
    const patch = edits[i]
    if (!patch) continue
    if (patch.type === 'set-notes' || patch.type === 'set-title' || patch.type === 'set-hidden') {
      // JSON of the pair cannot collide the way a joined string could for ids containing the separator.
      const key = JSON.stringify([patch.type, patch.slideId])
      if (seen.has(key)) continue
      seen.add(key)
    }
    kept.push(patch)
  }
  return kept.reverse()
}
