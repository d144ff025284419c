/** Outlet tags that open a lead: '(ĐN)-', '(Dân trí) -', '(VGP) –', '(NLĐO)-'. */
const RE_OUTLET_TAG = /^\(([\p{Lu}][\p{L}.&\s]{0,18}?)\)\s*[-–—:]\s*/u

/** Splits a leading outlet tag off a line; `outlet` is null when the line has none. */
export function parseOutletTag(line: string): { outlet: string | null; rest: string } {
  const match = RE_OUTLET_TAG.exec(line)
  if (match === null || match[1] === undefined) return { outlet: null, rest: line }
  return { outlet: match[1].trim(), rest: line.slice(match[0].length).trim() }
}
