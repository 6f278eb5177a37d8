/** Every refusal of the file system becomes a plain usage error; our own errors stay bugs. */
import { describe, expect, it } from 'vitest';
import { writeFailure } from '../../src/cli/write-failure.js';
import { ExitError } from '../../src/cli/exit-error.js';

const fail = (error: unknown, lang: 'nl' | 'en' = 'nl'): unknown => {
  try {
    writeFailure('init', 'mijn-plan', lang)(error);
  } catch (thrown) {
    return thrown;
  }
  return undefined;
};

describe('writeFailure', () => {
  it.each([
    ['EROFS', 'de schijf is alleen-lezen, EROFS'],
    ['ENAMETOOLONG', 'het pad is te lang, ENAMETOOLONG'],
    ['ELOOP', 'kring van symbolische koppelingen, ELOOP'],
    ['EBUSY', 'in gebruik'],
    ['EXDEV', '(EXDEV)'],
  ])('%s: exit 2 with the reason in words', (code, words) => {
    const thrown = fail(Object.assign(new Error(`${code}: raw system text`), { code }));
    expect(thrown).toBeInstanceOf(ExitError);
    expect((thrown as ExitError).exitCode).toBe(2);
    expect((thrown as ExitError).message).toContain(words);
    expect((thrown as ExitError).message).not.toContain('raw system text');
  });

  it('speaks English with --lang en', () => {
    expect((fail(Object.assign(new Error('x'), { code: 'EROFS' }), 'en') as ExitError).message).toContain("cannot write in 'mijn-plan' (the disk is read-only, EROFS)");
  });

  it('passes an error of our own code on, as a bug', () => {
    const bug = new TypeError('x is undefined');
    expect(fail(bug)).toBe(bug);
    const notErrno = Object.assign(new Error('y'), { code: 'ERR_INVALID_ARG_TYPE' });
    expect(fail(notErrno)).toBe(notErrno);
  });
});
