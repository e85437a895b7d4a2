// Year by year over a horizon longer than a year (`cfsim compare`): each arm's spending on its
// package (the cash a budget pays) and its net cost against the first arm (the whole team's cost
// beyond the funded salaries, less the first arm's), summed over each year's days of the mean
// daily series, undiscounted. From the daily means the aggregator already keeps, so nothing grows
// with replications. A last year shorter than 365 days is summed over its own days (`days` says
// how many).

/** One arm in one year. */
export interface ArmYear {
  readonly policy: string;
  /** Spending on the package over the year's days, whole team, mean over replications. */
  readonly spending: number;
  /** Its whole-team cost over those days less the first arm's (0 for the first arm). */
  readonly netCost: number;
}

/** One year of the horizon. */
export interface SpendingYear {
  /** 1 for days 0 to 364, 2 for 365 to 729, ... */
  readonly year: number;
  /** The year's first day (0-based, as timeseries.csv's `day`). */
  readonly fromDay: number;
  /** Its days: 365, or fewer for a last part-year. */
  readonly days: number;
  readonly policies: readonly ArmYear[];
}

/** A day's mean spending and whole-team cost under an arm (by its index). */
export type DailyCost = (arm: number, day: number) => { readonly spending: number; readonly cost: number };

/** The horizon's years (undefined for a horizon of a year or less, which the yearly figures already give). */
export function spendingByYear(days: number, labels: readonly string[], daily: DailyCost): SpendingYear[] | undefined {
  if (days <= 365) return undefined;
  const years: SpendingYear[] = [];
  for (let fromDay = 0; fromDay < days; fromDay += 365) {
    const to = Math.min(days, fromDay + 365);
    const totals = labels.map((_, arm) => {
      let spending = 0;
      let cost = 0;
      for (let day = fromDay; day < to; day++) {
        const d = daily(arm, day);
        spending += d.spending;
        cost += d.cost;
      }
      return { spending, cost };
    });
    years.push({
      year: years.length + 1,
      fromDay,
      days: to - fromDay,
      policies: labels.map((policy, arm) => ({ policy, spending: totals[arm].spending, netCost: arm === 0 ? 0 : totals[arm].cost - totals[0].cost })),
    });
  }
  return years;
}
