import type { RevealConfig } from 'reveal.js'

/**
 * The audience deck: our keyboard map drives it (reveal's own keys would fight it and differ from the
 * presenter window's), and nothing but the slide is on screen.
 */
export const AUDIENCE_REVEAL_CONFIG: RevealConfig = {
  keyboard: false,
  controls: false,
  progress: false,
  margin: 0.02,
  overview: true,
  touch: true,
}

/** The `?view=` values main.tsx routes on; anything else is the editor. */
export type PresentationView = 'presenter' | 'audience'

export function readPresentationView(search: string): PresentationView | null {
  const view = new URLSearchParams(search).get('view')
  return view === 'presenter' || view === 'audience' ? view : null
}

/** The zero-based slide the desktop audience window starts on (`?from=`), 0 when absent or malformed. */
export function readStartSlide(search: string): number {
  const from = Number(new URLSearchParams(search).get('from') ?? '0')
  return Number.isSafeInteger(from) && from >= 0 ? from : 0
}

/** The same page as a presenter view: same origin, so the two windows share the BroadcastChannel. */
export function toPresenterUrl(href: string): string {
  const url = new URL(href)
  url.search = '?view=presenter'
  url.hash = ''
  return url.toString()
}
