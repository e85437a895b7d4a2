// A command line as a message or analyze's text names it: a sweep or run given many flags (sixty --set, say) records a
// command line of thousands of characters, which, said whole mid-sentence, buries what follows it (what to do). Where it
// is recorded (the lock, sweep.json, manifest.json, --json, analysis.json) it stays whole.

/** Longer command lines than this are shortened. */
const LONGEST = 160;
/** About how much of a shortened one's start, and of its end (its --out and --resume, often), is kept. */
const HEAD = 100;
const TAIL = 40;

/**
 * `command` whole where it is at most 160 characters; else its start and end around "… (N characters left out) …": the
 * whole words of its first 100 characters (at least half of them), and the fewest whole words at its end that make 40
 * (at most twice that, so a long path at the end is kept whole); where words do not fit so, cut within one. Whole where
 * that leaves out too little to make it shorter.
 */
export function shownCommand(command: string): string {
  // By characters (code points), so that one written as two UTF-16 units (an emoji) is never cut in two, and counts as one.
  const chars = Array.from(command);
  if (chars.length <= LONGEST) return command;
  const headEnd = chars.lastIndexOf(' ', HEAD);
  const headLength = headEnd >= HEAD / 2 ? headEnd : HEAD;
  const tailStart = chars.lastIndexOf(' ', chars.length - TAIL);
  const tailFrom = tailStart >= chars.length - 2 * TAIL && tailStart >= headLength ? tailStart + 1 : chars.length - TAIL;
  const shown = `${chars.slice(0, headLength).join('')} … (${tailFrom - headLength} characters left out) … ${chars.slice(tailFrom).join('')}`;
  // Words that leave out less than the marker takes (a space between two long words) make no shorter line.
  return Array.from(shown).length < chars.length ? shown : command;
}
