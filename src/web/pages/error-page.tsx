import { Layout } from './layout.js';

const TITLES: Record<number, string> = {
  400: 'Неверный запрос',
  404: 'Страница не найдена',
  500: 'Что-то пошло не так',
};

export function ErrorPage({ status, detail }: { status: number; detail?: string }) {
  const title = TITLES[status] ?? (status >= 500 ? TITLES[500]! : TITLES[400]!);
  return (
    <Layout title={title}>
      <section class="error-page">
        <h1>{title}</h1>
        {detail ? <p>{detail}</p> : null}
        {status >= 500 ? <p>Ошибка записана; попробуйте обновить страницу позже.</p> : null}
        <p>
          <a href="/">На главную</a> · <a href="/calendar">Календарь</a>
        </p>
      </section>
    </Layout>
  );
}
