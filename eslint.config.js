// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { configs as litConfigs } from 'eslint-plugin-lit';
import { configs as wcConfigs } from 'eslint-plugin-wc';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'coverage/',
      'storybook-static/',
      'node_modules/',
      'src/localization/generated/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  wcConfigs['flat/recommended'],
  litConfigs['flat/recommended'],
  {
    languageOptions: {
      globals: {
        window: 'readonly',
        document: 'readonly',
        console: 'readonly',
        customElements: 'readonly',
        HTMLElement: 'readonly',
        navigator: 'readonly',
        MutationObserver: 'readonly',
      },
    },
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[property.name='innerHTML']",
          message: 'Render text, not HTML.',
        },
        {
          selector: "MemberExpression[property.name='outerHTML']",
          message: 'Render text, not HTML.',
        },
        {
          selector: "CallExpression[callee.property.name='insertAdjacentHTML']",
          message: 'Render text, not HTML.',
        },
      ],
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'lit/directives/unsafe-html.js',
              message: 'Text from clinics and patients renders as text.',
            },
          ],
        },
      ],
      'lit/no-template-bind': 'error',
      'lit/attribute-value-entities': 'error',
      'wc/guard-super-call': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['test/**/*.ts'],
    // chai's property assertions (`expect(x).to.be.NaN`) are expressions by design.
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
  {
    files: [
      '*.mjs',
      '*.js',
      '*.ts',
      '.storybook/*.ts',
      'scripts/*.mjs',
      'test/checks/*.mjs',
      '.ci/*.mjs',
    ],
    ignores: ['src/**', 'stories/**'],
    languageOptions: { globals: { process: 'readonly', URL: 'readonly' } },
  },
  {
    // The built Storybook's tests: Node files whose page functions run in the browser.
    files: ['test/storybook/*.mjs'],
    languageOptions: {
      globals: Object.fromEntries(
        ['process', 'Buffer', 'URL', 'setTimeout', 'clearTimeout', 'window', 'document']
          .concat(['getComputedStyle', 'requestAnimationFrame'])
          .map((name) => [name, 'readonly']),
      ),
    },
  },
  {
    // The WordPress block editor script: a classic script for the wp.* globals, no build step.
    files: ['integrations/wordpress/editor/*.js'],
    languageOptions: { sourceType: 'script', globals: { wp: 'readonly' } },
  },
  {
    files: ['src/**/*.ts'],
    rules: { 'no-restricted-globals': ['error', ...noSendingOrStoring()] },
  },
  {
    // The clinic studio keeps the clinic's own work (its wording, never a patient's answers) in
    // local storage; it sends nothing either.
    files: ['src/studio/**/*.ts'],
    rules: { 'no-restricted-globals': ['error', ...noSendingOrStoring(['localStorage'])] },
  },
);

/**
 * The browser APIs that send or store data, banned in src/ (the widgets never send or store
 * what a patient enters), less those in `allowed`.
 */
function noSendingOrStoring(allowed = []) {
  const send = 'Widgets never send what a patient enters.';
  const store = 'Widgets never store what a patient enters.';
  return [
    { name: 'fetch', message: send },
    { name: 'XMLHttpRequest', message: send },
    { name: 'localStorage', message: store },
    { name: 'sessionStorage', message: store },
    { name: 'indexedDB', message: store },
    { name: 'WebSocket', message: send },
  ].filter(({ name }) => !allowed.includes(name));
}
