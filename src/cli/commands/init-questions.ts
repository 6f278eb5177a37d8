import { createInterface } from 'node:readline/promises';
import { messageLanguage, type MessageLanguage } from '../../messages/index.js';
import { pillarModels, type PillarModelId } from '../../model/pillar-models.js';
import {
  defaultModel,
  formatPeriod,
  modelIds,
  parseLanguage,
  parseModel,
  parseMunicipalities,
  parsePeriod,
  type MunicipalityAnswer,
  type Parsed,
  type PlanLanguage,
} from '../../init/answers.js';
import { initProblemMessage, initText } from '../../messages/init.js';

/** What the flags already settled; the questions ask only for the rest. */
export interface KnownAnswers {
  municipalities?: MunicipalityAnswer[];
  period?: { start: number; end: number };
  model?: PillarModelId;
  language?: PlanLanguage;
}

export interface QuestionDefaults {
  municipality?: string;
  period: { start: number; end: number };
}

/** Ctrl-C or the end of input during a question. */
export class QuestionsAborted extends Error {}

/**
 * Asks, one line each, for what the flags did not give, with the default in brackets; an
 * empty answer takes the default, a wrong one is explained and asked again. The streams are
 * parameters so that tests can drive the questions without a terminal.
 */
export async function askMissing(known: KnownAnswers, defaults: QuestionDefaults, input: NodeJS.ReadableStream, output: NodeJS.WritableStream): Promise<Required<KnownAnswers>> {
  const terminal = Boolean((input as { isTTY?: boolean }).isTTY && (output as { isTTY?: boolean }).isTTY);
  const rl = createInterface({ input, output, terminal });
  rl.on('SIGINT', () => rl.close());
  const lines = rl[Symbol.asyncIterator]();

  async function ask<T>(prompt: string, fallback: string | undefined, parse: (text: string) => Parsed<T>, lang: MessageLanguage): Promise<T> {
    for (;;) {
      rl.setPrompt(fallback === undefined || fallback === '' ? `${prompt}: ` : `${prompt} [${fallback}]: `);
      rl.prompt();
      const next = await lines.next();
      if (next.done) throw new QuestionsAborted();
      const answer = String(next.value).trim() || fallback || '';
      const parsed = parse(answer);
      if (parsed.ok) return parsed.value;
      output.write(`  ${initProblemMessage(parsed.problem, lang)}\n`);
    }
  }

  try {
    const language = known.language ?? (await ask(initText('nl').questions.language, 'nl-BE', parseLanguage, 'nl'));
    const lang = messageLanguage(language);
    const words = initText(lang).questions;

    const municipalities =
      known.municipalities ??
      (await ask(
        words.municipality,
        defaults.municipality,
        (text) => (text === '' ? { ok: true, value: [] } : parseMunicipalities(text)),
        lang,
      ));
    const period = known.period ?? (await ask(words.period, formatPeriod(defaults.period), parsePeriod, lang));

    let model = known.model;
    if (model === undefined) {
      output.write(`${words.models}:\n`);
      modelIds.forEach((id, i) => output.write(`  ${i + 1}. ${id.padEnd(17)} ${pillarModels[id].pillars.map((p) => p.name).join(', ')}\n`));
      const byNumber = (text: string): Parsed<PillarModelId> => {
        const chosen = /^\d+$/.test(text) ? modelIds[Number(text) - 1] : undefined;
        return chosen ? { ok: true, value: chosen } : parseModel(text);
      };
      model = await ask(words.model, defaultModel(language), byNumber, lang);
    }
    return { language, municipalities, period, model };
  } finally {
    rl.close();
  }
}
