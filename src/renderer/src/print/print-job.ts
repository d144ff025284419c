import type { Deck } from '../../../core/index'
import type { Locale } from '../../../shared/messages'

/**
 * A deck handed from the editor to the print view in another tab of the same origin. The view is the app itself
 * (`?view=print&job=…`), so reveal.js lays the deck out in its own print view there, as the desktop and the
 * command line print it; local storage carries the deck because the tab loads a new page.
 */
export interface PrintJob {
  readonly deck: Deck
  /** Each slide followed by a page of its speaker notes. */
  readonly withNotes: boolean
  readonly locale: Locale
}

const KEY_PREFIX = 'briefdeck:print:'

/** Stores a job under a fresh id, first clearing jobs no tab ever took. */
export function storePrintJob(job: PrintJob, storage: Storage = localStorage): string {
  for (let index = storage.length - 1; index >= 0; index--) {
    const key = storage.key(index)
    if (key?.startsWith(KEY_PREFIX)) storage.removeItem(key)
  }
  const id = crypto.randomUUID()
  storage.setItem(`${KEY_PREFIX}${id}`, JSON.stringify(job))
  return id
}

function isPrintJob(value: unknown): value is PrintJob {
  if (typeof value !== 'object' || value === null) return false
  const job = value as Partial<PrintJob>
  return (
    typeof job.withNotes === 'boolean' &&
    (job.locale === 'vi' || job.locale === 'en') &&
    typeof job.deck?.title === 'string' &&
    Array.isArray(job.deck.slides)
  )
}

/** The job stored under `id`, removed as it is read: a reload of the print tab does not print again. */
export function takePrintJob(id: string, storage: Storage = localStorage): PrintJob | null {
  const key = `${KEY_PREFIX}${id}`
  const text = storage.getItem(key)
  storage.removeItem(key)
  if (text === null) return null
  try {
    const job: unknown = JSON.parse(text)
    return isPrintJob(job) ? job : null
  } catch {
    return null
  }
}

/** The app's own address, showing the print view for one job. */
export function printViewUrl(appHref: string, id: string): string {
  const url = new URL(appHref)
  url.search = `?view=print&job=${encodeURIComponent(id)}`
  url.hash = ''
  return url.toString()
}
