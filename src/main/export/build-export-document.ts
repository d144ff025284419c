// The CLI's own PPTX writer and PDF information step: the app and the CLI export the same files.
import { exportPptx } from '../../cli/export/export-pptx'
import { setPdfInfo } from '../../cli/export/set-pdf-info'
import { buildHandoutHtml } from '../../renderer/src/export/build-handout-html'
import { buildNotesOnlyHtml } from '../../renderer/src/export/build-notes-only-html'
import { buildStandaloneHtml } from '../../renderer/src/export/build-standalone-html'
import { printedHeadings, type ExportAssets } from '../../renderer/src/export/html-document'
import type { ExportRequest } from '../../shared/ipc'
import { applyPageSize } from '../../renderer/src/export/page-size'
import { planExportDocument, type ExportDocumentPlan } from './export-plan'

/** Prints an HTML document to PDF (a hidden window on the desktop; a fake in tests). */
export type PrintPdf = (
  html: string,
  plan: Extract<ExportDocumentPlan, { kind: 'pdf' }>,
) => Promise<Uint8Array>

/**
 * The exported file's bytes, built by the same builders the CLI uses: the standalone HTML deck (also the
 * document reveal's print view prints), the handout and notes-only pages, the PowerPoint writer. A PDF gets the
 * deck's title and the article's author in its document information, as from the CLI.
 */
export async function buildExportDocument(
  request: ExportRequest,
  assets: ExportAssets,
  printPdf: PrintPdf,
): Promise<Uint8Array | string> {
  const plan = planExportDocument(request)
  const documentOptions = { locale: request.locale, author: request.author }
  if (plan.kind === 'html') return buildStandaloneHtml(request.deck, assets, documentOptions)
  if (plan.kind === 'pptx') return exportPptx(request.deck, { author: request.author })
  const html =
    plan.builder === 'handout'
      ? buildHandoutHtml(request.deck, assets, documentOptions)
      : plan.builder === 'notes-only'
        ? buildNotesOnlyHtml(request.deck, assets, documentOptions)
        : buildStandaloneHtml(request.deck, assets, documentOptions)
  const pdf = await printPdf(applyPageSize(html, plan.pageSize), plan)
  return setPdfInfo(pdf, {
    title: request.deck.title,
    author: request.author ?? 'Briefdeck',
    bookmarkTitles: printedHeadings(request.deck),
  })
}
