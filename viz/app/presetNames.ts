import type { PackageId } from '../../scenarios/presets/packages';
import type { PopulationId } from '../../scenarios/presets/populations';

// Readable names for the presets, as the app's lists, team headings and chart legends show them.
// The presets name themselves by id only; an id stays what links, plans and the command line use
// (the URL keeps ids, so links stay stable). Keyed by id, so a new preset without a name here
// does not compile.

export const POPULATION_NAMES: { readonly [Id in PopulationId]: string } = {
  'ma-outreach': 'Massachusetts outreach',
  'ct-harm-reduction': 'Connecticut harm reduction',
  'canada-first-responders': 'Canadian first responders',
};

export const PACKAGE_NAMES: { readonly [Id in PackageId]: string } = {
  'status-quo': 'Status quo',
  'opt-out-support': 'Opt-out support',
  'multi-level': 'Multi-level support',
  'stigma-reduction': 'Stigma reduction',
  'individual-resilience': 'Individual resilience',
  'mandatory-debrief': 'Mandatory debrief',
};

/** The seed studies (MODEL.md) as the app cites them: "seed 003" beside the run's Seed box would read as a run seed. */
const SEED_STUDIES: Readonly<Record<string, string>> = {
  '000': 'Knaak et al. 2019',
  '002': 'Hill et al. 2023',
  '003': 'Schoenberger et al. 2024',
};

/** A preset's summary with each "seed NNN" written as the study's citation. */
export function citedSummary(summary: string): string {
  return summary.replace(/\bseed (\d{3})\b/g, (text, id: string) => SEED_STUDIES[id] ?? text);
}
