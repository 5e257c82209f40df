// @ts-check
/* global fetch */
// A real WordPress for the plugin's tests and height measurements, from Debian's packages
// (wordpress, wordpress-theme-twentytwentythree, wordpress-l10n, php-cli, php-mysql,
// mariadb-server): its own MariaDB (own datadir, socket and port), a copy of
// /usr/share/wordpress as the document root with our own wp-config.php, Twenty Twenty-Three,
// an administrator, an editor and an author, and the plugin installed from the built zip
// (dist/wordpress/botox-widgets.zip) and activated, served by `php -S`. Everything lives in one
// temporary folder that stop() removes.
//
//   node scripts/wordpress-env.mjs --serve [--locale es_ES] [--plugin <zip|folder>|--no-plugin]
//   node scripts/wordpress-env.mjs --run <command…>   (starts it, runs the command, stops it)
//
// In code: `const wp = await startWordPress({ locale: 'es_ES' })` → { url, users, php(code),
// login(page, user), logFile, logMark(), errors(mark), stop() }. A process started by `--run`
// finds the running WordPress in BOTOX_WORDPRESS (see attachWordPress()), so several test files
// share one start.
import { execFile, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { statSync, writeFileSync } from 'node:fs';
import { createServer as createHttpServer, request as httpRequest } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** Debian's WordPress (package `wordpress`); WORDPRESS_DIR points at another unpacked copy. */
const WORDPRESS_SOURCE = process.env.WORDPRESS_DIR || '/usr/share/wordpress';
export const DEFAULT_ZIP = join(ROOT, 'dist/wordpress/botox-widgets.zip');
export const PLUGIN_FILE = 'botox-widgets/botox-widgets.php';
/** WordPress locales whose core translations are copied into wp-content/languages. */
const WP_LOCALES = ['es_ES', 'de_DE', 'fr_FR', 'pt_BR', 'zh_CN', 'ar'];
const THEME = 'twentytwentythree';
const STATE_VARIABLE = 'BOTOX_WORDPRESS';
/**
 * For Chromium: every host but this machine fails at once (no DNS lookups that hang on a
 * closed network, no requests leaving the test).
 */
export const OFFLINE_FLAG = '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1';

/** @typedef {{ login: string, password: string, role: string, email: string }} User */
/** @type {Record<'admin' | 'editor' | 'author', User>} */
export const USERS = {
  admin: {
    login: 'admin',
    password: 'admin-pass-7Qx',
    role: 'administrator',
    email: 'admin@example.test',
  },
  editor: {
    login: 'editor',
    password: 'editor-pass-7Qx',
    role: 'editor',
    email: 'editor@example.test',
  },
  author: {
    login: 'author',
    password: 'author-pass-7Qx',
    role: 'author',
    email: 'author@example.test',
  },
};

/**
 * @typedef {object} WordPress
 * @property {string} url the site's address, without a trailing slash
 * @property {typeof USERS} users the accounts (login, password, role)
 * @property {string} docroot the document root (a copy of /usr/share/wordpress)
 * @property {string} logFile the PHP/WordPress error log of the web requests (WP_DEBUG_LOG)
 * @property {string} cliLogFile the error log of php() runs
 * @property {(code: string) => Promise<string>} php runs PHP code with WordPress loaded (as no
 *   user; `wp_set_current_user()` to act as one), resolves with what it prints
 * @property {(page: import('puppeteer-core').Page, user?: keyof typeof USERS | User) => Promise<void>} login
 *   logs `page` in through wp-login.php
 * @property {() => number} logMark the current length of the error log, for errors(mark)
 * @property {(mark?: number) => string[]} errors the error log's entries since `mark`, each
 *   without its timestamp
 * @property {(active: boolean) => Promise<void>} setPluginActive activates or deactivates the plugin
 * @property {() => Promise<void>} stop stops the servers and removes the folder (not for attached)
 */

/**
 * Starts a WordPress. Rejects with an explanation when a package is missing.
 * @param {object} [options]
 * @param {string} [options.locale] site language: '' / 'en_US' (default), 'es_ES', 'es', …
 * @param {string | false} [options.plugin] the plugin zip or folder (default: the built zip);
 *   false installs none
 * @param {number} [options.port] the web server's port (default: a free one)
 * @param {(line: string) => void} [options.log] progress messages
 * @param {boolean} [options.signals] false: the caller handles SIGINT/SIGTERM (and calls stop())
 * @returns {Promise<WordPress>}
 */
export async function startWordPress(options = {}) {
  const log = options.log ?? (() => {});
  const started = Date.now();
  const wplang = wordpressLocale(options.locale ?? '');
  const plugin = options.plugin === undefined ? DEFAULT_ZIP : options.plugin;
  checkRequirements(plugin);

  const dir = mkdtempSync(join(shortTmp(), 'bmw-wp-'));
  /** @type {import('node:child_process').ChildProcess[]} */
  const children = [];
  /** @type {import('node:http').Server | null} */
  let proxy = null;
  const killAll = () => {
    for (const child of children) killGroup(child, 'SIGKILL');
  };
  const onExit = () => {
    proxy?.closeAllConnections();
    proxy?.close();
    killAll();
    rmSync(dir, { recursive: true, force: true });
  };
  process.once('exit', onExit);
  // Ctrl+C or a test runner's SIGTERM: stop the servers, then die of the signal as usual.
  const signals =
    options.signals === false
      ? []
      : /** @type {NodeJS.Signals[]} */ (['SIGINT', 'SIGTERM', 'SIGHUP']);
  const onSignal = (/** @type {NodeJS.Signals} */ signal) => {
    onExit();
    process.kill(process.pid, signal);
  };
  for (const signal of signals) process.once(signal, onSignal);
  const forget = () => {
    process.removeListener('exit', onExit);
    for (const signal of signals) process.removeListener(signal, onSignal);
  };

  try {
    const [dbPort, phpPort, webPort] = await Promise.all([
      freePort(),
      freePort(),
      options.port ?? freePort(),
    ]);
    const url = `http://127.0.0.1:${webPort}`;
    const docroot = join(dir, 'www');
    const socket = join(dir, 'mysqld.sock');
    const logFile = join(dir, 'debug.log');
    const cliLogFile = join(dir, 'cli.log');
    writeFileSync(logFile, '');
    writeFileSync(cliLogFile, '');

    // The database and the document root at the same time.
    const database = (async () => {
      // As root (CI, containers) MariaDB must be told to stay root; as anyone else it runs as them.
      const user = process.getuid?.() === 0 ? ['--user=root'] : [];
      await run(bin('mariadb-install-db'), [
        '--no-defaults',
        `--datadir=${join(dir, 'db')}`,
        '--auth-root-authentication-method=normal',
        '--skip-test-db',
        ...user,
      ]);
      const mariadb = spawn(
        bin('mariadbd'),
        [
          '--no-defaults',
          `--datadir=${join(dir, 'db')}`,
          `--socket=${socket}`,
          `--port=${dbPort}`,
          '--bind-address=127.0.0.1',
          ...user,
          `--pid-file=${join(dir, 'mysqld.pid')}`,
          `--log-error=${join(dir, 'mariadb.log')}`,
          '--skip-name-resolve',
          '--skip-log-bin',
          '--performance-schema=OFF',
          '--innodb-buffer-pool-size=64M',
          '--innodb-flush-log-at-trx-commit=0',
          '--innodb-doublewrite=0',
          '--innodb-use-native-aio=0',
          '--character-set-server=utf8mb4',
          '--collation-server=utf8mb4_unicode_ci',
        ],
        { stdio: 'ignore', detached: true },
      );
      children.push(mariadb);
      const sql = 'CREATE DATABASE wordpress CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci';
      for (let attempt = 0; ; attempt++) {
        if (mariadb.exitCode !== null) {
          throw new Error(
            `mariadbd exited (${mariadb.exitCode}):\n${tail(join(dir, 'mariadb.log'))}`,
          );
        }
        const result = spawnSync(
          bin('mariadb'),
          ['--no-defaults', `--socket=${socket}`, '-uroot', '-e', sql],
          {
            encoding: 'utf8',
          },
        );
        if (result.status === 0) break;
        if (attempt > 150)
          throw new Error(`MariaDB did not start:\n${tail(join(dir, 'mariadb.log'))}`);
        await sleep(100);
      }
      log(`MariaDB ready (${seconds(started)})`);
    })();
    const files = (async () => {
      mkdirSync(docroot);
      const top = readdirSync(WORDPRESS_SOURCE).filter(
        (name) => !['wp-content', 'wp-config.php', '.htaccess'].includes(name),
      );
      await run('cp', ['-rL', ...top.map((name) => join(WORDPRESS_SOURCE, name)), docroot]);
      const content = join(docroot, 'wp-content');
      for (const sub of ['plugins', 'themes', 'languages', 'uploads', 'mu-plugins']) {
        mkdirSync(join(content, sub), { recursive: true });
      }
      writeFileSync(join(content, 'index.php'), '<?php\n// Silence is golden.\n');
      writeFileSync(join(content, 'plugins/index.php'), '<?php\n// Silence is golden.\n');
      await run('cp', [
        '-rL',
        join(WORDPRESS_SOURCE, 'wp-content/themes', THEME),
        join(content, 'themes'),
      ]);
      const languages = join(WORDPRESS_SOURCE, 'wp-content/languages');
      const wanted = readdirSync(languages).filter((name) =>
        WP_LOCALES.some((code) =>
          [
            `${code}.mo`,
            `admin-${code}.mo`,
            `admin-network-${code}.mo`,
            `continents-cities-${code}.mo`,
          ].includes(name),
        ),
      );
      if (wanted.length) {
        await run('cp', [
          '-L',
          ...wanted.map((name) => join(languages, name)),
          join(content, 'languages'),
        ]);
      }
      writeFileSync(join(docroot, 'wp-config.php'), wpConfig({ url, socket, logFile, cliLogFile }));
      writeFileSync(join(dir, 'router.php'), ROUTER);
      // A file, so that the browser's favicon request does not run WordPress.
      writeFileSync(join(docroot, 'favicon.ico'), '');
      log(`WordPress files copied (${seconds(started)})`);
    })();
    await Promise.all([database, files]);

    const php = phpRunner(docroot, dir);
    const installed = await php(installCode(wplang), "define('WP_INSTALLING', true);");
    if (!installed.includes('installed')) throw new Error(`wp_install failed:\n${installed}`);
    log(`WordPress installed (${seconds(started)})`);

    if (plugin) {
      await installPlugin(plugin, join(docroot, 'wp-content/plugins'));
      await setPluginActive(php, true);
      log(`Plugin installed and activated (${seconds(started)})`);
    }

    const server = spawn(
      'php',
      [
        '-S',
        `127.0.0.1:${phpPort}`,
        '-t',
        docroot,
        '-d',
        process.env.WORDPRESS_OPCACHE === '1' ? 'opcache.enable=1' : 'opcache.enable=0',
        '-d',
        'display_errors=0',
        '-d',
        'log_errors=1',
        '-d',
        `error_log=${logFile}`,
        '-d',
        'memory_limit=256M',
        join(dir, 'router.php'),
      ],
      {
        cwd: docroot,
        detached: true,
        stdio: ['ignore', 'ignore', 'ignore'],
        env: { ...process.env, PHP_CLI_SERVER_WORKERS: process.env.PHP_CLI_SERVER_WORKERS || '4' },
      },
    );
    children.push(server);
    proxy = await startProxy(webPort, phpPort);
    const web = proxy;
    await waitForHttp(`${url}/wp-login.php`, server);
    log(`Web server at ${url} (${seconds(started)})`);

    const wordpress = handle({ url, docroot, dir, logFile, cliLogFile });
    let stopped = false;
    wordpress.stop = async () => {
      if (stopped) return;
      stopped = true;
      forget();
      web.closeAllConnections();
      await new Promise((done) => web.close(() => done(undefined)));
      killGroup(server, 'SIGTERM');
      const mariadb = children[0];
      killGroup(mariadb, 'SIGTERM');
      await Promise.all(children.map((child) => exited(child, 10000)));
      killAll();
      rmSync(dir, { recursive: true, force: true });
    };
    return wordpress;
  } catch (error) {
    forget();
    onExit();
    throw error;
  }
}

/**
 * The WordPress that `node scripts/wordpress-env.mjs --run …` started, or null.
 * @returns {WordPress | null}
 */
export function attachWordPress() {
  const state = process.env[STATE_VARIABLE];
  if (!state || !existsSync(state)) return null;
  const saved = JSON.parse(readFileSync(state, 'utf8'));
  const wordpress = handle(saved);
  wordpress.stop = async () => {};
  return wordpress;
}

/**
 * attachWordPress(), else startWordPress(): what a test file calls.
 * @param {Parameters<typeof startWordPress>[0]} [options]
 */
export async function useWordPress(options) {
  return attachWordPress() ?? (await startWordPress(options));
}

/**
 * The helpers around a running WordPress.
 * @param {{ url: string, docroot: string, dir: string, logFile: string, cliLogFile: string }} where
 * @returns {WordPress}
 */
function handle({ url, docroot, dir, logFile, cliLogFile }) {
  const php = phpRunner(docroot, dir);
  return {
    url,
    users: USERS,
    docroot,
    logFile,
    cliLogFile,
    php,
    login: (page, user) => login(url, page, user),
    logMark: () => statSync(logFile).size,
    errors: (mark = 0) => logEntries(logFile, mark),
    setPluginActive: (active) => setPluginActive(php, active),
    stop: async () => {},
    // @ts-expect-error for --run: what attachWordPress() reads
    state: { url, docroot, dir, logFile, cliLogFile },
  };
}

/**
 * Runs PHP code with WordPress loaded, from a file in the temporary folder.
 * @param {string} docroot
 * @param {string} dir
 */
function phpRunner(docroot, dir) {
  let count = 0;
  return async (/** @type {string} */ code, before = '') => {
    const file = join(dir, `run-${process.pid}-${++count}.php`);
    const body = code.replace(/^\s*<\?php/, '');
    writeFileSync(
      file,
      `<?php\n${before}\nrequire ${phpString(join(docroot, 'wp-load.php'))};\n${body}\n`,
    );
    try {
      return await run('php', ['-d', 'display_errors=stderr', '-d', 'memory_limit=256M', file], {
        cwd: docroot,
      });
    } finally {
      rmSync(file, { force: true });
    }
  };
}

/**
 * Logs `page` in as `user` through wp-login.php and waits for the dashboard.
 * @param {string} url
 * @param {import('puppeteer-core').Page} page
 * @param {keyof typeof USERS | User} [user]
 */
async function login(url, page, user = 'admin') {
  const account = typeof user === 'string' ? USERS[user] : user;
  await page.goto(`${url}/wp-login.php`, { waitUntil: 'domcontentloaded' });
  await page.$eval(
    '#user_login',
    (input, value) => {
      /** @type {HTMLInputElement} */ (input).value = value;
    },
    account.login,
  );
  await page.$eval(
    '#user_pass',
    (input, value) => {
      /** @type {HTMLInputElement} */ (input).value = value;
    },
    account.password,
  );
  await Promise.all([
    page.waitForNavigation({ waitUntil: 'domcontentloaded' }),
    page.click('#wp-submit'),
  ]);
  if (!page.url().includes('/wp-admin')) {
    const message = await page
      .$eval('#login_error', (element) => element.textContent)
      .catch(() => '');
    throw new Error(`Login as ${account.login} failed at ${page.url()}: ${message}`);
  }
}

/**
 * @param {(code: string) => Promise<string>} php
 * @param {boolean} active
 */
async function setPluginActive(php, active) {
  const code = active
    ? `require_once ABSPATH . 'wp-admin/includes/plugin.php';
       $result = activate_plugin(${phpString(PLUGIN_FILE)});
       if (is_wp_error($result)) { fwrite(STDERR, $result->get_error_message()); exit(1); }
       echo is_plugin_active(${phpString(PLUGIN_FILE)}) ? 'active' : 'inactive';`
    : `require_once ABSPATH . 'wp-admin/includes/plugin.php';
       deactivate_plugins(${phpString(PLUGIN_FILE)});
       echo is_plugin_active(${phpString(PLUGIN_FILE)}) ? 'active' : 'inactive';`;
  const output = await php(code);
  if (
    !output.trim().endsWith(active ? 'active' : 'inactive') ||
    (active && output.includes('inactive'))
  ) {
    throw new Error(`Could not ${active ? 'activate' : 'deactivate'} the plugin: ${output}`);
  }
}

/**
 * Unzips the plugin zip (or copies a plugin folder) into wp-content/plugins.
 * @param {string} source
 * @param {string} plugins
 */
async function installPlugin(source, plugins) {
  if (statSync(source).isDirectory()) {
    await run('cp', ['-rL', source, join(plugins, 'botox-widgets')]);
  } else {
    await run('unzip', ['-q', '-o', source, '-d', plugins]);
  }
  if (!existsSync(join(plugins, PLUGIN_FILE))) {
    throw new Error(`${source} does not contain ${PLUGIN_FILE}`);
  }
}

/** @param {string} wplang */
function installCode(wplang) {
  const users = Object.values(USERS)
    .filter((user) => user.role !== 'administrator')
    .map(
      (user) =>
        `$id = wp_insert_user(array('user_login' => ${phpString(user.login)}, 'user_pass' => ${phpString(
          user.password,
        )}, 'user_email' => ${phpString(user.email)}, 'role' => ${phpString(user.role)}, 'display_name' => ${phpString(
          user.login[0].toUpperCase() + user.login.slice(1),
        )}));
         if (is_wp_error($id)) { fwrite(STDERR, $id->get_error_message()); exit(1); }`,
    )
    .join('\n');
  return `require_once ABSPATH . 'wp-admin/includes/upgrade.php';
$result = wp_install('Clinic test site', ${phpString(USERS.admin.login)}, ${phpString(USERS.admin.email)}, false, '', ${phpString(
    USERS.admin.password,
  )}, ${phpString(wplang)});
if (empty($result['user_id'])) { fwrite(STDERR, 'wp_install returned no user'); exit(1); }
switch_theme(${phpString(THEME)});
update_option('permalink_structure', '');
update_option('timezone_string', 'UTC');
 update_option('show_avatars', 0);
update_option('can_compress_scripts', 0);
update_option('WPLANG', ${phpString(wplang)});
${users}
echo 'installed';`;
}

/** The wp-config.php of the copy: our database, debug log, no updates, no outgoing HTTP, no cron. */
function wpConfig({ url, socket, logFile, cliLogFile }) {
  const salt = () => Math.random().toString(36).slice(2) + Math.random().toString(36).slice(2);
  const keys = [
    'AUTH_KEY',
    'SECURE_AUTH_KEY',
    'LOGGED_IN_KEY',
    'NONCE_KEY',
    'AUTH_SALT',
    'SECURE_AUTH_SALT',
  ]
    .concat(['LOGGED_IN_SALT', 'NONCE_SALT'])
    .map((key) => `define('${key}', '${salt()}');`)
    .join('\n');
  return `<?php
// Written by scripts/wordpress-env.mjs for a throw-away test site.
define('DB_NAME', 'wordpress');
define('DB_USER', 'root');
define('DB_PASSWORD', '');
define('DB_HOST', ${phpString(`localhost:${socket}`)});
define('DB_CHARSET', 'utf8mb4');
define('DB_COLLATE', '');
${keys}
$table_prefix = 'wp_';
define('WP_HOME', ${phpString(url)});
define('WP_SITEURL', ${phpString(url)});
define('WP_CONTENT_DIR', __DIR__ . '/wp-content');
define('WP_DEBUG', true);
define('WP_DEBUG_LOG', PHP_SAPI === 'cli' ? ${phpString(cliLogFile)} : ${phpString(logFile)});
define('WP_DEBUG_DISPLAY', false);
define('SCRIPT_DEBUG', false);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('WP_AUTO_UPDATE_CORE', false);
define('WP_HTTP_BLOCK_EXTERNAL', true);
define('DISABLE_WP_CRON', true);
define('FS_METHOD', 'direct');
define('WP_ENVIRONMENT_TYPE', 'local');
if (PHP_SAPI === 'cli') {
  $_SERVER['HTTP_HOST'] = ${phpString(new URL(url).host)};
  $_SERVER['SERVER_NAME'] = '127.0.0.1';
  $_SERVER['REQUEST_URI'] = '/';
  $_SERVER['REQUEST_METHOD'] = 'GET';
}
if (!defined('ABSPATH')) {
  define('ABSPATH', __DIR__ . '/');
}
require_once ABSPATH . 'wp-settings.php';
`;
}

/** Files are served as they are; every other path goes to WordPress's index.php. */
const ROUTER = `<?php
$path = parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH);
$file = $_SERVER['DOCUMENT_ROOT'] . $path;
if ($path !== '/' && is_file($file)) {
  return false;
}
if (is_dir($file) && is_file(rtrim($file, '/') . '/index.php')) {
  return false;
}
$_SERVER['SCRIPT_NAME'] = '/index.php';
$_SERVER['SCRIPT_FILENAME'] = $_SERVER['DOCUMENT_ROOT'] . '/index.php';
require $_SERVER['DOCUMENT_ROOT'] . '/index.php';
`;

/**
 * The log's entries since byte `mark`, each without its "[date time UTC] " prefix; lines that
 * continue an entry (stack traces) stay with it.
 * @param {string} file
 * @param {number} mark
 */
function logEntries(file, mark) {
  const text = readFileSync(file).subarray(mark).toString('utf8');
  /** @type {string[]} */
  const entries = [];
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    const match = /^\[[^\]]+\] (.*)$/.exec(line);
    if (match) entries.push(match[1]);
    else if (entries.length) entries[entries.length - 1] += `\n${line}`;
    else entries.push(line);
  }
  return entries;
}

/** @param {string} locale */
export function wordpressLocale(locale) {
  if (!locale || /^en(_US|-US)?$/i.test(locale)) return '';
  const map = {
    es: 'es_ES',
    de: 'de_DE',
    fr: 'fr_FR',
    'pt-BR': 'pt_BR',
    pt: 'pt_BR',
    'zh-Hans': 'zh_CN',
    zh: 'zh_CN',
  };
  return map[/** @type {keyof typeof map} */ (locale)] ?? locale.replace('-', '_');
}

/** @param {string | false} plugin */
function checkRequirements(plugin) {
  /** @type {string[]} */
  const missing = [];
  const packages = new Set();
  const need = (ok, what, pkg) => {
    if (!ok) {
      missing.push(what);
      packages.add(pkg);
    }
  };
  need(
    existsSync(join(WORDPRESS_SOURCE, 'wp-settings.php')),
    `${WORDPRESS_SOURCE} (WordPress)`,
    'wordpress',
  );
  need(
    existsSync(join(WORDPRESS_SOURCE, 'wp-content/themes', THEME)),
    `the ${THEME} theme`,
    `wordpress-theme-${THEME}`,
  );
  need(
    existsSync(join(WORDPRESS_SOURCE, 'wp-content/languages/es_ES.mo')),
    'the es_ES translation',
    'wordpress-l10n',
  );
  need(onPath('php'), 'php', 'php-cli');
  need(
    onPath('mariadbd') && onPath('mariadb-install-db') && onPath('mariadb'),
    'MariaDB',
    'mariadb-server',
  );
  need(onPath('unzip'), 'unzip', 'unzip');
  if (onPath('php')) {
    const modules = spawnSync('php', ['-m'], { encoding: 'utf8' }).stdout ?? '';
    need(/^mysqli$/m.test(modules), 'the PHP mysqli extension', 'php-mysql');
    need(/^xml$/m.test(modules), 'the PHP xml extension', 'php-xml');
  }
  if (missing.length) {
    throw new Error(
      `WordPress test environment: missing ${missing.join(', ')}.\n` +
        `Install with: apt-get install -y ${[...packages].join(' ')}`,
    );
  }
  if (plugin && !existsSync(plugin)) {
    throw new Error(
      `${plugin} does not exist: run \`npm run build\` first (it writes dist/wordpress/).`,
    );
  }
}

/** @param {string} command */
function onPath(command) {
  return bin(command) !== command;
}

/**
 * The full path of a program in PATH or in /usr/sbin and /sbin (where mariadbd lives, and
 * which a non-root PATH often lacks); the bare name when it is nowhere.
 * @param {string} command
 */
function bin(command) {
  const folders = (process.env.PATH ?? '').split(':').concat(['/usr/sbin', '/sbin']);
  const folder = folders.find((candidate) => candidate && existsSync(join(candidate, command)));
  return folder ? join(folder, command) : command;
}

/** A temporary folder short enough for a Unix socket path (108 bytes). */
function shortTmp() {
  const base = tmpdir();
  return base.length > 60 ? '/tmp' : base;
}

/** @returns {Promise<number>} */
function freePort() {
  return new Promise((done, fail) => {
    const server = createServer();
    server.unref();
    server.on('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => done(port));
    });
  });
}

/**
 * Runs a command; resolves with its stdout, rejects with its stderr.
 * @param {string} command
 * @param {string[]} args
 * @param {{ cwd?: string }} [options]
 * @returns {Promise<string>}
 */
function run(command, args, options = {}) {
  return new Promise((done, fail) => {
    execFile(
      command,
      args,
      {
        cwd: options.cwd,
        maxBuffer: 64 * 1024 * 1024,
        env: { ...process.env, PATH: `${process.env.PATH}:/usr/sbin:/sbin` },
      },
      (error, stdout, stderr) => {
        if (error) {
          fail(
            new Error(
              `${command} ${args.slice(0, 3).join(' ')}… failed (${error.code}):\n${stderr}\n${stdout}`,
            ),
          );
        } else done(stdout);
      },
    );
  });
}

/**
 * The site's address: a Node server that passes each request to `php -S` on a connection of its
 * own. Browsers open connections ahead of time (preconnect) and keep them alive; `php -S` gives
 * each of its few workers to one connection until it closes, so without this, idle browser
 * connections stall the site for seconds at a time.
 * @param {number} port
 * @param {number} target
 * @returns {Promise<import('node:http').Server>}
 */
function startProxy(port, target) {
  const server = createHttpServer((request, response) => {
    const upstream = httpRequest(
      {
        host: '127.0.0.1',
        port: target,
        method: request.method,
        path: request.url,
        headers: { ...request.headers, connection: 'close' },
        agent: false,
      },
      (answer) => {
        const headers = { ...answer.headers };
        delete headers.connection;
        delete headers['transfer-encoding'];
        response.writeHead(answer.statusCode ?? 502, answer.statusMessage, headers);
        answer.pipe(response);
      },
    );
    upstream.on('error', (error) => {
      if (!response.headersSent) response.writeHead(502, { 'content-type': 'text/plain' });
      response.end(`php -S: ${error.message}`);
    });
    response.on('close', () => {
      if (!response.writableFinished) upstream.destroy();
    });
    request.pipe(upstream);
  });
  server.keepAliveTimeout = 10000;
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => done(server));
  });
}

/**
 * @param {string} address
 * @param {import('node:child_process').ChildProcess} server
 */
async function waitForHttp(address, server) {
  const deadline = Date.now() + 20000;
  for (;;) {
    if (server.exitCode !== null) throw new Error(`php -S exited (${server.exitCode})`);
    try {
      const response = await fetch(address, { redirect: 'manual' });
      if (response.status < 500) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`${address} did not answer`);
    await sleep(100);
  }
}

/**
 * Signals a detached child's whole process group (php -S forks its workers).
 * @param {import('node:child_process').ChildProcess} child
 * @param {NodeJS.Signals} signal
 */
function killGroup(child, signal) {
  if (!child.pid || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    try {
      child.kill(signal);
    } catch {
      // already gone
    }
  }
}

/**
 * @param {import('node:child_process').ChildProcess} child
 * @param {number} timeout
 */
function exited(child, timeout) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return Promise.race([new Promise((done) => child.once('exit', done)), sleep(timeout)]);
}

/** @param {string} file */
function tail(file) {
  try {
    return readFileSync(file, 'utf8').split('\n').slice(-15).join('\n');
  } catch {
    return '(no log)';
  }
}

/** @param {string} value */
function phpString(value) {
  return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/** @param {number} since */
function seconds(since) {
  return `${((Date.now() - since) / 1000).toFixed(1)} s`;
}

const HELP = `Usage: node scripts/wordpress-env.mjs [options]

Starts a throw-away WordPress ${"(Debian's /usr/share/wordpress, Twenty Twenty-Three, its own MariaDB)"}
with the Botox widgets plugin installed from dist/wordpress/botox-widgets.zip and activated.

  --serve              start it, print the address and the logins, run until Ctrl+C
  --run <command…>     start it, run the command with ${STATE_VARIABLE} set (test files then
                       share this WordPress), stop it, exit with the command's status
  --locale <code>      site language (es_ES or es, de_DE, fr_FR, pt_BR, zh_CN, ar); default English
  --plugin <zip|dir>   install this plugin instead of the built zip
  --no-plugin          install no plugin
  --port <n>           web server port (default: a free one)
  --help               this text

Needs: apt-get install -y wordpress wordpress-theme-twentytwentythree wordpress-l10n php-cli
       php-mysql php-xml mariadb-server unzip`;

async function main() {
  const args = process.argv.slice(2);
  if (!args.length || args.includes('--help') || args.includes('-h')) {
    console.log(HELP);
    return;
  }
  const runAt = args.indexOf('--run');
  const own = runAt === -1 ? args : args.slice(0, runAt);
  const command = runAt === -1 ? [] : args.slice(runAt + 1);
  const value = (name) => {
    const at = own.indexOf(name);
    return at === -1 ? undefined : own[at + 1];
  };
  const plugin = own.includes('--no-plugin') ? false : value('--plugin');
  const port = value('--port');
  if (!own.includes('--serve') && runAt === -1) {
    console.error(`Unknown arguments: ${args.join(' ')}\n\n${HELP}`);
    process.exitCode = 2;
    return;
  }
  if (runAt !== -1 && !command.length) {
    console.error('--run needs a command');
    process.exitCode = 2;
    return;
  }
  const started = Date.now();
  const wordpress = await startWordPress({
    locale: value('--locale'),
    plugin: plugin === undefined ? undefined : plugin && resolve(plugin),
    port: port ? Number(port) : undefined,
    log: (line) => console.error(`[wordpress] ${line}`),
    signals: false,
  });
  let stopping = false;
  const stop = async (code) => {
    if (stopping) return;
    stopping = true;
    await wordpress.stop();
    process.exit(code);
  };
  process.on('SIGINT', () => stop(130));
  process.on('SIGTERM', () => stop(143));
  console.error(`[wordpress] started in ${seconds(started)}`);

  if (runAt !== -1) {
    const state = join(dirname(wordpress.logFile), 'state.json');
    // @ts-expect-error state is there for this
    writeFileSync(state, JSON.stringify(wordpress.state));
    const child = spawn(command[0], command.slice(1), {
      stdio: 'inherit',
      env: { ...process.env, [STATE_VARIABLE]: state },
    });
    const code = await new Promise((done) => {
      child.on('error', (error) => {
        console.error(`[wordpress] could not run ${command[0]}: ${error.message}`);
        done(127);
      });
      child.on('exit', (status, signal) => done(status ?? (signal ? 1 : 0)));
    });
    const entries = wordpress.errors();
    const fatal = entries.filter((entry) => /PHP (Fatal|Parse)/.test(entry));
    const plugin = [...new Set(entries.filter((entry) => /botox[-_]widget/i.test(entry)))];
    if (fatal.length) console.error(`[wordpress] fatal errors in the log:\n${fatal.join('\n')}`);
    if (plugin.length)
      console.error(`[wordpress] log entries naming the plugin:\n${plugin.join('\n')}`);
    console.error(`[wordpress] ${entries.length} log entries in all`);
    await stop(code);
    return;
  }

  console.log(`WordPress: ${wordpress.url}/`);
  console.log(`Admin:     ${wordpress.url}/wp-admin/`);
  for (const user of Object.values(USERS)) {
    console.log(`  ${user.role.padEnd(13)} ${user.login} / ${user.password}`);
  }
  console.log(`Error log: ${wordpress.logFile}`);
  console.log('Ctrl+C stops it and removes everything.');
  await new Promise(() => {});
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
