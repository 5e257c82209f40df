// Keeps svelte-check from reading the repository's vite.config.ts: Svelte 5 needs no preprocessing.
export default {};
