import type { Endpoint, PayloadRequest } from 'payload'

import {
  formError,
  formErrorPath,
  formLanguage,
  HONEYPOT_FIELD,
  thankYouPath,
  validateSubmission,
  type FormError,
  type FormType,
  type Submission,
} from '../../shared/forms'
import type { ContentLocale } from '../../shared/locales'
import { siteUrl } from '../../shared/urls'
import { readBodyUpTo } from '../read-body'
import { admitPost, recordStoredSubmission } from './rate-limit'

const DAY = 24 * 60 * 60 * 1000
const DEFAULT_RETENTION_DAYS = 365
const MAX_BODY = 20_000

/**
 * POST /api/forms/submit: the only way the public writes into the CMS. A plain HTML form post (no JavaScript) is
 * answered with a 303 redirect to the static site's thank-you page or the page explaining the problem; a request
 * that accepts JSON (the form's script) gets {ok} or {errors} instead, readable by the site's origin only (CORS
 * here, not for the rest of the API). Every field is checked; a filled honeypot is answered as a success and
 * stored nowhere; the per-address limit applies before the body is read (only stored submissions count towards
 * the limit for everyone: rate-limit.ts), and the body is read only up to 20 kB.
 */
export const submitFormEndpoint: Endpoint = {
  path: '/forms/submit',
  method: 'post',
  handler: async (req) => {
    const wantsJson = (req.headers.get('accept') ?? '').includes('application/json')
    // Answers in the language of the page the form is on (known once the fields are read; Swedish until then).
    let language: ContentLocale = 'sv'
    const reply = (result: { ok: true; formType: FormType } | { ok: false; errors: FormError[]; status: number }) => {
      if (wantsJson) {
        return Response.json(result.ok ? { ok: true } : { ok: false, errors: result.errors }, {
          status: result.ok ? 200 : result.status,
          headers: { 'access-control-allow-origin': siteUrl(), vary: 'Origin' },
        })
      }
      const location = `${siteUrl()}${result.ok ? thankYouPath(result.formType, language) : formErrorPath(result.errors[0].code, language)}`
      return new Response(null, { status: 303, headers: { location } })
    }

    if (!admitPost(req.headers)) return reply({ ok: false, errors: [formError('for-manga')], status: 429 })
    const fields = await readFields(req)
    if (!fields) return reply({ ok: false, errors: [formError('okant-formular')], status: 400 })
    const checked = validateSubmission(fields)
    language = formLanguage(checked.ok ? checked.submission.page : fields.page)
    if (!checked.ok) return reply({ ok: false, errors: checked.errors, status: 422 })
    const { submission } = checked
    // Bots fill in every field; people never see this one. They are told all went well and nothing is kept.
    if (fields[HONEYPOT_FIELD]) return reply({ ok: true, formType: submission.formType })
    // The script's fallback may post a submission it already sent: answer as before, store it once.
    if (submission.submissionId && (await alreadyStored(req, submission.submissionId)))
      return reply({ ok: true, formType: submission.formType })

    const notice = fields.notice ? await publishedNotice(req, fields.notice, language) : undefined
    if (submission.formType === 'question' && !notice)
      return reply({ ok: false, errors: [formError('okant-formular', language)], status: 422 })
    try {
      const retentionDays = notice?.retention?.days ?? DEFAULT_RETENTION_DAYS
      await req.payload.create({
        collection: 'feedback',
        overrideAccess: true,
        data: {
          ...submission,
          summary: summaryOf(submission),
          privacyNotice: notice?.id,
          privacyNoticeVersion: notice?.versionId,
          deleteAfter: new Date(Date.now() + retentionDays * DAY).toISOString(),
        },
      })
      recordStoredSubmission()
    } catch (error) {
      if ((error as { name?: string }).name === 'ValidationError')
        return reply({ ok: false, errors: [formError('ogiltig-e-post', language)], status: 422 })
      // Only the kind of error: a database error's message would repeat the visitor's text and address into the log.
      req.payload.logger.error(`A form submission could not be stored: ${(error as Error).name ?? 'Error'}`)
      return reply({ ok: false, errors: [formError('tekniskt-fel', language)], status: 500 })
    }
    return reply({ ok: true, formType: submission.formType })
  },
}

/** The posted fields, from an HTML form (urlencoded) or JSON; undefined for anything else or too large. */
async function readFields(req: PayloadRequest): Promise<Record<string, string> | undefined> {
  const type = req.headers.get('content-type') ?? ''
  if (!type.startsWith('application/x-www-form-urlencoded') && !type.startsWith('application/json')) return undefined
  const body = await readBodyUpTo(req, MAX_BODY)
  if (body === undefined) return undefined
  if (type.startsWith('application/x-www-form-urlencoded')) return Object.fromEntries(new URLSearchParams(body))
  try {
    const parsed = JSON.parse(body) as unknown
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return undefined
    return Object.fromEntries(Object.entries(parsed).filter(([, v]) => typeof v === 'string')) as Record<string, string>
  } catch {
    return undefined
  }
}

async function alreadyStored(req: PayloadRequest, submissionId: string): Promise<boolean> {
  const { totalDocs } = await req.payload.count({
    collection: 'feedback',
    where: { submissionId: { equals: submissionId } },
    overrideAccess: true,
  })
  return totalDocs > 0
}

/** The published privacy notice with this id, and the id of its published version now in force. */
async function publishedNotice(req: PayloadRequest, id: string, language: ContentLocale) {
  if (!/^[\w-]{1,64}$/.test(id)) return undefined
  // Published in the page's language, or in Swedish: an English page may show the Swedish notice (site/blocks/Form).
  for (const locale of new Set<ContentLocale>([language, 'sv'])) {
    const notice = await publishedNoticeIn(req, id, locale)
    if (notice) return notice
  }
  return undefined
}

async function publishedNoticeIn(req: PayloadRequest, id: string, locale: ContentLocale) {
  const found = await req.payload.find({
    collection: 'privacy-notices',
    locale,
    where: { id: { equals: id } },
    draft: false,
    overrideAccess: false,
    limit: 1,
    depth: 0,
  })
  const notice = found.docs[0]
  if (!notice) return undefined
  const versions = await req.payload.findVersions({
    collection: 'privacy-notices',
    locale,
    where: { and: [{ parent: { equals: notice.id } }, { 'version._status': { equals: 'published' } }] },
    sort: '-updatedAt',
    limit: 1,
    overrideAccess: true,
  })
  return { ...notice, versionId: versions.docs[0] ? String(versions.docs[0].id) : undefined }
}

function summaryOf(s: Submission): string {
  const text = s.formType === 'question' ? s.question! : `${s.found === 'yes' ? 'Ja' : 'Nej'}${s.comment ? `: ${s.comment}` : ''}`
  return text.length > 80 ? `${text.slice(0, 79)}…` : text
}
