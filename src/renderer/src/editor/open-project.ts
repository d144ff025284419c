import {
  buildBriefingFromText,
  createHistory,
  parseProject,
  regenerateDeck,
  type Article,
  type DetachedEdit,
  type EditHistory,
  type ProjectFile,
  type Result,
} from '../../../core/index'

/** A project ready for the editor: rebuilt from its article with today's analysis, the user's edits re-applied. */
export interface OpenedProject {
  readonly project: ProjectFile
  readonly article: Article
  readonly history: EditHistory
  readonly detached: readonly DetachedEdit[]
}

/**
 * Rebuilds the deck from the project's own article text and re-applies every edit by slide id and content
 * anchor; an edit that finds no place is listed as detached, never dropped.
 */
export function reopenProject(project: ProjectFile): OpenedProject {
  const briefing = buildBriefingFromText(project.article.text, project.article.fileName)
  const regenerated = regenerateDeck(briefing.deck, project.edits)
  return {
    project: { ...project, deck: briefing.deck, edits: regenerated.edits },
    article: briefing.article,
    history: createHistory(regenerated.edits),
    detached: regenerated.detached,
  }
}

/** Reads a `*.briefdeck.json` file's text; errors carry the project codes (corrupt, newer version, …). */
export function openProjectText(text: string): Result<OpenedProject> {
  const parsed = parseProject(text)
  return parsed.ok ? { ok: true, value: reopenProject(parsed.value) } : parsed
}

/** A fresh id for a project that has no file yet; it names its recovery copy. */
export function newProjectId(): string {
  const bytes = new Uint8Array(12)
  crypto.getRandomValues(bytes)
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('')
}
