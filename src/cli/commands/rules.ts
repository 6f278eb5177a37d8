import { messageLanguage } from '../../messages/index.js';
import { explainRule, listRules, unknownRuleMessage } from '../../lint/explain.js';
import { ruleById } from '../../lint/registry.js';
import { EXIT, ExitError } from '../exit-error.js';

export interface RulesOptions {
  lang?: string;
}

/** `plan rules [id]`: lists the domain rules, or explains one; an unknown id is a usage error. */
export function rulesCommand(id: string | undefined, options: RulesOptions): void {
  const lang = messageLanguage(options.lang);
  if (id === undefined) {
    process.stdout.write(listRules(lang));
    return;
  }
  const rule = ruleById(id);
  if (!rule) throw new ExitError(EXIT.usage, unknownRuleMessage(id, lang));
  process.stdout.write(explainRule(rule, lang));
}
