import { useEffect, useState } from 'react'
import { openPresentationChannel, type PresentationChannel } from './presentation-channel'

/**
 * A channel for the lifetime of the component. Opened in an effect, not during render, so StrictMode's
 * mount–unmount–mount closes the first one instead of leaking it; null until the effect has run.
 */
export function usePresentationChannel(
  open: () => PresentationChannel = openPresentationChannel,
): PresentationChannel | null {
  const [channel, setChannel] = useState<PresentationChannel | null>(null)
  useEffect(() => {
    const opened = open()
    setChannel(opened)
    return () => {
      opened.close()
      setChannel(null)
    }
  }, [open])
  return channel
}
