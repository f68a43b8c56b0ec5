'use client'
import { useDocumentInfo, useFormFields, useLocale, useTranslation } from '@payloadcms/ui'

import { formatTime, useBuildStatus } from './useBuildStatus'

/** The note's words in the admin's language; `version` names the content language being edited. */
const TEXT = {
  sv: {
    site: 'Webbplatsen',
    version: (language: string) => (language === 'en' ? 'den engelska versionen' : 'den svenska versionen'),
    notPublished: 'Inte publicerad: syns inte på webbplatsen.',
    draft: 'Du har ändringar som är utkast. Webbplatsen visar den publicerade versionen.',
    live: 'Den publicerade versionen syns på webbplatsen.',
    liveSince: (time: string) => `Den publicerade versionen syns på webbplatsen sedan ${time}.`,
    building: 'Webbplatsen byggs om: ändringen syns om en liten stund.',
    behind: 'Senaste publiceringen syns inte ännu. Bygg om under Publicering av webbplatsen.',
  },
  en: {
    site: 'The website',
    version: (language: string) => (language === 'en' ? 'the English version' : 'the Swedish version'),
    notPublished: 'Not published: not on the website.',
    draft: 'You have draft changes. The website shows the published version.',
    live: 'The published version is on the website.',
    liveSince: (time: string) => `The published version has been on the website since ${time}.`,
    building: 'The website is being rebuilt: the change will show in a moment.',
    behind: 'The latest publishing is not on the website yet. Rebuild under Website publishing.',
  },
}

/**
 * Beside a page, report or dataset: is the published version of the language being edited on the public site yet?
 * Each language is published on its own (cms/localization.ts), so the note names the version it is about.
 */
export function LiveStatus() {
  const { id, hasPublishedDoc } = useDocumentInfo()
  const locale = useLocale()
  const { i18n } = useTranslation()
  const updatedAt = useFormFields(([fields]) => fields.updatedAt?.value as string | undefined)
  const status = useFormFields(([fields]) => fields._status?.value as string | undefined)
  const { state } = useBuildStatus(4000)
  if (!id || !state) return null
  const t = i18n.language === 'en' ? TEXT.en : TEXT.sv
  let text: string
  if (!hasPublishedDoc) text = t.notPublished
  else if (status === 'draft') text = t.draft
  else if (state.liveContentAt && updatedAt && new Date(updatedAt) <= new Date(state.liveContentAt)) {
    // When it went live: the first build that started after the save (the history keeps the last twenty).
    const first = [...(state.builds ?? [])]
      .reverse()
      .find((build) => build.status === 'succeeded' && build.finishedAt && new Date(build.startedAt) >= new Date(updatedAt))
    text = first?.finishedAt ? t.liveSince(formatTime(first.finishedAt)) : t.live
  } else if (state.builds?.[0]?.status === 'running' || state.queued > 0) text = t.building
  else text = t.behind
  return (
    <p className="field-description" role="status" aria-live="polite" style={{ marginBottom: '1rem' }}>
      <strong>
        {t.site}, {t.version(locale?.code ?? 'sv')}:
      </strong>{' '}
      {text}
    </p>
  )
}
