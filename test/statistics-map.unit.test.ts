import fs from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import {
  chartTitle,
  defaultSelection,
  prepareDataset,
  rankingFor,
  selectionCsv,
  selectionFromSearch,
  selectionToSearch,
  summarize,
} from '../shared/statistics/explorer'
import { DIVERGING_COLOURS, mapClasses, SEQUENTIAL_COLOURS } from '../shared/statistics/map-classes'
import { projectRegions, type FeatureCollection, type MapRegion } from '../shared/statistics/map-geometry'
import { regionInDirection, type Direction, type LabelledRegion } from '../shared/statistics/map-keys'
import { COUNTIES, COUNTRY } from '../shared/statistics/regions'
import { chartDataset } from './helpers/statistics-data'

/** The map view's pieces: the shipped county boundaries projected at build time, and the classes and legend of a year's values. */
const geo = (name: string) =>
  JSON.parse(fs.readFileSync(path.join(import.meta.dirname, '../cms/seed/data/sweden/geo', name), 'utf8')) as FeatureCollection
const counties = projectRegions(geo('counties.geojson'), 'county')
const byCode = new Map(counties.regions.map((r) => [r.code, r]))
const region = (code: string) => byCode.get(code)!

/** The bounding box of a path's points (whole numbers, relative moves after the first point of each ring). */
function bounds(r: MapRegion) {
  const xs: number[] = []
  const ys: number[] = []
  for (const ring of r.d.split('z').filter(Boolean)) {
    const [start, rest = ''] = ring.slice(1).split('l')
    let [x, y] = start.split(' ').map(Number)
    xs.push(x)
    ys.push(y)
    const deltas = rest.match(/-?\d+/g)?.map(Number) ?? []
    for (let i = 0; i < deltas.length; i += 2) {
      x += deltas[i]
      y += deltas[i + 1]
      xs.push(x)
      ys.push(y)
    }
  }
  return { minX: Math.min(...xs), maxX: Math.max(...xs), minY: Math.min(...ys), maxY: Math.max(...ys) }
}
const nbsp = '\u00a0'

describe('the county map, projected at build time', () => {
  it('has one path for every county code, and nothing else', () => {
    expect(counties.regions.map((r) => r.code)).toEqual(COUNTIES.map((c) => c.code).sort())
    for (const r of counties.regions) expect(r.d).toMatch(/^M\d+ \d+l[-\d ]+z/)
  })

  it('fits the viewBox: every point inside it, Sweden taller than wide', () => {
    expect(counties.width).toBe(300)
    expect(counties.height).toBeGreaterThan(600)
    for (const r of counties.regions) {
      const b = bounds(r)
      expect(b.minX, r.code).toBeGreaterThanOrEqual(0)
      expect(b.minY, r.code).toBeGreaterThanOrEqual(0)
      expect(b.maxX, r.code).toBeLessThanOrEqual(counties.width)
      expect(b.maxY, r.code).toBeLessThanOrEqual(counties.height)
    }
  })

  it('puts each county’s label point inside its own bounding box', () => {
    for (const r of counties.regions) {
      const b = bounds(r)
      expect(r.label[0], r.code).toBeGreaterThanOrEqual(b.minX)
      expect(r.label[0], r.code).toBeLessThanOrEqual(b.maxX)
      expect(r.label[1], r.code).toBeGreaterThanOrEqual(b.minY)
      expect(r.label[1], r.code).toBeLessThanOrEqual(b.maxY)
    }
  })

  it('draws the right counties in the right places', () => {
    const [x, y] = [(code: string) => region(code).label[0], (code: string) => region(code).label[1]]
    // Norrbotten is the northernmost (smallest y), Skåne the southernmost.
    expect(counties.regions.every((r) => bounds(region('25')).minY <= bounds(r).minY)).toBe(true)
    expect(counties.regions.every((r) => bounds(region('12')).maxY >= bounds(r).maxY)).toBe(true)
    // Gotland lies east of Kalmar and south of Stockholm; Värmland west of Örebro; Jämtland north of Dalarna.
    expect(x('09')).toBeGreaterThan(x('08'))
    expect(y('09')).toBeGreaterThan(y('01'))
    expect(x('17')).toBeLessThan(x('18'))
    expect(y('23')).toBeLessThan(y('20'))
    // Västra Götaland lies on the west coast: west of every county south of Dalarna except Halland.
    for (const code of ['03', '04', '05', '06', '07', '08', '10', '12', '18', '19']) expect(x('14'), code).toBeLessThan(x(code))
  })

  it('stays small enough to go inline with the page', () => {
    expect(JSON.stringify(counties).length).toBeLessThan(8000)
  })

  it('projects the 290 municipalities from their own file', () => {
    const municipalities = projectRegions(geo('municipalities.geojson'), 'municipality')
    expect(municipalities.regions).toHaveLength(290)
    expect(municipalities.regions.map((r) => r.code)).toContain('0114')
    expect(municipalities.regions.map((r) => r.code)).toContain('2584')
  })
})

describe('classes and legend', () => {
  // Population of the counties 2024, rounded (SCB): skewed, three large counties.
  const population = [
    2_473_000, 404_000, 302_000, 473_000, 370_000, 203_000, 246_000, 61_000, 157_000, 1_428_000, 342_000, 1_766_000, 283_000, 307_000,
    280_000, 288_000, 288_000, 245_000, 132_000, 276_000, 249_000,
  ]

  it.each([
    { name: 'population (skewed, whole numbers)', values: population, decimals: 0 },
    { name: 'unemployment in per cent (one decimal)', values: [4.8, 5.1, 6.3, 7.9, 3.2, 5.5, 6.0, 8.4, 4.4], decimals: 1 },
    { name: 'two distinct values', values: [10, 10, 10, 20], decimals: 0 },
    { name: 'one value only', values: [7], decimals: 0 },
    { name: 'changes around zero', values: [-4.2, -1.1, 0, 0.3, 2.5, 6.8], decimals: 1 },
    { name: 'all negative', values: [-30, -20, -12, -5, -1], decimals: 0 },
  ])('$name: every value falls in a class whose limits hold it, min and max included', ({ values, decimals }) => {
    const { classes, classOf } = mapClasses(values, decimals)
    expect(classes.length).toBeGreaterThan(0)
    expect(classes.length).toBeLessThanOrEqual(5)
    expect(classes[0].from).toBe(Math.min(...values))
    expect(classes.at(-1)!.to).toBe(Math.max(...values))
    for (const value of values) {
      const c = classes[classOf(value)]
      expect(value, String(value)).toBeGreaterThanOrEqual(c.from)
      if (c.below !== undefined) expect(value, String(value)).toBeLessThan(c.below)
      else expect(value).toBeLessThanOrEqual(c.to!)
    }
    // Classes follow each other without gaps, and every class holds at least one value.
    for (let i = 1; i < classes.length; i++) expect(classes[i].from).toBe(classes[i - 1].below)
    for (let i = 0; i < classes.length; i++) expect(values.some((v) => classOf(v) === i)).toBe(true)
  })

  it('splits the skewed population into five classes of about four counties each, with Swedish legend text', () => {
    const { kind, classes, classOf } = mapClasses(population, 0)
    expect(kind).toBe('sequential')
    expect(classes.map((c) => c.colour)).toEqual([...SEQUENTIAL_COLOURS])
    const counts = classes.map((_, i) => population.filter((v) => classOf(v) === i).length)
    expect(counts).toEqual([4, 4, 5, 4, 4])
    expect(classes.map((c) => c.label)).toEqual([
      `61${nbsp}000–209${nbsp}999`,
      `210${nbsp}000–279${nbsp}999`,
      `280${nbsp}000–302${nbsp}999`,
      `303${nbsp}000–409${nbsp}999`,
      `410${nbsp}000–2${nbsp}473${nbsp}000`,
    ])
  })

  it('writes decimal limits with a decimal comma', () => {
    const { classes } = mapClasses([4.8, 5.1, 6.3, 7.9, 3.2, 5.5, 6.0, 8.4, 4.4], 1)
    expect(classes[0].label).toMatch(/^3,2–\d,\d$/)
    expect(classes.at(-1)!.label).toMatch(/^\d,\d–8,4$/)
  })

  it('colours data around zero with a diverging scheme, zero in the middle colour', () => {
    const values = [-4.2, -1.1, 0, 0.3, 2.5, 6.8]
    const { kind, classes, classOf } = mapClasses(values, 1)
    expect(kind).toBe('diverging')
    expect(classes[classOf(0)].colour).toBe(DIVERGING_COLOURS[2])
    expect(classes[classOf(-4.2)].colour).toBe(DIVERGING_COLOURS[1])
    expect(classes[classOf(6.8)].colour).toBe(DIVERGING_COLOURS[3])
    // Classes 5 wide round zero: −7,5 to −2,5 (from the data's −4,2), −2,5 to 2,5, 2,5 to 7,5 (to the data's 6,8).
    expect(classes.map((c) => c.label)).toEqual(['\u22124,2–\u22122,6', '\u22122,5–2,4', '2,5–6,8'])
  })

  it('gives one class for a single value, and none for no values', () => {
    expect(mapClasses([7, 7], 0).classes.map((c) => c.label)).toEqual(['7'])
    expect(mapClasses([], 0).classes).toEqual([])
  })
})

describe('the map view in the explorer’s logic', () => {
  const data = prepareDataset(
    chartDataset({
      observations: COUNTIES.flatMap((c) => [2023, 2024].map((year) => ({ region: c.code, year, value: 1000 * Number(c.code) + year }))),
    }),
    [COUNTRY, ...COUNTIES],
  )
  const map = { ...defaultSelection(data, { view: 'map', regions: ['23'] }), year: 2023 }

  it('is written in the address as vy=karta and read back', () => {
    expect(selectionToSearch(map)).toContain('vy=karta')
    expect(selectionFromSearch(selectionToSearch(map), data, defaultSelection(data))).toEqual(map)
  })

  it('has the ranking’s title, sentence and download: every county for the chosen year', () => {
    expect(chartTitle(data, map)).toBe('Folkmängd per län 2023')
    expect(summarize(data, map)).toBe(summarize(data, { ...map, view: 'bars' }))
    expect(selectionCsv(data, map)).toBe(selectionCsv(data, { ...map, view: 'bars' }))
    expect(rankingFor(data, map)).toHaveLength(COUNTIES.length)
  })
})

describe('moving between regions with the arrow keys', () => {
  const code = (name: string) => COUNTIES.find((c) => c.name === name)!.code
  const name = (c: string | undefined) => COUNTIES.find((county) => county.code === c)?.name

  it.each([
    ['Stockholms län', 'up', 'Uppsala län'],
    ['Uppsala län', 'up', 'Gävleborgs län'],
    ['Västernorrlands län', 'left', 'Jämtlands län'],
    ['Jämtlands län', 'right', 'Västernorrlands län'],
    ['Västerbottens län', 'up', 'Norrbottens län'],
    ['Norrbottens län', 'down', 'Västerbottens län'],
    ['Kalmar län', 'right', 'Gotlands län'],
    ['Gotlands län', 'left', 'Kalmar län'],
    ['Blekinge län', 'left', 'Skåne län'],
    ['Skåne län', 'up', 'Hallands län'],
    ['Hallands län', 'up', 'Västra Götalands län'],
    ['Värmlands län', 'up', 'Dalarnas län'],
    ['Dalarnas län', 'up', 'Jämtlands län'],
  ] as [string, Direction, string][])('%s, %s → %s', (from, direction, to) => {
    expect(name(regionInDirection(counties.regions, code(from), direction))).toBe(to)
  })

  it.each([
    ['Norrbottens län', 'up'],
    ['Skåne län', 'down'],
    ['Västra Götalands län', 'left'],
    ['Stockholms län', 'right'],
  ] as [string, Direction][])('stays on %s at the map’s edge (%s)', (from, direction) => {
    expect(regionInDirection(counties.regions, code(from), direction)).toBeUndefined()
  })

  /** Every region can be reached from every other with the arrow keys alone (the moves form one strongly connected graph). */
  function unreachable(regions: LabelledRegion[]): string[] {
    const moves = new Map(
      regions.map((r) => [r.code, (['up', 'down', 'left', 'right'] as const).flatMap((d) => regionInDirection(regions, r.code, d) ?? [])]),
    )
    const reach = (from: string, step: (code: string) => string[]) => {
      const seen = new Set([from])
      for (const queue = [from]; queue.length > 0;) {
        for (const next of step(queue.shift()!)) {
          if (seen.has(next)) continue
          seen.add(next)
          queue.push(next)
        }
      }
      return seen
    }
    const forward = reach(regions[0].code, (c) => moves.get(c)!)
    const backward = reach(regions[0].code, (c) => regions.filter((r) => moves.get(r.code)!.includes(c)).map((r) => r.code))
    return regions.filter((r) => !forward.has(r.code) || !backward.has(r.code)).map((r) => r.code)
  }

  it('reaches every county from every other', () => {
    expect(unreachable(counties.regions)).toEqual([])
  })

  it('reaches every municipality from every other', () => {
    expect(unreachable(projectRegions(geo('municipalities.geojson'), 'municipality', { width: 480 }).regions)).toEqual([])
  })
})
