import { join } from 'node:path'
import { BrowserWindow, powerSaveBlocker, screen, type Display } from 'electron'
import { placePresentationWindows, type DisplayInfo, type PresentationPlacement } from './display-placement'
import { APP_ORIGIN, secureWebPreferences } from './security-policy'
import { lockDownContents } from './windows'

export interface PresentationWindows {
  /** Opens the audience and presenter windows; while a show runs it brings the presenter window forward. */
  start(fromSlide: number): void
  /** Exchanges the displays of the two windows (and remembers it for the next show of this session). */
  swapDisplays(): void
  isPresenting(): boolean
}

interface Show {
  readonly audience: BrowserWindow
  readonly presenter: BrowserWindow
  readonly blockerId: number
}

function toDisplayInfo(display: Display): DisplayInfo {
  return { id: display.id, bounds: display.bounds, workArea: display.workArea }
}

function placeNow(swap: boolean): PresentationPlacement | null {
  return placePresentationWindows(
    screen.getAllDisplays().map(toDisplayInfo),
    screen.getPrimaryDisplay().id,
    swap,
  )
}

/** Our page with `?view=…`, from the bundle or, while developing, from the dev server. */
function viewUrl(base: string, params: Readonly<Record<string, string>>): string {
  const url = new URL(base)
  for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value)
  return url.toString()
}

/**
 * The two presentation windows. Both show our own page with the same web preferences and lock-down as the
 * editor; the deck reaches them from the editor over BroadcastChannel (same origin), so main never handles
 * article text. Closing either window ends the show and closes the other.
 */
export function createPresentationWindows(
  origins: readonly string[],
  devServerUrl: string | undefined,
): PresentationWindows {
  const base = devServerUrl ?? `${APP_ORIGIN}/index.html`
  const preload = join(__dirname, '../preload/index.js')
  let swap = false
  let show: Show | null = null

  const openWindow = (bounds: PresentationPlacement['audience']['bounds'], title: string): BrowserWindow => {
    const window = new BrowserWindow({
      ...bounds,
      show: false,
      title,
      backgroundColor: '#000000',
      autoHideMenuBar: true,
      webPreferences: secureWebPreferences(preload),
    })
    // No menu bar and no menu accelerators in a show window: every key belongs to the presentation.
    window.removeMenu()
    lockDownContents(window, origins)
    return window
  }

  const finish = (): void => {
    if (!show) return
    const { audience, presenter, blockerId } = show
    show = null
    if (powerSaveBlocker.isStarted(blockerId)) powerSaveBlocker.stop(blockerId)
    if (!audience.isDestroyed()) audience.close()
    if (!presenter.isDestroyed()) presenter.close()
  }

  const place = (current: Show, placement: PresentationPlacement): void => {
    const { audience, presenter } = current
    const moveAudience = (): void => {
      audience.setBounds(placement.audience.bounds)
      audience.setFullScreen(true)
    }
    // A full-screen window ignores new bounds on some platforms: leave full screen, move, enter it again.
    if (audience.isFullScreen()) {
      audience.once('leave-full-screen', moveAudience)
      audience.setFullScreen(false)
    } else {
      moveAudience()
    }
    if (presenter.isMaximized()) presenter.unmaximize()
    presenter.setBounds(placement.presenter.bounds)
    if (placement.presenter.maximize) presenter.maximize()
  }

  return {
    start(fromSlide) {
      if (show) {
        show.presenter.focus()
        return
      }
      const placement = placeNow(swap)
      if (!placement) return
      const presenter = openWindow(placement.presenter.bounds, 'Briefdeck')
      const audience = openWindow(placement.audience.bounds, 'Briefdeck')
      const current: Show = {
        audience,
        presenter,
        blockerId: powerSaveBlocker.start('prevent-display-sleep'),
      }
      show = current
      presenter.once('ready-to-show', () => {
        if (placement.presenter.maximize) presenter.maximize()
        // On a shared screen the audience goes on top and the presenter waits behind it.
        if (placement.sharedDisplay) presenter.showInactive()
        else presenter.show()
      })
      audience.once('ready-to-show', () => {
        audience.show()
        audience.setFullScreen(true)
        // With two screens the keys go to the presenter window, as in PowerPoint.
        if (!placement.sharedDisplay && !presenter.isDestroyed()) presenter.focus()
      })
      audience.on('closed', finish)
      presenter.on('closed', finish)
      void presenter.loadURL(viewUrl(base, { view: 'presenter' }))
      void audience.loadURL(viewUrl(base, { view: 'audience', from: String(fromSlide) }))
    },
    swapDisplays() {
      swap = !swap
      if (!show) return
      const placement = placeNow(swap)
      if (placement) place(show, placement)
    },
    isPresenting: () => show !== null,
  }
}
