import type { Plugin } from 'vite'

/**
 * The dev server injects an inline React refresh preamble and talks over a websocket; the strict CSP of the
 * built app would block both, so only while serving in development the policy is widened for them.
 */
export function devCspPlugin(): Plugin {
  return {
    name: 'briefdeck-dev-csp',
    apply: 'serve',
    transformIndexHtml(html) {
      return html
        .replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
        .replace("connect-src 'self'", "connect-src 'self' ws: http://localhost:* http://127.0.0.1:*")
    },
  }
}
