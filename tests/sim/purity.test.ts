import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
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

const ROOT = process.cwd();
const files = ['sim', 'models', 'scenarios'].flatMap(sources);

/** Packages the engine may load: pure JavaScript that runs in Node and in a browser alike. */
const PORTABLE_PACKAGES = ['seedrandom/lib/alea.js', 'yaml'];

/** The modules a source loads, in every form: import ... from, export ... from, a bare import, import(), require(). */
function specifiersOf(text: string): string[] {
  return [...text.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*)['"`]([^'"`]+)['"`]/g)].map((m) => m[1]);
}

describe('engine purity', () => {
  it('finds the engine sources', () => {
    expect(files.length).toBeGreaterThan(30);
  });

  it.each(files)('%s imports nothing from Node or the DOM and draws no unseeded randomness', (file) => {
    const text = readFileSync(file, 'utf8');
    // Every module it loads, however (import ... from, a bare import, import(), require()), is the engine's own or a package that runs anywhere.
    const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
    const specifiers = specifiersOf(code);
    // A relative import stays in the engine (never bin/, viz/ or sim/host/, which use Node or the DOM).
    const outside = (s: string) => {
      const target = relative(ROOT, resolve(dirname(file), s));
      return !/^(sim|models|scenarios)\//.test(target) || target.startsWith('sim/host/');
    };
    expect(specifiers.filter((s) => (s.startsWith('./') || s.startsWith('../') ? outside(s) : !PORTABLE_PACKAGES.includes(s)))).toEqual([]);
    expect(code).not.toMatch(/\b(window|document|process|globalThis|self|navigator)\./);
    expect(code).not.toMatch(/\brequire\s*\(/);
    expect(text).not.toMatch(/Math\.random|Date\.now|performance\.now/);
  });

  it('reads module specifiers of every form, so a host import cannot slip past', () => {
    expect(specifiersOf(`import { a } from 'node:fs';\nimport 'node:os';\nconst m = await import(\`fs\`);\nconst c = require('child_process');\nexport { b } from './b';`)).toEqual(['node:fs', 'node:os', 'fs', 'child_process', './b']);
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
