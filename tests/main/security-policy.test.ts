import { describe, expect, it } from 'vitest'
import {
  APP_ORIGIN,
  CONTENT_SECURITY_POLICY,
  isAllowedNavigation,
  isTrustedSenderUrl,
  originOf,
  secureWebPreferences,
  trustedOrigins,
} from '../../src/main/security-policy'

describe('trusted origins', () => {
  it('are the app origin alone in a packaged build', () => {
    expect(trustedOrigins(undefined)).toEqual([APP_ORIGIN])
  })

  it('add the dev server origin while developing', () => {
    expect(trustedOrigins('http://localhost:5173/index.html')).toEqual([APP_ORIGIN, 'http://localhost:5173'])
  })

  it('read the origin of app:// URLs, which URL reports as opaque', () => {
    expect(originOf('app://bundle/index.html?x=1')).toBe('app://bundle')
    expect(originOf('not a url')).toBeNull()
  })
})

describe('IPC senders and navigation', () => {
  const origins = trustedOrigins(undefined)

  it('accept our own pages', () => {
    expect(isTrustedSenderUrl('app://bundle/index.html', origins)).toBe(true)
    expect(isAllowedNavigation('app://bundle/present.html#/2', origins)).toBe(true)
  })

  it('refuse the web, files, other app hosts and missing senders', () => {
    for (const url of [
      'https://example.com/',
      'file:///etc/passwd',
      'app://evil/index.html',
      'javascript:alert(1)',
      'data:text/html,<script>1</script>',
    ]) {
      expect(isTrustedSenderUrl(url, origins)).toBe(false)
      expect(isAllowedNavigation(url, origins)).toBe(false)
    }
    expect(isTrustedSenderUrl(undefined, origins)).toBe(false)
  })
})

describe('window hardening', () => {
  it('turns on the sandbox and context isolation and keeps Node out of pages', () => {
    expect(secureWebPreferences('/preload.js')).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      disableBlinkFeatures: 'Auxclick',
    })
  })

  it('has a CSP with no eval, no inline scripts and no remote origins', () => {
    const scriptSrc = CONTENT_SECURITY_POLICY.split('; ').find((directive) =>
      directive.startsWith('script-src'),
    )
    expect(scriptSrc).toBe("script-src 'self'")
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval')
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:/)
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'")
  })
})
