import { readFile } from 'node:fs/promises'
import { protocol } from 'electron'
import { APP_SCHEME, CONTENT_SECURITY_POLICY } from './security-policy'
import { mimeTypeFor, resolveAppRequestPath } from './app-protocol-path'

/** Must run before `ready`: makes app:// a standard, secure origin (storage, fetch, CSP work as on https). */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ])
}

/** Serves the built renderer from `rendererRoot`, nothing outside it, with our CSP on every response. */
export function serveRenderer(rendererRoot: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const path = resolveAppRequestPath(rendererRoot, request.url)
    if (path === null) return new Response('Forbidden', { status: 403 })
    try {
      const body = await readFile(path)
      return new Response(body, {
        headers: { 'content-type': mimeTypeFor(path), 'content-security-policy': CONTENT_SECURITY_POLICY },
      })
    } catch {
      return new Response('Not found', { status: 404 })
    }
  })
}
