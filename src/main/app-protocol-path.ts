import { posix, resolve, sep } from 'node:path'

/**
 * Maps an `app://bundle/…` request to a file inside the renderer folder, or null when the request is for
 * another host or would escape the folder (`..`, encoded slashes, absolute paths).
 */
export function resolveAppRequestPath(rendererRoot: string, requestUrl: string): string | null {
  let url: URL
  try {
    url = new URL(requestUrl)
  } catch {
    return null
  }
  if (url.host !== 'bundle') return null
  let pathname: string
  try {
    pathname = decodeURIComponent(url.pathname)
  } catch {
    return null
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return null
  const relative = posix.normalize(pathname === '/' ? '/index.html' : pathname).replace(/^\/+/, '')
  if (relative.startsWith('..')) return null
  const root = resolve(rendererRoot)
  const target = resolve(root, relative)
  return target.startsWith(root + sep) ? target : null
}

const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
}

export function mimeTypeFor(path: string): string {
  const dot = path.lastIndexOf('.')
  return (dot >= 0 && MIME_TYPES[path.slice(dot).toLowerCase()]) || 'application/octet-stream'
}
