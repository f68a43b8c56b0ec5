import { fileTypeFromBuffer, fileTypeFromFile } from 'file-type'
import { ValidationError, type CollectionBeforeOperationHook, type UploadConfig } from 'payload'

import { withExtensionOf } from '../../shared/security/file-types'
import { FILE_POLICY } from '../../shared/security/headers'

/**
 * An upload is stored as what its bytes are, never as what its name or the browser claims: the type is detected
 * from the content (file-type, the library Payload itself uses), refused unless it is one of the collection's
 * `upload.mimeTypes`, and
 * then both the stored type and the file name's extension are set from it ("rapport.html" holding a PDF is
 * stored as "rapport.pdf", application/pdf). Runs before Payload names and writes the file.
 */
export const storeAsDetectedType: CollectionBeforeOperationHook = async ({ args, operation, collection }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const accepted = (typeof collection.upload === 'object' && collection.upload.mimeTypes) || []
  const file = (args as { req?: { file?: { data?: Buffer; tempFilePath?: string; name: string; mimetype: string } } }).req?.file
  if (!file) return args
  const detected =
    file.tempFilePath && !file.data?.length
      ? await fileTypeFromFile(file.tempFilePath)
      : await fileTypeFromBuffer(file.data ?? Buffer.alloc(0))
  if (
    !detected ||
    !accepted.some((type) => type === detected.mime || (type.endsWith('/*') && detected.mime.startsWith(type.slice(0, -1))))
  ) {
    throw new ValidationError({
      collection: collection.slug,
      errors: [
        {
          path: 'file',
          message: `Filens innehåll är ${detected ? `av typen ${detected.mime}` : 'av okänd typ'}, som inte är tillåten här. Ladda upp filen i sitt ursprungliga format (till exempel PDF eller Word).`,
        },
      ],
    })
  }
  file.mimetype = detected.mime
  file.name = withExtensionOf(file.name, detected.mime)
  return args
}

/**
 * Headers on every file the CMS serves: the browser may not guess another type (nosniff), and nothing in a file
 * may run as a page on the CMS's origin (a sandboxing CSP); documents are downloads, not pages.
 */
export const safeFileHeaders =
  ({ download }: { download: boolean }): NonNullable<UploadConfig['modifyResponseHeaders']> =>
  ({ headers }) => {
    headers.set('x-content-type-options', 'nosniff')
    headers.set('content-security-policy', FILE_POLICY)
    if (download) headers.set('content-disposition', 'attachment')
    return headers
  }
