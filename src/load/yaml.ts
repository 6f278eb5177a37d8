/**
 * The parts of the yaml library the loader uses, in one place. Only a file that must be
 * pointed into is parsed with it (src/load/source-file.ts); a clean plan is read by the fast
 * path (src/load/fast-parse.ts). In the CLI it is part of the one bundle
 * (scripts/bundle-cli.mjs), with its code cache.
 */
export { Composer, Lexer, LineCounter, Parser, YAMLParseError, isAlias, isCollection, isMap, isScalar, isSeq } from 'yaml';
