import { useCallback, useState } from 'react'
import { LOCALES, MESSAGES, type Locale, type Messages } from '../../../shared/messages'

const STORAGE_KEY = 'briefdeck.locale'

function readStoredLocale(): Locale {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY)
    return (LOCALES as readonly string[]).includes(stored ?? '') ? (stored as Locale) : 'vi'
  } catch {
    return 'vi'
  }
}

/** The UI language: Vietnamese unless the user chose English, remembered across starts. */
export function useLocale(): { locale: Locale; messages: Messages; setLocale: (locale: Locale) => void } {
  const [locale, setLocaleState] = useState<Locale>(readStoredLocale)
  const setLocale = useCallback((next: Locale) => {
    setLocaleState(next)
    document.documentElement.lang = next
    try {
      window.localStorage.setItem(STORAGE_KEY, next)
    } catch {
      // Storage may be unavailable (private mode); the choice then lasts for this session only.
    }
  }, [])
  return { locale, messages: MESSAGES[locale], setLocale }
}
