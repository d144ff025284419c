import { describe, expect, it } from 'vitest'
import {
  chooseSaveTarget,
  closeAfterSave,
  closeAnswerFromButton,
  CLOSE_CANCEL_INDEX,
  decideClose,
  formatWindowTitle,
  suggestProjectFileName,
  withProjectExtension,
} from '../../src/main/document-state'
import { MESSAGES } from '../../src/shared/messages'

describe('window title', () => {
  it('names the file, marks unsaved edits with a leading dot', () => {
    const messages = MESSAGES.vi.desktop
    expect(formatWindowTitle({ fileName: 'họp.briefdeck.json', dirty: false }, messages)).toBe(
      'họp.briefdeck.json — Briefdeck',
    )
    expect(formatWindowTitle({ fileName: 'họp.briefdeck.json', dirty: true }, messages)).toBe(
      '• họp.briefdeck.json — Briefdeck',
    )
  })

  it('says Untitled in the app language when there is no file', () => {
    expect(formatWindowTitle({ fileName: null, dirty: true }, MESSAGES.vi.desktop)).toBe(
      '• Chưa lưu — Briefdeck',
    )
    expect(formatWindowTitle({ fileName: null, dirty: false }, MESSAGES.en.desktop)).toBe(
      'Untitled — Briefdeck',
    )
  })
})

describe('where a save goes', () => {
  const base = { documentsDir: '/home/an/Documents', suggestedName: 'bai-bao.briefdeck.json' }

  it('writes straight to the project file it has', () => {
    expect(chooseSaveTarget({ ...base, projectPath: '/d/a.briefdeck.json', saveAs: false })).toEqual({
      kind: 'file',
      path: '/d/a.briefdeck.json',
    })
  })

  it('asks, starting in Documents with the suggested name, when there is no file yet', () => {
    expect(chooseSaveTarget({ ...base, projectPath: undefined, saveAs: false })).toEqual({
      kind: 'ask',
      defaultPath: '/home/an/Documents/bai-bao.briefdeck.json',
    })
  })

  it('asks on Save As, starting at the current file', () => {
    expect(chooseSaveTarget({ ...base, projectPath: '/d/a.briefdeck.json', saveAs: true })).toEqual({
      kind: 'ask',
      defaultPath: '/d/a.briefdeck.json',
    })
    expect(chooseSaveTarget({ ...base, projectPath: undefined, saveAs: true })).toEqual({
      kind: 'ask',
      defaultPath: '/home/an/Documents/bai-bao.briefdeck.json',
    })
  })

  it('gives a chosen name the project ending exactly once', () => {
    expect(withProjectExtension('/d/họp')).toBe('/d/họp.briefdeck.json')
    expect(withProjectExtension('/d/họp.json')).toBe('/d/họp.briefdeck.json')
    expect(withProjectExtension('/d/họp.briefdeck.json')).toBe('/d/họp.briefdeck.json')
    expect(withProjectExtension('/d/HỌP.BRIEFDECK.JSON')).toBe('/d/HỌP.BRIEFDECK.JSON')
  })

  it('suggests the article name with the project ending', () => {
    expect(suggestProjectFileName('bài báo.docx', 'Chưa lưu')).toBe('bài báo.briefdeck.json')
    expect(suggestProjectFileName('họp.briefdeck.json', 'Chưa lưu')).toBe('họp.briefdeck.json')
    expect(suggestProjectFileName('C:\\tin\\bai.txt', 'Untitled')).toBe('bai.briefdeck.json')
    expect(suggestProjectFileName(null, 'Untitled')).toBe('Untitled.briefdeck.json')
  })
})

describe('closing a window', () => {
  const clean = { dirty: false }
  const dirty = { dirty: true }

  it('closes at once when nothing is unsaved, or nothing was reported', () => {
    expect(decideClose(clean, null)).toBe('close')
    expect(decideClose(undefined, null)).toBe('close')
    // An answer given for edits that were saved meanwhile changes nothing.
    expect(decideClose(clean, 'cancel')).toBe('close')
  })

  it('asks when there are unsaved edits', () => {
    expect(decideClose(dirty, null)).toBe('ask')
  })

  it('follows the answer', () => {
    expect(decideClose(dirty, 'save')).toBe('save-then-close')
    expect(decideClose(dirty, 'discard')).toBe('discard-then-close')
    expect(decideClose(dirty, 'cancel')).toBe('stay')
  })

  it('reads the dialog buttons in order, anything else as Cancel', () => {
    expect([0, 1, 2].map(closeAnswerFromButton)).toEqual(['save', 'discard', 'cancel'])
    expect(closeAnswerFromButton(CLOSE_CANCEL_INDEX)).toBe('cancel')
    expect(closeAnswerFromButton(-1)).toBe('cancel')
    expect(closeAnswerFromButton(7)).toBe('cancel')
  })

  it('closes after Save only when the save went through', () => {
    expect(closeAfterSave({ status: 'saved', name: 'a.briefdeck.json' })).toBe(true)
    expect(closeAfterSave({ status: 'canceled' })).toBe(false)
    expect(closeAfterSave({ status: 'error', code: 'output/unwritable' })).toBe(false)
  })
})
