import type { Sector } from '../model/input.js';

import { consultationSectors } from '../messages/sectors.js';

export { consultationSectors, type ConsultationSector } from '../messages/sectors.js';

// Every consultation sector is a sector of the schema.
consultationSectors satisfies readonly Sector[];

// Their names and examples, per language, are in src/messages/sectors.ts.
