/*
 * The CLI's PowerPoint writer, used as it is: it imports nothing of Node (pptxgenjs's browser build zips in
 * memory), so the page writes the same file the CLI and the desktop write. It belongs beside the other
 * exporters in src/renderer/src/export/; until it moves there, this is the one place the renderer reaches it.
 */
// eslint-disable-next-line no-restricted-imports -- see above: an isomorphic exporter that lives in src/cli
export { exportPptx } from '../../../cli/export/export-pptx'
