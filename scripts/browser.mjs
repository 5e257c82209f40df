// @ts-check
// What the browser tests, the benchmark and the Lighthouse run share: where Chromium is, the
// flags it needs on a closed network (and as root in CI), and a small static file server.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

/** Finds a Chromium-family browser: CHROME_PATH first, then the usual system locations. */
export function findBrowser() {
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
        'No Chromium or Chrome browser was found.',
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

/** Headless Chromium flags that work as root on a machine without network access. */
export const CHROME_FLAGS = [
  '--no-sandbox',
  '--headless=new',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.map': 'application/json; charset=utf-8',
};

/**
 * Serves the files under `root` on a free localhost port, compressed with gzip as a real host
 * would, and with a long cache lifetime for hashed assets. Resolves with its URL and `close()`.
 * @param {string} root
 * @param {Record<string, string>} [headers] extra response headers (e.g. cross-origin isolation)
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export async function serveStatic(root, headers = {}) {
  const base = resolve(root);
  const { gzipSync } = await import('node:zlib');
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    let file = normalize(join(base, path));
    if (!file.startsWith(base)) {
      response.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const body = readFileSync(file);
    const gzip =
      /gzip/.test(String(request.headers['accept-encoding'])) && !type.startsWith('image/png');
    response.writeHead(200, {
      'content-type': type,
      'cache-control': /-[\w-]{8}\.(js|css)$/.test(file)
        ? 'public, max-age=31536000, immutable'
        : 'no-cache',
      ...(gzip ? { 'content-encoding': 'gzip' } : {}),
      ...headers,
    });
    response.end(gzip ? gzipSync(body) : body);
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', () => done(undefined)));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://localhost:${port}/`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
