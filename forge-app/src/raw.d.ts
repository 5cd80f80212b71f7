/** A file imported as its text (Vite's `?raw`; build.mjs gives esbuild the same meaning). */
declare module '*?raw' {
  const text: string;
  export default text;
}
