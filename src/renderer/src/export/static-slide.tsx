import type { Slide } from '../../../core/index'
import { SLIDE_HEIGHT, SLIDE_WIDTH } from '../deck-view/reveal-config'
import { SlideSection } from '../deck-view/slide-section'

/** Millimetres to CSS pixels (96 per inch). */
const PX_PER_MM = 96 / 25.4

/**
 * A slide as a still picture for print layouts without reveal.js: the app's own markup laid out at 1280×720 and
 * scaled as a whole, so lines break exactly as on screen and text stays text in the PDF.
 */
export function StaticSlide({ slide }: { readonly slide: Slide }) {
  return (
    <div className="static-slide">
      <div className="reveal deck-view">
        <div className="slides">
          <SlideSection slide={slide} />
        </div>
      </div>
    </div>
  )
}

/** The styles that stand in for reveal's layout of one slide, scaled to `widthMm` wide. */
export function staticSlideStyle(widthMm: number): string {
  const scale = (widthMm * PX_PER_MM) / SLIDE_WIDTH
  return `.static-slide {
  width: ${widthMm}mm;
  height: ${(widthMm * SLIDE_HEIGHT) / SLIDE_WIDTH}mm;
  overflow: hidden;
  outline: 0.3mm solid #d9d4c7;
  break-inside: avoid;
}
.static-slide .reveal.deck-view {
  width: ${SLIDE_WIDTH}px;
  height: ${SLIDE_HEIGHT}px;
  transform: scale(${scale.toFixed(5)});
  transform-origin: 0 0;
  box-shadow: none;
  overflow: hidden;
}
.static-slide .slides > section { width: ${SLIDE_WIDTH}px; height: ${SLIDE_HEIGHT}px; }
.static-slide aside.notes { display: none; }`
}
