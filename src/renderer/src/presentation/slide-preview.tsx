import { useLayoutEffect, useRef, useState } from 'react'
import type { Slide } from '../../../core/index'
import { SLIDE_HEIGHT, SLIDE_WIDTH } from '../deck-view/reveal-config'
import { SlideSection } from '../deck-view/slide-section'
import { useDeckTheme } from '../theme/use-deck-theme'

/**
 * A slide drawn at its design size (1280×720) with the audience's own markup, then scaled down with a CSS
 * transform to fit its box. Static on purpose: a second and third reveal instance per presenter window would
 * cost layout work and keyboard handling for a picture that only has to look the same.
 */
export function SlidePreview({ slide, testId }: { readonly slide: Slide; readonly testId?: string }) {
  const { theme } = useDeckTheme()
  const boxRef = useRef<HTMLDivElement>(null)
  const [scale, setScale] = useState(0.25)

  useLayoutEffect(() => {
    const box = boxRef.current
    if (!box) return
    const measure = (): void => {
      const { width, height } = box.getBoundingClientRect()
      // Before layout (or in a test DOM) the box has no size; keep the last scale rather than collapse to 0.
      if (width > 0 && height > 0) setScale(Math.min(width / SLIDE_WIDTH, height / SLIDE_HEIGHT))
    }
    measure()
    if (typeof ResizeObserver === 'undefined') return
    const observer = new ResizeObserver(measure)
    observer.observe(box)
    return () => observer.disconnect()
  }, [])

  return (
    <div className="slide-preview" ref={boxRef} data-testid={testId}>
      <div
        className="slide-preview__frame"
        style={{ width: SLIDE_WIDTH * scale, height: SLIDE_HEIGHT * scale }}
      >
        <div
          className="deck-view slide-preview__canvas"
          data-theme={theme}
          style={{ width: SLIDE_WIDTH, height: SLIDE_HEIGHT, transform: `scale(${scale})` }}
        >
          <div className="slides">
            <SlideSection slide={slide} />
          </div>
        </div>
      </div>
    </div>
  )
}
