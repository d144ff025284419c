import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { promisify } from 'node:util'
import { expect, test, type BrowserContext, type Page } from '@playwright/test'

/**
 * Hostile articles, opened the way a user opens mail attachments and saved web pages: through the file input,
 * then shown in the editor (deck, notes editor, article pane), presented (audience and presenter views) and
 * exported as standalone HTML. Whatever the article holds, no dialog opens, no script of its runs, no request
 * leaves the machine, no CSP rule is even tried, and its markup shows as inert text or not at all.
 */

const run = promisify(execFile)
const BIN = resolve(__dirname, '../bin/briefdeck.js')
const SEED = readFileSync(
  resolve(__dirname, '../resources/seed/dong-nai-e-government-2020-02-12.txt'),
  'utf8',
)
const outDir = mkdtempSync(join(tmpdir(), 'briefdeck-hostile-'))

/** Every payload sets this marker or calls a dialog; either one is a script that ran. */
const PAYLOADS = [
  '<script>window.__pwned = "script"; alert("script")</script>',
  '<img src="https://evil.example/pixel.png" onerror="window.__pwned = \'onerror\'">',
  '<svg onload="window.__pwned = \'svg\'"><script>window.__pwned = "svg-script"</script></svg>',
  '<a href="javascript:window.__pwned = \'link\'">Xem chi tiết</a>',
  '<iframe src="https://evil.example/frame" onload="window.__pwned = \'iframe\'"></iframe>',
  '<object data="https://evil.example/x.swf"></object><embed src="https://evil.example/e">',
  '<span style="background: url(https://evil.example/bg.png)">Đồng Nai</span>',
  '<body onload="window.__pwned = \'body\'">',
]

/** The seed article with a payload in its headline and one in every paragraph: plain text that looks like HTML. */
function hostileText(): string {
  const [title = '', ...lines] = SEED.split('\n')
  return [
    `${title} ${PAYLOADS[0]}`,
    ...lines.map((line, i) => (line.trim() === '' ? line : `${line} ${PAYLOADS[i % PAYLOADS.length]}`)),
  ].join('\n')
}

/** The seed article as a web page full of live markup, plus text that only looks like markup (escaped). */
function hostileHtml(): string {
  const [title = '', ...lines] = SEED.split('\n').filter((line) => line.trim() !== '')
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
  return `<!doctype html>
<html>
<head>
<title>${escape(title)}</title>
<base href="https://evil.example/">
<meta http-equiv="refresh" content="0;url=https://evil.example/refresh">
<link rel="stylesheet" href="https://evil.example/style.css">
<style>@import url("https://evil.example/import.css"); body { background: url(//evil.example/body.png) }</style>
<script>window.__pwned = 'head'; alert('head')</script>
<script src="https://evil.example/remote.js"></script>
</head>
<body onload="window.__pwned = 'body'">
<article>
<h1>${escape(title)} <img src=x onerror="window.__pwned = 'h1'"></h1>
${lines
  .map(
    (line, i) =>
      `<p>${escape(line)} ${PAYLOADS[i % PAYLOADS.length]} ${escape('<img src=x onerror=window.__pwned=1>')}</p>`,
  )
  .join('\n')}
<figure><img src="https://evil.example/photo.jpg"><figcaption>Ảnh: ${escape('<script>alert(1)</script>')}</figcaption></figure>
<form action="https://evil.example/post"><input name="q" autofocus onfocus="window.__pwned = 'focus'"></form>
</article>
</body>
</html>`
}

const FIXTURES = [
  { name: 'tin-hostile.txt', mimeType: 'text/plain', content: hostileText(), literal: PAYLOADS[0] ?? '' },
  {
    name: 'tin-hostile.html',
    mimeType: 'text/html',
    content: hostileHtml(),
    literal: '<img src=x onerror=window.__pwned=1>',
  },
]

interface Watch {
  readonly dialogs: string[]
  readonly requests: string[]
}

/**
 * Watches a whole browser context (every window it opens): dialogs are dismissed and recorded, requests to
 * anything but the local app server, files and data/blob URLs are aborted and recorded, and CSP violations (a
 * request the policy stopped before it was made) are recorded in the page.
 */
async function watch(context: BrowserContext, localOrigin: string | null): Promise<Watch> {
  const found: Watch = { dialogs: [], requests: [] }
  context.on('dialog', (dialog) => {
    found.dialogs.push(`${dialog.type()}: ${dialog.message()}`)
    void dialog.dismiss()
  })
  await context.route('**/*', async (route) => {
    const url = route.request().url()
    const local =
      (localOrigin !== null && url.startsWith(`${localOrigin}/`)) || /^(?:file|data|blob|about):/.test(url)
    if (local) return route.continue()
    found.requests.push(url)
    return route.abort('blockedbyclient')
  })
  await context.addInitScript(() => {
    const record = window as unknown as { __violations: string[] }
    record.__violations = []
    document.addEventListener('securitypolicyviolation', (event) => {
      record.__violations.push(
        `${event.violatedDirective} ${event.blockedURI} at ${event.sourceFile.split('/').pop() ?? ''}:${event.lineNumber}:${event.columnNumber}`,
      )
    })
  })
  return found
}

/** Live markup an article must never contribute: scripts, frames, plugins, handlers, javascript: and remote URLs. */
async function liveHostileMarkup(page: Page, selector = '#root'): Promise<string[]> {
  return page.evaluate((selector) => {
    const problems: string[] = []
    const root = document.querySelector(selector) ?? document.body
    for (const element of root.querySelectorAll('*')) {
      const tag = element.tagName.toLowerCase()
      if (['script', 'iframe', 'object', 'embed', 'base', 'meta', 'link', 'form', 'img'].includes(tag))
        problems.push(`<${tag}>`)
      for (const attribute of element.attributes) {
        if (/^on/i.test(attribute.name)) problems.push(`${tag}[${attribute.name}]`)
        if (/javascript:|evil\.example/i.test(attribute.value))
          problems.push(`${tag}[${attribute.name}=${attribute.value}]`)
      }
    }
    return problems
  }, selector)
}

/** What a page's watchers saw: any CSP violation at all counts (the renderer runs zod without its eval probe). */
async function pageState(page: Page): Promise<{ pwned: unknown; violations: string[] }> {
  return page.evaluate(() => {
    const state = window as unknown as { __pwned?: unknown; __violations?: string[] }
    return {
      pwned: state.__pwned ?? null,
      violations: state.__violations ?? [],
    }
  })
}

async function expectUntouched(pages: readonly Page[], found: Watch): Promise<void> {
  for (const page of pages) {
    expect(await pageState(page)).toEqual({ pwned: null, violations: [] })
    expect(await liveHostileMarkup(page)).toEqual([])
  }
  expect(found.dialogs).toEqual([])
  expect(found.requests).toEqual([])
}

const deckSections = (page: Page) => page.locator('[data-testid="deck"] .slides > section')

for (const fixture of FIXTURES) {
  test(`${fixture.name}: inert in the editor, the notes editor, the article pane and the presentation`, async ({
    page,
    context,
    baseURL,
  }) => {
    const found = await watch(context, baseURL ? new URL(baseURL).origin : null)
    await page.goto('/')
    await expect(page.locator('.reveal.ready')).toBeVisible()
    await page
      .getByTestId('file-input')
      .setInputFiles({ name: fixture.name, mimeType: fixture.mimeType, buffer: Buffer.from(fixture.content) })
    await expect(page.getByTestId('file-name')).toHaveText(fixture.name)
    await expect(page.getByRole('alert')).toHaveCount(0)

    // The article pane shows what looked like markup as text, the way it was written.
    const pane = page.getByTestId('article-pane')
    await expect(pane).toContainText('Đồng Nai')
    await expect(pane).toContainText(fixture.literal)

    // Notes reach the DOM as escaped text: reveal.js reads them back with innerHTML (§1.3 of the tech brief).
    const notes = await deckSections(page).evaluateAll((sections) =>
      sections.map((section) => {
        const aside = section.querySelector('aside.notes')
        return { text: aside?.textContent ?? '', html: aside?.innerHTML ?? '' }
      }),
    )
    const withMarkup = notes.filter((note) =>
      /<(?:script|img|svg|a |iframe|object|span|body)/.test(note.text),
    )
    if (fixture.name.endsWith('.txt')) expect(withMarkup.length).toBeGreaterThan(0)
    for (const note of withMarkup) expect(note.html).not.toMatch(/<(?:script|img|svg|iframe|object)/)

    // The notes editor of every slide holds plain text.
    const list = page.getByTestId('slide-list').locator('.slide-list__item')
    const total = await list.count()
    let editorSawMarkup = false
    for (let index = 0; index < total; index++) {
      await list.nth(index).click()
      const value = await page.getByTestId('notes-editor').inputValue()
      if (value.includes('<')) editorSawMarkup = true
    }
    if (fixture.name.endsWith('.txt')) expect(editorSawMarkup).toBe(true)
    await expectUntouched([page], found)

    // Print through the browser (PDF with notes pages): the app's print view shows the payloads as text.
    // A print dialog would wait for a person.
    await context.addInitScript(() => {
      window.print = () => document.documentElement.setAttribute('data-printed', '')
    })
    await page.getByTestId('export').click()
    const exportDialog = page.getByRole('dialog', { name: 'Xuất bản trình chiếu' })
    await exportDialog.getByRole('radio', { name: /mỗi trang kèm một trang ghi chú/ }).check()
    const [printTab] = await Promise.all([
      context.waitForEvent('page'),
      exportDialog.getByTestId('export-start').click(),
    ])
    await expect(printTab.locator('html')).toHaveAttribute('data-printed', '')
    if (fixture.name.endsWith('.txt')) await expect(printTab.locator('body')).toContainText(fixture.literal)
    expect(await pageState(printTab)).toEqual({ pwned: null, violations: [] })
    expect(await liveHostileMarkup(printTab, 'body')).toEqual([])
    await printTab.close()
    await page.keyboard.press('Escape')

    // Present: the page becomes the audience view, the presenter view opens; walk every slide in both.
    await list.first().click()
    const popup = page.waitForEvent('popup')
    await page.getByTestId('present').click()
    const presenter = await popup
    await expect(presenter.getByTestId('presenter')).toBeVisible()
    await expect(page.getByTestId('audience')).toBeVisible()
    const shownNotes: string[] = []
    const slides = await page.locator('[data-testid="audience"] .slides > section').count()
    for (let index = 0; index < slides; index++) {
      shownNotes.push((await presenter.getByTestId('presenter-notes').textContent()) ?? '')
      await presenter.keyboard.press('ArrowRight')
    }
    if (fixture.name.endsWith('.txt')) expect(shownNotes.some((text) => text.includes('<'))).toBe(true)
    await expectUntouched([page, presenter], found)
  })
}

test('standalone HTML exports of hostile articles: inert, offline, and the reveal.js speaker view too', async ({
  page,
  context,
}) => {
  const found = await watch(context, null)
  for (const fixture of FIXTURES) {
    const input = join(outDir, fixture.name)
    const output = join(outDir, `${fixture.name}.deck.html`)
    writeFileSync(input, fixture.content)
    await run(process.execPath, [BIN, 'export', input, '--html', output])
    await page.goto(pathToFileURL(output).href)
    await expect(page.locator('.reveal.ready')).toBeVisible()
    const total = await page.evaluate(() =>
      (window as unknown as { Reveal: { getTotalSlides(): number } }).Reveal.getTotalSlides(),
    )
    for (let index = 0; index < total; index++) await page.keyboard.press('ArrowRight')
    if (fixture.name.endsWith('.txt')) await expect(page.locator('.reveal')).toContainText(PAYLOADS[0] ?? '')

    // reveal.js's speaker view (S) copies each slide's notes with innerHTML into a window of its own.
    await page.keyboard.press('Home')
    const speakerWindow = page.waitForEvent('popup', { timeout: 5000 }).catch(() => null)
    await page.keyboard.press('s')
    const speaker = await speakerWindow
    // Today the speaker window opens (file:// allows the popup); it must show the notes as text too.
    expect(speaker).not.toBeNull()
    if (speaker) {
      await speaker.waitForLoadState()
      // The speaker view connects over postMessage every 500 ms; then it follows the deck slide by slide.
      const seen: string[] = []
      for (let index = 0; index < Math.min(total, 8); index++) {
        await page.waitForTimeout(600)
        seen.push((await speaker.locator('.speaker-controls-notes .value').textContent()) ?? '')
        await page.keyboard.press('ArrowRight')
      }
      expect(await pageState(speaker)).toMatchObject({ pwned: null })
      if (fixture.name.endsWith('.txt')) expect(seen.some((text) => text.includes('<'))).toBe(true)
      expect(await liveHostileMarkup(speaker, '.speaker-controls-notes')).toEqual([])
      await speaker.close()
    }
    expect(await pageState(page)).toEqual({ pwned: null, violations: [] })
    expect(await liveHostileMarkup(page, '.reveal .slides')).toEqual([])
    expect(found.dialogs).toEqual([])
    expect(found.requests).toEqual([])
  }
})
