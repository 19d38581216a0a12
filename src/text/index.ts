/**
 * @module text
 * Text handling shared by every extractor: length-preserving normalization, tokens with offsets,
 * sentence splitting. Nothing here knows about dates, places or events.
 */
export { collapseWhitespace, normalizeText, normalizeWord, openGuillemets } from './normalize.js';
export { type Sentence, splitSentences } from './sentences.js';
export { tokensOf } from './shared-tokens.js';
export { isCapitalized, startsUpper, type Token, type TokenKind, tokenize } from './tokenize.js';
