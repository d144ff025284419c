import './zod-setup'
import { StrictMode, type ReactNode } from 'react'
import { createRoot } from 'react-dom/client'
import '@fontsource/be-vietnam-pro/400.css'
import '@fontsource/be-vietnam-pro/600.css'
import '@fontsource/be-vietnam-pro/700.css'
import 'reveal.js/reset.css'
import 'reveal.js/reveal.css'
import './styles/app.css'
import './styles/deck.css'
import './presentation/presentation.css'
import { App } from './app/app'
import { pickHost } from './host/pick-host'
import { AudienceWindow } from './presentation/audience-window'
import { readPresentationView } from './presentation/presentation-config'
import { PresenterWindow } from './presentation/presenter-window'
import { PrintView } from './print/print-view'

/**
 * One page, four views: the presentation windows and the browser's print tab load it again with `?view=` (no
 * router: reveal owns the hash).
 */
function renderView(): ReactNode {
  if (new URLSearchParams(window.location.search).get('view') === 'print') return <PrintView />
  const view = readPresentationView(window.location.search)
  if (view === 'presenter') return <PresenterWindow />
  if (view === 'audience') return <AudienceWindow />
  return <App host={pickHost()} />
}

const root = document.getElementById('root')
if (root) {
  createRoot(root).render(<StrictMode>{renderView()}</StrictMode>)
}
