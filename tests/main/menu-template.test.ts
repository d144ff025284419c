import type { MenuItemConstructorOptions } from 'electron'
import { describe, expect, it } from 'vitest'
import { buildMenuTemplate, MENU_ITEM_IDS, type RecentFilesMenu } from '../../src/main/menu-template'
import type { MenuCommand } from '../../src/shared/ipc'

function flatten(items: readonly MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [
    item,
    ...(Array.isArray(item.submenu) ? flatten(item.submenu as MenuItemConstructorOptions[]) : []),
  ])
}

function click(item: MenuItemConstructorOptions | undefined): void {
  item?.click?.({} as never, undefined, {} as never)
}

function recentMenu(files: readonly string[]) {
  const opened: string[] = []
  let cleared = 0
  const recent: RecentFilesMenu = {
    files,
    open: (path) => opened.push(path),
    clear: () => {
      cleared++
    },
  }
  return { recent, opened, cleared: () => cleared }
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
    click(open)
    click(present)
    expect(sent).toEqual(['open', 'present'])
    expect(open?.label).toBe('Open…')
  })

  it('File has New from Article, Open, Open Recent, Save, Save As and Export in that order', () => {
    const file = buildMenuTemplate('en', () => undefined)[0]
    const labels = (file?.submenu as MenuItemConstructorOptions[]).map((item) => item.label ?? item.type)
    expect(labels).toEqual([
      'New from Article…',
      'Open…',
      'Open Recent',
      'separator',
      'Save',
      'Save As…',
      'separator',
      'Export…',
      'separator',
      'Quit',
    ])
  })

  it('New from Article and Open show the same dialog; Ctrl+S saves, Ctrl+Shift+S saves as', () => {
    const sent: MenuCommand[] = []
    const items = flatten(buildMenuTemplate('vi', (command) => sent.push(command)))
    const byId = (id: string) => items.find((item) => item.id === id)
    click(byId(MENU_ITEM_IDS.newFromArticle))
    click(byId(MENU_ITEM_IDS.open))
    click(items.find((item) => item.accelerator === 'CmdOrCtrl+S'))
    click(items.find((item) => item.accelerator === 'CmdOrCtrl+Shift+S'))
    expect(sent).toEqual(['open', 'open', 'save', 'save-as'])
    expect(byId(MENU_ITEM_IDS.save)?.label).toBe('Lưu')
    expect(byId(MENU_ITEM_IDS.saveAs)?.label).toBe('Lưu thành…')
  })

  it('lists recent files, opens the one clicked and clears the list', () => {
    const { recent, opened, cleared } = recentMenu(['/d/họp.briefdeck.json', '/d/Tom & Jerry.txt'])
    const items = flatten(buildMenuTemplate('en', () => undefined, recent))
    const first = items.find((item) => item.id === MENU_ITEM_IDS.recent(0))
    const second = items.find((item) => item.id === MENU_ITEM_IDS.recent(1))
    expect(first?.label).toBe('/d/họp.briefdeck.json')
    // A single & would be read as a keyboard mnemonic on Windows.
    expect(second?.label).toBe('/d/Tom && Jerry.txt')
    click(second)
    expect(opened).toEqual(['/d/Tom & Jerry.txt'])
    const clear = items.find((item) => item.id === MENU_ITEM_IDS.clearRecent)
    expect(clear?.enabled).toBe(true)
    click(clear)
    expect(cleared()).toBe(1)
  })

  it('shows an empty recent list as a disabled line and disables Clear Recent', () => {
    const items = flatten(buildMenuTemplate('vi', () => undefined))
    const openRecent = items.find((item) => item.label === 'Mở gần đây')
    const submenu = openRecent?.submenu as MenuItemConstructorOptions[]
    expect(submenu[0]).toMatchObject({ label: '(Chưa có tệp nào)', enabled: false })
    expect(items.find((item) => item.id === MENU_ITEM_IDS.clearRecent)?.enabled).toBe(false)
  })

  it('marks the current language', () => {
    const items = flatten(buildMenuTemplate('en', () => undefined))
    expect(items.find((item) => item.label === 'English')?.checked).toBe(true)
    expect(items.find((item) => item.label === 'Tiếng Việt')?.checked).toBe(false)
  })
})
