import type { PillarInput } from './input.js';

/**
 * The shipped pillar models. They are data: a plan picks one with `pillarModel`, or
 * defines its own with `pillars`. Names are Dutch because the models are Dutch-language.
 */
export const pillarModels = {
  brugge: {
    name: 'Drie pijlers (Brugge)',
    pillars: [
      { id: 'preventie', name: 'Preventie', description: 'Voorkomen van gebruik en van problemen door gebruik.' },
      { id: 'hulpverlening', name: 'Hulpverlening', description: 'Vroeginterventie, behandeling, zorg en schadebeperking.' },
      { id: 'repressie', name: 'Repressie', description: 'Regelgeving, handhaving en strafrechtelijke aanpak.' },
    ],
  },
  'vlaams-integraal': {
    name: 'Integraal en geïntegreerd (Vlaanderen)',
    pillars: [
      { id: 'preventie', name: 'Preventie', description: 'Voorkomen van gebruik en van problemen door gebruik.' },
      { id: 'vroeginterventie', name: 'Vroeginterventie', description: 'Vroeg signaleren en ingrijpen bij beginnende problemen.' },
      { id: 'zorg-herstel', name: 'Zorg en herstel', description: 'Behandeling en herstelgerichte zorg.' },
      { id: 'schadebeperking', name: 'Schadebeperking', description: 'Beperken van schade bij wie gebruikt en voor de omgeving.' },
      { id: 'handhaving-repressie', name: 'Handhaving en repressie', description: 'Regelgeving, handhaving en strafrechtelijke aanpak.' },
    ],
  },
  trimbos: {
    name: 'Drie pijlers (Trimbos)',
    pillars: [
      { id: 'vraagbeperking', name: 'Vraagbeperking', description: 'De vraag naar drugs ontmoedigen: vroegsignalering, deskundigheid, preventie in settings.' },
      { id: 'aanbodbeperking', name: 'Aanbodbeperking', description: 'Productie en handel tegengaan, beschikbaarheid beperken.' },
      { id: 'schadebeperking', name: 'Schadebeperking', description: 'Gezondheidsschade bij gebruik beperken.' },
    ],
  },
} as const satisfies Record<string, { name: string; pillars: readonly PillarInput[] }>;

export type PillarModelId = keyof typeof pillarModels;
