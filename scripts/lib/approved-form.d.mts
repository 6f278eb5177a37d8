/** The stylesheet of a rendered plan.html, or undefined when it has none. */
export function stylesheetOf(html: string): string | undefined;
/** plan.html as test/approved/ keeps it: the stylesheet replaced by its lines that differ from `shared`. */
export function approvedHtml(html: string, shared: string): string;
/** test/approved/stylesheet.css's text for a stylesheet, and back: the file ends with a line break. */
export function stylesheetFileText(css: string): string;
export function stylesheetFromFileText(text: string): string;
