// seedrandom ships its generators as standalone UMD files; importing the Alea file alone keeps
// Node's `crypto` (used only for autoseeding, which CFSim never does) out of browser bundles.
declare module 'seedrandom/lib/alea.js' {
  interface AleaState { c: number; s0: number; s1: number; s2: number }
  interface AleaPrng {
    (): number;
    int32(): number;
    double(): number;
    quick(): number;
    state(): AleaState;
  }
  function alea(seed: string, options?: { state?: boolean | AleaState }): AleaPrng;
  export default alea;
}
