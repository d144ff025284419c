import type { BriefdeckErrorCode } from '../core/index'

export const LOCALES = ['vi', 'en'] as const
export type Locale = (typeof LOCALES)[number]

/** User-facing text of the app chrome. Vietnamese is the default; English is complete too. */
export interface Messages {
  readonly appName: string
  readonly openFile: string
  readonly present: string
  readonly language: string
  readonly dropHint: string
  readonly loading: string
  readonly errorTitle: string
  readonly dismiss: string
  readonly about: string
  readonly slideCounter: (current: number, total: number) => string
  /** Tooltip of the present button: which keys start the show from where. */
  readonly presentHint: string
  readonly editor: EditorMessages
  readonly exportDialog: ExportMessages
  readonly presenter: PresenterMessages
  /** The desktop shell's own chrome: window titles, save and close dialogs (main process). */
  readonly desktop: DesktopMessages
  readonly errors: Readonly<Record<BriefdeckErrorCode, string>>
}

/** The presenter and audience views. */
/** The editor's panes and switches. */
export interface EditorMessages {
  readonly sourceArticle: string
  readonly showSource: string
  readonly hideSource: string
  readonly sourceHint: string
  readonly theme: string
  readonly themeLight: string
  readonly themeDark: string
  readonly slides: string
  readonly slideTitle: string
  readonly bullets: string
  readonly bullet: (index: number) => string
  readonly removeBullet: string
  readonly notes: string
  readonly hideSlide: string
  readonly showSlide: string
  readonly hiddenBadge: string
  readonly moveUp: string
  readonly moveDown: string
  readonly undo: string
  readonly redo: string
  readonly detachedTitle: string
  readonly detachedHint: string
  readonly downloadProject: string
  readonly restored: string
  readonly regenerate: string
  readonly regenerateHint: string
}

/** The Export dialog (both hosts). */
export interface ExportMessages {
  /** The toolbar button and the menu item. */
  readonly open: string
  readonly title: string
  readonly format: string
  readonly formatPdf: string
  readonly formatPptx: string
  readonly formatHtml: string
  readonly pdfMode: string
  readonly modeSlides: string
  readonly modeNotes: string
  readonly modeHandout: string
  readonly modeNotesOnly: string
  readonly pageSize: string
  readonly pageA4: string
  readonly pageLetter: string
  /** How many slides go out, and how many hidden ones stay behind. */
  readonly slideCount: (shown: number, hidden: number) => string
  readonly start: string
  readonly close: string
  readonly busy: string
  readonly done: (name: string) => string
  readonly downloaded: (name: string) => string
  readonly failed: string
  readonly timeout: string
  readonly printFailed: string
  /** Why the browser host offers no PDF. */
  /** The browser host makes PDFs through the browser's print dialog. */
  readonly browserPdfNote: string
  readonly printOpened: string
  readonly printBlocked: string
  /** The print tab opened without a deck to print (reloaded, or opened by hand). */
  readonly printJobMissing: string
}

export interface DesktopMessages {
  /** The window title's name for a project that has no file yet. */
  readonly untitled: string
  /** The question when a window with unsaved edits is closed. */
  readonly unsavedQuestion: (name: string) => string
  readonly unsavedDetail: string
  readonly save: string
  readonly dontSave: string
  readonly cancel: string
  readonly saveFailed: string
  readonly openRecentFailed: string
  /** File dialog filters. */
  readonly projectFiles: string
  readonly articleFiles: string
  readonly supportedFiles: string
  readonly allFiles: string
  readonly pdfFiles: string
  readonly pptxFiles: string
  readonly htmlFiles: string
}

export interface PresenterMessages {
  readonly windowTitle: string
  readonly currentSlide: string
  readonly nextSlide: string
  readonly endOfPresentation: string
  readonly back: string
  readonly forward: string
  readonly notes: string
  readonly noNotes: string
  readonly smallerNotes: string
  readonly largerNotes: string
  readonly elapsed: string
  readonly pauseTimer: string
  readonly resumeTimer: string
  readonly resetTimer: string
  readonly clock: string
  readonly end: string
  readonly waiting: string
  readonly blackedOut: string
  readonly whitedOut: string
  readonly overview: string
  readonly goTo: (slide: string) => string
  readonly keys: string
  readonly popupBlocked: string
  readonly fullscreenHint: string
  readonly editNotes: string
  readonly doneEditing: string
}

const vi: Messages = {
  appName: 'Briefdeck',
  openFile: 'Mở bài báo…',
  present: 'Trình chiếu',
  language: 'Ngôn ngữ',
  dropHint: 'Kéo thả tệp bài báo (.txt, .html, .docx) vào cửa sổ để tạo bản trình chiếu.',
  loading: 'Đang phân tích bài báo…',
  errorTitle: 'Không mở được tệp',
  dismiss: 'Đóng',
  about: 'Briefdeck: tạo bản trình chiếu họp từ bài báo, hoạt động hoàn toàn ngoại tuyến.',
  slideCounter: (current, total) => `Trang ${current} / ${total}`,
  presentHint: 'F5: trình chiếu từ đầu · Shift+F5: từ trang hiện tại',
  editor: {
    sourceArticle: 'Bài gốc',
    showSource: 'Hiện bài gốc',
    hideSource: 'Ẩn bài gốc',
    sourceHint: 'Chọn một ý hoặc một số liệu trên trang chiếu để xem câu gốc của nó.',
    theme: 'Giao diện',
    themeLight: 'Sáng',
    themeDark: 'Tối',
    slides: 'Các trang',
    slideTitle: 'Tiêu đề trang',
    bullets: 'Các ý',
    bullet: (index) => `Ý ${index}`,
    removeBullet: 'Xoá ý này',
    notes: 'Ghi chú',
    hideSlide: 'Ẩn khi trình chiếu',
    showSlide: 'Hiện khi trình chiếu',
    hiddenBadge: 'Đang ẩn',
    moveUp: 'Chuyển lên',
    moveDown: 'Chuyển xuống',
    undo: 'Hoàn tác',
    redo: 'Làm lại',
    detachedTitle: 'Ghi chú không còn trang',
    detachedHint:
      'Các chỉnh sửa này thuộc về trang không còn trong bản mới. Nội dung được giữ nguyên để bạn chép lại.',
    downloadProject: 'Lưu dự án',
    restored: 'Đã khôi phục phiên làm việc trước.',
    regenerate: 'Cập nhật từ bài báo…',
    regenerateHint: 'Chọn bản mới của bài báo: các trang được tạo lại, chỉnh sửa của bạn được giữ.',
  },
  exportDialog: {
    open: 'Xuất…',
    title: 'Xuất bản trình chiếu',
    format: 'Định dạng',
    formatPdf: 'PDF',
    formatPptx: 'PowerPoint (.pptx)',
    formatHtml: 'HTML (một tệp, mở bằng trình duyệt)',
    pdfMode: 'Nội dung PDF',
    modeSlides: 'Trang chiếu',
    modeNotes: 'Trang chiếu, mỗi trang kèm một trang ghi chú',
    modeHandout: 'Tài liệu phát tay: trang chiếu và ghi chú trên cùng trang giấy',
    modeNotesOnly: 'Chỉ ghi chú',
    pageSize: 'Khổ giấy',
    pageA4: 'A4',
    pageLetter: 'Letter',
    slideCount: (shown, hidden) =>
      `Xuất ${shown} trang như đang sửa${hidden > 0 ? `; ${hidden} trang đang ẩn được bỏ qua` : ''}.`,
    start: 'Xuất',
    close: 'Đóng',
    busy: 'Đang xuất… Vui lòng chờ.',
    done: (name) => `Đã xuất “${name}”.`,
    downloaded: (name) => `Đã tải xuống “${name}”.`,
    failed: 'Xuất không thành công',
    timeout: 'Xuất PDF quá lâu nên đã dừng. Hãy thử lại.',
    printFailed: 'Không in được PDF: cửa sổ in đã dừng giữa chừng. Hãy thử lại.',
    browserPdfNote:
      'Trong trình duyệt, PDF được tạo qua hộp thoại In: trang in mở trong một thẻ mới, hãy chọn “Lưu dưới dạng PDF” làm máy in.',
    printOpened:
      'Trang in đã mở trong một thẻ mới kèm hộp thoại In (chọn “Lưu dưới dạng PDF”). Bấm Ctrl+P ở thẻ đó để in lại, rồi đóng thẻ.',
    printBlocked:
      'Trình duyệt đã chặn thẻ in. Hãy cho phép cửa sổ bật lên (pop-up) cho trang này rồi bấm Xuất lại.',
    printJobMissing: 'Không còn gì để in ở thẻ này. Hãy đóng thẻ và bấm Xuất lại trong Briefdeck.',
  },
  presenter: {
    windowTitle: 'Briefdeck — Màn hình người trình bày',
    currentSlide: 'Trang hiện tại',
    nextSlide: 'Trang tiếp theo',
    endOfPresentation: 'Hết bài trình chiếu',
    back: 'Trang trước',
    forward: 'Trang sau',
    notes: 'Ghi chú',
    noNotes: 'Trang này không có ghi chú.',
    smallerNotes: 'Chữ ghi chú nhỏ hơn',
    largerNotes: 'Chữ ghi chú lớn hơn',
    elapsed: 'Đã trình bày',
    pauseTimer: 'Tạm dừng',
    resumeTimer: 'Tiếp tục',
    resetTimer: 'Đặt lại',
    clock: 'Bây giờ',
    end: 'Kết thúc trình chiếu',
    waiting: 'Đang chờ bản trình chiếu…',
    blackedOut: 'Màn hình khán giả đang đen (B hoặc phím điều hướng để trở lại)',
    whitedOut: 'Màn hình khán giả đang trắng (W hoặc phím điều hướng để trở lại)',
    overview: 'Khán giả đang xem tổng quan (O để đóng)',
    goTo: (slide) => `Đến trang ${slide}… (Enter)`,
    keys: '→ Space: tiếp · ←: lùi · số + Enter: đến trang · B: đen · W: trắng · O: tổng quan · Esc: kết thúc',
    popupBlocked: 'Trình duyệt đã chặn cửa sổ người trình bày. Hãy cho phép cửa sổ bật lên rồi thử lại.',
    fullscreenHint: 'Nhấn F để chiếu toàn màn hình.',
    editNotes: 'Sửa ghi chú',
    doneEditing: 'Xong',
  },
  desktop: {
    untitled: 'Chưa lưu',
    unsavedQuestion: (name) => `Lưu các thay đổi của “${name}” trước khi đóng?`,
    unsavedDetail: 'Nếu không lưu, các thay đổi chưa lưu sẽ mất.',
    save: 'Lưu',
    dontSave: 'Không lưu',
    cancel: 'Huỷ',
    saveFailed: 'Không lưu được dự án',
    openRecentFailed: 'Không mở được tệp gần đây',
    projectFiles: 'Dự án Briefdeck',
    articleFiles: 'Bài báo',
    supportedFiles: 'Bài báo và dự án Briefdeck',
    allFiles: 'Mọi tệp',
    pdfFiles: 'Tài liệu PDF',
    pptxFiles: 'Bản trình chiếu PowerPoint',
    htmlFiles: 'Trang HTML',
  },
  errors: {
    'input/empty': 'Tệp trống, không có nội dung để phân tích.',
    'input/too-large': 'Tệp quá lớn (tối đa 20 MB). Hãy chọn bài báo nhỏ hơn.',
    'input/binary': 'Đây không phải tệp văn bản (có thể là ảnh, tệp nén hoặc chương trình).',
    'input/unsupported-type': 'Định dạng tệp chưa được hỗ trợ. Hãy dùng .txt, .html hoặc .docx.',
    'input/undecodable': 'Không đọc được bảng mã của tệp. Hãy lưu lại dưới dạng UTF-8 rồi thử lại.',
    'input/not-docx': 'Tệp .docx này không phải tài liệu Word hợp lệ.',
    'input/unreadable': 'Không đọc được tệp. Hãy kiểm tra quyền truy cập rồi thử lại.',
    'output/unwritable': 'Không ghi được tệp kết quả. Hãy chọn thư mục khác hoặc giải phóng dung lượng đĩa.',
    'project/corrupt':
      'Tệp dự án bị hỏng hoặc không đầy đủ nên không mở được. Tệp vẫn được giữ nguyên; hãy mở bản lưu trước đó hoặc bản khôi phục nếu có.',
    'project/not-a-project':
      'Tệp này không phải dự án Briefdeck (.briefdeck.json) và vẫn được giữ nguyên. Để tạo bản trình chiếu từ bài báo, hãy dùng Mở bài báo.',
    'project/newer-version':
      'Dự án này được lưu bằng phiên bản Briefdeck mới hơn. Hãy cập nhật Briefdeck rồi mở lại; tệp vẫn được giữ nguyên.',
    'project/invalid':
      'Tệp dự án có nội dung Briefdeck không nhận ra (có thể đã bị sửa bằng tay) nên không mở được. Tệp vẫn được giữ nguyên.',
    'export/no-browser':
      'Không tìm thấy Chromium hoặc Chrome để xuất PDF. Hãy cài Chromium, hoặc đặt BRIEFDECK_CHROMIUM là đường dẫn tới trình duyệt.',
    'export/browser-failed': 'Trình duyệt dùng để xuất PDF không khởi động được hoặc đã dừng giữa chừng.',
    'export/timeout':
      'Xuất PDF quá lâu nên đã dừng. Hãy thử lại; nếu vẫn lỗi, hãy kiểm tra trình duyệt Chromium.',
    internal: 'Đã xảy ra lỗi ngoài dự kiến. Bản trình chiếu hiện tại vẫn được giữ nguyên.',
  },
}

const en: Messages = {
  appName: 'Briefdeck',
  openFile: 'Open article…',
  present: 'Present',
  language: 'Language',
  dropHint: 'Drop an article file (.txt, .html, .docx) onto the window to build a deck.',
  loading: 'Analysing the article…',
  errorTitle: 'The file could not be opened',
  dismiss: 'Dismiss',
  about: 'Briefdeck: meeting briefing decks from news articles, fully offline.',
  slideCounter: (current, total) => `Slide ${current} / ${total}`,
  presentHint: 'F5: present from the start · Shift+F5: from the current slide',
  editor: {
    sourceArticle: 'Source article',
    showSource: 'Show source',
    hideSource: 'Hide source',
    sourceHint: 'Select a bullet or a figure on the slide to see the sentence it came from.',
    theme: 'Theme',
    themeLight: 'Light',
    themeDark: 'Dark',
    slides: 'Slides',
    slideTitle: 'Slide title',
    bullets: 'Bullets',
    bullet: (index) => `Bullet ${index}`,
    removeBullet: 'Remove this bullet',
    notes: 'Speaker notes',
    hideSlide: 'Hide when presenting',
    showSlide: 'Show when presenting',
    hiddenBadge: 'Hidden',
    moveUp: 'Move up',
    moveDown: 'Move down',
    undo: 'Undo',
    redo: 'Redo',
    detachedTitle: 'Detached notes',
    detachedHint:
      'These edits belong to slides that are not in the new deck. Their text is kept for you to copy.',
    downloadProject: 'Save project',
    restored: 'Your previous session was restored.',
    regenerate: 'Update from article…',
    regenerateHint: 'Choose the new version of the article: the slides are rebuilt and your edits kept.',
  },
  exportDialog: {
    open: 'Export…',
    title: 'Export the deck',
    format: 'Format',
    formatPdf: 'PDF',
    formatPptx: 'PowerPoint (.pptx)',
    formatHtml: 'HTML (one file, opens in a browser)',
    pdfMode: 'PDF contents',
    modeSlides: 'Slides',
    modeNotes: 'Slides, each followed by a page of notes',
    modeHandout: 'Handout: each slide above its notes on paper',
    modeNotesOnly: 'Notes only',
    pageSize: 'Paper size',
    pageA4: 'A4',
    pageLetter: 'Letter',
    slideCount: (shown, hidden) =>
      `Exports ${shown} slides as edited${hidden > 0 ? `; ${hidden} hidden slides are left out` : ''}.`,
    start: 'Export',
    close: 'Close',
    busy: 'Exporting… Please wait.',
    done: (name) => `Exported “${name}”.`,
    downloaded: (name) => `Downloaded “${name}”.`,
    failed: 'The export failed',
    timeout: 'Printing the PDF took too long and was stopped. Try again.',
    printFailed: 'The PDF could not be printed: the print window stopped before it finished. Try again.',
    browserPdfNote:
      'In a browser, PDFs are made through the print dialog: the printable pages open in a new tab; choose “Save as PDF” as the printer.',
    printOpened:
      'The printable pages are in a new tab with the print dialog (choose “Save as PDF”). Press Ctrl+P there to print again, then close the tab.',
    printBlocked: 'The browser blocked the print tab. Allow pop-ups for this page, then press Export again.',
    printJobMissing:
      'There is nothing left to print in this tab. Close it and press Export again in Briefdeck.',
  },
  presenter: {
    windowTitle: 'Briefdeck — Presenter view',
    currentSlide: 'Current slide',
    nextSlide: 'Next slide',
    endOfPresentation: 'End of presentation',
    back: 'Previous slide',
    forward: 'Next slide',
    notes: 'Notes',
    noNotes: 'This slide has no notes.',
    smallerNotes: 'Smaller notes text',
    largerNotes: 'Larger notes text',
    elapsed: 'Elapsed',
    pauseTimer: 'Pause',
    resumeTimer: 'Resume',
    resetTimer: 'Reset',
    clock: 'Time',
    end: 'End show',
    waiting: 'Waiting for the presentation…',
    blackedOut: 'The audience screen is black (B or a navigation key restores it)',
    whitedOut: 'The audience screen is white (W or a navigation key restores it)',
    overview: 'The audience sees the overview (O closes it)',
    goTo: (slide) => `Go to slide ${slide}… (Enter)`,
    keys: '→ Space: next · ←: back · number + Enter: go to slide · B: black · W: white · O: overview · Esc: end',
    popupBlocked: 'The browser blocked the presenter window. Allow pop-ups for this page and try again.',
    fullscreenHint: 'Press F to go full screen.',
    editNotes: 'Edit notes',
    doneEditing: 'Done',
  },
  desktop: {
    untitled: 'Untitled',
    unsavedQuestion: (name) => `Save the changes to “${name}” before closing?`,
    unsavedDetail: "Your changes will be lost if you don't save them.",
    save: 'Save',
    dontSave: "Don't Save",
    cancel: 'Cancel',
    saveFailed: 'The project could not be saved',
    openRecentFailed: 'The recent file could not be opened',
    projectFiles: 'Briefdeck projects',
    articleFiles: 'Articles',
    supportedFiles: 'Articles and Briefdeck projects',
    allFiles: 'All files',
    pdfFiles: 'PDF documents',
    pptxFiles: 'PowerPoint presentations',
    htmlFiles: 'HTML pages',
  },
  errors: {
    'input/empty': 'The file is empty: there is nothing to analyse.',
    'input/too-large': 'The file is too large (20 MB at most). Choose a smaller article.',
    'input/binary': 'This is not a text file (it looks like an image, an archive or a program).',
    'input/unsupported-type': 'This file type is not supported yet. Use .txt, .html or .docx.',
    'input/undecodable': 'The text encoding could not be read. Save the file as UTF-8 and try again.',
    'input/not-docx': 'This .docx file is not a valid Word document.',
    'input/unreadable': 'The file could not be read. Check that you may open it and try again.',
    'output/unwritable':
      'The output file could not be written. Choose another folder or free some disk space.',
    'project/corrupt':
      'The project file is damaged or incomplete and could not be opened. The file was not changed; open an earlier copy or a recovered project if there is one.',
    'project/not-a-project':
      'This is not a Briefdeck project (.briefdeck.json); the file was not changed. To build a deck from an article, use Open article.',
    'project/newer-version':
      'This project was saved by a newer version of Briefdeck. Update Briefdeck and open it again; the file was not changed.',
    'project/invalid':
      'The project file holds content Briefdeck does not recognise (it may have been edited by hand), so it could not be opened. The file was not changed.',
    'export/no-browser':
      'No Chromium or Chrome was found to print the PDF. Install Chromium, or set BRIEFDECK_CHROMIUM to the browser binary.',
    'export/browser-failed': 'The browser that prints the PDF did not start or stopped before it finished.',
    'export/timeout':
      'Printing the PDF took too long and was stopped. Try again; if it fails again, check Chromium.',
    internal: 'Something unexpected went wrong. The current deck is kept as it was.',
  },
}

export const MESSAGES: Readonly<Record<Locale, Messages>> = { vi, en }

/** The UI language for a BCP 47 tag: English only when asked for, Vietnamese otherwise. */
export function pickLocale(tag: string | null | undefined): Locale {
  return tag?.toLowerCase().startsWith('en') ? 'en' : 'vi'
}
