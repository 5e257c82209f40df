/** custom-elements.json: read by Storybook's docs tables, editors and framework tooling. */
export default {
  globs: ['src/components/**/*.ts', 'src/internal/widget-element.ts', 'src/events/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/**/define.ts'],
  outdir: '.',
  litelement: true,
  packagejson: true,
};
