import { useEffect } from 'react'

/**
 * Ctrl+Z undoes, Ctrl+Y and Ctrl+Shift+Z redo (⌘ on macOS), everywhere in the editor, text fields included:
 * the fields show the deck's text, so the deck's history is the one to step through, not each field's own.
 */
export function useUndoKeys(undo: () => void, redo: () => void): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return
      const key = event.key.toLowerCase()
      if (key === 'z' && !event.shiftKey) {
        event.preventDefault()
        undo()
      } else if (key === 'y' || (key === 'z' && event.shiftKey)) {
        event.preventDefault()
        redo()
      }
    }
    window.addEventListener('keydown', onKeyDown, true)
    return () => window.removeEventListener('keydown', onKeyDown, true)
  }, [undo, redo])
}
