import type { Role } from '../../models/roles';

/**
 * Role names that fit a tile (the tile's tooltip and the card give the full name): each a word of
 * the role's name, or its start, and at most as wide as "Counsellor" in the tile's bold text, so it
 * stays whole in the narrowest tile (104 px). The social worker's was "Social wk", which a class
 * read as a week (or as social support, one of the worker's states): "Social wkr" says worker.
 */
export const SHORT_ROLE: Readonly<Record<Role, string>> = {
  police: 'Police',
  'fire-ems': 'Fire/EMS',
  'recovery-coach': 'Coach',
  'harm-reduction': 'Outreach',
  'peer-navigator': 'Navigator',
  clergy: 'Clergy',
  'sud-counselor': 'Counsellor',
  'social-worker': 'Social wkr',
  nurse: 'Nurse',
  'research-assistant': 'Research',
  'program-manager': 'Manager',
};
