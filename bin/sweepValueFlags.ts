/** What each of sweep's flags that take a value stands for, written in a suggested command where the user gave the flag no value (`--out --plan a.yaml`). */
export const VALUE_PLACEHOLDERS: Readonly<Record<string, string>> = { out: 'DIR', threads: 'N', shard: 'I/N', emit: 'slurm', shards: 'N' };

/** sweep's flags that take the argument after them as their value (the others are switches), as typed: `--out`. */
export const VALUE_FLAGS: readonly string[] = Object.keys(VALUE_PLACEHOLDERS).map((name) => `--${name}`);
