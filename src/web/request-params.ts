import { z } from 'zod';
import { EVENT_KINDS, EVENT_STATUSES } from '../domain/index.js';
import { InvalidParameterError } from './http-errors.js';
import { isIsoDate, isIsoMonth } from './iso-dates.js';

/** Query parameters, validated once where they enter; an invalid one is a 400 naming it. */

const isoDate = z
  .string()
  .refine(isIsoDate, 'expected a date YYYY-MM-DD')
  .meta({ format: 'date', examples: ['2021-11-05'] });
const text = z.string().trim().min(1).max(300);

/** The filters the API, the feed and (in part) the month page share, as the store takes them. */
export const EVENT_FILTER_FIELDS = {
  from: isoDate.optional().describe('events ending on or after this day'),
  to: isoDate.optional().describe('events starting on or before this day'),
  q: text.optional().describe('words that must all occur in the title, kind, date, venue, places or organizers'),
  kind: z.enum(EVENT_KINDS).optional().describe('the kind of event'),
  status: z.enum(EVENT_STATUSES).optional().describe('planned, held or cancelled'),
  place: text.optional().describe('a place name («Казань») or id'),
  organization: text.optional().describe("an organization's canonical name, abbreviation or id"),
};

export const MAX_PAGE_SIZE = 500;

export const PAGE_FIELDS = {
  limit: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(100).describe('events per page'),
  offset: z.coerce.number().int().min(0).default(0).describe('events to skip'),
};

function fromNotAfterTo(params: { from?: string | undefined; to?: string | undefined }): boolean {
  return !params.from || !params.to || params.from <= params.to;
}
const FROM_AFTER_TO = { path: ['to'], message: 'must not be before from' };

export const EVENT_FILTER_PARAMS = z.object(EVENT_FILTER_FIELDS).refine(fromNotAfterTo, FROM_AFTER_TO);

export const EVENT_LIST_PARAMS = z
  .object({ ...EVENT_FILTER_FIELDS, ...PAGE_FIELDS })
  .refine(fromNotAfterTo, FROM_AFTER_TO);

/** A month page and the filters its form offers. */
export const CALENDAR_PARAMS = z.object({
  month: z.string().refine(isIsoMonth, 'expected a month YYYY-MM').optional(),
  q: text.optional(),
  kind: z.enum(EVENT_KINDS).optional(),
  place: text.optional(),
});

export type CalendarParams = z.infer<typeof CALENDAR_PARAMS>;

/**
 * @example parseParams(EVENT_LIST_PARAMS, c.req.query()) // throws InvalidParameterError('from', …) on `from=2021-13-01`
 */
export function parseParams<T>(schema: z.ZodType<T>, query: Record<string, string>): T {
  // A form sends the fields left blank as `q=`: blank means «not given», not an invalid value.
  const given = Object.fromEntries(Object.entries(query).filter(([, value]) => value.trim() !== ''));
  const result = schema.safeParse(given);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  throw new InvalidParameterError(String(issue?.path[0] ?? 'query'), issue?.message ?? 'invalid');
}
