import type { FormBlock } from '../../../shared/payload-types'
import { findById, getPrivacyNotices } from '../../lib/content'

export interface FormProps {
  block: FormBlock
  /** The published notice as it is now (not the copy inside the page, which may be older); none when unpublished. */
  notice?: { id: string; slug: string; summary: string }
}

export function resolveForm(block: FormBlock): FormProps {
  const notice = findById(getPrivacyNotices(), block.privacyNotice)
  return { block, notice: notice && { id: String(notice.id), slug: notice.slug, summary: notice.summary } }
}
