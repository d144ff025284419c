import { randomBytes } from 'node:crypto'
import { basename, dirname, join } from 'node:path'
import { fail, ok, type Result } from '../../core/documents'
import { errorCode, type ProjectFileSystem } from './project-file-system'

/** Windows refuses a rename for a moment while an antivirus or indexer holds the target open. */
const RENAME_RETRY_CODES = new Set(['EPERM', 'EACCES', 'EBUSY'])
const RENAME_RETRY_DELAYS_MS = [20, 60, 180]

/** The temporary file sits beside its target: a rename is atomic only within one volume. */
export function temporaryPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`)
}

/** Whether a file name is one of our temporary files (a crash can leave one behind; it is never the data). */
export function isTemporaryFileName(name: string): boolean {
  return name.startsWith('.') && name.endsWith('.tmp')
}

/**
 * Writes a new file beside the target, flushes it, then renames it over the target. Any failure — a write
 * cut short, a full disk, a refused rename — leaves the previous file byte-identical and removes the
 * temporary file; a crash leaves the old or the new file whole (and at worst a stray temporary file).
 * Returns `output/unwritable` with the system error code as detail.
 */
export async function writeFileAtomically(
  path: string,
  data: Uint8Array,
  fs: ProjectFileSystem,
): Promise<Result<void>> {
  const temporary = temporaryPathFor(path)
  try {
    const file = await fs.createFile(temporary)
    try {
      await file.write(data)
      await file.sync()
    } finally {
      await file.close()
    }
    await renameWithRetry(fs, temporary, path)
  } catch (error) {
    await fs.remove(temporary).catch(() => undefined)
    return fail('output/unwritable', errorCode(error) ?? describe(error))
  }
  // The rename is done and the data is whole; syncing the folder only makes the rename itself durable, and
  // folders cannot be opened for syncing on Windows, so a failure here is not a failed save.
  await fs.syncDirectory(dirname(path)).catch(() => undefined)
  return ok(undefined)
}

async function renameWithRetry(fs: ProjectFileSystem, from: string, to: string): Promise<void> {
  for (const delay of RENAME_RETRY_DELAYS_MS) {
    try {
      return await fs.rename(from, to)
    } catch (error) {
      if (!RENAME_RETRY_CODES.has(errorCode(error) ?? '')) throw error
      await new Promise((resolve) => setTimeout(resolve, delay))
    }
  }
  return fs.rename(from, to)
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
