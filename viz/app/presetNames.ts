// The presets' readable names live with the presets (the report uses them too), and so do the
// seed studies' citations ("seed 003" beside the run's Seed box would read as a run seed).
export { citedSummary, PACKAGE_NAMES, POPULATION_NAMES } from '../../scenarios/presets/names';
