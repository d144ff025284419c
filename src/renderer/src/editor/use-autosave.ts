import { useEffect, useRef, useState } from 'react'
import { serializeProject, type ProjectFile } from '../../../core/index'
import type { Host } from '../host/host'

/** Well inside the promise that an edit is kept at most one second after the user stops typing. */
export const AUTOSAVE_DELAY_MS = 400

/**
 * Restores the last autosaved project once on start, then keeps every change: shortly after the last edit,
 * and at once when the page is being hidden or closed.
 */
export function useAutosave(
  host: Host,
  project: ProjectFile,
  restore: (text: string) => boolean,
): { restored: boolean; failed: boolean } {
  const [ready, setReady] = useState(false)
  const [restored, setRestored] = useState(false)
  const [failed, setFailed] = useState(false)
  const latestRef = useRef<string | null>(null)

  useEffect(() => {
    let cancelled = false
    host
      .readAutosave()
      .then((text) => {
        if (!cancelled && text !== null && restore(text)) setRestored(true)
      })
      .catch(() => undefined)
      .finally(() => {
        if (!cancelled) setReady(true)
      })
    return () => {
      cancelled = true
    }
    // Restoring happens once per start; later renders must not restore over the user's work.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- see above
  }, [host])

  useEffect(() => {
    if (!ready) return
    const text = serializeProject(project)
    if (text === latestRef.current) return
    const write = (): void => {
      latestRef.current = text
      host.writeAutosave(text).then(
        () => setFailed(false),
        () => setFailed(true),
      )
    }
    const timer = window.setTimeout(write, AUTOSAVE_DELAY_MS)
    const flush = (): void => {
      window.clearTimeout(timer)
      if (latestRef.current !== text) write()
    }
    window.addEventListener('pagehide', flush)
    return () => {
      window.clearTimeout(timer)
      window.removeEventListener('pagehide', flush)
    }
  }, [host, project, ready])

  return { restored, failed }
}
