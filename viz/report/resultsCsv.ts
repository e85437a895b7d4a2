import { closeSync, createReadStream, fstatSync, openSync, readSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { InputError } from '../../sim/params/issues';
import { csvCell, headerAsWritten, headerDifference, isDifferenceWhole, isNumberCell, parseCsvLine } from '../../sim/io/csv';

// A results folder's CSV files, read with the checks that tell a whole file from one cut short
// (a copy stopped half-way, a full disk): cfsim writes each with its header and ends it with a
// line break, every row with every column, and timeseries.csv with every day of every series.

function damaged(path: string, what: string): InputError {
  return new InputError([{ path, value: undefined, message: `${what}, so the file was cut short or damaged; write the results again (manifest.json holds the command)` }], 'results folder');
}

/** The last byte of a file, or undefined if it is empty. */
function lastByte(path: string): number | undefined {
  const fd = openSync(path, 'r');
  try {
    const size = fstatSync(fd).size;
    if (size === 0) return undefined;
    const byte = Buffer.alloc(1);
    readSync(fd, byte, 0, 1, size - 1);
    return byte[0];
  } finally {
    closeSync(fd);
  }
}

/**
 * The data rows of a results CSV whose header is `columns`; refuses a file whose header differs,
 * whose row lacks a column or holds what cfsim never writes there (`problem` says what, if
 * anything, is wrong with a row's cells), or that ends mid-line.
 */
export async function* csvRows(path: string, columns: readonly string[], problem?: (cells: readonly string[]) => string | undefined): AsyncGenerator<string[]> {
  const last = lastByte(path);
  if (last === undefined) throw damaged(path, 'it is empty');
  if (last !== 0x0a) throw damaged(path, 'it ends in the middle of a line');
  const header = columns.map(csvCell).join(',');
  const input = createReadStream(path, 'utf8');
  const reader = createInterface({ input, crlfDelay: Infinity });
  let line = 0;
  try {
    for await (const text of reader) {
      line++;
      if (line === 1) {
        // A byte-order mark or CRLF line ends (the file saved on Windows) are no damage: readline drops the CR.
        const first = headerAsWritten(text);
        // Short headers are quoted whole by the difference alone: not twice.
        const said = isDifferenceWhole(first, header) ? 'its first line is not the header' : `its first line is ${JSON.stringify(first.slice(0, 100))}, not the header ${header}`;
        if (first !== header) throw damaged(path, `${said}; ${headerDifference(first, header)}`);
        continue;
      }
      if (text.length === 0) continue;
      const cells = parseCsvLine(text.replace(/\r$/, ''));
      if (cells.length !== columns.length) throw damaged(path, `line ${line} has ${cells.length} of the ${columns.length} columns`);
      const wrong = problem?.(cells);
      if (wrong !== undefined) throw damaged(path, `line ${line} ${wrong}`);
      yield cells;
    }
  } finally {
    reader.close();
    input.destroy();
  }
}

/** Counts the days of each package's daily series as timeseries.csv streams by, to find days missing from it. */
export class SeriesDays {
  private readonly counts = new Map<string, Map<string, number>>();

  add(policy: string, metric: string): void {
    let perMetric = this.counts.get(policy);
    if (!perMetric) this.counts.set(policy, (perMetric = new Map()));
    perMetric.set(metric, (perMetric.get(metric) ?? 0) + 1);
  }

  /** Refuses the file (`path`) unless every package has `days` rows of every series any package has, and of each `required` one. */
  check(path: string, policies: readonly string[], required: readonly string[], days: number): void {
    const metrics = new Set(required);
    for (const perMetric of this.counts.values()) for (const metric of perMetric.keys()) metrics.add(metric);
    for (const policy of policies) {
      for (const metric of metrics) {
        const n = this.counts.get(policy)?.get(metric) ?? 0;
        if (n !== days) throw damaged(path, `it has ${n} of the ${days} days (manifest.json: days) of ${JSON.stringify(policy)} ${metric}`);
      }
    }
  }
}

/** What is wrong with the cells at `at` (column indexes) of a row whose header is `columns`, if one is not a number: cfsim writes only finite numbers there. */
export function notNumbers(columns: readonly string[], at: readonly number[]): (cells: readonly string[]) => string | undefined {
  return (cells) => {
    const bad = at.find((i) => !isNumberCell(cells[i]));
    return bad === undefined ? undefined : `has ${columns[bad]} ${JSON.stringify(cells[bad])}, not a number`;
  };
}
