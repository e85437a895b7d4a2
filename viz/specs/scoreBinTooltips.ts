import type { DistributionBin } from '../report/reportData';
import { SCORE_BIN_WIDTH } from '../report/scoreBins';
import { PROQOL_MAX } from '../../models/proqol';
import type { ArmTitle } from './theme';
import { tooltipRowTitle } from './tooltipRowKeys';
import { shownValue } from './shownValue';

// The report page's score distributions answer with a tooltip wherever the pointer is over a panel,
// as the series charts do (dayTooltips.ts): Vega shows a line's own tooltip only within its
// stroke's width of it. Each panel gets an invisible rect per 2-point bin, the bin's width and the
// panel's height, carrying every arm's share in that bin, drawn under the lines so that a line's own
// tooltip still answers on its stroke (distribution.ts). Only the page draws them.

/** As the line's own tooltip gives a share (distribution.ts). */
const SHARE_FORMAT = '.1%';

/** Rows of the bin rects only (no line point has `binTo`). */
export const BIN_ROWS = { filter: 'isValid(datum.binTo)' };

/**
 * A bin rect's row for each scale and bin of `bins`: its edges and range, and the share of each of
 * `arms` in it as `shareK` (K its place in `arms`), rounded to what its tooltip shows; with one arm, its name as `arm`, which its tooltip gives.
 */
export function binRows(bins: readonly DistributionBin[], arms: readonly string[]) {
  const shownShare = (share: number | undefined) => (share === undefined ? null : shownValue(share, SHARE_FORMAT));
  const byKey = new Map(bins.map((b) => [JSON.stringify([b.policy, b.scale, b.score]), b]));
  // The point closing a line at 50 repeats the last bin's share: it is no bin of its own.
  const starts = new Map(bins.filter((b) => b.score < PROQOL_MAX).map((b) => [JSON.stringify([b.scale, b.score]), b]));
  return [...starts.values()].map((b) =>
    Object.assign(
      { scale: b.scale, binFrom: b.score, binTo: b.score + SCORE_BIN_WIDTH, bin: b.bin, ...(arms.length === 1 ? { arm: arms[0] } : {}) },
      ...arms.map((arm, k) => ({ [`share${k}`]: shownShare(byKey.get(JSON.stringify([arm, b.scale, b.score]))?.share) })),
    ),
  );
}

/**
 * The invisible rects over `bins`' panels, `height` pixels tall, on the score axis `scoreAxis` (the lines'), each with its bin's tooltip: with
 * one arm in the words of the line's own (the arm, the scale, the scores, the share), with more
 * the scale and the scores, then a line per arm named by it, whatever it is called, with its share.
 */
export function binLayer(arms: readonly string[], height: number, armTitle: ArmTitle, scoreAxis: object) {
  const shareText = (k: number) => ({ calculate: `isValid(datum.share${k}) ? format(datum.share${k}, '${SHARE_FORMAT}') : 'nobody in post'`, as: `shareText${k}` });
  const place = [
    { field: 'scale', title: 'Scale' },
    { field: 'bin', title: 'Scores' },
  ];
  const one = arms.length === 1;
  const mark = { type: 'rect' as const, opacity: 0, aria: false };
  return {
    transform: [BIN_ROWS, ...arms.map((_, k) => shareText(k))],
    mark,
    encoding: {
      x: { ...scoreAxis, field: 'binFrom', type: 'quantitative' as const },
      x2: { field: 'binTo' },
      y: { value: 0 },
      y2: { value: height },
      color: { value: '#000' },
      tooltip: one
        ? [{ field: 'arm', title: armTitle }, ...place, { field: 'shareText0', title: 'Share of staff' }]
        : [...place, ...arms.map((arm, k) => ({ field: `shareText${k}`, title: tooltipRowTitle(k, arm) }))],
    },
  };
}
