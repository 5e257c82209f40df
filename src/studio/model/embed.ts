/**
 * The code a clinic pastes into its site, from its project: the script tag, the JSON data block
 * with the wording and language, the element with its attributes; the same for the WordPress
 * plugin, and for a page whose policy forbids inline JSON and styles. Pure functions: every
 * value is escaped for where it goes, so a clinic's text can never become markup or script.
 */
import { appliedWording } from './project.js';
import type { Project, StudioData, StudioElement } from './types.js';

/** Text for an HTML attribute value in double quotes, or for element content. */
export const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * JSON that is safe inside `<script>`: `<`, `>` and `&` as `\u003c`… so no text (`</script>`,
 * `<!--`) can end the block, and the line separators JavaScript reads as line ends escaped.
 */
export const scriptSafeJson = (value: unknown, indent?: number): string =>
  JSON.stringify(value, null, indent)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');

/** The chosen element of the project. */
export const chosenElement = (project: Project, data: StudioData): StudioElement =>
  data.elements.find((element) => element.tag === project.widget) ??
  (data.elements[0] as StudioElement);

/** The element's attributes the project sets, in the element's order: `[name, value]`. */
export function elementAttributes(project: Project, data: StudioData): [string, string][] {
  const element = chosenElement(project, data);
  const given = project.attributes[element.tag] ?? {};
  return element.attributes
    .filter((attribute) => attribute.block && given[attribute.name] !== undefined)
    .map((attribute) => [attribute.name, given[attribute.name] as string]);
}

/** The colours the project changed, in the studio's token order: `[token, #rrggbb]`. */
export const changedColours = (project: Project, data: StudioData): [string, string][] =>
  data.colours
    .filter((token) => project.colours[token.name] !== undefined)
    .map((token) => [token.name, project.colours[token.name] as string]);

/** `--bmw-accent: #…; --bmw-text: #…` */
const declarations = (colours: [string, string][]) =>
  colours.map(([name, value]) => `${name}: ${value}`).join('; ');

/** The configuration the data block carries (`undefined`: the page needs none). */
export function pageConfiguration(
  project: Project,
  data: StudioData,
):
  | {
      locale?: string;
      messages?: Record<string, Record<string, string>>;
      dir?: Record<string, string>;
    }
  | undefined {
  const { changed, added } = appliedWording(project, data);
  const messages: Record<string, Record<string, string>> = { ...changed };
  const dir: Record<string, string> = {};
  for (const [code, language] of Object.entries(added)) {
    // An added language is sent even with no text yet, so the page can select it.
    messages[code] = language.messages;
    dir[code] = language.dir;
  }
  const config = {
    ...(project.fixLocale ? { locale: project.locale } : {}),
    ...(Object.keys(messages).length > 0 ? { messages } : {}),
    ...(Object.keys(dir).length > 0 ? { dir } : {}),
  };
  return Object.keys(config).length > 0 ? config : undefined;
}

/** `<botox-… a="…">`…`</botox-…>`, with the colours in a `style` attribute when `inlineStyle`. */
export function elementMarkup(project: Project, data: StudioData, inlineStyle = true): string {
  const { tag } = chosenElement(project, data);
  const attributes = elementAttributes(project, data).map(([name, value]) =>
    value === '' ? ` ${name}` : ` ${name}="${escapeHtml(value)}"`,
  );
  const colours = changedColours(project, data);
  if (inlineStyle && colours.length > 0)
    attributes.push(` style="${escapeHtml(declarations(colours))}"`);
  return `<${tag}${attributes.join('')}></${tag}>`;
}

/** The paste-ready snippet: data block (when needed), script tag, element. */
export function embedCode(project: Project, data: StudioData, scriptUrl: string): string {
  const config = pageConfiguration(project, data);
  return [
    ...(config
      ? [
          '<script type="application/json" data-botox-widgets>',
          scriptSafeJson(config, 2),
          '</script>',
        ]
      : []),
    `<script type="module" src="${escapeHtml(scriptUrl)}"></script>`,
    elementMarkup(project, data),
    '',
  ].join('\n');
}

/** A complete HTML page with the snippet, to open and check before touching the site. */
export function testPage(project: Project, data: StudioData, scriptUrl: string): string {
  const element = chosenElement(project, data);
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(element.title)}: test page</title>`,
    '<link rel="icon" href="data:,">',
    '<style>body { font-family: system-ui, sans-serif; margin: 2rem auto; max-width: 48rem; padding: 0 1rem; }</style>',
    '</head>',
    '<body>',
    '<main>',
    embedCode(project, data, scriptUrl).trimEnd(),
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** The file name of the strict-policy variant's wording module. */
export const WORDING_MODULE = 'botox-widgets-wording.js';

/**
 * For a page whose Content-Security-Policy forbids inline JSON and styles: a module to host
 * beside the page (it loads the widgets, applies the wording, language and colours) and the one
 * line that loads it, with the element.
 */
export function strictPolicyCode(
  project: Project,
  data: StudioData,
  scriptUrl: string,
): { file: string; contents: string; markup: string } {
  const { changed, added } = appliedWording(project, data);
  const { tag } = chosenElement(project, data);
  const colours = changedColours(project, data);
  const names = ['setMessages', 'registerLocale', ...(project.fixLocale ? ['setLocale'] : [])];
  const lines = [
    '// Botox widgets: this clinic’s wording, language and colours (made with the clinic studio).',
    '// Host this file on your site and load it with a module script tag (the studio gives the line).',
    `import { ${names.join(', ')} } from ${scriptSafeJson(scriptUrl)};`,
    '',
    ...Object.entries(changed).map(
      ([code, texts]) => `setMessages(${scriptSafeJson(code)}, ${scriptSafeJson(texts, 2)});`,
    ),
    ...Object.entries(added).map(
      ([code, language]) =>
        `registerLocale(${scriptSafeJson(code)}, ${scriptSafeJson(language.messages, 2)}, { dir: ${scriptSafeJson(language.dir)} });`,
    ),
    ...(project.fixLocale ? [`setLocale(${scriptSafeJson(project.locale)});`] : []),
    ...(colours.length > 0
      ? [
          '',
          '// The colours, as a constructed style sheet (allowed where inline styles are not).',
          'const sheet = new CSSStyleSheet();',
          `sheet.replaceSync(${scriptSafeJson(`${tag} { ${declarations(colours)}; }`)});`,
          'document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];',
        ]
      : []),
    '',
  ];
  return {
    file: WORDING_MODULE,
    contents: lines.join('\n'),
    markup: [
      `<script type="module" src="/${WORDING_MODULE}"></script>`,
      elementMarkup(project, data, false),
      '',
    ].join('\n'),
  };
}

/** The WordPress plugin's shortcode name (integrations/wordpress/…/includes/shortcode.php). */
export const SHORTCODE = 'botox_widget';

/**
 * For the WordPress plugin: the shortcode; the colours as CSS for Appearance → Customize →
 * Additional CSS; one language file to upload per added language (Settings → Botox widgets →
 * Languages); the changed texts of shipped languages for the Wording tab; and the values that a
 * shortcode cannot hold (a `"`, `[` or `]`), which must be set in the block instead.
 */
export function wordpressCode(
  project: Project,
  data: StudioData,
): {
  shortcode: string;
  css: string;
  files: { code: string; dir: 'ltr' | 'rtl'; name: string; contents: string }[];
  wording: { code: string; id: string; text: string }[];
  notInShortcode: string[];
} {
  const element = chosenElement(project, data);
  const notInShortcode: string[] = [];
  const attributes = elementAttributes(project, data).flatMap(([name, value]) => {
    if (/["[\]]/.test(value)) {
      notInShortcode.push(name);
      return [];
    }
    return [value === '' ? ` ${name}` : ` ${name}="${value}"`];
  });
  const colours = changedColours(project, data);
  const { changed, added } = appliedWording(project, data);
  return {
    shortcode: `[${SHORTCODE} type="${element.type}"${attributes.join('')}]`,
    css:
      colours.length > 0
        ? `${element.tag} {\n${colours.map(([n, v]) => `  ${n}: ${v};`).join('\n')}\n}\n`
        : '',
    files: Object.entries(added).map(([code, language]) => ({
      code,
      dir: language.dir,
      name: `botox-widgets-${code}.json`,
      contents: `${JSON.stringify({ messages: { [code]: language.messages } }, null, 2)}\n`,
    })),
    wording: Object.entries(changed).flatMap(([code, texts]) =>
      Object.entries(texts).map(([id, text]) => ({ code, id, text })),
    ),
    notInShortcode,
  };
}
