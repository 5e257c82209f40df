// @ts-check
import { existsSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';

/** Finds a Chromium-family browser: CHROME_PATH first, then the usual system locations. */
function findBrowser() {
  const candidates = [
    process.env.CHROME_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/snap/bin/chromium',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  ];
  const found = candidates.find((path) => path && existsSync(path));
  if (!found) {
    console.error(
      [
        '',
        'No Chromium or Chrome browser was found for the browser tests.',
        'Install one and try again, for example:',
        '  Debian/Ubuntu: sudo apt-get install -y chromium',
        '  macOS:         brew install --cask chromium',
        'or point CHROME_PATH at an existing Chrome/Chromium executable.',
        '',
      ].join('\n'),
    );
    process.exit(1);
  }
  return found;
}

const executablePath = findBrowser();

export default {
  rootDir: '.',
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['production'] },
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' })],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        headless: true,
        args: [
          '--no-sandbox',
          '--headless=new',
          '--disable-gpu',
          '--disable-quic',
          '--no-first-run',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--disable-dev-shm-usage',
          // Test pages run side by side; a background tab must keep its timers and frames.
          '--disable-background-timer-throttling',
          '--disable-renderer-backgrounding',
          '--disable-backgrounding-occluded-windows',
        ],
      },
    }),
  ],
  // One page at a time: Chromium pauses animation frames in pages it considers hidden, and
  // open-wc's fixture() waits for a frame.
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  coverageConfig: {
    include: ['src/**/*.ts'],
    exclude: ['src/localization/generated/**', 'src/demo/**', '**/node_modules/**'],
    threshold: { lines: 90, statements: 90, functions: 85, branches: 80 },
    reportDir: 'coverage',
    reporters: ['lcov', 'text-summary'],
  },
};
