import type { ServerComponentProps } from 'payload'

import type { User } from '../../../shared/payload-types'
import { dueFor, type DueItem } from '../due'

const TEXT = {
  sv: {
    heading: 'Att göra',
    waiting: 'Väntar på granskning',
    overdue: 'Skulle ha setts över',
    dueSoon: 'Ska ses över inom 30 dagar',
    none: 'Inget just nu.',
    by: 'från',
    files: 'PDF-filer som inte är tillgängliga',
    missing: 'saknar',
    links: (n: number) => `${n} trasiga länkar till andra webbplatser`,
  },
  en: {
    heading: 'To do',
    waiting: 'Waiting for review',
    overdue: 'Overdue for review',
    dueSoon: 'Due for review within 30 days',
    none: 'Nothing right now.',
    by: 'from',
    files: 'PDF files that are not accessible',
    missing: 'missing',
    links: (n: number) => `${n} broken links to other websites`,
  },
} as const

/** On the dashboard: the drafts waiting for a publisher, and the signed-in user's documents due or overdue for review. */
export async function ReviewDashboard({ payload, user, i18n }: ServerComponentProps) {
  if (!user) return null
  const text = TEXT[i18n?.language === 'en' ? 'en' : 'sv']
  const lists = await dueFor(payload, user as unknown as User)
  const date = (iso: string) => new Date(iso).toLocaleDateString(i18n?.language === 'en' ? 'en-GB' : 'sv-SE')
  const list = (id: string, heading: string, items: DueItem[]) => (
    <section aria-labelledby={id} style={{ marginBottom: '1.5rem' }}>
      <h3 id={id}>
        {heading} ({items.length})
      </h3>
      {items.length === 0 ? (
        <p>{text.none}</p>
      ) : (
        <ul>
          {items.map((item) => (
            <li key={`${item.collection}-${item.id}`}>
              <a href={`/admin/collections/${item.collection}/${item.id}`}>{item.title}</a> – {date(item.date)}
              {item.by ? ` ${text.by} ${item.by}` : ''}
            </li>
          ))}
        </ul>
      )}
    </section>
  )
  return (
    <div className="gutter--left gutter--right" style={{ marginBottom: '2rem' }}>
      <h2>{text.heading}</h2>
      {lists.waiting.length > 0 || (user as unknown as User).roles?.some((r) => r !== 'editor')
        ? list('review-waiting', text.waiting, lists.waiting)
        : null}
      {list('review-overdue', text.overdue, lists.overdue)}
      {list('review-due-soon', text.dueSoon, lists.dueSoon)}
      {lists.files.length > 0 && (
        <section aria-labelledby="review-files" style={{ marginBottom: '1.5rem' }}>
          <h3 id="review-files">
            {text.files} ({lists.files.length})
          </h3>
          <ul>
            {lists.files.map((file) => (
              <li key={file.id}>
                <a href={`/admin/collections/documents/${file.id}`}>{file.title}</a> – {text.missing} {file.missing.join(', ')}
              </li>
            ))}
          </ul>
        </section>
      )}
      {lists.brokenExternalLinks > 0 && (
        <p>
          <a href="/admin/collections/external-links?where[ok][equals]=false">{text.links(lists.brokenExternalLinks)}</a>
        </p>
      )}
    </div>
  )
}
