// MODEL.md §4.3: high-intensity events leave a trace that becomes a traumatic memory unless it
// is processed the same or the next day; memories fade slowly and are worked through in
// supervision or therapy. Numbing sends part of the day's stress straight into memory.

/** Share of pending trace processed today: independent chances from each kind of processing. */
export function processedShare(carTalk: number, teamProcessing: number, supervision: number, griefCheckIn: number, singleSession: number): number {
  return 1 - (1 - carTalk) * (1 - teamProcessing) * (1 - supervision) * (1 - griefCheckIn) * (1 - singleSession);
}

/** Daily fading of memories: natural decay plus therapy for those who use it. */
export function memoryFading(memories: number, decay: number, therapyAccess: number, therapyRelief: number, helpSeeking: number): number {
  return (decay + therapyAccess * therapyRelief * helpSeeking) * memories;
}
