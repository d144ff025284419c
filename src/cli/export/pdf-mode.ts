/** The PDF layouts `export --pdf` prints; kept apart so parsing arguments loads no exporter. */
export const PDF_MODES = ['slides', 'notes', 'handout', 'notes-only'] as const
export type PdfMode = (typeof PDF_MODES)[number]
