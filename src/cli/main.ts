import { parseCliArgs } from './args'
import { startBrowser, yieldToLaunch, type BrowserOutcome } from './export/launch-browser'

/**
 * The process entry. A PDF export launches Chromium before anything else loads: the browser boots in its own
 * process while the core and the article are loaded and analysed, instead of after them.
 */
async function main(argv: readonly string[]): Promise<number> {
  const command = parseCliArgs(argv)
  let browser: Promise<BrowserOutcome> | null = null
  if (command.kind === 'export' && command.pdf) {
    browser = startBrowser(process.env)
    await yieldToLaunch()
  }
  const { runCli } = await import('./run-cli')
  return runCli(argv, {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    languageTag: process.env.LC_ALL ?? process.env.LC_MESSAGES ?? process.env.LANG,
    env: process.env,
    browser,
  })
}

void main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    process.stderr.write(
      `briefdeck: internal error: ${error instanceof Error ? error.message : String(error)}\n`,
    )
    process.exitCode = 1
  },
)
