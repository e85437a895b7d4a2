// Tables folded to fit a terminal: a table wider than the terminal is split into groups of its
// columns, each under the first (label) column repeated, as R prints a wide data frame; a label
// column wider than a third of the terminal is wrapped within it; a last column of text (a verdict)
// that does not fit beside the others goes on the line beneath each row. Only a terminal's
// output is folded: pipes and files keep every table whole (see writeReadable).

/** A label column is wrapped to this share of the terminal's width when it is wider: a third leaves a comparison's three numbers beside it on 100 columns. */
const LABEL_SHARE = 1 / 3;
/** ... but never narrower than this. */
const MIN_LABEL_WIDTH = 24;
/** Text beside the other columns narrower than this would be a column of stubs: it goes beneath instead. */
const MIN_TEXT_WIDTH = 24;
/** Columns of a table are two spaces apart (see the tables of bin/format.ts and bin/analyze.ts). */
const GAP = 2;

/** Width in columns: one per code point (the output holds no wide or combining characters). */
const columns = (s: string) => [...s].length;

/** A table's separator: runs of dashes two or more spaces apart. */
const isSeparator = (line: string) => /^-+( {2,}-+)*$/.test(line);

/** A line ending a sentence: the notes under a table, which are prose, not rows. */
const endsSentence = (line: string) => /[.!?]["')\]]*\s*$/.test(line);

interface Column {
  readonly width: number;
  readonly right: boolean;
}

/**
 * `text` with each table wider than `width` folded to fit it (see the file's comment). A table is
 * a header, a separator of dashes, and the rows under it up to a blank line or a line that ends
 * a sentence; one whose rows do not keep to the separator's columns is left as it is.
 */
export function foldTables(text: string, width: number): string {
  const lines = text.split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (i + 1 < lines.length && lines[i].trim() !== '' && isSeparator(lines[i + 1])) {
      let end = i + 2;
      while (end < lines.length && lines[end].trim() !== '' && !endsSentence(lines[end])) end++;
      const table = lines.slice(i, end);
      const folded = Math.max(...table.map(columns)) > width ? foldTable(table, width) : undefined;
      out.push(...(folded ?? table));
      i = end - 1;
    } else out.push(lines[i]);
  }
  return out.join('\n');
}

/** One table (header, separator, rows) folded to `width`, or undefined if its rows do not keep to its columns. */
function foldTable(table: readonly string[], width: number): string[] | undefined {
  const spans = [...table[1].matchAll(/-+/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  if (spans.length < 2) return undefined;
  const rows = [table[0], ...table.slice(2)].map((line) => [...line]);
  // Every row must have spaces between the columns, or the cells cannot be told apart.
  for (const row of rows) {
    for (let k = 0; k + 1 < spans.length; k++) {
      for (let c = spans[k].end; c < spans[k + 1].start; c++) if (row[c] !== undefined && row[c] !== ' ') return undefined;
    }
  }
  const raw = rows.map((row) => spans.map((s, k) => row.slice(s.start, k + 1 < spans.length ? spans[k + 1].start : row.length).join('')));
  // A label keeps its indentation ("  role: Police officer" under "Turnover per year").
  const cells = raw.map((row) => row.map((c, k) => (k === 0 ? c.trimEnd() : c.trim())));
  // Right-aligned: a column some cell of which is padded on its left.
  const layout: Column[] = spans.map((s, k) => ({ width: s.end - s.start, right: k > 0 && raw.some((row) => /^ +\S/.test(row[k])) }));

  // The groups are made with the label at most a third of the width; each then widens it into what its columns leave.
  const narrowest = Math.min(layout[0].width, Math.max(MIN_LABEL_WIDTH, Math.floor(width * LABEL_SHARE)));
  const last = spans.length - 1;
  const groups: number[][] = [];
  let beneath = false;
  let group: number[] = [];
  let used = narrowest;
  for (let k = 1; k <= last; k++) {
    const need = GAP + layout[k].width;
    if (used + need <= width) {
      group.push(k);
      used += need;
      continue;
    }
    if (k === last && !layout[k].right && group.length > 0 && width - used - GAP < MIN_TEXT_WIDTH) {
      beneath = true;
      break;
    }
    if (group.length > 0) groups.push(group);
    group = [k];
    used = narrowest + need;
  }
  if (group.length > 0) groups.push(group);

  const blocks = groups.map((columnsOf) => {
    const isLastGroup = columnsOf === groups[groups.length - 1];
    // The label takes what its group's columns leave, up to its own width: wrapped no more than it must be.
    const labelWidth = Math.max(narrowest, Math.min(layout[0].width, width - columnsOf.reduce((sum, k) => sum + GAP + layout[k].width, 0)));
    const widths = columnsOf.map((k, j) => {
      // Text in the last place of a group that does not fit is wrapped to what is left.
      const before = labelWidth + columnsOf.slice(0, j).reduce((sum, c) => sum + GAP + layout[c].width, 0);
      return j === columnsOf.length - 1 && !layout[k].right ? Math.max(MIN_TEXT_WIDTH, Math.min(layout[k].width, width - before - GAP)) : layout[k].width;
    });
    const under = beneath && isLastGroup;
    // Text beneath starts under the second column, or further left where its longest line would not fit there.
    const indent = Math.max(4, Math.min(labelWidth + GAP, width - Math.max(...cells.map((row) => columns(row[last])))));
    const block: string[] = [];
    const render = (row: readonly string[], header: boolean) => {
      const parts = [wrapCell(row[0], labelWidth, true), ...columnsOf.map((k, j) => wrapCell(row[k], widths[j], false))];
      const height = Math.max(...parts.map((p) => p.length));
      for (let h = 0; h < height; h++) {
        const line = parts.map((p, j) => {
          const piece = p[h] ?? '';
          const w = j === 0 ? labelWidth : widths[j - 1];
          return j > 0 && layout[columnsOf[j - 1]].right ? piece.padStart(w) : piece.padEnd(w);
        });
        block.push(line.join(' '.repeat(GAP)).trimEnd());
      }
      if (under && row[last] !== '') for (const piece of wrapCell(row[last], width - indent, false)) block.push(' '.repeat(indent) + piece);
      if (header) block.push([labelWidth, ...widths].map((w) => '-'.repeat(w)).join(' '.repeat(GAP)));
    };
    cells.forEach((row, r) => render(row, r === 0));
    return block;
  });
  return blocks.flatMap((block, b) => (b === 0 ? block : ['', ...block]));
}

/**
 * A cell's text in lines of at most `width` columns, broken at spaces (a word wider stands alone).
 * A label's continuation lines hang two columns under its own indentation, so each label shows where it starts.
 */
function wrapCell(text: string, width: number, label: boolean): string[] {
  if (columns(text) <= width) return [text];
  const indent = label ? /^ */.exec(text)![0] : '';
  const hang = label ? `${indent}  ` : '';
  const lines: string[] = [];
  let current = '';
  for (const word of text.trim().split(/ +/)) {
    const start = lines.length === 0 ? indent : hang;
    if (current === '') current = start + word;
    else if (columns(current) + 1 + columns(word) <= width) current += ` ${word}`;
    else {
      lines.push(current);
      current = hang + word;
    }
  }
  lines.push(current);
  return lines;
}
