// e^x and ln x computed with nothing but IEEE 754 arithmetic, so every JavaScript engine gives
// the same bits. `Math.exp` and `Math.log` are "implementation-approximated" in the language
// specification, and engines do differ: Node 20's V8 and Chromium 156's disagree in the last bit
// for about one argument in ten. The model's results must be byte-identical in Node (any
// supported version) and in the browser, so the engine calls these instead.
//
// The algorithms are fdlibm's (Sun Microsystems, 1993; the library behind most engines' own
// Math.exp and Math.log), written here from their published description: argument reduction by
// multiples of ln 2 and a minimax polynomial on the remainder. Both are accurate to under one
// unit in the last place. Each step is a single +, −, × or ÷, which IEEE 754 rounds the same way
// everywhere, and JavaScript forbids fusing a multiply with an add.

const LN2_HI = 6.93147180369123816490e-1; // ln 2 to 32 bits, so k·LN2_HI is exact for |k| < 2^20
const LN2_LO = 1.90821492927058770002e-10; // ln 2 − LN2_HI
const INV_LN2 = 1.44269504088896338700;
// fdlibm compares only the high 32 bits of |x| with those of ln2/2 and 3ln2/2, so its thresholds
// are these doubles (high words 0x3fd62e43 and 0x3ff0a2b2, low words 0), not ln2/2 and 3ln2/2.
const REDUCE_FROM = 0.3465735912322998; // |x| ≥ this: reduce by k·ln2
const ONE_STEP_BELOW = 1.0397205352783203; // |x| < this: k = ±1
const EXP_OVERFLOW = 7.09782712893383973096e2; // above this, e^x exceeds the largest double
const EXP_UNDERFLOW = -7.45133219101941108420e2; // below this, e^x rounds to 0
const TWO_M28 = 2 ** -28;

// exp's remez polynomial for r·(e^r + 1)/(e^r − 1) on [−ln2/2, ln2/2].
const P1 = 1.66666666666666019037e-1;
const P2 = -2.77777777770155933842e-3;
const P3 = 6.61375632143793436117e-5;
const P4 = -1.65339022054652515390e-6;
const P5 = 4.13813679705723846039e-8;

// log's polynomial for (ln(1+f) − 2s)/s with s = f/(2+f).
const LG1 = 6.666666666666735130e-1;
const LG2 = 3.999999999940941908e-1;
const LG3 = 2.857142874366239149e-1;
const LG4 = 2.222219843214978396e-1;
const LG5 = 1.818357216161805012e-1;
const LG6 = 1.531383769920937332e-1;
const LG7 = 1.479819860511658591e-1;
const TWO_54 = 2 ** 54;

/** 2^k for k from −1074 to 1023, exact (built by halving and doubling, both exact). */
const POWERS_OF_TWO = (() => {
  const table = new Float64Array(1023 + 1074 + 1);
  table[1074] = 1;
  for (let k = 1; k <= 1023; k++) table[1074 + k] = table[1074 + k - 1] * 2;
  for (let k = -1; k >= -1074; k--) table[1074 + k] = table[1074 + k + 1] / 2;
  return table;
})();

/** y · 2^k, exactly as fdlibm scales its result (including its rounding into subnormals). */
function scaleByPowerOfTwo(y: number, k: number): number {
  if (k > 1023) return y * 2 * POWERS_OF_TWO[1074 + k - 1];
  if (k >= -1021) return y * POWERS_OF_TWO[1074 + k];
  return y * POWERS_OF_TWO[1074 + k + 1000] * POWERS_OF_TWO[1074 - 1000];
}

/** e^x, the same bits in every engine; within one unit in the last place of the true value. */
export function exp(x: number): number {
  // The arguments the model meets pass one range check; the rest (NaN included) go the rare way.
  if (!(x >= EXP_UNDERFLOW && x <= EXP_OVERFLOW) || x === 1) return expEdge(x);
  let hi = 0;
  let lo = 0;
  let k = 0;
  if (x >= REDUCE_FROM || x <= -REDUCE_FROM) {
    // x = k·ln2 + r with |r| ≤ ln2/2; r is carried as hi − lo for extra precision.
    if (x < ONE_STEP_BELOW && x > -ONE_STEP_BELOW) k = x < 0 ? -1 : 1;
    else k = Math.trunc(INV_LN2 * x + (x < 0 ? -0.5 : 0.5));
    hi = x - k * LN2_HI;
    lo = k * LN2_LO;
    x = hi - lo;
  } else if (x < TWO_M28 && x > -TWO_M28) {
    return 1 + x;
  }
  const t = x * x;
  const c = x - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
  if (k === 0) return 1 - ((x * c) / (c - 2) - x);
  const y = 1 - (lo - (x * c) / (2 - c) - hi);
  return scaleByPowerOfTwo(y, k);
}

/** exp outside the reduced path: NaN, overflow, underflow, and e^1 (where fdlibm's polynomial is one unit high and V8 returns Math.E). */
function expEdge(x: number): number {
  if (x !== x) return NaN;
  if (x > EXP_OVERFLOW) return Infinity;
  if (x < EXP_UNDERFLOW) return 0;
  return Math.E;
}

// The high and low 32-bit words of a double, read and written big-endian so that the result
// does not depend on the platform's byte order.
const bits = new DataView(new ArrayBuffer(8));

/** ln x, the same bits in every engine; within one unit in the last place of the true value. */
export function log(x: number): number {
  if (x !== x || x < 0) return NaN;
  if (x === 0) return -Infinity;
  if (x === Infinity) return Infinity;
  let k = 0;
  if (x < 2.2250738585072014e-308) {
    // Subnormal: scale into the normal range first.
    x *= TWO_54;
    k -= 54;
  }
  bits.setFloat64(0, x);
  let hx = bits.getUint32(0);
  k += (hx >>> 20) - 1023;
  hx &= 0x000fffff;
  // Write x's exponent so that the mantissa m lies in [√2/2, √2): x = 2^k · m.
  const i = (hx + 0x95f64) & 0x100000;
  bits.setUint32(0, hx | (i ^ 0x3ff00000));
  k += i >>> 20;
  const f = bits.getFloat64(0) - 1;
  const dk = k;
  if ((0x000fffff & (2 + hx)) < 3) {
    // |f| < 2^-20: a short series suffices.
    if (f === 0) return k === 0 ? 0 : dk * LN2_HI + dk * LN2_LO;
    const r = f * f * (0.5 - 0.33333333333333333 * f);
    return k === 0 ? f - r : dk * LN2_HI - (r - dk * LN2_LO - f);
  }
  const s = f / (2 + f);
  const z = s * s;
  const w = z * z;
  const t1 = w * (LG2 + w * (LG4 + w * LG6));
  const t2 = z * (LG1 + w * (LG3 + w * (LG5 + w * LG7)));
  const r = t2 + t1;
  if (((hx - 0x6147a) | (0x6b851 - hx)) > 0) {
    const hfsq = 0.5 * f * f;
    return k === 0 ? f - (hfsq - s * (hfsq + r)) : dk * LN2_HI - (hfsq - (s * (hfsq + r) + dk * LN2_LO) - f);
  }
  return k === 0 ? f - s * (f - r) : dk * LN2_HI - (s * (f - r) - dk * LN2_LO - f);
}

/** x², as one multiplication: `x ** 2` is implementation-approximated like Math.pow. */
export function square(x: number): number {
  return x * x;
}
