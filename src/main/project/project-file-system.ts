import { mkdir, open, readdir, readFile, rename, rm, stat } from 'node:fs/promises'

/** A file being written: the calls an atomic save makes, in order. */
export interface WritableFile {
  /** Writes all of `data`; a full disk rejects (ENOSPC) and may leave part of it written. */
  write(data: Uint8Array): Promise<void>
  /** Flushes the file to the disk, so a power cut after the rename cannot leave it empty. */
  sync(): Promise<void>
  close(): Promise<void>
}

/**
 * The file-system calls project saving, loading and recovery need, injected so tests can fail any of them
 * half-way. `nodeProjectFileSystem` is the real one.
 */
export interface ProjectFileSystem {
  size(path: string): Promise<number>
  readFile(path: string): Promise<Uint8Array>
  /** Creates a new file for writing; rejects if it exists, so two saves never share a temporary file. */
  createFile(path: string): Promise<WritableFile>
  /** Replaces `to` with `from` in one step (same folder, so the same volume). */
  rename(from: string, to: string): Promise<void>
  /** Deletes a file; succeeds when it is already gone. */
  remove(path: string): Promise<void>
  /** Creates a folder and its parents; succeeds when it exists. */
  makeDirectory(path: string): Promise<void>
  /** The names in a folder; empty when the folder does not exist. */
  listDirectory(path: string): Promise<string[]>
  /** Flushes a folder's entries so a rename survives a power cut; may reject where folders cannot be opened. */
  syncDirectory(path: string): Promise<void>
}

export const nodeProjectFileSystem: ProjectFileSystem = {
  size: async (path) => (await stat(path)).size,
  readFile: async (path) => new Uint8Array(await readFile(path)),
  createFile: async (path) => {
    const handle = await open(path, 'wx')
    return {
      write: async (data) => {
        await handle.writeFile(data)
      },
      sync: () => handle.sync(),
      close: () => handle.close(),
    }
  },
  rename: (from, to) => rename(from, to),
  remove: (path) => rm(path, { force: true }),
  makeDirectory: async (path) => {
    await mkdir(path, { recursive: true })
  },
  listDirectory: async (path) => {
    try {
      return await readdir(path)
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return []
      throw error
    }
  },
  syncDirectory: async (path) => {
    const handle = await open(path, 'r')
    try {
      await handle.sync()
    } finally {
      await handle.close()
    }
  },
}

/** The Node error code of a failed call (ENOSPC, EACCES …), for error details and retry decisions. */
export function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined
  return typeof error.code === 'string' ? error.code : undefined
}
