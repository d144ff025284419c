import type { MenuItemConstructorOptions } from 'electron'
import type { MenuCommand } from '../shared/ipc'
import type { Locale } from '../shared/messages'

const LABELS: Readonly<Record<Locale, Readonly<Record<string, string>>>> = {
  vi: {
    file: 'Tệp',
    newFromArticle: 'Tạo từ bài báo…',
    open: 'Mở…',
    save: 'Lưu',
    saveAs: 'Lưu thành…',
    export: 'Xuất…',
    openRecent: 'Mở gần đây',
    noRecent: '(Chưa có tệp nào)',
    clearRecent: 'Xoá danh sách gần đây',
    quit: 'Thoát',
    edit: 'Sửa',
    undo: 'Hoàn tác',
    redo: 'Làm lại',
    view: 'Xem',
    present: 'Trình chiếu',
    presentFromCurrent: 'Trình chiếu từ trang hiện tại',
    swapDisplays: 'Đổi màn hình trình chiếu',
    language: 'Ngôn ngữ',
    help: 'Trợ giúp',
    about: 'Giới thiệu Briefdeck',
  },
  en: {
    file: 'File',
    newFromArticle: 'New from Article…',
    open: 'Open…',
    save: 'Save',
    saveAs: 'Save As…',
    export: 'Export…',
    openRecent: 'Open Recent',
    noRecent: '(None)',
    clearRecent: 'Clear Recent',
    quit: 'Quit',
    edit: 'Edit',
    undo: 'Undo',
    redo: 'Redo',
    view: 'View',
    present: 'Present',
    presentFromCurrent: 'Present from Current Slide',
    swapDisplays: 'Swap Displays',
    language: 'Language',
    help: 'Help',
    about: 'About Briefdeck',
  },
}

/** File › Open Recent: the list (most recent first) and what its items do. */
export interface RecentFilesMenu {
  readonly files: readonly string[]
  open(path: string): void
  clear(): void
}

const NO_RECENT_FILES: RecentFilesMenu = { files: [], open: () => undefined, clear: () => undefined }

/** Stable ids, so the e2e suite can click menu items through `Menu.getApplicationMenu()`. */
export const MENU_ITEM_IDS = {
  newFromArticle: 'file-new-from-article',
  open: 'file-open',
  save: 'file-save',
  saveAs: 'file-save-as',
  export: 'file-export',
  clearRecent: 'file-clear-recent',
  recent: (index: number) => `file-recent-${index}`,
} as const

// Windows reads a single `&` in a label as a mnemonic marker; a path may well contain one.
function escapeLabel(text: string): string {
  return text.replaceAll('&', '&&')
}

function recentSubmenu(label: Readonly<Record<string, string>>, recent: RecentFilesMenu) {
  const items: MenuItemConstructorOptions[] =
    recent.files.length === 0
      ? [{ label: label.noRecent, enabled: false }]
      : recent.files.map((path, index) => ({
          id: MENU_ITEM_IDS.recent(index),
          label: escapeLabel(path),
          click: () => recent.open(path),
        }))
  return [
    ...items,
    { type: 'separator' as const },
    {
      id: MENU_ITEM_IDS.clearRecent,
      label: label.clearRecent,
      enabled: recent.files.length > 0,
      click: () => recent.clear(),
    },
  ]
}

/**
 * The application menu as data; `send` forwards a command to the focused Briefdeck window. New from Article
 * and Open show the same dialog (it takes articles and project files); they differ only in what the user
 * has in mind.
 */
export function buildMenuTemplate(
  locale: Locale,
  send: (command: MenuCommand) => void,
  recent: RecentFilesMenu = NO_RECENT_FILES,
): MenuItemConstructorOptions[] {
  const label = LABELS[locale]
  return [
    {
      label: label.file,
      submenu: [
        {
          id: MENU_ITEM_IDS.newFromArticle,
          label: label.newFromArticle,
          accelerator: 'CmdOrCtrl+N',
          click: () => send('open'),
        },
        { id: MENU_ITEM_IDS.open, label: label.open, accelerator: 'CmdOrCtrl+O', click: () => send('open') },
        { label: label.openRecent, submenu: recentSubmenu(label, recent) },
        { type: 'separator' },
        { id: MENU_ITEM_IDS.save, label: label.save, accelerator: 'CmdOrCtrl+S', click: () => send('save') },
        {
          id: MENU_ITEM_IDS.saveAs,
          label: label.saveAs,
          accelerator: 'CmdOrCtrl+Shift+S',
          click: () => send('save-as'),
        },
        { type: 'separator' },
        // The editor opens its Export dialog: format and layout are chosen there, then main asks where.
        {
          id: MENU_ITEM_IDS.export,
          label: label.export,
          accelerator: 'CmdOrCtrl+E',
          click: () => send('export'),
        },
        { type: 'separator' },
        { label: label.quit, role: 'quit' },
      ],
    },
    {
      label: label.edit,
      submenu: [
        // Undo and redo step through the deck's edit history, not a text field's own. The page handles the
        // keys itself (also in the browser host), so the menu only shows them and does not take them.
        {
          label: label.undo,
          accelerator: 'CmdOrCtrl+Z',
          registerAccelerator: false,
          click: () => send('undo'),
        },
        {
          label: label.redo,
          accelerator: 'CmdOrCtrl+Y',
          registerAccelerator: false,
          click: () => send('redo'),
        },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
      ],
    },
    {
      label: label.view,
      submenu: [
        { label: label.present, accelerator: 'F5', click: () => send('present') },
        {
          label: label.presentFromCurrent,
          accelerator: 'Shift+F5',
          click: () => send('present-from-current'),
        },
        { label: label.swapDisplays, click: () => send('swap-displays') },
        { type: 'separator' },
        {
          label: label.language,
          submenu: [
            {
              label: 'Tiếng Việt',
              type: 'radio',
              checked: locale === 'vi',
              click: () => send('language-vi'),
            },
            { label: 'English', type: 'radio', checked: locale === 'en', click: () => send('language-en') },
          ],
        },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    { label: label.help, submenu: [{ label: label.about, click: () => send('about') }] },
  ]
}
