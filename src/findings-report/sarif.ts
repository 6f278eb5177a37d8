import { relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { explainRule } from '../lint/explain.js';
import { ruleById } from '../lint/registry.js';
import type { Diagnostic, Severity } from '../diagnostics/diagnostic.js';
import { printableMessage, sentence } from '../diagnostics/format.js';
import { outputText } from '../messages/output.js';
import { ruleText, type MessageLanguage } from '../messages/index.js';
import type { PlanReport, ReportOptions } from './format-report.js';

// SARIF 2.1.0 (OASIS), the format GitHub code scanning, GitLab and Azure DevOps read. One run,
// one result per diagnostic. Locations are relative to the repository root (uriBaseId
// %SRCROOT%), so that the same report means the same files on any machine that checks out
// the repository. Checked against the official schema in test/e2e/ci-formats.test.ts.

const level: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };


/** The SARIF rule of a diagnostic: the domain rule's id, else the diagnostic's code. */
const ruleIdOf = (d: Diagnostic): string => d.rule ?? d.code;

function descriptor(id: string, lang: MessageLanguage) {
  const rule = ruleById(id);
  if (!rule) {
    return { id, shortDescription: { text: outputText(lang).sarif.fileProblem(id) }, help: { text: outputText(lang).sarif.fileHelp } };
  }
  const help = `${explainRule(rule, lang)}\n${outputText(lang).sarif.more(rule.id)}`;
  return {
    id: rule.id,
    shortDescription: { text: ruleText(rule.description, lang) },
    fullDescription: { text: ruleText(rule.rationale, lang) },
    help: { text: help, markdown: `${ruleText(rule.description, lang)}\n\n\`\`\`\n${explainRule(rule, lang)}\`\`\`\n\n${outputText(lang).sarif.more(rule.id)}` },
    defaultConfiguration: { level: level[rule.defaultSeverity] },
    properties: { tags: ['beleidsplan', 'domain-rule'] },
  };
}

const uriOf = (root: string, path: string): string => relative(root, path).split(sep).map(encodeURIComponent).join('/');

export function formatSarif(plans: readonly PlanReport[], options: ReportOptions): string {
  const ruleIds: string[] = [];
  const ruleIndex = new Map<string, number>();
  const results = plans.flatMap((plan) =>
    plan.diagnostics.map((d) => {
      const id = ruleIdOf(d);
      if (!ruleIndex.has(id)) {
        ruleIndex.set(id, ruleIds.length);
        ruleIds.push(id);
      }
      const { message, hint } = printableMessage(d, options.lang);
      const path = d.file ? resolve(plan.absoluteDir, d.file) : plan.absoluteDir;
      const region =
        d.line === undefined
          ? undefined
          : {
              startLine: d.line,
              startColumn: d.column ?? 1,
              ...(d.endLine !== undefined ? { endLine: d.endLine } : {}),
              ...(d.endColumn !== undefined ? { endColumn: d.endColumn } : {}),
            };
      return {
        ruleId: id,
        ruleIndex: ruleIndex.get(id),
        level: level[d.severity],
        message: { text: hint ? `${sentence(message)} ${hint}` : message },
        locations: [{ physicalLocation: { artifactLocation: { uri: uriOf(options.repositoryRoot, path) || '.', uriBaseId: '%SRCROOT%' }, ...(region ? { region } : {}) } }],
        properties: { code: d.code, plan: uriOf(options.repositoryRoot, plan.absoluteDir) || '.' },
      };
    }),
  );
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'plan',
            fullName: 'plan (beleidsplan)',
            version: options.toolVersion,
            semanticVersion: options.toolVersion,
            rules: ruleIds.map((id) => descriptor(id, options.lang)),
          },
        },
        originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(options.repositoryRoot + sep).href } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
