/** Boundary files read as text at build time (site/lib/statistics.ts), through Vite's `?raw`. */
declare module '*.geojson?raw' {
  const text: string
  export default text
}
