/**
 * The text of each element's Docs page: its summary and description from the manifest, how to
 * use it — the README's own snippets, cut from README.md when Storybook builds, so the two cannot
 * drift — and the CSS parts and slots (which are not controls).
 */
import type { ElementDeclaration } from './arg-types.js';

/** A fenced code block of the README: the heading it is under, its language and its lines. */
export interface ReadmeBlock {
  heading: string;
  language: string;
  lines: string[];
}

/** Every fenced code block of a Markdown text, with the nearest heading above it. */
export function readmeBlocks(markdown: string): ReadmeBlock[] {
  const blocks: ReadmeBlock[] = [];
  let heading = '';
  let open: ReadmeBlock | null = null;
  let indent = 0;
  for (const line of markdown.split('\n')) {
    const fence = /^(\s*)```(\S*)\s*$/.exec(line);
    if (open) {
      if (fence) {
        blocks.push(open);
        open = null;
      } else open.lines.push(line.slice(Math.min(indent, /^\s*/.exec(line)![0].length)));
    } else if (fence) {
      indent = fence[1]!.length;
      open = { heading, language: fence[2] ?? '', lines: [] };
    } else {
      const title = /^#{2,4}\s+(.+?)\s*$/.exec(line);
      if (title) heading = title[1]!;
    }
  }
  return blocks;
}

/** One way to use an element: a title, the README section it comes from and the code. */
export interface UsageSnippet {
  title: string;
  section: string;
  language: string;
  code: string;
}

/** The README sections the Docs pages quote, and how each is cut down to one element. */
const USES: {
  title: string;
  section: string;
  language: string;
  lines: (lines: string[], tag: string, type: string) => string[];
}[] = [
  {
    title: 'Script tag',
    section: 'Use it with a script tag',
    language: 'html',
    lines: (lines, tag) =>
      lines.filter((line) => line.startsWith('<script') || line.startsWith(`<${tag}`)),
  },
  {
    title: 'npm',
    section: 'Install',
    language: 'js',
    // The imports: the whole-library line, this element's own file and the root module.
    lines: (lines, tag) =>
      lines.filter(
        (line) =>
          /^import /.test(line) &&
          (!/botox-migraine-widgets\/[a-z-]+\.js'/.test(line) ||
            line.includes('/define.js') ||
            line.includes(`/${tag}.js`)),
      ),
  },
  { title: 'React 19', section: 'React 19', language: 'tsx', lines: (lines) => lines },
  { title: 'Vue 3', section: 'Vue 3', language: 'vue', lines: (lines) => lines },
  { title: 'Svelte 5', section: 'Svelte 5', language: 'svelte', lines: (lines) => lines },
  {
    title: 'WordPress shortcode',
    section: 'Add a widget',
    language: 'text',
    lines: (lines, _tag, type) => lines.filter((line) => line.includes(`type="${type}"`)),
  },
];

/**
 * The snippets for `tag` (whose shortcode `type` is `type`), from the README's text. A section
 * or block that is missing, or that leaves nothing for this element, throws: the Docs page must
 * not silently lose a way to use the element.
 */
export function usageSnippets(readme: string, tag: string, type: string): UsageSnippet[] {
  const blocks = readmeBlocks(readme);
  return USES.map(({ title, section, language, lines }) => {
    const block = blocks.find((b) => b.heading === section && b.language === language);
    if (!block) throw new Error(`README.md has no ${language} block under "${section}"`);
    const kept = lines(block.lines, tag, type);
    while (kept.length && kept[kept.length - 1]!.trim() === '') kept.pop();
    if (!kept.some((line) => line.includes(tag) || line.includes(`"${type}"`)))
      throw new Error(`README.md's "${section}" block does not show <${tag}>`);
    return { title, section, language, code: kept.join('\n') };
  });
}

/** GitHub's anchor for a README heading. */
const anchor = (heading: string) =>
  heading
    .toLowerCase()
    .replace(/[^\w\s-]/g, '')
    .trim()
    .replace(/\s+/g, '-');

const cell = (text = '') =>
  text
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\|/g, '\\|')
    .trim() || '—';

/** The Markdown of an element's Docs page (Storybook's component description). */
export function componentDescription(
  declaration: ElementDeclaration,
  snippets: UsageSnippet[],
): string {
  const parts: string[] = [];
  if (declaration.summary) parts.push(`**${cell(declaration.summary)}**`);
  if (declaration.description) parts.push(declaration.description.trim());
  parts.push(
    '## Use it',
    ...snippets.map(
      (s) =>
        `### ${s.title}\n\nFrom the README, [${s.section}](https://github.com/botox-migraine-widgets/botox-migraine-widgets#${anchor(s.section)}):\n\n\`\`\`${s.language}\n${s.code}\n\`\`\``,
    ),
  );
  const slots = declaration.slots ?? [];
  if (slots.length)
    parts.push(
      '## Slots',
      '| Slot | What goes in it |\n| --- | --- |\n' +
        slots
          .map((s) => `| ${s.name ? `\`${s.name}\`` : '(default)'} | ${cell(s.description)} |`)
          .join('\n'),
    );
  const cssParts = declaration.cssParts ?? [];
  if (cssParts.length)
    parts.push(
      '## CSS parts',
      `Style them from the page with \`${declaration.tagName}::part(name)\`.`,
      '| Part | What it is |\n| --- | --- |\n' +
        cssParts.map((p) => `| \`${p.name}\` | ${cell(p.description)} |`).join('\n'),
    );
  return parts.join('\n\n');
}
