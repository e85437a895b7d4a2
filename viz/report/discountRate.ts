import type { Manifest } from '../../models/resultsManifest';

/**
 * The rate a results folder's value for money is discounted at: its first arm's
 * costs.discountRate (the arms share it), 0 for results written before the field existed (or
 * with a value that is not a rate above 0).
 */
export function manifestDiscountRate(manifest: Pick<Manifest, 'scenarios'>): number {
  const rate: unknown = (manifest.scenarios[0] as { costs?: { discountRate?: unknown } } | undefined)?.costs?.discountRate;
  return typeof rate === 'number' && rate > 0 ? rate : 0;
}
