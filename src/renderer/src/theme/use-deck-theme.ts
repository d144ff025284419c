import { useCallback, useEffect, useState } from 'react'

export const DECK_THEMES = ['light', 'dark'] as const
export type DeckTheme = (typeof DECK_THEMES)[number]

const STORAGE_KEY = 'briefdeck.theme'
/** Tells the other components of this window; the storage event reaches only other windows. */
const CHANGE_EVENT = 'briefdeck-theme-change'

function readStoredTheme(): DeckTheme {
  try {
    return window.localStorage.getItem(STORAGE_KEY) === 'dark' ? 'dark' : 'light'
  } catch {
    return 'light'
  }
}

/**
 * The deck theme, shared by the editor and the presentation windows: they are pages of one origin, so the
 * choice is kept in local storage and a change in one window reaches the others through the storage event.
 */
export function useDeckTheme(): { theme: DeckTheme; setTheme: (theme: DeckTheme) => void } {
  const [theme, setThemeState] = useState<DeckTheme>(readStoredTheme)
  useEffect(() => {
    const onStorage = (event: StorageEvent): void => {
      if (event.key === STORAGE_KEY) setThemeState(readStoredTheme())
    }
    const onChange = (): void => setThemeState(readStoredTheme())
    window.addEventListener('storage', onStorage)
    window.addEventListener(CHANGE_EVENT, onChange)
    return () => {
      window.removeEventListener('storage', onStorage)
      window.removeEventListener(CHANGE_EVENT, onChange)
    }
  }, [])
  const setTheme = useCallback((next: DeckTheme) => {
    setThemeState(next)
    try {
      window.localStorage.setItem(STORAGE_KEY, next)
    } catch {
      // Without storage the choice lasts for this window only.
    }
    window.dispatchEvent(new Event(CHANGE_EVENT))
  }, [])
  return { theme, setTheme }
}
