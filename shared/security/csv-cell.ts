/**
 * A text cell made safe to open in a spreadsheet (OWASP's advice on CSV injection): a cell that begins with
 * `=`, `+`, `-`, `@`, a tab or a carriage return would be read as a formula, so it gets a leading apostrophe,
 * which Excel and LibreOffice show as text. Numbers are written as numbers (a negative figure stays a number).
 */
export function neutraliseFormula(value: string | number): string {
  if (typeof value === 'number') return String(value)
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
}
