import alea from 'seedrandom/lib/alea.js';

/** The state of seedrandom's Alea generator, as its `state()` exports it. */
export interface AleaState {
  readonly s0: number;
  readonly s1: number;
  readonly s2: number;
  readonly c: number;
}

const MULTIPLIER = 2091639;
const TWO_TO_MINUS_32 = 2.3283064365386963e-10;

/**
 * A seedrandom Alea stream drawn in bulk: `fill` writes the same numbers, in the same order, as
 * calling `alea(seed)` would return (tests pin this), about twice as fast.
 *
 * seedrandom's step is t = 2091639·s0 + c·2⁻³², c' = ⌊t⌋, s' = t − c'. Every value is a multiple
 * of 2⁻³² below 2²¹, so each of these operations is exact in doubles, and so is the reordering
 * used here: split 2091639·s0 into its integer part h and fraction, add c·2⁻³² to the fraction,
 * and carry one into h in the rare case (about one step in 4,000) that the sum reaches 1. The
 * generator's own form makes every step wait for the previous step's carry (a chain of dependent
 * floating-point operations); here the carry is almost always h, which the CPU predicts, so
 * consecutive steps overlap. A fill works on the state in local variables and saves it once, after
 * its loop. (It used to save it at every step, against V8 abandoning the loop compiled during its
 * first run at the code after it: V8 now does that twice per process, and the stores cost a
 * quarter of a fill, docs/PERFORMANCE.md.)
 */
export class BulkStream {
  /** s0, s1, s2 and c, saved after each fill; a typed array holds them as plain doubles. */
  private readonly registers = new Float64Array(4);

  constructor(state: AleaState) {
    this.registers.set([state.s0, state.s1, state.s2, state.c]);
  }

  /** Writes the stream's next `count` uniforms to out[start], out[start + 1], … */
  fill(out: Float64Array, start: number, count: number): void {
    const registers = this.registers;
    let s0 = registers[0];
    let s1 = registers[1];
    let s2 = registers[2];
    let c = registers[3];
    const end = start + count;
    for (let i = start; i < end; i++) {
      const m = MULTIPLIER * s0;
      const h = Math.floor(m);
      let next = m - h + c * TWO_TO_MINUS_32;
      if (next >= 1) {
        next -= 1;
        c = h + 1;
      } else {
        c = h;
      }
      s0 = s1;
      s1 = s2;
      s2 = next;
      out[i] = next;
    }
    registers[0] = s0;
    registers[1] = s1;
    registers[2] = s2;
    registers[3] = c;
  }

  /** The current state, in the form seedrandom's `alea(seed, { state })` accepts. */
  state(): AleaState {
    const [s0, s1, s2, c] = this.registers;
    return { s0, s1, s2, c };
  }
}

/** The bulk form of the seedrandom Alea stream seeded with `seed`. */
export function bulkStream(seed: string): BulkStream {
  return new BulkStream(alea(seed, { state: true }).state());
}
