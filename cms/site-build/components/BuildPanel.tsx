'use client'
import { useAuth } from '@payloadcms/ui'
import { useState } from 'react'

import { formatTime, useBuildStatus } from './useBuildStatus'

type BrokenLinks = { page: string; links: string[] }[]

const STATUS_LABEL = { running: 'Bygger', succeeded: 'Klar', failed: 'Misslyckades' } as const

/**
 * The build panel on the "Publicering av webbplatsen" screen: each publish (how long it took, how many addresses it
 * rendered of all, its phase times and the addresses in its log), "Rebuild now" and rollback.
 */
export function BuildPanel() {
  const { state, refresh } = useBuildStatus()
  const { user } = useAuth<{ roles?: string[] }>()
  const [message, setMessage] = useState('')
  const [archiveTime, setArchiveTime] = useState('')
  const isAdmin = Boolean(user?.roles?.includes('admin'))

  async function post(path: string, body?: unknown) {
    const response = await fetch(path, {
      method: 'POST',
      credentials: 'include',
      headers: { 'content-type': 'application/json' },
      body: body ? JSON.stringify(body) : undefined,
    })
    const result = await response.json().catch(() => ({}))
    setMessage(
      response.ok
        ? path.endsWith('rebuild')
          ? 'Allt hämtas och jämförs på nytt.'
          : 'Det valda bygget visas strax.'
        : (result.error ?? 'Något gick fel.'),
    )
    refresh()
  }

  const builds = state?.builds ?? []
  const live = builds.find((build) => build.buildId === state?.liveBuild)
  const broken = (live?.brokenLinks ?? []) as BrokenLinks
  return (
    <div style={{ margin: '1rem 0', padding: '1rem', border: '1px solid var(--theme-elevation-150)', borderRadius: 4, width: '100%' }}>
      <p>
        <strong>Live:</strong> {state?.liveBuild ?? 'inget bygge ännu'} (sedan {formatTime(state?.liveSince)}) · <strong>I kö:</strong>{' '}
        {state?.queued ?? 0}
      </p>
      <button type="button" className="btn btn--style-primary btn--size-small" onClick={() => post('/api/site-build/rebuild')}>
        Bygg om nu
      </button>
      <p role="status" aria-live="polite">
        {message}
      </p>
      {isAdmin && (
        <form
          aria-labelledby="archive-heading"
          style={{ margin: '1rem 0' }}
          onSubmit={(event) => {
            event.preventDefault()
            if (archiveTime)
              window.open(`/api/site-archive?at=${encodeURIComponent(new Date(archiveTime).toISOString())}`, '_blank', 'noopener')
          }}
        >
          <h3 id="archive-heading">Arkiv</h3>
          <label htmlFor="archive-time">Visa webbplatsen som den var den (datum och tid) </label>
          <input
            id="archive-time"
            type="datetime-local"
            value={archiveTime}
            onChange={(event) => setArchiveTime(event.target.value)}
            required
          />{' '}
          <button type="submit" className="btn btn--style-secondary btn--size-small">
            Öppna arkivet
          </button>
        </form>
      )}
      {broken.length > 0 && (
        <section aria-labelledby="broken-links" data-broken-links>
          <h3 id="broken-links">Trasiga länkar på webbplatsen ({broken.reduce((sum, page) => sum + page.links.length, 0)})</h3>
          <p>Sidorna länkar till adresser som inte finns. Rätta länken eller lägg till en omdirigering.</p>
          <ul>
            {broken.map((page) => (
              <li key={page.page}>
                <a href={page.page} target="_blank" rel="noreferrer">
                  {page.page}
                </a>{' '}
                länkar till {page.links.join(', ')}
              </li>
            ))}
          </ul>
        </section>
      )}
      <table style={{ width: '100%', fontSize: '0.9rem' }}>
        <thead>
          <tr>
            <th align="left">Start</th>
            <th align="left">Status</th>
            <th align="right">Tid</th>
            <th align="right">Renderade adresser</th>
            <th align="left">Orsak</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {builds.map((build) => (
            <tr key={build.buildId} data-build={build.buildId} data-status={build.status}>
              <td>{formatTime(build.startedAt)}</td>
              <td>
                {STATUS_LABEL[build.status]}
                {build.buildId === state?.liveBuild ? ' (live)' : ''}
                {(build.error || build.logTail) && (
                  <details>
                    <summary>{build.error ?? 'Faser och adresser'}</summary>
                    <pre style={{ whiteSpace: 'pre-wrap', maxHeight: 240, overflow: 'auto' }}>{build.logTail}</pre>
                  </details>
                )}
              </td>
              <td align="right">{build.durationMs ? `${(build.durationMs / 1000).toFixed(build.durationMs < 10_000 ? 2 : 1)} s` : '–'}</td>
              <td align="right">{build.pages ? `${build.pages - (build.pagesReused ?? 0)} av ${build.pages}` : '–'}</td>
              <td>{build.reason}</td>
              <td>
                {isAdmin && build.kept && build.status === 'succeeded' && build.buildId !== state?.liveBuild && (
                  <button
                    type="button"
                    className="btn btn--style-secondary btn--size-small"
                    onClick={() => post('/api/site-build/rollback', { buildId: build.buildId })}
                  >
                    Visa detta bygge igen
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
