import { isPackageId, type PackageId } from './packages';
import { isPopulationId, type PopulationId } from './populations';

// Readable names for the presets, as the app's lists and legends and the report's headings show
// them. The presets name themselves by id only; an id stays what links, plans, results files and
// the command line use. Keyed by id, so a new preset without a name here does not compile.

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

/** A population preset's readable name, or undefined for a name that is not a preset's id. */
export function populationName(id: string): string | undefined {
  return isPopulationId(id) ? POPULATION_NAMES[id] : undefined;
}

/** A package preset's readable name, or undefined for a name that is not a preset's id. */
export function packageName(id: string): string | undefined {
  return isPackageId(id) ? PACKAGE_NAMES[id] : undefined;
}

/**
 * The seed studies the model's defaults draw on (MODEL.md), by first author and year: the presets'
 * texts say "seed 003", which beside a run's seed would read as a random seed.
 */
export const SEED_STUDIES: Readonly<Record<string, { readonly citation: string; readonly study: string }>> = {
  '000': { citation: 'Knaak et al. 2019', study: "the Mental Health Commission of Canada's Opening Minds study of stigma on the front lines of the opioid crisis (8 focus groups and 15 key informant interviews across Canada)" },
  '002': { citation: 'Hill et al. 2023', study: 'interviews with 17 harm reduction staff in Connecticut on their experiences and support needs (Hill, Dunham, Grau and Heimer)' },
  '003': { citation: 'Schoenberger et al. 2024', study: "38 interviews with post-overdose outreach staff of 11 programmes in Massachusetts, analysed with Ludick and Figley's compassion fatigue resilience model" },
};

/** A preset's text with each "seed NNN" written as the study's citation ("Schoenberger et al. 2024"). */
export function citedSummary(summary: string): string {
  return summary.replace(/\bseed (\d{3})\b/g, (text, id: string) => SEED_STUDIES[id]?.citation ?? text);
}
