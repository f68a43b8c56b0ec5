// tsc reads no .astro file: to it, a component imported into a .ts module (the block table, site/blocks/index.ts)
// is a function of any props. `astro check` (npm run typecheck) reads the components and checks the table against
// each one's own `Props`.
declare module '*.astro' {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above: tsc cannot see a component's Props
  const Component: (props: any) => unknown
  export default Component
}
