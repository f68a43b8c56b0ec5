import type { FormBlock } from '../../../shared/payload-types'
import type { ContentLocale } from '../../../shared/locales'
import { findById, getPrivacyNotices, inLanguage, privacyNoticeHref } from '../../lib/content'
import type { BlockContext } from '../context'

export interface FormProps {
  block: FormBlock
  /** The page's language: the form's words, and the language its answers come back in (shared/forms.ts). */
  language: ContentLocale
  /**
   * The published notice as it is now (not the copy inside the page, which may be older); none when unpublished. On
   * an English page without an English notice, the Swedish one, marked as Swedish (`lang`).
   */
  notice?: { id: string; href: string; summary: string; lang?: ContentLocale }
}

export function resolveForm(block: FormBlock, { language }: BlockContext): FormProps {
  const noticeIn = (lang?: 'sv') => {
    const found = findById(getPrivacyNotices(), block.privacyNotice)
    return found && { id: String(found.id), href: privacyNoticeHref(found), summary: found.summary, ...(lang ? { lang } : {}) }
  }
  const notice = noticeIn() ?? (language !== 'sv' ? inLanguage('sv', () => noticeIn('sv')) : undefined)
  return { block, language, notice }
}
