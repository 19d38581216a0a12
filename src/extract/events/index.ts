/**
 * @module extract/events
 * From sentences and table rows to `Event` records: kind, title, status, format, organizers,
 * attendance, venue and places, each read from its span; plan rows (columns by their headings,
 * sections, continuations, anniversaries and city days) and news sentences (events reported or
 * announced, with the sentences that follow them).
 */
export {
  type Agreement,
  type DateContext,
  type DateFound,
  type DocumentFindings,
  type FigureValue,
  type Found,
  isWhen,
  type TextServices,
  type WordInfo,
} from './inputs.js';
export { EVENT_NOUNS, firstEventNoun, kindOfNoun, kindOfTitle } from './kinds.js';
export {
  eventsFromListItems,
  inheritFromParent,
  type ListReading,
  type PartsIntro,
  partsIntro,
} from './list-items.js';
export { datesFromDocument, eventsFromNews, type NewsReading, splitListedNames, venueNamedIn } from './news.js';
export { newsTitle } from './news-title.js';
export {
  canonicalOrganizer,
  initialsOf,
  organizersFromNote,
  type RegionInitials,
  type Responsible,
  regionInitials,
  responsibleKind,
  responsibleOrganizers,
  splitList,
  withRegionWrittenOut,
} from './organizers.js';
export {
  isOwnOrgan,
  ownerFromPublisher,
  ownerFromText,
  ownerInFull,
  ownerOrganizes,
  ownerSelfWords,
  ownOrgansToOwner,
} from './owner.js';
export { eventsFromTables, type PlanReading, sectionKindOf } from './plan-rows.js';
export { eventsFromProgramme, type ProgrammeReading } from './programme.js';
export { type FormatCue, findFormat, findStatusCues, type StatusCue } from './status.js';
export { balanceGuillemets, capitalizeFirst, headToNominative, planTitle } from './title.js';
export { type WordForms, wordFormsFrom } from './word-forms.js';
