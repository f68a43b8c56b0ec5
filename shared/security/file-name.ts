import path from 'node:path'

/**
 * A file name from outside (a remote CMS, a JSON export) that may be used as one file in one folder: no folder
 * parts, no `..`, no hidden files, no control characters. Anything else is refused rather than cleaned, so a
 * name never silently points to another file.
 */
export function isPlainFileName(name: unknown): name is string {
  return (
    typeof name === 'string' &&
    name.length > 0 &&
    name.length <= 255 &&
    !name.startsWith('.') &&
    // eslint-disable-next-line no-control-regex -- a name with control characters is refused
    !/[/\\\u0000-\u001f\u007f]/.test(name) &&
    path.basename(name) === name
  )
}

/** `relative` joined onto `folder`, or an error when the result would leave the folder. */
export function pathInside(folder: string, relative: string): string {
  const root = path.resolve(folder)
  const target = path.resolve(root, relative)
  if (target !== root && !target.startsWith(root + path.sep)) throw new Error(`Refused a path outside ${root}: ${relative}`)
  return target
}
