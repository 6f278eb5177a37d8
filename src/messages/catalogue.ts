import { coreMessages } from './diagnostics.js';
import { lintMessages } from './lint.js';
import { monitoringMessages } from './monitoring.js';
import { previewMessages } from './preview.js';
import { renderMessages } from './render.js';

/**
 * Every diagnostic code with its message and hint, assembled here by plain imports: the
 * catalogue is complete whichever stage runs, and a code nobody wrote a message for does not
 * exist. One module per area; `areas` keeps them apart so a test can see a code defined twice.
 */
export const diagnosticAreas = {
  core: coreMessages,
  lint: lintMessages,
  monitoring: monitoringMessages,
  preview: previewMessages,
  render: renderMessages,
};

export const diagnosticMessages = { ...coreMessages, ...lintMessages, ...monitoringMessages, ...previewMessages, ...renderMessages };

/** A real diagnostic code: `Diagnostic.code` is one of these, so a misspelt code does not compile. */
export type DiagnosticCode = keyof typeof diagnosticMessages;

/** Every diagnostic code, in catalogue order. */
export const diagnosticCodes: readonly DiagnosticCode[] = Object.freeze(Object.keys(diagnosticMessages) as DiagnosticCode[]);
