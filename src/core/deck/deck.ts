import type { SourceRef, StatisticChange } from '../analysis/facts'

/** The slide kinds a briefing deck is made of, in the order they appear. */
export const SLIDE_KINDS = [
  'title',
  'event',
  'directives',
  'statistics',
  'quote',
  'participants',
  'source',
] as const
export type SlideKind = (typeof SLIDE_KINDS)[number]

/** One bullet, always tied to the sentence it came from (null only for deck metadata such as a file name). */
export interface SlideBullet {
  readonly text: string
  /** A short lead-in shown before the text, e.g. the addressee of a directive. */
  readonly label?: string
  readonly source: SourceRef | null
}

/** A key figure shown as a card: the number large, what it measures below. */
export interface FigureCard {
  readonly text: string
  readonly unit: string | null
  readonly qualifier: string | null
  readonly label: string | null
  readonly change: StatisticChange | null
  readonly source: SourceRef
}

/** One bar of a comparison chart: a figure's value drawn to scale beside what it measures. */
export interface ChartBar {
  readonly label: string
  readonly value: number
  /** The figure as written in the article. */
  readonly text: string
  readonly source: SourceRef
}

/** Figures that share a unit, side by side. */
export interface FigureChart {
  readonly unit: string
  readonly bars: readonly ChartBar[]
}

export interface Slide {
  /** Stable across regenerations of the same article: kind plus position within that kind. */
  readonly id: string
  readonly kind: SlideKind
  readonly title: string
  readonly subtitle?: string
  readonly bullets: readonly SlideBullet[]
  readonly figures: readonly FigureCard[]
  /** A comparison of figures that share a unit, on statistics slides. */
  readonly chart?: FigureChart
  /** Left out of presenting and exports, kept in the editor. */
  readonly hidden?: boolean
  /** Drafted speaker notes, plain text; the presenter edits them. */
  readonly notes: string
}

export interface Deck {
  readonly title: string
  readonly slides: readonly Slide[]
}
