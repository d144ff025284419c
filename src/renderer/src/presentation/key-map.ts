import type { PresentationCommand } from './presentation-protocol'

/** What a key does: a command for the audience deck, or something only the window that got the key does. */
export type KeyAction =
  PresentationCommand | { readonly kind: 'end' } | { readonly kind: 'toggle-fullscreen' }

/** The parts of a KeyboardEvent the map reads, so it is testable without a DOM. */
export interface KeyInput {
  readonly key: string
  readonly ctrlKey?: boolean
  readonly altKey?: boolean
  readonly metaKey?: boolean
}

export interface KeyResult {
  /** Digits typed so far for "number then Enter"; the caller keeps them for the next key. */
  readonly digits: string
  readonly action: KeyAction | null
  /** True when the key belongs to the presentation, so the caller prevents the browser's default. */
  readonly handled: boolean
}

/** Slide numbers past four digits are typos, not decks. */
const MAX_DIGITS = 4

const NEXT_KEYS = new Set(['ArrowRight', 'ArrowDown', ' ', 'Spacebar', 'PageDown', 'n', 'N'])
const PREVIOUS_KEYS = new Set(['ArrowLeft', 'ArrowUp', 'PageUp', 'p', 'P'])

function actionFor(key: string): KeyAction | null {
  if (NEXT_KEYS.has(key)) return { kind: 'next' }
  if (PREVIOUS_KEYS.has(key)) return { kind: 'previous' }
  switch (key) {
    case 'Home':
      return { kind: 'first' }
    case 'End':
      return { kind: 'last' }
    case 'b':
    case 'B':
    case '.':
      return { kind: 'blank', color: 'black' }
    case 'w':
    case 'W':
      return { kind: 'blank', color: 'white' }
    case 'o':
    case 'O':
      return { kind: 'toggle-overview' }
    case 'f':
    case 'F':
      return { kind: 'toggle-fullscreen' }
    case 'Escape':
      return { kind: 'end' }
    default:
      return null
  }
}

/**
 * PowerPoint's slide-show keys, the same in the audience and the presenter window. Typing digits builds a
 * slide number that Enter jumps to (Backspace edits it, Esc drops it); with no digits Enter is "next" and
 * Backspace "previous". Keys with Ctrl, Alt or Meta stay the browser's.
 */
export function readPresentationKey(digits: string, input: KeyInput): KeyResult {
  if (input.ctrlKey || input.altKey || input.metaKey) return { digits, action: null, handled: false }
  const { key } = input
  if (/^[0-9]$/.test(key)) {
    return { digits: digits.length < MAX_DIGITS ? digits + key : digits, action: null, handled: true }
  }
  if (digits !== '') {
    if (key === 'Enter') {
      return { digits: '', action: { kind: 'go-to', index: Math.max(0, Number(digits) - 1) }, handled: true }
    }
    if (key === 'Backspace') return { digits: digits.slice(0, -1), action: null, handled: true }
    if (key === 'Escape') return { digits: '', action: null, handled: true }
  }
  if (key === 'Enter') return { digits: '', action: { kind: 'next' }, handled: true }
  if (key === 'Backspace') return { digits: '', action: { kind: 'previous' }, handled: true }
  const action = actionFor(key)
  // Modifier keys alone (Shift before a digit on some layouts) must not drop the number being typed.
  return action ? { digits: '', action, handled: true } : { digits, action: null, handled: false }
}
