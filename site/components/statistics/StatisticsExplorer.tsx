/**
 * The statistics island: choose regions, years and a view; see a chart, a table and a sentence that sums them up;
 * share the address; download the selection as CSV. Rendered by Astro at build time with the default selection
 * (the static chart and table a visitor without JavaScript gets), then hydrated when it scrolls into view.
 * The controls appear only once JavaScript runs, since they do nothing without it.
 */
import { useEffect, useId, useMemo, useState } from 'react'

import {
  chartSeries,
  chartTitle,
  chartUnit,
  defaultSelection,
  formatChange,
  formatValue,
  isOneYearView,
  prepareDataset,
  rankingFor,
  selectionCsv,
  selectionFromSearch,
  selectionToSearch,
  seriesFor,
  summarize,
  yearsOf,
  COUNTRY_CODE,
  type Selection,
} from '../../../shared/statistics/explorer'
import { formatFileSize } from '../../../shared/format'
import type { ChartView, DatasetForChart, Region } from '../../../shared/statistics/types'
import { BarChart, LineChart, styleOf } from './Charts'
import { stackedBars, stackedCsv, stackedTitle, summarizeStacked } from '../../../shared/statistics/survey'
import { StackedBarChart, StackedLegend, StackedTable } from './StackedBars'
import { MapChart, type MapPaths } from './MapChart'
import ImageDownloads from './ImageDownloads'
import RegionPicker from './RegionPicker'
import { SWEDISH, type StatisticsTexts } from '../../../shared/statistics/texts'

interface Props {
  dataset: DatasetForChart
  /** Names of the regions in the data. */
  regions: Region[]
  /** The editor's default view and selection. */
  initial?: Partial<Selection>
  /** Keep the selection in the address (one explorer per page should). */
  syncAddress?: boolean
  headingLevel?: 2 | 3
  /** The regions projected at build time, for the map view: in the page (counties, or the first view a map)… */
  map?: MapPaths
  /** …or fetched when the visitor first opens the map (municipalities: their shapes weigh ten times the counties'). */
  mapUrl?: string
  /** The embeddable view: the chart alone (the table only when it is the view chosen), no controls or download. */
  chartOnly?: boolean
  /** The words and formats (shared/statistics/texts.ts): Swedish unless an English page's island gives English. */
  texts?: StatisticsTexts
}

const viewsFor = (t: StatisticsTexts, level: 'county' | 'municipality'): { value: ChartView; label: string }[] => [
  { value: 'lines', label: t.views.lines },
  { value: 'bars', label: t.views.bars(t.words[level]) },
  { value: 'map', label: t.views.map },
  { value: 'table', label: t.views.table },
  { value: 'stacked', label: t.views.stacked(t.words[level]) },
]

/** A map asked for where there is none (no shapes for the regions, an old link) shows the ranking instead. */
const withoutMap = (selection: Selection): Selection => (selection.view === 'map' ? { ...selection, view: 'bars' } : selection)

export default function StatisticsExplorer({
  dataset,
  regions,
  initial,
  syncAddress = true,
  headingLevel = 2,
  map,
  mapUrl,
  chartOnly = false,
  texts = SWEDISH,
}: Props) {
  // React's ids start with an underscore, which HTML ids may not.
  const id = `st${useId().replace(/[^\w-]/g, '')}`
  const data = useMemo(() => prepareDataset(dataset, regions, texts), [dataset, regions, texts])
  const hasMap = Boolean(map ?? mapUrl)
  const fallback = useMemo(() => {
    const chosen = defaultSelection(data, initial)
    return hasMap ? chosen : withoutMap(chosen)
  }, [data, initial, hasMap])
  const [selection, setSelection] = useState<Selection>(fallback)
  const [interactive, setInteractive] = useState(false)

  // After hydration: take the selection from the address (a shared link), then keep the address up to date.
  useEffect(() => {
    // Deliberately after mount: the server-rendered first view (the page's own, without JavaScript) stays until the
    // island runs, so that hydration matches it; only then is the address read.
    if (syncAddress && location.search) {
      const shared = selectionFromSearch(location.search, data, fallback)
      // eslint-disable-next-line react-hooks/set-state-in-effect
      setSelection(hasMap ? shared : withoutMap(shared))
    }
    setInteractive(true)
  }, [data, fallback, syncAddress, hasMap])
  useEffect(() => {
    if (!interactive || !syncAddress) return
    const search = selectionToSearch(selection)
    history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`)
    // The page's embed code (EmbedCode.astro) follows the view chosen.
    document.dispatchEvent(new CustomEvent('statistics-selection', { detail: search }))
  }, [interactive, syncAddress, selection])

  // Municipalities' shapes are fetched the first time the map is shown.
  const [fetchedMap, setFetchedMap] = useState<MapPaths | 'loading' | 'failed'>()
  useEffect(() => {
    if (selection.view !== 'map' || map || !mapUrl || fetchedMap) return
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setFetchedMap('loading')
    fetch(mapUrl)
      .then((response) => (response.ok ? (response.json() as Promise<MapPaths>) : Promise.reject(new Error(String(response.status)))))
      .then(setFetchedMap, () => setFetchedMap('failed'))
  }, [selection.view, map, mapUrl, fetchedMap])
  const shownMap = map ?? (typeof fetchedMap === 'object' ? fetchedMap : undefined)

  const update = (change: Partial<Selection>) => setSelection((current) => ({ ...current, ...change }))
  const toggleRegion = (code: string, on: boolean) =>
    update({
      regions: on
        ? data.regions.map((r) => r.code).filter((c) => c === code || selection.regions.includes(c))
        : selection.regions.filter((c) => c !== code),
    })

  const stacked = selection.view === 'stacked'
  const title = stacked ? stackedTitle(data, selection) : chartTitle(data, selection)
  const summary = stacked ? summarizeStacked(data, selection) : summarize(data, selection)
  const series = seriesFor(data, selection)
  const ranking = rankingFor(data, selection)
  const years = yearsOf(data, selection)
  const csv = stacked ? stackedCsv(data, selection) : selectionCsv(data, selection)
  const csvSize = formatFileSize(new TextEncoder().encode(csv).length)
  const unit = data.unit ? ` (${data.unit})` : ''
  const shownUnit = chartUnit(data, selection)
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  const text = { titleId: `${id}-title`, descId: `${id}-desc`, title, summary }
  const regionsOrder = data.regions.filter((r) => r.code !== COUNTRY_CODE)
  const oneYear = isOneYearView(selection.view)
  const t = data.texts
  const words = t.words[data.regionLevel]
  // The map needs the regions' shapes; every answer stacked needs a survey.
  const views = viewsFor(t, data.regionLevel).filter(
    (v) => (v.value !== 'map' || hasMap) && (v.value !== 'stacked' || data.kind === 'survey'),
  )
  const country = data.regions.find((r) => r.code === COUNTRY_CODE)
  // The embed shows the table only when it is the view chosen; the static HTML has no `hidden=""` to validate.
  const tableStyle = chartOnly && selection.view !== 'table' ? { display: 'none' } : undefined

  return (
    <div className="explorer">
      {chartOnly ? null : interactive ? (
        <form className="explorer-controls" onSubmit={(event) => event.preventDefault()} aria-label={t.controls(data.title)}>
          <fieldset className="explorer-views">
            <legend>{t.show}</legend>
            {views.map((view) => (
              <label key={view.value}>
                <input
                  type="radio"
                  name={`${id}-view`}
                  value={view.value}
                  checked={selection.view === view.value}
                  onChange={() => update({ view: view.value })}
                />{' '}
                {view.label}
              </label>
            ))}
          </fieldset>
          <div className="explorer-years">
            {oneYear || stacked ? (
              <label>
                {t.year}{' '}
                <select value={selection.year} onChange={(e) => update({ year: Number(e.target.value) })}>
                  {data.years.map((y) => (
                    <option key={y}>{y}</option>
                  ))}
                </select>
              </label>
            ) : (
              <>
                <label>
                  {t.fromYear}{' '}
                  <select value={selection.from} onChange={(e) => update({ from: Math.min(Number(e.target.value), selection.to) })}>
                    {data.years.map((y) => (
                      <option key={y}>{y}</option>
                    ))}
                  </select>
                </label>
                <label>
                  {t.toYear}{' '}
                  <select value={selection.to} onChange={(e) => update({ to: Math.max(Number(e.target.value), selection.from) })}>
                    {data.years.map((y) => (
                      <option key={y}>{y}</option>
                    ))}
                  </select>
                </label>
              </>
            )}
            {selection.view === 'lines' && (
              <label>
                <input type="checkbox" checked={Boolean(selection.index)} onChange={(e) => update({ index: e.target.checked })} />{' '}
                {t.asIndex(selection.from)}
              </label>
            )}
            {data.categories.length > 0 && !stacked && (
              <label>
                {t.answer}{' '}
                <select value={selection.category} onChange={(e) => update({ category: e.target.value })}>
                  {data.categories.map((c) => (
                    <option key={c}>{c}</option>
                  ))}
                </select>
              </label>
            )}
          </div>
          <RegionPicker
            id={id}
            legend={oneYear ? words.mark : words.compare}
            regions={regionsOrder}
            counties={regions.filter((r) => r.level === 'county')}
            country={oneYear ? undefined : country}
            selected={selection.regions}
            t={t}
            level={data.regionLevel}
            onToggle={toggleRegion}
          />
        </form>
      ) : (
        <p className="note explorer-nojs">{t.noScript(words)}</p>
      )}

      <figure className="explorer-figure">
        <Heading className="explorer-title" id={`${id}-caption`}>
          {title}
          {shownUnit && ` (${shownUnit})`}
        </Heading>
        <p className="explorer-summary" aria-live="polite">
          {summary}
        </p>
        {selection.view === 'lines' && (
          <>
            <LineChart
              series={chartSeries(data, selection)}
              years={years}
              decimals={selection.index ? 0 : data.decimals}
              text={text}
              texts={t}
            />
            <ul className="explorer-legend" aria-hidden="true">
              {series.map((s, index) => (
                <li key={s.code}>
                  <svg width="36" height="12">
                    <line
                      x1="0"
                      y1="6"
                      x2="36"
                      y2="6"
                      stroke={styleOf(series, index).colour}
                      strokeWidth="2.5"
                      strokeDasharray={styleOf(series, index).dash}
                    />
                  </svg>{' '}
                  {s.name}
                </li>
              ))}
            </ul>
          </>
        )}
        {selection.view === 'bars' && <BarChart ranking={ranking} decimals={data.decimals} text={text} texts={t} />}
        {stacked && (
          <>
            <StackedBarChart bars={stackedBars(data, selection)} categories={data.categories} year={selection.year} text={text} texts={t} />
            <StackedLegend categories={data.categories} />
          </>
        )}
        {selection.view === 'map' && !shownMap && (
          <p className="map-status" role="status">
            {fetchedMap === 'failed' ? t.mapFailed : t.mapLoading}
          </p>
        )}
        {selection.view === 'map' && shownMap && (
          <MapChart
            map={shownMap}
            ranking={ranking}
            names={(code) => regions.find((r) => r.code === code)?.name ?? code}
            decimals={data.decimals}
            unit={data.unit}
            year={selection.year}
            text={text}
            t={t}
            level={data.regionLevel}
            onToggle={interactive ? (code) => toggleRegion(code, !selection.regions.includes(code)) : undefined}
          />
        )}
      </figure>

      {/* A scrolling region must be reachable by keyboard (WCAG 2.1.1; axe: scrollable-region-focusable). */}
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex */}
      <section className="table-scroll" tabIndex={0} style={tableStyle} aria-labelledby={`${id}-table-caption`}>
        {stacked ? (
          <StackedTable
            data={data}
            bars={stackedBars(data, selection)}
            caption={`${title}${unit}${t.inTableForm}`}
            captionId={`${id}-table-caption`}
          />
        ) : oneYear ? (
          <table className="data-table">
            <caption id={`${id}-table-caption`}>
              {title}
              {unit}
              {t.inTableForm}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t.rank}</th>
                <th scope="col">{words.heading}</th>
                <th scope="col">{selection.year}</th>
              </tr>
            </thead>
            <tbody>
              {ranking.map((r) => (
                <tr key={r.code} className={r.selected ? 'selected' : undefined}>
                  <td>{r.rank}</td>
                  <th scope="row">
                    {r.name}
                    {r.selected && <span className="tag">{t.chosenTag}</span>}
                  </th>
                  <td className="num">{formatValue(data, r.value)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <table className="data-table">
            <caption id={`${id}-table-caption`}>
              {title}
              {unit}
              {t.inTableForm}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t.yearHeading}</th>
                {series.map((s) => (
                  <th scope="col" key={s.code}>
                    {s.name}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {years.map((year) => (
                <tr key={year}>
                  <th scope="row">{year}</th>
                  {series.map((s) => (
                    <td className="num" key={s.code}>
                      {formatValue(data, s.points.find((p) => p.year === year)?.value)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{t.change(selection.from, selection.to)}</th>
                {series.map((s) => (
                  <td className="num" key={s.code}>
                    {formatChange(data, s.change)}
                  </td>
                ))}
              </tr>
            </tfoot>
          </table>
        )}
      </section>

      {interactive && !chartOnly && (
        <p>
          <a className="download" href={`data:text/csv;charset=utf-8,${encodeURIComponent(csv)}`} download={`${data.slug}-urval.csv`}>
            {t.downloadSelection} <span className="download-meta">(CSV, {csvSize})</span>
          </a>{' '}
          {selection.view !== 'table' && (
            <ImageDownloads
              figurePart={`${id}-caption`}
              fileName={data.slug}
              title={`${title}${shownUnit ? ` (${shownUnit})` : ''}`}
              source={dataset.source.name}
              t={t}
            />
          )}
        </p>
      )}
    </div>
  )
}
