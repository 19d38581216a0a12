import type { EventRecord } from '../../store/index.js';
import { EventList } from './event-list.js';
import { Layout, SITE_NAME } from './layout.js';

export interface HomePageProps {
  upcoming: EventRecord[];
  recent: EventRecord[];
}

/** What is ahead and what was recently held. */
export function HomePage({ upcoming, recent }: HomePageProps) {
  return (
    <Layout title={SITE_NAME}>
      <h1>Календарь межмуниципального сотрудничества</h1>
      <p class="actions">
        <a href="/calendar">Календарь на месяц</a>
        <a href="/calendar.ics">Подписаться на календарь</a>
      </p>
      <section aria-labelledby="upcoming">
        <h2 id="upcoming">Впереди</h2>
        <EventList events={upcoming} empty="Запланированных событий пока нет." />
      </section>
      <section aria-labelledby="recent">
        <h2 id="recent">Недавно прошли</h2>
        <EventList events={recent} empty="За последние месяцы событий не найдено." />
      </section>
    </Layout>
  );
}
