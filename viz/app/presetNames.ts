// The presets' readable names live with the presets (the report uses them too).
export { PACKAGE_NAMES, POPULATION_NAMES } from '../../scenarios/presets/names';

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
