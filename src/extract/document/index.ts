/**
 * @module extract/document
 * The document as a whole: its layout (tables in every shape associations export them, sections,
 * paragraphs, list items), what its table columns mean, and its header — kind (news, plan, mixed),
 * the date it speaks from and a plan's period.
 */
export { type ColumnRole, headerRoles, headingRole } from './columns.js';
export {
  type DatedSpan,
  datelines,
  documentDate,
  documentKind,
  findPlanTitle,
  leadParagraphs,
  PLAN_TITLE,
  planPeriod,
} from './header.js';
export {
  type DocumentStructure,
  NUMBER_CELL,
  type Paragraph,
  ROMAN_SECTION,
  readStructure,
  type Table,
  type TableRow,
  type TableShape,
  type TextSlice,
  trimSlice,
} from './structure.js';
