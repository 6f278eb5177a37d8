import { pillarModels } from '../model/pillar-models.js';
import type { InitAnswers, PlanLanguage } from './answers.js';
import { joinNames } from './yaml-text.js';

export interface PartnerSeed {
  id: string;
  name: string;
  sector: string;
  kind: string;
  role: string;
}

/** The four partners the example goal and the bodies refer to; each language has its own usual ones. */
export interface Partners {
  coordinator: PartnerSeed;
  health: PartnerSeed;
  police: PartnerSeed;
  school: PartnerSeed;
}

/** What every file template needs: the answers plus what follows from them. */
export interface ScaffoldContext {
  answers: InitAnswers;
  language: PlanLanguage;
  /** True for an intermunicipal plan (more than one municipality). */
  multi: boolean;
  /** "Balen" or "Balen, Mol en Dessel". */
  place: string;
  pillars: ReadonlyArray<{ id: string; name: string }>;
  partners: Partners;
  /** Ids of the consultation bodies in stakeholders.yaml. */
  bodies: { advisory: string; steering: string; working: string };
  years: { start: number; end: number; mid: number; deadline: number; baseline: number; actionEnd: number };
  /** The first line of a YAML file: the yaml-language-server schema comment. */
  schemaLine: (schemaFile: string) => string;
}

export function scaffoldContext(answers: InitAnswers, schemaRef: (schemaFile: string) => string): ScaffoldContext {
  const { start, end } = answers.period;
  const multi = answers.municipalities.length > 1;
  const and = answers.language === 'en' ? 'and' : 'en';
  return {
    answers,
    language: answers.language,
    multi,
    place: answers.municipalities.some((m) => m.placeholder)
      ? answers.language === 'en' ? 'the municipality' : 'de gemeente'
      : joinNames(answers.municipalities.map((m) => m.name), and),
    pillars: pillarModels[answers.model].pillars,
    partners: partnersFor(answers.language, multi),
    bodies: answers.language === 'en' ? { advisory: 'advisory-council', steering: 'steering-group', working: 'working-group-schools' } : { advisory: 'adviesraad', steering: 'stuurgroep', working: 'werkgroep-onderwijs' },
    years: {
      start,
      end,
      mid: start + Math.floor((end - start) / 2),
      deadline: Math.min(end, start + 3),
      baseline: Math.max(1900, start - 1),
      actionEnd: Math.min(end, start + 1),
    },
    schemaLine: (schemaFile) => `# yaml-language-server: $schema=${schemaRef(schemaFile)}`,
  };
}

function partnersFor(language: PlanLanguage, multi: boolean): Partners {
  if (language === 'nl-NL') {
    return {
      coordinator: { id: 'gemeente-gezondheid', name: multi ? 'Regionaal beleidsteam gezondheid' : 'Gemeente, beleidsteam gezondheid', sector: 'local-government', kind: 'municipal-service', role: 'Voert de regie: brengt de partners samen, bewaakt de planning en rapporteert aan het college.' },
      health: { id: 'ivz-preventie', name: 'Preventieafdeling van de regionale verslavingszorg', sector: 'health', kind: 'organisation', role: 'Brengt kennis over preventie en vroegsignalering in en voert preventieprogramma’s uit.' },
      police: { id: 'politie', name: 'Politie, team wijkagenten', sector: 'safety-justice', kind: 'organisation', role: 'Deelt signalen over gebruik en handel en maakt afspraken met horeca over handhaving.' },
      school: { id: 'scholen-vo', name: 'Scholen voor voortgezet onderwijs', sector: 'education', kind: 'organisation', role: 'Zetten een preventieprogramma op school in en spreken af hoe ze met signalen omgaan.' },
    };
  }
  if (language === 'en') {
    return {
      coordinator: { id: 'prevention-service', name: multi ? 'Intermunicipal prevention service' : 'Prevention service', sector: 'local-government', kind: 'municipal-service', role: 'Coordinates the plan, prepares the meetings and follows up the actions.' },
      health: { id: 'addiction-prevention', name: 'Regional alcohol and drug prevention worker', sector: 'health', kind: 'organisation', role: 'Brings expertise on prevention and early intervention and supports schools and clubs.' },
      police: { id: 'local-police', name: 'Local police', sector: 'safety-justice', kind: 'organisation', role: 'Shares signals about use and dealing and enforces the rules at events.' },
      school: { id: 'pupil-guidance', name: 'Pupil guidance centre', sector: 'education', kind: 'organisation', role: 'Supports pupils and helps schools shape their alcohol and drug policy.' },
    };
  }
  return {
    coordinator: { id: 'preventiedienst', name: multi ? 'Intergemeentelijke preventiedienst' : 'Preventiedienst', sector: 'local-government', kind: 'municipal-service', role: 'Coördineert het plan, bereidt de overlegmomenten voor en volgt de acties op.' },
    health: { id: 'cgg-preventie', name: 'CGG, preventiewerking alcohol en drugs', sector: 'health', kind: 'organisation', role: 'Brengt expertise over preventie en vroeginterventie in en ondersteunt scholen en verenigingen.' },
    police: { id: 'lokale-politie', name: 'Lokale politie', sector: 'safety-justice', kind: 'organisation', role: 'Volgt signalen over gebruik en dealen op en handhaaft de regels bij evenementen.' },
    school: { id: 'clb', name: 'Centrum voor leerlingenbegeleiding (CLB)', sector: 'education', kind: 'organisation', role: 'Begeleidt leerlingen en helpt scholen hun alcohol- en drugbeleid uit te werken.' },
  };
}
