import type { ScaffoldContext } from '../context.js';

/** mission.yaml: chapter 2, mission and vision, and the scope of the policy. */
export function missionFile(ctx: ScaffoldContext): string {
  return ctx.language === 'en' ? english(ctx) : dutch(ctx);
}

const pillarList = (ctx: ScaffoldContext): string => ctx.pillars.map((p) => p.name.toLowerCase()).join(', ');

function dutch(ctx: ScaffoldContext): string {
  return `${ctx.schemaLine('mission.schema.json')}
#
# mission.yaml — hoofdstuk 2: missie en visie, en de afbakening van het beleid.

# 2.1 Missie — wat ${ctx.multi ? 'willen de gemeenten' : 'wil de gemeente'} op lange termijn bereiken? Een paar zinnen die
# ook over tien jaar nog kloppen; de concrete doelen volgen in goals.yaml.
mission: |
  TODO: schrijf de missie, bijvoorbeeld wat ${ctx.place} wil bereiken voor wie gebruikt,
  voor hun omgeving en voor de samenleving.

# 2.2 Visie en uitgangspunten — hoe ${ctx.multi ? 'kijken de gemeenten' : 'kijkt de gemeente'} naar alcohol en drugs, en hoe wil ze werken?
# Na deze tekst toont het plan de pijlers van het gekozen model, daarna de uitgangspunten.
# De pijlers: ${pillarList(ctx)}.
vision:
  text: |
    TODO: beschrijf de visie: welke houding ${ctx.multi ? 'de gemeenten aannemen' : 'de gemeente aanneemt'} en waarom het beleid over alle pijlers heen evenwichtig moet zijn.
  # Uitgangspunten die vaak terugkomen: een integraal beleid (alle middelen en gedragingen,
  # doelgroepen, settings en sectoren), een geïntegreerd beleid (de pijlers in evenwicht
  # en op elkaar afgestemd), evidence-informed werken, participatie van wie het aanbelangt
  # (jongeren, ervaringsdeskundigen) en het hele spectrum van interventies, van niet-gebruik
  # ondersteunen tot schade beperken. Elk uitgangspunt heeft een titel, een tekst en
  # eventueel lijsten (style: bullet, numbered of alpha).
  principles:
    - id: integraal-en-geintegreerd
      title: Een integraal en geïntegreerd beleid
      text: |
        TODO: leg uit wat dit in ${ctx.place} betekent: welke middelen, doelgroepen en sectoren het beleid omvat en hoe de pijlers elkaar versterken.
      # lists:
      #   - intro: "Het beleid richt zich op:"
      #     items:
      #       - term: Iedereen
      #         text: om niet-gebruik en verantwoord gebruik te ondersteunen.
      #       - term: Wie risico loopt
      #         text: om problemen vroeg op te merken en bij te sturen.

# Afbakening — welke middelen en gedragingen het plan behandelt. De doelen verwijzen naar
# deze ids (substances). Schrap wat niet past, voeg toe wat ontbreekt (kind: substance
# voor een middel, behaviour voor een gedrag zoals gokken).
scope:
  substances:
    - id: alcohol
      name: Alcohol
      kind: substance
    - id: cannabis
      name: Cannabis
      kind: substance
    - id: andere-illegale-drugs
      name: Andere illegale drugs
      kind: substance
    - id: psychoactieve-medicatie
      name: ${ctx.language === 'nl-NL' ? 'Slaap- en kalmeringsmiddelen' : 'Psychoactieve medicatie'}
      kind: substance
    - id: gokken
      name: Gokken
      kind: behaviour
    - id: gamen
      name: Gamen
      kind: behaviour
  # Wat het plan bewust niet behandelt, en waarom:
  # excluded:
  #   - name: Tabak
  #     reason: Valt onder het lokale gezondheidsbeleid.
`;
}

function english(ctx: ScaffoldContext): string {
  return `${ctx.schemaLine('mission.schema.json')}
#
# mission.yaml — chapter 2: mission and vision, and the scope of the policy.

# 2.1 Mission — what ${ctx.multi ? 'do the municipalities' : 'does the municipality'} want to achieve in the long run? A few sentences
# that still hold in ten years; the concrete goals follow in goals.yaml.
mission: |
  TODO: write the mission, for example what ${ctx.place} wants to achieve for people who use,
  for those around them and for society.

# 2.2 Vision and principles — how ${ctx.multi ? 'do the municipalities' : 'does the municipality'} look at alcohol and drugs, and how will they
# work? After this text the plan shows the pillars of the chosen model, then the principles.
# The pillars: ${pillarList(ctx)}.
vision:
  text: |
    TODO: describe the vision: which stance ${ctx.multi ? 'the municipalities take' : 'the municipality takes'} and why the policy must be balanced across all pillars.
  # Principles that often return: an integral policy (all substances and behaviours,
  # target groups, settings and sectors), an integrated policy (the pillars in balance and
  # attuned to each other), evidence-informed work, participation of those concerned
  # (young people, experience experts) and the whole spectrum of interventions, from
  # supporting non-use to reducing harm. Each principle has a title, a text and optional
  # lists (style: bullet, numbered or alpha).
  principles:
    - id: integral-and-integrated
      title: An integral and integrated policy
      text: |
        TODO: explain what this means in ${ctx.place}: which substances, target groups and sectors the policy covers and how the pillars strengthen each other.

# Scope — the substances and behaviours the plan covers. Goals refer to these ids
# (substances). Remove what does not fit, add what is missing (kind: substance, or
# behaviour for something like gambling).
scope:
  substances:
    - id: alcohol
      name: Alcohol
      kind: substance
    - id: cannabis
      name: Cannabis
      kind: substance
    - id: other-illegal-drugs
      name: Other illegal drugs
      kind: substance
    - id: psychoactive-medication
      name: Psychoactive medication
      kind: substance
    - id: gambling
      name: Gambling
      kind: behaviour
    - id: gaming
      name: Gaming
      kind: behaviour
  # What the plan deliberately leaves out, and why:
  # excluded:
  #   - name: Tobacco
  #     reason: Covered by the local health policy.
`;
}
