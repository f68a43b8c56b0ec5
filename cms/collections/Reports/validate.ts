/** ISBN-10 or ISBN-13 with a correct check digit; hyphens and spaces allowed. Empty is fine (not every report has one). */
export function validateIsbn(value: unknown): true | string {
  if (value === null || value === undefined || value === '') return true
  const digits = String(value).replace(/[-\s]/g, '').toUpperCase()
  const message = 'Ogiltigt ISBN: kontrollera siffrorna (ISBN-10 eller ISBN-13).'
  if (/^\d{13}$/.test(digits)) {
    const sum = [...digits].reduce((acc, d, i) => acc + Number(d) * (i % 2 === 0 ? 1 : 3), 0)
    return sum % 10 === 0 ? true : message
  }
  if (/^\d{9}[\dX]$/.test(digits)) {
    const sum = [...digits].reduce((acc, d, i) => acc + (d === 'X' ? 10 : Number(d)) * (10 - i), 0)
    return sum % 11 === 0 ? true : message
  }
  return message
}
