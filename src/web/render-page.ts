import type { Context } from 'hono';
import { html } from 'hono/html';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** An HTML response for a page component, with the doctype JSX cannot write. */
export function renderPage(
  c: Context,
  page: unknown,
  status: ContentfulStatusCode = 200,
): Response | Promise<Response> {
  return c.html(html`<!DOCTYPE html>${page}`, status);
}
