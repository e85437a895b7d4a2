// Bundles the CLI, its worker-thread entry, the benchmark, the EVPPI estimators' study, the ODD's figures for Node (`node build.mjs`), and the
// classroom app for browsers into dist/web (`node build.mjs --web` builds only the app).
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const define = { CFSIM_VERSION: JSON.stringify(version), CFSIM_COMMIT: JSON.stringify(builtCommit()) };
const webOnly = process.argv.includes('--web');

if (!webOnly) {
  await build({
    entryPoints: { cfsim: 'bin/cfsim.ts', worker: 'bin/worker.ts', bench: 'bench/bench.ts', evppiEstimators: 'bench/evppiEstimators.ts', oddFigures: 'bench/oddFigures.ts' },
    outdir: 'dist',
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // yargs reads its locale files from disk; vega and resvg are loaded as installed packages.
    // The rest is bundled, which also sidesteps comlink's lack of an ESM exports map.
    external: ['yargs', 'yargs/*', 'vega', 'vega-lite', 'vega-embed', '@resvg/resvg-js'],
    sourcemap: true,
    // A shebang for the bin, and require() for CommonJS dependencies bundled into ESM (they load Node built-ins).
    banner: { js: "#!/usr/bin/env node\nimport { createRequire as __cfsimRequire } from 'node:module';\nconst require = __cfsimRequire(import.meta.url);" },
    define,
    logLevel: 'warning',
  });
}

// The classroom app: a static site (no server logic). Classic scripts, so it works from any
// static host; the engine runs in worker.js.
mkdirSync('dist/web', { recursive: true });
await build({
  entryPoints: { app: 'viz/app/main.ts', worker: 'viz/app/worker.ts' },
  outdir: 'dist/web',
  bundle: true,
  platform: 'browser',
  format: 'iife',
  target: ['chrome110', 'firefox110', 'safari16'],
  minify: true,
  sourcemap: true,
  define,
  logLevel: 'warning',
});
for (const file of ['index.html', 'style.css']) copyFileSync(`viz/app/${file}`, `dist/web/${file}`);

/**
 * The git commit the build is made from, with "-dirty" when tracked files had uncommitted changes
 * (new untracked files do not count), for results folders to record (many commits share a version);
 * "" where git cannot say: no git, a source tarball, a checkout git refuses to read (another user's,
 * "dubious ownership"), or a copy inside another repository, whose commit is not this one's.
 */
function builtCommit() {
  const here = fileURLToPath(new URL('.', import.meta.url)).replace(/\/$/, '');
  const git = (...args) => execFileSync('git', args, { cwd: here, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  try {
    if (realpathSync(git('rev-parse', '--show-toplevel')) !== realpathSync(here)) return '';
    const head = git('rev-parse', 'HEAD');
    return git('status', '--porcelain', '--untracked-files=no') === '' ? head : `${head}-dirty`;
  } catch {
    return '';
  }
}
