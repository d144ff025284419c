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
  // require, not import(): under tsx (the fallback when no bundle is built) import() bypasses the compiler.
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded after the launch on purpose, see above
  const { runCli } = require('./run-cli') as typeof import('./run-cli')
  try {
    return await runCli(argv, {
      stdout: (text) => process.stdout.write(text),
      stderr: (text) => process.stderr.write(text),
      languageTag: process.env.LC_ALL ?? process.env.LC_MESSAGES ?? process.env.LANG,
      env: process.env,
      browser,
    })
  } catch (error) {
    // A browser left running would keep the process alive after the error.
    const launched = await browser
    if (launched?.ok) await launched.value.close()
    throw error
  }
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
