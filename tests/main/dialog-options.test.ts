import { describe, expect, it } from 'vitest'
import { closePromptOptions, openDialogFilters, saveDialogFilters } from '../../src/main/dialog-options'
import { closeAnswerFromButton } from '../../src/main/document-state'
import { MESSAGES } from '../../src/shared/messages'

describe('file dialogs', () => {
  it('open articles and *.briefdeck.json projects', () => {
    const filters = openDialogFilters(MESSAGES.en.desktop, 'linux')
    expect(filters[0]).toEqual({
      name: 'Articles and Briefdeck projects',
      extensions: ['txt', 'html', 'htm', 'docx', 'briefdeck.json'],
    })
    expect(filters.map((filter) => filter.name)).toEqual([
      'Articles and Briefdeck projects',
      'Articles',
      'Briefdeck projects',
      'All files',
    ])
  })

  it('fall back to *.json on macOS, which matches only the last extension', () => {
    expect(openDialogFilters(MESSAGES.vi.desktop, 'darwin')[2]).toEqual({
      name: 'Dự án Briefdeck',
      extensions: ['json'],
    })
    expect(saveDialogFilters(MESSAGES.vi.desktop, 'darwin')).toEqual([
      { name: 'Dự án Briefdeck', extensions: ['json'] },
    ])
    expect(saveDialogFilters(MESSAGES.en.desktop, 'win32')).toEqual([
      { name: 'Briefdeck projects', extensions: ['briefdeck.json'] },
    ])
  })
})

describe('the question on close', () => {
  it('offers Save, Don’t Save and Cancel in the app language, Cancel on Escape', () => {
    const vi = closePromptOptions(MESSAGES.vi.desktop, 'họp.briefdeck.json')
    expect(vi.buttons).toEqual(['Lưu', 'Không lưu', 'Huỷ'])
    expect(vi.message).toContain('họp.briefdeck.json')
    expect(closeAnswerFromButton(vi.cancelId ?? -1)).toBe('cancel')
    expect(closeAnswerFromButton(vi.defaultId ?? -1)).toBe('save')
    const en = closePromptOptions(MESSAGES.en.desktop, 'Untitled')
    expect(en.buttons).toEqual(['Save', "Don't Save", 'Cancel'])
    expect(en.message).toBe('Save the changes to “Untitled” before closing?')
  })
})
