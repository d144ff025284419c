import type { Browser, BrowserType, Page } from 'playwright-core'
import type { BriefdeckError } from '../../core/index'
import { findChromium } from './find-chromium'

/** Quiet on a closed network, and no GPU: printing needs neither. */
const CHROMIUM_ARGS = [
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-extensions',
  '--no-first-run',
]

const LAUNCH_TIMEOUT_MS = 30_000

/** The arguments every PDF launch uses, the benchmark's baseline included. */
export function chromiumArgs(): string[] {
  // Chromium refuses to start its sandbox as root (containers, CI); elsewhere the sandbox stays on.
  const asRoot = typeof process.getuid === 'function' && process.getuid() === 0
  return asRoot ? ['--no-sandbox', ...CHROMIUM_ARGS] : CHROMIUM_ARGS
}

/** The page every PDF is printed from: the deck's own frame, 1280×720. */
export const PRINT_VIEWPORT = { width: 1280, height: 720 } as const

/** One headless Chromium for every PDF of a run, with a page opened ahead for the first document. */
export interface PdfBrowser {
  readonly browser: Browser
  /** A fresh page in its own context; the first one was opened while the articles were being analysed. */
  readonly openPage: () => Promise<Page>
  readonly close: () => Promise<void>
}

export type BrowserOutcome =
  { readonly ok: true; readonly value: PdfBrowser } | { readonly ok: false; readonly error: BriefdeckError }

/**
 * Finds and launches Chromium. Never rejects: a missing or broken browser is a value, reported once the inputs
 * are known to be good. Call it before the synchronous work of loading and analysing articles (and yield once,
 * see `yieldToLaunch`): the browser then starts in its own process meanwhile.
 */
export async function startBrowser(
  env: Readonly<Record<string, string | undefined>>,
): Promise<BrowserOutcome> {
  try {
    // Loaded here, not at the top: playwright-core takes a third of a second to load and `analyze` never needs it.
    const { chromium } = await import('playwright-core')
    const found = findChromium(env, () => playwrightChromiumPath(chromium))
    if (!found.ok) return { ok: false, error: { code: 'export/no-browser', detail: found.tried } }
    const browser = await chromium.launch({
      executablePath: found.path,
      args: chromiumArgs(),
      timeout: LAUNCH_TIMEOUT_MS,
      headless: true,
    })
    return { ok: true, value: poolPages(browser) }
  } catch (error) {
    return { ok: false, error: { code: 'export/browser-failed', detail: firstLine(error) } }
  }
}

/**
 * Playwright spawns the browser a few event-loop turns after `launch()`; a short timer lets that happen before
 * the caller blocks the loop with synchronous work, so Chromium boots in parallel instead of after it.
 */
export function yieldToLaunch(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 5))
}

function poolPages(browser: Browser): PdfBrowser {
  const newPage = async () => (await browser.newContext({ viewport: PRINT_VIEWPORT })).newPage()
  let ahead: Promise<Page> | null = newPage()
  // A page opened ahead and never used must not become an unhandled rejection.
  ahead.catch(() => undefined)
  return {
    browser,
    openPage: () => {
      const page = ahead ?? newPage()
      ahead = null
      return page
    },
    close: () => browser.close().catch(() => undefined),
  }
}

/** The path of a browser Playwright downloaded, if one is there. */
function playwrightChromiumPath(chromium: BrowserType): string | null {
  try {
    return chromium.executablePath() || null
  } catch {
    return null
  }
}

function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error)
  return text.split('\n')[0]?.trim() ?? ''
}
