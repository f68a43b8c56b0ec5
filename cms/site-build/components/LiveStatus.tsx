'use client'
import { useDocumentInfo, useFormFields } from '@payloadcms/ui'

import { useBuildStatus } from './useBuildStatus'

/** Beside a page or report: is the published version on the public site yet? */
export function LiveStatus() {
  const { id, hasPublishedDoc } = useDocumentInfo()
  const updatedAt = useFormFields(([fields]) => fields.updatedAt?.value as string | undefined)
  const status = useFormFields(([fields]) => fields._status?.value as string | undefined)
  const { state } = useBuildStatus(4000)
  if (!id || !state) return null
  let text: string
  if (!hasPublishedDoc) text = 'Inte publicerad: syns inte på webbplatsen.'
  else if (status === 'draft') text = 'Du har ändringar som är utkast. Webbplatsen visar den publicerade versionen.'
  else if (state.liveContentAt && updatedAt && new Date(updatedAt) <= new Date(state.liveContentAt))
    text = 'Den publicerade versionen syns på webbplatsen.'
  else if (state.builds?.[0]?.status === 'running' || state.queued > 0) text = 'Webbplatsen byggs om: ändringen syns om en liten stund.'
  else text = 'Senaste publiceringen syns inte ännu. Bygg om under Publicering av webbplatsen.'
  return (
    <p className="field-description" role="status" aria-live="polite" style={{ marginBottom: '1rem' }}>
      <strong>Webbplatsen:</strong> {text}
    </p>
  )
}
