import type { PresentationChannel } from '../../../src/renderer/src/presentation/presentation-channel'
import type { PresentationMessage } from '../../../src/renderer/src/presentation/presentation-protocol'

/** A channel that records what the view posts and lets the test play the other window. */
export interface FakeChannel extends PresentationChannel {
  readonly posted: PresentationMessage[]
  receive(message: PresentationMessage): void
  readonly closed: boolean
}

export function createFakeChannel(): FakeChannel {
  const listeners = new Set<(message: PresentationMessage) => void>()
  const posted: PresentationMessage[] = []
  let closed = false
  return {
    posted,
    get closed() {
      return closed
    },
    post: (message) => {
      posted.push(message)
    },
    subscribe: (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    close: () => {
      closed = true
      listeners.clear()
    },
    receive: (message) => {
      for (const listener of [...listeners]) listener(message)
    },
  }
}
