import { basename } from 'node:path'
import {
  parseProject,
  PROJECT_FILE_EXTENSION,
  serializeProject,
  type ProjectFile,
  type Result,
} from '../core/documents'
import type { DocumentState, SaveProjectRequest, SaveProjectResult } from '../shared/ipc'
import { chooseSaveTarget, withProjectExtension } from './document-state'
import {
  discardRecovery,
  findRecoveries,
  saveProjectAtomically,
  writeRecovery,
  type ProjectFileSystem,
} from './project/index'

/** What the document logic needs from Electron and the disk, injected so tests run it on a memory disk. */
export interface DocumentSessionsOptions {
  readonly fs: ProjectFileSystem
  /** Electron's `userData`: recovery copies live in its `recovery` folder. */
  readonly dataDir: string
  /** Where the save dialog starts for a project that has no file yet. */
  readonly documentsDir: string
  /** Shows the save dialog over a window; resolves null when the user cancels. */
  readonly askSavePath: (windowId: number, defaultPath: string) => Promise<string | null>
  /** Told about every file a project was saved to (the recent files list). */
  readonly onSaved?: (path: string) => void
  readonly now?: () => Date
}

export interface DocumentSessions {
  save(windowId: number, request: SaveProjectRequest): Promise<SaveProjectResult>
  /** Keeps the project in its own file, or in a recovery copy while it has none; rejects when the disk refuses. */
  autosave(windowId: number, projectText: string): Promise<void>
  /** The newest recovery copy's text, or null. */
  readRecovery(): Promise<string | null>
  setState(windowId: number, state: DocumentState): void
  state(windowId: number): DocumentState | undefined
  /** A file main read for the window: if it is a project, later saves of that project go back to it. */
  noteOpenedFile(windowId: number, path: string, bytes: Uint8Array): boolean
  /** "Don't save" on close: the recovery copy goes, and late autosaves from the closing page are ignored. */
  discard(windowId: number): Promise<void>
  /** The window is gone. */
  forget(windowId: number): void
}

interface Session {
  state: DocumentState | undefined
  /**
   * Project id → the file it was opened from or saved to. Keyed by id, not "the window's file", so a new
   * article opened in the window (a new id) never overwrites the previous project's file, and a project file
   * that failed to parse is never bound at all.
   */
  readonly paths: Map<string, string>
  /** Writes of this window, one at a time, so a recovery write can never land after the save that ends it. */
  queue: Promise<unknown>
  discarded: boolean
}

/** Per-window document state and the save, autosave and recovery flows over the colleague's project API. */
export function createDocumentSessions(options: DocumentSessionsOptions): DocumentSessions {
  const sessions = new Map<number, Session>()
  const now = options.now ?? (() => new Date())

  const sessionOf = (windowId: number): Session => {
    let session = sessions.get(windowId)
    if (!session) {
      session = { state: undefined, paths: new Map(), queue: Promise.resolve(), discarded: false }
      sessions.set(windowId, session)
    }
    return session
  }

  const enqueue = <T>(session: Session, run: () => Promise<T>): Promise<T> => {
    const next = session.queue.then(run, run)
    session.queue = next.catch(() => undefined)
    return next
  }

  // The time of this save, so `findRecoveries` can tell which copy is the newest.
  const stamped = (project: ProjectFile): ProjectFile => ({ ...project, savedAt: now().toISOString() })

  return {
    async save(windowId, request) {
      const session = sessionOf(windowId)
      const parsed = parseProject(request.projectText)
      if (!parsed.ok) return { status: 'error', code: 'output/unwritable' }
      const project = parsed.value
      const target = chooseSaveTarget({
        projectPath: session.paths.get(project.id),
        saveAs: request.saveAs,
        documentsDir: options.documentsDir,
        suggestedName: request.suggestedName,
      })
      let path: string
      if (target.kind === 'file') {
        path = target.path
      } else {
        const chosen = await options.askSavePath(windowId, target.defaultPath)
        if (chosen === null) return { status: 'canceled' }
        path = withProjectExtension(chosen)
      }
      return enqueue(session, async (): Promise<SaveProjectResult> => {
        const saved = await saveProjectAtomically(path, stamped(project), options.fs)
        if (!saved.ok) return { status: 'error', code: 'output/unwritable' }
        session.paths.set(project.id, path)
        // Saved where the user chose: the recovery copy has done its job. Failing to delete it costs only a
        // stale restore offer, not data, so the save still counts.
        await discardRecovery(options.dataDir, project.id, options.fs)
        options.onSaved?.(path)
        return { status: 'saved', name: basename(path) }
      })
    },

    async autosave(windowId, projectText) {
      const session = sessionOf(windowId)
      const parsed = parseProject(projectText)
      if (!parsed.ok) throw new Error(parsed.error.code)
      const project = parsed.value
      await enqueue(session, async () => {
        if (session.discarded) return
        const path = session.paths.get(project.id)
        const result: Result<void> = path
          ? await saveProjectAtomically(path, stamped(project), options.fs)
          : await writeRecovery(options.dataDir, stamped(project), options.fs)
        if (!result.ok) throw new Error(result.error.detail ?? result.error.code)
      })
    },

    async readRecovery() {
      const scan = await findRecoveries(options.dataDir, options.fs)
      const newest = scan.recovered[0]
      return newest ? serializeProject(newest.project) : null
    },

    setState(windowId, state) {
      sessionOf(windowId).state = state
    },

    state: (windowId) => sessions.get(windowId)?.state,

    noteOpenedFile(windowId, path, bytes) {
      if (!path.toLowerCase().endsWith(PROJECT_FILE_EXTENSION)) return false
      let text: string
      try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
      } catch {
        return false
      }
      const parsed = parseProject(text)
      if (!parsed.ok) return false
      const session = sessionOf(windowId)
      session.paths.set(parsed.value.id, path)
      // Opening a project in a window that had discarded its last one starts fresh.
      session.discarded = false
      return true
    },

    async discard(windowId) {
      const session = sessionOf(windowId)
      session.discarded = true
      const text = session.state?.projectText
      const parsed = text === undefined ? null : parseProject(text)
      if (!parsed?.ok) return
      await enqueue(session, () => discardRecovery(options.dataDir, parsed.value.id, options.fs))
    },

    forget(windowId) {
      sessions.delete(windowId)
    },
  }
}
