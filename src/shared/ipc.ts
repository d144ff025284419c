/** Every channel is namespaced so a stray message from elsewhere can never match one of ours. */
export const IPC = {
  openFile: 'briefdeck:open-file',
  menuCommand: 'briefdeck:menu-command',
  startPresentation: 'briefdeck:start-presentation',
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
] as const
export type MenuCommand = (typeof MENU_COMMANDS)[number]

/** What the main process answers when the renderer asks it to show the open-file dialog. */
export type OpenFileResult =
  | { readonly status: 'opened'; readonly name: string; readonly bytes: Uint8Array }
  | { readonly status: 'canceled' }
  | { readonly status: 'error'; readonly code: 'input/too-large' | 'input/unreadable'; readonly name: string }

/** The only API the preload exposes to the page (as `window.briefdeck`). */
export interface BriefdeckBridge {
  openFile(): Promise<OpenFileResult>
  onMenuCommand(listener: (command: MenuCommand) => void): () => void
  /**
   * Opens the audience and presenter windows (main places them on the displays); the deck itself reaches
   * them from this window over the presentation BroadcastChannel. `fromSlide` is zero-based.
   */
  startPresentation(fromSlide: number): Promise<void>
}

/** The payload of `IPC.startPresentation`. */
export interface StartPresentationRequest {
  readonly fromSlide: number
}
