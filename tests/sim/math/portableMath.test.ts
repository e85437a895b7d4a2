import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { exp, log, square } from '../../../sim/math/portableMath';
import { launchBrowser } from '../../viz/browser';

// Golden values: plain IEEE 754 arithmetic gives these bits in every engine, whatever its own
// Math.exp and Math.log do.
// The first eight sit on fdlibm's reduction thresholds (|x| near ln2/2, 3ln2/2 and 2^-28), where a
// port that compares with ln2/2 itself instead of fdlibm's high-word constants is one unit off.
const EXP_GOLDEN: [number, number][] = [[-0.3465735902800834, 0.7071067811864693], [0.34657359027997264, 1.414213562373095], [0.3465735912322998, 1.4142135637198892], [-1.0397205352783203, 0.3535534738768851], [1.0397207708399179, 2.82842712474619], [3.725290298461914e-9, 1.0000000037252903], [-0.6931471805599453, 0.5], [709.782712893384, 1.7976931348622732e308], [-700.5, 5.980196118639791e-305], [-20.25, 1.6052280551856116e-9], [-3.3, 0.036883167401240015], [-0.75, 0.4723665527410147], [-1e-10, 0.9999999999], [0.1, 1.1051709180756477], [0.5, 1.6487212707001282], [0.3465735902799726, 1.414213562373095], [1.5, 4.4816890703380645], [2.302585092994046, 10.000000000000002], [2.809808895241651, 16.60674428766563], [88.7, 3.325986980250579e38], [709.7, 1.6549840276802644e308]];
const LOG_GOLDEN: [number, number][] = [[1e-310, -713.8013788281542], [0.00001, -11.512925464970229], [0.001, -6.907755278982137], [0.25, -1.3862943611198906], [0.7071, -0.346583180371942], [0.914959598249089, -0.08887536960050127], [0.999999, -0.000001000000500029089], [1.000001, 9.999994999180668e-7], [1.5, 0.4054651081081644], [3, 1.0986122886681096], [10, 2.302585092994046], [1e100, 230.25850929940458], [1.7e308, 709.7268368932282]];

/** A reproducible spread of arguments: exp over its whole finite range, log over every exponent. */
function argumentsFor(count: number): { xs: Float64Array; ys: Float64Array } {
  let s = 2463534242;
  const next = () => {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return s / 4294967296;
  };
  const xs = new Float64Array(count);
  const ys = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    xs[i] = i % 2 === 0 ? (next() - 0.5) * 1490 : (next() - 0.5) * 4;
    ys[i] = i % 2 === 0 ? next() * 4 : 2 ** Math.floor((next() - 0.5) * 2090) * (1 + next());
  }
  return { xs, ys };
}

function ulpDistance(a: number, b: number): number {
  const f = new Float64Array([a, b]);
  const i = new BigInt64Array(f.buffer);
  const d = i[0] - i[1];
  return Number(d < 0n ? -d : d);
}

describe('portable exp and log', () => {
  it('give the pinned bits', () => {
    for (const [x, y] of EXP_GOLDEN) expect(exp(x), `exp(${x})`).toBe(y);
    for (const [x, y] of LOG_GOLDEN) expect(log(x), `log(${x})`).toBe(y);
  });

  it('are within one unit in the last place of the engine\'s Math.exp and Math.log', () => {
    const { xs, ys } = argumentsFor(200_000);
    let worst = 0;
    for (let i = 0; i < xs.length; i++) worst = Math.max(worst, ulpDistance(exp(xs[i]), Math.exp(xs[i])), ulpDistance(log(ys[i]), Math.log(ys[i])));
    expect(worst).toBeLessThanOrEqual(1);
  });

  it('handle the edges: zero, one, infinities, NaN, overflow, underflow and subnormals', () => {
    expect(exp(0)).toBe(1);
    expect(exp(-0)).toBe(1);
    expect(exp(1)).toBe(Math.E);
    expect(exp(Infinity)).toBe(Infinity);
    expect(exp(-Infinity)).toBe(0);
    expect(exp(NaN)).toBeNaN();
    expect(exp(709.79)).toBe(Infinity);
    expect(exp(-745.2)).toBe(0);
    expect(exp(-745.1332191019411)).toBe(5e-324);
    expect(exp(-740)).toBe(4.2e-322);
    expect(log(1)).toBe(0);
    expect(log(0)).toBe(-Infinity);
    expect(log(-1)).toBeNaN();
    expect(log(NaN)).toBeNaN();
    expect(log(Infinity)).toBe(Infinity);
    expect(log(5e-324)).toBe(-744.4400719213812);
    expect(log(Math.E)).toBe(1);
    expect(square(-3.5)).toBe(12.25);
  });
});

describe('portable exp and log in Chromium', () => {
  let browser: Browser;
  let bundle = '';
  beforeAll(async () => {
    browser = await launchBrowser();
    const out = await build({
      entryPoints: [fileURLToPath(new URL('../../../sim/math/portableMath.ts', import.meta.url))],
      bundle: true,
      write: false,
      format: 'iife',
      globalName: 'portableMath',
    });
    bundle = out.outputFiles[0].text;
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('give exactly the bits they give in Node', async () => {
    const { xs, ys } = argumentsFor(50_000);
    const page = await browser.newPage();
    await page.addScriptTag({ content: bundle });
    const inBrowser = await page.evaluate(
      ({ xs, ys }) => {
        const m = (globalThis as unknown as { portableMath: { exp: (x: number) => number; log: (x: number) => number } }).portableMath;
        return { exp: xs.map((x) => m.exp(x)), log: ys.map((y) => m.log(y)) };
      },
      { xs: Array.from(xs), ys: Array.from(ys) },
    );
    await page.close();
    const mismatches = (values: number[], args: Float64Array, f: (x: number) => number) => values.filter((v, i) => !Object.is(v, f(args[i]))).length;
    expect(mismatches(inBrowser.exp, xs, exp)).toBe(0);
    expect(mismatches(inBrowser.log, ys, log)).toBe(0);
  });
});
