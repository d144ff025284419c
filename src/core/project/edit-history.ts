import type { SlidePatch } from './slide-patch'

/** Keystrokes in the same field closer together than this are one undo step. */
export const COALESCE_WINDOW_MS = 1000

/**
 * Undo and redo over the user's edits, as an immutable value. The deck on screen is
 * `applyEdits(generatedDeck, currentEdits(history))`; nothing is inverted, so undo can never corrupt a deck.
 */
export interface EditHistory {
  /** Edits the history started from (e.g. loaded from the project file); undo never goes below them. */
  readonly base: readonly SlidePatch[]
  /** One patch per undo step, oldest first. */
  readonly done: readonly SlidePatch[]
  /** Undone steps, the most recently undone last; cleared by a new edit. */
  readonly undone: readonly SlidePatch[]
  /** When the last step was pushed, for coalescing; null after undo or redo so they always start a new step. */
  readonly lastEditAt: number | null
}

export interface PushOptions {
  /** The time of the edit in milliseconds (e.g. `Date.now()`); without it an edit never coalesces. */
  readonly at?: number
}

/** A history with nothing to undo, starting from the edits already in the project. */
export function createHistory(base: readonly SlidePatch[] = []): EditHistory {
  return { base, done: [], undone: [], lastEditAt: null }
}

/**
 * Records an edit and clears redo. Typing in the same text field (notes, title or the same bullet) within
 * `COALESCE_WINDOW_MS` of the previous edit replaces that step instead of adding one, so undo takes back a
 * burst of typing, not one letter.
 */
export function pushEdit(history: EditHistory, patch: SlidePatch, options: PushOptions = {}): EditHistory {
  const at = options.at ?? null
  const previous = history.done.at(-1)
  const recent = at !== null && history.lastEditAt !== null && at - history.lastEditAt <= COALESCE_WINDOW_MS
  const merged = recent && previous ? coalesce(previous, patch) : null
  const done = merged ? [...history.done.slice(0, -1), merged] : [...history.done, patch]
  return { ...history, done, undone: [], lastEditAt: at }
}

/** Takes back the last step; the same history when there is nothing to undo. */
export function undo(history: EditHistory): EditHistory {
  const last = history.done.at(-1)
  if (!last) return history
  return { ...history, done: history.done.slice(0, -1), undone: [...history.undone, last], lastEditAt: null }
}

/** Puts back the last undone step; the same history when there is nothing to redo. */
export function redo(history: EditHistory): EditHistory {
  const last = history.undone.at(-1)
  if (!last) return history
  return { ...history, done: [...history.done, last], undone: history.undone.slice(0, -1), lastEditAt: null }
}

export function canUndo(history: EditHistory): boolean {
  return history.done.length > 0
}

export function canRedo(history: EditHistory): boolean {
  return history.undone.length > 0
}

/** The edits in effect: what to apply to the generated deck and what to save. */
export function currentEdits(history: EditHistory): readonly SlidePatch[] {
  return [...history.base, ...history.done]
}

/**
 * One patch with the effect of `first` then `second` when both edit the same text field, else null. A second
 * bullet edit is anchored on the text the first one wrote, so the merge keeps the first anchor.
 */
function coalesce(first: SlidePatch, second: SlidePatch): SlidePatch | null {
  if (first.slideId !== second.slideId) return null
  if (first.type === 'set-notes' && second.type === 'set-notes') return second
  if (first.type === 'set-title' && second.type === 'set-title') return second
  if (
    first.type === 'set-bullet' &&
    second.type === 'set-bullet' &&
    first.bulletIndex === second.bulletIndex &&
    second.anchor.text === first.text
  ) {
    return { ...first, text: second.text }
  }
  return null
}
