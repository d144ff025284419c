import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { buildBriefingFromText, type Deck } from '../../../src/core/index'
import type { ExportRequest } from '../../../src/shared/ipc'

const SEED = resolve(__dirname, '../../../resources/seed/dong-nai-e-government-2020-02-12.txt')

/** The seed deck as the editor shows it after edits: a note rewritten and the second slide hidden. */
export function editedSeedDeck(): Deck {
  const deck = buildBriefingFromText(readFileSync(SEED, 'utf8'), 'seed.txt').deck
  return {
    ...deck,
    slides: deck.slides.map((slide, index) => ({
      ...slide,
      ...(index === 0 ? { notes: 'Ghi chú đã sửa <b>không phải HTML</b>' } : {}),
      ...(index === 1 ? { hidden: true } : {}),
    })),
  }
}

export function exportRequest(overrides: Partial<ExportRequest> = {}): ExportRequest {
  return {
    deck: editedSeedDeck(),
    format: 'pdf',
    pdfMode: 'slides',
    pageSize: 'a4',
    suggestedName: 'bai-bao',
    author: 'Phóng viên',
    locale: 'vi',
    ...overrides,
  }
}
