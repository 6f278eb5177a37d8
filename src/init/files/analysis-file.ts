import type { ScaffoldContext } from '../context.js';

/** analysis.yaml: chapter 1, the conclusions of the local situation analysis. */
export function analysisFile(ctx: ScaffoldContext): string {
  return ctx.language === 'en' ? english(ctx) : dutch(ctx);
}

function dutch(ctx: ScaffoldContext): string {
  const nl = ctx.language === 'nl-NL';
  const { years } = ctx;
  return `${ctx.schemaLine('analysis.schema.json')}
#
# analysis.yaml — hoofdstuk 1: de conclusies van de lokale omgevingsanalyse.
#
# Een goed plan vertrekt van wat er lokaal echt speelt: cijfers uit bevragingen en
# registraties, aangevuld met wat partners op het terrein zien en horen. Zet hier de
# conclusies; het volledige analyserapport kunt u in de inleiding of in "intro" vermelden.
# Het plan nummert de onderdelen zelf (1.1, 1.2, 1.2.1 …): typ nooit nummers.

# intro: De conclusies steunen op ${nl ? 'de Gezondheidsmonitor Jeugd' : 'de leerlingenbevraging'} van ${years.baseline} en op gesprekken met de partners.

# 1.1 Probleemanalyse — hoe groot is het gebruik en welke schade veroorzaakt het, bij wie?
# Kijk breed: alcohol, cannabis en andere illegale drugs, slaap- en kalmeringsmiddelen,
# gokken en gamen; jongeren, volwassenen en ouderen; thuis, op school, op het werk en in
# het uitgaansleven. Vergelijk waar het kan met ${nl ? 'regionale of landelijke' : 'provinciale of Vlaamse'} cijfers, en noem
# ook overlast, ongevallen en vragen naar hulp.
problem:
  text: |
    TODO: vat samen hoe vaak en hoe sterk er in ${ctx.place} gebruikt wordt, welke problemen
    dat geeft en welke groepen het meest getroffen zijn.
  # Kerncijfers, elk met bron en jaar, zodat de lezer ze kan nagaan:
  # figures:
  #   - label: Jongeren van 15-16 jaar die de ${nl ? 'afgelopen' : 'voorbije'} maand alcohol dronken
  #     value: 45
  #     unit: '%'
  #     year: ${years.baseline}
  #     source: ${nl ? 'Gezondheidsmonitor Jeugd, GGD' : 'Leerlingenbevraging'}

# 1.2 Determinantenanalyse — waarom wordt er gebruikt, en wat beschermt? Orden de factoren
# volgens mens (de persoon: leeftijd, kennis, weerbaarheid), middel (het product: prijs,
# beschikbaarheid, reclame) en milieu (gezin, vrienden, school, buurt, regels). Kies de
# determinanten die u met dit plan wilt beïnvloeden; elk kan een eigen subsectie krijgen.
determinants:
  text: |
    TODO: beschrijf welke factoren het gebruik en de problemen in ${ctx.place} het sterkst bepalen.
  # riskFactors:
  #   person: [vroege beginleeftijd]
  #   substance: [ruime beschikbaarheid op feesten]
  #   environment: [gebruik in de vriendengroep]
  # protectiveFactors:
  #   environment: [duidelijke afspraken thuis]
  # sections:
  #   - id: sociale-norm
  #     title: Sociale norm
  #     text: Jongeren denken dat hun leeftijdsgenoten veel meer drinken dan in werkelijkheid.

# 1.3 Contextanalyse — wat bestaat er al, en wat ontbreekt? Welke partners werken rond
# het thema, welke overleggen en afspraken lopen er, welk aanbod is er (preventie,
# vroeginterventie, hulp, schadebeperking), welke regels gelden (${nl ? 'APV, horecabeleid' : 'politiereglement, fuifbeleid'})?
# Noem ook de drempels (tijd, budget, draagvlak) en de kansen.
context:
  text: |
    TODO: beschrijf wie in ${ctx.place} al rond alcohol en drugs werkt, wat goed loopt en waar het ontbreekt.
`;
}

function english(ctx: ScaffoldContext): string {
  const { years } = ctx;
  return `${ctx.schemaLine('analysis.schema.json')}
#
# analysis.yaml — chapter 1: the conclusions of the local situation analysis.
#
# A good plan starts from what really happens locally: figures from surveys and records,
# together with what partners see in the field. Write the conclusions here; mention the
# full analysis report in the introduction or in "intro".
# The plan numbers the parts itself (1.1, 1.2, 1.2.1 …): never type numbers.

# intro: These conclusions build on the ${years.baseline} pupil survey and on talks with the partners.

# 1.1 Problem analysis — how common is use, which harm does it cause, and to whom? Look
# wide: alcohol, cannabis and other illegal drugs, sleeping pills and sedatives, gambling
# and gaming; young people, adults and older people; home, school, work and nightlife.
# Compare with regional or national figures where you can.
problem:
  text: |
    TODO: summarise how often and how heavily people in ${ctx.place} use, which problems
    follow and which groups are hit hardest.
  # Key figures, each with its source and year so readers can check them:
  # figures:
  #   - label: Pupils aged 15-16 who drank alcohol in the past month
  #     value: 45
  #     unit: '%'
  #     year: ${years.baseline}
  #     source: Pupil survey

# 1.2 Determinant analysis — why do people use, and what protects them? Order the factors
# by person (age, knowledge, resilience), substance (price, availability, advertising) and
# environment (family, friends, school, neighbourhood, rules). Each determinant the plan
# wants to change can get its own subsection.
determinants:
  text: |
    TODO: describe which factors drive use and problems in ${ctx.place} most.
  # riskFactors:
  #   person: [early first use]
  #   substance: [easy to get at parties]
  #   environment: [use among friends]
  # sections:
  #   - id: social-norm
  #     title: Social norm
  #     text: Young people think their peers drink far more than they really do.

# 1.3 Context analysis — what exists already, and what is missing? Which partners work on
# the subject, which meetings and agreements run, which services exist (prevention, early
# intervention, care, harm reduction), which local rules apply? Name the obstacles (time,
# budget, support) and the opportunities too.
context:
  text: |
    TODO: describe who already works on alcohol and drugs in ${ctx.place}, what works well and what is missing.
`;
}
