/**
 * `plan preview` as a process: what it serves, how it stops, and that it never writes into
 * the plan folder. The browser side (live updates, the overlay) is in test/browser/preview.test.ts.
 */
import { request } from 'node:http';
import { createServer } from 'node:net';
import { cp, mkdir, readdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { editFile, examplesDir, fixturesDir, removeDir, runPlan, stackTrace, tempPlan } from '../helpers/cli.js';
import { startPreview } from '../helpers/preview.js';

/** Every file under a folder with its bytes and modification time: "untouched" means all equal. */
async function snapshot(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    const path = join(entry.parentPath, entry.name);
    const info = await stat(path);
    out[path.slice(dir.length)] = entry.isFile() ? `${info.mtimeMs} ${(await readFile(path)).toString('base64')}` : 'folder';
  }
  return out;
}

/** The status for a request that names another host (fetch may not set Host itself). */
function statusWithHost(url: string, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    request(url, { headers: { host } }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    })
      .on('error', reject)
      .end();
  });
}

async function get(url: string): Promise<{ status: number; type: string | null; body: Buffer }> {
  const response = await fetch(url);
  return { status: response.status, type: response.headers.get('content-type'), body: Buffer.from(await response.arrayBuffer()) };
}

describe('plan preview', () => {
  it('serves the very HTML plan render writes (plus its script) and the PDF; Ctrl-C ends it with status 0 and the folder untouched', async () => {
    const dir = await tempPlan(join(examplesDir, 'brugge'));
    const out = await mkdtemp(join(tmpdir(), 'plan-preview-render-'));
    try {
      const before = await snapshot(dir);
      const preview = await startPreview([dir]);
      await preview.waitForOutput(/Bijgewerkt: HTML/);

      const page = await get(preview.url);
      expect(page.status).toBe(200);
      expect(page.type).toBe('text/html; charset=utf-8');
      const bare = await get(`${preview.url}plan.html`);
      const rendered = await runPlan(['render', dir, '--out', out, '--format', 'html']);
      expect(rendered.status, rendered.stdout).toBe(0);
      const written = await readFile(join(out, 'plan.html'), 'utf8');
      expect(bare.body.toString('utf8')).toBe(written);
      // The page is the same document with one script added before </body>, nothing else.
      const html = page.body.toString('utf8');
      const script = /<script nonce="[^"]+">[\s\S]*?<\/script><\/body>/.exec(html);
      expect(script).not.toBeNull();
      expect(html.replace(script![0], '</body>')).toBe(written);
      expect(written).not.toContain('<script');

      const pdf = await get(`${preview.url}plan.pdf`);
      expect(pdf.status).toBe(200);
      expect(pdf.type).toBe('application/pdf');
      expect(pdf.body.subarray(0, 5).toString()).toBe('%PDF-');
      expect((await get(`${preview.url}pdf`)).body.toString()).toContain('<iframe id="plan-pdf"');

      // Another name for 127.0.0.1 (DNS rebinding) gets nothing.
      expect(await statusWithHost(preview.url, 'plan.example.com')).toBe(403);
      expect(await statusWithHost(preview.url, `localhost:${new URL(preview.url).port}`)).toBe(200);
      expect((await get(`${preview.url}../plan.yaml`)).status).toBe(404);

      const ended = await preview.stop('SIGINT');
      expect([0, 130]).toContain(ended.status);
      expect(preview.output()).toContain('Plan preview is gestopt.');
      expect(preview.output()).not.toMatch(stackTrace);
      expect(await snapshot(dir)).toEqual(before);
    } finally {
      await removeDir(dir);
      await removeDir(out);
    }
  });

  it('prints the problems of a save in the terminal, keeps running, and never writes into the folder', async () => {
    const dir = await tempPlan(join(fixturesDir, 'base'));
    try {
      const preview = await startPreview([dir, '--lang', 'en']);
      await preview.waitForOutput(/Updated: HTML/);
      // A half-saved file: the editor has written only part of it.
      const text = await readFile(join(dir, 'goals.yaml'), 'utf8');
      await editFile(dir, 'goals.yaml', () => text.slice(0, Math.floor(text.length / 2)) + '\n  - title: "unclosed\n');
      await preview.waitForOutput(/goals\.yaml:\d+:\d+ error/);
      expect(preview.output()).toContain('The browser shows the last version without errors');
      const before = await snapshot(dir);
      await editFile(dir, 'goals.yaml', () => text);
      await preview.waitForOutput(/Updated: HTML[^\n]*\n(?![\s\S]*error)/);
      expect(preview.child.exitCode).toBeNull();
      const after = await snapshot(dir);
      expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
      const ended = await preview.stop('SIGTERM');
      expect(ended.status).toBe(0);
      expect(preview.output()).not.toMatch(stackTrace);
    } finally {
      await removeDir(dir);
    }
  });

  it('watches the logo in its own folder and the partials of --templates', async () => {
    const dir = await tempPlan(join(fixturesDir, 'base'));
    const templates = await mkdtemp(join(tmpdir(), 'plan-preview-templates-'));
    try {
      await mkdir(join(dir, 'img'));
      await cp(join(fixturesDir, 'logos', 'logo.svg'), join(dir, 'img', 'logo.svg'));
      await editFile(dir, 'plan.yaml', (text) => `${text}\nstyle:\n  logo: img/logo.svg\n`);
      const preview = await startPreview([dir, '--templates', templates]);
      await preview.waitForOutput(/Bijgewerkt: HTML/);
      const updates = () => preview.output().match(/Bijgewerkt: HTML/g)!.length;

      const before = updates();
      const changed = (await readFile(join(dir, 'img', 'logo.svg'), 'utf8')).replace('<svg', '<svg data-changed="1"');
      await writeFile(join(dir, 'img', 'logo.svg'), changed);
      await expect.poll(updates, { timeout: 30_000 }).toBeGreaterThan(before);
      await expect.poll(async () => (await get(`${preview.url}plan.html`)).body.toString(), { timeout: 30_000 }).toContain(Buffer.from(changed).toString('base64').replace(/=+$/, ''));

      // html/ does not exist yet: the preview notices it appear, then a partial inside it.
      await mkdir(join(templates, 'html'));
      await writeFile(join(templates, 'html', 'colophon.hbs'), '<footer><p>Eigen colofon</p></footer>\n');
      await expect.poll(async () => (await get(`${preview.url}plan.html`)).body.toString(), { timeout: 30_000 }).toContain('Eigen colofon');
      expect([0, 130]).toContain((await preview.stop()).status);
    } finally {
      await removeDir(dir);
      await removeDir(templates);
    }
  });

  it('says so when the plan folder goes away, and carries on when it comes back', async () => {
    const parent = await mkdtemp(join(tmpdir(), 'plan-preview-parent-'));
    const dir = join(parent, 'plan');
    await cp(join(fixturesDir, 'base'), dir, { recursive: true });
    try {
      const preview = await startPreview([dir]);
      await preview.waitForOutput(/Bijgewerkt: HTML/);
      await rename(dir, join(parent, 'elders'));
      await preview.waitForOutput(/bestaat niet meer/);
      const before = preview.output().match(/Bijgewerkt: HTML/g)!.length;
      await rename(join(parent, 'elders'), dir);
      await expect.poll(() => preview.output().match(/Bijgewerkt: HTML/g)!.length, { timeout: 30_000 }).toBeGreaterThan(before);
      // And it watches the files in the folder that came back.
      const now = preview.output().match(/Bijgewerkt: HTML/g)!.length;
      await editFile(dir, 'plan.yaml', (text) => `${text}\n`);
      await expect.poll(() => preview.output().match(/Bijgewerkt: HTML/g)!.length, { timeout: 30_000 }).toBeGreaterThan(now);
      expect([0, 130]).toContain((await preview.stop()).status);
      expect(preview.output()).not.toMatch(stackTrace);
    } finally {
      await removeDir(parent);
    }
  });

  it('serves a plan that has errors from the start, and says how to fix them', async () => {
    const dir = await tempPlan(join(fixturesDir, 'base'), { 'plan.yaml': 'title: [\n' });
    try {
      const preview = await startPreview([dir]);
      await preview.waitForOutput(/plan\.yaml:\d+:\d+ fout/);
      const page = await get(preview.url);
      expect(page.status).toBe(200);
      expect(page.body.toString()).toContain('Plan preview');
      expect((await get(`${preview.url}plan.pdf`)).status).toBe(404);
      expect([0, 130]).toContain((await preview.stop()).status);
    } finally {
      await removeDir(dir);
    }
  });

  it('refuses a port that is taken, a port that is no number, and a missing folder, with status 2', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as { port: number }).port;
    try {
      const taken = await runPlan(['preview', join(fixturesDir, 'base'), '--port', String(port)], { timeoutMs: 30_000 });
      expect(taken.status).toBe(2);
      expect(taken.stderr).toContain(`Poort ${port} is al in gebruik`);
      const bad = await runPlan(['preview', join(fixturesDir, 'base'), '--port', 'abc', '--lang', 'en'], { timeoutMs: 30_000 });
      expect(bad.status).toBe(2);
      expect(bad.stderr).toContain("'abc' is not a port number");
      const missing = await runPlan(['preview', join(fixturesDir, 'does-not-exist')], { timeoutMs: 30_000 });
      expect(missing.status).toBe(2);
      expect(missing.stderr).toContain('bestaat niet');
      for (const run of [taken, bad, missing]) expect(run.stderr).not.toMatch(stackTrace);
    } finally {
      blocker.close();
    }
  });
});
