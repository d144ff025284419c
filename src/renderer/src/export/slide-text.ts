import type { FigureCard, FigureChart } from '../../../core/index'
import { formatNumber, slideDensity, type SlideDensity } from '../deck-view/slide-section'

// The exporters that draw slides themselves (PPTX) set text the way the screen does.
export { slideDensity, type SlideDensity }

/** A figure card's words, worked out as `FigureCardView` does, for exporters that draw the card themselves. */
export interface FigureCardText {
  readonly direction: 'up' | 'down' | null
  readonly qualifier: string | null
  readonly headline: string
  /** "from → to" when the article gives both ends of a change. */
  readonly change: { readonly from: string; readonly to: string } | null
  readonly label: string | null
}

/** Keep in step with FigureCardView in deck-view/slide-section.tsx: the card leads with where a change ended. */
export function describeFigureCard(figure: FigureCard): FigureCardText {
  const change = figure.change
  const range =
    change !== null && change.from !== null && change.to !== null
      ? { from: change.from, to: change.to }
      : null
  const headline = range ? formatAmount(range.to, figure.unit) : figure.text
  return {
    direction: change?.direction ?? null,
    qualifier: figure.qualifier && !headline.includes(figure.qualifier) ? figure.qualifier : null,
    headline,
    change: range
      ? { from: formatAmount(range.from, figure.unit), to: formatAmount(range.to, figure.unit) }
      : null,
    label: figure.label,
  }
}

/** One chart bar's value as the chart prints it. */
export function formatChartValue(value: number, chart: FigureChart): string {
  return formatAmount(value, chart.unit)
}

function formatAmount(value: number, unit: string | null): string {
  if (!unit) return formatNumber(value)
  return unit === '%' ? `${formatNumber(value)}%` : `${formatNumber(value)} ${unit}`
}
