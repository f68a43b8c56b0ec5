/**
 * The site's renderer, kept alive: `astro build` bundles the site once (code changes), and then this process
 * renders any route from whatever content is set (site/lib/content.ts), as often as it likes, without Vite.
 *
 * How: an integration takes over Astro's prerendering (`setPrerenderer` in `astro:build:start`). It lets Astro set up
 * its default prerenderer (which loads the bundled app), loads every page module while the bundle is still on disk
 * (Astro deletes it when the build ends), and tells Astro there are no pages to write: every page is written by
 * the publisher instead, through the same renderer, for a full build and a single change alike.
 *
 * This relies on Astro internals, pinned with the exact version in package.json and covered by
 * test/publisher.e2e.test.ts: the default prerenderer's `app` (with `routeCache` and `getComponentByRoute`), its
 * `getStaticPaths()` and `render(request, { routeData })`. With @astrojs/node 11, setting a prerenderer drops the
 * prerender bundle's entry ("rolldownOptions.input should not be an html file when building for SSR"): it is given
 * back in `astro:build:setup`.
 */
import fs from 'node:fs'
import path from 'node:path'

import type { AstroIntegration, RouteData } from 'astro'
import { build } from 'astro'

type DefaultPrerenderer = {
  app: {
    routeCache: { clearAll(): void }
    getComponentByRoute(route: RouteData): Promise<unknown>
    manifest: { routes: { routeData: RouteData }[] }
  }
  setup(): Promise<void>
  getStaticPaths(): Promise<{ pathname: string; route: RouteData; cacheKey?: string }[]>
  render(request: Request, options: { routeData: RouteData }): Promise<{ response: Response }>
}

export interface RoutePath {
  pathname: string
  route: RouteData
  /** The route's dependency key (the hash of its route data), when it has parameters; static routes have none. */
  key?: string
  /** The file the route is written to, relative to the site's root ("publikationer/x/index.html"). */
  file: string
}

export interface Renderer {
  /** Every public route with its key, as the current content makes them. */
  paths(): Promise<RoutePath[]>
  /** Renders one route from the current content. */
  render(path: RoutePath): Promise<Buffer>
}

const trim = (pathname: string) => pathname.replace(/^\/+|\/+$/g, '')

/** Pages written as a file of their own name (404.html), as static hosts look for them; the English site has its own 404. */
const NOT_FOUND_PAGES = new Set(['/404', '/500', '/en/404'])

/** Where Astro's directory format (trailingSlash: 'always') puts a route, and the address it is requested at. */
export function outputOf(pathname: string, route: RouteData): { file: string; url: string } {
  if (route.type === 'endpoint') return { file: trim(pathname), url: `/${trim(pathname)}` }
  if (NOT_FOUND_PAGES.has(pathname)) return { file: `${trim(pathname)}.html`, url: `/${trim(pathname)}/` }
  return trim(pathname) === '' ? { file: 'index.html', url: '/' } : { file: `${trim(pathname)}/index.html`, url: `/${trim(pathname)}/` }
}

/** The integration that keeps Astro's prerenderer for this process (and lets Astro write no pages itself). */
function keepPrerenderer(prerenderDir: string, keep: (prerenderer: DefaultPrerenderer) => void): AstroIntegration {
  return {
    name: 'resident-renderer',
    hooks: {
      'astro:build:setup': ({ updateConfig }) => {
        updateConfig({ environments: { prerender: { build: { rolldownOptions: { input: 'astro/entrypoints/prerender' } } } } })
      },
      'astro:build:start': ({ setPrerenderer }) => {
        setPrerenderer((astroDefault) => {
          // Astro's default prerenderer carries its app, which Astro's public types do not show: the one cast here.
          const defaultPrerenderer = astroDefault as unknown as DefaultPrerenderer
          return {
            name: 'resident-renderer',
            async setup() {
              await defaultPrerenderer.setup()
              const { app } = defaultPrerenderer
              for (const { routeData } of app.manifest.routes) if (routeData.prerender) await app.getComponentByRoute(routeData)
              // Astro deletes the prerender bundle when the build ends, but the app still imports parts of it lazily:
              // a copy is put back after the build.
              if (!fs.existsSync(prerenderDir))
                throw new Error(`Astro's prerender bundle is not at ${prerenderDir} (has the Astro version changed?).`)
              fs.cpSync(prerenderDir, `${prerenderDir}.kept`, { recursive: true })
              keep(defaultPrerenderer)
            },
            getStaticPaths: async () => [],
            render: (request, options) => astroDefault.render(request, options),
          }
        })
      },
    },
  }
}

/**
 * Runs `astro build` into `outDir` (the client assets, the public folder's files and the preview server; no pages)
 * and returns the renderer it leaves behind.
 */
export async function buildRenderer({ root, outDir, siteUrl }: { root: string; outDir: string; siteUrl: string }): Promise<Renderer> {
  let prerenderer: DefaultPrerenderer | undefined
  process.env.ASTRO_TELEMETRY_DISABLED = '1'
  // The bundle imports packages by name. Outside the project (DATA_DIR in /tmp, /var/lib/…) Node would not find
  // them, so the folder holding the build gets a link to the project's node_modules.
  const parent = path.dirname(path.resolve(outDir))
  if (path.relative(root, parent).startsWith('..')) {
    fs.mkdirSync(parent, { recursive: true })
    const [link, target] = [path.join(parent, 'node_modules'), path.join(root, 'node_modules')]
    // A link left by another checkout (or dangling) is replaced: the bundle must load this project's packages.
    const existing = fs.lstatSync(link, { throwIfNoEntry: false })
    if (existing?.isSymbolicLink() && fs.readlinkSync(link) !== target) fs.rmSync(link)
    if (!fs.lstatSync(link, { throwIfNoEntry: false })) fs.symlinkSync(target, link, 'dir')
  }
  const prerenderDir = path.join(path.resolve(outDir), 'server/.prerender')
  fs.rmSync(`${prerenderDir}.kept`, { recursive: true, force: true })
  await build({
    root,
    outDir: path.resolve(outDir),
    // Astro's cache beside the build it belongs to, not shared in node_modules: builds may run side by side
    // (the publisher and `npm run build`, or test suites).
    cacheDir: path.join(path.resolve(outDir), '.astro-cache'),
    logLevel: 'warn',
    integrations: [keepPrerenderer(prerenderDir, (p) => (prerenderer = p))],
  })
  if (!prerenderer) throw new Error('Astro built the site but did not hand over its prerenderer (has the Astro version changed?).')
  fs.rmSync(prerenderDir, { recursive: true, force: true })
  fs.renameSync(`${prerenderDir}.kept`, prerenderDir)
  const kept = prerenderer
  const origin = new URL(siteUrl).origin
  return {
    async paths() {
      // getStaticPaths() results are cached per route: new content needs them computed again.
      kept.app.routeCache.clearAll()
      const seen = new Set<string>()
      const paths: RoutePath[] = []
      for (const { pathname, route, cacheKey } of await kept.getStaticPaths()) {
        // As Astro does: the first route (by priority) that claims an address wins it.
        const normalized = pathname.replace(/\/+$/, '')
        if (seen.has(normalized)) continue
        seen.add(normalized)
        paths.push({ pathname, route, key: cacheKey, file: outputOf(pathname, route).file })
      }
      return paths
    },
    async render({ pathname, route }) {
      const { response } = await kept.render(new Request(new URL(outputOf(pathname, route).url, origin)), { routeData: route })
      if (response.status !== 200 && !(response.status === 404 && pathname === '/404'))
        throw new Error(`${pathname} answered ${response.status} when rendered.`)
      return Buffer.from(await response.arrayBuffer())
    },
  }
}
