import type { Endpoint, PayloadRequest } from 'payload'

import { isAdminUser } from '../../access'

/**
 * A data subject's rights for one e-mail address (admins only): GET /api/feedback/data-subject?email=… exports
 * everything held about it; POST /api/feedback/data-subject/erase {"email"} deletes it all. Each request is logged
 * in `data-requests` with who, what and how many, but not the address, which must not be stored again.
 */
async function emailFrom(req: PayloadRequest, fromBody: boolean): Promise<string | undefined> {
  const raw = fromBody ? ((await req.json?.().catch(() => ({}))) as { email?: unknown })?.email : new URL(req.url ?? 'http://x').searchParams.get('email')
  const email = typeof raw === 'string' ? raw.trim().toLowerCase() : ''
  return email.includes('@') && email.length <= 254 ? email : undefined
}

async function submissionsOf(req: PayloadRequest, email: string) {
  const found = await req.payload.find({ collection: 'feedback', where: { email: { equals: email } }, pagination: false, depth: 0, overrideAccess: true })
  return found.docs
}

const log = (req: PayloadRequest, action: 'export' | 'erase', count: number) =>
  req.payload.create({ collection: 'data-requests', overrideAccess: true, data: { action, count, handledBy: req.user?.id } })

export const exportEndpoint: Endpoint = {
  path: '/data-subject',
  method: 'get',
  handler: async (req) => {
    if (!isAdminUser(req.user as never)) return Response.json({ error: 'Endast administratörer kan lämna ut personuppgifter.' }, { status: 403 })
    const email = await emailFrom(req, false)
    if (!email) return Response.json({ error: 'Ange en e-postadress.' }, { status: 400 })
    const submissions = await submissionsOf(req, email)
    await log(req, 'export', submissions.length)
    const data = submissions.map(({ id, formType, question, comment, found, email: address, page, createdAt, deleteAfter, privacyNotice, privacyNoticeVersion }) => ({
      id, formType, question, comment, found, email: address, page, createdAt, deleteAfter, privacyNotice, privacyNoticeVersion,
    }))
    return Response.json({ email, exportedAt: new Date().toISOString(), submissions: data }, { headers: { 'content-disposition': 'attachment; filename="personuppgifter.json"' } })
  },
}

export const eraseEndpoint: Endpoint = {
  path: '/data-subject/erase',
  method: 'post',
  handler: async (req) => {
    if (!isAdminUser(req.user as never)) return Response.json({ error: 'Endast administratörer kan radera personuppgifter.' }, { status: 403 })
    const email = await emailFrom(req, true)
    if (!email) return Response.json({ error: 'Ange en e-postadress.' }, { status: 400 })
    const result = await req.payload.delete({ collection: 'feedback', where: { email: { equals: email } }, overrideAccess: true })
    await log(req, 'erase', result.docs.length)
    return Response.json({ erased: result.docs.length })
  },
}
