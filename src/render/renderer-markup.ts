/**
 * Markup the renderer made itself (the pillar chart's SVG), as a type no text from the YAML
 * can become. A template writes a plain string escaped, whatever helper it goes through;
 * only a RendererMarkup made here is written as markup. Membership is kept in a private
 * WeakSet, so an object that merely looks the same (`{markup: '<script>'}`) is no markup.
 */
const made = new WeakSet<object>();

export interface RendererMarkup {
  readonly markup: string;
  /** Handlebars writes a value with toHTML() as it is, like its own SafeString. */
  toHTML(): string;
}

export function rendererMarkup(markup: string): RendererMarkup {
  const value: RendererMarkup = Object.freeze({ markup, toHTML: () => markup });
  made.add(value);
  return value;
}

export function isRendererMarkup(value: unknown): value is RendererMarkup {
  return typeof value === 'object' && value !== null && made.has(value);
}
