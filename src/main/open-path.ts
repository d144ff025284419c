import { PROJECT_FILE_EXTENSION } from '../core/documents'
import type { OpenFileResult } from '../shared/ipc'
import type { DocumentSessions } from './document-sessions'
import { MAX_PROJECT_BYTES } from './project/index'
import { readArticleFile, type ArticleFileSystem } from './read-article-file'

export interface OpenPathServices {
  readonly fs: ArticleFileSystem
  readonly documents: Pick<DocumentSessions, 'noteOpenedFile'>
  /** Adds a file to the recent files list. */
  readonly rememberFile: (path: string) => void
}

/** Project files carry their article and deck, so they may be larger than an article on its own. */
export function maxBytesFor(path: string): number | undefined {
  return path.toLowerCase().endsWith(PROJECT_FILE_EXTENSION) ? MAX_PROJECT_BYTES : undefined
}

/**
 * Reads a file for a window (from the open dialog or Open Recent). A project file that parses is bound to
 * the window, so its saves and autosaves go back to it; every file read goes on the recent list.
 */
export async function openPathForWindow(
  windowId: number,
  path: string,
  services: OpenPathServices,
): Promise<OpenFileResult> {
  const result = await readArticleFile(path, services.fs, maxBytesFor(path))
  if (result.status !== 'opened') return result
  services.documents.noteOpenedFile(windowId, path, result.bytes)
  services.rememberFile(path)
  return result
}
