import { analyzeArticle } from '../../../src/core/analysis/index'
import { findFigureLabel } from '../../../src/core/analysis/figure-label'
import { parseArticle } from '../../../src/core/article/index'

// Helpers for analysis tests over articles and sentences written for the tests.

export function analyze(lines: readonly string[]): ReturnType<typeof analyzeArticle> {
  return analyzeArticle(parseArticle(lines.join('\n')))
}

export function directivesOf(lines: readonly string[]): string[] {
  return analyze(lines).directives.map((directive) => directive.text)
}

/** The label found for the first occurrence of `figure` in `sentence`. */
export function labelOf(sentence: string, figure: string): string | null {
  const start = sentence.indexOf(figure)
  return findFigureLabel(sentence, start, start + figure.length)
}

/** An opening sentence that makes a meeting the event, for articles that need one. */
export const MEETING = 'Sáng 5-6, Chủ tịch UBND tỉnh Lê Văn Nam chủ trì cuộc họp về công tác phòng, chống lũ.'
