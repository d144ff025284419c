import { useCallback, useRef, useState } from 'react'
import {
  buildBriefingFromFile,
  buildBriefingFromText,
  type Briefing,
  type BriefdeckErrorCode,
} from '../../../core/index'
import type { PickResult } from '../host/host'
import seedText from '../../../../resources/seed/dong-nai-e-government-2020-02-12.txt?raw'

export const SEED_FILE_NAME = 'dong-nai-e-government-2020-02-12.txt'

export interface BriefingState {
  readonly briefing: Briefing
  /** Bumps on every successful load so views know the deck is a different one. */
  readonly revision: number
  readonly busy: boolean
  readonly error: BriefdeckErrorCode | null
}

/**
 * The current article and its deck. A failed load keeps the deck that was showing: the user never loses
 * what they had because a file was bad.
 */
export function useBriefing(): {
  state: BriefingState
  load: (pick: PickResult) => Promise<void>
  dismissError: () => void
} {
  const [state, setState] = useState<BriefingState>(() => ({
    briefing: buildBriefingFromText(seedText, SEED_FILE_NAME),
    revision: 0,
    busy: false,
    error: null,
  }))
  const requestRef = useRef(0)

  const load = useCallback(async (pick: PickResult) => {
    if (pick.status === 'canceled') return
    if (pick.status === 'error') {
      setState((previous) => ({ ...previous, error: pick.code }))
      return
    }
    const request = ++requestRef.current
    setState((previous) => ({ ...previous, busy: true, error: null }))
    let result: Awaited<ReturnType<typeof buildBriefingFromFile>>
    try {
      result = await buildBriefingFromFile(pick.file)
    } catch {
      result = { ok: false, error: { code: 'internal' } }
    }
    // A slower earlier load must not replace a later one.
    if (request !== requestRef.current) return
    setState((previous) =>
      result.ok
        ? { briefing: result.value, revision: previous.revision + 1, busy: false, error: null }
        : { ...previous, busy: false, error: result.error.code },
    )
  }, [])

  const dismissError = useCallback(() => setState((previous) => ({ ...previous, error: null })), [])
  return { state, load, dismissError }
}
