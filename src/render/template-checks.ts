import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { TemplateSource } from './templates.js';

/**
 * Checks of a template set that need its syntax tree, made before anything is rendered so
 * each problem names the partial's own line:
 * - `{{{…}}}` and `{{& …}}` write a value unescaped: in HTML that lets plan text become
 *   markup (a `<script>` in a title). Markup the renderer makes is written unescaped with
 *   `{{…}}` already, so raw output is never needed and is refused.
 * - A partial that includes itself, directly or through others, outside any block never
 *   ends; V8 aborted (exit 134). Calls inside `{{#each}}` or `{{#if}}` end with the data
 *   (a section's subsections) and are left to the depth guard in compileTemplates.
 */

/** The few node fields of Handlebars' AST these checks read. */
interface Node {
  type: string;
  escaped?: boolean;
  name?: { type: string; original?: unknown };
  loc?: { start: { line: number; column: number } };
  [key: string]: unknown;
}

interface Call {
  partial: string;
  line: number;
  column: number;
}

function walk(node: unknown, visit: (node: Node, inBlock: boolean) => void, inBlock = false): void {
  if (Array.isArray(node)) {
    for (const item of node) walk(item, visit, inBlock);
    return;
  }
  if (!node || typeof node !== 'object' || typeof (node as Node).type !== 'string') return;
  const current = node as Node;
  visit(current, inBlock);
  const nested = inBlock || current.type === 'BlockStatement' || current.type === 'DecoratorBlock';
  for (const [key, value] of Object.entries(current)) if (key !== 'loc') walk(value, visit, key === 'program' || key === 'inverse' ? nested : inBlock);
}

const at = (node: Node): { line: number; column: number } => ({ line: node.loc?.start.line ?? 1, column: (node.loc?.start.column ?? 0) + 1 });

export function rawOutputProblems(source: TemplateSource, ast: unknown): Diagnostic[] {
  const found: Diagnostic[] = [];
  walk(ast, (node) => {
    if (node.type === 'MustacheStatement' && node.escaped === false) {
      found.push({ code: 'template-raw-output', severity: 'error', file: source.shown, ...at(node), params: { name: source.name } });
    }
  });
  return found;
}

/** Partials each partial includes unconditionally, by a fixed name. */
export function unconditionalCalls(ast: unknown): Call[] {
  const calls: Call[] = [];
  walk(ast, (node, inBlock) => {
    if (inBlock || (node.type !== 'PartialStatement' && node.type !== 'PartialBlockStatement')) return;
    if (node.name?.type === 'PathExpression' && typeof node.name.original === 'string') calls.push({ partial: node.name.original, ...at(node) });
  });
  return calls;
}

/**
 * For each overridden partial, its first unconditional call that leads back to itself.
 * Shipped partials have no such cycle, so every cycle passes through an override.
 */
export function recursionProblems(sources: ReadonlyMap<string, TemplateSource>, calls: ReadonlyMap<string, Call[]>): Diagnostic[] {
  const reaches = (from: string, target: string, seen = new Set<string>()): boolean => {
    if (from === target) return true;
    if (seen.has(from)) return false;
    seen.add(from);
    return (calls.get(from) ?? []).some((call) => reaches(call.partial, target, seen));
  };
  const found: Diagnostic[] = [];
  for (const source of sources.values()) {
    if (!source.overridden) continue;
    const call = (calls.get(source.name) ?? []).find((c) => reaches(c.partial, source.name));
    if (call) found.push({ code: 'template-recursion', severity: 'error', file: source.shown, line: call.line, column: call.column, params: { name: source.name, partial: call.partial } });
  }
  return found;
}
