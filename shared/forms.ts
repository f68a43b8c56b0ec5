/**
 * The public forms' rules, shared by the CMS endpoint that receives submissions and the site that shows the forms
 * and their error pages: what each field may hold, and the message (Swedish, English) and address of each problem.
 */
import type { ContentLocale } from './locales'

export type FormType = 'feedback' | 'question'

export const LIMITS = { comment: 2000, question: 4000, questionMin: 5, email: 254, page: 300 } as const

/** The honeypot: a field people never see or fill in; bots that fill every field give themselves away. */
export const HONEYPOT_FIELD = 'webbplats'

export const FORM_ERRORS = {
  'okant-formular': {
    field: 'form',
    message: 'Formuläret känns inte igen. Ladda om sidan och försök igen.',
    english: 'The form was not recognised. Reload the page and try again.',
  },
  'saknar-svar': {
    field: 'found',
    message: 'Svara ja eller nej på frågan om du hittade det du sökte.',
    english: 'Answer yes or no to whether you found what you were looking for.',
  },
  'for-lang-kommentar': {
    field: 'comment',
    message: `Kommentaren får vara högst ${LIMITS.comment} tecken.`,
    english: `The comment can be at most ${LIMITS.comment} characters long.`,
  },
  'saknar-fraga': {
    field: 'question',
    message: `Skriv din fråga (minst ${LIMITS.questionMin} tecken).`,
    english: `Write your question (at least ${LIMITS.questionMin} characters).`,
  },
  'for-lang-fraga': {
    field: 'question',
    message: `Frågan får vara högst ${LIMITS.question} tecken.`,
    english: `The question can be at most ${LIMITS.question} characters long.`,
  },
  'ogiltig-e-post': {
    field: 'email',
    message: 'Skriv en e-postadress som namn@exempel.se, så att vi kan svara dig.',
    english: 'Write an email address such as name@example.com, so that we can answer you.',
  },
  'for-manga': {
    field: 'form',
    message: 'Du har skickat många meddelanden på kort tid. Vänta en stund och försök igen.',
    english: 'You have sent many messages in a short time. Wait a while and try again.',
  },
  'tekniskt-fel': {
    field: 'form',
    message: 'Något gick fel hos oss och meddelandet kom inte fram. Försök igen senare.',
    english: 'Something went wrong on our side and the message did not arrive. Try again later.',
  },
} as const

export type FormErrorCode = keyof typeof FORM_ERRORS
export type FormError = { code: FormErrorCode; field: string; message: string }

/** A problem, told in the language of the page the form was on. */
export const formError = (code: FormErrorCode, language: ContentLocale = 'sv'): FormError => {
  const { field, message, english } = FORM_ERRORS[code]
  return { code, field, message: language === 'en' ? english : message }
}

/** The language of the page a form was sent from: English under /en/. */
export const formLanguage = (page: string | undefined): ContentLocale => (page?.startsWith('/en/') ? 'en' : 'sv')

/** Where the static site explains a problem to a visitor without JavaScript, and where it thanks them, per language. */
export const formErrorPath = (code: FormErrorCode, language: ContentLocale = 'sv') =>
  language === 'en' ? `/en/forms/error/${code}/` : `/formular/fel/${code}/`
export const thankYouPath = (type: FormType, language: ContentLocale = 'sv') =>
  language === 'en'
    ? type === 'question'
      ? '/en/forms/thanks-for-your-question/'
      : '/en/forms/thanks/'
    : type === 'question'
      ? '/formular/tack-for-din-fraga/'
      : '/formular/tack/'

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
  const error = (code: FormErrorCode) => formError(code, formLanguage(safePage))
  if (formType === 'feedback') {
    const found = input.found
    const comment = text('comment')
    const errors = [
      ...(found === 'yes' || found === 'no' ? [] : [error('saknar-svar')]),
      ...(comment.length > LIMITS.comment ? [error('for-lang-kommentar')] : []),
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
        ? [error('saknar-fraga')]
        : question.length > LIMITS.question
          ? [error('for-lang-fraga')]
          : []),
      ...(isEmailAddress(email) ? [] : [error('ogiltig-e-post')]),
    ]
    if (errors.length > 0) return { ok: false, errors }
    return { ok: true, submission: { formType, question, email, page: safePage, submissionId } }
  }
  return { ok: false, errors: [error('okant-formular')] }
}
