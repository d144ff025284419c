import { dirname, isAbsolute } from 'node:path'
import { z } from 'zod'
import { fail, ok, type Result } from '../core/documents'
import { writeFileAtomically, type ProjectFileSystem } from './project/index'

/** The most files File › Open Recent lists. */
export const MAX_RECENT_FILES = 10
/** In Electron's `userData`. */
export const RECENT_FILES_NAME = 'recent-files.json'

/** Windows and macOS file systems usually ignore case, so `A.txt` and `a.txt` are one entry there. */
export interface PathComparison {
  readonly ignoreCase: boolean
}

function samePath(a: string, b: string, comparison: PathComparison): boolean {
  return comparison.ignoreCase ? a.toLowerCase() === b.toLowerCase() : a === b
}

/** Puts `path` first, drops an older entry for the same file and keeps at most `max` entries. */
export function addRecentFile(
  list: readonly string[],
  path: string,
  comparison: PathComparison = { ignoreCase: false },
  max = MAX_RECENT_FILES,
): string[] {
  return [path, ...list.filter((item) => !samePath(item, path, comparison))].slice(0, max)
}

export function removeRecentFile(
  list: readonly string[],
  path: string,
  comparison: PathComparison = { ignoreCase: false },
): string[] {
  return list.filter((item) => !samePath(item, path, comparison))
}

const recentFilesSchema = z.object({ version: z.literal(1), files: z.array(z.unknown()) })

/**
 * Reads the persisted list. A damaged or foreign file yields an empty list rather than an error: the list is
 * a convenience, and the next change rewrites it whole.
 */
export function parseRecentFiles(text: string, max = MAX_RECENT_FILES): string[] {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch {
    return []
  }
  const parsed = recentFilesSchema.safeParse(data)
  if (!parsed.success) return []
  const files = parsed.data.files.filter(
    (file): file is string => typeof file === 'string' && file.length > 0 && isAbsolute(file),
  )
  return [...new Set(files)].slice(0, max)
}

export function serializeRecentFiles(list: readonly string[]): string {
  return `${JSON.stringify({ version: 1, files: list }, null, 2)}\n`
}

export interface RecentFiles {
  /** The list, most recent first. */
  list(): readonly string[]
  /** Reads the persisted list; call once at start-up. */
  load(): Promise<void>
  add(path: string): Promise<Result<void>>
  remove(path: string): Promise<Result<void>>
  clear(): Promise<Result<void>>
}

export interface RecentFilesOptions {
  /** The JSON file the list lives in. */
  readonly file: string
  readonly fs: ProjectFileSystem
  readonly comparison?: PathComparison
  readonly max?: number
  /** Told after every change (rebuild the menu, tell the OS). */
  readonly onChange?: (list: readonly string[]) => void
}

/** The recent files list, kept in memory and written atomically after every change. */
export function createRecentFiles(options: RecentFilesOptions): RecentFiles {
  const comparison = options.comparison ?? { ignoreCase: false }
  const max = options.max ?? MAX_RECENT_FILES
  let files: readonly string[] = []
  // One write at a time, in order: an older list finishing last must never replace a newer one.
  let writing: Promise<unknown> = Promise.resolve()

  const change = (next: readonly string[]): Promise<Result<void>> => {
    files = next
    options.onChange?.(files)
    const snapshot = serializeRecentFiles(files)
    const write = writing.then(() => persist(snapshot))
    writing = write
    return write
  }

  const persist = async (text: string): Promise<Result<void>> => {
    try {
      await options.fs.makeDirectory(dirname(options.file))
    } catch (error) {
      return fail('output/unwritable', error instanceof Error ? error.message : undefined)
    }
    return writeFileAtomically(options.file, new TextEncoder().encode(text), options.fs)
  }

  return {
    list: () => files,
    async load() {
      try {
        const bytes = await options.fs.readFile(options.file)
        files = parseRecentFiles(new TextDecoder().decode(bytes), max)
      } catch {
        // No list yet (first start) or an unreadable one: start empty.
        files = []
      }
      options.onChange?.(files)
    },
    add: (path) => change(addRecentFile(files, path, comparison, max)),
    remove: (path) => change(removeRecentFile(files, path, comparison)),
    clear: () => (files.length === 0 ? Promise.resolve(ok(undefined)) : change([])),
  }
}
