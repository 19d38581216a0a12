/**
 * The portal's one stylesheet, served at `/static/site.css`. It lives in a module rather than a
 * `.css` file so `tsc` carries it into `dist/` and the app needs no file system at run time.
 * Phones first: the month grid is a list of days until the screen is wide enough for seven columns.
 */
export const SITE_CSS = `
:root {
  --ink: #1d2430; --muted: #5b6472; --line: #d9dee5; --paper: #fff; --wash: #f4f6f9;
  --accent: #1f5fae; --accent-wash: #e6effa; --mark: #fff1a8; --today: #c2410c;
  color-scheme: light;
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body {
  margin: 0; color: var(--ink); background: var(--wash);
  font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
}
a { color: var(--accent); }
a:hover { text-decoration-thickness: 2px; }
h1 { font-size: 1.6rem; line-height: 1.25; margin: 0 0 .75rem; }
h2 { font-size: 1.2rem; margin: 1.5rem 0 .5rem; }
.site-header {
  display: flex; flex-wrap: wrap; align-items: baseline; gap: .25rem 1.25rem;
  padding: .75rem 1rem; background: var(--paper); border-bottom: 1px solid var(--line);
}
.site-name { font-weight: 700; color: var(--ink); text-decoration: none; }
.site-header nav { display: flex; flex-wrap: wrap; gap: .25rem 1rem; }
main { max-width: 72rem; margin: 0 auto; padding: 1rem; }
.site-footer { max-width: 72rem; margin: 0 auto; padding: 1rem; color: var(--muted); font-size: .875rem; }
.muted { color: var(--muted); }

.event-list { list-style: none; margin: 0; padding: 0; }
.event-list > li {
  background: var(--paper); border: 1px solid var(--line); border-radius: 6px;
  padding: .6rem .8rem; margin-bottom: .5rem;
}
.event-list .event-title { font-weight: 600; }
.event-meta { display: block; color: var(--muted); font-size: .9rem; }
.status-cancelled .event-title { text-decoration: line-through; }

.month-nav { display: flex; justify-content: space-between; align-items: baseline; gap: .5rem; margin-bottom: 1rem; }
.filters {
  display: flex; flex-wrap: wrap; align-items: flex-end; gap: .5rem 1rem; margin-bottom: 1rem;
  background: var(--paper); border: 1px solid var(--line); border-radius: 6px; padding: .6rem .8rem;
}
.filters label { display: flex; flex-direction: column; font-size: .85rem; color: var(--muted); }
.filters input, .filters select, .filters button { font: inherit; font-size: 1rem; padding: .3rem .45rem; max-width: 100%; }
.filters button { background: var(--accent); color: #fff; border: 0; border-radius: 4px; padding: .35rem .9rem; }
.filters .feed-link { margin-left: auto; }
/* On a phone the events come first; the filters follow them. */
.calendar-page { display: flex; flex-direction: column; }
.calendar-page > .filters { order: 1; margin-top: 1rem; }
.bands { display: grid; gap: .5rem; margin-bottom: 1rem; }
.band { background: var(--accent-wash); border-radius: 6px; padding: .5rem .8rem; }
.band h2 { font-size: 1rem; margin: 0 0 .25rem; }
.band ul { margin: 0; padding-left: 1.1rem; }
.band .event-meta { display: inline; }
.band .event-meta::before { content: "— "; }

.weekday-names { display: none; }
.month-grid { list-style: none; margin: 0; padding: 0; }
.day { background: var(--paper); border: 1px solid var(--line); border-radius: 6px; padding: .4rem .6rem; margin-bottom: .4rem; }
.day.outside, .day.empty { display: none; }
.day-number { font-weight: 700; }
.day.today .day-number { color: var(--today); }
.day-events { list-style: none; margin: .2rem 0 0; padding: 0; }
.day-events li { margin: .15rem 0; font-size: .9rem; line-height: 1.3; }
.day-events a { display: block; text-decoration: none; border-left: 3px solid var(--accent); padding-left: .35rem; }
.day-events a:hover { text-decoration: underline; }
.event-time { font-weight: 600; }
.empty-month { color: var(--muted); }

@media (min-width: 48rem) {
  h1 { font-size: 2rem; }
  .calendar-page { display: block; }
  .calendar-page > .filters { margin-top: 0; }
  .weekday-names, .month-grid {
    display: grid; grid-template-columns: repeat(7, minmax(0, 1fr)); gap: 1px;
    list-style: none; margin: 0; padding: 0;
  }
  .weekday-names li { padding: .25rem .5rem; color: var(--muted); font-size: .85rem; text-transform: lowercase; }
  .month-grid { background: var(--line); border: 1px solid var(--line); }
  .day, .day.empty, .day.outside { display: block; border: 0; border-radius: 0; margin: 0; min-height: 6.5rem; }
  .day.outside { background: var(--wash); color: var(--muted); }
  .day-weekday, .day-month { display: none; }
  .day-number { font-weight: 600; font-size: .9rem; }
  .day.today .day-number {
    display: inline-block; min-width: 1.6rem; text-align: center; border-radius: 1rem;
    background: var(--today); color: #fff;
  }
  .day-events li { font-size: .8rem; }
  .day-events a { overflow-wrap: break-word; hyphens: auto; }
}

.event-kind { margin: 0; color: var(--muted); text-transform: uppercase; letter-spacing: .04em; font-size: .8rem; }
.event-fields {
  display: grid; grid-template-columns: minmax(8rem, max-content) 1fr; gap: .35rem 1rem;
  background: var(--paper); border: 1px solid var(--line); border-radius: 6px; padding: .8rem 1rem; margin: 0;
}
.event-fields dt { color: var(--muted); }
.event-fields dd { margin: 0; }
.event-fields ul { margin: 0; padding-left: 1.1rem; }
@media (max-width: 30rem) {
  .event-fields { grid-template-columns: 1fr; gap: 0; }
  .event-fields dd { margin-bottom: .5rem; }
}
.source { background: var(--paper); border: 1px solid var(--line); border-radius: 6px; padding: .8rem 1rem; margin: 0 0 1rem; }
.source blockquote { margin: 0 0 .5rem; white-space: pre-line; overflow-wrap: anywhere; }
.source mark { background: var(--mark); padding: 0 .1em; }
.source figcaption { color: var(--muted); font-size: .9rem; }
.actions { display: flex; flex-wrap: wrap; gap: .5rem 1rem; margin: 1rem 0; }
.error-page { background: var(--paper); border: 1px solid var(--line); border-radius: 6px; padding: 1rem; }
`;
