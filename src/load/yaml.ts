/**
 * The parts of the yaml library the loader uses, in one place. In the CLI it is part of the
 * one bundle (scripts/bundle-cli.mjs), with its code cache.
 */
export { Composer, Lexer, LineCounter, Parser, YAMLParseError, isAlias, isCollection, isMap, isScalar, isSeq } from 'yaml';
