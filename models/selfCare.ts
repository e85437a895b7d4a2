// MODEL.md §4.4: self-care is a skill plus programmes, eroded by exhaustion, restored by time off.

export function selfCareTarget(skill: number, programme: number, burnout: number, erosion: number, leaveBonus: number): number {
  const t = skill + programme + leaveBonus - erosion * burnout;
  return t < 0 ? 0 : t > 1 ? 1 : t;
}
