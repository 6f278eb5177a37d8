import type { Sector } from '../model/input.js';

/** The sectors of a local consultation, in the order of seeds/lokaal-overleg-stakeholders.txt. */
export const consultationSectors = [
  'health',
  'welfare',
  'safety-justice',
  'leisure',
  'education',
  'youth',
  'nightlife',
  'local-government',
  'work',
] as const satisfies readonly Sector[];

export type ConsultationSector = (typeof consultationSectors)[number];

// Their names and examples, per language, are in src/messages/sectors.ts.
