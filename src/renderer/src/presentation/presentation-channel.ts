import {
  parsePresentationMessage,
  PRESENTATION_CHANNEL,
  type PresentationMessage,
} from './presentation-protocol'

/** The windows of one presentation talking to each other; a fake in tests, BroadcastChannel in the app. */
export interface PresentationChannel {
  post(message: PresentationMessage): void
  /** Only well-formed messages reach the listener; returns the unsubscribe function. */
  subscribe(listener: (message: PresentationMessage) => void): () => void
  close(): void
}

/**
 * Opens the channel the audience and presenter windows share. BroadcastChannel never delivers a message to
 * the object that posted it, so a window does not hear itself.
 */
export function openPresentationChannel(): PresentationChannel {
  const channel = new BroadcastChannel(PRESENTATION_CHANNEL)
  return {
    post: (message) => channel.postMessage(message),
    subscribe: (listener) => {
      const onMessage = (event: MessageEvent<unknown>): void => {
        const message = parsePresentationMessage(event.data)
        if (message) listener(message)
      }
      channel.addEventListener('message', onMessage)
      return () => channel.removeEventListener('message', onMessage)
    },
    close: () => channel.close(),
  }
}
