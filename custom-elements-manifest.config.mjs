/** custom-elements.json: read by Storybook's docs tables, editors and framework tooling. */
export default {
  globs: ['src/components/**/*.ts', 'src/internal/widget-element.ts', 'src/events/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/**/define.ts'],
  outdir: '.',
  litelement: true,
  packagejson: true,
  plugins: [
    {
      // The analyzer also lists each `dispatchEvent(new XEvent(…))` call as a nameless event;
      // the named, documented `@fires` entries are the real ones.
      name: 'drop-nameless-events',
      packageLinkPhase({ customElementsManifest }) {
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            if (declaration.events) declaration.events = declaration.events.filter((e) => e.name);
          }
        }
      },
    },
  ],
};
