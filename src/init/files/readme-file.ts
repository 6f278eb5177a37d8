import type { ScaffoldContext } from '../context.js';

/** README.md of the new plan folder: what is where, and the next steps. */
export function readmeFile(ctx: ScaffoldContext): string {
  return ctx.language === 'en' ? english(ctx) : dutch(ctx);
}

/** The schema line for a file in monitoring/, one folder deeper than the plan files. */
function monitoringSchemaLine(ctx: ScaffoldContext): string {
  return ctx.schemaLine('monitoring.schema.json').replace(/\$schema=(?!file:)/, '$schema=../');
}

function dutch(ctx: ScaffoldContext): string {
  const { years } = ctx;
  const year = years.start;
  return `# Alcohol- en drugbeleidsplan ${ctx.place} ${years.start}-${years.end}

Deze map bevat het beleidsplan als vijf YAML-bestanden. \`plan\` controleert ze en maakt er
een opgemaakt document van (HTML, Markdown of PDF) in de structuur van het Brugse
drugbeleidsplan.

| bestand | inhoud |
|---|---|
| \`plan.yaml\` | kaft, inleiding, achterflap: gemeente(n), periode, pijlermodel, uitgever, coördinator |
| \`analysis.yaml\` | hoofdstuk 1: probleem-, determinanten- en contextanalyse |
| \`stakeholders.yaml\` | partners per sector, adviesraad, stuurgroep en werkgroepen, afspraken |
| \`mission.yaml\` | hoofdstuk 2: missie, visie en uitgangspunten, afbakening |
| \`goals.yaml\` | hoofdstuk 3: proces- en productdoelstellingen, indicatoren en acties |

## Volgende stappen

1. **Vul de bestanden in.** Begin bij \`analysis.yaml\`: de doelen volgen uit de analyse.
   De regels met \`#\` leggen uit wat waar hoort. Elke waarde met \`TODO\` moet u nog
   invullen; het voorbeelddoel in \`goals.yaml\` vervangt u door uw eigen doelen.
2. **Controleer** na elke wijziging, in deze map:

   \`\`\`sh
   npx plan validate
   \`\`\`

   Fouten komen met bestand, regel en uitleg. Zolang er nog \`TODO\` in een tekst staat,
   krijgt u daar een waarschuwing over.
3. **Maak het document** voor het college of de gemeenteraad:

   \`\`\`sh
   npx plan render --pdf
   \`\`\`

   Gerenderde bestanden horen in de map \`out/\`; die staat in \`.gitignore\` omdat u ze
   altijd opnieuw kunt maken.

## Elk jaar: monitoring en voortgangsrapport

Eens het plan loopt, noteert u elk jaar in de map \`monitoring/\` wat er gebeurde: één
bestand per jaar, genoemd naar dat jaar (\`monitoring/${year}.yaml\`). U verwijst naar de
\`id\` van indicatoren en acties in \`goals.yaml\` en van begrotingslijnen in \`plan.yaml\`
(of van een doel of actie met een \`budget\`). Geef daarom elke indicator en elke
begrotingslijn een \`id\`.

\`\`\`yaml
${monitoringSchemaLine(ctx)}
indicators:                     # per indicator de meting van dit jaar
  - indicator: scholen-met-beleid
    value: 6
    date: ${year}-12-31
    source: jaarverslag CGG
actions:                        # per actie: planned, running, done, delayed of dropped
  - action: vorming-leerkrachten
    status: running
    explanation: Twee reeksen, 34 deelnemers.
spending:                       # wat er dit jaar uitgegeven is, per begrotingslijn
  - budgetLine: werking-preventie
    amount: 12000
\`\`\`

\`npx plan validate\` controleert ook deze bestanden. Daarna maakt

\`\`\`sh
npx plan report --year ${year} --pdf
\`\`\`

het voortgangsrapport voor de raad: een samenvatting op één pagina, per indicator een
grafiek van nulmeting, metingen en streefwaarde (op koers of niet), per doelstelling de stand
van de acties, en wat er veranderde sinds vorig jaar.

\`npx plan\` werkt wanneer het pakket \`beleidsplan\` in dit project geïnstalleerd is
(\`npm install --save-dev beleidsplan\`); met een globale installatie typt u gewoon \`plan\`.

## Hulp van uw editor

De eerste regel van elk YAML-bestand wijst naar het JSON Schema van dat bestand. Een editor
met YAML-ondersteuning (bv. VS Code met de YAML-extensie van Red Hat) vult daarmee velden
aan, toont uitleg bij elk veld en markeert fouten terwijl u typt. Het pad is relatief: naar
\`node_modules/beleidsplan/schemas/\` als het pakket in dit project geïnstalleerd is (een
collega krijgt ze terug met \`npm ci\`), anders naar de kopie in \`.schemas/\` in deze map.
Zet \`.schemas/\` mee in git: zo blijft de hulp werken na het klonen van het plan.
`;
}

function english(ctx: ScaffoldContext): string {
  const { years } = ctx;
  const year = years.start;
  return `# Alcohol and drug policy plan ${ctx.place} ${years.start}-${years.end}

This folder holds the policy plan as five YAML files. \`plan\` checks them and turns them
into a finished document (HTML, Markdown or PDF) in the structure of the Brugge drug
policy plan.

| file | content |
|---|---|
| \`plan.yaml\` | cover, introduction, back cover: municipalities, period, pillar model, publisher, coordinator |
| \`analysis.yaml\` | chapter 1: problem, determinant and context analysis |
| \`stakeholders.yaml\` | partners by sector, advisory council, steering group and working groups, agreements |
| \`mission.yaml\` | chapter 2: mission, vision and principles, scope |
| \`goals.yaml\` | chapter 3: process and product goals, indicators and actions |

## Next steps

1. **Fill in the files.** Start with \`analysis.yaml\`: the goals follow from the analysis.
   The lines starting with \`#\` explain what goes where. Every value containing \`TODO\`
   still has to be filled in; replace the example goal in \`goals.yaml\` with your own.
2. **Check** after every change, in this folder:

   \`\`\`sh
   npx plan validate
   \`\`\`

   Problems come with file, line and an explanation. As long as a text still contains
   \`TODO\`, you get a warning about it.
3. **Make the document** for the council:

   \`\`\`sh
   npx plan render --pdf
   \`\`\`

   Rendered files belong in the folder \`out/\`; it is listed in \`.gitignore\` because you
   can always make them again.

## Every year: monitoring and the progress report

Once the plan runs, record each year in the folder \`monitoring/\` what happened: one file
per year, named after that year (\`monitoring/${year}.yaml\`). It refers to the \`id\` of
indicators and actions in \`goals.yaml\` and of budget lines in \`plan.yaml\` (or of a goal
or action with a \`budget\`), so give every indicator and budget line an \`id\`.

\`\`\`yaml
${monitoringSchemaLine(ctx)}
indicators:                     # each indicator's measurement this year
  - indicator: schools-with-policy-share
    value: 6
    date: ${year}-12-31
    source: annual report
actions:                        # per action: planned, running, done, delayed or dropped
  - action: teacher-training
    status: running
    explanation: Two courses, 34 participants.
spending:                       # money spent this year, per budget line
  - budgetLine: prevention-work
    amount: 12000
\`\`\`

\`npx plan validate\` checks these files too. Then

\`\`\`sh
npx plan report --year ${year} --pdf
\`\`\`

makes the progress report for the council: a one-page summary, per indicator a chart of
baseline, measurements and target (on track or not), per goal the status of its actions,
and what changed since last year.

\`npx plan\` works when the package \`beleidsplan\` is installed in this project
(\`npm install --save-dev beleidsplan\`); with a global install, just type \`plan\`.

## Help from your editor

The first line of each YAML file points to that file's JSON Schema. An editor with YAML
support (such as VS Code with Red Hat's YAML extension) then completes fields, explains
each field and marks mistakes as you type. The path is relative: into
\`node_modules/beleidsplan/schemas/\` when the package is installed in this project (a
colleague gets them back with \`npm ci\`), else to the copy in \`.schemas/\` in this folder.
Keep \`.schemas/\` in git: then the help keeps working after the plan is cloned.
`;
}

/** .gitignore: rendered output can always be made again. */
export function gitignoreFile(ctx: ScaffoldContext): string {
  const comment = ctx.language === 'en' ? '# Rendered output of `plan render`; make it again at any time.' : '# Uitvoer van `plan render`; die kunt u altijd opnieuw maken.';
  return `${comment}\nout/\n`;
}
