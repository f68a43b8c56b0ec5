import { siteUrl } from '../shared/urls'
import { PREVIEW_PREFIX } from '../shared/build-layout'

/** The admin's "Preview" button: the draft rendered by the public site's own components (site/pages/forhandsvisning/). */
export const previewUrl =
  (collection: 'pages' | 'reports') =>
  ({ id }: { id?: number | string | null }) =>
    id === undefined || id === null ? null : `${siteUrl()}${PREVIEW_PREFIX}${collection}/${id}/`
