import { createProject, type ProjectFile } from '../../../src/core/index'

/** A small project whose notes say which generation of saves wrote it. */
export function sampleProject(generation: number, notesLength = 100): ProjectFile {
  const notes = `Thế hệ ${generation}: ${'ghi chú '.repeat(Math.ceil(notesLength / 8))}`.slice(0, notesLength)
  return {
    ...createProject({
      id: 'unsaved-1',
      fileName: 'bài báo.txt',
      text: 'Sáng 3-4, tỉnh họp bàn về chuyển đổi số.',
      deck: {
        title: `Thế hệ ${generation}`,
        slides: [
          { id: 'title-1', kind: 'title', title: 'Họp', bullets: [], figures: [], notes: 'Giới thiệu.' },
        ],
      },
    }),
    edits: [{ type: 'set-notes', slideId: 'title-1', text: notes }],
    savedAt: new Date(Date.UTC(2026, 3, 3, 8, 0, generation % 60)).toISOString(),
  }
}
