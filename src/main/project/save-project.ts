import { fail, parseProject, serializeProject, type ProjectFile, type Result } from '../../core/documents'
import type { ProjectFileSystem } from './project-file-system'
import { writeFileAtomically } from './write-file-atomically'

/** Larger than any project Briefdeck writes (a 20 MB article plus its deck), small enough to read safely. */
export const MAX_PROJECT_BYTES = 256 * 1024 * 1024

/**
 * Saves a project to `path` atomically (see `writeFileAtomically`): the previous file stays byte-identical
 * until the new one is complete. Fails with `output/unwritable`.
 */
export function saveProjectAtomically(
  path: string,
  project: ProjectFile,
  fs: ProjectFileSystem,
): Promise<Result<void>> {
  return writeFileAtomically(path, new TextEncoder().encode(serializeProject(project)), fs)
}

/**
 * Reads a project file. Fails with `input/unreadable`, `input/too-large` or a `project/…` code from
 * `parseProject`. It only reads: a file it could not load is never written, and the caller must not offer to
 * save over it (keep the previous project and its path).
 */
export async function loadProjectFile(
  path: string,
  fs: Pick<ProjectFileSystem, 'size' | 'readFile'>,
): Promise<Result<ProjectFile>> {
  let bytes: Uint8Array
  try {
    if ((await fs.size(path)) > MAX_PROJECT_BYTES) return fail('input/too-large')
    bytes = await fs.readFile(path)
  } catch (error) {
    return fail('input/unreadable', error instanceof Error ? error.message : undefined)
  }
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    // Invalid UTF-8 is not something Briefdeck writes: a damaged or foreign file.
    return fail('project/corrupt', 'not UTF-8')
  }
  return parseProject(text)
}
