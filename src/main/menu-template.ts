import type { MenuItemConstructorOptions } from 'electron'
import type { MenuCommand } from '../shared/ipc'
import type { Locale } from '../shared/messages'

const LABELS: Readonly<Record<Locale, Readonly<Record<string, string>>>> = {
  vi: {
    file: 'Tệp',
    open: 'Mở bài báo…',
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
    open: 'Open Article…',
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

/** The application menu as data; `send` forwards a command to the focused Briefdeck window. */
export function buildMenuTemplate(
  locale: Locale,
  send: (command: MenuCommand) => void,
): MenuItemConstructorOptions[] {
  const label = LABELS[locale]
  return [
    {
      label: label.file,
      submenu: [
        { label: label.open, accelerator: 'CmdOrCtrl+O', click: () => send('open') },
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
