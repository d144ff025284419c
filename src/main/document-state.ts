import { basename, join } from 'node:path'
import { PROJECT_FILE_EXTENSION } from '../core/documents'
import type { DocumentState, SaveProjectResult } from '../shared/ipc'
import type { DesktopMessages } from '../shared/messages'

/**
 * The decisions behind a document window (its title, where a save goes, what closing does) as plain
 * functions, so they are unit-tested without Electron.
 */

/** `• name — Briefdeck`: the dot marks edits not yet in a file the user chose, as editors commonly do. */
export function formatWindowTitle(
  state: Pick<DocumentState, 'fileName' | 'dirty'>,
  messages: Pick<DesktopMessages, 'untitled'>,
): string {
  const name = state.fileName ?? messages.untitled
  return `${state.dirty ? '• ' : ''}${name} — Briefdeck`
}

/** Where a save goes: straight to the project's own file, or through the save dialog. */
export type SaveTarget =
  { readonly kind: 'file'; readonly path: string } | { readonly kind: 'ask'; readonly defaultPath: string }

export function chooseSaveTarget(input: {
  /** The file this window's project was opened from or last saved to, if any. */
  readonly projectPath: string | undefined
  readonly saveAs: boolean
  readonly documentsDir: string
  readonly suggestedName: string
}): SaveTarget {
  const { projectPath, saveAs, documentsDir, suggestedName } = input
  if (projectPath !== undefined && !saveAs) return { kind: 'file', path: projectPath }
  // Save As starts beside the current file, so a copy lands where the user keeps the original.
  return { kind: 'ask', defaultPath: projectPath ?? join(documentsDir, suggestedName) }
}

/**
 * The renderer recognises projects by their `.briefdeck.json` ending, so a name typed without it gets it;
 * a plain `.json` ending becomes `.briefdeck.json` rather than `.json.briefdeck.json`.
 */
export function withProjectExtension(path: string): string {
  if (path.toLowerCase().endsWith(PROJECT_FILE_EXTENSION)) return path
  if (path.toLowerCase().endsWith('.json'))
    return `${path.slice(0, -'.json'.length)}${PROJECT_FILE_EXTENSION}`
  return `${path}${PROJECT_FILE_EXTENSION}`
}

/** The name the save dialog proposes for a project whose article (or project file) had this name. */
export function suggestProjectFileName(fileName: string | null, untitled: string): string {
  const base = fileName === null ? untitled : basename(fileName.replaceAll('\\', '/'))
  if (base.toLowerCase().endsWith(PROJECT_FILE_EXTENSION)) return base
  const dot = base.lastIndexOf('.')
  const stem = dot > 0 ? base.slice(0, dot) : base
  return `${stem || untitled}${PROJECT_FILE_EXTENSION}`
}

/** The user's answer to "Save the changes before closing?", in the dialog's button order. */
export const CLOSE_ANSWERS = ['save', 'discard', 'cancel'] as const
export type CloseAnswer = (typeof CLOSE_ANSWERS)[number]
/** Escape and the window's own close button mean Cancel: closing must never lose work by accident. */
export const CLOSE_CANCEL_INDEX = CLOSE_ANSWERS.indexOf('cancel')

export function closeAnswerFromButton(index: number): CloseAnswer {
  return CLOSE_ANSWERS[index] ?? 'cancel'
}

export type CloseDecision =
  /** Nothing unsaved: let the window close. */
  | 'close'
  /** Unsaved edits and no answer yet: keep the window and ask. */
  | 'ask'
  /** Save (with the dialog when the project has no file), then close if the save went through. */
  | 'save-then-close'
  /** Drop the recovery copy, then close. */
  | 'discard-then-close'
  | 'stay'

/**
 * What closing a window does. `state` is what the page last reported (none: a window with no document, such
 * as one still loading); `answer` is null until the user has been asked.
 */
export function decideClose(
  state: Pick<DocumentState, 'dirty'> | undefined,
  answer: CloseAnswer | null,
): CloseDecision {
  if (!state?.dirty) return 'close'
  if (answer === null) return 'ask'
  const byAnswer: Readonly<Record<CloseAnswer, CloseDecision>> = {
    save: 'save-then-close',
    discard: 'discard-then-close',
    cancel: 'stay',
  }
  return byAnswer[answer]
}

/** After "Save" in the close question: only a save that went through may close the window. */
export function closeAfterSave(result: SaveProjectResult): boolean {
  return result.status === 'saved'
}
