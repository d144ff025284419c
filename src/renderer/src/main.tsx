import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import '@fontsource/be-vietnam-pro/400.css'
import '@fontsource/be-vietnam-pro/600.css'
import '@fontsource/be-vietnam-pro/700.css'
import 'reveal.js/reset.css'
import 'reveal.js/reveal.css'
import './styles/app.css'
import './styles/deck.css'
import { App } from './app/app'
import { pickHost } from './host/pick-host'

const root = document.getElementById('root')
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App host={pickHost()} />
    </StrictMode>,
  )
}
