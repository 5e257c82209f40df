/** The studio's data (scripts/studio-data.mjs); typed as StudioData by data.ts. */
declare module 'virtual:botox-studio-data' {
  const data: unknown;
  export default data;
}
