import type { PartnerSeed, ScaffoldContext } from '../context.js';
import { flowList, scalar } from '../yaml-text.js';

/** stakeholders.yaml: the local consultation — partners by sector, bodies and agreements. */
export function stakeholdersFile(ctx: ScaffoldContext): string {
  return ctx.language === 'en' ? english(ctx) : dutch(ctx);
}

function partner(p: PartnerSeed, extra = ''): string {
  return `  - id: ${p.id}\n    name: ${scalar(p.name)}\n    sector: ${p.sector}\n    kind: ${p.kind}\n${extra}    role: ${scalar(p.role)}\n`;
}

/** For an intermunicipal plan: each municipality's own administration, linked by its id. */
function municipalityPartners(ctx: ScaffoldContext, label: (name: string) => string, role: string): string {
  if (!ctx.multi) return '';
  return ctx.answers.municipalities
    .map((m) => `  - id: bestuur-${m.id}\n    name: ${scalar(label(m.name))}\n    sector: local-government\n    kind: municipal-service\n    municipality: ${scalar(m.id)}\n    role: ${scalar(role)}\n`)
    .join('');
}

function ids(ctx: ScaffoldContext): { all: string[]; core: string[] } {
  const { coordinator, health, police, school } = ctx.partners;
  const administrations = ctx.multi ? ctx.answers.municipalities.map((m) => `bestuur-${m.id}`) : [];
  return { all: [health.id, police.id, school.id, ...administrations], core: [health.id, police.id, ...administrations].filter((id) => id !== coordinator.id) };
}

const sectorsBE = `#   health            Gezondheid: huisartsen, apothekers, CGG (psycholoog, preventiewerker
#                     alcohol en drugs), MSOC, Logo, spoeddienst
#   welfare           Welzijn: OCMW, straathoekwerk, CAW en JAC
#   safety-justice    Veiligheid en justitie: wijkagent, jeugdpolitie, korpschef
#   leisure           Vrije tijd: sportclubs, toneel- en andere verenigingen, seniorenraad,
#                     ouderraden, gezinsbond
#   education         Onderwijs: directies, leerkrachten, leerlingenbegeleiding, CLB
#   youth             Jeugd: jeugdhuis, jeugdbewegingen, jeugddienst
#   nightlife         Uitgaan: cafés en clubs, barpersoneel, security, fuif- en
#                     festivalorganisatoren, peer support
#   local-government  Lokaal bestuur: drugcoördinator, preventiewerker, jeugdconsulent,
#                     horecacoach, bevoegde schepen
#   work              Arbeid: lokale handelaars en bedrijven, ondernemerscentrum`;

const sectorsNL = `#   health            Gezondheid: GGD, huisartsen, apothekers, regionale verslavingszorg
#                     (preventie en behandeling), spoedeisende hulp
#   welfare           Welzijn: sociaal wijkteam, maatschappelijk werk, schuldhulpverlening
#   safety-justice    Veiligheid en justitie: wijkagent, Halt, reclassering, jeugdzorg
#   leisure           Vrije tijd: sportverenigingen, cultuur- en buurtverenigingen, ouderen
#   education         Onderwijs: schoolleiding, docenten, zorgcoördinatoren, mbo
#   youth             Jeugd: jongerenwerk, jeugdverenigingen, centrum voor jeugd en gezin
#   nightlife         Uitgaan: horecaondernemers, barpersoneel, beveiliging, organisatoren
#                     van feesten en festivals, peer-educatie
#   local-government  Lokaal bestuur: beleidsmedewerkers gezondheid, jeugd en veiligheid,
#                     de verantwoordelijke wethouder
#   work              Arbeid: ondernemers, werkgevers, bedrijfsartsen`;

function dutch(ctx: ScaffoldContext): string {
  const nl = ctx.language === 'nl-NL';
  const { coordinator, health, police, school } = ctx.partners;
  const { bodies } = ctx;
  const { all, core } = ids(ctx);
  return `${ctx.schemaLine('stakeholders.schema.json')}
#
# stakeholders.yaml — het lokaal overleg: partners, overlegorganen en afspraken.
#
# Het overleg tussen partners is de motor van het beleid: wie vanuit een eigen hoek met
# alcohol en drugs te maken heeft, stemt er zijn kijk en aanpak af met de anderen. Nodig
# mensen uit elke sector uit. "sector" is een van deze waarden, met voorbeelden:
#
${nl ? sectorsNL : sectorsBE}
#
# Partners vindt u via de adviesraden van de gemeente, bestaande overleggen, sleutelfiguren
# in een sector of een oproep in de lokale pers. Geef ook ervaringsdeskundigen een stem
# (kind: experience-expert). Noteer per partner wat hij bijdraagt (role) en hoeveel uren per
# jaar hij inzet (hoursPerYear): zo blijft een taak niet liggen wanneer iemand van job verandert.
# Doelen en overlegorganen verwijzen naar een partner met zijn id.
${ctx.multi ? '# In een intergemeentelijk plan zegt "municipality" in welke gemeente een partner werkt.\n' : ''}
partners:
${partner(coordinator, '    # hoursPerYear: 400\n')}${partner(health)}${partner(police)}${partner(school)}${municipalityPartners(ctx, (name) => `Gemeentebestuur ${name}`, 'Vertegenwoordigt de gemeente in het overleg en zorgt dat de acties lokaal uitgevoerd worden.')}
# Overlegorganen. Een werkbare opzet die vaak gebruikt wordt:
#   - een brede adviesraad (of lokaal overleg) met partners uit alle sectoren, die een
#     of twee keer per jaar samenkomt, het plan bespreekt en er zijn akkoord over geeft;
#   - een kleine stuurgroep die vaker vergadert, voorstellen voorbereidt, de voortgang
#     bewaakt en bijstuurt;
#   - thematische werkgroepen die acties uitwerken en uitvoeren. De coördinator neemt aan
#     elke werkgroep deel en verbindt zo de verschillende onderdelen.
# Leg per orgaan vast wie voorzit (chair), wie het werk voorbereidt en opvolgt (secretary),
# wie er zetelt (members), hoe vaak het samenkomt (meets) en wat het beslist (tasks).
# Kleine gemeenten werken vaak samen in een intergemeentelijk overleg.
bodies:
  - id: ${bodies.advisory}
    name: Adviesraad alcohol en drugs
    type: advisory-council
    chair: ${coordinator.id}
    members: ${flowList(all)}
    meets: een- tot tweemaal per jaar
    tasks: Bespreekt de analyse en het plan, geeft advies en keurt de voorstellen van de stuurgroep goed.
  - id: ${bodies.steering}
    name: Stuurgroep alcohol- en drugbeleid
    type: steering-group
    chair: ${coordinator.id}
    members: ${flowList(core)}
    meets: viermaal per jaar
    tasks: Bereidt het plan voor, volgt de uitvoering op en legt voorstellen voor aan de adviesraad ${nl ? 'en het college van B&W' : 'en het college'}.
  - id: ${bodies.working}
    name: Werkgroep onderwijs
    type: working-group
    theme: Preventie op school
    chair: ${school.id}
    secretary: ${coordinator.id}
    members: ${flowList([health.id, school.id])}
    tasks: Werkt de acties voor scholen uit en voert ze mee uit.

# Maak afspraken tussen partners zo concreet mogelijk, liefst schriftelijk in een
# samenwerkingsprotocol (form: protocol, written of oral), bijvoorbeeld:
# agreements:
#   - id: protocol-scholen
#     title: Afspraken tussen scholen en politie over drugs op school
#     form: protocol
#     partners: ${flowList([school.id, police.id])}
`;
}

function english(ctx: ScaffoldContext): string {
  const { coordinator, health, police, school } = ctx.partners;
  const { bodies } = ctx;
  const { all, core } = ids(ctx);
  return `${ctx.schemaLine('stakeholders.schema.json')}
#
# stakeholders.yaml — the local consultation: partners, bodies and agreements.
#
# The consultation between partners drives the policy: everyone who meets alcohol and
# drugs from their own angle tunes their view and approach to the others. Invite people
# from every sector. "sector" is one of these values, with examples:
#
#   health            GPs, pharmacists, mental-health and addiction services, emergency care
#   welfare           social services, street work, youth advice centres
#   safety-justice    community police officers, youth police
#   leisure           sports clubs, cultural societies, senior and parent councils
#   education         school heads, teachers, pupil guidance
#   youth             youth centre, youth movements, youth service
#   nightlife         bars and clubs, bar staff, security, party and festival organisers,
#                     peer support
#   local-government  drug-policy coordinator, prevention worker, youth officer, the
#                     responsible alderman
#   work              local shops and businesses, employers
#
# Find partners through the municipality's advisory councils, existing meetings, key
# people in a sector or a call in the local press. Give experience experts a voice too
# (kind: experience-expert). Note what each partner contributes (role) and how many hours
# a year (hoursPerYear), so that tasks do not drop when someone changes jobs.
# Goals and bodies refer to a partner by its id.
${ctx.multi ? '# In an intermunicipal plan, "municipality" says where a partner works.\n' : ''}
partners:
${partner(coordinator, '    # hoursPerYear: 400\n')}${partner(health)}${partner(police)}${partner(school)}${municipalityPartners(ctx, (name) => `Municipality of ${name}`, 'Represents the municipality and sees that the actions are carried out locally.')}
# Bodies. A set-up that works well in practice:
#   - a broad advisory council (or local consultation) with partners from all sectors that
#     meets once or twice a year, discusses the plan and approves it;
#   - a small steering group that meets more often, prepares proposals, watches progress
#     and adjusts;
#   - thematic working groups that work out and carry out actions. The coordinator sits in
#     every working group and so links the parts together.
# For each body, record who chairs, who prepares and follows up (secretary), who sits in it
# (members), how often it meets and what it decides (tasks).
bodies:
  - id: ${bodies.advisory}
    name: Alcohol and drug advisory council
    type: advisory-council
    chair: ${coordinator.id}
    members: ${flowList(all)}
    meets: once or twice a year
    tasks: Discusses the analysis and the plan, gives advice and approves the steering group's proposals.
  - id: ${bodies.steering}
    name: Alcohol and drug policy steering group
    type: steering-group
    chair: ${coordinator.id}
    members: ${flowList(core)}
    meets: four times a year
    tasks: Prepares the plan, follows up its execution and puts proposals to the advisory council.
  - id: ${bodies.working}
    name: Working group schools
    type: working-group
    theme: Prevention at school
    chair: ${school.id}
    secretary: ${coordinator.id}
    members: ${flowList([health.id, school.id])}
    tasks: Works out the actions for schools and helps carry them out.

# Make agreements between partners as concrete as you can, in writing where possible
# (form: protocol, written or oral), for example:
# agreements:
#   - id: school-protocol
#     title: Agreement between schools and police on drugs at school
#     form: protocol
#     partners: ${flowList([school.id, police.id])}
`;
}
