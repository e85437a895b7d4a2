/**
 * The inverse of a symmetric positive definite m × m matrix (row-major, length m²) by its Cholesky
 * factor L (A = L·Lᵀ, then A⁻¹ = L⁻ᵀ·L⁻¹), with plain +, −, ×, ÷ and √ (which IEEE 754 rounds alike
 * everywhere). Throws where a pivot is not positive: the matrix is not positive definite.
 */
export function symmetricInverse(a: ArrayLike<number>, m: number): Float64Array {
  const l = new Float64Array(m * m);
  for (let j = 0; j < m; j++) {
    let d = a[j * m + j];
    for (let k = 0; k < j; k++) d -= l[j * m + k] * l[j * m + k];
    if (!(d > 0)) throw new Error(`symmetricInverse: the matrix is not positive definite (pivot ${j} is ${d}, must be above 0)`);
    const root = Math.sqrt(d);
    l[j * m + j] = root;
    for (let i = j + 1; i < m; i++) {
      let s = a[i * m + j];
      for (let k = 0; k < j; k++) s -= l[i * m + k] * l[j * m + k];
      l[i * m + j] = s / root;
    }
  }
  // L⁻¹, lower triangular, by forward substitution column by column.
  const inv = new Float64Array(m * m);
  for (let c = 0; c < m; c++) {
    for (let i = c; i < m; i++) {
      let s = i === c ? 1 : 0;
      for (let k = c; k < i; k++) s -= l[i * m + k] * inv[k * m + c];
      inv[i * m + c] = s / l[i * m + i];
    }
  }
  // A⁻¹ = (L⁻¹)ᵀ·L⁻¹.
  const out = new Float64Array(m * m);
  for (let i = 0; i < m; i++) {
    for (let j = 0; j <= i; j++) {
      let s = 0;
      for (let k = i; k < m; k++) s += inv[k * m + i] * inv[k * m + j];
      out[i * m + j] = s;
      out[j * m + i] = s;
    }
  }
  return out;
}
