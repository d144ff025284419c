import { SLIDE_KINDS, type Deck } from '../../../core/index'

/** One channel name for every window of a presentation; BroadcastChannel only reaches the same origin. */
export const PRESENTATION_CHANNEL = 'briefdeck-presentation'

/** What the audience screen shows instead of the slide, as PowerPoint's B and W keys do. */
export type Blank = 'black' | 'white' | null

/** The audience deck's position, the one truth every other window mirrors. Indices are reveal's (zero-based). */
export interface PresentationState {
  readonly indexh: number
  readonly indexv: number
  readonly total: number
  readonly blank: Blank
  readonly overview: boolean
}

/** What a key or a button asks the audience deck to do. */
export type PresentationCommand =
  | { readonly kind: 'next' }
  | { readonly kind: 'previous' }
  | { readonly kind: 'first' }
  | { readonly kind: 'last' }
  | { readonly kind: 'go-to'; readonly index: number }
  | { readonly kind: 'blank'; readonly color: 'black' | 'white' }
  | { readonly kind: 'toggle-overview' }

/**
 * Everything sent over the channel. A window that opens says `hello`; whoever holds the deck answers with
 * `deck` (the audience adds its state; the desktop editor, which does not present, sends null). Commands go
 * presenter → audience, states audience → presenter, `end` either way.
 */
export type PresentationMessage =
  | { readonly type: 'hello'; readonly role: 'presenter' | 'audience' }
  | { readonly type: 'deck'; readonly deck: Deck; readonly state: PresentationState | null }
  | { readonly type: 'state'; readonly state: PresentationState }
  | { readonly type: 'command'; readonly command: PresentationCommand }
  | { readonly type: 'end' }
  /** The presenter rewrote the notes of a slide during the show; whoever holds the project applies it. */
  | { readonly type: 'edit-notes'; readonly slideId: string; readonly text: string }

type Fields = Readonly<Record<string, unknown>>

const MAX_SLIDE_ID_LENGTH = 200
/** Notes are typed by a person; anything larger did not come from the presenter view. */
const MAX_NOTES_LENGTH = 1_000_000

function isRecord(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function isIndex(value: unknown): value is number {
  return Number.isSafeInteger(value) && (value as number) >= 0
}

function isStringOrNull(value: unknown): boolean {
  return value === null || typeof value === 'string'
}

function isNumberOrNull(value: unknown): boolean {
  return value === null || (typeof value === 'number' && Number.isFinite(value))
}

function isSourceRef(value: unknown): boolean {
  return isRecord(value) && isIndex(value.paragraph) && isIndex(value.sentence)
}

function isBullet(value: unknown): boolean {
  return (
    isRecord(value) &&
    typeof value.text === 'string' &&
    (value.label === undefined || typeof value.label === 'string') &&
    (value.source === null || isSourceRef(value.source))
  )
}

function isChange(value: unknown): boolean {
  return (
    value === null ||
    (isRecord(value) &&
      isNumberOrNull(value.from) &&
      isNumberOrNull(value.to) &&
      (value.direction === null || value.direction === 'up' || value.direction === 'down'))
  )
}

function isFigure(value: unknown): boolean {
  return (
    isRecord(value) &&
    typeof value.text === 'string' &&
    isStringOrNull(value.unit) &&
    isStringOrNull(value.qualifier) &&
    isStringOrNull(value.label) &&
    isChange(value.change) &&
    isSourceRef(value.source)
  )
}

function isSlide(value: unknown): boolean {
  return (
    isRecord(value) &&
    typeof value.id === 'string' &&
    (SLIDE_KINDS as readonly unknown[]).includes(value.kind) &&
    typeof value.title === 'string' &&
    (value.subtitle === undefined || typeof value.subtitle === 'string') &&
    typeof value.notes === 'string' &&
    Array.isArray(value.bullets) &&
    value.bullets.every(isBullet) &&
    Array.isArray(value.figures) &&
    value.figures.every(isFigure)
  )
}

/** Checks every field SlideSection and the presenter read, so a malformed deck never reaches rendering. */
export function isDeck(value: unknown): value is Deck {
  return (
    isRecord(value) &&
    typeof value.title === 'string' &&
    Array.isArray(value.slides) &&
    value.slides.every(isSlide)
  )
}

function isPresentationState(value: unknown): value is PresentationState {
  return (
    isRecord(value) &&
    isIndex(value.indexh) &&
    isIndex(value.indexv) &&
    isIndex(value.total) &&
    (value.blank === null || value.blank === 'black' || value.blank === 'white') &&
    typeof value.overview === 'boolean'
  )
}

function toCommand(value: unknown): PresentationCommand | null {
  if (!isRecord(value)) return null
  switch (value.kind) {
    case 'next':
    case 'previous':
    case 'first':
    case 'last':
    case 'toggle-overview':
      return { kind: value.kind }
    case 'go-to':
      return isIndex(value.index) ? { kind: 'go-to', index: value.index } : null
    case 'blank':
      return value.color === 'black' || value.color === 'white' ? { kind: 'blank', color: value.color } : null
    default:
      return null
  }
}

/**
 * Turns whatever arrived on the channel into a message, or null. Any same-origin page can post on the
 * channel (another tab, an older build), so nothing is trusted by its `type` alone.
 */
export function parsePresentationMessage(data: unknown): PresentationMessage | null {
  if (!isRecord(data)) return null
  switch (data.type) {
    case 'hello':
      return data.role === 'presenter' || data.role === 'audience' ? { type: 'hello', role: data.role } : null
    case 'deck': {
      const state = data.state === null ? null : isPresentationState(data.state) ? data.state : undefined
      return isDeck(data.deck) && state !== undefined ? { type: 'deck', deck: data.deck, state } : null
    }
    case 'state':
      return isPresentationState(data.state) ? { type: 'state', state: data.state } : null
    case 'command': {
      const command = toCommand(data.command)
      return command ? { type: 'command', command } : null
    }
    case 'end':
      return { type: 'end' }
    case 'edit-notes':
      return typeof data.slideId === 'string' &&
        data.slideId.length <= MAX_SLIDE_ID_LENGTH &&
        typeof data.text === 'string' &&
        data.text.length <= MAX_NOTES_LENGTH
        ? { type: 'edit-notes', slideId: data.slideId, text: data.text }
        : null
    default:
      return null
  }
}
