import type { AnalysisJson } from '../core/index'

/** A readable summary of an analysis, for a terminal. */
export function formatAnalysisText(analysis: AnalysisJson): string {
  const lines: string[] = []
  const { article, event } = analysis
  if (article.title) lines.push(article.title, '')
  lines.push(`Sự kiện: ${event.summary}`)
  if (event.chair) lines.push(`Chủ trì: ${[event.chair.title, event.chair.name].filter(Boolean).join(' ')}`)
  if (event.date) lines.push(`Thời gian: ${event.date.text}`)
  if (event.location) lines.push(`Địa điểm: ${event.location}`)
  if (article.byline) lines.push(`Tác giả: ${article.byline}`)
  lines.push('', `Chỉ đạo (${analysis.directives.length}):`)
  for (const directive of analysis.directives) {
    const who = directive.addressees.length > 0 ? ` [${directive.addressees.join(', ')}]` : ''
    lines.push(`  - ${directive.text}${who}`)
  }
  lines.push('', `Số liệu (${analysis.statistics.length}):`)
  for (const statistic of analysis.statistics) {
    const qualifier =
      statistic.qualifier && !statistic.text.includes(statistic.qualifier) ? `${statistic.qualifier} ` : ''
    lines.push(`  - ${qualifier}${statistic.text}${statistic.label ? `: ${statistic.label}` : ''}`)
  }
  if (analysis.quotes.length > 0) {
    lines.push('', `Trích dẫn (${analysis.quotes.length}):`)
    for (const quote of analysis.quotes)
      lines.push(`  - “${quote.text}”${quote.speaker ? ` (${quote.speaker})` : ''}`)
  }
  return `${lines.join('\n')}\n`
}
