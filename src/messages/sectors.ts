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
] as const;

export type ConsultationSector = (typeof consultationSectors)[number];
import { pick, type Localised, type MessageLanguage } from './language.js';

/**
 * The sectors of a local consultation in words, and who to think of in each: Flemish partners
 * (CGG, OCMW, CLB, the jeugdhuis) for nl-BE, Dutch ones (GGD, sociaal wijkteam, scouting) for
 * nl-NL. Used by the sector-coverage rule's message and hint.
 */
const names: Record<ConsultationSector, Localised<string>> = {
  health: { nl: 'gezondheid', 'nl-NL': 'gezondheid', en: 'health' },
  welfare: { nl: 'welzijn', 'nl-NL': 'welzijn', en: 'welfare' },
  'safety-justice': { nl: 'veiligheid en justitie', 'nl-NL': 'veiligheid en justitie', en: 'safety and justice' },
  leisure: { nl: 'vrije tijd', 'nl-NL': 'vrije tijd', en: 'leisure' },
  education: { nl: 'onderwijs', 'nl-NL': 'onderwijs', en: 'education' },
  youth: { nl: 'jeugd', 'nl-NL': 'jeugd', en: 'youth' },
  nightlife: { nl: 'uitgaan', 'nl-NL': 'uitgaan', en: 'nightlife' },
  'local-government': { nl: 'lokaal bestuur', 'nl-NL': 'gemeente', en: 'local government' },
  work: { nl: 'arbeid', 'nl-NL': 'werk', en: 'work' },
};

/** Who to think of in each sector: the kinds of partners the seed lists, in our own words. */
const examples: Record<ConsultationSector, Localised<string>> = {
  health: {
    nl: 'de huisartsen en apothekers, het CGG en zijn preventiewerker alcohol en drugs, een MSOC, het LOGO of de spoeddienst',
    'nl-NL': 'de GGD, de instelling voor verslavingszorg en haar preventiewerkers, huisartsen, apothekers of de spoedeisende hulp',
    en: 'general practitioners and pharmacists, the mental health centre (CGG) and its alcohol and drug prevention worker, an MSOC, the LOGO or the emergency department',
  },
  welfare: {
    nl: 'het OCMW of de sociale dienst, het straathoekwerk, het CAW of het JAC',
    'nl-NL': 'het sociaal wijkteam, het maatschappelijk werk, het straatwerk of het jongerenwerk',
    en: 'the public social welfare centre (OCMW), street-corner work, the CAW or the youth advice centre (JAC)',
  },
  'safety-justice': {
    nl: 'de lokale politie (wijkagenten, commissaris) en het parket',
    'nl-NL': 'de politie (wijkagenten), de boa\u2019s van de gemeente en het Openbaar Ministerie',
    en: 'the local police (community officers, a commissioner) and the public prosecutor',
  },
  leisure: {
    nl: 'sportclubs, cultuurverenigingen, de seniorenraad, een ouderraad of de gezinsbond',
    'nl-NL': 'sportverenigingen en hun kantines, culturele verenigingen, de ouderenbond of een ouderraad',
    en: 'sports clubs, cultural societies, the seniors\u2019 council, a parents\u2019 council or a family association',
  },
  education: {
    nl: 'schooldirecties en leerkrachten, en het CLB',
    'nl-NL': 'schoolleiders, mentoren en zorgcoördinatoren van scholen, en de jeugdgezondheidszorg',
    en: 'school heads and teachers, and the pupil guidance centre (CLB)',
  },
  youth: {
    nl: 'het jeugdhuis en de jeugdbewegingen, zoals de scouts',
    'nl-NL': 'het jongerenwerk, jongerencentra en scouting',
    en: 'the youth centre and youth movements such as the scouts',
  },
  nightlife: {
    nl: 'café- en clubuitbaters, barpersoneel, security, festivalorganisatoren of een peer-supportwerking',
    'nl-NL': 'horecaondernemers, barpersoneel, portiers, organisatoren van evenementen of een peer-educatieproject',
    en: 'café and club owners, bar staff, security, festival organisers or a peer-support project',
  },
  'local-government': {
    nl: 'de drugcoördinator, de jeugddienst, een horecacoach, de preventiedienst of de bevoegde schepen',
    'nl-NL': 'de beleidsadviseurs gezondheid, jeugd en veiligheid, de afdeling vergunningen, de handhavers van de Alcoholwet of de verantwoordelijke wethouder',
    en: 'the drug coordinator, the youth service, a hospitality coach, the prevention service or the responsible alderman',
  },
  work: {
    nl: 'de lokale handelaars en ondernemers, of een bedrijvencentrum',
    'nl-NL': 'lokale ondernemers en winkeliers, zoals supermarkten en slijterijen, of een ondernemersvereniging',
    en: 'local shopkeepers and businesses, or a business centre',
  },
};

/** A sector's name; an unknown sector id stays as it is. */
export function sectorName(sector: unknown, lang: MessageLanguage): string {
  const entry = names[sector as ConsultationSector];
  return entry ? pick(entry, lang) : String(sector);
}

/** Who to think of in a sector, as the end of "Denk aan …". */
export function sectorExamples(sector: unknown, lang: MessageLanguage): string {
  const entry = examples[sector as ConsultationSector];
  return entry ? pick(entry, lang) : '';
}
