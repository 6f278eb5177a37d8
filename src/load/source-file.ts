import { LineCounter, parseDocument, type Document } from 'yaml';

/** A YAML file as read from disk, with what is needed to point at its lines later. */
export interface SourceFile {
  /** Name relative to the plan folder. */
  name: string;
  text: string;
  lines: string[];
  doc: Document.Parsed;
  lineCounter: LineCounter;
}

export function parseSource(name: string, rawText: string): SourceFile {
  // A byte-order mark is invisible in editors; dropping it keeps columns right.
  const text = rawText.startsWith('\uFEFF') ? rawText.slice(1) : rawText;
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, {
    lineCounter,
    prettyErrors: false,
    uniqueKeys: true,
    merge: true,
    schema: 'core',
    strict: true,
  });
  return { name, text, lines: text.split(/\r?\n/), doc, lineCounter };
}

export interface Position {
  line: number;
  column: number;
}

export function positionAt(file: SourceFile, offset: number): Position {
  const { line, col } = file.lineCounter.linePos(Math.max(0, Math.min(offset, file.text.length)));
  return { line, column: col };
}
