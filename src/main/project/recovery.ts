import { join } from 'node:path'
import {
  fail,
  ok,
  PROJECT_FILE_EXTENSION,
  RE_PROJECT_ID,
  serializeProject,
  type BriefdeckError,
  type ProjectFile,
  type Result,
} from '../../core/documents'
import type { ProjectFileSystem } from './project-file-system'
import { loadProjectFile } from './save-project'
import { isTemporaryFileName, writeFileAtomically } from './write-file-atomically'

/** Inside Electron's `userData`: one file per project that has edits but was never saved. */
export const RECOVERY_FOLDER = 'recovery'

export interface RecoveredProject {
  readonly id: string
  readonly path: string
  readonly project: ProjectFile
}

export interface RecoveryScan {
  /** Newest first (by `savedAt`), for an "unsaved projects" prompt at start-up. */
  readonly recovered: readonly RecoveredProject[]
  /** Recovery files that could not be read; left on disk untouched. */
  readonly unreadable: readonly { readonly path: string; readonly error: BriefdeckError }[]
}

/** Where the recovery file of a project lives, or null for an id unsafe as a file name. */
export function recoveryPathFor(dataDir: string, id: string): string | null {
  return RE_PROJECT_ID.test(id) ? join(dataDir, RECOVERY_FOLDER, `${id}${PROJECT_FILE_EXTENSION}`) : null
}

/**
 * Writes (atomically, replacing the previous one) the recovery file of a project the user has not saved yet.
 * Call it from the autosaver while the project has no path of its own.
 */
export async function writeRecovery(
  dataDir: string,
  project: ProjectFile,
  fs: ProjectFileSystem,
): Promise<Result<void>> {
  const path = recoveryPathFor(dataDir, project.id)
  if (!path) return fail('internal', `unsafe project id ${JSON.stringify(project.id)}`)
  try {
    await fs.makeDirectory(join(dataDir, RECOVERY_FOLDER))
  } catch (error) {
    return fail('output/unwritable', error instanceof Error ? error.message : undefined)
  }
  return writeFileAtomically(path, new TextEncoder().encode(serializeProject(project)), fs)
}

/** Every recovery file in `dataDir`, read but not changed; stray temporary files from a crash are ignored. */
export async function findRecoveries(
  dataDir: string,
  fs: Pick<ProjectFileSystem, 'listDirectory' | 'size' | 'readFile'>,
): Promise<RecoveryScan> {
  const folder = join(dataDir, RECOVERY_FOLDER)
  let names: string[]
  try {
    names = await fs.listDirectory(folder)
  } catch (error) {
    const detail = error instanceof Error ? error.message : 'unlistable'
    return { recovered: [], unreadable: [{ path: folder, error: { code: 'input/unreadable', detail } }] }
  }
  const recovered: RecoveredProject[] = []
  const unreadable: { path: string; error: BriefdeckError }[] = []
  for (const name of names.sort()) {
    if (isTemporaryFileName(name) || !name.endsWith(PROJECT_FILE_EXTENSION)) continue
    const path = join(folder, name)
    const loaded = await loadProjectFile(path, fs)
    if (loaded.ok) recovered.push({ id: loaded.value.id, path, project: loaded.value })
    else unreadable.push({ path, error: loaded.error })
  }
  recovered.sort((a, b) => (b.project.savedAt ?? '').localeCompare(a.project.savedAt ?? ''))
  return { recovered, unreadable }
}

/** Deletes a project's recovery file: once it is saved under a path of its own, or the user discards it. */
export async function discardRecovery(
  dataDir: string,
  id: string,
  fs: Pick<ProjectFileSystem, 'remove'>,
): Promise<Result<void>> {
  const path = recoveryPathFor(dataDir, id)
  if (!path) return fail('internal', `unsafe project id ${JSON.stringify(id)}`)
  try {
    await fs.remove(path)
    return ok(undefined)
  } catch (error) {
    return fail('output/unwritable', error instanceof Error ? error.message : undefined)
  }
}
