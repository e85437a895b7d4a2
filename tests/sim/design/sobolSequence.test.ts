import { describe, expect, it } from 'vitest';
import { designPoint } from '../../../sim/design/design';
import { MAX_SOBOL_DIMENSION, sobolSequence } from '../../../sim/design/sobolSequence';

// Reference points of the unscrambled Joe–Kuo (new-joe-kuo-6.21201) sequence in Gray-code
// order, as produced by SciPy's qmc.Sobol(d, scramble=False) (the zero point is point 0).
const FIRST_POINTS_3D = [
  [0.5, 0.5, 0.5],
  [0.75, 0.25, 0.25],
  [0.25, 0.75, 0.75],
  [0.375, 0.375, 0.625],
  [0.875, 0.875, 0.125],
  [0.625, 0.125, 0.875],
  [0.125, 0.625, 0.375],
  [0.1875, 0.3125, 0.9375],
];
/** Point 777 in 100 dimensions, times 2^10. */
const POINT_777 = [
  709, 959, 167, 281, 651, 365, 195, 781, 357, 331, 763, 713, 393, 485, 583, 527, 413, 885, 379, 771, 243, 279, 969, 493, 353,
  149, 61, 799, 65, 113, 555, 921, 115, 3, 825, 969, 473, 359, 351, 367, 739, 273, 971, 411, 329, 155, 385, 33, 795, 975, 85,
  37, 631, 725, 709, 933, 365, 661, 821, 565, 525, 501, 141, 437, 961, 929, 529, 817, 433, 369, 849, 729, 137, 521, 473, 425,
  963, 575, 175, 447, 763, 551, 835, 371, 163, 699, 199, 679, 851, 695, 199, 79, 427, 427, 467, 163, 667, 683, 87, 523,
];
/** Point 65537 in 100 dimensions, times 2^17: exercises direction numbers past the initial ones. */
const POINT_65537 = [
  65539, 131071, 127403, 50965, 115833, 34679, 99391, 16603, 77615, 83871, 74757, 129257, 62819, 89109, 81147, 24109, 11173,
  8063, 92101, 86017, 45313, 1793, 26307, 44231, 82551, 79799, 21299, 130965, 44509, 80077, 40255, 29197, 58139, 81499,
  78057, 81849, 81369, 117963, 57779, 323, 86683, 57171, 35207, 1251, 25203, 104699, 106255, 70647, 94355, 110107, 111847,
  58147, 35139, 4755, 81203, 60251, 48361, 19175, 9277, 55901, 76599, 71449, 10639, 97809, 80815, 20169, 96989, 27805, 1527,
  100169, 79389, 89957, 79621, 43145, 11983, 115605, 37551, 117279, 39563, 31145, 81757, 53757, 80333, 48499, 66751, 62549,
  31809, 8243, 106657, 110333, 123641, 123495, 24247, 112999, 4517, 45481, 76671, 4973, 34161, 63361,
];

describe('sobolSequence', () => {
  it.each([1, 2, 3])('starts with the published points in %i dimension(s), zero point skipped', (k) => {
    const design = sobolSequence(8, k);
    expect(design.count).toBe(8);
    expect(design.dimension).toBe(k);
    for (let i = 0; i < 8; i++) expect(Array.from(designPoint(design, i))).toEqual(FIRST_POINTS_3D[i].slice(0, k));
  });

  it('matches reference points in 100 dimensions (skip selects the starting point)', () => {
    const at777 = sobolSequence(1, 100, { skip: 777 });
    expect(Array.from(at777.points, (x) => x * 2 ** 10)).toEqual(POINT_777);
    // Row i is point skip + i, whether reached by stepping or by starting there.
    expect(sobolSequence(1000, 100).points.subarray(776 * 100, 777 * 100)).toEqual(at777.points);
    expect(Array.from(sobolSequence(1, 100, { skip: 65537 }).points, (x) => x * 2 ** 17)).toEqual(POINT_65537);
  });

  it('includes the zero point with skip 0', () => {
    expect(Array.from(sobolSequence(2, 2, { skip: 0 }).points)).toEqual([0, 0, 0.5, 0.5]);
  });

  it('puts exactly one of 2^m points in every dyadic interval of length 2^-m, in every dimension', () => {
    const m = 10;
    const n = 2 ** m;
    const k = 40;
    const design = sobolSequence(n, k, { skip: 0 });
    for (let d = 0; d < k; d++) {
      const hits = new Uint32Array(n);
      for (let i = 0; i < n; i++) hits[Math.floor(design.points[i * k + d] * n)]++;
      expect(hits.every((h) => h === 1)).toBe(true);
    }
  });

  it('covers 2-d projections evenly: every 1/16 × 1/16 cell of the first dimensions holds 4 of 1024 points', () => {
    const design = sobolSequence(1024, 2, { skip: 0 });
    const cells = new Uint32Array(256);
    for (let i = 0; i < 1024; i++) cells[Math.floor(design.points[2 * i] * 16) * 16 + Math.floor(design.points[2 * i + 1] * 16)]++;
    expect(cells.every((c) => c === 4)).toBe(true);
  });

  it('is deterministic and stays in [0, 1)', () => {
    const a = sobolSequence(500, 7);
    expect(sobolSequence(500, 7).points).toEqual(a.points);
    expect(a.points.every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it(`supports up to ${MAX_SOBOL_DIMENSION} dimensions and says so beyond`, () => {
    expect(sobolSequence(4, MAX_SOBOL_DIMENSION).dimension).toBe(MAX_SOBOL_DIMENSION);
    expect(() => sobolSequence(4, MAX_SOBOL_DIMENSION + 1)).toThrow(/above the 100 dimensions/);
    expect(() => sobolSequence(4, 0)).toThrow(RangeError);
  });
});
