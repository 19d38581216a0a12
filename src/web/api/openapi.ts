import { z } from 'zod';
import {
  EVENT_FORMATS,
  EVENT_KINDS,
  EVENT_STATUSES,
  PLACE_TYPES,
  PRECISIONS,
  RECURRENCES,
} from '../../domain/index.js';
import { EVENT_FILTER_FIELDS, PAGE_FIELDS } from '../request-params.js';

/**
 * The OpenAPI 3.1 description of the JSON API and the feed, served at `/api/openapi.json`. The
 * query parameters are generated from the same zod schemas that validate requests, so the two
 * cannot drift apart; the response shapes follow the domain's constants.
 */
export function buildOpenApiDocument(): Record<string, unknown> {
  const filters = queryParameters(EVENT_FILTER_FIELDS);
  return {
    openapi: '3.1.0',
    info: {
      title: 'munical',
      version: '1',
      description:
        'Events of Russian associations of municipalities, read from their plans and news, each with its sources.',
    },
    paths: {
      '/api/events': {
        get: {
          summary: 'Events whose dates overlap [from, to], ordered by start',
          parameters: [...filters, ...queryParameters(PAGE_FIELDS)],
          responses: {
            '200': jsonResponse('A page of events and the total count', {
              type: 'object',
              required: ['events', 'total', 'limit', 'offset'],
              properties: {
                events: { type: 'array', items: { $ref: '#/components/schemas/Event' } },
                total: { type: 'integer', description: 'all matches, regardless of limit and offset' },
                limit: { type: 'integer' },
                offset: { type: 'integer' },
              },
            }),
            '400': ERROR_RESPONSE,
          },
        },
      },
      '/api/events/{id}': {
        get: {
          summary: 'One event with the sources it was read from',
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'integer', minimum: 1 } }],
          responses: {
            '200': jsonResponse('The event', {
              type: 'object',
              required: ['event'],
              properties: {
                event: {
                  allOf: [
                    { $ref: '#/components/schemas/Event' },
                    {
                      type: 'object',
                      properties: { sources: { type: 'array', items: { $ref: '#/components/schemas/Source' } } },
                    },
                  ],
                },
              },
            }),
            '404': ERROR_RESPONSE,
          },
        },
      },
      '/calendar.ics': {
        get: {
          summary: 'The events as iCalendar (all-day, DTEND exclusive); from a year back unless from or to is given',
          parameters: filters,
          responses: {
            '200': { description: 'iCalendar', content: { 'text/calendar': { schema: { type: 'string' } } } },
            '400': ERROR_RESPONSE,
          },
        },
      },
    },
    components: { schemas: SCHEMAS },
  };
}

function queryParameters(fields: Record<string, z.ZodType>): Array<Record<string, unknown>> {
  return Object.entries(fields).map(([name, field]) => {
    const {
      $schema: _dialect,
      description,
      ...schema
    } = z.toJSONSchema(field, {
      io: 'input',
      unrepresentable: 'any',
    }) as Record<string, unknown>;
    return { name, in: 'query', required: false, ...(description ? { description } : {}), schema };
  });
}

function jsonResponse(description: string, schema: Record<string, unknown>) {
  return { description, content: { 'application/json': { schema } } };
}

const ERROR_RESPONSE = jsonResponse('An error; `parameter` names the invalid query parameter', {
  $ref: '#/components/schemas/Error',
});

const nullable = (schema: Record<string, unknown>) => ({ anyOf: [schema, { type: 'null' }] });
const isoDate = { type: 'string', format: 'date' };

const SCHEMAS = {
  Event: {
    type: 'object',
    required: [
      'id',
      'title',
      'kind',
      'when',
      'places',
      'venue',
      'organizers',
      'format',
      'status',
      'attendance',
      'age',
      'expectedResult',
    ],
    properties: {
      id: { type: 'integer' },
      title: { type: 'string' },
      kind: { type: 'string', enum: [...EVENT_KINDS] },
      when: { $ref: '#/components/schemas/When' },
      places: { type: 'array', items: { $ref: '#/components/schemas/Place' } },
      venue: nullable({ type: 'string' }),
      organizers: { type: 'array', items: { type: 'string' }, description: 'canonical full names' },
      format: nullable({ type: 'string', enum: [...EVENT_FORMATS] }),
      status: nullable({ type: 'string', enum: [...EVENT_STATUSES] }),
      attendance: nullable({ type: 'integer' }),
      age: nullable({ type: 'integer', description: 'the age celebrated, for anniversaries and city days' }),
      expectedResult: nullable({ type: 'string' }),
    },
  },
  When: {
    type: 'object',
    required: ['start', 'end', 'precision', 'recurrence', 'text'],
    description: 'Inclusive dates; a month-precision item spans its month.',
    properties: {
      start: nullable(isoDate),
      end: nullable(isoDate),
      precision: { type: 'string', enum: [...PRECISIONS] },
      recurrence: nullable({ type: 'string', enum: [...RECURRENCES] }),
      text: { type: 'string', description: 'the expression as written' },
      time: {
        type: 'object',
        required: ['start', 'end'],
        properties: { start: { type: 'string', pattern: '^\\d{2}:\\d{2}$' }, end: nullable({ type: 'string' }) },
      },
    },
  },
  Place: {
    type: 'object',
    required: ['name', 'type'],
    properties: { name: { type: 'string' }, type: { type: 'string', enum: [...PLACE_TYPES] } },
  },
  Source: {
    type: 'object',
    required: ['documentId', 'source', 'title', 'link', 'evidence', 'start', 'end'],
    properties: {
      documentId: { type: 'integer' },
      source: { type: 'string' },
      title: nullable({ type: 'string' }),
      link: nullable({ type: 'string' }),
      evidence: { type: 'string', description: 'the sentence or table row stating the event' },
      start: { type: 'integer', description: 'offset of the evidence in the document text' },
      end: { type: 'integer', description: 'end offset (exclusive)' },
    },
  },
  Error: {
    type: 'object',
    required: ['error'],
    properties: {
      error: {
        type: 'object',
        required: ['status', 'message'],
        properties: {
          status: { type: 'integer' },
          message: { type: 'string' },
          parameter: { type: 'string' },
        },
      },
    },
  },
};
