import { EVENT_KINDS } from '../../domain/index.js';
import type { EventRecord } from '../../store/index.js';
import { lastDayOfMonth, splitMonth } from '../iso-dates.js';
import type { BandKind, CalendarDayWith, MonthGrid } from '../month-grid.js';
import {
  capitalize,
  MONTH_NAMES_PREPOSITIONAL,
  monthName,
  monthNameGenitive,
  WEEKDAY_NAMES,
  WEEKDAY_SHORT_NAMES,
} from '../russian-labels.js';
import { EventSummary } from './event-list.js';
import { Layout } from './layout.js';

const BAND_TITLES: Record<BandKind, string> = {
  month: 'В течение месяца',
  quarter: 'В течение квартала',
  year: 'В течение года',
  recurring: 'Регулярно',
  unknown: 'Срок не определён',
};

/**
 * A month: bands for what has no day, then the Monday-first grid. The grid is one list of days,
 * so on a phone (where CSS drops the columns and the empty days) it reads as a list.
 */
export function CalendarPage({ grid, filters }: { grid: MonthGrid<EventRecord>; filters: CalendarFilters }) {
  const title = `${capitalize(monthName(grid.monthNumber))} ${grid.year}`;
  const filtered = Object.values(filters).some((value) => value);
  const dayCount = grid.weeks.flat().filter((day) => day.inMonth && day.events.length > 0).length;
  return (
    <Layout
      title={title}
      head={
        <link
          rel="alternate"
          type="application/json"
          href={withQuery('/api/events', { from: `${grid.month}-01`, to: lastDayOfMonth(grid.month), ...filters })}
        />
      }
    >
      <div class="calendar-page">
        <h1>{title}</h1>
        <nav class="month-nav" aria-label="Месяцы">
          <a rel="prev" href={withQuery('/calendar', { month: grid.previousMonth, ...filters })}>
            ← {monthLabel(grid.previousMonth, grid.year)}
          </a>
          <a rel="next" href={withQuery('/calendar', { month: grid.nextMonth, ...filters })}>
            {monthLabel(grid.nextMonth, grid.year)} →
          </a>
        </nav>
        <form class="filters" method="get" action="/calendar" aria-label="Фильтры">
          <input type="hidden" name="month" value={grid.month} />
          <label>
            Слова
            <input type="search" name="q" value={filters.q ?? ''} placeholder="форум, благоустройство…" />
          </label>
          <label>
            Вид
            <select name="kind">
              <option value="">любой</option>
              {EVENT_KINDS.map((kind) => (
                <option value={kind} selected={kind === filters.kind}>
                  {kind}
                </option>
              ))}
            </select>
          </label>
          <label>
            Город или регион
            <input type="text" name="place" value={filters.place ?? ''} placeholder="Казань" />
          </label>
          <button type="submit">Показать</button>
          {filtered ? <a href={withQuery('/calendar', { month: grid.month })}>Сбросить</a> : null}
          <a class="feed-link" href={withQuery('/calendar.ics', filters)}>
            {filtered ? 'Подписаться на эти события (iCal)' : 'Подписаться (iCal)'}
          </a>
        </form>
        {grid.bands.length > 0 ? (
          <div class="bands">
            {grid.bands.map((band) => (
              <section class={`band band-${band.kind}`}>
                <h2>{BAND_TITLES[band.kind]}</h2>
                <ul>
                  {band.events.map((event) => (
                    <li>
                      <EventSummary event={event} />
                    </li>
                  ))}
                </ul>
              </section>
            ))}
          </div>
        ) : null}
        {dayCount === 0 ? (
          <p class="empty-month">
            В {MONTH_NAMES_PREPOSITIONAL[grid.monthNumber - 1]} {grid.year} года {filtered ? 'таких ' : ''}событий с
            точной датой нет.
          </p>
        ) : null}
        <ol class="weekday-names" aria-hidden="true">
          {WEEKDAY_SHORT_NAMES.map((name) => (
            <li>{name}</li>
          ))}
        </ol>
        <ol class="month-grid">
          {grid.weeks.flat().map((day) => (
            <CalendarDayCell day={day} />
          ))}
        </ol>
      </div>
    </Layout>
  );
}

function CalendarDayCell({ day }: { day: CalendarDayWith<EventRecord> }) {
  const classes = ['day', day.inMonth ? 'in-month' : 'outside', day.events.length > 0 ? 'has-events' : 'empty'];
  if (day.isToday) classes.push('today');
  const month = Number(day.date.slice(5, 7));
  return (
    <li class={classes.join(' ')} data-date={day.date}>
      <time class="day-number" datetime={day.date}>
        {day.day}
        <span class="day-month"> {monthNameGenitive(month)}</span>
        <span class="day-weekday">, {WEEKDAY_NAMES[day.weekday]}</span>
      </time>
      {day.events.length > 0 ? (
        <ul class="day-events">
          {day.events.map((event) => (
            <li>
              <a href={`/events/${event.id}`} title={event.title}>
                {event.when.time ? <span class="event-time">{event.when.time.start} </span> : null}
                {event.title}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </li>
  );
}

/** The filters a month page was asked for, kept in its links. */
export type CalendarFilters = {
  q?: string | undefined;
  kind?: string | undefined;
  place?: string | undefined;
};

/** «Октябрь», or «Январь 2022» when the year is not the page's own. */
function monthLabel(month: string, pageYear: number): string {
  const [year, monthNumber] = splitMonth(month);
  const name = capitalize(monthName(monthNumber));
  return year === pageYear ? name : `${name} ${year}`;
}

/** `path?…` with the given parameters, the empty ones left out. */
export function withQuery(path: string, params: { [key: string]: string | undefined }): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value) search.set(key, value);
  const query = search.toString();
  return query ? `${path}?${query}` : path;
}
