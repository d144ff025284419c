import { basename, posix } from 'node:path'
import JSZip from 'jszip'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { readExportAssets } from '../../../src/cli/export/export-assets'
import { fail, ok, type Result } from '../../../src/core/index'
import type { PrintPdf } from '../../../src/main/export/build-export-document'
import {
  ExportTimeoutError,
  PrintFailedError,
  runDeckExport,
  withTimeout,
  type DeckExportDeps,
} from '../../../src/main/export/run-deck-export'
import type { ExportRequest } from '../../../src/shared/ipc'
import { MESSAGES } from '../../../src/shared/messages'
import { exportRequest } from './deck-fixture'

// A small PDF as Chromium writes it (classic cross-reference table), so the information step can append.
const TINY_PDF = [
  '%PDF-1.4',
  '1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj',
  '2 0 obj <</Type /Pages /Kids [] /Count 0>> endobj',
  'xref',
  '0 3',
  '0000000000 65535 f ',
  '0000000009 00000 n ',
  '0000000057 00000 n ',
  'trailer',
  '<</Size 3 /Root 1 0 R>>',
  'startxref',
  '105',
  '%%EOF',
  '',
].join('\n')

interface Recorded {
  readonly deps: DeckExportDeps
  readonly written: Map<string, Uint8Array>
  readonly revealed: string[]
  readonly printed: Parameters<PrintPdf>[]
}

const assets = readExportAssets()

function fakeDesktop(
  overrides: Partial<DeckExportDeps> = {},
  chosen: string | null = '/out/bai-bao',
): Recorded {
  const written = new Map<string, Uint8Array>()
  const revealed: string[] = []
  const printed: Parameters<PrintPdf>[] = []
  const deps: DeckExportDeps = {
    askSavePath: async () => chosen,
    readAssets: () => assets,
    printPdf: async (...args) => {
      printed.push(args)
      return new TextEncoder().encode(TINY_PDF)
    },
    writeFile: async (path, data): Promise<Result<void>> => {
      written.set(path, data)
      return ok(undefined)
    },
    reveal: (path) => void revealed.push(path),
    messages: () => MESSAGES.vi.desktop,
    folder: () => '/home/u/Documents',
    join: posix.join,
    basename,
    ...overrides,
  }
  return { deps, written, revealed, printed }
}

const decode = (data: Uint8Array | undefined) => new TextDecoder().decode(data)

afterEach(() => {
  vi.useRealTimers()
})

describe('exporting from the app', () => {
  it('writes nothing when the save dialog is canceled', async () => {
    const desktop = fakeDesktop({}, null)
    expect(await runDeckExport(exportRequest(), desktop.deps)).toEqual({ status: 'canceled' })
    expect(desktop.written.size).toBe(0)
    expect(desktop.revealed).toEqual([])
  })

  it('suggests the name in the documents folder for the chosen format', async () => {
    const askSavePath = vi.fn(async () => null)
    await runDeckExport(exportRequest({ pdfMode: 'handout' }), fakeDesktop({ askSavePath }).deps)
    expect(askSavePath).toHaveBeenCalledWith(
      expect.objectContaining({
        defaultPath: '/home/u/Documents/bai-bao-handout.pdf',
        filters: [{ name: 'Tài liệu PDF', extensions: ['pdf'] }],
      }),
    )
  })

  it('writes an editable PowerPoint with one slide per shown slide and the edited note', async () => {
    const request = exportRequest({ format: 'pptx' })
    const desktop = fakeDesktop()
    expect(await runDeckExport(request, desktop.deps)).toEqual({ status: 'exported', name: 'bai-bao.pptx' })
    const data = desktop.written.get('/out/bai-bao.pptx')
    if (!data) throw new Error('nothing written')
    const zip = await JSZip.loadAsync(data)
    const slides = Object.keys(zip.files).filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name))
    expect(slides).toHaveLength(request.deck.slides.filter((slide) => !slide.hidden).length)
    const notes = await Promise.all(
      Object.keys(zip.files)
        .filter((name) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(name))
        .map((name) => zip.file(name)?.async('string') ?? ''),
    )
    expect(notes.join('\n')).toContain('Ghi chú đã sửa &lt;b&gt;không phải HTML&lt;/b&gt;')
    expect(desktop.revealed).toEqual(['/out/bai-bao.pptx'])
  })

  it('writes the standalone HTML deck without hidden slides, with the edited note as text', async () => {
    const request = exportRequest({ format: 'html' })
    const desktop = fakeDesktop({ askSavePath: async () => '/out/deck.html' })
    expect(await runDeckExport(request, desktop.deps)).toEqual({ status: 'exported', name: 'deck.html' })
    const html = decode(desktop.written.get('/out/deck.html'))
    const hidden = request.deck.slides[1]
    expect(html).toContain('Ghi chú đã sửa &lt;b&gt;không phải HTML&lt;/b&gt;')
    expect(html.match(/<section /g)).toHaveLength(request.deck.slides.length - 1)
    expect(html).not.toContain(`data-slide-id="${hidden?.id}"`)
  })

  it('prints the PDF layout the user chose and sets the title and author', async () => {
    const request = exportRequest({ pdfMode: 'notes-only', pageSize: 'letter' })
    const desktop = fakeDesktop()
    expect(await runDeckExport(request, desktop.deps)).toEqual({
      status: 'exported',
      name: 'bai-bao.pdf',
    })
    const [html, plan] = desktop.printed[0] ?? []
    expect(plan).toMatchObject({ builder: 'notes-only', ready: 'fonts', pageSize: 'letter' })
    expect(html).toContain('size: letter portrait')
    expect(html).toContain('notes-only__heading')
    const pdf = decode(desktop.written.get('/out/bai-bao.pdf'))
    expect(pdf.startsWith('%PDF-')).toBe(true)
    // The information dictionary holds UTF-16 hex text: the author "Phóng viên".
    const hex = [...'Phóng viên'].map((char) =>
      char.charCodeAt(0).toString(16).padStart(4, '0').toUpperCase(),
    )
    expect(pdf).toContain(`/Author <FEFF${hex.join('')}>`)
  })

  it('prints slides in reveal print view', async () => {
    const desktop = fakeDesktop()
    await runDeckExport(exportRequest({ pdfMode: 'notes' }), desktop.deps)
    const [html, plan] = desktop.printed[0] ?? []
    expect(plan).toMatchObject({ builder: 'standalone', ready: 'pdf-ready' })
    expect(plan?.query).toContain('showNotes=separate-page')
    expect(html).toContain('Reveal.initialize')
  })

  it('reports a print window that never got ready as export/timeout, and writes nothing', async () => {
    const desktop = fakeDesktop({
      printPdf: async () => {
        throw new ExportTimeoutError()
      },
    })
    expect(await runDeckExport(exportRequest(), desktop.deps)).toEqual({
      status: 'error',
      code: 'export/timeout',
    })
    expect(desktop.written.size).toBe(0)
  })

  it('reports a print window that crashed as export/browser-failed', async () => {
    const desktop = fakeDesktop({
      printPdf: async () => {
        throw new PrintFailedError('renderer crashed')
      },
    })
    expect(await runDeckExport(exportRequest(), desktop.deps)).toEqual({
      status: 'error',
      code: 'export/browser-failed',
    })
  })

  it('reports a refused write as output/unwritable and shows no file', async () => {
    const desktop = fakeDesktop({ writeFile: async () => fail('output/unwritable', 'EACCES') })
    const request: ExportRequest = exportRequest({ format: 'html' })
    expect(await runDeckExport(request, desktop.deps)).toEqual({ status: 'error', code: 'output/unwritable' })
    expect(desktop.revealed).toEqual([])
  })

  it('reports anything else as internal', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const desktop = fakeDesktop({ readAssets: async () => Promise.reject(new Error('ENOENT deck.css')) })
    expect(await runDeckExport(exportRequest(), desktop.deps)).toEqual({ status: 'error', code: 'internal' })
  })
})

describe('withTimeout', () => {
  it('passes a result through and rejects with ExportTimeoutError when the time is up', async () => {
    await expect(withTimeout(Promise.resolve(1), 1000)).resolves.toBe(1)
    vi.useFakeTimers()
    const never = withTimeout(new Promise(() => undefined), 60_000)
    const checked = expect(never).rejects.toBeInstanceOf(ExportTimeoutError)
    await vi.advanceTimersByTimeAsync(60_000)
    await checked
  })
})
