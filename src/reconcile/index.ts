/**
 * @module reconcile
 * Decides whether two event mentions are the same real event: the same kind, overlapping time, a
 * shared place or organizer, and a similar title — and never two numbered sessions of one body. A
 * plan item matched by a news report is linked as `reported_by`, so the plan item's status follows
 * the report; mentions from two reports, or two plans, are `same_as`. Pure: the store asks it about
 * candidates it has already narrowed by time and kind.
 */
export { decideLink, type LinkDecision, type Mention, mergeMentions } from './decide-link.js';
export type { Lemmatize } from './title-similarity.js';
export { titleSimilarity, titleSignature } from './title-similarity.js';
