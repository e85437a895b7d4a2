import { PACKAGE_NAMES } from '../../scenarios/presets/names';
import type { ChartTeam } from './charts';
import type { AppConfig } from './config';

/**
 * The teams' names ("A: Status quo (untouched)", "B: Opt-out support + your changes"; one team:
 * "Status quo", or "Status quo + your changes" once a policy lever differs from the package), and
 * the shorter ones of the chart legends ("A: Status quo", "Status quo + changes").
 */
export function teamNames(config: Pick<AppConfig, 'levers' | 'changes' | 'policy' | 'compare'>): ChartTeam[] {
  const paths = [...Object.keys(config.levers), ...config.changes.map((c) => c.path)];
  const edited = paths.some((p) => p.startsWith('policy.'));
  // Community changes apply to both teams: then team A's package is untouched, not the team.
  const shared = paths.some((p) => !p.startsWith('policy.'));
  const policy = PACKAGE_NAMES[config.policy];
  // The edited team: its package, and whether a policy lever differs from it (from day 0 or during the run).
  const own = { label: `${policy}${edited ? ' + your changes' : ''}`, legend: `${policy}${edited ? ' + changes' : ''}` };
  if (!config.compare) return [own];
  const twin = PACKAGE_NAMES[config.compare];
  return [
    { label: `A: ${twin} (${shared ? 'package untouched' : 'untouched'})`, legend: `A: ${twin}` },
    // The legend tells the teams apart even when both run the same package.
    { label: `B: ${own.label}`, legend: `B: ${own.legend}` },
  ];
}
