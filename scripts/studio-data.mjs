// The clinic studio's data (src/studio/model/types.ts `StudioData`), built from the sources the
// widgets are built from: the elements and attributes (scripts/element-schema.mjs: the manifest
// and the library's constants), the messages (scripts/message-catalog.mjs: the XLIFF files) and
// the colour tokens with their defaults (the shared theme, src/internal/theme.styles.ts, and
// the manifest's descriptions). The studio's build (vite.config.ts, mode "studio") and the
// browser tests (web-test-runner.config.mjs) serve it as the module `virtual:botox-studio-data`.
//
// Needs `custom-elements.json` and `dist/npm/` (run `npm run build` once).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const STUDIO_DATA_MODULE = 'virtual:botox-studio-data';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The colour tokens of the theme: `var(--bmw-x, #hex)`, light and dark. */
function colourTokens(manifest) {
  const theme = readFileSync(join(root, 'src/internal/theme.styles.ts'), 'utf8');
  // The first element's description of a token (the candidacy check's, which names every use).
  const described = new Map();
  for (const property of manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .flatMap((declaration) => declaration.cssProperties ?? []))
    if (!described.has(property.name)) described.set(property.name, property.description ?? '');
  const seen = new Set();
  const tokens = [];
  for (const [, name, value] of theme.matchAll(/var\((--bmw-[a-z-]+),\s*(#[0-9a-f]{6})\)/gi)) {
    if (seen.has(name)) continue;
    seen.add(name);
    const dark = name.startsWith('--bmw-dark-');
    const light = name.replace('--bmw-dark-', '--bmw-');
    const base = (described.get(light) ?? '').replace(/ in the light scheme\.?$/, '').trim();
    tokens.push({
      name,
      scheme: dark ? 'dark' : 'light',
      default: value.toLowerCase(),
      description: dark ? `${base || light} in the dark scheme.` : `${base} in the light scheme.`,
    });
  }
  if (tokens.length === 0) throw new Error('no colour tokens found in theme.styles.ts');
  return tokens;
}

/** The studio's data, as JSON-ready values. */
export async function studioData() {
  let schemaModule;
  let catalogModule;
  try {
    schemaModule = await import('./element-schema.mjs');
    catalogModule = await import('./message-catalog.mjs');
  } catch (error) {
    throw new Error(
      `the studio needs custom-elements.json and dist/npm/: run \`npm run build\` first (${error.message})`,
    );
  }
  const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
  const schema = schemaModule.elementSchema({ manifest });
  const elements = Object.entries(schema.elements).map(([tag, element]) => ({
    tag,
    type: element.type,
    title: element.title,
    summary: element.summary,
    attributes: element.attributes,
  }));
  const catalog = catalogModule.messageCatalog(
    elements.map((element) => element.tag),
    root,
  );
  return { version: schema.version, elements, ...catalog, colours: colourTokens(manifest) };
}

/** The data as an ES module. */
export async function studioDataModule() {
  return `export default ${JSON.stringify(await studioData())};\n`;
}
