/**
 * The part of the core that works on saved documents only: project files, edits, errors and the deck model.
 * The Electron main process imports this instead of `index.ts`, so the article parsers (HTML, DOCX) stay out of
 * its start-up; everything here is also exported by `index.ts`.
 */
export type * from './deck/deck'
export { SLIDE_KINDS } from './deck/deck'
export { ERROR_CODES, fail, ok, type BriefdeckError, type BriefdeckErrorCode, type Result } from './errors'
export * from './project/index'
