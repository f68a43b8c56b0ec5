import fs from 'node:fs'
import path from 'node:path'

import Papa from 'papaparse'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { observationsToCsv } from '../shared/statistics/csv-export'
import { parseObservationsCsv, type CsvImportResult } from '../shared/statistics/csv'
import { COUNTIES, MUNICIPALITIES, regionsByCode } from '../shared/statistics/regions'
import { fieldErrors, startTestCms, type TestCms } from './helpers/cms'
import { restClient } from './helpers/rest'

/**
 * Importing statistics from CSV: every bad line is reported with its number and nothing is saved; a good file
 * replaces the figures; the export reads back the same. Through the parser, the CMS endpoint the admin uses,
 * and a save of the dataset itself.
 */
const county = { kind: 'numeric', regionLevel: 'county' } as const
const errorsOf = (result: CsvImportResult) => (result.ok ? [] : result.errors.map((e) => `${e.line}: ${e.message}`))

describe('reading a CSV file', () => {
  it('reads a clean file, whatever the spreadsheet did to it', () => {
    // Semicolons, decimal comma, a space as thousands separator, a lost leading zero and a BOM, as Excel writes.
    const result = parseObservationsCsv(
      '\uFEFFregion;region_name;year;value\n1;Stockholms län;2020;2 391 990\n23;Jämtlands län;2020;131 155,5\n',
      county,
    )
    expect(result).toEqual({
      ok: true,
      observations: [
        { region: '01', year: 2020, value: 2391990 },
        { region: '23', year: 2020, value: 131155.5 },
      ],
    })
  })

  it.each([
    [
      'an unknown region code',
      'region,year,value\n01,2020,1\n99,2020,2\n',
      ['3: Okänd region "99"; ange en länskod (01–25) eller 00 för riket.'],
    ],
    ['a duplicate row', 'region,year,value\n01,2020,1\n03,2020,2\n01,2020,3\n', ['4: Samma region och år som rad 2.']],
    ['a value that is not a number', 'region,year,value\n01,2020,1\n03,2020,många\n', ['3: Värdet "många" är inte ett tal.']],
    [
      'a year out of range',
      'region,year,value\n01,1850,1\n03,2999,2\n04,20x0,3\n',
      ['2: Året "1850" ligger inte mellan 1900', '3: Året "2999" ligger inte mellan 1900', '4: Året "20x0" ligger inte mellan 1900'],
    ],
    ['a short row', 'region,year,value\n01,2020\n', ['2: Raden har 2 värden men rubrikraden 3 kolumner.']],
    ['a missing column', 'region,value\n01,1\n', ['1: Kolumnen year saknas.']],
    ['an unknown column', 'region,year,value,kommentar\n01,2020,1,x\n', ['1: Okänd kolumn "kommentar".']],
    ['a municipality code in a county dataset', 'region,year,value\n0114,2020,1\n', ['2: Okänd region "0114"']],
    ['an unterminated quote', 'region,year,value\n01,2020,1\n03,2020,"2\n', ['3: Filen kan inte läsas som CSV']],
    ['an empty file', '', ['1: Filen är tom.']],
  ])('reports %s with its line', (_case, csv, expected) => {
    const result = parseObservationsCsv(csv, county)
    expect(result.ok).toBe(false)
    const errors = errorsOf(result)
    expect(errors).toHaveLength(expected.length)
    expected.forEach((message, i) => expect(errors[i]).toContain(message))
  })

  it('counts lines the way an editor sees them: blank and separator-only rows, Windows and old Mac line ends', () => {
    for (const csv of [
      'region;year;value\n01;2020;1\n;;\n99;2020;2\n',
      'region,year,value\r\n01,2020,1\r\n\r\n99,2020,2\r\n',
      'region,year,value\r01,2020,1\r\r99,2020,2\r',
    ]) {
      expect(errorsOf(parseObservationsCsv(csv, county))).toEqual(['4: Okänd region "99"; ange en länskod (01–25) eller 00 för riket.'])
    }
  })

  it('counts lines inside quoted fields, and lists every bad line, not only the first', () => {
    const csv = 'region,year,value,category\n01,2020,1,"Ganska\nbra"\n99,2020,2,Ja\n03,2020,x,Ja\n'
    expect(errorsOf(parseObservationsCsv(csv, { kind: 'survey', regionLevel: 'county' }))).toEqual([
      '4: Okänd region "99"; ange en länskod (01–25) eller 00 för riket.',
      '5: Värdet "x" är inte ett tal.',
    ])
  })

  it('needs answer categories for survey results and refuses them elsewhere', () => {
    expect(errorsOf(parseObservationsCsv('region,year,value\n01,2020,1\n', { kind: 'survey', regionLevel: 'county' }))).toEqual([
      '1: Kolumnen category saknas.',
    ])
    expect(errorsOf(parseObservationsCsv('region,year,value,category\n01,2020,1,Ja\n', county))[0]).toMatch(
      /^1: Kolumnen category hör till enkätresultat/,
    )
  })

  it('exports what it imports', () => {
    const observations = [
      { region: '00', year: 2021, value: 10452326 },
      { region: '25', year: 2021, value: 249693 },
      { region: '09', year: 2021, value: -1.5 },
    ]
    const csv = observationsToCsv(observations, (code) => regionsByCode.get(code)!.name)
    expect(csv.split('\n')[0]).toBe('\uFEFFregion,region_name,year,value')
    expect(csv).toContain('25,Norrbottens län,2021,249693')
    expect(parseObservationsCsv(csv, county)).toEqual({ ok: true, observations })
    const survey = [{ region: '01', year: 2024, value: 12.5, category: 'Bra, "mycket"' }]
    expect(
      parseObservationsCsv(
        observationsToCsv(survey, () => 'Stockholms län'),
        { kind: 'survey', regionLevel: 'county' },
      ),
    ).toEqual({ ok: true, observations: survey })
  })
})

describe('the reference data', () => {
  const shipped = (file: string) =>
    Papa.parse<Record<string, string>>(fs.readFileSync(path.resolve(import.meta.dirname, '../cms/seed/data/sweden', file), 'utf8'), {
      header: true,
      skipEmptyLines: true,
    }).data
  it('has the 21 counties and 290 municipalities of the shipped files, with NUTS-3 codes', () => {
    expect(COUNTIES.map((c) => [c.code, c.name, c.nuts3])).toEqual(
      shipped('counties.csv').map((r) => [r.county_code, r.county_name, r.nuts3_code]),
    )
    expect(MUNICIPALITIES.map((m) => [m.code, m.name, m.county])).toEqual(
      shipped('municipalities.csv').map((r) => [r.municipality_code, r.municipality_name, r.county_code]),
    )
    expect([COUNTIES.length, MUNICIPALITIES.length]).toEqual([21, 290])
  })
})

describe('importing in the CMS', () => {
  let cms: TestCms
  let rest: Awaited<ReturnType<typeof restClient>>
  let editorToken: string
  let datasetId: number
  const original = [
    { region: '01', year: 2020, value: 1 },
    { region: '03', year: 2020, value: 2 },
  ]

  beforeAll(async () => {
    cms = await startTestCms()
    rest = await restClient()
    await cms.payload.create({
      collection: 'users',
      data: { email: 'admin@example.se', password: 'ett-langt-losenord-1', roles: ['admin'] },
    })
    await cms.payload.create({
      collection: 'users',
      // Publishes what is imported: with review before publishing (the default) an editor would only save a draft.
      data: { email: 'editor@example.se', password: 'ett-langt-losenord-2', roles: ['editor', 'publisher'] },
    })
    editorToken = (await cms.payload.login({ collection: 'users', data: { email: 'editor@example.se', password: 'ett-langt-losenord-2' } }))
      .token!
    const dataset = await cms.payload.create({
      collection: 'datasets',
      data: {
        title: 'Testdata',
        description: 'För test.',
        indicator: 'Antal',
        unit: 'st',
        decimals: 0,
        source: { name: 'Test' },
        observations: original,
        _status: 'published',
      } as never,
      overrideAccess: true,
    })
    datasetId = dataset.id as number
  })
  afterAll(async () => cms?.stop())

  const importCsv = (csv: string, token?: string, query = 'kind=numeric&regionLevel=county') =>
    rest('POST', `datasets/import-csv?${query}`, { token, body: csv, contentType: 'text/csv' })

  it('lets only signed-in editors import', async () => {
    expect((await importCsv('region,year,value\n01,2020,5\n')).status).toBe(403)
  })

  it('answers a bad file with every error and its line', async () => {
    const { status, body } = await importCsv('region,year,value\n01,2020,5\n77,2020,6\n01,2020,7\n', editorToken)
    expect(status).toBe(422)
    expect(body.errors).toEqual([
      { line: 3, message: 'Okänd region "77"; ange en länskod (01–25) eller 00 för riket.' },
      { line: 4, message: 'Samma region och år som rad 2.' },
    ])
  })

  it('answers a good file with its figures, which the editor then saves', async () => {
    const { status, body } = await importCsv('region;year;value\n01;2021;3,5\n00;2021;10\n', editorToken)
    expect(status).toBe(200)
    expect(body.summary).toEqual({ values: 2, regions: 2, from: 2021, to: 2021 })
    const saved = await rest('PATCH', `datasets/${datasetId}`, {
      token: editorToken,
      body: { observations: body.observations, _status: 'published' },
    })
    expect(saved.status).toBe(200)
    const stored = await cms.payload.findByID({ collection: 'datasets', id: datasetId, overrideAccess: true })
    expect(stored.observations).toEqual([
      { region: '01', year: 2021, value: 3.5 },
      { region: '00', year: 2021, value: 10 },
    ])
  })

  it('refuses to save figures that are not valid, and keeps what was there', async () => {
    const before = await cms.payload.findByID({ collection: 'datasets', id: datasetId, overrideAccess: true })
    for (const observations of [
      [{ region: '99', year: 2020, value: 1 }],
      [{ region: '01', year: 2020, value: 'x' }],
      [
        { region: '01', year: 2020, value: 1 },
        { region: '01', year: 2020, value: 2 },
      ],
      [{ region: '01', year: 3000, value: 1 }],
      [],
    ]) {
      const response = await rest('PATCH', `datasets/${datasetId}`, { token: editorToken, body: { observations, _status: 'published' } })
      expect(response.status).toBe(400)
    }
    expect(
      await fieldErrors(
        cms.payload.update({
          collection: 'datasets',
          id: datasetId,
          data: { observations: [{ region: '99', year: 2020, value: 1 }] } as never,
          overrideAccess: true,
        }),
      ),
    ).toBe('observations: Värde 1: okänd region "99".')
    const after = await cms.payload.findByID({ collection: 'datasets', id: datasetId, overrideAccess: true })
    expect(after.observations).toEqual(before.observations)
    expect(after.updatedAt).toBe(before.updatedAt)
  })

  it('refuses to sum survey shares into a whole-country figure', async () => {
    const error = await fieldErrors(
      cms.payload.create({
        collection: 'datasets',
        data: {
          title: 'Enkät',
          description: 'x',
          indicator: 'Andel',
          unit: 'procent',
          decimals: 1,
          kind: 'survey',
          countryReference: 'sum',
          source: { name: 'x' },
          observations: [{ region: '01', year: 2020, value: 40, category: 'Ja' }],
          _status: 'published',
        } as never,
        overrideAccess: true,
      }),
    )
    expect(error).toContain('countryReference: Enkätresultat kan inte summeras över länen')
  })

  it('is not readable by the public while a draft, nor writable', async () => {
    const draft = await cms.payload.create({
      collection: 'datasets',
      data: {
        title: 'Hemlig statistik',
        description: 'x',
        indicator: 'x',
        unit: 'x',
        decimals: 0,
        source: { name: 'x' },
        observations: original,
        _status: 'draft',
      } as never,
      overrideAccess: true,
    })
    // The API is closed to anonymous requests; the build's Local API reads published datasets only.
    const list = await rest('GET', 'datasets?depth=0&draft=true')
    expect(list.status).toBe(403)
    expect(JSON.stringify(list.body)).not.toContain('Hemlig statistik')
    expect((await rest('GET', `datasets/${draft.id}`)).status).toBe(403)
    const published = await cms.payload.find({ collection: 'datasets', draft: true, depth: 0, overrideAccess: false })
    expect(published.docs.map((d) => d.title)).toEqual(['Testdata'])
    expect((await rest('PATCH', `datasets/${datasetId}`, { body: { title: 'Intrång' } })).status).toBe(403)
  })
})
