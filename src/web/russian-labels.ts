import type { EventFormat, EventStatus, PlaceType, Recurrence } from '../domain/index.js';

/** The Russian words the portal prints: month and weekday names, labels of the format's values. */

export const MONTH_NAMES = [
  'январь',
  'февраль',
  'март',
  'апрель',
  'май',
  'июнь',
  'июль',
  'август',
  'сентябрь',
  'октябрь',
  'ноябрь',
  'декабрь',
] as const;

/** «5 ноября»: a day of the month takes the genitive. */
export const MONTH_NAMES_GENITIVE = [
  'января',
  'февраля',
  'марта',
  'апреля',
  'мая',
  'июня',
  'июля',
  'августа',
  'сентября',
  'октября',
  'ноября',
  'декабря',
] as const;

/** «в ноябре»: the prepositional, for phrases like «События в ноябре 2021». */
export const MONTH_NAMES_PREPOSITIONAL = [
  'январе',
  'феврале',
  'марте',
  'апреле',
  'мае',
  'июне',
  'июле',
  'августе',
  'сентябре',
  'октябре',
  'ноябре',
  'декабре',
] as const;

/** Monday first, as Russian calendars print the week. */
export const WEEKDAY_SHORT_NAMES = ['пн', 'вт', 'ср', 'чт', 'пт', 'сб', 'вс'] as const;
export const WEEKDAY_NAMES = [
  'понедельник',
  'вторник',
  'среда',
  'четверг',
  'пятница',
  'суббота',
  'воскресенье',
] as const;

export const QUARTER_NUMERALS = ['I', 'II', 'III', 'IV'] as const;

export const RECURRENCE_LABELS: Record<Recurrence, string> = {
  weekly: 'еженедельно',
  monthly: 'ежемесячно',
  quarterly: 'ежеквартально',
  yearly: 'ежегодно',
  continuous: 'постоянно',
};

export const FORMAT_LABELS: Record<EventFormat, string> = {
  online: 'онлайн',
  offline: 'очно',
  hybrid: 'очно и онлайн',
};

export const STATUS_LABELS: Record<EventStatus, string> = {
  planned: 'запланировано',
  held: 'состоялось',
  cancelled: 'отменено',
};

export const PLACE_TYPE_LABELS: Record<PlaceType, string> = {
  city: 'город',
  region: 'регион',
  country: 'страна',
};

export function monthName(month: number): string {
  return MONTH_NAMES[month - 1] ?? String(month);
}

export function monthNameGenitive(month: number): string {
  return MONTH_NAMES_GENITIVE[month - 1] ?? String(month);
}

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
