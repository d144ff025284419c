import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Directive, Facts, Statistic } from '../../src/core/analysis/facts'
import type { Article } from '../../src/core/article/article'

/**
 * Scoring against the labelled articles, exactly as shared/seed/README.md defines it:
 *  - a directive matches a key-phrase set when its text contains every phrase;
 *  - a figure matches a [value, unit] pair when its value, change.from or change.to equals the value and its
 *    unit starts with the same word (a null unit matches any unit);
 *  - precision counts every extracted item that matches neither the gold list nor the *_ok list as wrong;
 *  - a value/unit pair is counted once, however many times the article writes it.
 */

export const SHARED_DIR = resolve(__dirname, '../../../shared')
export const HAS_SHARED = existsSync(resolve(SHARED_DIR, 'seed', 'gold.json'))
if (!HAS_SHARED)
  console.warn(`[tests/core] ${SHARED_DIR} is absent: the fixture tests that read it are skipped`)

export type GoldFigure = readonly [number, string | null]

export interface GoldEntry {
  readonly chair?: string | null
  readonly day?: number | null
  readonly month?: number | null
  readonly directives: readonly (readonly string[])[]
  readonly directives_ok?: readonly (readonly string[])[]
  readonly statistics: readonly GoldFigure[]
  readonly statistics_ok?: readonly GoldFigure[]
  readonly quotes?: number
  readonly byline?: string | null
  readonly captions?: number
  readonly notes?: string
}

export interface Labelled {
  readonly file: string
  readonly path: string
  readonly gold: GoldEntry
}

/** The labelled files of a gold.json beside its articles. */
export function readGold(folder: string): Labelled[] {
  const gold = JSON.parse(readFileSync(resolve(folder, 'gold.json'), 'utf8')) as Record<string, GoldEntry>
  return Object.entries(gold).map(([file, entry]) => ({ file, path: resolve(folder, file), gold: entry }))
}

export interface Score {
  readonly matched: number
  readonly expected: number
  readonly correct: number
  readonly extracted: number
}

export function recallOf(score: Score): number {
  return score.expected === 0 ? 1 : score.matched / score.expected
}

export function precisionOf(score: Score): number {
  return score.extracted === 0 ? 1 : score.correct / score.extracted
}

function containsAll(text: string, phrases: readonly string[]): boolean {
  return phrases.every((phrase) => text.includes(phrase))
}

/** Directive recall and precision against key-phrase sets. */
export function scoreDirectives(directives: readonly Directive[], gold: GoldEntry): Score {
  const sets = gold.directives
  const ok = gold.directives_ok ?? []
  const matched = sets.filter((set) => directives.some((d) => containsAll(d.text, set))).length
  const correct = directives.filter(
    (d) => sets.some((set) => containsAll(d.text, set)) || ok.some((set) => containsAll(d.text, set)),
  ).length
  return { matched, expected: sets.length, correct, extracted: directives.length }
}

function firstWord(unit: string | null | undefined): string {
  return (unit ?? '').trim().split(/\s+/)[0] ?? ''
}

/** True when an extracted figure matches a [value, unit] pair. */
export function matchesFigure(statistic: Statistic, [value, unit]: GoldFigure): boolean {
  const values = [statistic.value, statistic.change?.from, statistic.change?.to]
  if (!values.some((v) => v !== null && v !== undefined && Math.abs(v - value) < 1e-9)) return false
  return unit === null || firstWord(statistic.unit) === firstWord(unit)
}

/** Figure recall and precision; extracted figures are counted once per value/unit pair. */
export function scoreStatistics(statistics: readonly Statistic[], gold: GoldEntry): Score {
  const seen = new Set<string>()
  const unique = statistics.filter((s) => {
    const key = `${s.value}|${s.change?.from ?? ''}|${s.change?.to ?? ''}|${firstWord(s.unit)}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
  const ok = gold.statistics_ok ?? []
  const matched = gold.statistics.filter((figure) => unique.some((s) => matchesFigure(s, figure))).length
  const correct = unique.filter(
    (s) => gold.statistics.some((f) => matchesFigure(s, f)) || ok.some((f) => matchesFigure(s, f)),
  ).length
  return { matched, expected: gold.statistics.length, correct, extracted: unique.length }
}

export function addScores(a: Score, b: Score): Score {
  return {
    matched: a.matched + b.matched,
    expected: a.expected + b.expected,
    correct: a.correct + b.correct,
    extracted: a.extracted + b.extracted,
  }
}

export const EMPTY_SCORE: Score = { matched: 0, expected: 0, correct: 0, extracted: 0 }

function sameName(a: string | null | undefined, b: string | null | undefined): boolean {
  const norm = (s: string | null | undefined): string => (s ?? '').normalize('NFC').toLowerCase().trim()
  return norm(a) === norm(b)
}

/** Field checks for one file: undefined where the gold has no such field. */
export function checkFields(
  article: Article,
  facts: Facts,
  gold: GoldEntry,
): { chair?: boolean; date?: boolean; byline?: boolean } {
  const result: { chair?: boolean; date?: boolean; byline?: boolean } = {}
  if ('chair' in gold) result.chair = sameName(facts.event.chair?.name ?? null, gold.chair ?? null)
  if ('day' in gold || 'month' in gold) {
    result.date =
      (facts.event.date?.day ?? null) === (gold.day ?? null) &&
      (facts.event.date?.month ?? null) === (gold.month ?? null)
  }
  if ('byline' in gold) result.byline = sameName(article.byline, gold.byline ?? null)
  return result
}

export function formatPercent(value: number): string {
  return `${(value * 100).toFixed(1)}%`
}
