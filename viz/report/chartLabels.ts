// A fitted chart's long labels broken onto lines, as the source the report's page inlines (it runs in
// the browser, inside chartFit.ts's fitting). On a 390 px phone the group names of figures 7, 8 and 11
// ("Peer navigator / community health worker (≈14 in post)") and the differences' measures (figure 5)
// set the chart's width, and the whole chart shrank to fit, its labels to about 8 px. Broken onto
// lines, each label keeps all its words (no two cut to the same text), and the views take the room.

import { LITERAL_ESCAPED_SOURCE } from '../specs/expressionSafeStrings';

/** The most of the box a y axis's labels may take beside the plot, before they are broken onto lines. */
export const LABEL_SHARE = 0.4;

/**
 * The least share the labels are narrowed to where the chart is still too wide with its views as
 * narrow as they go (figure 10: long scenario names beside its bars and their totals, 0.89 at 390 px).
 */
export const LEAST_LABEL_SHARE = 0.25;

/**
 * `function (textWidth)` giving `{ lines(text, width, fontSize, bold), wrapped(spec, box) }`:
 * `lines` breaks a text at its spaces into lines at most `width` px wide (a word wider stands alone), never inside a
 * bracketed aside that fits the width (since 0.41.0: "(≈1 in post)" was parted as "(≈1 in" and "post)");
 * `wrapped(spec, box, share)` gives the spec with each y axis's labels wider than `share` of a `box` px figure
 * (LABEL_SHARE unless given), each row header's label wider than its room and each colour legend's names wider
 * than the room right of the labels drawn on lines, a band made tall enough for them.
 */
export const CHART_LABELS_SOURCE = `function (textWidth) {
  var LABEL_SHARE = ${LABEL_SHARE};
  var AS_GIVEN = { data: true, datasets: true, transform: true };
  // From a y axis's labels to its plot (the tick, 5 px, and the labels' padding) and a little to spare.
  var AXIS_GAP = 10;
  // A legend entry's symbol and the gap to its label, and a little to spare.
  var LEGEND_SYMBOL = 30;
  // A y axis's title beside its labels, and the least room left of a plot (a number axis's labels and title).
  var AXIS_TITLE = 20;
  var PLOT_LEFT = 80;
  // A text's words, each bracketed aside ("(≈1 in post)") as one where it fits the width: a line never breaks inside it.
  function units(text, width, fontSize, bold) {
    var out = [];
    var aside = null;
    String(text).split(' ').filter(function (word) { return word !== ''; }).forEach(function (word) {
      if (aside === null && word.charAt(0) === '(' && word.indexOf(')') < 0) aside = [word];
      else if (aside !== null) aside.push(word);
      else out.push(word);
      if (aside !== null && word.indexOf(')') >= 0) {
        var whole = aside.join(' ');
        out.push.apply(out, textWidth(whole, fontSize, bold) > width ? aside : [whole]);
        aside = null;
      }
    });
    return aside === null ? out : out.concat(aside);
  }
  function lines(text, width, fontSize, bold) {
    var out = [];
    var current = '';
    units(text, width, fontSize, bold).forEach(function (word) {
      var joined = current === '' ? word : current + ' ' + word;
      if (current !== '' && textWidth(joined, fontSize, bold) > width) { out.push(current); current = word; } else current = joined;
    });
    out.push(current);
    return out;
  }
  function widest(texts, fontSize, bold) {
    return texts.reduce(function (w, text) { return Math.max(w, textWidth(text, fontSize, bold)); }, 0);
  }
  // Every row of the spec's data.
  function rowsOf(spec) {
    var rows = [];
    (function visit(node) {
      if (!node || typeof node !== 'object') return;
      if (Array.isArray(node)) return node.forEach(visit);
      if (node.data && Array.isArray(node.data.values)) rows.push.apply(rows, node.data.values.filter(function (row) { return row && typeof row === 'object'; }));
      Object.keys(node).forEach(function (key) { if (!AS_GIVEN[key] && key !== 'data') visit(node[key]); });
    })(spec);
    return rows;
  }
  // Each value of field in the spec's data, once, in order.
  function valuesOf(spec, field) {
    var seen = [];
    rowsOf(spec).forEach(function (row) { if (row[field] !== undefined && seen.indexOf(String(row[field])) < 0) seen.push(String(row[field])); });
    return seen;
  }
  // A string Vega's expressions misread as a name (an Object property's: expressionSafeStrings.ts) drawn the same with a zero-width space.
  function literal(text) { return Object.prototype.hasOwnProperty(text) ? text + '\\u200B' : text; }
  // A string as an expression's literal, each character but a letter, a digit or a space escaped (\\uXXXX): a name holding
  // a line separator (U+2028, which JSON leaves as it is) would end the literal, and one holding 'datum.label' or
  // 'datum.value' would have it replaced inside the literal by Vega-Lite's header labelExpr (a field access, quotes and all).
  function quoted(text) {
    return '"' + String(text).replace(/${LITERAL_ESCAPED_SOURCE}/g, function (c) { return '\\\\u' + ('000' + c.charCodeAt(0).toString(16)).slice(-4); }) + '"';
  }
  function listed(texts) { return '[' + texts.join(',') + ']'; }
  // The labels wider than width broken onto lines, or null where each fits: the most lines a label takes (count),
  // the widest line of all (widest, px), and the labels' expression drawing each long one on its lines (expr).
  function broken(texts, width, fontSize, bold) {
    var long = texts.filter(function (text) { return textWidth(text, fontSize, bold) > width; });
    if (long.length === 0) return null;
    var shown = long.map(function (text) { return lines(text, width, fontSize, bold).map(literal); });
    var keys = listed(long.map(function (text) { return quoted(literal(text)); }));
    var find = 'indexof(' + keys + ', datum.value)';
    var all = texts.map(function (text) { var k = long.indexOf(text); return k < 0 ? [text] : shown[k]; });
    return {
      count: Math.max.apply(null, all.map(function (l) { return l.length; })),
      widest: widest([].concat.apply([], all), fontSize, bold),
      expr: find + ' < 0 ? datum.label : ' + listed(shown.map(function (l) { return listed(l.map(quoted)); })) + '[' + find + ']',
      // How many lines past its first each label takes (an expression): Vega sets the first on the tick, the rest below.
      more: find + ' < 0 ? 0 : ' + listed(shown.map(function (l) { return l.length - 1; })) + '[' + find + ']',
    };
  }
  // Whether Vega-Lite's filter keeps a row: a field predicate (equal, oneOf, range, lt, lte, gt, gte, valid) as it
  // tests it, and its and/or/not; null for one this cannot evaluate (an expression, a selection, a time unit).
  function kept(row, filter) {
    if (filter && Array.isArray(filter.and)) return both(filter.and.map(function (f) { return kept(row, f); }), false);
    if (filter && Array.isArray(filter.or)) return both(filter.or.map(function (f) { return kept(row, f); }), true);
    if (filter && filter.not !== undefined) { var inner = kept(row, filter.not); return inner === null ? null : !inner; }
    if (!filter || typeof filter !== 'object' || typeof filter.field !== 'string' || filter.timeUnit !== undefined) return null;
    // A nested field's path (a.b, a[0]) or an escaped name (a\\.b) is not the row's own key: read as one, a not of it kept every row.
    if (/[.[\\]\\\\]/.test(filter.field)) return null;
    var v = row[filter.field];
    var given = [filter.equal, filter.lt, filter.lte, filter.gt, filter.gte].concat(filter.range || [], filter.oneOf || []);
    if (given.some(function (x) { return x !== null && typeof x === 'object'; })) return null; // an expression's or a parameter's value
    if (filter.equal !== undefined) return v === filter.equal;
    if (Array.isArray(filter.oneOf)) return filter.oneOf.indexOf(v) >= 0;
    if (Array.isArray(filter.range)) {
      var low = filter.range[0], high = filter.range[1];
      // Vega's inrange, which a range of two ends compiles to, takes them in either order.
      if (low != null && high != null && low > high) { var end = low; low = high; high = end; }
      return (low == null || v >= low) && (high == null || v <= high);
    }
    if (filter.lt !== undefined) return v < filter.lt;
    if (filter.lte !== undefined) return v <= filter.lte;
    if (filter.gt !== undefined) return v > filter.gt;
    if (filter.gte !== undefined) return v >= filter.gte;
    if (filter.valid !== undefined) return (v !== null && !isNaN(v)) === !!filter.valid;
    return null;
  }
  // and (any false: false) or or (any true: true) of results some of which may be null (not known).
  function both(results, decisive) {
    if (results.indexOf(decisive) >= 0) return decisive;
    return results.indexOf(null) >= 0 ? null : !decisive;
  }
  function isNominalY(node) {
    var y = node.encoding && node.encoding.y;
    // Labels drawn by an expression of the spec's own (a sweep's, already on lines) are left to it.
    return !!(y && y.field && (y.type === 'nominal' || y.type === 'ordinal') && y.axis !== null && !(y.axis && y.axis.labelExpr));
  }
  // A title wider than its view broken onto lines: an x axis's (centred under the view, it reached past it) and a
  // wrapped facet's panel names (a facet's columns laid one under another). Mutates the copy wrapped made.
  function narrowedTitles(node, config, spec) {
    if (Array.isArray(node)) return node.forEach(function (n) { narrowedTitles(n, config, spec); });
    if (!node || typeof node !== 'object') return;
    Object.keys(node).forEach(function (key) { if (!AS_GIVEN[key]) narrowedTitles(node[key], config, spec); });
    var axis = config.axis || {};
    if (typeof node.width === 'number' && ('mark' in node || 'layer' in node)) {
      [node].concat(node.layer || []).forEach(function (view) {
        var x = view.encoding && view.encoding.x;
        var fontSize = axis.titleFontSize || 11;
        if (x && typeof x.title === 'string' && textWidth(x.title, fontSize, true) > node.width) {
          view.encoding = Object.assign({}, view.encoding, { x: Object.assign({}, x, { title: lines(x.title, node.width, fontSize, true) }) });
        }
      });
    }
    var facet = node.facet;
    // A wrapped facet's panels one under another each name their y axis beside them: a title taller than its panel
    // ran into the next panel's ("Lived experienceLived experience", figure 7), so it is broken onto lines.
    var panel = node.spec;
    var y = panel && panel.encoding && panel.encoding.y;
    if (facet && facet.field && y && y.field && typeof y.title === 'string' && panel.height && typeof panel.height.step === 'number') {
      var filters = (node.transform || []).concat(panel.transform || []).filter(function (t) { return t.filter !== undefined; }).map(function (t) { return t.filter; });
      // A filter it cannot evaluate (an expression, a selection) may leave a single band: the title is fitted to that.
      var unknown = false;
      var rows = rowsOf(spec).filter(function (row) {
        return filters.every(function (f) { var k = kept(row, f); if (k === null) unknown = true; return k !== false; });
      });
      var distinct = function (field) { return unknown ? 1 : field ? rows.map(function (row) { return String(row[field]); }).filter(function (v, k, all) { return all.indexOf(v) === k; }).length : 1; };
      var offset = panel.encoding.yOffset;
      var tall = distinct(y.field) * distinct(offset && offset.field) * panel.height.step;
      var titleSize = axis.titleFontSize || 11;
      if (rows.length > 0 && textWidth(y.title, titleSize, true) > tall) {
        node.spec = Object.assign({}, panel, { encoding: Object.assign({}, panel.encoding, { y: Object.assign({}, y, { title: lines(y.title, tall, titleSize, true) }) }) });
      }
    }
    if (facet && facet.field && !(facet.header && facet.header.labelExpr) && node.spec && typeof node.spec.width === 'number') {
      var theme = config.header || {};
      var header = facet.header || {};
      var fontSize = header.labelFontSize || theme.labelFontSize || 10;
      var lined = broken(valuesOf(spec, facet.field), node.spec.width, fontSize, (header.labelFontWeight || theme.labelFontWeight) === 'bold');
      if (lined) node.facet = Object.assign({}, facet, { header: Object.assign({}, header, { labelExpr: lined.expr, labelLineHeight: fontSize + 2 }) });
    }
  }
  function wrapped(spec, box, share) {
    var config = spec.config || {};
    var axisFont = (config.axis && config.axis.labelFontSize) || 10;
    var limit = Math.round(box * (share || LABEL_SHARE));
    var column = 0;
    // band: the step of the view whose bands the labels name (node's own, or its layered parent's: figure 5's), and the least it may now be.
    function axisWrapped(node, band) {
      var y = node.encoding.y;
      var axis = y.axis || {};
      var fontSize = axis.labelFontSize || axisFont;
      // Vega cuts a label (each line of it) at its labelLimit (180 px unless the spec says; 0: none): no wider is drawn.
      var labelLimit = axis.labelLimit !== undefined ? axis.labelLimit : config.axis && config.axis.labelLimit !== undefined ? config.axis.labelLimit : 180;
      function drawn(width) { return labelLimit > 0 ? Math.min(width, labelLimit) : width; }
      var texts = valuesOf(spec, y.field);
      var given = widest(texts, fontSize, false);
      var lined = broken(texts, limit, fontSize, false);
      column = Math.max(column, drawn(lined ? lined.widest : given));
      if (!lined) return node;
      var lineHeight = fontSize + 1;
      // Each label's lines centred on its tick (a name of five lines hung down past the next band's).
      var centred = { labelExpr: lined.expr, labelLineHeight: lineHeight, labelOffset: { expr: '-(' + lined.more + ') * ' + lineHeight / 2 } };
      var out = Object.assign({}, node, { encoding: Object.assign({}, node.encoding, { y: Object.assign({}, y, { axis: Object.assign({}, axis, centred) }) }) });
      // A band at least as tall as its label's lines, shared by its offsets (a bar per package).
      if (band) {
        var offset = node.encoding.yOffset;
        var bands = offset && offset.field ? Math.max(1, valuesOf(spec, offset.field).length) : 1;
        band.least = Math.max(band.least, Math.ceil((lined.count * lineHeight + 3) / bands));
      }
      // A panel's title set left of the plot by its labels' width (who-leaves) moves in as they narrow.
      var title = node.title;
      if (title && typeof title === 'object' && title.frame === 'group' && typeof title.dx === 'number' && title.dx < 0) {
        out.title = Object.assign({}, title, { dx: Math.min(0, title.dx + drawn(given) - drawn(lined.widest)) });
      }
      return out;
    }
    // A view's bands are its own height's step, or (a layer) those of the view it is layered in.
    function visit(node, inherited) {
      if (Array.isArray(node)) return node.map(function (n) { return visit(n, inherited); });
      if (!node || typeof node !== 'object') return node;
      var step = node.height && typeof node.height.step === 'number' ? node.height.step : undefined;
      var band = step !== undefined ? { least: step } : inherited;
      var out = {};
      Object.keys(node).forEach(function (key) { out[key] = AS_GIVEN[key] ? node[key] : visit(node[key], key === 'layer' ? band : null); });
      if (isNominalY(out)) out = axisWrapped(out, band);
      if (step !== undefined && band.least > step) out.height = Object.assign({}, out.height, { step: band.least });
      return out;
    }
    var out = visit(spec, null);
    narrowedTitles(out, config, spec);
    // A row's name set above it starts where the plot does, right of the labels: the rest of the box is its room.
    var row = out.facet && out.facet.row;
    var header = row && row.header;
    if (header && header.labelOrient === 'top' && !header.labelExpr && row.field) {
      var theme = config.header || {};
      var fontSize = header.labelFontSize || theme.labelFontSize || 10;
      var bold = (header.labelFontWeight || theme.labelFontWeight) === 'bold';
      var lined = broken(valuesOf(spec, row.field), box - 12 - column - AXIS_GAP, fontSize, bold);
      if (lined) out.facet = Object.assign({}, out.facet, { row: Object.assign({}, row, { header: Object.assign({}, header, { labelExpr: lined.expr, labelLineHeight: fontSize + 2 }) }) });
    }
    // A legend under the plot starts where the plot does: right of the y axis's labels and title (a number axis's, some 80 px).
    legendsWrapped(out, config, spec, box - 12 - Math.max(PLOT_LEFT, column + AXIS_GAP + AXIS_TITLE) - LEGEND_SYMBOL);
    return out;
  }
  // Each colour legend's names wider than room broken onto lines: set under the plot, right of the labels, a legend of
  // long package names (60 characters) made figures 7, 8 and 11 about 500 px wide, shrunk to 71% on a phone. Mutates the copy.
  function legendsWrapped(node, config, spec, room) {
    if (Array.isArray(node)) return node.forEach(function (n) { legendsWrapped(n, config, spec, room); });
    if (!node || typeof node !== 'object') return;
    Object.keys(node).forEach(function (key) { if (!AS_GIVEN[key]) legendsWrapped(node[key], config, spec, room); });
    var color = node.encoding && node.encoding.color;
    if (!color || !color.field || color.legend === null || (color.legend && color.legend.labelExpr)) return;
    var legend = color.legend || {};
    var fontSize = legend.labelFontSize || (config.legend && config.legend.labelFontSize) || 10;
    var lined = broken(valuesOf(spec, color.field), room, fontSize, false);
    if (lined) node.encoding = Object.assign({}, node.encoding, { color: Object.assign({}, color, { legend: Object.assign({}, legend, { labelExpr: lined.expr }) }) });
  }
  return { lines: lines, wrapped: wrapped };
}`;
