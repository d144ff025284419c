import type { Locale } from '../shared/messages'

/** Words only the command line says, in the style of src/shared/messages.ts: Vietnamese first, English too. */
export interface CliMessages {
  /** For a project file given to `export` (error code input/unsupported-type). */
  readonly projectFile: string
  /** What was looked for when no browser was found. */
  readonly lookedFor: (places: string) => string
  readonly wrote: (path: string, slides: number) => string
}

const vi: CliMessages = {
  projectFile:
    'Đây là tệp dự án Briefdeck (.briefdeck.json); lệnh export của phiên bản này chỉ nhận bài báo .txt, .html hoặc .docx. Hãy xuất từ bài báo gốc của dự án.',
  lookedFor: (places) => `đã tìm: ${places}`,
  wrote: (path, slides) => `đã ghi ${path} (${slides} trang chiếu)`,
}

const en: CliMessages = {
  projectFile:
    'This is a Briefdeck project file (.briefdeck.json); export in this version reads articles (.txt, .html or .docx). Export the article the project was made from.',
  lookedFor: (places) => `looked for: ${places}`,
  wrote: (path, slides) => `wrote ${path} (${slides} slides)`,
}

export const CLI_MESSAGES: Readonly<Record<Locale, CliMessages>> = { vi, en }
