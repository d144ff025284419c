import { dirname } from 'node:path'
import type { ProjectFileSystem } from '../../../src/main/project/index'

export type FileSystemCall = 'createFile' | 'write' | 'sync' | 'close' | 'rename' | 'syncDirectory'

/** A system error as Node raises it, with its code. */
export function systemError(code: string): Error {
  return Object.assign(new Error(`${code}: simulated`), { code })
}

/**
 * An in-memory file system whose calls can fail on demand. A failing `write` first writes half of its data,
 * as a full disk does.
 */
export class MemoryFileSystem implements ProjectFileSystem {
  readonly files = new Map<string, Uint8Array>()
  readonly calls: string[] = []
  /** Return an error to make that call fail. */
  failWith: (call: FileSystemCall, path: string) => Error | null = () => null

  private check(call: FileSystemCall, path: string): void {
    this.calls.push(`${call} ${path}`)
    const error = this.failWith(call, path)
    if (error) throw error
  }

  async size(path: string): Promise<number> {
    return (await this.readFile(path)).length
  }

  async readFile(path: string): Promise<Uint8Array> {
    const bytes = this.files.get(path)
    if (!bytes) throw systemError('ENOENT')
    return bytes.slice()
  }

  async createFile(path: string) {
    this.check('createFile', path)
    if (this.files.has(path)) throw systemError('EEXIST')
    this.files.set(path, new Uint8Array())
    return {
      write: async (data: Uint8Array) => {
        const error = this.failWith('write', path)
        this.calls.push(`write ${path}`)
        if (error) {
          this.files.set(path, data.slice(0, Math.floor(data.length / 2)))
          throw error
        }
        this.files.set(path, data.slice())
      },
      sync: async () => this.check('sync', path),
      close: async () => this.check('close', path),
    }
  }

  async rename(from: string, to: string): Promise<void> {
    this.check('rename', to)
    const bytes = this.files.get(from)
    if (!bytes) throw systemError('ENOENT')
    this.files.delete(from)
    this.files.set(to, bytes)
  }

  async remove(path: string): Promise<void> {
    this.calls.push(`remove ${path}`)
    this.files.delete(path)
  }

  async makeDirectory(): Promise<void> {}

  async listDirectory(path: string): Promise<string[]> {
    return [...this.files.keys()]
      .filter((file) => dirname(file) === path)
      .map((file) => file.slice(path.length + 1))
  }

  async syncDirectory(path: string): Promise<void> {
    this.check('syncDirectory', path)
  }
}
