import type { BriefdeckErrorCode, Deck } from '../core/index'
import type { Locale } from './messages'

/** Every channel is namespaced so a stray message from elsewhere can never match one of ours. */
export const IPC = {
  openFile: 'briefdeck:open-file',
  menuCommand: 'briefdeck:menu-command',
  startPresentation: 'briefdeck:start-presentation',
  saveProject: 'briefdeck:save-project',
  autosave: 'briefdeck:autosave',
  readRecovery: 'briefdeck:read-recovery',
  documentState: 'briefdeck:document-state',
  fileOpened: 'briefdeck:file-opened',
  exportDeck: 'briefdeck:export',
} as const

/** Files over this size are refused before they are read into memory. */
export const MAX_INPUT_BYTES = 20 * 1024 * 1024

export const MENU_COMMANDS = [
  'open',
  'present',
  'present-from-current',
  'swap-displays',
  'about',
  'language-vi',
  'language-en',
  'undo',
  'redo',
  'save',
  'save-as',
  'export',
] as const
export type MenuCommand = (typeof MENU_COMMANDS)[number]

export const EXPORT_FORMATS = ['pdf', 'pptx', 'html'] as const
export type ExportFormat = (typeof EXPORT_FORMATS)[number]
/** The CLI's `--mode`: the deck as shown, slides with a notes page each, A4 handouts, the notes alone. */
export const PDF_MODES = ['slides', 'notes', 'handout', 'notes-only'] as const
export type PdfMode = (typeof PDF_MODES)[number]
/** The paper of the printed documents (handout, notes only); slide pages are always the slide's own 16:9. */
export const PAGE_SIZES = ['a4', 'letter'] as const
export type PageSize = (typeof PAGE_SIZES)[number]

const EXPORT_EXTENSIONS: Readonly<Record<ExportFormat, string>> = { pdf: 'pdf', pptx: 'pptx', html: 'html' }
/** Beside the deck's own name, so exporting several PDF layouts does not overwrite one with another. */
const PDF_MODE_SUFFIXES: Readonly<Record<PdfMode, string>> = {
  slides: '',
  notes: '-notes',
  handout: '-handout',
  'notes-only': '-notes-only',
}

export function exportExtension(format: ExportFormat): string {
  return EXPORT_EXTENSIONS[format]
}

/** The exported file's name on both hosts: `bai-bao` → `bai-bao.pptx`, `bai-bao-handout.pdf`. */
export function exportFileName(request: {
  readonly suggestedName: string
  readonly format: ExportFormat
  readonly pdfMode: PdfMode
}): string {
  const base = request.suggestedName.trim() || 'briefdeck'
  const suffix = request.format === 'pdf' ? PDF_MODE_SUFFIXES[request.pdfMode] : ''
  return `${base}${suffix}.${exportExtension(request.format)}`
}

/** Exporting the edited deck from the editor (hidden slides already left out by the page). */
export interface ExportRequest {
  readonly deck: Deck
  readonly format: ExportFormat
  /** Used when `format` is 'pdf'. */
  readonly pdfMode: PdfMode
  /** Used by the paper modes (handout, notes only). */
  readonly pageSize: PageSize
  /** The file's name without extension (the article's), e.g. `bai-bao`; main adds the extension. */
  readonly suggestedName: string
  /** The article's byline: the document's author; 'Briefdeck' when there is none. */
  readonly author: string | null
  /** The language of the words Briefdeck adds (the notes label). */
  readonly locale: Locale
}

/** The failures an export can report; each has a message in both languages. */
export type ExportErrorCode = Extract<
  BriefdeckErrorCode,
  'export/timeout' | 'export/browser-failed' | 'output/unwritable' | 'internal'
>

export type ExportResult =
  | { readonly status: 'exported'; readonly name: string }
  | { readonly status: 'canceled' }
  | { readonly status: 'error'; readonly code: ExportErrorCode }

/** What the main process answers when the renderer asks it to show the open-file dialog. */
export type OpenFileResult =
  | { readonly status: 'opened'; readonly name: string; readonly bytes: Uint8Array }
  | { readonly status: 'canceled' }
  | { readonly status: 'error'; readonly code: 'input/too-large' | 'input/unreadable'; readonly name: string }

/** Saving the open project to a `*.briefdeck.json` file chosen by the user (or the one it came from). */
export interface SaveProjectRequest {
  /** The project file's text (`serializeProject`). */
  readonly projectText: string
  /** Ask where to save even when the project already has a file. */
  readonly saveAs: boolean
  /** The file name the save dialog proposes, e.g. `bai-bao.briefdeck.json`. */
  readonly suggestedName: string
}

export type SaveProjectResult =
  | { readonly status: 'saved'; readonly name: string }
  | { readonly status: 'canceled' }
  | { readonly status: 'error'; readonly code: 'output/unwritable' }

/** What the window shows in its title and asks about when it is closed. */
export interface DocumentState {
  readonly fileName: string | null
  /** Edits not yet in a project file the user chose (they are in the recovery copy). */
  readonly dirty: boolean
  /** The project's text, so main can save it when the user answers "Save" while closing. */
  readonly projectText: string
}

/** The only API the preload exposes to the page (as `window.briefdeck`). */
export interface BriefdeckBridge {
  openFile(): Promise<OpenFileResult>
  onMenuCommand(listener: (command: MenuCommand) => void): () => void
  /**
   * Opens the audience and presenter windows (main places them on the displays); the deck itself reaches
   * them from this window over the presentation BroadcastChannel. `fromSlide` is zero-based.
   */
  startPresentation(fromSlide: number): Promise<void>
  /** Saves to the project's file, or asks where (first save, Save As). */
  saveProject(request: SaveProjectRequest): Promise<SaveProjectResult>
  /**
   * Keeps the project where a crash cannot lose it: in its own file once it has one, else in a recovery copy
   * in the app's data folder. Rejects when the disk refuses; the edits stay in memory.
   */
  autosave(projectText: string): Promise<void>
  /** The newest recovery copy left by a session that did not end cleanly, if any. */
  readRecovery(): Promise<string | null>
  /** Tells main the window title and whether closing must ask about unsaved changes. */
  setDocumentState(state: DocumentState): void
  /** Files main opened for the page (recent files, a file given on the command line). */
  onFileOpened(listener: (file: { name: string; bytes: Uint8Array }) => void): () => void
  /** Asks where to save, builds the document (PDF in a hidden window), writes it atomically, shows it. */
  exportDeck(request: ExportRequest): Promise<ExportResult>
}

/** The payload of `IPC.startPresentation`. */
export interface StartPresentationRequest {
  readonly fromSlide: number
}
