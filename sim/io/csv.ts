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
