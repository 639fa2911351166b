// SQL migrations and the default workbook's CSV files are bundled as text (esbuild's text loader,
// and the vite plugin in vitest.config.ts), so no runtime code reads files next to the bundle.
declare module '*.sql' {
  const text: string;
  export default text;
}
declare module '*.csv' {
  const text: string;
  export default text;
}
