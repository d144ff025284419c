import type { FileFilter, MessageBoxOptions } from 'electron'
import type { DesktopMessages } from '../shared/messages'
import { CLOSE_ANSWERS, CLOSE_CANCEL_INDEX } from './document-state'

const ARTICLE_EXTENSIONS = ['txt', 'html', 'htm', 'docx']

/**
 * macOS matches a filter against the last extension only, so `briefdeck.json` would hide every project there;
 * it gets `json`, the other systems the exact `*.briefdeck.json`.
 */
function projectExtension(platform: NodeJS.Platform): string {
  return platform === 'darwin' ? 'json' : 'briefdeck.json'
}

/** File › Open and New from Article: articles and project files in one dialog. */
export function openDialogFilters(messages: DesktopMessages, platform: NodeJS.Platform): FileFilter[] {
  const project = projectExtension(platform)
  return [
    { name: messages.supportedFiles, extensions: [...ARTICLE_EXTENSIONS, project] },
    { name: messages.articleFiles, extensions: ARTICLE_EXTENSIONS },
    { name: messages.projectFiles, extensions: [project] },
    { name: messages.allFiles, extensions: ['*'] },
  ]
}

export function saveDialogFilters(messages: DesktopMessages, platform: NodeJS.Platform): FileFilter[] {
  return [{ name: messages.projectFiles, extensions: [projectExtension(platform)] }]
}

/** The question on closing a window with unsaved edits; buttons in `CLOSE_ANSWERS` order. */
export function closePromptOptions(messages: DesktopMessages, name: string): MessageBoxOptions {
  const labels: Readonly<Record<(typeof CLOSE_ANSWERS)[number], string>> = {
    save: messages.save,
    discard: messages.dontSave,
    cancel: messages.cancel,
  }
  return {
    type: 'warning',
    title: 'Briefdeck',
    message: messages.unsavedQuestion(name),
    detail: messages.unsavedDetail,
    buttons: CLOSE_ANSWERS.map((answer) => labels[answer]),
    defaultId: 0,
    cancelId: CLOSE_CANCEL_INDEX,
    noLink: true,
  }
}
