// The report page's tooltip formatter (vega-tooltip's `formatTooltip` option), as the source the
// page inlines: it runs in the browser, where vega-tooltip's own formatValue is bundled out of
// reach. It is that formatValue but for the keys "title" and "image", which vega-tooltip shows as
// a heading and a picture (an <img> whose address is the value): here every key is a row, so a
// row named by a user (a package "title") shows as the others do. A key made unique
// (tooltipRowKeys.ts) shows its label, escaped but otherwise as given. Arrays, nested objects
// (`maxDepth` levels deep) and other values show as vega-tooltip shows them.

/**
 * `function (rowKeyPrefix)` giving the formatter `(value, valueToHtml, maxDepth)`: `rowKeyPrefix`
 * the RegExp of TOOLTIP_ROW_KEY_PREFIX, `valueToHtml` the tooltip's `sanitize` option.
 */
export const TOOLTIP_FORMATTER_SOURCE = `function (rowKeyPrefix) {
  // vega-tooltip's escapeHTML.
  function escaped(text) { return String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;'); }
  // vega-tooltip's stringify: objects deeper than maxDepth as "[Object]", a cycle as "[Circular]".
  function stringify(value, maxDepth) {
    var stack = [];
    return JSON.stringify(value, function (key, v) {
      if (typeof v !== 'object' || v === null) return v;
      stack.length = stack.indexOf(this) + 1;
      if (stack.length > maxDepth) return '[Object]';
      if (stack.indexOf(v) >= 0) return '[Circular]';
      stack.push(v);
      return v;
    });
  }
  function isObject(value) { return value === Object(value); }
  return function (value, valueToHtml, maxDepth) {
    if (Array.isArray(value)) {
      return '[' + value.map(function (v) { return valueToHtml(typeof v === 'string' ? v : stringify(v, maxDepth)); }).join(', ') + ']';
    }
    if (!isObject(value)) return valueToHtml(value);
    var keys = Object.keys(value);
    if (keys.length === 0) return '{}';
    var rows = keys.filter(function (key) { return value[key] !== undefined; }).map(function (key) {
      var label = rowKeyPrefix.test(key) ? escaped(key.replace(rowKeyPrefix, '')) : valueToHtml(key);
      var shown = isObject(value[key]) ? stringify(value[key], maxDepth) : value[key];
      return '<tr><td class="key">' + label + '</td><td class="value">' + valueToHtml(shown) + '</td></tr>';
    });
    return '<table>' + rows.join('') + '</table>';
  };
}`;
