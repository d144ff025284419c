import { describe, expect, it } from 'vitest'
import { readArticleFile, type ArticleFileSystem } from '../../src/main/read-article-file'
import { MAX_INPUT_BYTES } from '../../src/shared/ipc'

function fakeFs(size: number, bytes = new Uint8Array([0x61])): ArticleFileSystem & { reads: number } {
  const fs = {
    reads: 0,
    size: async () => size,
    read: async () => {
      fs.reads++
      return bytes
    },
  }
  return fs
}

describe('reading the article the user chose', () => {
  it('returns its name and bytes', async () => {
    const result = await readArticleFile('/home/u/bài báo.txt', fakeFs(1))
    expect(result).toEqual({ status: 'opened', name: 'bài báo.txt', bytes: new Uint8Array([0x61]) })
  })

  it('refuses a file over 20 MB without reading it', async () => {
    const fs = fakeFs(MAX_INPUT_BYTES + 1)
    expect(await readArticleFile('/tmp/big.txt', fs)).toEqual({
      status: 'error',
      code: 'input/too-large',
      name: 'big.txt',
    })
    expect(fs.reads).toBe(0)
  })

  it('turns a failing disk into an error value', async () => {
    const fs: ArticleFileSystem = {
      size: async () => 10,
      read: async () => {
        throw new Error('EACCES')
      },
    }
    expect(await readArticleFile('/root/locked.txt', fs)).toEqual({
      status: 'error',
      code: 'input/unreadable',
      name: 'locked.txt',
    })
  })
})
