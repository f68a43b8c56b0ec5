/**
 * Moving between regions on the map with the arrow keys: from the focused region to the nearest one in the
 * arrow's direction, measured between the regions' label points. The map is one stop in the Tab order (a roving
 * tabindex, as in a toolbar): with 290 municipalities, a Tab per region would trap a keyboard user in the map.
 * Pure, so the island carries no geometry library and the choice is tested on its own.
 */
export type Direction = 'up' | 'down' | 'left' | 'right'

export interface LabelledRegion {
  code: string
  /** A point inside the region, in SVG coordinates (y grows downwards). */
  label: [number, number]
}

export const ARROW_KEYS: Record<string, Direction> = { ArrowUp: 'up', ArrowDown: 'down', ArrowLeft: 'left', ArrowRight: 'right' }

const UNIT: Record<Direction, [number, number]> = { up: [0, -1], down: [0, 1], left: [-1, 0], right: [1, 0] }

/**
 * The region an arrow moves to from `from`: the nearest of those lying within 45° of the arrow's direction (or, where
 * none does, within 70°), with sideways distance counting double, so "up" prefers the region above to one far off
 * to the side. `undefined` when none lies that way (the map's edge).
 */
export function regionInDirection(regions: LabelledRegion[], from: string, direction: Direction): string | undefined {
  const start = regions.find((r) => r.code === from)
  if (!start) return regions[0]?.code
  const [ux, uy] = UNIT[direction]
  const candidates = regions.flatMap((region) => {
    const dx = region.label[0] - start.label[0]
    const dy = region.label[1] - start.label[1]
    const along = dx * ux + dy * uy
    const across = Math.abs(dx * uy - dy * ux)
    return region.code !== from && along > 0 ? [{ code: region.code, along, across, cost: along + 2 * across }] : []
  })
  // tan 45° = 1, tan 70° ≈ 2.75
  for (const slope of [1, 2.75]) {
    const within = candidates.filter((c) => c.across <= c.along * slope)
    if (within.length > 0) return within.reduce((a, b) => (b.cost < a.cost ? b : a)).code
  }
  return undefined
}
