// Writes each element's API tables into README.md (between `<!-- api:<tag> -->` and
// `<!-- /api:<tag> -->`) from custom-elements.json, so the README says what the code does.
// `--check` fails instead of writing when the README is out of date. Run `cem analyze` first.
import { readFileSync, writeFileSync } from 'node:fs';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const cell = (text = '') =>
  String(text)
    .replace(/\|/g, '\\|')
    .replace(/\s*\n\s*/g, ' ')
    .trim();
const code = (text) => (text ? `\`${text}\`` : '');

function tables(element) {
  const out = [];
  const members = new Map(
    (element.members ?? [])
      .filter((m) => m.kind === 'field' && (m.privacy ?? 'public') === 'public' && !m.static)
      .map((m) => [m.name, m]),
  );
  out.push(
    '| Attribute | Property | Type | Default | Description |',
    '| --- | --- | --- | --- | --- |',
  );
  const listed = new Set();
  for (const attribute of element.attributes ?? []) {
    const member = members.get(attribute.fieldName) ?? {};
    listed.add(attribute.fieldName);
    out.push(
      `| ${code(attribute.name)} | ${code(attribute.fieldName)} | ${code(cell(attribute.type?.text ?? member.type?.text))} | ${code(cell(attribute.default ?? member.default))} | ${cell(attribute.description ?? member.description)} |`,
    );
  }
  for (const [name, member] of members) {
    if (listed.has(name)) continue;
    out.push(
      `| | ${code(name)}${member.readonly ? ' (read-only)' : ''} | ${code(cell(member.type?.text))} | ${code(cell(member.default))} | ${cell(member.description)} |`,
    );
  }
  // Methods a page calls (the browser's own callbacks, such as formResetCallback, are left out).
  const methods = (element.members ?? []).filter(
    (m) =>
      m.kind === 'method' &&
      (m.privacy ?? 'public') === 'public' &&
      !m.static &&
      !m.name.endsWith('Callback'),
  );
  out.push(
    '',
    methods.length ? '| Method | Returns | Description |\n| --- | --- | --- |' : 'Methods: none.',
  );
  for (const method of methods) {
    const parameters = (method.parameters ?? []).map((parameter) => parameter.name).join(', ');
    out.push(
      `| ${code(`${method.name}(${parameters})`)} | ${code(cell(method.return?.type?.text))} | ${cell(method.description)} |`,
    );
  }
  const events = (element.events ?? []).filter((e) => e.name);
  out.push(
    '',
    events.length ? '| Event | Type | Description |\n| --- | --- | --- |' : 'Events: none.',
  );
  for (const event of events) {
    out.push(`| ${code(event.name)} | ${code(event.type?.text)} | ${cell(event.description)} |`);
  }
  const slots = element.slots ?? [];
  out.push('', slots.length ? '| Slot | Description |\n| --- | --- |' : 'Slots: none.');
  for (const slot of slots)
    out.push(`| ${slot.name ? code(slot.name) : '(default)'} | ${cell(slot.description)} |`);
  out.push('', '| Part | Description |', '| --- | --- |');
  for (const part of element.cssParts ?? [])
    out.push(`| ${code(part.name)} | ${cell(part.description)} |`);
  out.push('', 'CSS custom properties: the shared `--bmw-*` tokens, see [Theming](#theming).');
  return out.join('\n');
}

let readme = readFileSync('README.md', 'utf8');
const original = readme;
for (const module of manifest.modules) {
  for (const declaration of module.declarations ?? []) {
    if (!declaration.customElement || !declaration.tagName) continue;
    const start = `<!-- api:${declaration.tagName} -->`;
    const end = `<!-- /api:${declaration.tagName} -->`;
    const from = readme.indexOf(start);
    const to = readme.indexOf(end);
    if (from < 0 || to < 0) {
      console.error(`✗ README.md has no ${start} … ${end} block`);
      process.exit(1);
    }
    readme = `${readme.slice(0, from + start.length)}\n\n${tables(declaration)}\n\n${readme.slice(to)}`;
  }
}
if (process.argv.includes('--check')) {
  if (readme !== original) {
    console.error('✗ README.md API tables are out of date: run npm run docs:api');
    process.exit(1);
  }
  console.log('✓ README.md API tables match custom-elements.json');
} else {
  writeFileSync('README.md', readme);
  console.log('README.md API tables written');
}
