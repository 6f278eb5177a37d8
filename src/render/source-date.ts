/**
 * SOURCE_DATE_EPOCH (reproducible-builds.org): the PDF's creation date as whole seconds
 * since 1970-01-01 UTC. The specification asks a tool to refuse a malformed value rather
 * than guess: `1.5` or `abc` were silently ignored and `1e20` crashed pdfkit. An empty
 * value counts as unset, as CI systems often define variables empty.
 */

/** 9999-12-31T23:59:59Z: the last moment a PDF date (four-digit year) can hold. */
const LAST_SECOND = 253_402_300_799;

export type SourceDate = { ok: true; seconds: number | undefined } | { ok: false; value: string };

export function parseSourceDateEpoch(value: string | undefined): SourceDate {
  if (value === undefined || value.trim() === '') return { ok: true, seconds: undefined };
  const text = value.trim();
  if (!/^\d{1,12}$/.test(text) || Number(text) > LAST_SECOND) return { ok: false, value };
  return { ok: true, seconds: Number(text) };
}
