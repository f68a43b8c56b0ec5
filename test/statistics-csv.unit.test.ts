import { describe, expect, it } from 'vitest'

import { observationsToCsv } from '../shared/statistics/csv-export'
import { describeProblems, parseNumber, parseObservationsCsv, type CsvImportOptions } from '../shared/statistics/csv'
import { COUNTIES, MUNICIPALITIES } from '../shared/statistics/regions'
import type { Observation } from '../shared/statistics/types'

/**
 * The CSV a communicator imports into a dataset and the CSV a visitor downloads: what a spreadsheet writes is read
 * (separators, decimal comma, lost leading zeros, a byte order mark), and every problem is reported on its line.
 */

const county: CsvImportOptions = { kind: 'numeric', regionLevel: 'county', maxYear: 2030 }
const municipality: CsvImportOptions = { ...county, regionLevel: 'municipality' }
const survey: CsvImportOptions = { ...county, kind: 'survey' }
const read = (text: string, options = county) => parseObservationsCsv(text, options)
const observationsOf = (text: string, options = county) => {
  const result = read(text, options)
  if (!result.ok) throw new Error(`Refused: ${describeProblems(result.errors).join(' | ')}`)
  return result.observations
}
const errorsOf = (text: string, options = county) => {
  const result = read(text, options)
  if (result.ok) throw new Error(`Accepted: ${JSON.stringify(result.observations)}`)
  return result.errors
}

describe('a CSV file the import accepts', () => {
  it.each([
    { name: 'commas between the columns', text: 'region,year,value\n01,2020,12.5', expected: [{ region: '01', year: 2020, value: 12.5 }] },
    {
      name: 'semicolons between the columns and a decimal comma (Swedish Excel)',
      text: 'region;year;value\n01;2020;12,5\n03;2020;7',
      expected: [
        { region: '01', year: 2020, value: 12.5 },
        { region: '03', year: 2020, value: 7 },
      ],
    },
    { name: 'tabs between the columns', text: 'region\tyear\tvalue\n01\t2020\t1,5', expected: [{ region: '01', year: 2020, value: 1.5 }] },
    {
      name: 'a byte order mark before the header',
      text: '\uFEFFregion,year,value\n01,2020,1',
      expected: [{ region: '01', year: 2020, value: 1 }],
    },
    {
      name: 'Windows line ends',
      text: 'region,year,value\r\n01,2020,1\r\n03,2020,2\r\n',
      expected: [
        { region: '01', year: 2020, value: 1 },
        { region: '03', year: 2020, value: 2 },
      ],
    },
    { name: 'old Mac line ends', text: 'region,year,value\r01,2020,1\r', expected: [{ region: '01', year: 2020, value: 1 }] },
    {
      name: 'Swedish column names in any case, in any order, with a name column that is ignored',
      text: 'År;Länsnamn;Värde;Länskod\n2020;Stockholms län;3;01',
      expected: [{ region: '01', year: 2020, value: 3 }],
    },
    {
      name: 'a county code whose leading zero the spreadsheet dropped ("1" for "01")',
      text: 'region,year,value\n1,2020,1',
      expected: [{ region: '01', year: 2020, value: 1 }],
    },
    {
      name: 'the whole country as 0 or 00',
      text: 'region,year,value\n0,2020,1\n00,2021,2',
      expected: [
        { region: '00', year: 2020, value: 1 },
        { region: '00', year: 2021, value: 2 },
      ],
    },
    {
      name: 'a municipality code without its leading zero ("114" for Upplands Väsby, 0114)',
      text: 'kommunkod;kommun;år;värde\n114;Upplands Väsby;2020;5',
      options: municipality,
      expected: [{ region: '0114', year: 2020, value: 5 }],
    },
    {
      name: 'spaces (also non-breaking) as thousands separators and a typographic minus',
      text: 'region;year;value\n01;2020;1 234,5\n03;2020;12\u00a0000\n04;2020;−3,2',
      expected: [
        { region: '01', year: 2020, value: 1234.5 },
        { region: '03', year: 2020, value: 12000 },
        { region: '04', year: 2020, value: -3.2 },
      ],
    },
    {
      name: 'a decimal comma in quotes in a comma-separated file',
      text: 'region,year,value\n01,2020,"12,5"',
      expected: [{ region: '01', year: 2020, value: 12.5 }],
    },
    {
      name: 'spaces around the values',
      text: 'region , year , value\n 01 , 2020 , 4 ',
      expected: [{ region: '01', year: 2020, value: 4 }],
    },
    {
      name: 'empty cells and ".." (no figure that year) left out, the other rows kept',
      text: 'region;year;value\n01;2020;\n01;2021;..\n01;2022;3',
      expected: [{ region: '01', year: 2022, value: 3 }],
    },
    {
      name: 'blank lines and lines of separators only (as Excel writes them) skipped',
      text: 'region;year;value\n\n;;\n01;2020;1\n;;;\n\n',
      expected: [{ region: '01', year: 2020, value: 1 }],
    },
    {
      name: 'a survey answer in quotes holding the separator and a line break',
      text: 'region;year;category;value\n01;2024;"Ja; helt\nsäkert";55\n01;2024;Nej;45',
      options: survey,
      expected: [
        { region: '01', year: 2024, category: 'Ja; helt\nsäkert', value: 55 },
        { region: '01', year: 2024, category: 'Nej', value: 45 },
      ],
    },
    {
      name: 'a survey answer with doubled quotes inside quotes',
      text: 'region,year,svar,value\n01,2024,"Ja, ""helt""",1',
      options: survey,
      expected: [{ region: '01', year: 2024, category: 'Ja, "helt"', value: 1 }],
    },
    {
      name: 'one region and year with several survey answers',
      text: 'region,year,category,value\n01,2024,Ja,60\n01,2024,Nej,40',
      options: survey,
      expected: [
        { region: '01', year: 2024, category: 'Ja', value: 60 },
        { region: '01', year: 2024, category: 'Nej', value: 40 },
      ],
    },
  ])('$name', ({ text, options, expected }) => {
    expect(observationsOf(text, options)).toEqual(expected)
  })

  it('accepts every county and municipality by its code', () => {
    const counties = observationsOf(['region,year,value', ...COUNTIES.map((c) => `${c.code},2020,1`)].join('\n'))
    expect(counties.map((o) => o.region)).toEqual(COUNTIES.map((c) => c.code))
    const municipalities = observationsOf(['region,year,value', ...MUNICIPALITIES.map((m) => `${m.code},2020,1`)].join('\n'), municipality)
    expect(municipalities).toHaveLength(290)
  })

  it.each([
    [1900, 'the first year allowed by default'],
    [new Date().getFullYear(), 'this year (the last allowed by default)'],
  ])('accepts %i, %s', (year) => {
    expect(observationsOf(`region,year,value\n01,${year},1`, { kind: 'numeric', regionLevel: 'county' })[0].year).toBe(year)
  })
})

describe('a CSV file the import refuses, with what is wrong on which line', () => {
  it.each([
    { name: 'an empty file', text: '', errors: [{ line: 1, message: 'Filen är tom.' }] },
    { name: 'a file of only a byte order mark and blank lines', text: '\uFEFF\n \n', errors: [{ line: 1, message: 'Filen är tom.' }] },
    { name: 'a header without rows', text: 'region,year,value\n', errors: [{ line: 2, message: 'Filen har inga värden.' }] },
    {
      name: 'rows with no figures at all',
      text: 'region;year;value\n01;2020;\n03;2020;..',
      errors: [{ line: 2, message: 'Filen har inga värden.' }],
    },
    {
      name: 'an unknown column',
      text: 'region,year,value,färg\n01,2020,1,blå',
      errors: [{ line: 1, message: 'Okänd kolumn "färg". Kolumnerna ska vara region, year och value.' }],
    },
    {
      name: 'the same column twice, under two of its names',
      text: 'region,year,år,value\n01,2020,2020,1',
      errors: [{ line: 1, message: 'Kolumnen "år" finns två gånger.' }],
    },
    { name: 'a missing column', text: 'region,year\n01,2020', errors: [{ line: 1, message: 'Kolumnen value saknas.' }] },
    {
      name: 'several header problems, each reported',
      text: 'kod,färg\n01,blå',
      errors: [
        { line: 1, message: 'Okänd kolumn "färg". Kolumnerna ska vara region, year och value.' },
        { line: 1, message: 'Kolumnen year saknas.' },
        { line: 1, message: 'Kolumnen value saknas.' },
      ],
    },
    {
      name: 'survey answers in a numeric dataset',
      text: 'region,year,category,value\n01,2020,Ja,1',
      errors: [
        { line: 1, message: 'Kolumnen category hör till enkätresultat; välj typen Enkätresultat för datasetet eller ta bort kolumnen.' },
      ],
    },
    {
      name: 'a survey without its answer column',
      text: 'region,year,value\n01,2020,1',
      options: survey,
      errors: [{ line: 1, message: 'Kolumnen category saknas.' }],
    },
    {
      name: 'a row with more values than the header has columns',
      text: 'region,year,value\n01,2020,1\n03,2020,12,5',
      errors: [{ line: 3, message: 'Raden har 4 värden men rubrikraden 3 kolumner.' }],
    },
    {
      name: 'a row with fewer values than the header has columns',
      text: 'region;year;value\n01;2020',
      errors: [{ line: 2, message: 'Raden har 2 värden men rubrikraden 3 kolumner.' }],
    },
    {
      name: 'a county code that does not exist (there is no 02)',
      text: 'region,year,value\n02,2020,1',
      errors: [{ line: 2, message: 'Okänd region "02"; ange en länskod (01–25) eller 00 för riket.' }],
    },
    {
      name: 'a municipality in a county dataset',
      text: 'region,year,value\n0114,2020,1',
      errors: [{ line: 2, message: 'Okänd region "0114"; ange en länskod (01–25) eller 00 för riket.' }],
    },
    {
      name: 'a county in a municipality dataset',
      text: 'region,year,value\n01,2020,1',
      options: municipality,
      errors: [{ line: 2, message: 'Okänd region "01"; ange en kommunkod (fyra siffror) eller 00 för riket.' }],
    },
    {
      name: 'a region given by name instead of code',
      text: 'region,year,value\nStockholms län,2020,1',
      errors: [{ line: 2, message: 'Okänd region "Stockholms län"; ange en länskod (01–25) eller 00 för riket.' }],
    },
    {
      name: 'a year before 1900',
      text: 'region,year,value\n01,1899,1',
      errors: [{ line: 2, message: 'Året "1899" ligger inte mellan 1900 och 2030.' }],
    },
    {
      name: 'a year after the last one allowed',
      text: 'region,year,value\n01,2031,1',
      errors: [{ line: 2, message: 'Året "2031" ligger inte mellan 1900 och 2030.' }],
    },
    {
      name: 'a year in two digits',
      text: 'region,year,value\n01,24,1',
      errors: [{ line: 2, message: 'Året "24" ligger inte mellan 1900 och 2030.' }],
    },
    {
      name: 'a value with a dot as thousands separator and a decimal comma',
      text: 'region;year;value\n01;2020;1.234,5',
      errors: [{ line: 2, message: 'Värdet "1.234,5" är inte ett tal.' }],
    },
    {
      name: 'a value that is text',
      text: 'region;year;value\n01;2020;många',
      errors: [{ line: 2, message: 'Värdet "många" är inte ett tal.' }],
    },
    {
      name: 'the same region and year twice',
      text: 'region,year,value\n01,2020,1\n03,2020,2\n01,2020,3',
      errors: [{ line: 4, message: 'Samma region och år som rad 2.' }],
    },
    {
      name: 'the same county twice, once written without its leading zero',
      text: 'region,year,value\n01,2020,1\n1,2020,1',
      errors: [{ line: 3, message: 'Samma region och år som rad 2.' }],
    },
    {
      name: 'the same survey answer twice for one region and year',
      text: 'region,year,category,value\n01,2020,Ja,1\n01,2020,Ja,2',
      options: survey,
      errors: [{ line: 3, message: 'Samma region, år och svarsalternativ som rad 2.' }],
    },
    {
      name: 'a survey row without its answer',
      text: 'region,year,category,value\n01,2020,,1',
      options: survey,
      errors: [{ line: 2, message: 'Svarsalternativ (category) saknas.' }],
    },
    {
      name: 'a survey answer longer than 100 characters',
      text: `region,year,category,value\n01,2020,${'x'.repeat(101)},1`,
      options: survey,
      errors: [{ line: 2, message: 'Svarsalternativet är längre än 100 tecken.' }],
    },
    {
      name: 'several problems on one row, in one sentence',
      text: 'region,year,value\n99,1800,x',
      errors: [
        {
          line: 2,
          message:
            'Okänd region "99"; ange en länskod (01–25) eller 00 för riket; året "1800" ligger inte mellan 1900 och 2030; värdet "x" är inte ett tal.',
        },
      ],
    },
    {
      name: 'a quote that is never closed',
      text: 'region,year,value\n01,2020,1\n01,2021,"2\n01,2022,3',
      errors: [{ line: 3, message: 'Filen kan inte läsas som CSV: Quoted field unterminated.' }],
    },
  ])('$name', ({ text, options, errors }) => {
    expect(errorsOf(text, options)).toEqual(errors)
  })

  it.each([
    { name: 'after blank lines', text: 'region;year;value\n\n01;2020;1\n;;\n\n03;2020;x', line: 6 },
    { name: 'in a file with Windows line ends', text: 'region,year,value\r\n01,2020,1\r\n\r\n03,2020,x\r\n', line: 4 },
    { name: 'in a file with old Mac line ends', text: 'region,year,value\r01,2020,1\r03,2020,x', line: 3 },
    {
      name: 'after a quoted answer that spans three lines',
      text: 'region,year,category,value\n01,2020,"a\nb\nc",1\n01,2020,d,x',
      line: 5,
      options: survey,
    },
    { name: 'after a byte order mark', text: '\uFEFFregion,year,value\n01,2020,x', line: 2 },
  ])('reports the line a spreadsheet shows $name', ({ text, line, options }) => {
    expect(errorsOf(text, options).map((e) => e.line)).toEqual([line])
  })

  it('imports nothing when one row of many is wrong', () => {
    const rows = COUNTIES.map((c, i) => `${c.code},2020,${i === 10 ? 'fel' : i}`)
    expect(read(['region,year,value', ...rows].join('\n'))).toEqual({
      ok: false,
      errors: [{ line: 12, message: 'Värdet "fel" är inte ett tal.' }],
    })
  })

  it('reports every wrong row, up to 200', () => {
    const rows = (count: number) => ['region,year,value', ...Array.from({ length: count }, (_, i) => `01,${1901 + i},x`)].join('\n')
    expect(errorsOf(rows(3), { ...county, maxYear: 2500 }).map((e) => e.line)).toEqual([2, 3, 4])
    const many = errorsOf(rows(250), { ...county, maxYear: 2500 })
    expect(many).toHaveLength(200)
    expect(many.at(-1)?.line).toBe(201)
  })

  it('describes each problem with its line for the communicator', () => {
    expect(describeProblems(errorsOf('region,year,value\n01,2020,x\n02,2020,1'))).toEqual([
      'Rad 2: Värdet "x" är inte ett tal.',
      'Rad 3: Okänd region "02"; ange en länskod (01–25) eller 00 för riket.',
    ])
  })
})

describe('a figure as written in a spreadsheet', () => {
  it.each([
    ['12', 12],
    ['12.5', 12.5],
    ['12,5', 12.5],
    ['-3', -3],
    ['−3,2', -3.2],
    ['–3,2', -3.2],
    ['1 234 567', 1234567],
    ['1\u00a0234,5', 1234.5],
    ['1\u202f234', 1234],
    [',5', 0.5],
    ['5,', 5],
    ['  7  ', 7],
    ['', null],
    ['   ', null],
    ['..', null],
    ['.', null],
    ['abc', Number.NaN],
    ['1.234,5', Number.NaN],
    ['1,234.5', Number.NaN],
    ['1e3', 1000],
    ['1,5e-7', 1.5e-7],
    ['+5', Number.NaN],
    ['12%', Number.NaN],
  ])('%j is %s', (raw, value) => {
    expect(parseNumber(raw)).toBe(value)
  })
})

describe('the CSV a visitor downloads', () => {
  const names = new Map([
    ['00', 'Riket'],
    ['01', 'Stockholms län'],
    ['03', 'Uppsala län'],
  ])
  const nameOf = (code: string) => names.get(code) ?? code
  const lines = (csv: string) => csv.replace(/^\uFEFF/, '').split('\n')

  it('starts with a byte order mark (for Excel), has a header and one line per figure, and ends with a line break', () => {
    const csv = observationsToCsv(
      [
        { region: '01', year: 2020, value: 12.5 },
        { region: '03', year: 2021, value: -4 },
      ],
      nameOf,
    )
    expect(csv.startsWith('\uFEFF')).toBe(true)
    expect(lines(csv)).toEqual(['region,region_name,year,value', '01,Stockholms län,2020,12.5', '03,Uppsala län,2021,-4', ''])
    expect(csv).not.toContain('\r')
  })

  it('puts the survey answer before the value when there are answers', () => {
    const csv = observationsToCsv([{ region: '00', year: 2024, category: 'Ja', value: 61 }], nameOf)
    expect(lines(csv).slice(0, 2)).toEqual(['region,region_name,year,category,value', '00,Riket,2024,Ja,61'])
  })

  it.each([
    ['a comma', 'Ja, helt', '"Ja, helt"'],
    ['a quote', 'Ja "helt"', '"Ja ""helt"""'],
    ['a line break', 'Ja\nhelt', '"Ja\nhelt"'],
    ['a carriage return', 'Ja\rhelt', '"Ja\rhelt"'],
    ['a semicolon (not the separator)', 'Ja; helt', 'Ja; helt'],
  ])('quotes an answer with %s', (_name, category, written) => {
    const csv = observationsToCsv([{ region: '01', year: 2024, category, value: 1 }], nameOf)
    expect(csv.replace(/^\uFEFF[^\n]*\n/, '')).toBe(`01,Stockholms län,2024,${written},1\n`)
  })

  it('quotes a region name with a comma', () => {
    const csv = observationsToCsv([{ region: '01', year: 2024, value: 1 }], () => 'Stockholm, län')
    expect(lines(csv)[1]).toBe('01,"Stockholm, län",2024,1')
  })

  it('is only the header when there are no figures (and the import says the file has no values)', () => {
    const csv = observationsToCsv([], nameOf)
    expect(lines(csv)).toEqual(['region,region_name,year,value', ''])
    expect(errorsOf(csv)).toEqual([{ line: 2, message: 'Filen har inga värden.' }])
  })

  it.each<[string, Observation[]]>([
    [
      'figures with decimals and below zero',
      [
        { region: '00', year: 1990, value: 0 },
        { region: '01', year: 2020, value: 12.345 },
        { region: '03', year: 2021, value: -0.5 },
        { region: '01', year: 2021, value: 1234567.25 },
      ],
    ],
    [
      'survey answers with commas, quotes, line breaks and Swedish letters',
      [
        { region: '01', year: 2024, category: 'Ja, i hög grad', value: 40 },
        { region: '01', year: 2024, category: 'Nej "aldrig"', value: 35.5 },
        { region: '01', year: 2024, category: 'Vet\ninte', value: 24.5 },
        { region: '03', year: 2024, category: 'Ömsom', value: 100 },
      ],
    ],
  ])('is read back by the import as the same figures: %s', (_name, observations) => {
    expect(observationsOf(observationsToCsv(observations, nameOf), observations[0].category ? survey : county)).toEqual(observations)
  })

  it('is read back by the import for very small and very large figures', () => {
    const observations = [
      { region: '01', year: 2020, value: 0.0000001 },
      { region: '03', year: 2020, value: 1e21 },
    ]
    expect(observationsOf(observationsToCsv(observations, nameOf))).toEqual(observations)
  })
})
