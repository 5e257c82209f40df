/** Vite's `?raw` imports (Storybook's preview reads README.md this way). */
declare module '*?raw' {
  const text: string;
  export default text;
}
