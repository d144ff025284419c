import { readFile, stat } from 'node:fs/promises'
import { basename } from 'node:path'
import { buildBriefingFromFile, type Briefing, type Deck, type Result } from '../core/index'
import { MAX_INPUT_BYTES } from '../shared/ipc'

/** Briefdeck project files (a deck with the user's edits); read by a later version of the CLI. */
export const PROJECT_FILE_SUFFIX = '.briefdeck.json'

/** The `detail` of the error a project file gets, so the CLI can say what it is rather than "unsupported". */
export const PROJECT_FILE_DETAIL = 'project-file'

/** A deck ready to export, with what the exporters put in document metadata. */
export interface DeckInput {
  readonly path: string
  readonly deck: Deck
  /** The article's byline; null when the article names none. */
  readonly author: string | null
}

/**
 * The one seam where an export input becomes a deck. Today: articles (.txt, .html, .docx) through the core
 * pipeline. Project files are recognised by name and refused with a stable code until they can be read here.
 */
export async function loadDeckInput(path: string): Promise<Result<DeckInput>> {
  if (path.toLowerCase().endsWith(PROJECT_FILE_SUFFIX)) {
    return { ok: false, error: { code: 'input/unsupported-type', detail: PROJECT_FILE_DETAIL } }
  }
  const briefing = await readBriefing(path)
  if (!briefing.ok) return briefing
  return { ok: true, value: { path, deck: briefing.value.deck, author: briefing.value.article.byline } }
}

/** Reads an article from disk and runs the pipeline on it, with the same limits as the app. */
export async function readBriefing(path: string): Promise<Result<Briefing>> {
  let bytes: Uint8Array
  try {
    const info = await stat(path)
    if (!info.isFile()) return { ok: false, error: { code: 'input/unreadable' } }
    if (info.size > MAX_INPUT_BYTES) return { ok: false, error: { code: 'input/too-large' } }
    bytes = new Uint8Array(await readFile(path))
  } catch {
    return { ok: false, error: { code: 'input/unreadable' } }
  }
  return buildBriefingFromFile({ name: basename(path), bytes })
}
