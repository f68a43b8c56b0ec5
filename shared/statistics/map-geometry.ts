/**
 * The map's geometry, made once at build time: region boundaries (GeoJSON, WGS84 longitude/latitude) projected
 * with a transverse Mercator centred on 15° E (SWEREF 99 TM's central meridian, the projection Swedish agencies map
 * in) and fitted to a viewBox of a fixed width, as one SVG path per region code and a label point per region.
 * Only the site's build imports this (d3-geo stays out of the island, which gets the paths as props).
 *
 * The geometry is data: any FeatureCollection of Polygon/MultiPolygon features whose properties name the region's
 * code works, in `code` (a string such as "01" or "0114"), or as the files shipped in cms/seed/data/sweden/geo/
 * have it, `l_id` (county code as a number) or `id` (municipality code). Codes are zero-padded to two digits
 * (counties) or four (municipalities).
 */
import { geoTransverseMercator } from 'd3-geo'

type Position = number[]
interface Geometry {
  type: string
  coordinates: unknown
}
export interface Feature {
  type: 'Feature'
  properties: Record<string, unknown> | null
  geometry: Geometry | null
}
export interface FeatureCollection {
  type: 'FeatureCollection'
  features: Feature[]
}

export interface MapRegion {
  code: string
  /** SVG path data in the viewBox's coordinates (whole numbers, relative moves). */
  d: string
  /** Label point: the centroid of the region's largest polygon, in the viewBox. */
  label: [number, number]
}

export interface MapGeometry {
  width: number
  height: number
  regions: MapRegion[]
}

/** The region code a feature stands for, padded as the statistics write it ("01", "0114"). */
export function featureCode(feature: Feature, level: 'county' | 'municipality'): string | undefined {
  const p = feature.properties ?? {}
  const raw = p.code ?? (level === 'county' ? (p.l_id ?? p.lan_code) : (p.id ?? p.kom_id))
  if (typeof raw !== 'string' && typeof raw !== 'number') return undefined
  return String(raw).padStart(level === 'county' ? 2 : 4, '0')
}

/** A feature's polygons, each a list of rings (the first the outline, the others holes). */
function polygonsOf(geometry: Geometry | null): Position[][][] {
  if (!geometry) return []
  if (geometry.type === 'Polygon') return [geometry.coordinates as Position[][]]
  if (geometry.type === 'MultiPolygon') return geometry.coordinates as Position[][][]
  return []
}

/** Signed area and centroid of a planar ring (shoelace). */
function ringCentroid(ring: [number, number][]): { area: number; x: number; y: number } {
  let area = 0
  let x = 0
  let y = 0
  for (let i = 0; i < ring.length; i++) {
    const [x0, y0] = ring[i]
    const [x1, y1] = ring[(i + 1) % ring.length]
    const cross = x0 * y1 - x1 * y0
    area += cross
    x += (x0 + x1) * cross
    y += (y0 + y1) * cross
  }
  area /= 2
  return area === 0 ? { area: 0, x: ring[0]?.[0] ?? 0, y: ring[0]?.[1] ?? 0 } : { area, x: x / (6 * area), y: y / (6 * area) }
}

/** A ring as path data: whole numbers, the first point absolute and the rest relative, repeated points dropped. */
function ringPath(ring: [number, number][]): string {
  const points = ring.map(([x, y]) => [Math.round(x), Math.round(y)] as const)
  let [px, py] = points[0]
  let d = `M${px} ${py}`
  let moves = 0
  for (const [x, y] of points.slice(1)) {
    if (x === px && y === py) continue
    const dx = x - px
    const dy = y - py
    d += `${moves === 0 ? 'l' : dx < 0 ? '' : ' '}${dx}${dy < 0 ? '' : ' '}${dy}`
    moves++
    ;[px, py] = [x, y]
  }
  return moves < 2 ? '' : `${d}z`
}

/**
 * Projects `collection` to a map `width` units wide (its height follows from Sweden's shape), with `padding` round it.
 * Regions come in the order of their codes; features without a known code are left out.
 */
export function projectRegions(
  collection: FeatureCollection,
  level: 'county' | 'municipality',
  { width = 300, padding = 4 }: { width?: number; padding?: number } = {},
): MapGeometry {
  const features = collection.features.flatMap((feature) => {
    const code = featureCode(feature, level)
    const polygons = polygonsOf(feature.geometry)
    return code && polygons.length > 0 ? [{ code, polygons }] : []
  })
  // Fitted to every vertex (a MultiPoint), so the fit does not depend on the rings' winding order.
  const everyPoint = { type: 'MultiPoint' as const, coordinates: features.flatMap((f) => f.polygons.flat(2)) as [number, number][] }
  const projection = geoTransverseMercator()
    .rotate([-15, 0])
    .fitWidth(width - 2 * padding, everyPoint)
  const project = (p: Position) => {
    const [x, y] = projection([p[0], p[1]]) ?? [0, 0]
    return [x + padding, y + padding] as [number, number]
  }
  let maxY = 0
  const regions = features
    .map(({ code, polygons }) => {
      const projected = polygons.map((rings) => rings.map((ring) => ring.map(project)))
      for (const p of projected.flat(2)) maxY = Math.max(maxY, p[1])
      const largest = projected.map((rings) => ringCentroid(rings[0])).reduce((a, b) => (Math.abs(b.area) > Math.abs(a.area) ? b : a))
      return {
        code,
        d: projected
          .flat()
          .map(ringPath)
          .filter((d) => d !== '')
          .join(''),
        label: [Math.round(largest.x), Math.round(largest.y)] as [number, number],
      }
    })
    .sort((a, b) => a.code.localeCompare(b.code))
  return { width, height: Math.ceil(maxY + padding), regions }
}
