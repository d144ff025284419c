import { basename } from 'node:path'
import { MAX_INPUT_BYTES, type OpenFileResult } from '../shared/ipc'

/** The file-system calls reading needs, injected so tests can make them fail. */
export interface ArticleFileSystem {
  size(path: string): Promise<number>
  read(path: string): Promise<Uint8Array>
}

/**
 * Reads an article the user chose, refusing oversized files before loading them into memory. `maxBytes`
 * defaults to the article limit; project files, which hold their article and deck, get a larger one.
 */
export async function readArticleFile(
  path: string,
  fs: ArticleFileSystem,
  maxBytes = MAX_INPUT_BYTES,
): Promise<OpenFileResult> {
  const name = basename(path)
  try {
    if ((await fs.size(path)) > maxBytes) return { status: 'error', code: 'input/too-large', name }
    return { status: 'opened', name, bytes: await fs.read(path) }
  } catch {
    return { status: 'error', code: 'input/unreadable', name }
  }
}
