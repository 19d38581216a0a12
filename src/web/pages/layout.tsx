import type { Child } from 'hono/jsx';

export const SITE_NAME = 'Муниципальный календарь';

export interface LayoutProps {
  title: string;
  /** Extra elements for `<head>`: JSON-LD, alternate links. */
  head?: Child;
  children?: Child;
}

/** The frame of every page: Russian, readable on a phone, one stylesheet, no scripts. */
export function Layout({ title, head, children }: LayoutProps) {
  return (
    <html lang="ru">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{title === SITE_NAME ? SITE_NAME : `${title} — ${SITE_NAME}`}</title>
        <link rel="stylesheet" href="/static/site.css" />
        <link rel="alternate" type="text/calendar" title="Календарь в формате iCalendar" href="/calendar.ics" />
        {head}
      </head>
      <body>
        <header class="site-header">
          <a class="site-name" href="/">
            {SITE_NAME}
          </a>
          <nav aria-label="Разделы">
            <a href="/">Главная</a>
            <a href="/calendar">Календарь</a>
            <a href="/calendar.ics">Подписаться (iCal)</a>
            <a href="/api/events">API</a>
          </nav>
        </header>
        <main>{children}</main>
        <footer class="site-footer">
          События ассоциаций муниципальных образований — из их планов и новостей, с указанием источника каждого факта.
        </footer>
      </body>
    </html>
  );
}
