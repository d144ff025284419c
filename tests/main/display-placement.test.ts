import { describe, expect, it } from 'vitest'
import { placePresentationWindows, type DisplayInfo } from '../../src/main/display-placement'

/** A display at `x` with a 40 px task bar at the bottom of its work area. */
function display(id: number, x: number, width = 1920, height = 1080): DisplayInfo {
  return {
    id,
    bounds: { x, y: 0, width, height },
    workArea: { x, y: 0, width, height: height - 40 },
  }
}

const laptop = display(1, 0, 1440, 900)
const projector = display(2, 1440, 1920, 1080)
const monitor = display(3, 3360, 2560, 1440)

describe('placePresentationWindows', () => {
  it('with one display, the audience fills it and the presenter is a normal window inside its work area', () => {
    const placement = placePresentationWindows([laptop], 1, false)
    expect(placement?.sharedDisplay).toBe(true)
    expect(placement?.audience).toEqual({ displayId: 1, bounds: laptop.bounds })
    const presenter = placement?.presenter
    expect(presenter?.displayId).toBe(1)
    expect(presenter?.maximize).toBe(false)
    expect(presenter?.bounds).toEqual({ x: 120, y: 50, width: 1200, height: 760 })
  })

  it('never makes the shared-screen presenter window larger than a small screen', () => {
    const small = display(7, 0, 1024, 600)
    const presenter = placePresentationWindows([small], 7, false)?.presenter
    expect(presenter?.bounds).toEqual({ x: 0, y: 0, width: 1024, height: 560 })
  })

  it('with one display, swapping changes nothing', () => {
    expect(placePresentationWindows([laptop], 1, true)).toEqual(placePresentationWindows([laptop], 1, false))
  })

  it('with two displays, the audience goes full screen on the external one and the presenter on the primary', () => {
    const placement = placePresentationWindows([laptop, projector], 1, false)
    expect(placement).toEqual({
      audience: { displayId: 2, bounds: projector.bounds },
      presenter: { displayId: 1, bounds: laptop.workArea, maximize: true },
      sharedDisplay: false,
    })
  })

  it('finds the primary display wherever it is in the list', () => {
    const placement = placePresentationWindows([projector, laptop], 1, false)
    expect(placement?.audience.displayId).toBe(2)
    expect(placement?.presenter.displayId).toBe(1)
  })

  it('treats the external display as primary when the system says so', () => {
    const placement = placePresentationWindows([laptop, projector], 2, false)
    expect(placement?.audience.displayId).toBe(1)
    expect(placement?.presenter).toEqual({ displayId: 2, bounds: projector.workArea, maximize: true })
  })

  it('swap puts the audience on the primary display and the presenter on the other', () => {
    const placement = placePresentationWindows([laptop, projector], 1, true)
    expect(placement?.audience).toEqual({ displayId: 1, bounds: laptop.bounds })
    expect(placement?.presenter).toEqual({ displayId: 2, bounds: projector.workArea, maximize: true })
  })

  it('with three displays, the audience takes the first non-primary display in list order', () => {
    expect(placePresentationWindows([laptop, projector, monitor], 1, false)?.audience.displayId).toBe(2)
    expect(placePresentationWindows([monitor, laptop, projector], 1, false)?.audience.displayId).toBe(3)
    const swapped = placePresentationWindows([laptop, projector, monitor], 1, true)
    expect(swapped?.audience.displayId).toBe(1)
    expect(swapped?.presenter.displayId).toBe(2)
  })

  it('falls back to the first display when the primary id is unknown', () => {
    const placement = placePresentationWindows([projector, laptop], 99, false)
    expect(placement?.presenter.displayId).toBe(2)
    expect(placement?.audience.displayId).toBe(1)
  })

  it('has no placement without displays', () => {
    expect(placePresentationWindows([], 1, false)).toBeNull()
  })
})
