import { useEffect, useRef } from 'react'
import Reveal, { type RevealApi, type RevealConfig } from 'reveal.js'
import type { Deck } from '../../../core/index'
import { useDeckTheme, type DeckTheme } from '../theme/use-deck-theme'
import { EDITOR_REVEAL_CONFIG } from './reveal-config'
import { SlideSection } from './slide-section'

interface DeckViewProps {
  readonly deck: Deck
  /** Changes whenever a different article is loaded, so the deck returns to its first slide. */
  readonly deckKey: string
  readonly onSlideChange?: (index: number, total: number) => void
  readonly onReady?: (api: RevealApi) => void
  /**
   * Options laid over the editor's (the presentation turns off reveal's keyboard and controls). Read once,
   * when the instance is created: reveal takes most options only at `initialize()`.
   */
  readonly config?: RevealConfig
  /** The `paragraph:sentence` address of the bullet or figure the user selected, marked on the slide. */
  readonly selectedSource?: string | null
  /** A theme that does not follow the user's choice (printing is always on the light, paper theme). */
  readonly fixedTheme?: DeckTheme
}

/**
 * The one component that owns a reveal.js instance. Invariants: one instance per mounted element; the
 * instance survives StrictMode's mount–unmount–mount (destroy is deferred and cancelled on remount); React
 * renders the sections and reveal only lays them out, so `sync()` runs only when the slide list changes.
 */
export function DeckView(props: DeckViewProps) {
  const { deck, deckKey, onSlideChange, onReady, config, selectedSource, fixedTheme } = props
  const { theme: chosenTheme } = useDeckTheme()
  const theme = fixedTheme ?? chosenTheme
  const rootRef = useRef<HTMLDivElement>(null)
  const revealRef = useRef<RevealApi | null>(null)
  const pendingDestroyRef = useRef<number | null>(null)
  const onSlideChangeRef = useRef(onSlideChange)
  const onReadyRef = useRef(onReady)
  const configRef = useRef(config)
  useEffect(() => {
    onSlideChangeRef.current = onSlideChange
    onReadyRef.current = onReady
  })

  useEffect(() => {
    const element = rootRef.current
    if (!element) return
    if (pendingDestroyRef.current !== null) {
      window.clearTimeout(pendingDestroyRef.current)
      pendingDestroyRef.current = null
    }
    if (!revealRef.current) {
      const reveal = new Reveal(element, { ...EDITOR_REVEAL_CONFIG, ...configRef.current })
      revealRef.current = reveal
      const report = () => onSlideChangeRef.current?.(reveal.getIndices().h, reveal.getTotalSlides())
      reveal.on('slidechanged', report)
      void reveal.initialize().then(() => {
        report()
        onReadyRef.current?.(reveal)
      })
    }
    return () => {
      pendingDestroyRef.current = window.setTimeout(() => {
        revealRef.current?.destroy()
        revealRef.current = null
        pendingDestroyRef.current = null
      }, 0)
    }
  }, [])

  // Another article, or slides added or removed: re-read the slides from the first one.
  useEffect(() => {
    const reveal = revealRef.current
    if (!reveal?.isReady()) return
    reveal.sync()
    reveal.slide(0)
    onSlideChangeRef.current?.(0, reveal.getTotalSlides())
  }, [deckKey, deck.slides.length])

  // The same slides reordered: re-read them and stay where the user is.
  const order = deck.slides.map((slide) => slide.id).join('|')
  const orderRef = useRef(order)
  useEffect(() => {
    const reveal = revealRef.current
    if (orderRef.current === order || !reveal?.isReady()) return
    orderRef.current = order
    reveal.sync()
    onSlideChangeRef.current?.(reveal.getIndices().h, reveal.getTotalSlides())
  }, [order])

  return (
    <div className="reveal deck-view" ref={rootRef} data-testid="deck" data-theme={theme}>
      <div className="slides">
        {deck.slides.map((slide) => (
          <SlideSection key={`${deckKey}/${slide.id}`} slide={slide} selected={selectedSource ?? null} />
        ))}
      </div>
    </div>
  )
}
