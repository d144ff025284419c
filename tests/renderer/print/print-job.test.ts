import { describe, expect, it } from 'vitest'
import type { Deck } from '../../../src/core/index'
import { printViewUrl, storePrintJob, takePrintJob } from '../../../src/renderer/src/print/print-job'

const DECK: Deck = {
  title: 'Hội nghị',
  slides: [{ id: 'title-1', kind: 'title', title: 'Hội nghị', bullets: [], figures: [], notes: 'Ghi chú' }],
}

describe('print jobs', () => {
  it('hand a deck to the print tab once: a reload finds nothing left to print', () => {
    const id = storePrintJob({ deck: DECK, withNotes: true, locale: 'vi' }, localStorage)
    expect(takePrintJob(id, localStorage)).toEqual({ deck: DECK, withNotes: true, locale: 'vi' })
    expect(takePrintJob(id, localStorage)).toBeNull()
  })

  it('clear jobs no tab took, and leave the rest of storage alone', () => {
    localStorage.setItem('briefdeck-theme', 'dark')
    const stale = storePrintJob({ deck: DECK, withNotes: false, locale: 'en' }, localStorage)
    const fresh = storePrintJob({ deck: DECK, withNotes: false, locale: 'en' }, localStorage)
    expect(takePrintJob(stale, localStorage)).toBeNull()
    expect(takePrintJob(fresh, localStorage)?.locale).toBe('en')
    expect(localStorage.getItem('briefdeck-theme')).toBe('dark')
  })

  it('refuse anything stored under a job key that is not a job', () => {
    localStorage.setItem('briefdeck:print:x', '{"deck": 1}')
    expect(takePrintJob('x', localStorage)).toBeNull()
    localStorage.setItem('briefdeck:print:y', 'not json')
    expect(takePrintJob('y', localStorage)).toBeNull()
  })

  it('open the app itself in its print view, without the editor hash', () => {
    expect(printViewUrl('http://127.0.0.1:4173/?x=1#/2', 'a b')).toBe(
      'http://127.0.0.1:4173/?view=print&job=a%20b',
    )
  })
})
