import type { Endpoint, PayloadRequest, Where } from 'payload'

import { isEmailAddress, mentionsAddress } from '../../shared/forms'
import type { Feedback } from '../../shared/payload-types'
import { isAdminUser } from '../access'
import { refuseUnlessContentType } from '../read-body'

/**
 * A data subject's rights for one e-mail address (admins only), all POST with a JSON body {"email"} so the address
 * never appears in a URL (or a proxy's log), and JSON only, so no plain cross-site form can trigger them:
 * /api/feedback/data-subject/count says how many submissions concern it (the panel shows this before erasing),
 * /api/feedback/data-subject/export returns them, /api/feedback/data-subject/erase deletes them.
 * "Concern" means sent from that address, or mentioning it in the question or comment. The address must be one
 * the forms would accept, and matches are checked exactly here: the database's `contains` is a LIKE, where `%`
 * and `_` in an address would match far more than that one person.
 * Each export and erasure is logged in `data-requests` with who, what and how many, never the address.
 */
async function emailFrom(req: PayloadRequest): Promise<string | undefined> {
  const raw = ((await req.json?.().catch(() => ({}))) as { email?: unknown })?.email
  const email = typeof raw === 'string' ? raw.trim().toLowerCase() : ''
  return isEmailAddress(email) ? email : undefined
}

const candidates = (email: string): Where => ({
  or: [{ email: { contains: email } }, { question: { contains: email } }, { comment: { contains: email } }],
})
const concerns = (doc: Feedback, email: string) =>
  doc.email?.toLowerCase() === email || mentionsAddress(doc.question, email) || mentionsAddress(doc.comment, email)

async function submissionsAbout(req: PayloadRequest, email: string): Promise<Feedback[]> {
  const { docs } = await req.payload.find({
    collection: 'feedback',
    where: candidates(email),
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  return docs.filter((doc) => concerns(doc, email))
}

const log = (req: PayloadRequest, action: 'export' | 'erase', count: number) =>
  req.payload.create({ collection: 'data-requests', overrideAccess: true, data: { action, count, handledBy: req.user?.id } })

const BAD_ADDRESS = 'Ange en giltig e-postadress (JSON: {"email": "namn@exempel.se"}).'

/** The handler for one data-subject action: admins only, with a valid address. */
const dataSubjectEndpoint = (path: string, verb: string, act: (req: PayloadRequest, email: string) => Promise<Response>): Endpoint => ({
  path,
  method: 'post',
  handler: async (req) => {
    if (!isAdminUser(req.user)) return Response.json({ error: `Endast administratörer kan ${verb} personuppgifter.` }, { status: 403 })
    const wrongType = refuseUnlessContentType(req, 'application/json')
    if (wrongType) return wrongType
    const email = await emailFrom(req)
    if (!email) return Response.json({ error: BAD_ADDRESS }, { status: 400 })
    return act(req, email)
  },
})

export const countEndpoint = dataSubjectEndpoint('/data-subject/count', 'söka efter', async (req, email) =>
  Response.json({ count: (await submissionsAbout(req, email)).length }),
)

export const exportEndpoint = dataSubjectEndpoint('/data-subject/export', 'lämna ut', async (req, email) => {
  const docs = await submissionsAbout(req, email)
  await log(req, 'export', docs.length)
  const submissions = docs.map(
    ({ id, formType, question, comment, found, email: address, page, createdAt, deleteAfter, privacyNotice, privacyNoticeVersion }) => ({
      id,
      formType,
      question,
      comment,
      found,
      email: address,
      page,
      createdAt,
      deleteAfter,
      privacyNotice,
      privacyNoticeVersion,
    }),
  )
  return Response.json(
    { email, exportedAt: new Date().toISOString(), submissions },
    { headers: { 'content-disposition': 'attachment; filename="personuppgifter.json"' } },
  )
})

export const eraseEndpoint = dataSubjectEndpoint('/data-subject/erase', 'radera', async (req, email) => {
  const ids = (await submissionsAbout(req, email)).map((doc) => doc.id)
  const result =
    ids.length > 0
      ? await req.payload.delete({ collection: 'feedback', where: { id: { in: ids } }, overrideAccess: true })
      : { docs: [], errors: [] }
  await log(req, 'erase', result.docs.length)
  if (result.errors.length > 0) {
    return Response.json(
      { erased: result.docs.length, failed: result.errors.length, error: 'Alla meddelanden kunde inte raderas. Försök igen.' },
      { status: 500 },
    )
  }
  return Response.json({ erased: result.docs.length })
})
