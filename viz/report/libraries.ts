import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export interface VegaLibraries {
  readonly vega: string;
  readonly vegaLite: string;
  readonly vegaEmbed: string;
}

/**
 * The minified browser builds of vega, vega-lite and vega-embed, read from the installed
 * packages (their build folders are not exported, so resolve each package entry and read the
 * file beside it).
 */
export function vegaLibraries(): VegaLibraries {
  const require = createRequire(import.meta.url);
  const read = (pkg: string, file: string) => readFileSync(join(dirname(require.resolve(pkg)), file), 'utf8');
  return { vega: read('vega', 'vega.min.js'), vegaLite: read('vega-lite', 'vega-lite.min.js'), vegaEmbed: read('vega-embed', 'vega-embed.min.js') };
}
