import type { EventDetail, EventSource } from '../../store/index.js';
import { eventJsonLd, jsonForScript } from '../event-json-ld.js';
import { capitalize, FORMAT_LABELS, STATUS_LABELS } from '../russian-labels.js';
import { excerptAround } from '../source-excerpt.js';
import { formatWhen } from '../when-format.js';
import { Layout } from './layout.js';

const NOT_STATED = 'не указано';

/** Every field of an event with its Russian label, and the passages of the documents it was read from. */
export function EventPage({ event, url }: { event: EventDetail; url: string }) {
  const places = event.places.map((place) => place.name).join(', ');
  return (
    <Layout
      title={event.title}
      head={
        <script
          type="application/ld+json"
          dangerouslySetInnerHTML={{ __html: jsonForScript(eventJsonLd(event, url)) }}
        />
      }
    >
      <article class="event">
        <p class="event-kind">{event.kind}</p>
        <h1>{event.title}</h1>
        <dl class="event-fields">
          <dt>Когда</dt>
          <dd>
            {formatWhen(event.when)}
            {event.when.text && event.when.text !== formatWhen(event.when) ? (
              <span class="muted"> (в источнике: «{event.when.text}»)</span>
            ) : null}
          </dd>
          <dt>Где</dt>
          <dd>{places || NOT_STATED}</dd>
          <dt>Место проведения</dt>
          <dd>{event.venue ?? NOT_STATED}</dd>
          <dt>Организаторы</dt>
          <dd>
            {event.organizers.length === 0 ? (
              NOT_STATED
            ) : event.organizers.length === 1 ? (
              event.organizers[0]
            ) : (
              <ul>
                {event.organizers.map((name) => (
                  <li>{name}</li>
                ))}
              </ul>
            )}
          </dd>
          <dt>Вид</dt>
          <dd>{capitalize(event.kind)}</dd>
          <dt>Формат</dt>
          <dd>{event.format ? FORMAT_LABELS[event.format] : NOT_STATED}</dd>
          <dt>Статус</dt>
          <dd>{event.status ? STATUS_LABELS[event.status] : NOT_STATED}</dd>
          {event.attendance !== null ? (
            <>
              <dt>Участников</dt>
              <dd>{event.attendance.toLocaleString('ru-RU')}</dd>
            </>
          ) : null}
          {event.age !== null ? (
            <>
              <dt>Юбилей</dt>
              <dd>{formatAge(event.age)}</dd>
            </>
          ) : null}
          {event.expectedResult !== null ? (
            <>
              <dt>Ожидаемый результат</dt>
              <dd>{event.expectedResult}</dd>
            </>
          ) : null}
        </dl>
        <section aria-labelledby="sources">
          <h2 id="sources">{event.sources.length > 1 ? 'Источники' : 'Источник'}</h2>
          {event.sources.length === 0 ? <p class="muted">Источник не сохранён.</p> : null}
          {event.sources.map((source) => (
            <SourcePassage source={source} />
          ))}
        </section>
        <p class="actions">
          <a href={`/calendar?month=${(event.when.start ?? event.when.end ?? '').slice(0, 7)}`}>
            Этот месяц в календаре
          </a>
          <a href={`/events/${event.id}.ics`}>Добавить в свой календарь</a>
          <a href={`/api/events/${event.id}`}>JSON</a>
        </p>
      </article>
    </Layout>
  );
}

function SourcePassage({ source }: { source: EventSource }) {
  const excerpt = excerptAround(source.documentText, source.start, source.end, source.evidence);
  const name = source.title ?? source.source;
  return (
    <figure class="source">
      <blockquote>
        {excerpt.clippedBefore ? '…' : ''}
        {excerpt.before}
        <mark>{excerpt.evidence}</mark>
        {excerpt.after}
        {excerpt.clippedAfter ? '…' : ''}
      </blockquote>
      <figcaption>
        {source.link && /^https?:\/\//i.test(source.link) ? (
          <a href={source.link} rel="nofollow noopener">
            {name}
          </a>
        ) : (
          name
        )}
        {source.title && source.title !== source.source ? <span> · {source.source}</span> : null}
      </figcaption>
    </figure>
  );
}

/** «90 лет», «21 год», «3 года»: Russian numerals choose among three forms. */
export function formatAge(age: number): string {
  const lastTwo = age % 100;
  const last = age % 10;
  if (lastTwo >= 11 && lastTwo <= 14) return `${age} лет`;
  if (last === 1) return `${age} год`;
  if (last >= 2 && last <= 4) return `${age} года`;
  return `${age} лет`;
}
