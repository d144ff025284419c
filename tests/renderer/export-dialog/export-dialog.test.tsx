import { act, cleanup, fireEvent, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { Deck } from '../../../src/core/index'
import { ExportDialog } from '../../../src/renderer/src/export-dialog/export-dialog'
import {
  defaultPageSize,
  exportBaseName,
  exportedDeck,
} from '../../../src/renderer/src/export-dialog/export-choices'
import type { ExportRequest, ExportResult } from '../../../src/shared/ipc'
import { MESSAGES, type Locale } from '../../../src/shared/messages'

const DECK: Deck = {
  title: 'Hội nghị',
  slides: [
    { id: 'title-1', kind: 'title', title: 'Hội nghị', bullets: [], figures: [], notes: 'Ghi chú đã sửa' },
    { id: 'event-1', kind: 'event', title: 'Sự kiện', bullets: [], figures: [], notes: '', hidden: true },
    { id: 'directives-1', kind: 'directives', title: 'Chỉ đạo', bullets: [], figures: [], notes: 'Hai' },
  ],
}

function setup(options: {
  kind?: 'electron' | 'browser'
  locale?: Locale
  exportDeck?: (request: ExportRequest) => Promise<ExportResult>
}) {
  const locale = options.locale ?? 'vi'
  const exportDeck = vi.fn(
    options.exportDeck ?? (async () => ({ status: 'exported', name: 'x.pdf' }) as const),
  )
  const onClose = vi.fn()
  const view = render(
    <ExportDialog
      open
      onClose={onClose}
      host={{ kind: options.kind ?? 'electron', exportDeck }}
      deck={DECK}
      articleFileName="bai-bao.txt"
      author="Phóng viên"
      locale={locale}
      messages={MESSAGES[locale]}
    />,
  )
  return { exportDeck, onClose, view }
}

function deferred<T>() {
  let resolve: (value: T) => void = () => undefined
  const promise = new Promise<T>((done) => {
    resolve = done
  })
  return { promise, resolve }
}

afterEach(cleanup)

describe('ExportDialog', () => {
  it('is a dialog named by its title, in Vietnamese by default', () => {
    setup({})
    const dialog = screen.getByRole('dialog', { name: 'Xuất bản trình chiếu' })
    expect(dialog.getAttribute('aria-modal')).toBe('true')
    expect(screen.getByText('Xuất 2 trang như đang sửa; 1 trang đang ẩn được bỏ qua.')).toBeTruthy()
  })

  it('offers PDF layouts for PDF and a paper size for the paper layouts only', () => {
    setup({ locale: 'en' })
    expect(screen.getByRole('radio', { name: 'PDF' })).toHaveProperty('checked', true)
    expect(screen.getByRole('radio', { name: 'Slides' })).toHaveProperty('checked', true)
    expect(screen.queryByRole('combobox', { name: 'Paper size' })).toBeNull()
    fireEvent.click(screen.getByRole('radio', { name: /^Handout/ }))
    expect(screen.getByRole('combobox', { name: 'Paper size' })).toBeTruthy()
    fireEvent.click(screen.getByRole('radio', { name: 'PowerPoint (.pptx)' }))
    expect(screen.queryByRole('radio', { name: 'Slides' })).toBeNull()
    expect(screen.queryByRole('combobox', { name: 'Paper size' })).toBeNull()
  })

  it('sends the edited deck without hidden slides, with the chosen format, layout and paper', async () => {
    const { exportDeck } = setup({})
    fireEvent.click(screen.getByRole('radio', { name: /^Tài liệu phát tay/ }))
    fireEvent.change(screen.getByRole('combobox', { name: 'Khổ giấy' }), { target: { value: 'letter' } })
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Xuất' }))
    })
    expect(exportDeck).toHaveBeenCalledTimes(1)
    const request = exportDeck.mock.calls[0]?.[0]
    expect(request).toMatchObject({
      format: 'pdf',
      pdfMode: 'handout',
      pageSize: 'letter',
      suggestedName: 'bai-bao',
      author: 'Phóng viên',
      locale: 'vi',
    })
    expect(request?.deck.slides.map((slide) => slide.id)).toEqual(['title-1', 'directives-1'])
    expect(request?.deck.slides[0]?.notes).toBe('Ghi chú đã sửa')
    expect(screen.getByTestId('export-status').textContent).toBe('Đã xuất “x.pdf”.')
  })

  it('shows that it is busy, cannot start twice, and ignores Esc until done', async () => {
    const pending = deferred<ExportResult>()
    const { exportDeck, onClose } = setup({ exportDeck: () => pending.promise })
    const start = screen.getByRole('button', { name: 'Xuất' })
    await act(async () => {
      fireEvent.click(start)
      fireEvent.click(start)
    })
    expect(screen.getByTestId('export-status').textContent).toBe('Đang xuất… Vui lòng chờ.')
    expect(screen.getByRole('dialog').getAttribute('aria-busy')).toBe('true')
    expect(screen.getByTestId('export-start')).toHaveProperty('disabled', true)
    expect(screen.getByRole('button', { name: 'Đóng' })).toHaveProperty('disabled', true)
    fireEvent.submit(screen.getByTestId('export-start').closest('form') as HTMLFormElement)
    fireEvent.keyDown(window, { key: 'Escape' })
    expect(onClose).not.toHaveBeenCalled()
    expect(exportDeck).toHaveBeenCalledTimes(1)
    await act(async () => {
      pending.resolve({ status: 'exported', name: 'bai-bao.pdf' })
    })
    expect(screen.getByTestId('export-status').textContent).toBe('Đã xuất “bai-bao.pdf”.')
    fireEvent.keyDown(window, { key: 'Escape' })
    expect(onClose).toHaveBeenCalledTimes(1)
  })

  it('says clearly why an export failed, in the user language', async () => {
    setup({ locale: 'en', exportDeck: async () => ({ status: 'error', code: 'export/timeout' }) })
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Export' }))
    })
    expect(screen.getByRole('alert').textContent).toBe(
      'The export failed: Printing the PDF took too long and was stopped. Try again.',
    )
    expect(screen.getByTestId('export-start')).toHaveProperty('disabled', false)
  })

  it('reports a host that throws as an unexpected error, and shows nothing when the user cancels', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined)
    let answer: () => Promise<ExportResult> = async () => ({ status: 'canceled' })
    setup({ exportDeck: () => answer() })
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Xuất' }))
    })
    expect(screen.getByTestId('export-status').textContent).toBe('')
    expect(screen.queryByRole('alert')).toBeNull()
    answer = async () => Promise.reject(new Error('bridge gone'))
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Xuất' }))
    })
    expect(screen.getByRole('alert').textContent).toContain(MESSAGES.vi.errors.internal)
  })

  it('in a browser offers PDF through the print dialog, and says what to do in the print tab', async () => {
    const { exportDeck } = setup({
      kind: 'browser',
      exportDeck: async () => ({ status: 'exported', name: 'bai-bao.pdf' }),
    })
    expect(screen.getByRole('radio', { name: 'PDF' })).toHaveProperty('checked', true)
    expect(screen.getByText(/PDF được tạo qua hộp thoại In/)).toBeTruthy()
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Xuất' }))
    })
    expect(exportDeck.mock.calls[0]?.[0]).toMatchObject({ format: 'pdf', pdfMode: 'slides' })
    expect(screen.getByTestId('export-status').textContent).toBe(MESSAGES.vi.exportDialog.printOpened)
  })

  it('in a browser says the same in English', async () => {
    setup({
      kind: 'browser',
      locale: 'en',
      exportDeck: async () => ({ status: 'exported', name: 'bai-bao.pdf' }),
    })
    expect(screen.getByText(/choose “Save as PDF” as the printer/)).toBeTruthy()
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Export' }))
    })
    expect(screen.getByTestId('export-status').textContent).toBe(MESSAGES.en.exportDialog.printOpened)
  })

  it('in a browser says a blocked print tab is a pop-up to allow', async () => {
    setup({ kind: 'browser', exportDeck: async () => ({ status: 'error', code: 'export/browser-failed' }) })
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Xuất' }))
    })
    expect(screen.getByRole('alert').textContent).toContain('cho phép cửa sổ bật lên')
  })

  it('in a browser says where a PowerPoint file went, without the print note', async () => {
    setup({ kind: 'browser', exportDeck: async () => ({ status: 'exported', name: 'bai-bao.pptx' }) })
    fireEvent.click(screen.getByRole('radio', { name: 'PowerPoint (.pptx)' }))
    expect(screen.queryByText(/PDF được tạo qua hộp thoại In/)).toBeNull()
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Xuất' }))
    })
    expect(screen.getByTestId('export-status').textContent).toBe('Đã tải xuống “bai-bao.pptx”.')
  })

  it('closes on Esc when idle', () => {
    const { onClose } = setup({})
    fireEvent.keyDown(window, { key: 'Escape' })
    expect(onClose).toHaveBeenCalledTimes(1)
  })
})

describe('export choices', () => {
  it('names the file after the article, without anything a file name cannot hold', () => {
    expect(exportBaseName('bai-bao.txt')).toBe('bai-bao')
    expect(exportBaseName('a/b:c.docx')).toBe('a-b-c')
    expect(exportBaseName(null)).toBe('briefdeck')
    expect(exportBaseName('..')).toBe('briefdeck')
  })

  it('uses Letter in North America and A4 elsewhere', () => {
    expect(defaultPageSize('en-US')).toBe('letter')
    expect(defaultPageSize('vi-VN')).toBe('a4')
    expect(defaultPageSize(undefined)).toBe('a4')
  })

  it('leaves hidden slides out', () => {
    expect(exportedDeck(DECK).slides.map((slide) => slide.id)).toEqual(['title-1', 'directives-1'])
  })
})
