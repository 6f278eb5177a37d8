import type { Sector } from '../model/input.js';
import type { LocalText } from './rule.js';

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

export const sectorNames: Record<ConsultationSector, LocalText> = {
  health: { nl: 'gezondheid', en: 'health' },
  welfare: { nl: 'welzijn', en: 'welfare' },
  'safety-justice': { nl: 'veiligheid en justitie', en: 'safety and justice' },
  leisure: { nl: 'vrije tijd', en: 'leisure' },
  education: { nl: 'onderwijs', en: 'education' },
  youth: { nl: 'jeugd', en: 'youth' },
  nightlife: { nl: 'uitgaan', en: 'nightlife' },
  'local-government': { nl: 'lokaal bestuur', en: 'local government' },
  work: { nl: 'arbeid', en: 'work' },
};

/** Who to think of in each sector: the kinds of partners the seed lists, in our own words. */
export const sectorExamples: Record<ConsultationSector, LocalText> = {
  health: {
    nl: 'de huisartsen en apothekers, het CGG en zijn preventiewerker alcohol en drugs, een MSOC, het LOGO of de spoeddienst',
    en: 'general practitioners and pharmacists, the mental health centre (CGG) and its alcohol and drug prevention worker, an MSOC, the LOGO or the emergency department',
  },
  welfare: {
    nl: 'het OCMW of de sociale dienst, het straathoekwerk, het CAW of het JAC',
    en: 'the public social welfare centre (OCMW), street-corner work, the CAW or the youth advice centre (JAC)',
  },
  'safety-justice': {
    nl: 'de lokale politie (wijkagenten, commissaris) en het parket',
    en: 'the local police (community officers, a commissioner) and the public prosecutor',
  },
  leisure: {
    nl: 'sportclubs, cultuurverenigingen, de seniorenraad, een ouderraad of de gezinsbond',
    en: 'sports clubs, cultural societies, the seniors\u2019 council, a parents\u2019 council or a family association',
  },
  education: {
    nl: 'schooldirecties en leerkrachten, en het CLB',
    en: 'school heads and teachers, and the pupil guidance centre (CLB)',
  },
  youth: {
    nl: 'het jeugdhuis en de jeugdbewegingen, zoals de scouts',
    en: 'the youth centre and youth movements such as the scouts',
  },
  nightlife: {
    nl: 'café- en clubuitbaters, barpersoneel, security, festivalorganisatoren of een peer-supportwerking',
    en: 'café and club owners, bar staff, security, festival organisers or a peer-support project',
  },
  'local-government': {
    nl: 'de drugcoördinator, de jeugddienst, een horecacoach, de preventiedienst of de bevoegde schepen',
    en: 'the drug coordinator, the youth service, a hospitality coach, the prevention service or the responsible alderman',
  },
  work: {
    nl: 'de lokale handelaars en ondernemers, of een bedrijvencentrum',
    en: 'local shopkeepers and businesses, or a business centre',
  },
};
