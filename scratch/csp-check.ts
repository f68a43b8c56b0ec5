import { launchBrowser } from '../test/helpers/browser'
import { serveStatic } from '../test/helpers/site'
const site = await serveStatic(process.argv[2])
const browser = await launchBrowser()
const page = await browser.newPage()
page.on('console', (m) => console.log('console', m.type(), m.text()))
page.on('pageerror', (e) => console.log('pageerror', e.message))
for (const p of process.argv.slice(3)) {
  await page.goto(site.url + p)
  await page.waitForTimeout(2500)
  console.log(p, await page.locator('#search-status').textContent().catch(() => ''))
}
await browser.close(); site.close()
