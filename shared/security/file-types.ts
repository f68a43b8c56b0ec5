/**
 * The file name extensions that belong to each type an upload may have. An upload is stored under the extension
 * of the type detected from its bytes (cms/uploads/stored-type.ts), and the public site only copies files whose
 * name says what they are, so no file is ever served as a type other than the one it was checked as.
 */
export const EXTENSIONS: Record<string, readonly string[]> = {
  'application/pdf': ['pdf'],
  'application/msword': ['doc'],
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': ['docx'],
  'application/vnd.ms-excel': ['xls'],
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': ['xlsx'],
  'application/vnd.ms-powerpoint': ['ppt'],
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': ['pptx'],
  'application/vnd.oasis.opendocument.text': ['odt'],
  'application/vnd.oasis.opendocument.spreadsheet': ['ods'],
  'application/vnd.oasis.opendocument.presentation': ['odp'],
  'image/jpeg': ['jpg', 'jpeg'],
  'image/png': ['png'],
  'image/webp': ['webp'],
  'image/avif': ['avif'],
}

export const extensionOf = (fileName: string) => fileName.match(/\.([a-z0-9]+)$/i)?.[1]?.toLowerCase()

/** Whether the name ends in an extension of the type (an image's sizes may be in another image type). */
export function hasExtensionOfItsType(file: { filename?: string | null; mimeType?: string | null }): boolean {
  const extension = file.filename ? extensionOf(file.filename) : undefined
  if (!extension || !file.mimeType) return false
  if (file.mimeType.startsWith('image/'))
    return Object.entries(EXTENSIONS).some(([type, list]) => type.startsWith('image/') && list.includes(extension))
  return EXTENSIONS[file.mimeType]?.includes(extension) ?? false
}

/** The name with its extension replaced by the type's own ("rapport.html" as a PDF → "rapport.pdf"). */
export function withExtensionOf(fileName: string, mimeType: string): string {
  const extension = EXTENSIONS[mimeType]?.[0]
  if (!extension) throw new Error(`No extension is known for ${mimeType}`)
  const base = fileName.replace(/\.[^./\\]*$/, '') || 'fil'
  return `${base}.${extension}`
}
