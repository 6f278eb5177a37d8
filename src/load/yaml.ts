import { fileURLToPath } from 'node:url';
import type * as YamlPackage from 'yaml';
import { requireBundle } from './require-bundle.js';

/**
 * The yaml library as one file, bundled at build time by scripts/bundle-yaml.mjs: loading
 * the package's 74 modules costs about 25 ms of every start of `plan`, the bundle (with its
 * code cache) well under 10. Same version as the package, so the types come from there.
 * Nodes made by either copy are recognised by both (yaml marks them with Symbol.for).
 */
// src/load and dist/load are both two levels below the package root.
const yaml = requireBundle(fileURLToPath(new URL('../../generated/yaml.cjs', import.meta.url))) as typeof YamlPackage;

export const { Composer, Lexer, Parser, YAMLParseError, isAlias, isCollection, isMap, isScalar, isSeq } = yaml;
export const LineCounter = yaml.LineCounter;
export type LineCounter = YamlPackage.LineCounter;
