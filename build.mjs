// Bundles the CLI, its worker-thread entry and the benchmark for Node. yargs stays external (it
// reads its locale files from disk); the rest is bundled, which also sidesteps comlink's lack of
// an ESM exports map.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
await build({
  entryPoints: { cfsim: 'bin/cfsim.ts', worker: 'bin/worker.ts', bench: 'bench/bench.ts' },
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external: ['yargs', 'yargs/*', 'vega', 'vega-lite', 'vega-embed', '@resvg/resvg-js'],
  sourcemap: true,
  // A shebang for the bin, and require() for CommonJS dependencies bundled into ESM (they load Node built-ins).
  banner: { js: "#!/usr/bin/env node\nimport { createRequire as __cfsimRequire } from 'node:module';\nconst require = __cfsimRequire(import.meta.url);" },
  define: { CFSIM_VERSION: JSON.stringify(version) },
  logLevel: 'warning',
});
