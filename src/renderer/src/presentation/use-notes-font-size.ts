import { useCallback, useState } from 'react'

const STORAGE_KEY = 'briefdeck.presenter.notesFontSize'
export const NOTES_FONT_SIZES = { min: 16, max: 72, step: 4, initial: 28 } as const

/** Keeps a size inside the allowed range and on the step grid, whatever storage held. */
export function clampNotesFontSize(size: number): number {
  if (!Number.isFinite(size)) return NOTES_FONT_SIZES.initial
  const { min, max, step } = NOTES_FONT_SIZES
  return Math.min(max, Math.max(min, Math.round(size / step) * step))
}

function readStoredSize(): number {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY)
    return stored === null ? NOTES_FONT_SIZES.initial : clampNotesFontSize(Number(stored))
  } catch {
    return NOTES_FONT_SIZES.initial
  }
}

/** The notes text size in pixels, remembered across presentations (A−/A+ in the presenter view). */
export function useNotesFontSize(): { size: number; grow: () => void; shrink: () => void } {
  const [size, setSize] = useState(readStoredSize)
  const change = useCallback((delta: number) => {
    setSize((current) => {
      const next = clampNotesFontSize(current + delta)
      try {
        window.localStorage.setItem(STORAGE_KEY, String(next))
      } catch {
        // Without storage the size lasts for this window only.
      }
      return next
    })
  }, [])
  return {
    size,
    grow: useCallback(() => change(NOTES_FONT_SIZES.step), [change]),
    shrink: useCallback(() => change(-NOTES_FONT_SIZES.step), [change]),
  }
}
