'use client'
import { Button, useConfig } from '@payloadcms/ui'
import { useState } from 'react'

/**
 * Above the request log: export or erase everything held about one e-mail address (a data subject's request).
 * The address is sent to the server and never stored; the log below records only the action and the count.
 */
export function DataSubjectPanel() {
  const { config } = useConfig()
  const [email, setEmail] = useState('')
  const [message, setMessage] = useState<string>()
  const api = `${config.serverURL}${config.routes.api}/feedback/data-subject`

  async function exportData() {
    const response = await fetch(`${api}/export`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email }),
    })
    const body = await response.json()
    if (!response.ok) return setMessage(body.error)
    const link = document.createElement('a')
    link.href = URL.createObjectURL(new Blob([JSON.stringify(body, null, 2)], { type: 'application/json' }))
    link.download = 'personuppgifter.json'
    link.click()
    // Revoked later: revoking at once can cancel the download before the browser has read it.
    setTimeout(() => URL.revokeObjectURL(link.href), 60_000)
    setMessage(`${body.submissions.length} meddelanden exporterades. Begäran är loggad.`)
  }

  // The count comes first, so the admin sees how many submissions will go before anything is erased.
  async function erase() {
    const counted = await fetch(`${api}/count`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email }),
    })
    const { count, error } = await counted.json()
    if (!counted.ok) return setMessage(error)
    if (count === 0) return setMessage(`Inga meddelanden gäller ${email}. Inget raderades.`)
    if (!window.confirm(`${count} meddelanden gäller ${email} och raderas. Det går inte att ångra. Radera?`)) return
    const response = await fetch(`${api}/erase`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email }),
    })
    const body = await response.json()
    setMessage(response.ok ? `${body.erased} meddelanden raderades. Begäran är loggad.` : body.error)
  }

  return (
    <section style={{ padding: '1rem 0 1.5rem' }} aria-labelledby="data-subject-heading">
      <h2 id="data-subject-heading">Registerutdrag och radering</h2>
      <p>Exportera eller radera allt vi har sparat från en e-postadress. Adressen sparas inte i loggen.</p>
      <div style={{ display: 'flex', gap: '0.75rem', alignItems: 'center', flexWrap: 'wrap' }}>
        <label htmlFor="data-subject-email">E-postadress</label>
        <input
          id="data-subject-email"
          type="email"
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          style={{ minWidth: '18rem', padding: '0.4rem' }}
        />
        <Button buttonStyle="secondary" size="small" onClick={exportData} disabled={!email}>
          Exportera
        </Button>
        <Button buttonStyle="error" size="small" onClick={erase} disabled={!email}>
          Radera allt
        </Button>
      </div>
      {message && <p role="status">{message}</p>}
    </section>
  )
}
