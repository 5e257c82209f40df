/**
 * custom-elements.json: read by Storybook's docs tables, the README's API tables, editors and
 * framework tooling. It describes the package as it ships, and only its public API:
 *
 * - one module per element class and per event module, at the path of the built file in
 *   `dist/npm/` (the sources do not ship);
 * - one module per `define.js` entry, whose `custom-element-definition` export says which file
 *   registers each tag (`botox-migraine-widgets/benefits-list.js` is
 *   `dist/npm/components/benefits-list/define.js`);
 * - no private or protected members, nothing marked `@internal`, no helper modules (views, result
 *   renderers, the calendar download…) and no internal base class: the members every widget
 *   inherits (`theme`) are listed on each element as its own.
 *
 * `node test/checks/check-manifest.mjs` (after `npm run build`) fails when any of this slips.
 */

/** Where a source module ships: the npm build keeps the module layout of `src/` in `dist/npm/`. */
const shippedPath = (path) =>
  path.replace(/^\/?src\/(.+)\.(?:ts|js)$/, (_, rest) => `dist/npm/${rest}.js`);

/** `./benefits-list.js` imported from `src/components/benefits-list/define.ts`, as a source path. */
function resolveSpecifier(fromPath, specifier) {
  const parts = fromPath.split('/').slice(0, -1);
  for (const part of specifier.split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.') parts.push(part);
  }
  return parts.join('/').replace(/\.js$/, '.ts');
}

/**
 * `defineElement('benefits-list', BenefitsList)` (the guarded registration of
 * `src/internal/define-element.ts`) is the library's `customElements.define`: record it as the
 * `custom-element-definition` export of the module that makes the call.
 */
function defineElementCalls() {
  return {
    name: 'define-element-calls',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node) || node.expression.getText() !== 'defineElement') return;
      const [tag, klass] = node.arguments;
      if (!tag || !ts.isStringLiteral(tag) || !klass || !ts.isIdentifier(klass)) return;
      const source = node.getSourceFile();
      let module = moduleDoc.path;
      for (const statement of source.statements) {
        if (!ts.isImportDeclaration(statement)) continue;
        const names = statement.importClause?.namedBindings;
        if (names && ts.isNamedImports(names)) {
          if (names.elements.some((element) => element.name.text === klass.text)) {
            module = resolveSpecifier(moduleDoc.path, statement.moduleSpecifier.text);
          }
        }
      }
      moduleDoc.exports = [
        ...(moduleDoc.exports ?? []),
        {
          kind: 'custom-element-definition',
          name: tag.text,
          declaration: { name: klass.text, module },
        },
      ];
    },
  };
}

/** Keeps the public API only, and points every path at a file that ships. Runs last. */
function publicApiOnly() {
  return {
    name: 'public-api-only',
    packageLinkPhase({ customElementsManifest }) {
      const { modules } = customElementsManifest;
      const elements = modules.flatMap((module) =>
        (module.declarations ?? []).filter(
          (declaration) => declaration.customElement && declaration.tagName,
        ),
      );
      // Event classes are public when an element fires them (`@fires {CandidacyChangeEvent} …`).
      const firedTypes = new Set(
        elements.flatMap((element) => (element.events ?? []).map((event) => event.type?.text)),
      );
      const isPublicModule = (module) =>
        (module.exports ?? []).some((entry) => entry.kind === 'custom-element-definition') ||
        (module.declarations ?? []).some(
          (declaration) =>
            (declaration.customElement && declaration.tagName) ||
            (declaration.kind === 'class' && firedTypes.has(declaration.name)),
        );
      const dropped = new Map();
      for (const module of modules.filter((module) => !isPublicModule(module))) {
        for (const declaration of module.declarations ?? [])
          dropped.set(declaration.name, declaration);
      }
      const droppedPaths = new Set(
        modules.filter((module) => !isPublicModule(module)).map((module) => module.path),
      );
      const isDroppedReference = (reference) =>
        reference?.module !== undefined &&
        [...droppedPaths].some((path) => shippedPath(path) === shippedPath(reference.module));
      customElementsManifest.modules = modules.filter(isPublicModule);

      const isPublicMember = (member) =>
        (member.privacy ?? 'public') === 'public' && !/^[_#]/.test(member.name);

      for (const module of customElementsManifest.modules) {
        const declares = (name) => (module.declarations ?? []).some((d) => d.name === name);
        // A define module re-exports the class it registers: the analyzer points that export at
        // the define module itself; point it at the module that declares the class.
        for (const entry of module.exports ?? []) {
          if (entry.kind !== 'js' || entry.declaration.module !== module.path) continue;
          if (declares(entry.declaration.name)) continue;
          const definition = (module.exports ?? []).find(
            (other) =>
              other.kind === 'custom-element-definition' &&
              other.declaration.name === entry.declaration.name,
          );
          if (definition) entry.declaration = { ...definition.declaration };
        }
        for (const declaration of module.declarations ?? []) {
          if (declaration.members) declaration.members = declaration.members.filter(isPublicMember);
          if (declaration.attributes) {
            declaration.attributes = declaration.attributes.filter(
              (attribute) =>
                !attribute.fieldName ||
                (declaration.members ?? []).some((member) => member.name === attribute.fieldName),
            );
          }
          // The analyzer lists each `dispatchEvent(new XEvent(…))` call as a nameless event;
          // the named, documented `@fires` entries are the real ones.
          if (declaration.events) declaration.events = declaration.events.filter((e) => e.name);
          // An internal base class (WidgetElement) is not part of the API: its public members are
          // already copied onto the element; name the nearest public ancestor instead.
          let superclass = declaration.superclass;
          while (superclass && isDroppedReference(superclass)) {
            superclass = dropped.get(superclass.name)?.superclass;
          }
          // A platform class (`Event`) that the analyzer placed in the module that extends it.
          if (superclass?.module === module.path && !declares(superclass.name)) {
            superclass = { name: superclass.name, package: 'global:' };
          }
          if (superclass) declaration.superclass = superclass;
          else delete declaration.superclass;
          for (const kind of [
            'members',
            'attributes',
            'events',
            'slots',
            'cssParts',
            'cssProperties',
            'cssStates',
          ]) {
            for (const item of declaration[kind] ?? []) {
              if (isDroppedReference(item.inheritedFrom)) delete item.inheritedFrom;
            }
          }
        }
      }

      // Every path and module reference names the built file that ships.
      const visit = (value) => {
        if (Array.isArray(value)) value.forEach(visit);
        else if (value && typeof value === 'object') {
          for (const [key, inner] of Object.entries(value)) {
            if ((key === 'path' || key === 'module') && typeof inner === 'string') {
              value[key] = shippedPath(inner);
            } else visit(inner);
          }
        }
      };
      visit(customElementsManifest.modules);
    },
  };
}

export default {
  globs: ['src/components/**/*.ts', 'src/internal/widget-element.ts', 'src/events/*.ts'],
  exclude: ['src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  packagejson: true,
  plugins: [defineElementCalls(), publicApiOnly()],
};
