import { resolve, sep } from 'node:path'
import { describe, expect, it } from 'vitest'
import { mimeTypeFor, resolveAppRequestPath } from '../../src/main/app-protocol-path'

const root = resolve('/opt/briefdeck/renderer')

describe('app:// request paths', () => {
  it('map to files inside the renderer folder', () => {
    expect(resolveAppRequestPath(root, 'app://bundle/index.html')).toBe(resolve(root, 'index.html'))
    expect(resolveAppRequestPath(root, 'app://bundle/')).toBe(resolve(root, 'index.html'))
    expect(resolveAppRequestPath(root, 'app://bundle/assets/app%20x.js?v=1')).toBe(
      resolve(root, 'assets/app x.js'),
    )
  })

  it('never escape the folder', () => {
    for (const url of [
      'app://bundle/../secret.txt',
      'app://bundle/%2e%2e/%2e%2e/secret.txt',
      'app://bundle/assets/..%2f..%2fsecret',
      'app://bundle/a/../../../../etc/passwd',
    ]) {
      const path = resolveAppRequestPath(root, url)
      expect(path === null || path.startsWith(root + sep), `${url} → ${path}`).toBe(true)
    }
  })

  it('refuse other hosts, NUL bytes, backslashes and malformed escapes', () => {
    for (const url of [
      'app://other/index.html',
      'app://bundle/%00index.html',
      'app://bundle/..%5c..%5csecret',
      'app://bundle/%E0%A4%A',
    ]) {
      expect(resolveAppRequestPath(root, url), url).toBeNull()
    }
  })

  it('serve each file type with its MIME type', () => {
    expect(mimeTypeFor('a/index.html')).toBe('text/html; charset=utf-8')
    expect(mimeTypeFor('a/font.WOFF2')).toBe('font/woff2')
    expect(mimeTypeFor('a/unknown.bin')).toBe('application/octet-stream')
  })
})
