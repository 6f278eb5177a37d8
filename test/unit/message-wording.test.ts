import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Diagnostic, MessageParams } from '../../src/diagnostics/diagnostic.js';
import { repoRoot } from '../helpers/cli.js';
import { diagnosticCodes, diagnosticMessages, renderMessage, type DiagnosticCode, type MessageLanguage } from '../../src/messages/index.js';

/** Message and hint of one diagnostic, rendered from the catalogue. */
function say(code: DiagnosticCode, params: MessageParams, lang: MessageLanguage = 'nl'): { message: string; hint?: string } {
  const d: Diagnostic = { code, severity: 'error', params };
  return renderMessage(d, lang);
}

/** English words that give away a system or ajv sentence inside a Dutch message. */
const english = /\b(permission|denied|resource|must|should|identical|the|is not)\b/i;

describe('unreadable-file', () => {
  const detail = (code: string) => `${code}: permission denied, open '/home/an/plannen/testgem/plan.yaml'`;

  it.each(['EACCES', 'EPERM', 'EBUSY', 'EIO', 'ENOENT'])('%s: Dutch reason, the code in parentheses, no English sentence and no path', (code) => {
    const { message, hint } = say('unreadable-file', { file: 'plan.yaml', detail: detail(code) });
    expect(message).toMatch(new RegExp(`^het bestand 'plan.yaml' kan niet gelezen worden: .+ \\(${code}\\)$`));
    expect(`${message} ${hint}`).not.toMatch(english);
    expect(message).not.toContain('/home/an');
    expect(hint).toBeTruthy();
  });

  it('EACCES says that read permission is missing, in both languages', () => {
    expect(say('unreadable-file', { file: 'plan.yaml', detail: detail('EACCES') }).message).toBe(
      "het bestand 'plan.yaml' kan niet gelezen worden: u hebt geen leesrechten op het bestand (EACCES)",
    );
    expect(say('unreadable-file', { file: 'plan.yaml', detail: detail('EACCES') }, 'en').message).toBe(
      "the file 'plan.yaml' cannot be read: you have no permission to read it (EACCES)",
    );
  });

  it.each([
    ['ELOOP', 'kring van symbolische koppelingen (ELOOP)'],
    ['ENOTDIR', 'een deel van het pad is een bestand, geen map (ENOTDIR)'],
    ['ENAMETOOLONG', 'het pad is te lang (ENAMETOOLONG)'],
  ])('%s is said in words, with the code for whoever helps', (code, words) => {
    const { message, hint } = say('unreadable-file', { file: 'plan.yaml', detail: `${code}: raw system text` });
    expect(message).toContain(words);
    expect(`${message} ${hint}`).not.toContain('raw system text');
  });

  it('an unknown code is shown alone; a detail without a code is left out', () => {
    expect(say('unreadable-file', { file: 'plan.yaml', detail: 'ESTALE: stale file handle' }).message).toBe("het bestand 'plan.yaml' kan niet gelezen worden (ESTALE)");
    expect(say('unreadable-file', { file: 'plan.yaml', detail: 'Something went wrong' }).message).toBe("het bestand 'plan.yaml' kan niet gelezen worden");
  });
});

describe('unknown-stakeholder names both things an id may refer to', () => {
  it('partner or body, in both languages', () => {
    const params = { id: 'politie', suggestion: 'lokale-politie', known: 'cgg, stuurgroep' };
    expect(say('unknown-stakeholder', params).message).toBe("'politie' is geen gekende partner of overlegorgaan — bedoelt u 'lokale-politie'?");
    expect(say('unknown-stakeholder', params).hint).toContain('de id van een partner of overlegorgaan uit stakeholders.yaml');
    expect(say('unknown-stakeholder', params, 'en').message).toBe("'politie' is not a known partner or body — did you mean 'lokale-politie'?");
    expect(say('unknown-stakeholder', params, 'en').hint).toContain('the id of a partner or body in stakeholders.yaml');
  });
});

describe('yaml-multiline-key says the same in Dutch and English', () => {
  it('one line per field; quotes for a text with ": " or starting with #', () => {
    const nl = say('yaml-multiline-key', {}).hint!;
    const en = say('yaml-multiline-key', {}, 'en').hint!;
    expect(nl).toBe('Zet "veld: waarde" op één regel. Bevat een tekst ": " of begint hij met #, zet hem dan tussen aanhalingstekens.');
    expect(en).toBe('Put "field: value" on one line. If a text contains ": " or starts with #, put it in quotes.');
  });
});

describe('diagnosticCodes', () => {
  it('lists the whole catalogue, each code with a Dutch and an English message', () => {
    expect(diagnosticCodes.length).toBeGreaterThan(100);
    expect(new Set(diagnosticCodes).size).toBe(diagnosticCodes.length);
    for (const code of diagnosticCodes) {
      expect(diagnosticMessages[code].nl.message, code).toBeTypeOf('function');
      expect(diagnosticMessages[code].en.message, code).toBeTypeOf('function');
    }
    // Rules, monitoring, preview and render codes are there without loading those stages.
    expect(diagnosticCodes).toEqual(expect.arrayContaining(['pillar-empty', 'report-year-missing', 'preview-folder-gone', 'logo-missing']));
  });

  it('DiagnosticCode is a closed set, so a misspelt code does not compile (checked by npm run typecheck)', () => {
    // @ts-expect-error 'unknown-pilar' is not a code of the catalogue
    const misspelt: DiagnosticCode = 'unknown-pilar';
    const code: DiagnosticCode = 'unknown-pillar';
    expect(diagnosticCodes).toContain(code);
    expect(diagnosticCodes).not.toContain(misspelt);
  });
});

describe('formal Dutch ("u") throughout', () => {
  // Every sentence a user reads: the catalogue, the files `plan init` writes, the document templates.
  const folders = ['src/messages', 'src/init/files', 'templates/html', 'templates/markdown'];
  const informal = /\b(je|jij|jou|jouw|jullie|jezelf)\b/i;

  it.each(folders)('%s addresses the reader as "u"', (folder) => {
    const dir = join(repoRoot, folder);
    const offending = readdirSync(dir)
      .filter((name) => /\.(ts|hbs)$/.test(name))
      .flatMap((name) =>
        readFileSync(join(dir, name), 'utf8')
          .split('\n')
          .map((line, i) => ({ where: `${folder}/${name}:${i + 1}`, line }))
          .filter(({ line }) => informal.test(line)),
      );
    expect(offending.map(({ where, line }) => `${where}: ${line.trim()}`)).toEqual([]);
  });
});
