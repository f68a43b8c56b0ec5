'use client'
import { useDocumentInfo, useLocale, useTranslation } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

const TEXT = {
  sv: {
    button: 'Visa vad en publicering ändrar',
    asking: 'Frågar publiceringstjänsten …',
    changes: (n: number) => (n === 1 ? '1 sida på webbplatsen ändras:' : `${n} sidor på webbplatsen ändras:`),
    removed: (n: number) => (n === 1 ? '1 sida försvinner:' : `${n} sidor försvinner:`),
    nothing: 'Utkastet ändrar ingen sida på webbplatsen (förutom startsidan, listornas första sidor och flöden, som alltid byggs om).',
    more: (n: number) => `… och ${n} till`,
    linked: (n: number) => (n === 1 ? '1 publicerad sida länkar hit.' : `${n} publicerade sidor länkar hit.`),
    linkedHint: 'Raderar eller avpublicerar du den blir länkarna trasiga; flyttas den får den gamla adressen en omdirigering.',
    failed: 'Publiceringstjänsten svarar inte just nu.',
  },
  en: {
    button: 'Show what publishing changes',
    asking: 'Asking the publishing service …',
    changes: (n: number) => (n === 1 ? '1 page of the website changes:' : `${n} pages of the website change:`),
    removed: (n: number) => (n === 1 ? '1 page goes:' : `${n} pages go:`),
    nothing: 'The draft changes no page of the website (apart from the home page, the lists’ first pages and feeds, always rebuilt).',
    more: (n: number) => `… and ${n} more`,
    linked: (n: number) => (n === 1 ? '1 published page links here.' : `${n} published pages link here.`),
    linkedHint: 'Deleting or unpublishing it breaks those links; moving it gives the old address a redirect.',
    failed: 'The publishing service does not answer right now.',
  },
}
const SHOWN = 12

/**
 * Beside Publish: which public pages publishing the draft would change (asked of the publisher, from its route keys),
 * and which live pages link to the document, so that deleting it is not done blind.
 */
export function Impact() {
  const { id, collectionSlug } = useDocumentInfo()
  const locale = useLocale()
  const { i18n } = useTranslation()
  const t = i18n.language === 'en' ? TEXT.en : TEXT.sv
  const [impact, setImpact] = useState<{ changed: string[]; removed: string[] } | 'asking' | 'failed'>()
  const [linked, setLinked] = useState<string[]>([])
  const query = id && collectionSlug ? `collection=${collectionSlug}&id=${id}&locale=${locale?.code ?? 'sv'}` : undefined

  useEffect(() => {
    if (!query) return
    let cancelled = false
    fetch(`/api/site-build/links-to?${query}`, { credentials: 'include' })
      .then((r) => (r.ok ? r.json() : { pages: [] }))
      .then((body: { pages: string[] }) => !cancelled && setLinked(body.pages))
      .catch(() => undefined)
    return () => {
      cancelled = true
    }
  }, [query])

  if (!query) return null
  const list = (pages: string[]) => (
    <ul style={{ margin: '0.25rem 0 0.5rem', paddingLeft: '1.25rem' }}>
      {pages.slice(0, SHOWN).map((page) => (
        <li key={page}>{page}</li>
      ))}
      {pages.length > SHOWN && <li>{t.more(pages.length - SHOWN)}</li>}
    </ul>
  )
  return (
    <div className="field-description" style={{ marginBottom: '1rem' }} data-publish-impact>
      {linked.length > 0 && (
        <div role="note" style={{ marginBottom: '0.5rem' }}>
          <strong>{t.linked(linked.length)}</strong> {t.linkedHint}
          {list(linked)}
        </div>
      )}
      <button
        type="button"
        className="btn btn--style-secondary btn--size-small"
        onClick={() => {
          setImpact('asking')
          fetch(`/api/site-build/impact?${query}`, { credentials: 'include' })
            .then(async (r) => (r.ok ? setImpact(await r.json()) : setImpact('failed')))
            .catch(() => setImpact('failed'))
        }}
      >
        {t.button}
      </button>
      <div role="status" aria-live="polite">
        {impact === 'asking' && <p>{t.asking}</p>}
        {impact === 'failed' && <p>{t.failed}</p>}
        {impact && typeof impact === 'object' && (
          <>
            {impact.changed.length === 0 && impact.removed.length === 0 && <p>{t.nothing}</p>}
            {impact.changed.length > 0 && (
              <>
                <p>{t.changes(impact.changed.length)}</p>
                {list(impact.changed)}
              </>
            )}
            {impact.removed.length > 0 && (
              <>
                <p>{t.removed(impact.removed.length)}</p>
                {list(impact.removed)}
              </>
            )}
          </>
        )}
      </div>
    </div>
  )
}
