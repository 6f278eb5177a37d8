import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import type HandlebarsLibrary from 'handlebars';
import type MarkdownItLibrary from 'markdown-it';
import { packagePath } from '../package/package-root.js';
import type { PdfmakeModule } from './pdfmake-modules.js';

export type { PdfmakeModule } from './pdfmake-modules.js';

/**
 * The libraries the renderers use, each loaded on first use. `npm run build` bundles the
 * three into dist/bundle/libraries.cjs (scripts/bundle-cli.mjs), which runs with V8's code
 * cache: loading them one module at a time costs about 40 ms for Handlebars and markdown-it
 * and 100 ms for pdfmake on every render. Without the bundle (an unbuilt checkout) they come
 * from node_modules.
 */
export interface Libraries {
  readonly handlebars: typeof HandlebarsLibrary;
  readonly markdownIt: typeof MarkdownItLibrary;
  /** One of pdfmake's own modules, which src/render/pdf/pdfmake-engine.ts drives. */
  pdfmakeModule(name: PdfmakeModule): Record<string, unknown>;
}

interface BundleLoader {
  loadBundle(file: string): Libraries;
}

const require = createRequire(import.meta.url);
let loaded: Libraries | undefined;

export function libraries(): Libraries {
  if (!loaded) {
    const bundle = packagePath('dist', 'bundle', 'libraries.cjs');
    if (existsSync(bundle)) {
      const loader = require(packagePath('bin', 'load-bundle.cjs')) as BundleLoader;
      loaded = loader.loadBundle(bundle);
    } else {
      loaded = {
        get handlebars() {
          return require('handlebars') as typeof HandlebarsLibrary;
        },
        get markdownIt() {
          return require('markdown-it') as typeof MarkdownItLibrary;
        },
        pdfmakeModule(name: PdfmakeModule) {
          return require(`pdfmake/js/${name}.js`) as Record<string, unknown>;
        },
      };
    }
  }
  return loaded;
}
