/**
 * The association whose document it is, and what it organizes in its own news. A news item an
 * association publishes (its feed's channel title, its site's name, «Пресс-служба Союза …» under
 * the text, its name heading a chronicle) tells what it held itself unless it names someone else:
 * «14 февраля состоялось заседание», «проведена серия семинаров». Not what it only took part in
 * («делегация приняла участие в …», «выступил на пленарном заседании»), not the parts of a larger
 * event («в рамках форума состоялась презентация»), nothing planned or cancelled by others.
 */
import type { ExtractedEvent, OrganizationValue } from '../../domain/index.js';
import { normalizeText } from '../../text/index.js';
import type { Found, TextServices } from './inputs.js';

/** «Палата …: Новости», «Новости — Союз …», «ВАРМСУ | Главная»: the words a site adds to its name. */
const SITE_WORDS =
  /\s*[:|—–-]\s*(?:новости|новость|лента\s+новостей|анонсы|события|главная|пресс-центр|официальный\s+сайт)(?:\s.*)?$|^(?:новости|лента\s+новостей|анонсы|события)\s*[:|—–-]?\s*/iu;

/**
 * The association a source names as its publisher (a feed's channel title, a page's site name).
 * @example ownerFromPublisher('Палата городов-центров субъектов Российской Федерации: Новости', services)
 * // { name: 'Палата городов-центров субъектов Российской Федерации', … }
 */
export function ownerFromPublisher(
  publisher: string | null | undefined,
  services: Pick<TextServices, 'findOrganizations' | 'resolveOrganization'>,
): OrganizationValue | null {
  const name = (publisher ?? '').replace(SITE_WORDS, '').replace(/\s+/g, ' ').trim();
  if (name.length < 2) return null;
  const resolved = services.resolveOrganization(name);
  if (resolved) return resolved;
  // The name the publisher opens with, when it is most of what it says.
  const found = services.findOrganizations(name).find((o) => o.start <= 1);
  if (found && found.text.length >= name.length * 0.6) return found.value;
  return null;
}

/**
 * The publisher's name as the text gives it in full: a site titled «Совет муниципальных образований
 * Челябинской области» is the «Ассоциация «Совет муниципальных образований Челябинской области»» its
 * text names; the owner as it is when the text does not.
 */
export function ownerInFull(
  owner: OrganizationValue,
  organizations: Found<OrganizationValue>[],
  text?: string,
): OrganizationValue {
  const key = (s: string) => normalizeText(s).toLowerCase().replace(/\s+/g, ' ').trim();
  const plain = key(owner.name);
  // The body itself («Ассоциация «…»»), not an organ or a meeting around its name («Общее собрание членов
  // Ассоциации «…»»): the shortest name before the quotes.
  let best: { value: OrganizationValue; lead: number } | null = null;
  for (const o of organizations) {
    const m = /^([^«"]+)[«"](.+)[»"]$/u.exec(o.value.name);
    if (m === null || key(m[2]!) !== plain) continue;
    const lead = m[1]!.trim().split(/\s+/);
    // «… членов Ассоциации «…»»: the body is the head word right before its quoted name.
    const head = lead.length > 2 ? HEAD_NOMINATIVE[lead[lead.length - 1]!] : undefined;
    const value = lead.length <= 2 ? o.value : head ? { name: `${head} «${m[2]}»` } : null;
    if (value === null) continue;
    const length = lead.length <= 2 ? m[1]!.length : head!.length;
    if (best === null || length < best.lead) best = { value, lead: length };
  }
  if (best) return best.value;
  // A regional council of municipalities is by law an association, «Ассоциация «Совет муниципальных
  // образований …»»: a feed titled by the quoted name whose items call it «Ассоциация» means that body.
  if (/^Совет муниципальных образований\s/u.test(owner.name) && text !== undefined && SELF_ASSOCIATION.test(text))
    return { ...owner, name: `Ассоциация «${owner.name}»` };
  return owner;
}

/** «Ассоциация провела», «членов Ассоциации»: the association calling itself by its head word. */
const SELF_ASSOCIATION = /(?<![\p{L}«"])Ассоциаци(?:я|и|ю|ей)(?![\p{L}«"\s]*«)/u;

/** The head words of associations' names, as a genitive inside an organ's name gives them. */
const HEAD_NOMINATIVE: Record<string, string> = {
  Ассоциации: 'Ассоциация',
  Союза: 'Союз',
  Палаты: 'Палата',
  Ассамблеи: 'Ассамблея',
  Конгресса: 'Конгресс',
};

/** «Пресс-служба ВАРМСУ», «Исполнительная дирекция Ассоциации», «По материалам пресс-центра Союза …». */
const OWN_UNIT =
  /(?:пресс-служб|пресс-центр|пресс-секретар|исполнительн\p{L}*\s+дирекци|информационн\p{L}*\s+служб)\p{L}*\s+$/iu;

/**
 * The association a text names as its own: in a signature or dateline («Пресс-служба Союза российских
 * городов», «Пресс-служба … сообщает»), or as a line that is nothing but its name heading the text.
 * @example ownerFromText(text, organizations)?.name
 */
export function ownerFromText(text: string, organizations: Found<OrganizationValue>[]): OrganizationValue | null {
  for (const o of organizations) {
    if (!/^\p{Lu}/u.test(o.text)) continue;
    // «исполнительной дирекцией Ассоциации по материалам муниципальных образований»: a bare head word
    // the finder ran on into a phrase is the unit's own association, named elsewhere in full.
    if (o.value.id === undefined && BARE_HEAD_RUN_ON.test(o.text)) continue;
    if (OWN_UNIT.test(text.slice(Math.max(0, o.start - 40), o.start))) return o.value;
  }
  // «… Президиума Ассоциации «Совет муниципальных образований …» (далее – Совет)»: the body the lead gives
  // a short name to is the one the text is about.
  for (const o of organizations) {
    if (o.start > 1500) break;
    if (!/^\p{Lu}/u.test(o.text) || !/^\s*\(\s*далее\s*[–—-]/u.test(text.slice(o.end, o.end + 12))) continue;
    // «Президиума Ассоциации «…»»: the body inside an organ's name.
    const inner = organizations.filter((x) => x.end === o.end && x.start >= o.start && /^\p{Lu}/u.test(x.text));
    return inner.reduce((a, b) => (b.start > a.start ? b : a), o).value;
  }
  // A heading line of the first few that is only a name: «Ассоциация «Совет муниципальных образований …»».
  let offset = 0;
  for (const line of text.split('\n').slice(0, 4)) {
    const start = offset;
    offset += line.length + 1;
    const bare = line.replace(/^[#*\s]+|[*\s]+$/g, '');
    if (bare.length < 4 || bare.length > 160) continue;
    const at = start + line.indexOf(bare);
    const o =
      organizations.find((x) => x.start === at && x.end - x.start >= bare.length - 2) ??
      // «Хроника деятельности Ассоциации «Совет …»», «Дайджест новостей АСДГ»: a heading about a body.
      organizations.find(
        (x) => x.end >= at + bare.length - 2 && x.start > at && HEADING_LEAD.test(text.slice(at, x.start)),
      );
    if (o) return o.value;
  }
  // «Ассоциация «…» подводит итоги месяца и рассказывает о планах»: a lead in which the association tells
  // of itself.
  for (const o of organizations) {
    if (o.start > 1200) break;
    if (!ASSOCIATION_HEAD.test(o.value.name) || !/^\p{Lu}/u.test(o.text)) continue;
    if (
      SELF_TELLING.test(text.slice(o.end, o.end + 40)) &&
      /(?:^|\n)[\s*_]*$/u.test(text.slice(Math.max(0, o.start - 4), o.start))
    )
      return o.value;
  }
  // An interview or a column in the association's own voice («мы провели», «наша делегация»): the body
  // its lead names in full («Интервью председателя Ассоциации «…»», «Ассоциация «…» объединяет …»).
  if (inFirstPerson(text)) {
    const lead = organizations.find((o) => o.start < 1200 && ASSOCIATION_HEAD.test(o.value.name));
    if (lead) return lead.value;
  }
  return null;
}

/** Verbs a body tells of itself with: «подводит итоги», «сообщает», «информирует», «рассказывает о планах». */
const SELF_TELLING =
  /^\s*(?:подводит|сообщает|информирует|рассказывает|напоминает|приглашает|объявляет|представляет)(?!\p{L})/u;

/** The names of associations of municipalities: the bodies that speak of their work as «мы». */
const ASSOCIATION_HEAD =
  /^(?:(?:[\p{L}-]+(?:ий|ый|ой|ая|яя)\s+){0,2}(?:Союз|Ассоциаци|Палат|Конгресс|Ассамбле)\p{L}*\s+\S|Совет\s+муниципальных\s+образований\s)/u;

/** «мы», «нас», «нашей», «приглашаем», «напоминаем»: a word of the first person plural. */
const FIRST_PERSON =
  /(?<![\p{L}-])(?:мы|нас|нам|нами|наш\p{L}{0,3}|приглашаем|проводим|провед[её]м|планируем|организуем|напоминаем|сообщаем|сообщим|информируем|предлагаем|ждем|ждём)(?![\p{L}-])/giu;

/**
 * Whether the text speaks in the first person plural — an interview's answers, a column, a digest
 * («приглашаем», «сообщим») — at least twice outside quotes, so a quoted remark is not enough.
 */
export function inFirstPerson(text: string): boolean {
  let count = 0;
  for (const _ of text.replace(/«[^«»\n]*»/g, '').matchAll(FIRST_PERSON)) if (++count >= 2) return true;
  return false;
}

/** A bare head word run on into a phrase: «Ассоциации по материалам …», «Союз для …». */
const BARE_HEAD_RUN_ON = /^\p{Lu}\p{Ll}+\s+(?:по|для|о|об|на|в|с|из|к)\s/u;
/** The words a heading puts before the body it is about: «Хроника деятельности», «Дайджест новостей». */
const HEADING_LEAD =
  /^(?:(?:хроника|дайджест|обзор|вестник|бюллетень|новости|анонсы|итоги|деятельност\p{L}*|новостей|мероприятий|работы|событий)\s+){1,3}$/iu;

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The words the owner calls itself by: the first word of its name in any case («Палата», «Палаты»),
 * its abbreviation, and the short names the text defines after its full name («(далее – Совет, СМО РБ)»).
 */
export function ownerSelfWords(owner: OrganizationValue, text: string): string[] {
  const words = new Set<string>();
  const first = /^\p{L}+/u.exec(owner.name)?.[0];
  if (first && first.length >= 4) {
    const stem = `${escapeRegExp(first.slice(0, Math.max(4, first.length - 1)))}\\p{L}{0,3}`;
    // «Совета Союза городов Кавказских Минеральных Вод»: the whole name, its head in any case.
    const rest = owner.name.slice(first.length).trim();
    if (rest !== '') words.add(`${stem}\\s+${escapeRegExp(rest).replace(/\s+/g, '\\s+')}`);
    words.add(stem);
  }
  if (owner.abbreviation) words.add(escapeRegExp(owner.abbreviation));
  // «Евразийское региональное отделение … (ОГМВ-Евразия)»: an abbreviation the text gives its full name.
  const plain = (s: string) => s.replace(/ё/g, 'е').replace(/Ё/g, 'Е');
  const at = plain(text).indexOf(plain(owner.name));
  const defined = at >= 0 ? /^\s*\(([^()]{2,30})\)/u.exec(text.slice(at + owner.name.length))?.[1] : undefined;
  if (defined && !/^далее/iu.test(defined)) words.add(escapeRegExp(defined.trim()));
  for (const m of text.matchAll(/\(\s*далее\s*[–—-]\s*([^)]{2,60})\)/giu)) {
    for (const part of m[1]!.split(/\s*[,;]\s*/)) {
      const word = part.replace(/[«»"]/g, '').trim();
      if (word.length >= 2 && word.length <= 30) words.add(`${escapeRegExp(word)}\\p{L}{0,3}`);
    }
  }
  return [...words];
}

/** The organs and units of an association, any case: «Совет», «Комиссии … по …», «Правлением». */
const ORGAN =
  '(?:\\p{L}+(?:ое|ее|ый|ий|ая|ой|ого|его)\\s+)*(?:совет|правлени|президиум|бюро|комисси|комитет|секретариат|аппарат|исполнительн\\p{L}*\\s+дирекци|рабоч\\p{L}*\\s+групп|общ\\p{L}*\\s+собрани|конгресс|съезд)\\p{L}*';

/**
 * «Совет Палаты», «Комиссия Ассоциации по развитию сельских территорий», «Совет ОГМВ-Евразия»: an
 * organ or unit of the owner, named by the owner's own word, stands for the owner as organizer.
 */
export function isOwnOrgan(name: string, selfWords: string[]): boolean {
  if (selfWords.length === 0) return false;
  const self = `(?:${selfWords.join('|')})`;
  return new RegExp(`^${ORGAN}\\s+(?:членов\\s+)?${self}(?:\\s+(?:по|при|для)\\s.*)?$`, 'iu').test(
    normalizeText(name).trim(),
  );
}

/** A title naming an organ of the owner by the owner's word: «Заседание комиссии Палаты по …». */
function ownOrganIn(title: string, selfWords: string[]): boolean {
  if (selfWords.length === 0) return false;
  const self = `(?:${selfWords.join('|')})`;
  return new RegExp(`(?<!\\p{L})${ORGAN}\\s+(?:членов\\s+)?${self}(?!\\p{L})`, 'iu').test(normalizeText(title));
}

/**
 * «Комиссия по ЖКХ», «Правление», «Президиум»: an organ named by itself, of no other body, is the
 * owner's in its own documents.
 */
const BARE_ORGAN =
  /^(?:\p{L}+(?:ая|ое|ый|ий)\s+)?(?:Комисси|Правлени|Президиум|Бюро|Секретариат|Исполнительн\p{L}*\s+дирекци|Рабоч\p{L}*\s+групп)\p{L}*(?:\s+по\s+(?:[\p{Ll}-]+\s+)*(?:[\p{Ll}-]+|\p{Lu}{2,6}))?$/u;

/** Organizers that are the owner's organs or its short name («Совет Палаты», «ОГМВ-Евразия») as the owner. */
export function ownOrgansToOwner(organizers: string[], owner: OrganizationValue, selfWords: string[]): string[] {
  const self = new RegExp(`^(?:${selfWords.join('|')})$`, 'iu');
  // «Совет муниципальных образований Чувашской Республики» is the Ассоциация «…» of that name.
  const quoted = /^[^«"]+[«"](.+)[»"]$/u.exec(owner.name)?.[1];
  // …and so is its bare head, «Совет муниципальных образований», in its own texts.
  const sameAsQuoted = (o: string) => {
    if (quoted === undefined) return false;
    const name = normalizeText(o).trim();
    const full = normalizeText(quoted);
    return name === full || (name.split(' ').length >= 3 && full.startsWith(`${name} `));
  };
  return organizers
    .map((o) =>
      isOwnOrgan(o, selfWords) ||
      (selfWords.length > 0 && self.test(o.trim())) ||
      sameAsQuoted(o) ||
      BARE_ORGAN.test(o.trim())
        ? owner.name
        : o,
    )
    .filter((o, i, all) => all.indexOf(o) === i);
}

/** A meeting of a bare organ: «Заседание Правления», «Общее собрание членов Ассоциации» (owner's word). */
function bareOrganMeeting(title: string, selfWords: string[]): boolean {
  const self = selfWords.length > 0 ? `(?:\\s+(?:членов\\s+)?(?:${selfWords.join('|')}))?` : '';
  return new RegExp(
    `^(?:\\p{L}+(?:ое|ее|ый|ий|ая)\\s+)*(?:заседани\\p{L}*|собрани\\p{L}*)(?:\\s+${ORGAN})?${self}(?:\\s+(?:по|при)\\s.*)?$`,
    'iu',
  ).test(title.trim());
}

/**
 * «проведена серия семинаров», «выпущено 4 номера», «организован»: a passive report that leaves out who
 * did it — in the association's own news, the association.
 */
const AGENTLESS_PASSIVE = /(?<!\p{L})(?:проведен[аоы]?|выпущен[аоы]?|организован[аоы]?|подготовлен[аоы]?)(?!\p{L})/iu;
/** «состоялся», «прошёл»: a report of an event, the association's own when its name says so. */
const HELD_VERB = /(?<!\p{L})(?:состоял\p{L}*|прош[её]л|прошл[аио]|вышел|вышл[аио])(?!\p{L})/iu;
/** Taking part in, or a part of, another event: its organizer is someone else, or the parent's. */
// («в нем приняли участие 64 человека» counts who came: «участие» without «в …» after it is no taking part.)
const NOT_OWN =
  /(?<!\p{L})(?:принял\p{L}*\s+участие\s+во?\s|участвовал\p{L}*\s+во?\s|выступил\p{L}*|в\s+рамках|в\s+ходе|на\s+полях|на\s+площадке\s+форум)/iu;

/** Kinds no body organizes in the corpus rules: a town's anniversary and its day. */
const CELEBRATIONS: ReadonlySet<string> = new Set(['юбилей', 'день города']);

/** Whether the text names the organizer as a partner: «вместе с министерством …», «совместно с …». */
function partnerIn(evidence: string, organizer: string): boolean {
  const head = /^\p{L}{4,}/u.exec(organizer)?.[0];
  if (head === undefined) return false;
  const stem = escapeRegExp(head.slice(0, Math.max(4, head.length - 2)).toLowerCase());
  return new RegExp(`(?:вместе|совместно)\\s+со?\\s+${stem}`, 'iu').test(evidence);
}

/**
 * Gives the owner to the events of its own news that name no organizer: organs of the owner become
 * the owner; a meeting of a bare organ («заседание Правления») and an event reported as held with
 * no one else named are the owner's. In a text in its own voice (an interview, a column: «мы»), what
 * it tells of as held or planned is its own, together with the partners it names («вместе с …»).
 * @example ownerOrganizes(events, { name: 'Союз российских городов' }, text)
 */
export function ownerOrganizes(
  events: ExtractedEvent[],
  owner: OrganizationValue,
  text: string,
  { news }: { news: boolean },
): void {
  const selfWords = ownerSelfWords(owner, text);
  const ownVoice = news && inFirstPerson(text);
  for (const e of events) {
    e.organizers = ownOrgansToOwner(e.organizers, owner, selfWords);
    // «Вместе с министерством … провели конкурс», «совместно с министерством … пройдёт форум»: in its
    // own voice the association holds it with the partners it names.
    if (
      ownVoice &&
      e.organizers.length > 0 &&
      !e.organizers.includes(owner.name) &&
      !NOT_OWN.test(e.evidence) &&
      e.organizers.every((o) => partnerIn(e.evidence, o))
    )
      e.organizers = [owner.name, ...e.organizers];
    if (!news || e.organizers.length > 0) continue;
    // What an association tells in its own voice («в Елизово прошёл семинар», «проведём круглый стол»)
    // it held or will hold, unless it took part in someone else's; a town's anniversary is nobody's.
    if (ownVoice && e.status !== 'cancelled' && !NOT_OWN.test(e.evidence) && !CELEBRATIONS.has(e.kind)) {
      e.organizers = [owner.name];
      continue;
    }
    // «Заседание комиссии Палаты по …» (held, planned or cancelled): a meeting of the owner's organ.
    if (ownOrganIn(e.title, selfWords) && !NOT_OWN.test(e.evidence)) {
      e.organizers = [owner.name];
      continue;
    }
    if (e.status === 'cancelled') continue;
    if (bareOrganMeeting(e.title, selfWords) && !NOT_OWN.test(e.evidence)) {
      e.organizers = [owner.name];
      continue;
    }
    if (e.status !== 'held' || NOT_OWN.test(e.evidence)) continue;
    // «предыдущий Конгресс Отделения состоялся …»: the association's own event by its name.
    const ownEvent =
      selfWords.length > 0 && new RegExp(`(?<!\\p{L})(?:${selfWords.join('|')})(?!\\p{L})`, 'u').test(e.title);
    if (AGENTLESS_PASSIVE.test(e.evidence) || (ownEvent && HELD_VERB.test(e.evidence))) e.organizers = [owner.name];
  }
}
