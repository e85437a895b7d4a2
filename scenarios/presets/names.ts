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
