/**
 * The public forms' rules, shared by the CMS endpoint that receives submissions and the site that shows the forms
 * and their error pages: what each field may hold, and the Swedish message and address of each problem.
 */
export type FormType = 'feedback' | 'question'

export const LIMITS = { comment: 2000, question: 4000, questionMin: 5, email: 254, page: 300 } as const

/** The honeypot: a field people never see or fill in; bots that fill every field give themselves away. */
export const HONEYPOT_FIELD = 'webbplats'

export const FORM_ERRORS = {
  'okant-formular': { field: 'form', message: 'Formuläret känns inte igen. Ladda om sidan och försök igen.' },
  'saknar-svar': { field: 'found', message: 'Svara ja eller nej på frågan om du hittade det du sökte.' },
  'for-lang-kommentar': { field: 'comment', message: `Kommentaren får vara högst ${LIMITS.comment} tecken.` },
  'saknar-fraga': { field: 'question', message: `Skriv din fråga (minst ${LIMITS.questionMin} tecken).` },
  'for-lang-fraga': { field: 'question', message: `Frågan får vara högst ${LIMITS.question} tecken.` },
  'ogiltig-e-post': { field: 'email', message: 'Skriv en e-postadress som namn@exempel.se, så att vi kan svara dig.' },
  'for-manga': { field: 'form', message: 'Du har skickat många meddelanden på kort tid. Vänta en stund och försök igen.' },
  'tekniskt-fel': { field: 'form', message: 'Något gick fel hos oss och meddelandet kom inte fram. Försök igen senare.' },
} as const

export type FormErrorCode = keyof typeof FORM_ERRORS
export type FormError = { code: FormErrorCode; field: string; message: string }

export const formError = (code: FormErrorCode): FormError => ({ code, ...FORM_ERRORS[code] })

/** Where the static site explains a problem to a visitor without JavaScript, and where it thanks them. */
export const formErrorPath = (code: FormErrorCode) => `/formular/fel/${code}/`
export const thankYouPath = (type: FormType) => (type === 'question' ? '/formular/tack-for-din-fraga/' : '/formular/tack/')

export interface Submission {
  formType: FormType
  found?: 'yes' | 'no'
  comment?: string
  question?: string
  email?: string
  /** The page the form was sent from (a path on the site). */
  page?: string
  /** Set by the form's script: a second post of the same submission (its fallback) is not stored again. */
  submissionId?: string
}

/** Payload's own rule for `email` fields (payload/fields/validations), so what passes here is also stored. */
const EMAIL =
  /^(?!.*\.\.)[\w!#$%&'*+/=?^`{|}~-](?:[\w!#$%&'*+/=?^`{|}~.-]*[\w!#$%&'*+/=?^`{|}~-])?@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*\.[a-z]{2,}$/i

/** An e-mail address as the forms accept it (Payload's rule, at most 254 characters). */
export const isEmailAddress = (email: string) => email.length <= LIMITS.email && EMAIL.test(email)

/**
 * Whether a text mentions this address as a whole address (case-insensitive): "skriv till a@b.se." mentions
 * a@b.se, but "anna@b.se" and "a@b.se.example" do not. Used to find what a data subject's request concerns.
 */
export function mentionsAddress(text: string | null | undefined, email: string): boolean {
  const wanted = email.toLowerCase()
  for (const token of (text ?? '').toLowerCase().split(/[\s<>()[\]"',;:]+/)) {
    if (token.replace(/^[.!?]+|[.!?]+$/g, '') === wanted) return true
  }
  return false
}

/** Checks what a visitor sent. Unknown fields are ignored; text is trimmed; control characters are refused as text. */
export function validateSubmission(
  input: Record<string, string | undefined>,
): { ok: true; submission: Submission } | { ok: false; errors: FormError[] } {
  const text = (name: string) =>
    (input[name] ?? '')
      .replace(/\r\n/g, '\n')
      // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed here
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
      .trim()
  const formType = input.formType
  const page = text('page')
  const id = text('submissionId')
  const submissionId = /^[\w-]{8,64}$/.test(id) ? id : undefined
  const safePage = page.startsWith('/') && !page.startsWith('//') && page.length <= LIMITS.page && !/[\s\\]/.test(page) ? page : undefined
  if (formType === 'feedback') {
    const found = input.found
    const comment = text('comment')
    const errors = [
      ...(found === 'yes' || found === 'no' ? [] : [formError('saknar-svar')]),
      ...(comment.length > LIMITS.comment ? [formError('for-lang-kommentar')] : []),
    ]
    if (errors.length > 0) return { ok: false, errors }
    return {
      ok: true,
      submission: { formType, found: found as 'yes' | 'no', ...(comment ? { comment } : {}), page: safePage, submissionId },
    }
  }
  if (formType === 'question') {
    const question = text('question')
    const email = text('email').toLowerCase()
    const errors = [
      ...(question.length < LIMITS.questionMin
        ? [formError('saknar-fraga')]
        : question.length > LIMITS.question
          ? [formError('for-lang-fraga')]
          : []),
      ...(isEmailAddress(email) ? [] : [formError('ogiltig-e-post')]),
    ]
    if (errors.length > 0) return { ok: false, errors }
    return { ok: true, submission: { formType, question, email, page: safePage, submissionId } }
  }
  return { ok: false, errors: [formError('okant-formular')] }
}
