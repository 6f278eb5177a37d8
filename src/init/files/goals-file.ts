import type { ScaffoldContext } from '../context.js';
import { flowList, scalar } from '../yaml-text.js';

/** goals.yaml: chapter 3, process goals and one worked example of a strategic goal. */
export function goalsFile(ctx: ScaffoldContext): string {
  return ctx.language === 'en' ? english(ctx) : dutch(ctx);
}

const firstPillar = (ctx: ScaffoldContext): string => ctx.pillars[0]!.id;

function dutch(ctx: ScaffoldContext): string {
  const nl = ctx.language === 'nl-NL';
  const { years } = ctx;
  const { coordinator, health, school } = ctx.partners;
  const schoolKind = nl ? 'school voor voortgezet onderwijs' : 'secundaire school';
  const schools = nl ? 'scholen voor voortgezet onderwijs' : 'secundaire scholen';
  return `${ctx.schemaLine('goals.schema.json')}
#
# goals.yaml — hoofdstuk 3: de doelstellingen ${years.start}-${years.end}.
#
# Het plan nummert alles zelf volgens de volgorde hier: strategische doelstellingen 1, 2, 3,
# operationele doelstellingen 1.1, 1.2 … en acties 1.1.1 … Typ dus nooit nummers; de ids
# zijn vaste sleutels, ook wanneer de volgorde verandert.

# 3.1 Procesdoelstellingen — hoe het beleid georganiseerd, opgevolgd en bijgestuurd wordt.
# "aspects" kiest uit: monitoring, evidence-informed, participation, coordination,
# evaluation, communication, capacity. Ambities maken het doel concreet.
processGoals:
  - id: coordinatie
    title: Het beleid wordt gecoördineerd en gedragen door de partners
    aspects: [coordination, participation]
    owner: ${coordinator.id}
    ambitions:
      - De stuurgroep komt viermaal per jaar samen en de adviesraad minstens eenmaal.
      - Jongeren en ervaringsdeskundigen krijgen een vaste plaats in de adviesraad.
  - id: opvolging
    title: Het beleid wordt opgevolgd en bijgestuurd op basis van cijfers
    aspects: [monitoring, evaluation, evidence-informed]
    owner: ${coordinator.id}
    ambitions:
      - Elk jaar bundelt de coördinator de indicatoren in een voortgangsrapport voor de stuurgroep.

# 3.2 Productdoelstellingen — wat moet er veranderen bij de mensen en in de omgeving?
#
# Een strategische doelstelling beschrijft een verandering op lange termijn (bv. minder
# jongeren die vroeg beginnen te drinken) met de strategie om ze te bereiken, en hoort bij
# een of meer pijlers (${ctx.pillars.map((p) => p.id).join(', ')}).
#
# Een operationele doelstelling maakt dat concreet en meetbaar (SMART):
#   Specifiek      wat verandert er, bij welke doelgroep, in welke setting?
#   Meetbaar       een indicator met een nulmeting (baseline) en een streefwaarde (target),
#                  en de bron waaruit u beide haalt
#   Aanvaard       de trekker (owner) en de partners hebben zich ertoe geëngageerd
#   Realistisch    haalbaar met de uren en het budget die er zijn
#   Tijdsgebonden  een deadline binnen de planperiode
# Schrijf de titel als een resultaat ("Tegen ${years.deadline} heeft …"), niet als een activiteit
# ("We organiseren …"): de activiteiten zijn de acties (actions) eronder.
# owner en partners zijn ids uit stakeholders.yaml; substances zijn ids uit mission.yaml.
#
# Het voorbeeld hieronder toont de volledige structuur. Vervang het door uw eigen doelen.
strategicGoals:
  - id: later-beginnen
    title: ${scalar('TODO (voorbeeld): Jongeren stellen het eerste gebruik van alcohol en andere drugs uit')}
    strategy: |
      TODO: beschrijf de strategie, bijvoorbeeld inzetten op een preventief beleid op school, duidelijke afspraken thuis en een gezond aanbod in de vrije tijd.
    pillars: [${firstPillar(ctx)}]
    operationalGoals:
      - id: scholen-met-drugbeleid
        title: ${scalar(`TODO (voorbeeld): Tegen ${years.deadline} heeft elke ${schoolKind} een uitgewerkt alcohol- en drugbeleid`)}
        pillars: [${firstPillar(ctx)}]
        owner: ${health.id}
        partners: ${flowList([school.id, coordinator.id])}
        targetGroups: [${nl ? 'leerlingen voortgezet onderwijs' : 'leerlingen secundair onderwijs'}, leerkrachten, ouders]
        settings: [onderwijs]
        substances: [alcohol, cannabis]
        deadline: ${years.deadline}
        indicators:
          - id: scholen-met-beleid
            name: ${scalar(`TODO (voorbeeld): Aandeel ${schools} met een uitgewerkt alcohol- en drugbeleid`)}
            unit: '%'
            baseline: { value: 40, year: ${years.baseline} }
            target: { value: 100, year: ${years.deadline} }
            source: Jaarlijkse bevraging van de scholen
            frequency: jaarlijks
        actions:
          - id: vorming-schoolteams
            title: Vorming over een schoolbeleid voor directies en leerlingbegeleiders
            owner: ${health.id}
            partners: [${school.id}]
            start: ${years.start}
            end: ${years.actionEnd}
            status: planned
            # budget: { amount: 2500, source: werkingsmiddelen preventie }

# In plaats van, of naast, strategische doelstellingen kan het plan werken met
# prioritaire thema's, elk met een lijst acties die doorlopend genummerd worden:
# themes:
#   - id: uitgaan
#     title: Veilig uitgaan
#     actions:
#       - id: training-barpersoneel
#         title: Training voor barpersoneel over omgaan met klanten onder invloed
`;
}

function english(ctx: ScaffoldContext): string {
  const { years } = ctx;
  const { coordinator, health, school } = ctx.partners;
  return `${ctx.schemaLine('goals.schema.json')}
#
# goals.yaml — chapter 3: the goals ${years.start}-${years.end}.
#
# The plan numbers everything from the order here: strategic goals 1, 2, 3, operational
# goals 1.1, 1.2 … and actions 1.1.1 … So never type numbers; the ids are fixed keys, even
# when the order changes.

# 3.1 Process goals — how the policy is organised, followed up and adjusted. "aspects"
# picks from: monitoring, evidence-informed, participation, coordination, evaluation,
# communication, capacity. Ambitions make the goal concrete.
processGoals:
  - id: coordination
    title: The policy is coordinated and carried by the partners
    aspects: [coordination, participation]
    owner: ${coordinator.id}
    ambitions:
      - The steering group meets four times a year and the advisory council at least once.
      - Young people and experience experts have a permanent seat on the advisory council.
  - id: follow-up
    title: The policy is followed up and adjusted on the basis of figures
    aspects: [monitoring, evaluation, evidence-informed]
    owner: ${coordinator.id}
    ambitions:
      - Every year the coordinator gathers the indicators in a progress report for the steering group.

# 3.2 Product goals — what must change for people and in their surroundings?
#
# A strategic goal describes a long-term change (such as fewer young people who start
# drinking early) with the strategy to reach it, and belongs to one or more pillars
# (${ctx.pillars.map((p) => p.id).join(', ')}).
#
# An operational goal makes it concrete and measurable (SMART):
#   Specific     what changes, for which target group, in which setting?
#   Measurable   an indicator with a baseline and a target, and the source of both
#   Agreed       the owner and the partners have committed to it
#   Realistic    feasible with the hours and budget available
#   Time-bound   a deadline inside the plan period
# Write the title as a result ("By ${years.deadline}, every …"), not as an activity ("We organise
# …"): the activities are the actions below it.
# owner and partners are ids from stakeholders.yaml; substances are ids from mission.yaml.
#
# The example below shows the full structure. Replace it with your own goals.
strategicGoals:
  - id: later-first-use
    title: ${scalar('TODO (example): Young people delay their first use of alcohol and other drugs')}
    strategy: |
      TODO: describe the strategy, for example a preventive policy at school, clear agreements at home and healthy leisure activities.
    pillars: [${firstPillar(ctx)}]
    operationalGoals:
      - id: schools-with-policy
        title: ${scalar(`TODO (example): By ${years.deadline}, every secondary school has a worked-out alcohol and drug policy`)}
        pillars: [${firstPillar(ctx)}]
        owner: ${health.id}
        partners: ${flowList([school.id, coordinator.id])}
        targetGroups: [secondary school pupils, teachers, parents]
        settings: [school]
        substances: [alcohol, cannabis]
        deadline: ${years.deadline}
        indicators:
          - id: schools-with-policy-share
            name: ${scalar('TODO (example): Share of secondary schools with a worked-out alcohol and drug policy')}
            unit: '%'
            baseline: { value: 40, year: ${years.baseline} }
            target: { value: 100, year: ${years.deadline} }
            source: Yearly survey of the schools
            frequency: yearly
        actions:
          - id: training-school-teams
            title: Training on a school policy for school heads and pupil counsellors
            owner: ${health.id}
            partners: [${school.id}]
            start: ${years.start}
            end: ${years.actionEnd}
            status: planned

# Instead of, or next to, strategic goals the plan can use priority themes, each with a
# list of actions numbered across the plan:
# themes:
#   - id: nightlife
#     title: Safe nightlife
#     actions:
#       - id: bar-staff-training
#         title: Training for bar staff on dealing with guests under the influence
`;
}
