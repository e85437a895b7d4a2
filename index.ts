// CFSim's library API: the same functions the CLI uses, host-free (Node or a browser worker).
export { resolveScenario, defaultScenario, type ScenarioRequest } from './scenarios/resolve';
export { parseScenarioText } from './scenarios/parse';
export { scenarioField, FIXED_DURING_RUN, type Scenario, type ScenarioInput, type ScheduledChange } from './scenarios/schema';
export { scenarioPeriods, changeLabel, changeSummary, type ScenarioPeriod } from './scenarios/changes';
export { plausibilityWarnings, plausibilityText, type PlausibilityWarning } from './scenarios/plausibility';
export { POPULATIONS, POPULATION_IDS, isPopulationId } from './scenarios/presets/populations';
export { PACKAGES, PACKAGE_IDS, isPackageId } from './scenarios/presets/packages';
export { createSimulation, type Simulation } from './models/simulation';
export { runEnsemble, type PolicyOutcome, type EnsembleOptions } from './models/ensemble';
export { runReplication, type ReplicationResult } from './models/replication';
export { METRICS, METRIC_NAMES, type MetricName } from './models/metrics';
export { GROUPS, type Group, type GroupOutcome } from './models/groups';
export { DAILY_SERIES, SERIES, type SeriesName } from './models/observables';
export { teamSnapshot, type TeamSnapshot, type SeatSnapshot } from './models/snapshot';
export { runDocument, type RunDocument } from './models/runDocument';
export { InputError, type InputIssue } from './sim/params/issues';
export { jsonSchemaOf } from './sim/params/jsonSchema';
