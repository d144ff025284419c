import { dialog, type BrowserWindow } from 'electron'
import { MESSAGES, type Locale } from '../shared/messages'
import { closePromptOptions } from './dialog-options'
import type { DocumentSessions } from './document-sessions'
import { closeAfterSave, closeAnswerFromButton, decideClose, suggestProjectFileName } from './document-state'

export interface CloseGuardServices {
  readonly documents: DocumentSessions
  locale(): Locale
  /** Closes the window for good (or resumes the app's quit, which closes it). */
  finishClose(window: BrowserWindow): void
  /** The user kept the window open: an app quit that was waiting for it is over. */
  closeCanceled(): void
}

/**
 * Asks before a window with unsaved edits closes. The decisions are `decideClose`'s; this only wires the
 * `close` event to the dialog and the save.
 */
export function guardWindowClose(window: BrowserWindow, services: CloseGuardServices): void {
  const { documents } = services
  const id = window.id
  let allowed = false
  let asking = false

  const ask = async (): Promise<void> => {
    const locale = services.locale()
    const messages = MESSAGES[locale].desktop
    const name = documents.state(id)?.fileName ?? messages.untitled
    const { response } = await dialog.showMessageBox(window, closePromptOptions(messages, name))
    // Read the state again: the page may have reported a save while the question was showing.
    const state = documents.state(id)
    const decision = decideClose(state, closeAnswerFromButton(response))
    if (decision === 'stay' || decision === 'ask') {
      services.closeCanceled()
      return
    }
    if (decision === 'save-then-close' && state) {
      const result = await documents.save(id, {
        projectText: state.projectText,
        saveAs: false,
        suggestedName: suggestProjectFileName(state.fileName, messages.untitled),
      })
      if (result.status === 'error') {
        await dialog.showMessageBox(window, {
          type: 'error',
          title: 'Briefdeck',
          message: messages.saveFailed,
          detail: MESSAGES[locale].errors[result.code],
        })
      }
      if (!closeAfterSave(result)) {
        services.closeCanceled()
        return
      }
    }
    if (decision === 'discard-then-close') await documents.discard(id)
    allowed = true
    if (!window.isDestroyed()) services.finishClose(window)
  }

  window.on('close', (event) => {
    if (allowed || decideClose(documents.state(id), null) === 'close') return
    event.preventDefault()
    // A second close (another click, Ctrl+Q) while the question is open must not ask twice.
    if (asking) return
    asking = true
    ask()
      .catch((error: unknown) => {
        console.error('briefdeck: closing failed', error)
        services.closeCanceled()
      })
      .finally(() => {
        asking = false
      })
  })
  window.on('closed', () => documents.forget(id))
}
