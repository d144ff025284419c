import type { FigureCard, FigureChart, Slide, SlideBullet, SourceRef } from '../../../core/index'

/** The address a bullet carries to its sentence, `paragraph:sentence`. */
export function sourceAttribute(source: SourceRef | null): string | undefined {
  return source ? `${source.paragraph}:${source.sentence}` : undefined
}

function selectedClass(base: string, source: SourceRef | null, selected: string | null): string {
  return selected !== null && sourceAttribute(source) === selected ? `${base} is-selected` : base
}

/** How tightly a slide is set: more text, smaller type. */
export type SlideDensity = 'normal' | 'compact' | 'dense'

/**
 * How tightly a slide must be set to stay inside its frame. The deck builder already splits long lists; what is
 * left long (a very long title, quote or single bullet) is set smaller rather than cut.
 */
export function slideDensity(slide: Slide): SlideDensity {
  const bodyLength = slide.bullets.reduce(
    (sum, bullet) => sum + bullet.text.length + (bullet.label?.length ?? 0),
    0,
  )
  const titleLength = slide.title.length + (slide.subtitle?.length ?? 0)
  if (slide.kind === 'title') return titleLength > 220 ? 'dense' : titleLength > 120 ? 'compact' : 'normal'
  if (slide.kind === 'quote') return bodyLength > 520 ? 'dense' : bodyLength > 300 ? 'compact' : 'normal'
  const budget = bodyLength + titleLength
  return budget > 900 ? 'dense' : budget > 560 ? 'compact' : 'normal'
}

/** One slide as a reveal section. All article text goes in as React text, never as HTML. */
export function SlideSection({
  slide,
  selected = null,
}: {
  readonly slide: Slide
  readonly selected?: string | null
}) {
  return (
    <section
      data-slide-id={slide.id}
      data-slide-kind={slide.kind}
      data-density={slideDensity(slide)}
      data-hidden-slide={slide.hidden ? 'true' : undefined}
    >
      <div className={`slide slide--${slide.kind}`}>
        {slide.kind === 'title' ? (
          <h1 className="slide__title">{slide.title}</h1>
        ) : (
          <h2 className="slide__title">{slide.title}</h2>
        )}
        {slide.subtitle && <p className="slide__subtitle">{slide.subtitle}</p>}
        {slide.kind === 'quote' ? (
          <QuoteBody slide={slide} selected={selected} />
        ) : (
          <BulletList bullets={slide.bullets} selected={selected} />
        )}
        {slide.chart && <FigureChartView chart={slide.chart} selected={selected} />}
        {slide.figures.length > 0 && (
          <div className="figures" data-count={slide.figures.length}>
            {slide.figures.map((figure, index) => (
              <FigureCardView key={index} figure={figure} selected={selected} />
            ))}
          </div>
        )}
      </div>
      <aside className="notes">{slide.notes}</aside>
    </section>
  )
}

function BulletList({
  bullets,
  selected,
}: {
  readonly bullets: readonly SlideBullet[]
  readonly selected: string | null
}) {
  if (bullets.length === 0) return null
  return (
    <ul className="bullets">
      {bullets.map((bullet, index) => (
        <li
          key={index}
          className={selectedClass('bullet', bullet.source, selected)}
          data-source={sourceAttribute(bullet.source)}
        >
          {bullet.label && <span className="bullet__label">{bullet.label}: </span>}
          <span className="bullet__text">{bullet.text}</span>
        </li>
      ))}
    </ul>
  )
}

function QuoteBody({ slide, selected }: { readonly slide: Slide; readonly selected: string | null }) {
  const quote = slide.bullets[0]
  if (!quote) return null
  return (
    <blockquote
      className={selectedClass('quote', quote.source, selected)}
      data-source={sourceAttribute(quote.source)}
    >
      “{quote.text}”
    </blockquote>
  )
}

function FigureCardView({
  figure,
  selected,
}: {
  readonly figure: FigureCard
  readonly selected: string | null
}) {
  const change = figure.change
  const direction = change?.direction ?? null
  const hasRange = change !== null && change.from !== null && change.to !== null
  // With a before and after, the card leads with where the figure ended; the range line shows the change.
  const headline = hasRange && change.to !== null ? formatAmount(change.to, figure.unit) : figure.text
  const qualifier = figure.qualifier && !headline.includes(figure.qualifier) ? figure.qualifier : null
  return (
    <figure
      className={selectedClass('figure-card', figure.source, selected)}
      data-source={sourceAttribute(figure.source)}
      title={figure.text}
    >
      <div className="figure-card__value">
        {direction && <TrendMark direction={direction} />}
        {qualifier && <span className="figure-card__qualifier">{qualifier} </span>}
        {headline}
      </div>
      {hasRange && change.from !== null && change.to !== null && (
        <div className="figure-card__change">
          {formatAmount(change.from, figure.unit)} <ChangeArrow /> {formatAmount(change.to, figure.unit)}
        </div>
      )}
      {figure.label && <figcaption className="figure-card__label">{figure.label}</figcaption>}
    </figure>
  )
}

/** Horizontal bars drawn to scale with CSS widths: exact, and text stays text for print and PDF. */
function FigureChartView({
  chart,
  selected,
}: {
  readonly chart: FigureChart
  readonly selected: string | null
}) {
  const largest = Math.max(...chart.bars.map((bar) => Math.abs(bar.value)), 0)
  return (
    <div
      className="chart"
      role="img"
      aria-label={chart.bars.map((bar) => `${bar.label}: ${bar.text}`).join('; ')}
    >
      {chart.bars.map((bar, index) => (
        <div
          key={index}
          className={selectedClass('chart__row', bar.source, selected)}
          data-source={sourceAttribute(bar.source)}
        >
          <div className="chart__label">{bar.label}</div>
          <div className="chart__track">
            <div
              className="chart__bar"
              style={{ width: `${largest > 0 ? Math.max(2, (Math.abs(bar.value) / largest) * 100) : 0}%` }}
            />
          </div>
          <span className="chart__value">{formatAmount(bar.value, chart.unit)}</span>
        </div>
      ))}
    </div>
  )
}

/** Up or down, drawn: arrow glyphs are missing from the bundled typeface and would fall back to another. */
function TrendMark({ direction }: { readonly direction: 'up' | 'down' }) {
  return (
    <svg
      className={`figure-card__trend figure-card__trend--${direction}`}
      viewBox="0 0 12 12"
      width="22"
      height="22"
      role="img"
      aria-label={direction === 'up' ? 'tăng' : 'giảm'}
    >
      <path d={direction === 'up' ? 'M6 1l5 9H1z' : 'M6 11l5-9H1z'} fill="currentColor" />
    </svg>
  )
}

/** Drawn rather than typed, for the same reason as the trend mark. */
function ChangeArrow() {
  return (
    <svg className="figure-card__arrow" viewBox="0 0 24 12" width="28" height="14" role="img" aria-label="→">
      <path d="M1 6h20M15 1l6 5-6 5" fill="none" stroke="currentColor" strokeWidth="2" />
    </svg>
  )
}

function formatAmount(value: number, unit: string | null): string {
  if (!unit) return formatNumber(value)
  return unit === '%' ? `${formatNumber(value)}%` : `${formatNumber(value)} ${unit}`
}

/** Vietnamese number style: comma for decimals, dot for thousands. */
export function formatNumber(value: number): string {
  return value.toLocaleString('vi-VN', { maximumFractionDigits: 2 })
}
