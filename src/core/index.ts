/** The pure pipeline's public surface: shells import from here only. */
export type { Article } from './article/article'
export type * from './analysis/facts'
export type * from './deck/deck'
export { SLIDE_KINDS } from './deck/deck'
export { buildDeck, MAX_BULLETS_PER_SLIDE, MAX_FIGURES_PER_SLIDE } from './deck/build-deck'
export { findSourceSentence } from './deck/notes'
export { ERROR_CODES, type BriefdeckError, type BriefdeckErrorCode, type Result } from './errors'
export { buildBriefingFromFile, buildBriefingFromText, type Briefing } from './briefing'
export { toAnalysisJson, type AnalysisJson } from './analysis-json'
export { ingestFile, ingestText, type IngestedText } from './ingest/index'
// Shells that return Results (main's file services) build them the same way as the core.
export { fail, ok } from './errors'
export * from './project/index'
