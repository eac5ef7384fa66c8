/** Made at build time by scripts/qr-codes-plugin.ts: every reference address of the programme, as SVG path data. */
declare module 'virtual:qr-codes' {
  const codes: Readonly<Record<string, { size: number; path: string }>>;
  export default codes;
}
