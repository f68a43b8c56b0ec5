'use client'
import { Button, FieldError, useConfig, useField, useFormFields } from '@payloadcms/ui'
import type { JSONFieldClientComponent } from 'payload'
import { useId, useState } from 'react'

import { observationsToCsv } from '../../../shared/statistics/csv-export'
import { regionName } from '../../../shared/statistics/regions'
import type { Observation } from '../../../shared/statistics/types'

type Problem = { line: number; message: string }

/**
 * The dataset's values in the admin: a summary of what is stored, "read in a CSV file" (checked by the server;
 * a file with errors changes nothing and every error is listed with its line), and "download as CSV".
 * A file that passes replaces the values in the form; saving or publishing stores them.
 */
/** The file as text: UTF-8, or else Windows-1252, which Swedish Excel uses for "CSV (semikolonavgränsad)". */
async function readText(file: File): Promise<string> {
  const bytes = await file.arrayBuffer()
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return new TextDecoder('windows-1252').decode(bytes)
  }
}

export const CsvImportField: JSONFieldClientComponent = ({ path, field }) => {
  const { value, setValue, showError } = useField<Observation[]>({ path: path ?? field.name })
  const kind = useFormFields(([fields]) => fields.kind?.value as string | undefined) ?? 'numeric'
  const regionLevel = useFormFields(([fields]) => fields.regionLevel?.value as string | undefined) ?? 'county'
  const slug = useFormFields(([fields]) => fields.slug?.value as string | undefined) || 'statistik'
  const { config } = useConfig()
  const inputId = useId()
  const [problems, setProblems] = useState<Problem[]>([])
  const [message, setMessage] = useState<string>()
  const [busy, setBusy] = useState(false)

  const observations = Array.isArray(value) ? value : []
  const years = observations.map((o) => o.year)
  const stored =
    observations.length > 0
      ? `${observations.length.toLocaleString('sv-SE')} värden för ${new Set(observations.map((o) => o.region)).size} regioner, ${Math.min(...years)}–${Math.max(...years)}.`
      : 'Inga värden ännu.'

  async function importFile(file: File) {
    setBusy(true)
    setProblems([])
    setMessage(undefined)
    try {
      const response = await fetch(`${config.serverURL}${config.routes.api}/datasets/import-csv?kind=${kind}&regionLevel=${regionLevel}`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'content-type': 'text/csv' },
        body: await readText(file),
      })
      const body = await response.json()
      if (response.status === 422) {
        setProblems(body.errors)
        setMessage(`${file.name} lästes inte in: ${body.errors.length} fel. Inget har ändrats.`)
      } else if (!response.ok) {
        setMessage(body.error ?? `Filen kunde inte läsas in (${response.status}).`)
      } else {
        setValue(body.observations)
        const s = body.summary
        setMessage(
          `${file.name} är inläst: ${s.values} värden för ${s.regions} regioner, ${s.from}–${s.to}. Spara eller publicera för att byta ut värdena.`,
        )
      }
    } finally {
      setBusy(false)
    }
  }

  function download() {
    const csv = observationsToCsv(observations, regionName)
    const link = document.createElement('a')
    link.href = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }))
    link.download = `${slug}.csv`
    link.click()
    // Revoked later: revoking at once can cancel the download before the browser has read it.
    setTimeout(() => URL.revokeObjectURL(link.href), 60_000)
  }

  return (
    <div className="field-type" style={{ marginBottom: 'var(--spacing-field)' }}>
      <h3 style={{ marginBottom: '0.5rem' }}>Värden</h3>
      <FieldError path={path} showError={showError} />
      <p>{stored}</p>
      <p className="field-description">
        CSV-fil med kolumnerna <code>region</code> (länskod, t.ex. 01, eller 00 för riket), <code>year</code> och <code>value</code>
        {kind === 'survey' && (
          <>
            {' '}
            och <code>category</code> (svarsalternativ)
          </>
        )}
        . Komma, semikolon eller tabb som avgränsare; decimalkomma går bra.
      </p>
      <div style={{ display: 'flex', gap: '1rem', alignItems: 'center', flexWrap: 'wrap' }}>
        <label htmlFor={inputId}>Läs in CSV-fil</label>
        <input
          id={inputId}
          type="file"
          accept=".csv,.txt,text/csv"
          disabled={busy}
          onChange={(event) => {
            const file = event.target.files?.[0]
            if (file) void importFile(file)
            event.target.value = ''
          }}
        />
        <Button buttonStyle="secondary" size="small" disabled={observations.length === 0} onClick={download}>
          Ladda ner som CSV
        </Button>
      </div>
      {message && (
        <p role="status" aria-live="polite" className="csv-import-message">
          {message}
        </p>
      )}
      {problems.length > 0 && (
        <ul role="alert" className="csv-import-errors" style={{ color: 'var(--theme-error-500)' }}>
          {problems.map((p, i) => (
            <li key={i}>
              Rad {p.line}: {p.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
