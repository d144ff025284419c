import type { MenuItemConstructorOptions } from 'electron'
import { describe, expect, it } from 'vitest'
import { buildMenuTemplate } from '../../src/main/menu-template'
import type { MenuCommand } from '../../src/shared/ipc'

function flatten(items: readonly MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [
    item,
    ...(Array.isArray(item.submenu) ? flatten(item.submenu as MenuItemConstructorOptions[]) : []),
  ])
}

describe('application menu', () => {
  it('has File, Edit, View and Help in Vietnamese by default', () => {
    const template = buildMenuTemplate('vi', () => undefined)
    expect(template.map((item) => item.label)).toEqual(['Tệp', 'Sửa', 'Xem', 'Trợ giúp'])
  })

  it('sends open on Ctrl+O and present on F5', () => {
    const sent: MenuCommand[] = []
    const items = flatten(buildMenuTemplate('en', (command) => sent.push(command)))
    const open = items.find((item) => item.accelerator === 'CmdOrCtrl+O')
    const present = items.find((item) => item.accelerator === 'F5')
    open?.click?.({} as never, undefined, {} as never)
    present?.click?.({} as never, undefined, {} as never)
    expect(sent).toEqual(['open', 'present'])
    expect(open?.label).toBe('Open Article…')
  })

  it('marks the current language', () => {
    const items = flatten(buildMenuTemplate('en', () => undefined))
    expect(items.find((item) => item.label === 'English')?.checked).toBe(true)
    expect(items.find((item) => item.label === 'Tiếng Việt')?.checked).toBe(false)
  })
})
