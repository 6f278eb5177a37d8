import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { renderMessage } from '../../src/messages/index.js';

// The tests run as any user, root included, for whom no permission is ever refused: the file
// system's refusal is simulated for the one logo file, every other call reads for real.
vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs/promises')>();
  return {
    ...real,
    readFile: (async (path: Parameters<typeof real.readFile>[0], ...rest: unknown[]) => {
      if (String(path).endsWith('refused.png')) throw Object.assign(new Error('EACCES: permission denied, open'), { code: 'EACCES' });
      return (real.readFile as (...args: unknown[]) => unknown)(path, ...rest);
    }) as typeof real.readFile,
  };
});

const { loadLogo } = await import('../../src/render/logo.js');

describe('a logo the file system refuses', () => {
  const dirs: string[] = [];
  afterAll(async () => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

  it('is a plain diagnostic at the logo line, in words and without the system sentence, not a crash', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'plan-logo-'));
    dirs.push(dir);
    await writeFile(join(dir, 'refused.png'), 'not read');
    const { logo, diagnostics } = await loadLogo(dir, 'refused.png');
    expect(logo).toBeNull();
    expect(diagnostics.map((d) => [d.code, d.file, d.params.errorCode])).toEqual([['logo-unreadable', 'plan.yaml', 'EACCES']]);
    const nl = renderMessage(diagnostics[0]!, 'nl');
    expect(nl.message).toBe("het logo 'refused.png' kan niet gelezen worden: u hebt geen leesrechten op het bestand (EACCES)");
    expect(`${nl.message} ${nl.hint}`).not.toContain('permission denied');
    expect(renderMessage(diagnostics[0]!, 'en').message).toBe("the logo 'refused.png' cannot be read: you have no permission to read it (EACCES)");
  });
});
