'use client'
import { useEffect, useState } from 'react'

import type { BuildRecord as BuildInfo } from '../history'

export type { BuildInfo }
export type BuildState = {
  liveBuild?: string | null
  liveSince?: string | null
  liveContentAt?: string | null
  builds?: BuildInfo[] | null
  queued: number
}

/** The site's build state, polled while the view is open. */
export function useBuildStatus(intervalMs = 3000) {
  const [state, setState] = useState<BuildState | undefined>()
  const [tick, setTick] = useState(0)
  useEffect(() => {
    let cancelled = false
    fetch('/api/site-build/status', { credentials: 'include' })
      .then((r) => (r.ok ? r.json() : undefined))
      .then((s) => !cancelled && setState(s))
      .catch(() => undefined)
    const timer = setTimeout(() => setTick((t) => t + 1), intervalMs)
    return () => {
      cancelled = true
      clearTimeout(timer)
    }
  }, [tick, intervalMs])
  return { state, refresh: () => setTick((t) => t + 1) }
}

export const formatTime = (iso?: string | null) => (iso ? new Date(iso).toLocaleString('sv-SE') : '–')
