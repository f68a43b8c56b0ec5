'use client'
import { useAuth } from '@payloadcms/ui'
import { useState } from 'react'

import { formatTime, useBuildStatus } from './useBuildStatus'

const STATUS_LABEL = { running: 'Bygger', succeeded: 'Klar', failed: 'Misslyckades' } as const

/**
 * The build panel on the "Publicering av webbplatsen" screen: each publish (how long it took, how many addresses it
 * rendered of all, its phase times and the addresses in its log), "Rebuild now" and rollback.
 */
export function BuildPanel() {
  const { state, refresh } = useBuildStatus()
  const { user } = useAuth<{ roles?: string[] }>()
  const [message, setMessage] = useState('')
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
