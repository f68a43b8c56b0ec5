import { describe, expect, it } from 'vitest'

import { neutraliseFormula } from '../../shared/security/csv-cell'
import { observationsToCsv } from '../../shared/statistics/csv-export'
import { parseObservationsCsv } from '../../shared/statistics/csv'

/**
 * CSV formula injection: a cell a spreadsheet would run as a formula, written into the CSV a visitor or a
 * communicator downloads. Every such text cell leaves as text; numbers stay numbers; a round trip keeps the text.
 */
describe('a CSV cell that a spreadsheet would run as a formula', () => {
  it.each([
    ['=HYPERLINK("http://evil.example","Klicka")', `'=HYPERLINK("http://evil.example","Klicka")`],
    ['+1+cmd|/C calc!A0', "'+1+cmd|/C calc!A0"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1:A2)', "'@SUM(A1:A2)"],
    ['\t=1+1', "'\t=1+1"],
    ['\r=1+1', "'\r=1+1"],
    ['Mycket nöjd', 'Mycket nöjd'],
    ['Stockholms län', 'Stockholms län'],
  ])('%j is written as text: %j', (cell, written) => {
    expect(neutraliseFormula(cell)).toBe(written)
  })

  it('leaves a negative figure a number', () => {
    expect(neutraliseFormula(-3.5)).toBe('-3.5')
  })

  it('is neutralised in the download, and the import reads the original category back', () => {
    const observations = [
      { region: '01', year: 2024, value: 12.5, category: '=HYPERLINK("http://evil.example","Klicka")' },
      { region: '01', year: 2024, value: -4, category: 'Nöjd' },
    ]
    const csv = observationsToCsv(observations, () => '=cmd|"/C calc"!A0')
    const lines = csv.replace('\uFEFF', '').trim().split('\n')
    expect(lines[1]).toBe(`01,"'=cmd|""/C calc""!A0",2024,"'=HYPERLINK(""http://evil.example"",""Klicka"")",12.5`)
    expect(lines[2]).toBe(`01,"'=cmd|""/C calc""!A0",2024,Nöjd,-4`)
    const back = parseObservationsCsv(csv, { kind: 'survey', regionLevel: 'county' })
    expect(back).toEqual({ ok: true, observations })
  })
})
