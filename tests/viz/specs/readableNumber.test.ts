import { describe, expect, it } from 'vitest';
import { correlationFigure, metricFigure, parameterFigure, parameterValueFigure, readableNumber } from '../../../viz/specs/readableNumber';

describe('readableNumber', () => {
  it('prints whole numbers as whole numbers', () => {
    expect([0, 3, 156, 2000, -4].map((x) => readableNumber(x, 4, 6))).toEqual(['0', '3', '156', '2000', '−4']);
  });

  it('gives other numbers their significant digits without rounding the whole part', () => {
    expect([10981.545, 26.0251, 0.107123, 0.000123456, 1.5].map((x) => readableNumber(x, 4, 6))).toEqual(['10982', '26.03', '0.1071', '0.000123', '1.500']);
    expect([-56.4321, 25.858, 0.7141, -248.222, 1.973].map((x) => readableNumber(x, 3, 3))).toEqual(['−56.4', '25.9', '0.714', '−248', '1.97']);
  });

  it('writes negatives with a true minus sign, drops the sign of a value that rounds to zero, and shows a missing value as –', () => {
    expect(readableNumber(-0.0001, 3, 3)).toBe('0.000');
    expect(readableNumber(-10.98, 3, 3)).toBe('−11.0');
    expect([Number.NaN, Number.POSITIVE_INFINITY].map((x) => readableNumber(x, 3, 3))).toEqual(['–', '–']);
  });

  it('gives a correlation to three decimals, a first significant digit where that would read 0.000, and – for none', () => {
    expect([0.68, -0.0004, 0.00002, 0, 1, null].map(correlationFigure)).toEqual(['0.680', '−0.0004', '0.00002', '0', '1', '–']);
  });

  it("gives a point's parameter value without trailing zeros, a small one to its digit, as the points tables and the differences chart label it", () => {
    expect([5.5, 6, 0.12345, 1e-7, -0.25, 62000].map(parameterFigure)).toEqual(['5.5', '6', '0.1235', '0.0000001', '−0.25', '62000']);
  });

  it("gives a point's value of a text field as it is and a number as parameterFigure does, as the analysis tables and --vs print them", () => {
    expect([5.5, 1e-7, 'opt-out', true].map(parameterValueFigure)).toEqual(['5.5', '0.0000001', 'opt-out', 'true']);
  });

  it("gives a value in a metric's units to four significant digits, keeping a last 0 (0.1140), and – for none, as the tables and charts print a metric's", () => {
    expect([0.114, 10981.545, 0.000123456, -56.4321, 3, Number.NaN, null, undefined].map(metricFigure)).toEqual(['0.1140', '10982', '0.000123', '−56.43', '3', '–', '–', '–']);
  });
});
