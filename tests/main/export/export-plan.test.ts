import { applyPageSize } from '../../../src/renderer/src/export/page-size'
import { posix } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  EXPORT_PARTITION,
  exportSaveDialogOptions,
  exportWindowOptions,
  isAllowedExportRequest,
  planExportDocument,
  printToPdfOptions,
  printUrl,
  readyScript,
  withExtension,
} from '../../../src/main/export/export-plan'
import { exportFileName } from '../../../src/shared/ipc'
import { MESSAGES } from '../../../src/shared/messages'

describe('export file names and the save dialog', () => {
  it('names the file after the article, with the layout for PDFs other than slides', () => {
    const name = (format: 'pdf' | 'pptx' | 'html', pdfMode = 'slides' as const) =>
      exportFileName({ suggestedName: 'bai-bao', format, pdfMode })
    expect(name('pdf')).toBe('bai-bao.pdf')
    expect(exportFileName({ suggestedName: 'bai-bao', format: 'pdf', pdfMode: 'notes' })).toBe(
      'bai-bao-notes.pdf',
    )
    expect(exportFileName({ suggestedName: 'bai-bao', format: 'pdf', pdfMode: 'handout' })).toBe(
      'bai-bao-handout.pdf',
    )
    expect(exportFileName({ suggestedName: 'x', format: 'pdf', pdfMode: 'notes-only' })).toBe(
      'x-notes-only.pdf',
    )
    // The layout only names PDFs.
    expect(exportFileName({ suggestedName: 'bai-bao', format: 'pptx', pdfMode: 'handout' })).toBe(
      'bai-bao.pptx',
    )
    expect(name('html')).toBe('bai-bao.html')
    expect(exportFileName({ suggestedName: '  ', format: 'html', pdfMode: 'slides' })).toBe('briefdeck.html')
  })

  it('adds the extension a typed name lacks, and keeps one it has', () => {
    expect(withExtension('/tmp/deck', 'pdf')).toBe('/tmp/deck.pdf')
    expect(withExtension('/tmp/deck.PDF', 'pdf')).toBe('/tmp/deck.PDF')
    expect(withExtension('/tmp/deck.pdf', 'pptx')).toBe('/tmp/deck.pdf.pptx')
  })

  it('opens the save dialog in the folder with the name, one filter for the format, overwrite asked', () => {
    const options = exportSaveDialogOptions(
      { suggestedName: 'bai-bao', format: 'pptx', pdfMode: 'slides' },
      '/home/u/Documents',
      MESSAGES.vi.desktop,
      posix.join,
    )
    expect(options).toEqual({
      defaultPath: '/home/u/Documents/bai-bao.pptx',
      filters: [{ name: 'Bản trình chiếu PowerPoint', extensions: ['pptx'] }],
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    })
  })
})

describe('which document is printed', () => {
  it('builds HTML and PPTX directly', () => {
    expect(planExportDocument({ format: 'html', pdfMode: 'notes', pageSize: 'a4' })).toEqual({ kind: 'html' })
    expect(planExportDocument({ format: 'pptx', pdfMode: 'notes', pageSize: 'a4' })).toEqual({ kind: 'pptx' })
  })

  it('prints slides and notes through reveal print view, waiting for pdf-ready', () => {
    expect(planExportDocument({ format: 'pdf', pdfMode: 'slides', pageSize: 'letter' })).toEqual({
      kind: 'pdf',
      builder: 'standalone',
      query: 'view=print&margin=0&pdfSeparateFragments=false',
      ready: 'pdf-ready',
      pageSize: null,
    })
    expect(planExportDocument({ format: 'pdf', pdfMode: 'notes', pageSize: 'a4' })).toMatchObject({
      builder: 'standalone',
      query: 'view=print&margin=0&pdfSeparateFragments=false&showNotes=separate-page',
    })
  })

  it('prints handouts and notes-only as static pages on the chosen paper, waiting for fonts', () => {
    expect(planExportDocument({ format: 'pdf', pdfMode: 'handout', pageSize: 'letter' })).toEqual({
      kind: 'pdf',
      builder: 'handout',
      query: '',
      ready: 'fonts',
      pageSize: 'letter',
    })
    expect(planExportDocument({ format: 'pdf', pdfMode: 'notes-only', pageSize: 'a4' })).toMatchObject({
      builder: 'notes-only',
      pageSize: 'a4',
    })
  })

  it('sets Letter paper with a later @page rule and leaves A4 documents alone', () => {
    const html =
      '<html><head><style>@page { size: A4 portrait; margin: 15mm; }</style></head><body></body></html>'
    expect(applyPageSize(html, 'a4')).toBe(html)
    expect(applyPageSize(html, null)).toBe(html)
    const letter = applyPageSize(html, 'letter')
    expect(letter.indexOf('size: letter portrait')).toBeGreaterThan(letter.indexOf('size: A4'))
    expect(letter.indexOf('size: letter portrait')).toBeLessThan(letter.indexOf('</head>'))
  })

  it('adds reveal print query to the temporary file URL', () => {
    const slides = planExportDocument({ format: 'pdf', pdfMode: 'slides', pageSize: 'a4' })
    const handout = planExportDocument({ format: 'pdf', pdfMode: 'handout', pageSize: 'a4' })
    if (slides.kind !== 'pdf' || handout.kind !== 'pdf') throw new Error('expected PDF plans')
    expect(printUrl('file:///tmp/x/deck.html', slides)).toBe(
      'file:///tmp/x/deck.html?view=print&margin=0&pdfSeparateFragments=false',
    )
    expect(printUrl('file:///tmp/x/deck.html', handout)).toBe('file:///tmp/x/deck.html')
  })

  it('waits for the deck data-pdf-ready mark or for the fonts', () => {
    expect(readyScript('pdf-ready')).toContain("hasAttribute('data-pdf-ready')")
    expect(readyScript('fonts')).toBe('document.fonts.ready.then(() => true)')
  })
})

describe('the hidden print window', () => {
  it('is hidden, sandboxed, unthrottled, without the preload and in its own session', () => {
    const options = exportWindowOptions()
    expect(options).toMatchObject({ show: false, width: 1280, height: 720 })
    expect(options.webPreferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      backgroundThrottling: false,
      partition: EXPORT_PARTITION,
    })
    expect(options.webPreferences).not.toHaveProperty('preload')
    // In memory: no `persist:` prefix, so nothing of an export stays on disk.
    expect(EXPORT_PARTITION.startsWith('persist:')).toBe(false)
  })

  it('prints at the page own size, with backgrounds, no margins and bookmarks', () => {
    expect(printToPdfOptions()).toEqual({
      preferCSSPageSize: true,
      printBackground: true,
      margins: { top: 0, bottom: 0, left: 0, right: 0 },
      generateDocumentOutline: true,
      generateTaggedPDF: true,
    })
  })

  it('lets the window load its own document and inline data only', () => {
    const document = 'file:///tmp/briefdeck-export-1/deck.html'
    expect(isAllowedExportRequest(`${document}?view=print&margin=0`, document)).toBe(true)
    expect(isAllowedExportRequest('data:font/woff2;base64,AAAA', document)).toBe(true)
    expect(isAllowedExportRequest('file:///etc/passwd', document)).toBe(false)
    expect(isAllowedExportRequest('https://example.com/x.png', document)).toBe(false)
    expect(isAllowedExportRequest('app://bundle/index.html', document)).toBe(false)
    expect(isAllowedExportRequest('not a url', document)).toBe(false)
  })
})
