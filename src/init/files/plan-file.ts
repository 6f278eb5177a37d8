import type { ScaffoldContext } from '../context.js';
import { scalar } from '../yaml-text.js';

const modelLine = (ctx: ScaffoldContext): string => ctx.pillars.map((p) => p.id).join(', ');

function municipalities(ctx: ScaffoldContext): string {
  return ctx.answers.municipalities
    .map((m) => `  - id: ${scalar(m.id)}\n    name: ${scalar(m.name)}\n    kind: municipality\n`)
    .join('');
}

function evaluationMoments(ctx: ScaffoldContext, mid: string, final: string, who: string): string {
  const { years } = ctx;
  const midMoment = years.mid > years.start && years.mid < years.end ? `    - year: ${years.mid}\n      what: ${mid}\n      who: ${who}\n` : '';
  return `${midMoment}    - year: ${years.end}\n      what: ${final}\n      who: ${who}\n`;
}

/** plan.yaml: cover, introduction and back cover. */
export function planFile(ctx: ScaffoldContext): string {
  return ctx.language === 'en' ? english(ctx) : dutch(ctx);
}

function dutch(ctx: ScaffoldContext): string {
  const { years, partners } = ctx;
  const nl = ctx.language === 'nl-NL';
  return `${ctx.schemaLine('plan.schema.json')}
#
# plan.yaml — de kaft, de inleiding en de achterflap van het beleidsplan.
#
# Waarden met "TODO" vult u zelf in; \`npx plan validate\` wijst ze aan.
# Teksten mogen Markdown bevatten: lege regel tussen alinea's, "- " voor een opsomming,
# *cursief* en **vet**. Een regel die met # begint is uitleg en komt niet in het plan.

title: Alcohol- en drugbeleidsplan ${years.start}-${years.end}
# subtitle: Samen werken aan een gezonde ${nl ? 'gemeente' : 'gemeente of stad'}

# De gemeente(n) waarvoor het plan geldt. Met "kind: city" staat er "Stad …" op de kaft,
# met "kind: municipality" "Gemeente …". Partners verwijzen naar een gemeente met haar id.
municipalities:
${municipalities(ctx)}${
    ctx.multi
      ? `
# Een intergemeentelijk plan wordt gedragen door een samenwerkingsverband; de naam komt op de kaft.
partnership: ${scalar('TODO: naam van het samenwerkingsverband')}
`
      : ''
  }
# De beleidsperiode: het eerste en het laatste jaar. Deadlines, acties en evaluaties
# vallen erbinnen; \`plan validate\` controleert dat.
period:
  start: ${years.start}
  end: ${years.end}

# Waar het plan staat: draft (ontwerp), review (ter advies) of adopted (goedgekeurd).
status: draft
language: ${ctx.language}

# Het pijlermodel ordent de visie en de doelen. Keuze uit: brugge (preventie,
# hulpverlening, repressie), vlaams-integraal (vijf pijlers van gelijk gewicht) en
# trimbos (vraag-, aanbod- en schadebeperking). De doelen in goals.yaml verwijzen naar
# de pijlers van dit model:
#   ${modelLine(ctx)}
pillarModel: ${ctx.answers.model}

# Vul dit aan zodra ${nl ? 'de gemeenteraad' : 'de gemeenteraad of het college'} het plan goedkeurt:
# adoption:
#   body: gemeenteraad
#   date: ${years.start}-03-30

# ${nl ? 'Wie het plan uitgeeft; de naam staat in het colofon op de achterkant.' : 'De verantwoordelijke uitgever (V.U.) staat op de achterflap.'}
publisher:
  name: ${scalar(nl ? 'TODO: naam van de uitgever' : 'TODO: naam van de verantwoordelijke uitgever')}
  # role: ${nl ? 'gemeentesecretaris' : 'algemeen directeur'}
  # address: ${nl ? 'Raadhuisplein 1, 1234 AB Plaats' : 'Marktplein 1, 1000 Gemeente'}

# De lokale coördinator houdt het overleg draaiende: brengt partners samen, bewaakt de
# planning en is het aanspreekpunt. Meestal is dat de ${ctx.multi ? 'intergemeentelijke ' : ''}${nl ? 'beleidsmedewerker gezondheid' : 'preventiewerker'},
# bijgestaan door ${nl ? 'de preventiewerkers van de regionale verslavingszorg' : 'de regionale CGG-preventiewerker alcohol en drugs'}.
coordinator:
  name: ${scalar('TODO: naam van de coördinator')}
  role: coördinator alcohol- en drugbeleid
  stakeholder: ${partners.coordinator.id}
  # email: drugbeleid@${nl ? 'gemeente.nl' : 'gemeente.be'}

# Huisstijl van het document (het logo staat in deze map):
# style:
#   logo: logo.svg
#   primaryColor: "#1d4f91"

# De inleiding, zonder nummer, vóór hoofdstuk 1: waarom dit plan, hoe het tot stand kwam
# en wie eraan meewerkte.
introduction: |
  TODO: schrijf de inleiding. Vertel waarom ${ctx.multi ? 'de gemeenten een alcohol- en drugbeleid voeren' : 'de gemeente een alcohol- en drugbeleid voert'},
  op welke analyse het plan steunt en welke partners het mee opstelden.

# Hoe het plan opgevolgd wordt. "who" is de id van een partner of overlegorgaan uit
# stakeholders.yaml.
evaluation:
  text: De stuurgroep volgt de uitvoering elk jaar op en stuurt bij waar nodig.
  moments:
${evaluationMoments(ctx, 'Tussentijdse evaluatie van de doelstellingen', 'Eindevaluatie, als basis voor het volgende plan', ctx.bodies.steering)}`;
}

function english(ctx: ScaffoldContext): string {
  const { years, partners } = ctx;
  return `${ctx.schemaLine('plan.schema.json')}
#
# plan.yaml — the cover, the introduction and the back cover of the policy plan.
#
# Fill in every value that contains "TODO"; \`npx plan validate\` points them out.
# Texts may use Markdown: an empty line between paragraphs, "- " for a list, *italic*
# and **bold**. A line starting with # is guidance and does not appear in the plan.

title: Alcohol and drug policy plan ${years.start}-${years.end}
# subtitle: Working together on a healthy municipality

# The municipality or municipalities the plan covers. "kind: city" prints "City of …" on
# the cover, "kind: municipality" "Municipality of …". Partners refer to the id.
municipalities:
${municipalities(ctx)}${
    ctx.multi
      ? `
# An intermunicipal plan is carried by a partnership; its name appears on the cover.
partnership: ${scalar('TODO: name of the partnership')}
`
      : ''
  }
# The policy period: first and last year. Deadlines, actions and evaluations fall inside
# it; \`plan validate\` checks that.
period:
  start: ${years.start}
  end: ${years.end}

# Where the plan stands: draft, review or adopted.
status: draft
language: en

# The pillar model orders the vision and the goals: brugge (preventie, hulpverlening,
# repressie), vlaams-integraal (five pillars of equal weight) or trimbos (demand, supply
# and harm reduction). Goals in goals.yaml refer to this model's pillars:
#   ${modelLine(ctx)}
pillarModel: ${ctx.answers.model}

# Add this once the council adopts the plan:
# adoption:
#   body: municipal council
#   date: ${years.start}-03-30

# The responsible publisher, printed on the back cover.
publisher:
  name: ${scalar('TODO: name of the responsible publisher')}
  # role: chief executive

# The local coordinator keeps the consultation going: brings partners together, guards the
# planning and is the point of contact — usually the ${ctx.multi ? 'intermunicipal ' : ''}prevention worker.
coordinator:
  name: ${scalar('TODO: name of the coordinator')}
  role: alcohol and drug policy coordinator
  stakeholder: ${partners.coordinator.id}

# House style of the document (the logo file sits in this folder):
# style:
#   logo: logo.svg
#   primaryColor: "#1d4f91"

# The introduction, unnumbered, before chapter 1: why this plan, how it was made and who
# took part.
introduction: |
  TODO: write the introduction. Say why ${ctx.multi ? 'the municipalities run' : 'the municipality runs'} an alcohol and drug policy,
  which analysis the plan builds on and which partners helped to write it.

# How the plan is followed up. "who" is the id of a partner or body in stakeholders.yaml.
evaluation:
  text: The steering group reviews progress every year and adjusts where needed.
  moments:
${evaluationMoments(ctx, 'Mid-term evaluation of the goals', 'Final evaluation, as the basis for the next plan', ctx.bodies.steering)}`;
}
