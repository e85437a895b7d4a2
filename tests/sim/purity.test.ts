import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The engine, the model and the scenario code run unchanged in Node and in a browser Web
// Worker: no host imports, no global randomness, no wall clock. (tsconfig.engine.json also
// compiles them without Node or DOM types.)

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'host' ? [] : sources(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

const files = ['sim', 'models', 'scenarios'].flatMap(sources);

describe('engine purity', () => {
  it('finds the engine sources', () => {
    expect(files.length).toBeGreaterThan(30);
  });

  it.each(files)('%s imports nothing from Node or the DOM and draws no unseeded randomness', (file) => {
    const text = readFileSync(file, 'utf8');
    expect(text).not.toMatch(/from ['"](node:[\w/]+|fs|path|os|worker_threads|child_process|crypto)['"]/);
    expect(text).not.toMatch(/\b(window|document|process)\./);
    expect(text).not.toMatch(/Math\.random|Date\.now|performance\.now/);
  });

  // Byte-identical results in Node and the browser need arithmetic every engine rounds alike:
  // the transcendental Math functions and ** are "implementation-approximated" (and Node 20 and
  // Chromium 156 do differ), so the engine uses sim/math/portableMath.ts instead.
  it.each(files.filter((f) => !f.endsWith('portableMath.ts')))('%s uses only engine-independent arithmetic', (file) => {
    const code = readFileSync(file, 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\/\/.*$/gm, '')
      .replace(/(['"`])(?:\\.|(?!\1)[^\\])*\1/g, '""');
    expect(code).not.toMatch(/Math\.(exp|expm1|log|log1p|log2|log10|pow|sin|cos|tan|asin|acos|atan|atan2|sinh|cosh|tanh|asinh|acosh|atanh|cbrt|hypot)\b/);
    // Exact powers of two (2 ** k) are the one use of ** allowed.
    const bases = [...code.matchAll(/(\S+)\s*\*\*/g)].map((m) => m[1]);
    expect(bases.filter((b) => !/(^|[^\w.])2$/.test(b))).toEqual([]);
  });
});
