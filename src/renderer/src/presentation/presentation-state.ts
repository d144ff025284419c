import type { Blank, PresentationCommand, PresentationState } from './presentation-protocol'

/** Where the audience deck should be after a command. */
export interface Resolution {
  readonly indexh: number
  readonly blank: Blank
  readonly overview: boolean
}

function clamp(index: number, total: number): number {
  return Math.min(Math.max(index, 0), Math.max(total - 1, 0))
}

/**
 * What a command does to the audience screen, as in PowerPoint: B (or W) blanks the screen and the same key
 * brings the slide back; while the screen is blank any other key only brings the slide back, so a presenter
 * who pressed B never skips a slide by accident.
 */
export function resolveCommand(state: PresentationState, command: PresentationCommand): Resolution {
  const unchanged = { indexh: state.indexh, blank: state.blank, overview: state.overview }
  if (command.kind === 'blank') {
    return { ...unchanged, blank: state.blank === command.color ? null : command.color }
  }
  if (state.blank !== null) return { ...unchanged, blank: null }
  switch (command.kind) {
    case 'toggle-overview':
      return { ...unchanged, overview: !state.overview }
    case 'next':
      return { ...unchanged, indexh: clamp(state.indexh + 1, state.total) }
    case 'previous':
      return { ...unchanged, indexh: clamp(state.indexh - 1, state.total) }
    case 'first':
      return { ...unchanged, indexh: 0 }
    case 'last':
      return { ...unchanged, indexh: clamp(state.total - 1, state.total) }
    case 'go-to':
      return { ...unchanged, indexh: clamp(command.index, state.total) }
  }
}
