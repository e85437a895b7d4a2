// The report page's charts fitted to their figure's width, as the source the page inlines (it runs
// in the browser). `width: "container"` fits only single and layered views, and most figures are
// facets or concatenations: on a 390 px phone they scrolled sideways inside their figure. A chart
// wider than its box is drawn again laid out for it: side-by-side columns (hconcat, a facet's
// columns, a wrapped facet's) one under another, each view narrower where that is not enough, and title lines broken
// to the box, and long axis and row labels broken onto lines (chartLabels.ts). A chart that fits is
// drawn as given, so that a desktop window's layout is unchanged.

import { CHART_LABELS_SOURCE, LABEL_SHARE, LEAST_LABEL_SHARE } from './chartLabels';

/**
 * The narrowest a view is drawn, as a share of its width, or NARROWEST_VIEW_PX where that is narrower
 * (a wide view: figure 10's, 520 px): past it the svg shrinks to its box (CSS max-width).
 */
export const NARROWEST_VIEW_SHARE = 0.45;

/** A view may be drawn this narrow (px) even under NARROWEST_VIEW_SHARE of its width: at 45%, figures 10 and 11 stayed too wide for a phone. */
export const NARROWEST_VIEW_PX = 150;

/**
 * A chart that fits its box shrunk to this share of its width or more is drawn as given and shrunk
 * (its 11 px labels 10.5 px or more): in a 1024 px window chart 8, 6 px too wide, had its halves stacked.
 */
export const SHRUNK_AS_GIVEN = 0.95;

/**
 * `function (embed, textWidth)` giving `{ draw(el, spec, onDrawn), refit() }`: `embed(el, spec)`
 * draws a spec into el and resolves to vega-embed's result; `textWidth(text, fontSize, bold)` measures
 * a title line; `onDrawn(el)` runs after each drawing. `draw` resolves once the chart fits; `refit`
 * fits every chart to its box again (after a resize), resolving once all are drawn.
 */
export const CHART_FIT_SOURCE = `function (embed, textWidth) {
  var NARROWEST = ${NARROWEST_VIEW_SHARE};
  var NARROWEST_PX = ${NARROWEST_VIEW_PX};
  var labels = (${CHART_LABELS_SOURCE})(textWidth);
  var SHRUNK = ${SHRUNK_AS_GIVEN};
  var LABEL_SHARES = [${LABEL_SHARE}, ${(LABEL_SHARE + LEAST_LABEL_SHARE) / 2}, ${LEAST_LABEL_SHARE}];
  var charts = [];
  // Data are left as they are: they hold no layout, and a long horizon's are large to copy.
  var AS_GIVEN = { data: true, datasets: true, transform: true };
  function isView(node) { return 'mark' in node || 'layer' in node; }
  // The spec with each side-by-side arrangement one column wide and each view's width times scale.
  function stacked(node, scale) {
    if (Array.isArray(node)) return node.map(function (n) { return stacked(n, scale); });
    if (!node || typeof node !== 'object') return node;
    var out = {};
    Object.keys(node).forEach(function (key) { out[key] = AS_GIVEN[key] ? node[key] : stacked(node[key], scale); });
    if (Array.isArray(out.hconcat)) { out.concat = out.hconcat; delete out.hconcat; out.columns = 1; }
    if (out.facet && out.facet.column && !out.facet.row) { out.facet = out.facet.column; out.columns = 1; }
    // A wrapped facet (a field, so many columns: a sweep's panels) or concatenation, one column too.
    if ((out.concat || (out.facet && out.facet.field !== undefined)) && typeof out.columns === 'number') out.columns = 1;
    // A row's name set level to its left (the differences' measures) takes half a phone's width: above the row instead.
    var header = out.facet && out.facet.row && out.facet.row.header;
    if (header && header.labelAngle === 0) out.facet = Object.assign({}, out.facet, { row: Object.assign({}, out.facet.row, { header: Object.assign({}, header, { labelOrient: 'top', labelAnchor: 'start', labelPadding: 4 }) }) });
    if (typeof out.width === 'number' && isView(out)) out.width = Math.round(out.width * scale);
    return out;
  }
  function widestView(node) {
    if (!node || typeof node !== 'object') return 0;
    var own = typeof node.width === 'number' && isView(node) ? node.width : 0;
    return Object.keys(node).reduce(function (widest, key) { return AS_GIVEN[key] ? widest : Math.max(widest, widestView(node[key])); }, own);
  }
  // The lines broken at spaces to the box's width; a line not ending a sentence runs on into the next first.
  function brokenLines(lines, width, fontSize, bold) {
    var paragraphs = [].concat(lines).reduce(function (out, line) {
      var last = out.length - 1;
      // Spaces at a line's ends are not words: joined with them, a line ran on with two, or past its full stop.
      var text = String(line).replace(/^ +| +$/g, '');
      if (last >= 0 && !/[.:!?]$/.test(out[last])) out[last] += ' ' + text;
      else out.push(text);
      return out;
    }, []);
    return paragraphs.reduce(function (out, line) { return out.concat(labels.lines(line, width, fontSize, bold)); }, []);
  }
  // The title and subtitle broken to the box (less the chart's padding, 5 px a side), and the legend's entries one to a line, each cut to the box.
  function withinBox(spec, width) {
    var config = spec.config || {};
    var legend = Object.assign({}, config.legend, { columns: 1, labelLimit: width - 40 });
    var fitted = Object.assign({}, spec, { config: Object.assign({}, config, { legend: legend }) });
    var title = spec.title;
    if (!title) return fitted;
    var theme = config.title || {};
    fitted.title = typeof title === 'string' ? { text: title } : Object.assign({}, title);
    fitted.title.text = brokenLines(fitted.title.text, width - 12, theme.fontSize || 13, true);
    if (fitted.title.subtitle) fitted.title.subtitle = brokenLines(fitted.title.subtitle, width - 12, theme.subtitleFontSize || 10, false);
    return fitted;
  }
  function render(chart, spec, layout) {
    if (chart.result) chart.result.finalize();
    chart.result = null;
    return embed(chart.el, spec).then(function (result) {
      chart.result = result;
      chart.layout = layout;
      if (layout) chart.el.setAttribute('data-fitted', layout.scale.toFixed(2));
      else chart.el.removeAttribute('data-fitted');
      chart.onDrawn(chart.el);
      var svg = chart.el.querySelector('svg');
      return svg ? Number(svg.getAttribute('width')) : 0;
    });
  }
  function fit(chart) {
    // The figure's width: vega-embed sets the chart's element inline-block, as wide as what it holds.
    var box = chart.el.parentElement.clientWidth;
    if (chart.natural * SHRUNK <= box) return chart.layout ? render(chart, chart.spec, null) : Promise.resolve();
    if (chart.layout && chart.layout.box === box) return Promise.resolve();
    var widest = widestView(chart.spec);
    var narrowest = Math.min(NARROWEST, NARROWEST_PX / widest);
    var tries = 0;
    var before = Infinity;
    function attempt(scale, shares) {
      return render(chart, withinBox(labels.wrapped(stacked(chart.spec, scale), box, shares[0]), box), { box: box, scale: scale }).then(function (width) {
        if (width <= box || widest === 0) return;
        // Views as narrow as they go, or narrower ones that left the chart as wide: the labels narrowed, while they may be.
        if (scale <= narrowest || ++tries >= 4 || width >= before - 1) return shares.length > 1 ? attempt(scale, shares.slice(1)) : undefined;
        before = width;
        // The views take up what is too wide; axes, headers and legends keep their size.
        var views = widest * scale;
        return attempt(Math.max(narrowest, (scale * (views - (width - box))) / views), shares);
      });
    }
    // A layout that could not be drawn (or measured): the chart as given, shrunk to its figure, rather than none.
    return Promise.resolve(1).then(function (scale) { return attempt(scale, LABEL_SHARES); }).catch(function (error) {
      console.error(error);
      return render(chart, chart.spec, null);
    });
  }
  function queued(chart, step) {
    // A chart that could not be drawn says so in its figure (the page's catch); the others go on.
    chart.queue = chart.queue.catch(function () {}).then(step);
    return chart.queue;
  }
  return {
    draw: function (el, spec, onDrawn) {
      var chart = { el: el, spec: spec, natural: 0, layout: null, result: null, onDrawn: onDrawn, queue: Promise.resolve() };
      charts.push(chart);
      return queued(chart, function () {
        return render(chart, spec, null).then(function (width) { chart.natural = width; return fit(chart); });
      });
    },
    refit: function () {
      return Promise.all(charts.map(function (chart) { return queued(chart, function () { return fit(chart); }); }));
    },
  };
}`;
