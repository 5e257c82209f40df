// Builds the WordPress plugin (the last step of `npm run build`, or `npm run build:wordpress`):
//
//   dist/wordpress/botox-widgets/       the plugin source (integrations/wordpress/botox-widgets/),
//     widgets/                          the script-tag build: botox-widgets.js, chunks/, locales/
//     generated/schema.json             the elements' attributes (scripts/element-schema.mjs)
//     generated/messages.json           every message: English text, note, translations
//     blocks/<type>/block.json          one dynamic block per element
//     editor/blocks.js, blocks.asset.php  the block editor script
//   dist/wordpress/botox-widgets.zip    the same folder, installable from Plugins → Add New
//
// It reads the built library (`dist/botox-widgets.js`, `dist/chunks/`, `dist/locales/`,
// `dist/npm/`, `custom-elements.json`) and the XLIFF files, so run the rest of the build first.
// Source maps are left out of the plugin (they are more than half of dist/ and only serve
// debugging, which the npm package and the repository cover), and so is the `sourceMappingURL`
// comment that would point at them. The zip is reproducible: entries sorted, timestamps fixed.
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Buffer } from 'node:buffer';
import { crc32, deflateRawSync } from 'node:zlib';
import { elementSchema } from './element-schema.mjs';
import { messageCatalog } from './message-catalog.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const from = (...parts) => join(root, ...parts);
const SLUG = 'botox-widgets';
const SOURCE = from('integrations/wordpress', SLUG);
const EDITOR_SCRIPT = from('integrations/wordpress/editor/blocks.js');
const OUT_DIR = from('dist/wordpress');
const OUT = join(OUT_DIR, SLUG);
const ZIP = join(OUT_DIR, `${SLUG}.zip`);
/** Written into copied plugin files wherever the source says `0.0.0-dev`. */
const VERSION_PLACEHOLDER = '0.0.0-dev';
const { version } = JSON.parse(readFileSync(from('package.json'), 'utf8'));

/** Block metadata that is WordPress's own, by element `type`. */
const BLOCKS = {
  'candidacy-check': {
    icon: 'yes-alt',
    keywords: ['botox', 'migraine', 'candidacy', 'self-check', 'quiz'],
  },
  'treatment-timeline': {
    icon: 'calendar-alt',
    keywords: ['botox', 'migraine', 'timeline', 'schedule', 'sessions'],
  },
  'benefits-list': {
    icon: 'heart',
    keywords: ['botox', 'migraine', 'benefits', 'list'],
  },
};
const EDITOR_DEPENDENCIES = [
  'wp-blocks',
  'wp-element',
  'wp-components',
  'wp-block-editor',
  'wp-i18n',
];

const fail = (message) => {
  console.error(`✗ build-wordpress: ${message}`);
  process.exit(1);
};

/** Every file under `dir` (relative paths with `/`, sorted), skipping dotfiles. */
function filesUnder(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath ?? entry.path, entry.name)))
    .map((path) => path.split(sep).join('/'))
    .filter((path) => !path.split('/').some((part) => part.startsWith('.')))
    .sort();
}

const write = (path, text) => {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
};
const json = (value) => `${JSON.stringify(value, null, 2)}\n`;

// ---------------------------------------------------------------------------------------------
// Inputs

for (const [path, hint] of [
  [SOURCE, 'the plugin source'],
  [EDITOR_SCRIPT, 'the block editor script'],
  [from('dist/botox-widgets.js'), 'run npm run build:cdn'],
  [from('dist/chunks'), 'run npm run build:cdn'],
  [from('dist/locales'), 'run npm run build:cdn'],
])
  if (!existsSync(path)) fail(`${relative(root, path)} is missing (${hint})`);

let schema;
try {
  schema = elementSchema();
} catch (error) {
  fail(`the element schema: ${error.message}`);
}
if (schema.version !== version)
  fail(`dist/npm is version ${schema.version}, package.json ${version}: rebuild`);

rmSync(OUT_DIR, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });

// ---------------------------------------------------------------------------------------------
// The plugin source, with its version placeholder filled in

const TEXT_FILE = /\.(?:php|txt|md|json|js|css|html|pot)$/;
for (const path of filesUnder(SOURCE)) {
  const target = join(OUT, path);
  mkdirSync(dirname(target), { recursive: true });
  if (TEXT_FILE.test(path)) {
    const text = readFileSync(join(SOURCE, path), 'utf8');
    writeFileSync(target, text.replaceAll(VERSION_PLACEHOLDER, version));
  } else cpSync(join(SOURCE, path), target);
}
const header = existsSync(join(OUT, `${SLUG}.php`))
  ? readFileSync(join(OUT, `${SLUG}.php`), 'utf8')
  : fail(`integrations/wordpress/${SLUG}/${SLUG}.php is missing`);
const headerVersion = /^[\s*#@/]*Version:\s*(\S+)/im.exec(header)?.[1];
if (headerVersion !== version)
  fail(`${SLUG}.php says Version: ${headerVersion}, package.json ${version}`);
const readme = join(OUT, 'readme.txt');
const stableTag = existsSync(readme)
  ? /^Stable tag:\s*(\S+)/im.exec(readFileSync(readme, 'utf8'))?.[1]
  : undefined;
if (stableTag !== undefined && stableTag !== version)
  fail(`readme.txt says Stable tag: ${stableTag}, package.json ${version}`);

// ---------------------------------------------------------------------------------------------
// widgets/: the script-tag build, without source maps

const widgetFiles = [
  'botox-widgets.js',
  ...filesUnder(from('dist/chunks')).map((path) => `chunks/${path}`),
  ...filesUnder(from('dist/locales')).map((path) => `locales/${path}`),
].filter((path) => !path.endsWith('.map'));
for (const path of widgetFiles) {
  const text = readFileSync(from('dist', path), 'utf8');
  write(join(OUT, 'widgets', path), text.replace(/\n?\/\/# sourceMappingURL=\S+\s*$/, '\n'));
}

// ---------------------------------------------------------------------------------------------
// generated/schema.json and generated/messages.json

write(join(OUT, 'generated/schema.json'), json(schema));

let catalog;
try {
  catalog = messageCatalog(Object.keys(schema.elements), root);
} catch (error) {
  fail(error.message);
}
const { locales, messages } = catalog;
write(
  join(OUT, 'generated/messages.json'),
  json({
    source: catalog.source,
    locales,
    dir: catalog.dir,
    messages: messages.map((message) => ({
      ...message,
      placeholders: message.placeholders.map(({ token }) => token),
    })),
  }),
);

// ---------------------------------------------------------------------------------------------
// blocks/<type>/block.json

const BLOCK_TYPES = { enum: 'string', text: 'string', url: 'string', date: 'string' };
/** A schema attribute as a block attribute (its key is the property name). */
function blockAttribute({ kind, values, default: fallback }) {
  if (kind === 'list') return { type: 'array', items: { type: 'string' } };
  if (kind === 'integer')
    return { type: 'number', ...(fallback === undefined ? {} : { default: fallback }) };
  if (kind === 'boolean') return { type: 'boolean', default: fallback ?? false };
  if (kind === 'enum') return { type: 'string', enum: values, default: fallback };
  if (BLOCK_TYPES[kind]) return { type: BLOCK_TYPES[kind] };
  return fail(`no block attribute type for the kind ${kind}`);
}

for (const element of Object.values(schema.elements)) {
  const block = BLOCKS[element.type] ?? fail(`no block metadata for ${element.type}`);
  write(
    join(OUT, 'blocks', element.type, 'block.json'),
    json({
      $schema: 'https://schemas.wp.org/trunk/block.json',
      apiVersion: 2,
      name: element.block,
      version,
      title: element.title,
      category: 'widgets',
      icon: block.icon,
      description: element.summary,
      keywords: block.keywords,
      textdomain: SLUG,
      attributes: Object.fromEntries(
        element.attributes
          .filter((attribute) => attribute.block)
          .map((attribute) => [attribute.property, blockAttribute(attribute)]),
      ),
      supports: { html: false, align: ['wide', 'full'] },
      editorScript: 'botox-widgets-editor',
    }),
  );
}

// ---------------------------------------------------------------------------------------------
// editor/

write(join(OUT, 'editor/blocks.js'), readFileSync(EDITOR_SCRIPT, 'utf8'));
const phpString = (text) => `'${text.replace(/[\\']/g, '\\$&')}'`;
write(
  join(OUT, 'editor/blocks.asset.php'),
  `<?php return array('dependencies'=>array(${EDITOR_DEPENDENCIES.map(phpString).join(',')}),'version'=>${phpString(version)});\n`,
);

// ---------------------------------------------------------------------------------------------
// The zip: a minimal, standard ZIP writer (deflate, CRC-32, UTF-8 names, fixed timestamps)

/** 1980-01-01 00:00:00 in MS-DOS format, the earliest a zip can hold: the same bytes every build. */
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;
const UTF8_NAMES = 0x0800;
const MADE_BY_UNIX = (3 << 8) | 20;

/** `entries`: `{ name, data? }` (no `data`: a folder, its name ending in `/`). */
function zip(entries) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const { name, data } of entries) {
    const folder = data === undefined;
    const content = folder ? Buffer.alloc(0) : data;
    const deflated = folder ? content : deflateRawSync(content, { level: 9 });
    const method = !folder && deflated.length < content.length ? 8 : 0;
    const stored = method === 8 ? deflated : content;
    const nameBytes = Buffer.from(name, 'utf8');
    const crc = folder ? 0 : crc32(content);
    if (offset > 0xffffffff || content.length > 0xffffffff)
      throw new Error('zip64 is not supported');

    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed: 2.0
    local.writeUInt16LE(UTF8_NAMES, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(DOS_TIME, 10);
    local.writeUInt16LE(DOS_DATE, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(stored.length, 18);
    local.writeUInt32LE(content.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    local.writeUInt16LE(0, 28); // extra field length

    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(MADE_BY_UNIX, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(UTF8_NAMES, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt16LE(DOS_TIME, 12);
    central.writeUInt16LE(DOS_DATE, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(stored.length, 20);
    central.writeUInt32LE(content.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    // 30: extra length, 32: comment length, 34: disk number, 36: internal attributes: all 0
    const mode = folder ? 0o40755 : 0o100644;
    central.writeUInt32LE(((mode << 16) | (folder ? 0x10 : 0)) >>> 0, 38);
    central.writeUInt32LE(offset, 42);

    locals.push(local, nameBytes, stored);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + stored.length;
  }
  if (entries.length > 0xffff) throw new Error('zip64 is not supported');
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const files = filesUnder(OUT);
const folders = [
  ...new Set(
    files.flatMap((path) =>
      path
        .split('/')
        .slice(0, -1)
        .map((_, index, parts) => parts.slice(0, index + 1).join('/')),
    ),
  ),
];
const entries = [
  { name: `${SLUG}/` },
  ...folders.map((path) => ({ name: `${SLUG}/${path}/` })),
  ...files.map((path) => ({ name: `${SLUG}/${path}`, data: readFileSync(join(OUT, path)) })),
].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
writeFileSync(ZIP, zip(entries));

const size = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;
const unpacked = files.reduce((sum, path) => sum + statSync(join(OUT, path)).size, 0);
console.log(
  `wrote ${relative(root, OUT)}/ (${files.length} files, ${size(unpacked)}) and ` +
    `${relative(root, ZIP)} (${size(statSync(ZIP).size)}): ` +
    `${Object.keys(schema.elements).length} blocks, ${messages.length} messages × ${locales.length} languages`,
);
