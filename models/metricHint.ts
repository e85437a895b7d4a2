import { closest } from '../sim/params/issues';
import { METRICS, METRIC_NAMES, type MetricName } from './metrics';

/**
 * The metric a mistyped name most likely meant: the closest name by spelling, else the one whose
 * description holds every word of it ("proqolBurnout" → proqolBO, which no edit distance reaches),
 * the name sharing the longest start with it among several. Undefined when none is likely.
 */
export function metricHint(word: string): MetricName | undefined {
  if (word.trim() === '') return undefined;
  const spelled = closest(word, METRIC_NAMES);
  if (spelled) return spelled as MetricName;
  const words = word
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length >= 2);
  if (words.length === 0) return undefined;
  const matching = METRICS.filter((m) => words.every((w) => m.doc.toLowerCase().includes(w) || m.name.toLowerCase().includes(w)));
  const start = (name: string) => {
    let n = 0;
    while (n < name.length && n < word.length && name[n].toLowerCase() === word[n].toLowerCase()) n++;
    return n;
  };
  const best = Math.max(...matching.map((m) => start(m.name)));
  const chosen = matching.filter((m) => start(m.name) === best);
  return chosen.length === 1 ? chosen[0].name : undefined;
}
