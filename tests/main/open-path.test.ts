import { describe, expect, it } from 'vitest'
import { serializeProject } from '../../src/core/index'
import { maxBytesFor, openPathForWindow } from '../../src/main/open-path'
import { MAX_PROJECT_BYTES } from '../../src/main/project/index'
import type { ArticleFileSystem } from '../../src/main/read-article-file'
import { MAX_INPUT_BYTES } from '../../src/shared/ipc'
import { sampleProject } from './project/sample-project'

function services(size: number, bytes: Uint8Array) {
  const noted: string[] = []
  const remembered: string[] = []
  const fs: ArticleFileSystem = { size: async () => size, read: async () => bytes }
  return {
    noted,
    remembered,
    services: {
      fs,
      documents: {
        noteOpenedFile: (_windowId: number, path: string) => {
          noted.push(path)
          return true
        },
      },
      rememberFile: (path: string) => remembered.push(path),
    },
  }
}

describe('opening a file for a window', () => {
  it('allows project files more room than articles', () => {
    expect(maxBytesFor('/d/a.txt')).toBeUndefined()
    expect(maxBytesFor('/d/a.BRIEFDECK.json')).toBe(MAX_PROJECT_BYTES)
  })

  it('reads the file, tells the documents about it and adds it to the recent list', async () => {
    const bytes = new TextEncoder().encode(serializeProject(sampleProject(1)))
    const { services: deps, noted, remembered } = services(bytes.length, bytes)
    const result = await openPathForWindow(1, '/d/họp.briefdeck.json', deps)
    expect(result).toEqual({ status: 'opened', name: 'họp.briefdeck.json', bytes })
    expect(noted).toEqual(['/d/họp.briefdeck.json'])
    expect(remembered).toEqual(['/d/họp.briefdeck.json'])
  })

  it('a project over the article limit still opens; an article over it does not', async () => {
    const big = services(MAX_INPUT_BYTES + 1, new Uint8Array([0x7b]))
    expect((await openPathForWindow(1, '/d/big.briefdeck.json', big.services)).status).toBe('opened')
    const article = services(MAX_INPUT_BYTES + 1, new Uint8Array([0x61]))
    expect(await openPathForWindow(1, '/d/big.txt', article.services)).toEqual({
      status: 'error',
      code: 'input/too-large',
      name: 'big.txt',
    })
    expect(article.remembered).toEqual([])
    expect(article.noted).toEqual([])
  })
})
