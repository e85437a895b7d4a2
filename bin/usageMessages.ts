// yargs' own validation messages ("Not enough non-option arguments: got 0, need at least 1",
// "Missing required argument: out", "Invalid values: Argument: format, ...") in cfsim's words:
// naming the argument or flag as the README writes it, the value given and what is allowed.

/** The README's names of the commands' positional arguments (yargs knows them by these keys). */
const ARGUMENT_NAMES: Readonly<Record<string, string>> = { results: 'RESULTS_DIR', plan: 'PLAN', dir: 'DIR', out: 'OUT', shards: 'SHARD_DIR', file: 'FILE', scenario: 'SCENARIO' };

const argumentName = (key: string) => ARGUMENT_NAMES[key] ?? key.toUpperCase();

/** What `report --format pdf` wanted: a PDF is the HTML report printed from a browser (as -o team.pdf says). */
const pdfHint = (given: string) => (/^"?pdf"?$/i.test(given.trim()) ? '; for a PDF, write the HTML report (the default) and print it from a browser' : '');

/**
 * `message` reworded, given the failing command's usage (the first line of its help, such as
 * "cfsim merge <out> <shards..>"); a message this does not know is returned as it is.
 */
export function usageMessage(message: string, usage: string): string {
  const missing = /^Not enough non-option arguments: got (\d+), need at least (\d+)/.exec(message);
  if (missing) {
    const line = usage.split('\n')[0].trim();
    const required = [...line.matchAll(/<([^>.]+)(\.\.)?>/g)].map((m) => (m[2] ? `at least one ${argumentName(m[1])}` : argumentName(m[1])));
    const lacking = required.slice(Number(missing[1]));
    const synopsis = line.replace(/<([^>.]+)(\.\.)?>/g, (_, key: string, many?: string) => `${argumentName(key)}${many ? '...' : ''}`).replace(/\s*\[options\]$/, '');
    if (lacking.length > 0) return `missing ${lacking.join(' and ')}; usage: ${synopsis}`;
  }
  const required = /^Missing required arguments?: (.+)$/.exec(message);
  if (required) {
    const flags = required[1].split(', ').map((name) => `--${name}`);
    return `missing ${flags.join(' and ')}, which this command requires`;
  }
  if (message.startsWith('Invalid values:')) {
    const report = /^cfsim report\b/.test(usage.trim());
    const lines = [...message.matchAll(/Argument: ([^,]+), Given: (.+?), Choices: (.+)$/gm)].map(
      ([, name, given, choices]) => `--${name}: ${given} is not allowed; expected one of ${choices.trim()}${report && name === 'format' ? pdfHint(given) : ''}`,
    );
    if (lines.length > 0) return lines.join('; ');
  }
  return message;
}
