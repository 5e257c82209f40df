// @ts-check
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { CHROME_FLAGS, findBrowser } from './scripts/browser.mjs';
import { STUDIO_DATA_MODULE, studioDataModule } from './scripts/studio-data.mjs';

const executablePath = findBrowser();

/** The clinic studio's data module (scripts/studio-data.mjs), as the studio's build serves it. */
const STUDIO_DATA_PATH = '/__botox-studio-data.js';
const studioData = {
  name: 'botox-studio-data',
  resolveImport: ({ source }) => (source === STUDIO_DATA_MODULE ? STUDIO_DATA_PATH : undefined),
  async serve(context) {
    if (context.path === STUDIO_DATA_PATH) return { body: await studioDataModule(), type: 'js' };
    return undefined;
  },
};

/** The strict policy the widgets must run under (see test/csp.test.ts). */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";

/**
 * Test-only browser commands that need the DevTools protocol:
 * - `emulate-media-features`: e.g. `[{ name: 'forced-colors', value: 'active' }]`.
 * - `set-viewport-zoom`: `{ width, height, zoom }`: a viewport in CSS pixels at a device scale.
 * - `screenshot-area`: `{ x, y, width, height }` → a PNG of that area, base64.
 */
const devtoolsSessions = new Map();
const devtoolsCommands = {
  name: 'devtools-commands',
  async executeCommand({ command, payload, session }) {
    if (command === 'screenshot-area') {
      // A PNG (base64) of an area of the page in CSS pixels: `{ x, y, width, height }`.
      const page = session.browser.getPage(session.id);
      return page.screenshot({ clip: payload, encoding: 'base64', captureBeyondViewport: true });
    }
    if (command !== 'emulate-media-features' && command !== 'set-viewport-zoom') return undefined;
    // One DevTools session per test page, kept open: closing it would undo its emulation.
    let client = devtoolsSessions.get(session.id);
    if (!client) {
      client = await session.browser.getPage(session.id).createCDPSession();
      devtoolsSessions.set(session.id, client);
    }
    if (command === 'emulate-media-features') {
      await client.send('Emulation.setEmulatedMedia', { features: payload });
    } else {
      await client.send('Emulation.setDeviceMetricsOverride', {
        width: payload.width,
        height: payload.height,
        deviceScaleFactor: payload.zoom,
        mobile: false,
      });
    }
    return true;
  },
};

export default {
  rootDir: '.',
  middleware: [
    // Pages under /test/fixtures/csp/ are served with the strict policy, as a real server would.
    function strictPolicy(context, next) {
      if (context.path.startsWith('/test/fixtures/csp/')) {
        context.set('Content-Security-Policy', STRICT_CSP);
      }
      return next();
    },
  ],
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['production'] },
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' }),
    devtoolsCommands,
    studioData,
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        headless: true,
        args: [
          ...CHROME_FLAGS,
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
  // A guard against a hung page, not a speed test: test/locales.test.ts runs about 700 axe checks
  // in one page, which takes well over the default 2 minutes on a busy 2-core machine.
  testsFinishTimeout: 360_000,
  testFramework: { config: { timeout: 10000 } },
  coverageConfig: {
    include: ['src/**/*.ts'],
    exclude: ['src/localization/generated/**', 'src/demo/**', '**/node_modules/**'],
    threshold: { lines: 90, statements: 90, functions: 85, branches: 80 },
    reportDir: 'coverage',
    reporters: ['lcov', 'text-summary'],
  },
};
