// tsc reads no .astro file (Astro's build does): to it, a component imported into a .ts module (the block table,
// site/blocks/index.ts) is a function of its props. The props each component takes are its own `Props`.
declare module '*.astro' {
  const Component: (props: Record<string, unknown>) => unknown
  export default Component
}
