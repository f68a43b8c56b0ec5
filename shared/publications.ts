/** Kinds of publication: the value is also the address of its filter page (/publikationer/typ/<value>/). */
export const PUBLICATION_TYPES = [
  { value: 'rapport', label: 'Rapport' },
  { value: 'promemoria', label: 'Promemoria' },
  { value: 'kunskapsoversikt', label: 'Kunskapsöversikt' },
  { value: 'utvardering', label: 'Utvärdering' },
] as const

export type PublicationType = (typeof PUBLICATION_TYPES)[number]['value']

export const publicationTypeLabel = (value: string | null | undefined) =>
  PUBLICATION_TYPES.find((t) => t.value === value)?.label ?? 'Rapport'

/** Publications listed per page. */
export const PUBLICATIONS_PER_PAGE = 10
