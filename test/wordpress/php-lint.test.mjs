// @ts-check
// Every PHP file of the plugin, as the zip ships it, parses (`php -l`) on this machine's PHP, and
// none uses syntax newer than the plugin's "Requires PHP: 7.4" (PHP 7.4 itself is not packaged
// here, so the newer constructs are looked for by pattern). The WordPress coding standard for
// PHPCS is not installable from the registries this project can reach; see the README.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

const PLUGIN = 'dist/wordpress/botox-widgets';

/** The .php files below `dir`. */
const phpFiles = (dir) =>
  readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.php'))
    .map((entry) => join(entry.parentPath ?? entry.path, entry.name));

/** PHP 8.0+ syntax and functions a PHP 7.4 site would fail on. */
const NEWER_THAN_74 = [
  [/\bmatch\s*\(/, 'match expression (8.0)'],
  [/\?->/, 'nullsafe operator (8.0)'],
  [
    /\bstr_(?:contains|starts_with|ends_with)\s*\(/,
    'str_contains/str_starts_with/str_ends_with (8.0)',
  ],
  [/\benum\s+\w+/, 'enum (8.1)'],
  [/\breadonly\s+(?:public|private|protected|class|\$)/, 'readonly (8.1)'],
  [/function\s+\w*\s*\([^)]*\b\w+\s*\|\s*\w+\s+\$/, 'union type (8.0)'],
  [/\barray_is_list\s*\(/, 'array_is_list (8.1)'],
  [/^\s*#\[\w/m, 'attribute (8.0)'],
];

const files = phpFiles(PLUGIN);

test('the built plugin has its PHP files', () => {
  assert.ok(files.length >= 10, `only ${files.length} PHP files in ${PLUGIN}: run npm run build`);
});

for (const file of files) {
  test(`php -l ${file}`, () => {
    const out = execFileSync('php', ['-l', file], { encoding: 'utf8' });
    assert.match(out, /No syntax errors detected/);
    // Comments may mention anything: look at the code only.
    const code = readFileSync(file, 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/^\s*(?:\/\/|#(?!\[)).*$/gm, '');
    for (const [pattern, what] of NEWER_THAN_74) {
      assert.doesNotMatch(code, pattern, `${file} uses ${what}, but the plugin requires PHP 7.4`);
    }
  });
}
