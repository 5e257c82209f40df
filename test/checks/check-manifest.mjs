// Fails when custom-elements.json lists more (or less) than the package's public API:
// - a private or protected member, or one named `_x` / `#x` (nothing a page may touch);
// - a helper module: every module must register a tag (`custom-element-definition`) or declare
//   only elements with a tag name, event classes an element fires, and names the root entry
//   exports (`renderView`, `renderResult`, `saveFile`… are not API);
// - a `path` or `module` that is not a file of the packed tarball, or a reference to a
//   declaration the manifest does not have;
// - a tag without exactly one `custom-element-definition`, or one in a file the package's
//   `exports` does not offer;
// - anything without a description: declarations, members, attributes, events, slots, parts,
//   CSS properties.
//
// `node test/checks/check-manifest.mjs` checks ./custom-elements.json against `npm pack
// --dry-run` (after `npm run build`); test/checks/check-package.mjs runs the same checks on the
// packed tarball itself.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';

const FEATURES = [
  'members',
  'attributes',
  'events',
  'slots',
  'cssParts',
  'cssProperties',
  'cssStates',
];

/** Names exported by the JS module at `file` (inside `root`), following `export *`. */
export function exportedNames(root, file, seen = new Set()) {
  const names = new Set();
  if (seen.has(file) || !existsSync(join(root, file))) return names;
  seen.add(file);
  const source = ts.createSourceFile(
    file,
    readFileSync(join(root, file), 'utf8'),
    ts.ScriptTarget.Latest,
  );
  for (const statement of source.statements) {
    const exported = ts.canHaveModifiers(statement)
      ? ts.getModifiers(statement)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)
      : false;
    if (ts.isExportDeclaration(statement)) {
      const from = statement.moduleSpecifier?.text;
      if (!statement.exportClause && from?.startsWith('.')) {
        for (const name of exportedNames(root, posix.join(posix.dirname(file), from), seen)) {
          names.add(name);
        }
      } else if (statement.exportClause && ts.isNamedExports(statement.exportClause)) {
        for (const element of statement.exportClause.elements) names.add(element.name.text);
      } else if (statement.exportClause) names.add(statement.exportClause.name.text);
    } else if (exported && ts.isVariableStatement(statement)) {
      for (const declaration of statement.declarationList.declarations) {
        if (ts.isIdentifier(declaration.name)) names.add(declaration.name.text);
      }
    } else if (exported && statement.name) names.add(statement.name.text);
  }
  return names;
}

/**
 * The problems of `manifest`, given the files that ship (`shipped`, package-relative paths), the
 * package's package.json and the names its root entry exports.
 */
export function checkManifest({ manifest, shipped, packageJson, rootExports }) {
  const problems = [];
  const modules = manifest.modules ?? [];
  const byPath = new Map(modules.map((module) => [module.path, module]));
  const exportTargets = new Set();
  const collectTargets = (value) => {
    if (typeof value === 'string') exportTargets.add(value.replace(/^\.\//, ''));
    else if (value && typeof value === 'object') Object.values(value).forEach(collectTargets);
  };
  collectTargets(packageJson.exports);

  if (!manifest.schemaVersion) problems.push('has no schemaVersion');
  if (modules.length === 0) problems.push('lists no modules');

  const elements = [];
  const fired = new Set();
  for (const module of modules) {
    for (const declaration of module.declarations ?? []) {
      if (declaration.customElement && declaration.tagName) {
        elements.push({ module, declaration });
        for (const event of declaration.events ?? []) fired.add(event.type?.text);
      }
    }
  }

  // Every path and module reference names a file of the tarball; references resolve.
  const references = [];
  const visit = (value, where) => {
    if (Array.isArray(value)) value.forEach((item, index) => visit(item, `${where}[${index}]`));
    else if (value && typeof value === 'object') {
      if (typeof value.module === 'string' && typeof value.name === 'string') {
        references.push({ reference: value, where });
      }
      for (const [key, inner] of Object.entries(value)) visit(inner, `${where}.${key}`);
    }
  };
  visit(modules, 'modules');
  for (const module of modules) {
    if (!shipped.has(module.path)) problems.push(`module ${module.path} is not in the tarball`);
    if (!/\.js$/.test(module.path)) problems.push(`module ${module.path} is not a JavaScript file`);
  }
  for (const { reference, where } of references) {
    if (!shipped.has(reference.module)) {
      problems.push(`${where} points to ${reference.module}, which is not in the tarball`);
      continue;
    }
    const target = byPath.get(reference.module);
    const found =
      target &&
      ((target.declarations ?? []).some((d) => d.name === reference.name) ||
        (target.exports ?? []).some((e) => e.kind === 'js' && e.name === reference.name));
    if (!found) {
      problems.push(`${where} names ${reference.name} in ${reference.module}: not in the manifest`);
    }
  }

  for (const module of modules) {
    const definitions = (module.exports ?? []).filter(
      (entry) => entry.kind === 'custom-element-definition',
    );
    for (const declaration of module.declarations ?? []) {
      const name = `${module.path}: ${declaration.name}`;
      // Helper modules and internal names.
      const isElement = declaration.customElement && declaration.tagName;
      const isFiredEvent = declaration.kind === 'class' && fired.has(declaration.name);
      if (!isElement && !isFiredEvent && !rootExports.has(declaration.name)) {
        problems.push(
          `${name} (${declaration.kind}) is not public API: neither an element, nor an event an element fires, nor exported by the root entry`,
        );
      }
      if (declaration.customElement && !declaration.tagName) {
        problems.push(`${name} is a custom element class without a tag (an internal base class?)`);
      }
      if (!declaration.description && !declaration.summary) {
        problems.push(`${name} has no description`);
      }
      for (const feature of FEATURES) {
        for (const item of declaration[feature] ?? []) {
          const label = `${name} ${feature.replace(/s$/, '')} ${item.name || '(default)'}`;
          if (item.privacy && item.privacy !== 'public') {
            problems.push(`${label} is ${item.privacy}`);
          }
          if (/^[_#]/.test(item.name ?? '')) problems.push(`${label} is private by name`);
          if (!item.description?.trim()) problems.push(`${label} has no description`);
        }
      }
    }
    if (definitions.length > 0 && !exportTargets.has(module.path)) {
      problems.push(
        `${module.path} defines ${definitions.map((d) => `<${d.name}>`).join(', ')} but package.json "exports" does not offer it`,
      );
    }
    if ((module.declarations ?? []).length === 0 && definitions.length === 0) {
      problems.push(`${module.path} declares and defines nothing`);
    }
  }

  // Each tag: exactly one definition, naming the element's own declaration.
  for (const { module, declaration } of elements) {
    const definitions = modules.flatMap((other) =>
      (other.exports ?? [])
        .filter((e) => e.kind === 'custom-element-definition' && e.name === declaration.tagName)
        .map((e) => ({ module: other, entry: e })),
    );
    if (definitions.length !== 1) {
      problems.push(
        `<${declaration.tagName}> has ${definitions.length} custom-element-definition exports (want 1)`,
      );
    }
    for (const { module: other, entry } of definitions) {
      if (entry.declaration.name !== declaration.name || entry.declaration.module !== module.path) {
        problems.push(
          `${other.path} defines <${declaration.tagName}> as ${entry.declaration.name} from ${entry.declaration.module}, not ${declaration.name} from ${module.path}`,
        );
      }
    }
  }
  return { problems, elements: elements.length, modules: modules.length };
}

/** Lines to print for a passing manifest. */
export function summary({ manifest }) {
  const definitions = manifest.modules.flatMap((module) =>
    (module.exports ?? [])
      .filter((e) => e.kind === 'custom-element-definition')
      .map((e) => `<${e.name}> in ${module.path}`),
  );
  const members = manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .reduce((sum, declaration) => sum + (declaration.members ?? []).length, 0);
  return `${manifest.modules.length} modules, ${members} public members, tags defined by: ${definitions.join('; ')}`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
  process.chdir(root);
  if (!existsSync('custom-elements.json') || !existsSync('dist/npm/index.js')) {
    console.error('✗ custom-elements.json or dist/ is missing: run npm run build first');
    process.exit(1);
  }
  const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
  const packageJson = JSON.parse(readFileSync('package.json', 'utf8'));
  const [pack] = JSON.parse(
    execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }),
  );
  const shipped = new Set(pack.files.map((file) => file.path));
  const rootEntry = packageJson.exports?.['.']?.default ?? packageJson.exports?.['.'];
  const rootExports = exportedNames('.', rootEntry.replace(/^\.\//, ''));
  const { problems } = checkManifest({ manifest, shipped, packageJson, rootExports });
  if (problems.length) {
    console.error(problems.map((problem) => `✗ custom-elements.json: ${problem}`).join('\n'));
    process.exit(1);
  }
  console.log(`✓ custom-elements.json lists the public API only: ${summary({ manifest })}`);
}
