// Patches to the source of library files, applied by esbuild as it bundles them
// (scripts/bundle-cli.mjs), mostly so that what a PDF render never uses is not loaded.
//
// Each edit must match exactly `count` times: an upgrade of a library that moves the code
// fails the build instead of bundling the file unpatched.
import { readFileSync } from 'node:fs';

/**
 * A JavaScript condition on `codePoint` that holds only for code points that are not
 * combining marks (Unicode category M): everything below U+0300, where the combining
 * diacritics start, and U+2000 to U+20CF (punctuation, super- and subscripts, currency
 * signs). test/unit/library-patches.test.ts checks it against unicode-properties' table.
 */
export const certainlyNotMark = '(codePoint < 0x300 || (codePoint >= 0x2000 && codePoint < 0x20d0))';

const lazyRequire = (name, q = '"') => ({ from: `require(${q}${name}${q})`, to: `__lazyRequire(() => require(${q}${name}${q}))`, count: 1 });
export const patches = [
  {
    // pdfkit reads the metrics of the standard PDF fonts from its own folder at run time.
    file: /[\\/]pdfkit[\\/]js[\\/]pdfkit\.js$/,
    edits: [
      { from: "__dirname + '/data/", to: "require('node:path').dirname(require.resolve('pdfkit')) + '/data/", count: 14 },
      // Hashing and AES serve only encrypted PDFs, which `plan` does not write; loading them
      // builds AES tables (about 10 ms). js-md5 stays: it makes the document id.
      ...['@noble/hashes/utils', '@noble/hashes/sha2', '@noble/ciphers/aes'].map((name) => lazyRequire(name, "'")),
    ],
  },
  {
    // fontkit unpacks compressed Unicode tables when it loads, for scripts `plan` rarely
    // or never sets (Arabic, Indic, the Universal Shaping Engine), and loads a Brotli decoder
    // for WOFF2 fonts, which `plan` does not use. Each is now made on first use. With the
    // other patches here, a Brugge PDF renders about 25 ms sooner.
    file: /[\\/]fontkit[\\/]dist[\\/]main\.cjs$/,
    edits: [
      lazyRequire('unicode-properties'),
      // Every glyph asks whether its code points are combining marks: for Latin text and its
      // punctuation the answer is now known without unpacking unicode-properties' table.
      {
        from: 'this.codePoints.every((0, $elh9A$unicodeproperties.isMark))',
        to: `this.codePoints.every((codePoint) => !${certainlyNotMark} && (0, $elh9A$unicodeproperties.isMark)(codePoint))`,
        count: 2,
      },
      lazyRequire('brotli/decompress.js'),
      {
        from: /^(const \$\w+\$var\$trie = )(new \(0, \(\$parcel\$interopDefault\(\$elh9A\$unicodetrie\)\)\)\(.*\));$/gm,
        to: '$1__lazyTrie(() => $2);',
        count: 3,
      },
    ],
  },
  {
    // markdown-it's entity tables (about 5 ms to build) are needed only for text with an
    // HTML entity such as `&amp;`.
    file: /[\\/]markdown-it[\\/]dist[\\/]index\.cjs\.js$/,
    edits: [lazyRequire('entities')],
  },
];

// Helpers for the patches above, at the top of the libraries bundle. A module loaded through
// __lazyRequire must only be read from or called, never enumerated: each library's uses of the
// modules above were read for that. fontkit uses its tries only through get().
export const lazyHelpers = `
function __lazyRequire(load) {
  let loaded;
  const module = () => (loaded ??= load());
  return new Proxy(function () {}, {
    get: (_, key) => module()[key],
    has: (_, key) => key in module(),
    apply: (_, self, args) => Reflect.apply(module(), self, args),
    construct: (_, args) => Reflect.construct(module(), args),
  });
}
function __lazyTrie(make) {
  let trie;
  return { get: (codePoint) => (trie ??= make()).get(codePoint) };
}`;

export function applyEdits(path, text, edits) {
  for (const { from, to, count } of edits) {
    const found = typeof from === 'string' ? text.split(from).length - 1 : (text.match(from) ?? []).length;
    if (found !== count) throw new Error(`${path}: expected ${count} × ${from}, found ${found}; check the patch in scripts/library-patches.mjs`);
    text = typeof from === 'string' ? text.replaceAll(from, to) : text.replace(from, to);
  }
  return text;
}

export const patchLibraries = {
  name: 'patch-libraries',
  setup(b) {
    for (const { file, edits } of patches) {
      b.onLoad({ filter: file }, (args) => ({ contents: applyEdits(args.path, readFileSync(args.path, 'utf8'), edits), loader: 'js' }));
    }
  },
};
