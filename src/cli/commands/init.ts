import { basename, join, resolve } from 'node:path';
import { readFile } from 'node:fs/promises';
import { messageLanguage, type MessageLanguage } from '../../messages/index.js';
import {
  defaultModel,
  defaultPeriod,
  nameFromFolder,
  parseLanguage,
  parseModel,
  parseMunicipalityFlags,
  parsePeriod,
  placeholderMunicipality,
  type InitAnswers,
  type Parsed,
} from '../../init/answers.js';
import { initProblemMessage, initText } from '../../messages/init.js';
import { scaffoldPlan } from '../../init/scaffold.js';
import { PLAN_SCHEMAS_FOLDER, schemaPlacement } from '../../shipped-schemas/schema-placement.js';
import { shippedSchemaFiles } from '../../shipped-schemas/copy-schemas.js';
import { findConflicts, ignoresFolder, TargetNotAFolderError, writePlannedFiles } from '../../io/write-new-files.js';
import { EXIT, ExitError } from '../exit-error.js';
import { askMissing, QuestionsAborted, type KnownAnswers } from './init-questions.js';
import { conflictMessage, notAFolderMessage } from '../../messages/write.js';
import { shownPath, writeFailure } from '../write-failure.js';

export interface InitOptions {
  municipality?: string;
  municipalities?: string;
  period?: string;
  model?: string;
  language?: string;
  yes?: boolean;
  force?: boolean;
  /** Language of the messages; without it, the plan's language. */
  lang?: string;
}

/** Exit status when the questions are broken off with Ctrl-C or Ctrl-D, as for SIGINT. */
const ABORTED = 130;

export async function initCommand(dir: string, options: InitOptions): Promise<void> {
  // Messages follow --lang, else the plan's language, also when that choice itself is misspelt ("eng").
  const asked = options.lang === undefined ? undefined : messageLanguage(options.lang);
  let lang: MessageLanguage = asked ?? messageLanguage(options.language?.trim());
  const flag = <T>(name: string, parsed: Parsed<T>): T => {
    if (parsed.ok) return parsed.value;
    throw new ExitError(EXIT.usage, `plan init: --${name}: ${initProblemMessage(parsed.problem, lang)}`);
  };

  // 1. Every flag is checked before anything is asked or written.
  const known: KnownAnswers = {};
  if (options.language !== undefined) known.language = flag('language', parseLanguage(options.language));
  const flagName = options.municipalities !== undefined && options.municipality === undefined ? 'municipalities' : 'municipality';
  const municipalities = flag(flagName, parseMunicipalityFlags(options.municipality, options.municipalities));
  if (municipalities !== undefined) known.municipalities = municipalities;
  if (options.period !== undefined) known.period = flag('period', parsePeriod(options.period));
  if (options.model !== undefined) known.model = flag('model', parseModel(options.model));

  const target = resolve(dir);
  const interactive = !options.yes && Boolean(process.stdin.isTTY) && Boolean(process.stdout.isTTY);
  await checkFolder(target, lang);

  // 2. In a terminal, ask for the rest; otherwise (--yes, a pipe, CI) take the defaults.
  const period = defaultPeriod(new Date());
  let answers: Required<KnownAnswers>;
  if (interactive) {
    try {
      answers = await askMissing(known, { municipality: nameFromFolder(basename(target)), period }, process.stdin, process.stdout);
    } catch (error) {
      if (error instanceof QuestionsAborted) throw new ExitError(ABORTED, `\n${initText(lang).aborted}`);
      throw error;
    }
  } else {
    const language = known.language ?? 'nl-BE';
    answers = { language, municipalities: known.municipalities ?? [], period: known.period ?? period, model: known.model ?? defaultModel(language) };
  }
  lang = asked ?? messageLanguage(answers.language);
  const plan: InitAnswers = { ...answers, municipalities: answers.municipalities.length > 0 ? answers.municipalities : [placeholderMunicipality(answers.language)] };

  // 3. Plan the files, refuse to replace any without --force, then write.
  const shown = shownPath(target);
  const placement = await schemaPlacement(target);
  const files = scaffoldPlan(plan, { schemaRef: placement.ref });
  // Outside the package's project the schemas travel with the plan (src/shipped-schemas/schema-placement.ts);
  // a copy that is already there and identical is left alone.
  if (placement.copy) {
    for (const schema of await shippedSchemaFiles()) {
      const path = `${PLAN_SCHEMAS_FOLDER}/${schema.path}`;
      const existing = await readFile(join(target, path), 'utf8').catch(() => undefined);
      if (existing !== schema.content) files.push({ path, content: schema.content });
    }
  }
  const conflicts = await findConflicts(target, files).catch(writeFailure('init', shown, lang));
  if (conflicts.length > 0 && (!options.force || conflicts.some((c) => c.folder))) {
    throw new ExitError(EXIT.usage, conflictMessage('init', shown, conflicts, lang));
  }
  const result = await writePlannedFiles(target, files, { force: Boolean(options.force) }).catch(writeFailure('init', shown, lang));
  process.stdout.write(summary(plan, shown, result.written, lang));
  if (result.kept.includes('.gitignore') && !(await ignoresFolder(join(target, '.gitignore'), 'out'))) {
    process.stdout.write(initText(lang).gitignoreKept);
  }
}

async function checkFolder(target: string, lang: MessageLanguage): Promise<void> {
  try {
    await findConflicts(target, []);
  } catch (error) {
    if (error instanceof TargetNotAFolderError) throw new ExitError(EXIT.usage, notAFolderMessage('init', shownPath(target), lang));
    writeFailure('init', shownPath(target), lang)(error);
  }
}

function summary(plan: InitAnswers, shown: string, written: string[], lang: MessageLanguage): string {
  const unnamed = plan.municipalities.some((m) => m.placeholder);
  const names = unnamed ? initText(lang).unnamed : plan.municipalities.map((m) => m.name).join(', ');
  const arg = shown === '.' ? '' : ` ${/\s/.test(shown) ? `"${shown}"` : shown}`;
  const files = written.map((f) => `  ${f}\n`).join('');
  const period = `${plan.period.start}-${plan.period.end}`;
  return initText(lang).summary({ names, period, model: plan.model, language: plan.language, shown, files, arg });
}
