import { describe, expect, it } from 'vitest'
import {
  autosaveArguments,
  documentStateArguments,
  MAX_PROJECT_TEXT_LENGTH,
  plainFileNameSchema,
  saveProjectArguments,
} from '../../src/main/ipc-schemas'

describe('IPC payloads', () => {
  it('accept a save request', () => {
    const request = { projectText: '{}', saveAs: false, suggestedName: 'bài báo.briefdeck.json' }
    expect(saveProjectArguments.parse([request])).toEqual([request])
  })

  it('refuse a suggested name with a folder part, or no name', () => {
    for (const suggestedName of [
      '../x.briefdeck.json',
      '/etc/passwd',
      'a\\b.json',
      '',
      '.',
      '..',
      'a\u0000b',
    ]) {
      expect(
        saveProjectArguments.safeParse([{ projectText: '', saveAs: false, suggestedName }]).success,
      ).toBe(false)
    }
    expect(plainFileNameSchema.safeParse('x'.repeat(256)).success).toBe(false)
  })

  it('refuse wrong types, missing fields and extra arguments', () => {
    expect(
      saveProjectArguments.safeParse([{ projectText: 1, saveAs: false, suggestedName: 'a' }]).success,
    ).toBe(false)
    expect(
      saveProjectArguments.safeParse([{ projectText: '', saveAs: 'yes', suggestedName: 'a' }]).success,
    ).toBe(false)
    expect(saveProjectArguments.safeParse([{ projectText: '', saveAs: false }]).success).toBe(false)
    expect(
      saveProjectArguments.safeParse([{ projectText: '', saveAs: false, suggestedName: 'a' }, 'more'])
        .success,
    ).toBe(false)
    expect(autosaveArguments.safeParse([]).success).toBe(false)
    expect(autosaveArguments.safeParse([{ text: '' }]).success).toBe(false)
  })

  it('refuse a project text over the limit', () => {
    expect(autosaveArguments.safeParse(['x'.repeat(1000)]).success).toBe(true)
    expect(autosaveArguments.safeParse(['x'.repeat(MAX_PROJECT_TEXT_LENGTH + 1)]).success).toBe(false)
  })

  it('accept a document state with or without a file name', () => {
    expect(
      documentStateArguments.safeParse([{ fileName: null, dirty: true, projectText: '{}' }]).success,
    ).toBe(true)
    expect(
      documentStateArguments.safeParse([{ fileName: 'a.briefdeck.json', dirty: false, projectText: '' }])
        .success,
    ).toBe(true)
    expect(
      documentStateArguments.safeParse([{ fileName: '/home/a.json', dirty: false, projectText: '' }]).success,
    ).toBe(false)
    expect(documentStateArguments.safeParse([{ fileName: null, dirty: 1, projectText: '' }]).success).toBe(
      false,
    )
  })
})
