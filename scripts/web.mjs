// Builds the renderer as a web page and serves it on http://127.0.0.1:$PORT/ (default 4173) until stopped.
import { build, preview } from 'vite'

const port = Number(process.env.PORT ?? 4173)
if (!Number.isInteger(port) || port <= 0 || port > 65535) {
  console.error(`PORT must be a port number, got "${process.env.PORT}"`)
  process.exit(2)
}
await build({ configFile: 'vite.web.config.ts', logLevel: 'warn' })
const server = await preview({
  configFile: 'vite.web.config.ts',
  preview: { host: '127.0.0.1', port, strictPort: true },
})
server.printUrls()
