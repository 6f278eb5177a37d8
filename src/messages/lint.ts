import type { MessageParams } from './language.js';
import type { MessageEntry } from './language.js';
import { PLACEHOLDER_MARK } from './placeholder-mark.js';
import { sectorExamples, sectorName } from './sectors.js';
import { sectionTitle, type SectionKey } from './completeness.js';

const q = (value: unknown): string => `'${String(value)}'`;
const goal = (p: MessageParams): string => `${p.goal} ${q(p.title)}`;
/** A section as the document titles it: the plan's own label, else ours, numbered as in Brugge when the plan is. */
const section = (p: MessageParams, lang: 'nl' | 'en'): string =>
  q(sectionTitle(p.section as SectionKey, { titles: p.label === undefined ? {} : { [p.section as SectionKey]: String(p.label) }, numbered: p.numbered === 1, themes: false }, lang));

/** The domain rules' diagnostics (the monitoring rules' are in ./monitoring.ts). */
export const lintMessages = {
  'unknown-rule': {
    nl: { message: (p) => `onbekende regel ${q(p.id)}${p.suggestion ? ` — bedoelt u ${q(p.suggestion)}?` : ''}`, hint: (p) => `\`plan rules\` toont alle regels. Gekende regels: ${p.known}.` },
    en: { message: (p) => `unknown rule ${q(p.id)}${p.suggestion ? ` — did you mean ${q(p.suggestion)}?` : ''}`, hint: (p) => `\`plan rules\` lists every rule. Known rules: ${p.known}.` },
  },
  'markdown-too-deep': {
    nl: {
      message: (p) => `lijsten of citaten staan hier zo diep in elkaar dat vanaf regel ${p.line} van deze tekst niets meer gelezen wordt: de rest ontbreekt in plan.html en plan.pdf`,
      hint: () => 'Maak de opsomming minder diep (een paar niveaus is genoeg) of zet de onderdelen onder elkaar; begin een regel alleen met "-", "*" of ">" als u echt een lijst of citaat bedoelt.',
    },
    en: {
      message: (p) => `lists or quotes are nested so deep here that nothing from line ${p.line} of this text on is read: the rest is missing from plan.html and plan.pdf`,
      hint: () => 'Make the list less deep (a few levels are enough) or put the parts one below the other; start a line with "-", "*" or ">" only when you mean a list or a quote.',
    },
  },
  'pdf-missing-glyphs': {
    nl: {
      message: (p) => `het lettertype ${p.font} van de PDF heeft ${p.count === 1 ? 'geen teken' : 'geen tekens'} voor ${p.characters}: in plan.pdf ${p.count === 1 ? 'blijft dat' : 'blijven die'} leeg`,
      hint: (p) =>
        p.alternative
          ? `Kies in plan.yaml het lettertype ${p.alternativeTitle}, dat deze tekens wel heeft (style: { font: ${p.alternative} }), of vervang ze door gewone tekst.`
          : 'Vervang ze door gewone tekst: een emoji of symbool door een woord, een naam in een ander schrift door de Latijnse schrijfwijze. HTML en Markdown tonen ze wel.',
    },
    en: {
      message: (p) => `the PDF's font ${p.font} has no glyph for ${p.characters}: ${p.count === 1 ? 'it stays' : 'they stay'} blank in plan.pdf`,
      hint: (p) =>
        p.alternative
          ? `Choose the font ${p.alternativeTitle} in plan.yaml, which has these characters (style: { font: ${p.alternative} }), or replace them with plain text.`
          : 'Replace them with plain text: an emoji or symbol with a word, a name in another script with its Latin spelling. HTML and Markdown do show them.',
    },
  },
  'pillar-empty': {
    nl: { message: (p) => `de pijler ${q(p.pillar)} draagt geen enkele doelstelling of actie`, hint: () => 'Geef een operationele doelstelling of actie deze pijler bij "pillars:"; een evenwichtig beleid werkt op alle pijlers.' },
    en: { message: (p) => `the pillar ${q(p.pillar)} carries no goal or action`, hint: () => 'Give an operational goal or action this pillar under "pillars:"; a balanced policy works on every pillar.' },
  },
  'pillar-underweight': {
    nl: { message: (p) => `de pijler ${q(p.pillar)} draagt maar ${p.count} van ${p.total} doelstellingen en acties (${p.share}%, minder dan ${p.minShare}%)`, hint: () => 'Werk de pijler verder uit, of verlaag de drempel in plan.yaml: rules: { pillar-balance: { minShare: 5 } }.' },
    en: { message: (p) => `the pillar ${q(p.pillar)} carries only ${p.count} of ${p.total} goals and actions (${p.share}%, less than ${p.minShare}%)`, hint: () => 'Work the pillar out further, or lower the threshold in plan.yaml: rules: { pillar-balance: { minShare: 5 } }.' },
  },
  'pillars-empty-list': {
    nl: {
      message: (p) => `"pillars: []" bij ${p.kind === 'goal' ? 'operationele doelstelling' : 'actie'} ${p.item} ${q(p.title)} noemt geen pijlers: ze telt daarom mee voor de pijlers erboven (${p.pillar})`,
      hint: (p) =>
        `Een lege lijst betekent hetzelfde als geen lijst: de pijlers van de doelstelling of het thema erboven gelden. Vroegere versies telden zo'n onderdeel in de pijlergrafiek bij geen enkele pijler. Bedoelt u de pijlers erboven, laat de regel "pillars: []" dan weg; bedoelt u andere, noem ze, bv. pillars: [${p.suggestion}].`,
    },
    en: {
      message: (p) => `"pillars: []" on ${p.kind === 'goal' ? 'operational goal' : 'action'} ${p.item} ${q(p.title)} names no pillars, so it counts for the pillars above it (${p.pillar})`,
      hint: (p) =>
        `An empty list means the same as no list: the pillars of the goal or theme above apply. Earlier versions counted such an item for no pillar in the pillar chart. If you mean the pillars above, remove the line "pillars: []"; if you mean others, name them, e.g. pillars: [${p.suggestion}].`,
    },
  },
  'goal-without-owner': {
    nl: { message: (p) => `operationele doelstelling ${goal(p)} heeft geen trekker`, hint: () => 'Voeg "owner:" toe met de id van de partner die de doelstelling opvolgt.' },
    en: { message: (p) => `operational goal ${goal(p)} has no owner`, hint: () => 'Add "owner:" with the id of the partner who follows the goal up.' },
  },
  'stakeholder-unused': {
    nl: { message: (p) => `de partner ${q(p.name)} trekt of steunt geen doelstelling en zit in geen overlegorgaan`, hint: (p) => `Gebruik ${q(p.id)} bij "owner:" of "partners:" van een doelstelling of actie, of bij "members:" van een orgaan.` },
    en: { message: (p) => `the partner ${q(p.name)} owns or helps with no goal and sits in no body`, hint: (p) => `Use ${q(p.id)} under "owner:" or "partners:" of a goal or action, or under "members:" of a body.` },
  },
  'sector-without-partner': {
    nl: { message: (p) => `het lokaal overleg heeft geen partner uit de sector ${sectorName(p.sector, 'nl')}`, hint: (p) => `Denk aan ${sectorExamples(p.sector, 'nl')}. Voeg een partner toe met "sector: ${p.sector}".` },
    en: { message: (p) => `the local consultation has no partner from the sector ${sectorName(p.sector, 'en')}`, hint: (p) => `Think of ${sectorExamples(p.sector, 'en')}. Add a partner with "sector: ${p.sector}".` },
  },
  'coordinator-missing': {
    nl: { message: () => 'het plan noemt geen coördinator', hint: () => 'Voeg in plan.yaml "coordinator:" toe met minstens "name:", bv. de preventiewerker van de gemeente.' },
    en: { message: () => 'the plan names no coordinator', hint: () => 'Add "coordinator:" to plan.yaml with at least "name:", e.g. the municipality\u2019s prevention worker.' },
  },
  'advisory-body-missing': {
    nl: { message: () => 'er is geen adviesraad, stuurgroep of lokaal overleg', hint: () => 'Voeg bij "bodies:" een orgaan toe met "type: advisory-council", "type: steering-group" of "type: local-consultation", een voorzitter ("chair:") en leden.' },
    en: { message: () => 'there is no advisory council, steering group or local consultation', hint: () => 'Add a body under "bodies:" with "type: advisory-council", "type: steering-group" or "type: local-consultation", a chair ("chair:") and members.' },
  },
  'advisory-body-without-chair': {
    nl: { message: (p) => `${q(p.name)} heeft geen voorzitter`, hint: () => 'Voeg "chair:" toe met de id van de partner die het orgaan voorzit.' },
    en: { message: (p) => `${q(p.name)} has no chair`, hint: () => 'Add "chair:" with the id of the partner who chairs the body.' },
  },
  'experience-experts-missing': {
    nl: { message: () => 'er zijn geen ervaringsdeskundigen of vertegenwoordigers van gebruikers bij het beleid betrokken', hint: () => 'Voeg een partner toe met "kind: experience-expert" of "kind: user-representative" en neem hem op bij "members:" van een orgaan.' },
    en: { message: () => 'no experience experts or user representatives take part in the policy', hint: () => 'Add a partner with "kind: experience-expert" or "kind: user-representative" and list it under "members:" of a body.' },
  },
  'experience-expert-outside-bodies': {
    nl: { message: (p) => `${q(p.name)} zit in geen enkel overlegorgaan`, hint: (p) => `Neem ${q(p.id)} op bij "members:" van de adviesraad, stuurgroep of een werkgroep, zodat ervaringsdeskundigen inspraak hebben.` },
    en: { message: (p) => `${q(p.name)} sits in no consultation body`, hint: (p) => `List ${q(p.id)} under "members:" of the advisory council, steering group or a working group, so experience experts have a say.` },
  },
  'goal-without-indicator': {
    nl: { message: (p) => `operationele doelstelling ${goal(p)} heeft geen indicator`, hint: () => 'Voeg "indicators:" toe met minstens één indicator met "name:" en "target:" (streefwaarde), liefst ook "baseline:".' },
    en: { message: (p) => `operational goal ${goal(p)} has no indicator`, hint: () => 'Add "indicators:" with at least one indicator with "name:" and "target:", preferably a "baseline:" too.' },
  },
  'indicator-without-target': {
    nl: { message: (p) => `geen enkele indicator van operationele doelstelling ${goal(p)} heeft een streefwaarde`, hint: () => 'Geef minstens één indicator een "target:", bv. target: { value: 5, year: 2027 }.' },
    en: { message: (p) => `no indicator of operational goal ${goal(p)} has a target`, hint: () => 'Give at least one indicator a "target:", e.g. target: { value: 5, year: 2027 }.' },
  },
  'budget-actions-over-plan': {
    nl: {
      message: (p) => `de budgetten van ${p.count} ${p.count === 1 ? 'actie of doelstelling' : 'acties en doelstellingen'} in goals.yaml tellen op tot ${p.actions}, ${p.difference} meer dan de ${p.plan} van de begroting`,
      hint: () => 'Controleer de bedragen: staat een jaarbedrag bij een actie, schrijf dan perYear: true in plaats van het bedrag met de jaren te vermenigvuldigen; ontbreekt een lijn in de begroting, voeg ze toe onder budget.items. Een lijn met een bedrag per jaar krijgt perYear: true, of years: { 2025: 1000, 2026: 1200 }.',
    },
    en: {
      message: (p) => `the budgets of ${p.count} ${p.count === 1 ? 'action or goal' : 'actions and goals'} in goals.yaml add up to ${p.actions}, ${p.difference} more than the ${p.plan} of the budget`,
      hint: () => 'Check the amounts: when an action has a yearly amount, write perYear: true rather than multiplying by the years; when a line is missing from the budget, add it under budget.items. A line with a yearly amount gets perYear: true, or years: { 2025: 1000, 2026: 1200 }.',
    },
  },
  'budget-yearly-note': {
    nl: {
      message: (p) => `het budget van ${p.goal} ${q(p.title)} zegt '${p.note}' in een notitie, maar telt nu als bedrag voor de hele periode`,
      hint: (p) => `Schrijf perYear: true in plaats van de notitie (budget: { amount: ${p.amount}, perYear: true }): dan staat het bedrag per jaar in het plan en telt het voor elk jaar mee. Bedoelt u het bedrag voor de hele periode, laat de notitie dan weg.`,
    },
    en: {
      message: (p) => `the budget of ${p.goal} ${q(p.title)} says '${p.note}' in a note, but counts as the amount for the whole period`,
      hint: (p) => `Write perYear: true instead of the note (budget: { amount: ${p.amount}, perYear: true }): the plan then shows the amount per year and counts it for every year. If you mean the amount for the whole period, leave the note out.`,
    },
  },
  'period-too-short': {
    nl: { message: (p) => `de planperiode ${p.start}-${p.end} duurt maar ${p.years} jaar`, hint: (p) => `Een beleidsplan loopt gewoonlijk ${p.min} tot ${p.max} jaar, vaak gelijk met de bestuursperiode. Is dit een kort actieplan, zet dan in plan.yaml "structure: { preset: actieplan }".` },
    en: { message: (p) => `the plan period ${p.start}-${p.end} runs only ${p.years} ${p.years === 1 ? 'year' : 'years'}`, hint: (p) => `A policy plan usually runs ${p.min} to ${p.max} years, often in step with the council\u2019s term. If this is a short action plan, set "structure: { preset: actieplan }" in plan.yaml.` },
  },
  'period-too-long': {
    nl: { message: (p) => `de planperiode ${p.start}-${p.end} duurt ${p.years} jaar`, hint: (p) => `Een beleidsplan loopt gewoonlijk ${p.min} tot ${p.max} jaar; plan daarna een nieuwe omgevingsanalyse en een nieuw plan.` },
    en: { message: (p) => `the plan period ${p.start}-${p.end} runs ${p.years} years`, hint: (p) => `A policy plan usually runs ${p.min} to ${p.max} years; plan a new analysis and a new plan after that.` },
  },
  'substance-not-in-goals': {
    nl: { message: (p) => `${q(p.name)} staat in de afbakening maar in geen enkele doelstelling of actie`, hint: (p) => `Voeg ${q(p.id)} toe bij "substances:" van een doelstelling of actie in goals.yaml, of haal het uit de afbakening.` },
    en: { message: (p) => `${q(p.name)} is in scope but in no goal or action`, hint: (p) => `Add ${q(p.id)} under "substances:" of a goal or action in goals.yaml, or take it out of the scope.` },
  },
  'alcohol-not-in-scope': {
    nl: { message: () => 'alcohol staat niet in de afbakening van het plan', hint: () => 'Voeg in mission.yaml bij "scope: substances:" een item toe met "id: alcohol". Laat het plan alcohol bewust weg, zet de regel dan uit: rules: { alcohol-in-scope: off }.' },
    en: { message: () => 'alcohol is not in the plan\u2019s scope', hint: () => 'Add an item with "id: alcohol" under "scope: substances:" in mission.yaml. If the plan leaves alcohol out on purpose, switch the rule off: rules: { alcohol-in-scope: off }.' },
  },
  'process-aspect-missing': {
    nl: { message: (p) => `geen procesdoelstelling gaat over ${p.aspect === 'monitoring' ? 'monitoring' : 'evidence-informed werken'}`, hint: (p) => `Voeg een procesdoelstelling toe, of geef een bestaande "aspects: [${p.aspect}]".` },
    en: { message: (p) => `no process goal covers ${p.aspect === 'monitoring' ? 'monitoring' : 'evidence-informed working'}`, hint: (p) => `Add a process goal, or give an existing one "aspects: [${p.aspect}]".` },
  },
  'prevention-without-target-groups': {
    nl: { message: (p) => `${p.kind === 'action' ? 'actie' : 'doelstelling'} ${p.item} ${q(p.title)} hoort bij preventie maar noemt geen doelgroep`, hint: () => 'Voeg "targetGroups:" toe, bv. [leerlingen secundair onderwijs, ouders].' },
    en: { message: (p) => `${p.kind === 'action' ? 'action' : 'goal'} ${p.item} ${q(p.title)} belongs to prevention but names no target group`, hint: () => 'Add "targetGroups:", e.g. [secondary school pupils, parents].' },
  },
  'prevention-without-settings': {
    nl: { message: (p) => `${p.kind === 'action' ? 'actie' : 'doelstelling'} ${p.item} ${q(p.title)} hoort bij preventie maar noemt geen setting`, hint: () => 'Voeg "settings:" toe, bv. [onderwijs, gezin, uitgaan].' },
    en: { message: (p) => `${p.kind === 'action' ? 'action' : 'goal'} ${p.item} ${q(p.title)} belongs to prevention but names no setting`, hint: () => 'Add "settings:", e.g. [school, family, nightlife].' },
  },
  'council-cycle-period': {
    nl: { message: (p) => `de planperiode ${p.start}-${p.end} duurt ${p.years} jaar, niet de ${p.cycle} jaar van de Alcoholwet`, hint: (p) => `De gemeenteraad stelt het preventie- en handhavingsplan om de ${p.cycle} jaar vast, samen met de nota gezondheidsbeleid: laat "period:" ${p.cycle} jaar duren, bv. start: ${p.start} en end: ${Number(p.start) + Number(p.cycle) - 1}.` },
    en: { message: (p) => `the plan period ${p.start}-${p.end} runs ${p.years} ${p.years === 1 ? 'year' : 'years'}, not the ${p.cycle} years of the Alcoholwet`, hint: (p) => `The council adopts the prevention and enforcement plan every ${p.cycle} years, together with the local health policy: make "period:" run ${p.cycle} years, e.g. start: ${p.start} and end: ${Number(p.start) + Number(p.cycle) - 1}.` },
  },
  'council-cycle-not-council': {
    nl: { message: (p) => `het plan wordt vastgesteld door ${q(p.body)}, niet door de gemeenteraad`, hint: () => 'De Alcoholwet laat de gemeenteraad het plan vaststellen. Zet bij "adoption:" de raad als "body:", bv. body: Gemeenteraad, met de datum van het raadsbesluit.' },
    en: { message: (p) => `the plan is adopted by ${q(p.body)}, not by the municipal council`, hint: () => 'The Alcoholwet has the municipal council adopt the plan. Put the council as "body:" under "adoption:", e.g. body: Gemeenteraad, with the date of the council decision.' },
  },
  'health-policy-link-missing': {
    nl: { message: () => 'het plan verwijst niet naar de lokale nota gezondheidsbeleid', hint: () => 'Noem in de inleiding (of bij de wettelijke basis of de voorgaande documenten) de nota gezondheidsbeleid waar dit plan bij hoort, bv. "Dit plan hoort bij de nota gezondheidsbeleid 2025-2028."' },
    en: { message: () => 'the plan does not refer to the local health policy', hint: () => 'Name in the introduction (or the legal basis or the precursor documents) the local health policy (nota gezondheidsbeleid) this plan belongs to, e.g. "This plan belongs to the local health policy 2025-2028."' },
  },
  'age-limit-missing': {
    nl: { message: () => 'geen doelstelling, actie of indicator gaat over de leeftijdsgrens van 18 jaar', hint: () => 'Voeg een doelstelling of actie toe voor jongeren onder 18, met een indicator zoals het percentage 15-jarigen dat de afgelopen maand dronk, of de naleving van de leeftijdsgrens bij nalevingsonderzoek (mystery shopping).' },
    en: { message: () => 'no goal, action or indicator is about the age limit of 18', hint: () => 'Add a goal or action for young people under 18, with an indicator such as the share of 15-year-olds who drank in the past month, or compliance with the age limit in mystery shopping.' },
  },
  'alcohol-enforcement-missing': {
    nl: { message: () => 'het plan zegt niet hoe de gemeente toezicht houdt op de Alcoholwet en handhaaft', hint: () => 'Voeg in plan.yaml een "enforcement:" toe met de sanctiestappen, of een doelstelling of actie over toezicht en handhaving (boa\'s, controles bij horeca, sportkantines en supermarkten) met een pijler voor handhaving.' },
    en: { message: () => 'the plan does not say how the municipality supervises and enforces the Alcoholwet', hint: () => 'Add an "enforcement:" with the sanction steps to plan.yaml, or a goal or action on supervision and enforcement (enforcement officers, checks at bars, sports canteens and supermarkets) in an enforcement pillar.' },
  },
  'section-empty': {
    nl: { message: (p) => `het onderdeel ${section(p, 'nl')} is leeg: het plan toont er alleen de titel van`, hint: () => 'Schrijf er een tekst onder ("text:"), of cijfers, lijsten of deelonderdelen. Een onderdeel dat nog volgt, kan een korte zin krijgen zoals "Volgt na de bevraging van 2025."' },
    en: { message: (p) => `the part ${section(p, 'en')} is empty: the plan shows only its heading`, hint: () => 'Write a text under it ("text:"), or figures, lists or subsections. A part still to come can get a short sentence such as "Follows after the 2025 survey."' },
  },
  placeholder: {
    nl: { message: (p) => `nog in te vullen: ${q(p.excerpt)}`, hint: () => `Vervang de tekst met ${PLACEHOLDER_MARK} door de echte inhoud, of laat het veld weg als het niet verplicht is.` },
    en: { message: (p) => `still to fill in: ${q(p.excerpt)}`, hint: () => `Replace the text with ${PLACEHOLDER_MARK} by the real content, or leave the field out when it is optional.` },
  },
} satisfies Record<string, MessageEntry>;
