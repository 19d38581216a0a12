import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { ErrorPage } from './pages/error-page.js';
import { renderPage } from './render-page.js';

/** A request parameter that failed validation: answered 400, naming the parameter. */
export class InvalidParameterError extends HTTPException {
  constructor(
    readonly parameter: string,
    message: string,
  ) {
    super(400, { message: `${parameter}: ${message}` });
  }
}

/**
 * The app's one error handler: JSON under `/api/`, an HTML page elsewhere. Expected errors
 * (`HTTPException`) answer with their status; anything else is a bug, logged and answered 500
 * without its details.
 */
export function respondWithError(error: Error, c: Context): Response | Promise<Response> {
  const expected = error instanceof HTTPException;
  const status = expected ? error.status : 500;
  if (!expected || status >= 500) console.error(`web: ${c.req.method} ${c.req.path} failed:`, error);
  const parameter = error instanceof InvalidParameterError ? error.parameter : undefined;
  const message = expected && error.message ? error.message : (STATUS_MESSAGES[status] ?? 'error');
  if (c.req.path.startsWith('/api/')) {
    return c.json({ error: { status, message, ...(parameter ? { parameter } : {}) } }, status);
  }
  const detail = parameter ? `Параметр «${parameter}» задан неверно.` : undefined;
  return renderPage(c, <ErrorPage status={status} detail={detail} />, status);
}

const STATUS_MESSAGES: Record<number, string> = {
  400: 'bad request',
  404: 'not found',
  500: 'internal error',
};
