// MODEL.md §4.6: compassion satisfaction rises with successes felt through empathy and belief
// in wellness; falls with barriers, stigma and unmet demand; reverts slowly to the worker's base.

export function satisfactionChange(
  satisfaction: number,
  base: number,
  successes: number,
  response: number,
  beliefInWellness: number,
  barriers: number,
  stigma: number,
  stigmaShield: number,
  unmetShare: number,
  affirmation: number,
  c: {
    successSatisfaction: number;
    barrierSatisfaction: number;
    stigmaSatisfaction: number;
    unmetSatisfaction: number;
    affirmationSatisfaction: number;
    satisfactionReversion: number;
  },
): number {
  return (
    c.successSatisfaction * successes * response * beliefInWellness * (1 - satisfaction) -
    c.barrierSatisfaction * barriers -
    c.stigmaSatisfaction * stigma * (1 - stigmaShield) -
    c.unmetSatisfaction * unmetShare +
    c.affirmationSatisfaction * affirmation -
    c.satisfactionReversion * (satisfaction - base)
  );
}
