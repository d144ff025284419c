import type { RevealConfig } from 'reveal.js'

/** 16:9 at 1280×720, the size slides are designed for; reveal scales it to any screen. */
export const SLIDE_WIDTH = 1280
export const SLIDE_HEIGHT = 720

export const EDITOR_REVEAL_CONFIG: RevealConfig = {
  embedded: true,
  width: SLIDE_WIDTH,
  height: SLIDE_HEIGHT,
  margin: 0.04,
  hash: false,
  respondToHashChanges: false,
  history: false,
  controls: true,
  progress: true,
  center: false,
  transition: 'fade',
  // Our own views drive reveal; nothing else should reach it through postMessage.
  postMessage: false,
  postMessageEvents: false,
  // Reveal switches small decks to its scroll view by default; a deck is always a deck here.
  scrollActivationWidth: 0,
}
