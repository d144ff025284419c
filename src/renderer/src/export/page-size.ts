import type { PageSize } from '../../../shared/ipc'

/**
 * The paper documents are laid out for A4 (`@page { size: A4 portrait }`); Letter is set by a later @page rule,
 * which overrides the size and keeps the margins. The 180 mm slide picture fits both.
 */
export function applyPageSize(html: string, pageSize: PageSize | null): string {
  if (pageSize !== 'letter') return html
  const rule = '<style>@page { size: letter portrait; }</style>'
  const head = html.indexOf('</head>')
  return head === -1 ? html : `${html.slice(0, head)}${rule}\n${html.slice(head)}`
}
