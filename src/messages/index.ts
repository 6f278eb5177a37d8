import { diagnosticMessages, type DiagnosticCode } from './catalogue.js';
import { SAME_AS_NL_BE, type MessageLanguage, type MessageParams, type Text } from './language.js';
import { nlNlMessages } from './nl-NL.js';

/**
 * The one home of every user-facing sentence. Diagnostics (every stage's problems) are keyed
 * by code in ./catalogue.ts; the command line, `plan init`, the preview, file-system errors
 * and the rule explanations have their own typed tables beside it, all in nl-BE, nl-NL and en.
 */
export { diagnosticCodes, diagnosticMessages, type DiagnosticCode } from './catalogue.js';
export { baseLanguage, messageLanguage, pick, ruleText, SAME_AS_NL_BE, type BaseLanguage, type Localised, type MessageEntry, type MessageLanguage, type Text } from './language.js';
export { nlNlMessages } from './nl-NL.js';
// The other areas: what the command line, `plan init`, the preview and the output formats say.
export { cliText, langChoices } from './cli.js';
export { initProblemMessage, initText, type InitSummary, type InitText } from './init.js';
export { outputText, type OutputText } from './output.js';
export { previewText, type PreviewText } from './preview.js';
export { sectorExamples, sectorName } from './sectors.js';
export { fileSystemCode, readProblem, writeReason } from './system-errors.js';
export { cannotWriteMessage, conflictMessage, notAFolderMessage } from './write.js';

export interface RenderedMessage {
  message: string;
  hint?: string;
}

/** The entry of a code in a language: nl-NL's own wording, or nl-BE's where nl-NL shares it. */
export function messageText(code: DiagnosticCode, lang: MessageLanguage): Text {
  if (lang === 'nl-NL') {
    const own = nlNlMessages[code];
    if (own !== SAME_AS_NL_BE) return own;
    return diagnosticMessages[code].nl;
  }
  return diagnosticMessages[code][lang];
}

export function renderMessage<D extends { code: DiagnosticCode; params: MessageParams }>(diagnostic: D, lang: MessageLanguage): RenderedMessage {
  const entry = messageText(diagnostic.code, lang);
  return { message: entry.message(diagnostic.params), hint: entry.hint?.(diagnostic.params) };
}
