/**
 * Which of our hooks into pdfmake and PDFKit ran during a render, for the tests: a hook that
 * silently stops being called (a library renamed the method it overrides) must fail a test,
 * not quietly leave the PDF untagged. Off unless a test passes a set to renderDefinition.
 */
let probe: Set<string> | undefined;

export function hookCalled(name: string): void {
  probe?.add(name);
}

/** Runs `render` with every hook that runs recorded in `into`. */
export function probing<T>(into: Set<string> | undefined, render: () => T): T {
  const before = probe;
  probe = into;
  try {
    return render();
  } finally {
    probe = before;
  }
}
