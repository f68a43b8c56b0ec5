import type { Endpoint, PayloadRequest, Where } from 'payload'

import { isAdminUser } from '../../access'

/**
 * A data subject's rights for one e-mail address (admins only), both POST with a JSON body {"email"} so the address
 * never appears in a URL (or a proxy's log), and JSON only, so no plain cross-site form can trigger them:
 * /api/feedback/data-subject/export returns everything held about it, /api/feedback/data-subject/erase deletes it.
 * "Everything" is every submission sent from that address, and every one whose question or comment mentions it.
 * Each request is logged in `data-requests` with who, what and how many, never the address.
 */
async function emailFrom(req: PayloadRequest): Promise<string | undefined> {
  if (!(req.headers.get('content-type') ?? '').startsWith('application/json')) return undefined
  const raw = ((await req.json?.().catch(() => ({}))) as { email?: unknown })?.email
  const email = typeof raw === 'string' ? raw.trim().toLowerCase() : ''
  return /^[^\s@]+@[^\s@]+$/.test(email) && email.length <= 254 ? email : undefined
}

const about = (email: string): Where => ({ or: [{ email: { equals: email } }, { question: { contains: email } }, { comment: { contains: email } }] })

const log = (req: PayloadRequest, action: 'export' | 'erase', count: number) =>
  req.payload.create({ collection: 'data-requests', overrideAccess: true, data: { action, count, handledBy: req.user?.id } })

function refuse(req: PayloadRequest, verb: string): Response | undefined {
  if (!isAdminUser(req.user as never)) return Response.json({ error: `Endast administratörer kan ${verb} personuppgifter.` }, { status: 403 })
  return undefined
}

export const exportEndpoint: Endpoint = {
  path: '/data-subject/export',
  method: 'post',
  handler: async (req) => {
    const refused = refuse(req, 'lämna ut')
    if (refused) return refused
    const email = await emailFrom(req)
    if (!email) return Response.json({ error: 'Ange en e-postadress (JSON: {"email": "…"}).' }, { status: 400 })
    const { docs } = await req.payload.find({ collection: 'feedback', where: about(email), pagination: false, depth: 0, overrideAccess: true })
    await log(req, 'export', docs.length)
    const submissions = docs.map(({ id, formType, question, comment, found, email: address, page, createdAt, deleteAfter, privacyNotice, privacyNoticeVersion }) => ({
      id, formType, question, comment, found, email: address, page, createdAt, deleteAfter, privacyNotice, privacyNoticeVersion,
    }))
    return Response.json({ email, exportedAt: new Date().toISOString(), submissions }, { headers: { 'content-disposition': 'attachment; filename="personuppgifter.json"' } })
  },
}

export const eraseEndpoint: Endpoint = {
  path: '/data-subject/erase',
  method: 'post',
  handler: async (req) => {
    const refused = refuse(req, 'radera')
    if (refused) return refused
    const email = await emailFrom(req)
    if (!email) return Response.json({ error: 'Ange en e-postadress (JSON: {"email": "…"}).' }, { status: 400 })
    const result = await req.payload.delete({ collection: 'feedback', where: about(email), overrideAccess: true })
    await log(req, 'erase', result.docs.length)
    if (result.errors.length > 0) {
      return Response.json({ erased: result.docs.length, failed: result.errors.length, error: 'Alla meddelanden kunde inte raderas. Försök igen.' }, { status: 500 })
    }
    return Response.json({ erased: result.docs.length })
  },
}
