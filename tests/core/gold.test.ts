import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { analyzeArticle } from '../../src/core/analysis/index'
import { parseArticle } from '../../src/core/article/index'
import {
  EMPTY_SCORE,
  HAS_SHARED,
  SHARED_DIR,
  addScores,
  checkFields,
  formatPercent,
  precisionOf,
  readGold,
  recallOf,
  scoreDirectives,
  scoreStatistics,
  type Labelled,
  type Score,
} from './gold-scoring'

// The fixture loop over every labelled article (seed + corpus), scored as shared/seed/README.md defines.
describe.skipIf(!HAS_SHARED)('gold fixtures (shared/seed + shared/corpus)', () => {
  const labelled: Labelled[] = HAS_SHARED
    ? [...readGold(resolve(SHARED_DIR, 'seed')), ...readGold(resolve(SHARED_DIR, 'corpus'))]
    : []
  let directives: Score = EMPTY_SCORE
  let statistics: Score = EMPTY_SCORE
  // [right, labelled] per field.
  const fields: Record<'chair' | 'date' | 'byline', [number, number]> = {
    chair: [0, 0],
    date: [0, 0],
    byline: [0, 0],
  }
  const rows: string[] = []

  for (const { file, path, gold } of labelled) {
    const text = readFileSync(path, 'utf8')
    const article = parseArticle(text)
    const facts = analyzeArticle(article)
    const d = scoreDirectives(facts.directives, gold)
    const s = scoreStatistics(facts.statistics, gold)
    directives = addScores(directives, d)
    statistics = addScores(statistics, s)
    const checks = checkFields(article, facts, gold)
    for (const key of ['chair', 'date', 'byline'] as const) {
      const value = checks[key]
      if (value === undefined) continue
      fields[key][1]++
      if (value) fields[key][0]++
    }
    const mark = (value: boolean | undefined): string => (value === undefined ? '-' : value ? 'ok' : 'NO')
    rows.push(
      `${file.padEnd(40)} directives R ${formatPercent(recallOf(d)).padStart(6)} P ${formatPercent(precisionOf(d)).padStart(6)}` +
        ` (${d.matched}/${d.expected}, ${d.correct}/${d.extracted})` +
        `  statistics R ${formatPercent(recallOf(s)).padStart(6)} P ${formatPercent(precisionOf(s)).padStart(6)}` +
        ` (${s.matched}/${s.expected}, ${s.correct}/${s.extracted})` +
        `  chair ${mark(checks.chair)} date ${mark(checks.date)} byline ${mark(checks.byline)}`,
    )
  }

  const share = ([right, total]: number[]): number => ((total ?? 0) === 0 ? 1 : (right ?? 0) / (total ?? 1))
  console.log(
    [
      ...rows,
      `OVERALL directives R ${formatPercent(recallOf(directives))} P ${formatPercent(precisionOf(directives))}` +
        `  statistics R ${formatPercent(recallOf(statistics))} P ${formatPercent(precisionOf(statistics))}` +
        `  chair ${formatPercent(share(fields.chair))} date ${formatPercent(share(fields.date))}` +
        ` byline ${formatPercent(share(fields.byline))}`,
    ].join('\n'),
  )

  it('finds directives with precision and recall of at least 85%', () => {
    expect(recallOf(directives)).toBeGreaterThanOrEqual(0.85)
    expect(precisionOf(directives)).toBeGreaterThanOrEqual(0.85)
  })

  it('finds statistics with precision and recall of at least 90%', () => {
    expect(recallOf(statistics)).toBeGreaterThanOrEqual(0.9)
    expect(precisionOf(statistics)).toBeGreaterThanOrEqual(0.9)
  })

  it('gets chair, date and byline right on at least 90% of the labelled files', () => {
    expect(share(fields.chair)).toBeGreaterThanOrEqual(0.9)
    expect(share(fields.date)).toBeGreaterThanOrEqual(0.9)
    expect(share(fields.byline)).toBeGreaterThanOrEqual(0.9)
  })

  it('analyses every corpus article without throwing', () => {
    for (let i = 1; i <= 30; i++) {
      const path = resolve(SHARED_DIR, 'corpus', `${String(i).padStart(3, '0')}.txt`)
      const text = readFileSync(path, 'utf8')
      expect(() => analyzeArticle(parseArticle(text))).not.toThrow()
    }
  })
})
