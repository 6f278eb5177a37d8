// The form in which test/approved/ keeps a rendered plan: the document's structure and text
// in full, and the stylesheet once. Every plan.html carries the same stylesheet (save the
// house colour), so the approved plan.html files hold, in place of it, only the lines in
// which a plan's stylesheet differs from test/approved/stylesheet.css: a change to the CSS
// then shows once, in one file, instead of in every approved plan. Nothing is lost: the
// form keeps each differing line with its number, and a stylesheet of another length in
// full. Used by scripts/approve.mjs (which writes the files) and by
// test/e2e/approved-output.test.ts (which compares against them).

const STYLE = /(<style>\n)([\s\S]*?)(\n<\/style>)/;

/** The stylesheet of a rendered plan.html, or undefined when it has none. */
export function stylesheetOf(html) {
  return STYLE.exec(html)?.[2];
}

/** plan.html as test/approved/ keeps it: the stylesheet replaced by its lines that differ from `shared`. */
export function approvedHtml(html, shared) {
  return html.replace(STYLE, (_, open, css, close) => `${open}${stylesheetDifference(css, shared)}${close}`);
}

function stylesheetDifference(css, shared) {
  const lines = css.split('\n');
  const sharedLines = shared.split('\n');
  if (lines.length !== sharedLines.length) return `/* not test/approved/stylesheet.css: ${lines.length} lines instead of ${sharedLines.length} */\n${css}`;
  const differing = lines.flatMap((line, i) => (line === sharedLines[i] ? [] : [`/* line ${i + 1}: */ ${line}`]));
  return ['/* test/approved/stylesheet.css */', ...differing].join('\n');
}

/** test/approved/stylesheet.css's text for a stylesheet, and back: the file ends with a line break. */
export const stylesheetFileText = (css) => `${css}\n`;
export const stylesheetFromFileText = (text) => text.replace(/\n$/, '');
