import type {
  DocumentState,
  ExportRequest,
  ExportResult,
  MenuCommand,
  SaveProjectRequest,
  SaveProjectResult,
} from '../../../shared/ipc'
import type { BriefdeckErrorCode } from '../../../core/index'

/** A file the user picked, read into memory. */
export interface PickedFile {
  readonly name: string
  readonly bytes: Uint8Array
}

export type PickResult =
  | { readonly status: 'picked'; readonly file: PickedFile }
  | { readonly status: 'canceled' }
  | { readonly status: 'error'; readonly code: BriefdeckErrorCode }

/**
 * What the renderer needs from where it runs. The Electron host goes through the preload bridge; the browser
 * host uses a file input, so the same app runs as a plain web page.
 */
export interface Host {
  readonly kind: 'electron' | 'browser'
  /** Shows a native open dialog; null where the page's own file input is used instead. */
  readonly pickFile: (() => Promise<PickResult>) | null
  onMenuCommand(listener: (command: MenuCommand) => void): () => void
  /** The last autosaved project text, if any (browser storage, or the desktop's recovery copy). */
  readAutosave(): Promise<string | null>
  /** Keeps the project text where a reload or a crash cannot lose it. */
  writeAutosave(projectText: string): Promise<void>
  /**
   * Desktop only: main opens the audience and presenter windows on the right displays. Absent in a browser,
   * where the page itself becomes the audience view and opens the presenter window.
   */
  readonly startPresentation?: (fromSlide: number) => Promise<void>
  /** Desktop only: Save and Save As through native dialogs and atomic writes. The browser downloads instead. */
  readonly saveProject?: (request: SaveProjectRequest) => Promise<SaveProjectResult>
  /** Desktop only: window title, unsaved mark and the question on close. */
  readonly setDocumentState?: (state: DocumentState) => void
  /** Desktop only: files main opened for the page (recent files). */
  readonly onFileOpened?: (listener: (file: PickedFile) => void) => () => void
  /**
   * Exports the edited deck. The desktop asks where and writes PDF, PowerPoint or HTML; the browser builds
   * PowerPoint and HTML in the page and downloads them (no PDF there).
   */
  readonly exportDeck?: (request: ExportRequest) => Promise<ExportResult>
}
