import { useCallback, useMemo, useRef, useState } from 'react'
import {
  applyEdits,
  buildBriefingFromFile,
  buildBriefingFromText,
  canRedo,
  canUndo,
  createHistory,
  createProject,
  currentEdits,
  PROJECT_FILE_EXTENSION,
  pushEdit,
  redo as redoHistory,
  undo as undoHistory,
  type Article,
  type BriefdeckErrorCode,
  type Deck,
  type DetachedEdit,
  type EditHistory,
  type ProjectFile,
  type SlidePatch,
  hashText,
  regenerateDeck,
} from '../../../core/index'
import type { PickResult } from '../host/host'
import seedText from '../../../../resources/seed/dong-nai-e-government-2020-02-12.txt?raw'
import { newProjectId, openProjectText, type OpenedProject } from './open-project'

export const SEED_FILE_NAME = 'dong-nai-e-government-2020-02-12.txt'

export interface EditorState {
  /** The generated deck and the edits saved with it; `history` holds the edits made since. */
  readonly project: ProjectFile
  readonly article: Article
  readonly history: EditHistory
  readonly detached: readonly DetachedEdit[]
  /** Bumps whenever another article or project is loaded, so views start again from slide 1. */
  readonly revision: number
  /** Where the open project came from: a project file counts as saved until edited. */
  readonly origin: 'article' | 'project-file' | 'restored'
  readonly busy: boolean
  readonly error: BriefdeckErrorCode | null
}

function seedState(): EditorState {
  const briefing = buildBriefingFromText(seedText, SEED_FILE_NAME)
  return {
    project: createProject({
      id: newProjectId(),
      fileName: SEED_FILE_NAME,
      text: briefing.text,
      deck: briefing.deck,
    }),
    article: briefing.article,
    history: createHistory(),
    detached: [],
    revision: 0,
    origin: 'article',
    busy: false,
    error: null,
  }
}

function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return null
  }
}

/** The project as it should be saved now: the generated deck and every edit in effect. */
export function toSavedProject(state: EditorState): ProjectFile {
  return { ...state.project, edits: currentEdits(state.history) }
}

/**
 * The open project and everything done to it. The deck on screen is always the generated deck with the edits
 * replayed, so undo, redo, saving and regenerating all work on the same list of typed patches. A failed load
 * keeps what was open: a bad file never costs the user their work.
 */
export function useEditor() {
  const [state, setState] = useState<EditorState>(seedState)
  const requestRef = useRef(0)

  const deck: Deck = useMemo(
    () => applyEdits(state.project.deck, currentEdits(state.history)),
    [state.project.deck, state.history],
  )

  const showOpened = useCallback((opened: OpenedProject, origin: EditorState['origin']) => {
    setState((previous) => ({ ...opened, origin, revision: previous.revision + 1, busy: false, error: null }))
  }, [])

  const load = useCallback(
    async (pick: PickResult) => {
      if (pick.status === 'canceled') return
      if (pick.status === 'error') {
        setState((previous) => ({ ...previous, error: pick.code }))
        return
      }
      const request = ++requestRef.current
      setState((previous) => ({ ...previous, busy: true, error: null }))
      const { name, bytes } = pick.file
      let next: { ok: true; value: OpenedProject } | { ok: false; code: BriefdeckErrorCode }
      const isProject = name.toLowerCase().endsWith(PROJECT_FILE_EXTENSION)
      try {
        if (isProject) {
          const text = decodeUtf8(bytes)
          const opened = text === null ? null : openProjectText(text)
          next = opened?.ok
            ? opened
            : { ok: false, code: opened?.ok === false ? opened.error.code : 'project/corrupt' }
        } else {
          const built = await buildBriefingFromFile(pick.file)
          next = built.ok
            ? {
                ok: true,
                value: {
                  project: createProject({
                    id: newProjectId(),
                    fileName: name,
                    text: built.value.text,
                    deck: built.value.deck,
                  }),
                  article: built.value.article,
                  history: createHistory(),
                  detached: [],
                },
              }
            : { ok: false, code: built.error.code }
        }
      } catch {
        next = { ok: false, code: 'internal' }
      }
      // A slower earlier load must not replace a later one.
      if (request !== requestRef.current) return
      if (next.ok) showOpened(next.value, isProject ? 'project-file' : 'article')
      else setState((previous) => ({ ...previous, busy: false, error: next.code }))
    },
    [showOpened],
  )

  /**
   * Rebuilds the deck from a new version of the article (or with newer analysis) and re-applies every edit by
   * slide id and content anchor; what no longer fits is listed as detached notes, never dropped.
   */
  const regenerate = useCallback(async (pick: PickResult) => {
    if (pick.status !== 'picked') {
      if (pick.status === 'error') setState((previous) => ({ ...previous, error: pick.code }))
      return
    }
    const built = await buildBriefingFromFile(pick.file)
    if (!built.ok) {
      setState((previous) => ({ ...previous, error: built.error.code }))
      return
    }
    setState((previous) => {
      const regenerated = regenerateDeck(built.value.deck, currentEdits(previous.history))
      return {
        ...previous,
        project: {
          ...previous.project,
          article: { fileName: pick.file.name, text: built.value.text, hash: hashText(built.value.text) },
          deck: built.value.deck,
          edits: regenerated.edits,
        },
        article: built.value.article,
        history: createHistory(regenerated.edits),
        detached: regenerated.detached,
        error: null,
      }
    })
  }, [])

  /** Restores a project saved earlier (autosave, recovery); returns false when the text is not a usable project. */
  const restore = useCallback(
    (text: string): boolean => {
      const opened = openProjectText(text)
      if (opened.ok) showOpened(opened.value, 'restored')
      return opened.ok
    },
    [showOpened],
  )

  const edit = useCallback((patch: SlidePatch) => {
    setState((previous) => ({ ...previous, history: pushEdit(previous.history, patch, { at: Date.now() }) }))
  }, [])

  const undo = useCallback(
    () => setState((previous) => ({ ...previous, history: undoHistory(previous.history) })),
    [],
  )
  const redo = useCallback(
    () => setState((previous) => ({ ...previous, history: redoHistory(previous.history) })),
    [],
  )
  const dismissError = useCallback(() => setState((previous) => ({ ...previous, error: null })), [])
  const reportError = useCallback(
    (code: BriefdeckErrorCode) => setState((previous) => ({ ...previous, error: code })),
    [],
  )

  return {
    state,
    deck,
    load,
    regenerate,
    restore,
    edit,
    undo,
    redo,
    canUndo: canUndo(state.history),
    canRedo: canRedo(state.history),
    dismissError,
    reportError,
  }
}
