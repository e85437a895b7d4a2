// Bundles the CLI and the benchmark for Node. Dependencies stay external: they are installed
// beside the package, and yargs reads its locale files from disk.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
await build({
  entryPoints: { cfsim: 'bin/cfsim.ts', bench: 'bench/bench.ts' },
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: true,
  define: { CFSIM_VERSION: JSON.stringify(version) },
  logLevel: 'warning',
});
