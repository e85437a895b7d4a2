// The CSV dialect of the results files (runs.csv, replications.csv, timeseries.csv, workers.csv, separations.csv):
// RFC 4180 quoting, one record per line. Host-free, so the CLI and the report read and write it alike.

/** A CSV cell (RFC 4180): text with a comma, quote or line break is quoted. NaN (no value: a metric with nothing to measure) is written `NaN`, so an emptied cell stays damage. */
export function csvCell(value: string | number): string {
  if (typeof value === 'number') return String(value);
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Splits one CSV line (RFC 4180 quoting; our files never put line breaks inside a cell). */
export function parseCsvLine(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      cells.push(cell);
      cell = '';
    } else cell += ch;
  }
  cells.push(cell);
  return cells;
}

/** Whether a cell holds a finite number, as cfsim writes every number column (not empty, not NaN or Infinity). */
export function isNumberCell(cell: string): boolean {
  return cell.trim() !== '' && Number.isFinite(Number(cell));
}

/** Whether a cell holds a finite number or `NaN`, as cfsim writes a metric with nothing to measure (an empty cell is neither). */
export function isNumberOrNaNCell(cell: string): boolean {
  return cell === 'NaN' || isNumberCell(cell);
}

/** The UTF-8 byte-order mark some editors put at a file's start (Excel's "CSV UTF-8"); read as text it is U+FEFF. */
const BYTE_ORDER_MARK = '\uFEFF';

/**
 * A CSV file's text as cfsim writes it: without a byte-order mark at its start and with every
 * CRLF line end as LF, so that a results file opened and saved on Windows reads as it was written.
 */
export function csvTextAsWritten(text: string): string {
  return (text.startsWith(BYTE_ORDER_MARK) ? text.slice(1) : text).replace(/\r\n/g, '\n');
}

/** A CSV file's first line without a byte-order mark or a CR before its line end (csvTextAsWritten's reading of it). */
export function headerAsWritten(line: string): string {
  return csvTextAsWritten(line).replace(/\r$/, '');
}

/** The index of the first character at which `found` and `expected` differ (the shorter's length where one starts the other). */
function firstDifference(found: string, expected: string): number {
  let at = 0;
  while (at < found.length && at < expected.length && found[at] === expected[at]) at++;
  return at;
}

/** How much of two lines headerDifference shows: from 20 characters before their first difference to 40 after it. */
const [SHOWN_BEFORE, SHOWN_AFTER] = [20, 40];

/**
 * The part of two lines headerDifference shows, [start, end): both whole where both fit in what it shows of long lines
 * (timeseries.csv's header, 34 characters, given an extra column showed as …"ric,mean,p05,p50,p95,extra", so the message
 * quoted it whole once more before), else
 * from a little before their first difference `at` to a little after it.
 */
function shownPart(found: string, expected: string, at: number): [start: number, end: number] {
  if (Math.max(found.length, expected.length) <= SHOWN_BEFORE + SHOWN_AFTER) return [0, SHOWN_BEFORE + SHOWN_AFTER];
  return [Math.max(0, at - SHOWN_BEFORE), at + SHOWN_AFTER];
}

/**
 * Whether headerDifference quotes both lines whole (short lines), so that a message need not quote them again before it.
 */
export function isDifferenceWhole(found: string, expected: string): boolean {
  const [start, end] = shownPart(found, expected, firstDifference(found, expected));
  return start === 0 && found.length <= end && expected.length <= end;
}

/**
 * Where a file's first line `found` differs from the `expected` header, in words that show it: both
 * JSON-quoted from a little before the first difference, so that a stray space, tab or control
 * character is visible ("\t", "\r", "\u00a0") rather than two lines that look alike.
 */
export function headerDifference(found: string, expected: string): string {
  const at = firstDifference(found, expected);
  const [start, end] = shownPart(found, expected, at);
  const shown = (text: string) => `${start > 0 ? '…' : ''}${JSON.stringify(text.slice(start, end))}${text.length > end ? '…' : ''}`;
  const header = at >= expected.length ? `where the header ends, after ${shown(expected)}` : `where the header has ${shown(expected)}`;
  const file = at >= found.length ? `the line ends, after ${shown(found)},` : `the file has ${shown(found)}`;
  return `they first differ at character ${at + 1}: ${file} ${header}`;
}
