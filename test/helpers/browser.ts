import axe from 'axe-core'
import { chromium, type Browser, type Page } from 'playwright-core'

/** Debian's Chromium (or CHROME_PATH), headless and offline: nothing is downloaded and nothing leaves the machine. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  })
}

/**
 * axe-core's WCAG 2.1 A/AA and best-practice rules run on the open page: the violations, one line each ("id: help
 * (targets)"), and how many rules passed. Evaluated by the browser's tooling, not added as a script: the page's
 * Content-Security-Policy would refuse that.
 */
export async function axeCheck(page: Page): Promise<{ violations: string[]; passes: number }> {
  await page.evaluate(axe.source)
  const result = await page.evaluate(() =>
    (window as unknown as { axe: typeof axe }).axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
    }),
  )
  return {
    violations: result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`),
    passes: result.passes.length,
  }
}
