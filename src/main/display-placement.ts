/**
 * Where the audience and presenter windows go, as a pure function of the display list, so every display
 * arrangement is unit-tested without Electron. The shapes are the parts of Electron's `Display` we read.
 */

export interface Rectangle {
  readonly x: number
  readonly y: number
  readonly width: number
  readonly height: number
}

export interface DisplayInfo {
  readonly id: number
  /** The whole screen, which the full-screen audience window covers. */
  readonly bounds: Rectangle
  /** The screen minus task bars and docks, where a normal window fits. */
  readonly workArea: Rectangle
}

export interface PresentationPlacement {
  /** Full screen on this display. */
  readonly audience: { readonly displayId: number; readonly bounds: Rectangle }
  readonly presenter: { readonly displayId: number; readonly bounds: Rectangle; readonly maximize: boolean }
  /** One screen for both: the audience covers it and the presenter window waits one Alt+Tab away. */
  readonly sharedDisplay: boolean
}

/** The presenter window on a shared screen: a comfortable size, never larger than the work area. */
const SHARED_PRESENTER_SIZE = { width: 1200, height: 760 } as const

function centreIn(area: Rectangle, width: number, height: number): Rectangle {
  const w = Math.min(width, area.width)
  const h = Math.min(height, area.height)
  return {
    x: area.x + Math.round((area.width - w) / 2),
    y: area.y + Math.round((area.height - h) / 2),
    width: w,
    height: h,
  }
}

/**
 * PowerPoint's rule: the audience goes full screen on a display other than the primary one (the laptop), and
 * the presenter view fills the primary display's work area; `swap` exchanges the two. With three or more
 * displays the audience takes the first non-primary display in the order the system lists them. With one
 * display both share it. A primary id that is not in the list (displays changed under us) counts the first
 * display as primary. Null only for an empty list.
 */
export function placePresentationWindows(
  displays: readonly DisplayInfo[],
  primaryId: number,
  swap: boolean,
): PresentationPlacement | null {
  const primary = displays.find((display) => display.id === primaryId) ?? displays[0]
  if (!primary) return null
  const secondary = displays.find((display) => display !== primary)
  if (!secondary) {
    return {
      audience: { displayId: primary.id, bounds: primary.bounds },
      presenter: {
        displayId: primary.id,
        bounds: centreIn(primary.workArea, SHARED_PRESENTER_SIZE.width, SHARED_PRESENTER_SIZE.height),
        maximize: false,
      },
      sharedDisplay: true,
    }
  }
  const audienceDisplay = swap ? primary : secondary
  const presenterDisplay = swap ? secondary : primary
  return {
    audience: { displayId: audienceDisplay.id, bounds: audienceDisplay.bounds },
    presenter: { displayId: presenterDisplay.id, bounds: presenterDisplay.workArea, maximize: true },
    sharedDisplay: false,
  }
}
