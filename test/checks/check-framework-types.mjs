// Type-checks the framework types as an app meets them: packs the package (`npm pack`), installs
// the tarball's files into each consumer project in test/types/ (react, vue, svelte), and runs the
// framework's own checker there — tsc, vue-tsc with strictTemplates, svelte-check:
//
// - the file holding the README's snippet (which must be exactly the README's) passes with no
//   diagnostic; the React project also checks the shipped declarations (skipLibCheck off; Vue and
//   Svelte skip library checks to stay fast);
// - the fixture of wrong values fails with the expected error on each wrong line, and nothing
//   else.
//
// Run after `npm run build` (it packs dist/ as it is). Exits non-zero on any surprise.
// `--keep` leaves the installed copies in test/types/*/node_modules for a look with an editor.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, mkdirSync, rmdirSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const bin = (name) => join(repo, 'node_modules', '.bin', name);
const keep = process.argv.includes('--keep');

/** tsc and vue-tsc with `--pretty false`: `file(line,col): error TS2322: message`, then indented lines. */
function parseTsc(output) {
  const diagnostics = [];
  for (const line of output.split('\n')) {
    const match = /^(.+?)\((\d+),(\d+)\): (error|warning) TS(\d+): (.*)$/.exec(line);
    if (match) {
      const [, file, row, column, , code, message] = match;
      diagnostics.push({
        file,
        line: Number(row),
        column: Number(column),
        code: Number(code),
        message,
      });
    } else if (/^\s/.test(line) && diagnostics.length > 0) {
      diagnostics.at(-1).message += `\n${line}`;
    }
  }
  return diagnostics;
}

/** svelte-check `--output machine-verbose`: one JSON object a line, 0-based lines. */
function parseSvelteCheck(output) {
  const diagnostics = [];
  for (const line of output.split('\n')) {
    const match = /^\d+ (\{.*\})$/.exec(line);
    if (!match) continue;
    const entry = JSON.parse(match[1]);
    diagnostics.push({
      file: entry.filename,
      line: entry.start.line + 1,
      column: entry.start.character + 1,
      code: entry.code ?? entry.source,
      message: entry.message,
    });
  }
  return diagnostics;
}

/**
 * The wrong lines of every fixture: the text that finds the line, the TypeScript error code and
 * what its message must say. The same mistakes in each framework.
 */
const wrong = {
  mode: ['mode="sideways"', 2322, /'"sideways"' is not assignable/],
  headingLevel: [
    'heading-level="nine"',
    2322,
    /'"nine"' is not assignable to type 'HeadingLevelValue/,
  ],
  items: ["'botox'", 2322, /'"botox"' is not assignable to type '"relief" \| "side-effects"/],
  unknownName: ['layuot="grid"', [2322, 2353, 2561], /'"?layuot"?' does not exist/],
  misspeltName: ['clinic-nmae="x"', 2353, /'"?clinic-?[nN]mae"?' does not exist/],
  sessions: ['four', 2322, /'"four"' is not assignable to type 'NumberValue/],
  orientation: [
    'orientation="diagonal"',
    2322,
    /'"diagonal"' is not assignable to type '"\w+" \| "\w+"/,
  ],
  theme: ['theme="blue"', 2322, /'"blue"' is not assignable to type '"\w+" \| "\w+" \| "\w+"/],
  answers: ["headacheDays: 'many'", 2322, /'string' is not assignable to type 'number'/],
  detail: ['.score', 2339, /Property 'score' does not exist on type 'CandidacyResult'/],
  handler: [
    'CandidacyCompleteEvent) => event.detail} />',
    2322,
    /'TimelineCalendarEvent' is not assignable to type 'CandidacyCompleteEvent'/,
  ],
  handlerRef: [
    'ontimeline-calendar={onCalendar}',
    2322,
    /'TimelineCalendarEvent' is not assignable to type 'CandidacyCompleteEvent'/,
  ],
  vueHandlerRef: [
    '@timeline-calendar="onCalendar"',
    2322,
    /'TimelineCalendarEvent' is not assignable to type 'CandidacyCompleteEvent'/,
  ],
  otherElementsEvent: ['<benefits-list @candidacy-complete', [2353, 2559], /onCandidacyComplete/],
  svelteOtherElementsEvent: [
    '<benefits-list oncandidacy-complete',
    2353,
    /'"oncandidacy-complete"' does not exist/,
  ],
};

const projects = [
  {
    name: 'React 19',
    dir: 'test/types/react',
    readme: ['### React 19', 'tsx'],
    good: 'BotoxPage.tsx',
    bad: 'wrong.tsx',
    entry: 'botox-migraine-widgets/react',
    types: 'dist/types/frameworks/react.d.ts',
    check: (config) => [bin('tsc'), ['-p', config, '--pretty', 'false'], parseTsc],
    // TSX accepts any unknown attribute name with a hyphen, so `clinic-nmae` is not among them.
    expect: [
      'mode',
      'headingLevel',
      'items',
      'unknownName',
      'sessions',
      'orientation',
      'theme',
      'answers',
      'detail',
      'handler',
    ],
  },
  {
    name: 'Vue 3',
    dir: 'test/types/vue',
    readme: ['### Vue 3', 'vue'],
    good: 'BotoxPage.vue',
    bad: 'Wrong.vue',
    entry: 'botox-migraine-widgets/vue',
    types: 'dist/types/frameworks/vue.d.ts',
    check: (config) => [bin('vue-tsc'), ['-p', config, '--pretty', 'false'], parseTsc],
    expect: [
      'mode',
      'headingLevel',
      'items',
      'unknownName',
      'misspeltName',
      'sessions',
      'orientation',
      'theme',
      'answers',
      'detail',
      'vueHandlerRef',
      'otherElementsEvent',
    ],
  },
  {
    name: 'Svelte 5',
    dir: 'test/types/svelte',
    readme: ['### Svelte 5', 'svelte'],
    good: 'BotoxPage.svelte',
    bad: 'Wrong.svelte',
    entry: 'botox-migraine-widgets/svelte',
    types: 'dist/types/frameworks/svelte.d.ts',
    check: (config) => [
      bin('svelte-check'),
      ['--workspace', '.', '--tsconfig', config, '--output', 'machine-verbose'],
      parseSvelteCheck,
    ],
    expect: [
      'mode',
      'headingLevel',
      'items',
      'unknownName',
      'misspeltName',
      'sessions',
      'orientation',
      'theme',
      'answers',
      'detail',
      'handlerRef',
      'svelteOtherElementsEvent',
    ],
  },
];

const problems = [];
const fail = (message) => problems.push(message);
const start = performance.now();

function run(command, args, cwd) {
  return new Promise((resolve) => {
    const began = performance.now();
    execFile(command, args, { cwd, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      resolve({
        code: error ? (typeof error.code === 'number' ? error.code : 1) : 0,
        spawnError: error && typeof error.code !== 'number' ? error.message : undefined,
        stdout,
        output: `${stdout}${stderr}`,
        ms: performance.now() - began,
      });
    });
  });
}

/** The first `lang` code block of the README section under `heading`. */
function readmeSnippet(readme, [heading, lang]) {
  const from = readme.indexOf(`\n${heading}\n`);
  if (from < 0) return undefined;
  const next = readme.indexOf('\n### ', from + heading.length + 2);
  const section = readme.slice(from, next < 0 ? undefined : next);
  const match = new RegExp('```' + lang + '\\n([\\s\\S]*?)\\n```').exec(section);
  return match ? `${match[1]}\n` : undefined;
}

// 1. The snippets are the README's own.
const readme = readFileSync(join(repo, 'README.md'), 'utf8');
for (const project of projects) {
  const snippet = readmeSnippet(readme, project.readme);
  const file = readFileSync(join(repo, project.dir, project.good), 'utf8');
  if (snippet === undefined) {
    fail(`README.md: no \`\`\`${project.readme[1]} block under "${project.readme[0]}"`);
  } else if (snippet !== file) {
    fail(
      `${project.dir}/${project.good} is not exactly the README's ${project.name} snippet: copy it again`,
    );
  }
  // Without this line the snippet would still pass: Svelte allows any attribute on an unknown tag.
  if (!file.includes(`import type {} from '${project.entry}';`)) {
    fail(
      `${project.dir}/${project.good} must load the types: import type {} from '${project.entry}';`,
    );
  }
}

// 2. Pack the built package and install the tarball's files into each consumer project.
for (const project of projects) {
  if (!existsSync(join(repo, project.types))) {
    console.error(`${project.types} is missing: run \`npm run build\` first.`);
    process.exit(1);
  }
}
const temp = mkdtempSync(join(tmpdir(), 'bmw-types-'));
const installed = projects.map((project) =>
  join(repo, project.dir, 'node_modules', 'botox-migraine-widgets'),
);
function cleanUp() {
  rmSync(temp, { recursive: true, force: true });
  if (keep) return;
  for (const dir of installed) {
    rmSync(dir, { recursive: true, force: true });
    try {
      rmdirSync(join(dir, '..')); // node_modules, when nothing else is in it
    } catch {
      // not empty, or already gone
    }
  }
}

try {
  const pack = await run('npm', ['pack', '--json', '--pack-destination', temp], repo);
  if (pack.code !== 0) throw new Error(`npm pack failed:\n${pack.output}`);
  const [{ filename }] = JSON.parse(pack.stdout);
  const tarball = join(temp, filename);
  for (const [index, dir] of installed.entries()) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const untar = await run('tar', ['-xzf', tarball, '-C', dir, '--strip-components=1'], repo);
    if (untar.code !== 0) throw new Error(`tar failed:\n${untar.output}`);
    if (!existsSync(join(dir, projects[index].types))) {
      throw new Error(
        `the tarball has no ${projects[index].types}: is it in package.json "files"?`,
      );
    }
  }
  console.log(
    `Packed ${filename} in ${Math.round(pack.ms)} ms; installed into ${projects.map((p) => p.dir).join(', ')}.`,
  );

  // 3. Check the README's snippet and the wrong fixture of each project, a few at a time.
  const jobs = projects.flatMap((project) => [
    { project, kind: 'good', file: project.good, config: 'tsconfig.json' },
    { project, kind: 'bad', file: project.bad, config: 'tsconfig.wrong.json' },
  ]);
  const queue = [...jobs];
  const worker = async () => {
    for (let job = queue.shift(); job; job = queue.shift()) {
      const [command, args, parse] = job.project.check(job.config);
      job.result = await run(command, args, join(repo, job.project.dir));
      job.diagnostics = parse(job.result.output);
    }
  };
  await Promise.all(Array.from({ length: Math.max(2, availableParallelism()) }, worker));

  for (const job of jobs) {
    const { project, result, diagnostics } = job;
    const where = `${project.dir}/${job.file}`;
    const seconds = (result.ms / 1000).toFixed(1);
    const tool = project.check(job.config)[0].split('/').pop();
    const show = (d) =>
      `    ${d.file}:${d.line}:${d.column} TS${d.code} ${d.message.split('\n')[0]}`;
    if (result.spawnError) {
      fail(`${where}: ${tool} did not run: ${result.spawnError}`);
      continue;
    }
    const others = diagnostics.filter((d) => !d.file.endsWith(job.file));
    if (others.length > 0) {
      fail(`${where}: ${tool} reported other files:\n${others.map(show).join('\n')}`);
    }
    const own = diagnostics.filter((d) => d.file.endsWith(job.file));
    if (job.kind === 'good') {
      if (own.length > 0 || result.code !== 0) {
        fail(
          `${where} (the README's snippet) must pass ${tool}, but:\n${own.map(show).join('\n') || result.output}`,
        );
      } else {
        console.log(`✓ ${project.name}: the README's snippet passes ${tool} (${seconds} s)`);
      }
      continue;
    }
    // The wrong fixture: the expected error on each wrong line, nothing else, and a failing exit.
    const lines = readFileSync(join(repo, project.dir, job.file), 'utf8').split('\n');
    const expected = project.expect.map((key) => {
      const [text, codes, message] = wrong[key];
      const at = lines.flatMap((line, index) => (line.includes(text) ? [index + 1] : []));
      if (at.length !== 1)
        fail(`${where}: "${text}" should be on exactly one line (found ${at.length})`);
      return {
        key,
        text,
        line: at.length === 1 ? at[0] : undefined,
        codes: [codes].flat(),
        message,
      };
    });
    const missing = expected.filter(
      (e) =>
        e.line !== undefined &&
        !own.some(
          (d) => d.line === e.line && e.codes.includes(d.code) && e.message.test(d.message),
        ),
    );
    const unexpected = own.filter((d) => !expected.some((e) => e.line === d.line));
    if (result.code === 0) fail(`${where}: ${tool} exited 0 on the wrong fixture`);
    for (const e of missing) {
      fail(`${where}:${e.line}: no TS${e.codes.join('/')} matching ${e.message} for ${e.text}`);
    }
    if (unexpected.length > 0) {
      fail(`${where}: errors on lines that should be fine:\n${unexpected.map(show).join('\n')}`);
    }
    if (missing.length === 0 && unexpected.length === 0 && result.code !== 0) {
      console.log(
        `✓ ${project.name}: the wrong fixture fails ${tool} with the ${expected.length} expected errors (${seconds} s)`,
      );
      for (const e of expected) {
        const d = own.find((x) => x.line === e.line && e.message.test(x.message));
        console.log(`    line ${e.line}: TS${d.code} ${d.message.split('\n').at(-1).trim()}`);
      }
    }
    if (missing.length > 0 || unexpected.length > 0) {
      console.error(`--- ${tool} output for ${where} ---\n${result.output}`);
    }
  }
} catch (error) {
  fail(error.message);
} finally {
  cleanUp();
}

const total = ((performance.now() - start) / 1000).toFixed(1);
if (problems.length > 0) {
  console.error(`\n✗ Framework types: ${problems.length} problem(s) in ${total} s:`);
  for (const problem of problems) console.error(`  - ${problem}`);
  process.exit(1);
}
console.log(
  `\nFramework types: React, Vue and Svelte checked against the packed package in ${total} s.`,
);
