/** Vite's `?url` imports (a file of the build, by its address), used for pdf.js's worker. */
declare module '*?url' {
  const url: string;
  export default url;
}
