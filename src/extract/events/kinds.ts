/**
 * Kinds of events by the nouns that name them. In a compound the first noun decides
 * («форум-выставка» → форум, «семинар-совещание» → семинар); activity rows of plans («Подготовка…»,
 * «Обсуждение…») are `другое` unless what they produce is a publication; a row that issues a journal,
 * a bulletin or a digest is `публикация` (`shared/data/gold/NOTES.md`, «Kind»).
 */
import type { EventKind } from '../../domain/index.js';
import { normalizeWord } from '../../text/index.js';

/** Word stems (normalized, lower case) of nouns that name an event, with the kind they give. */
export const EVENT_NOUNS: readonly [RegExp, EventKind][] = [
  [/^заседани/, 'заседание'],
  [/^(?:собрани|съезд)/, 'собрание'],
  [/^(?:совещани|планерк)/, 'совещание'],
  [/^(?:встреч|переговор)/, 'встреча'],
  [/^(?:семинар|вебинар|практикум|тренинг|мастер-класс|лекци[йияюе])/, 'семинар'],
  [/^конференци(?!-?связ)/, 'конференция'],
  [/^форум/, 'форум'],
  [/^конгресс(?!-)/, 'конгресс'],
  [/^сесси/, 'сессия'],
  [/^(?:(?:фото|арт)?выставк|(?:фото)?выставок|экспозици)/, 'выставка'],
  [/^(?:(?:фото|видео|арт|интернет)?конкурс|смотр(?:а|у|ом|е|ы|ов|ам|ами|ах)?$|олимпиад)/, 'конкурс'],
  [/^марафон/, 'марафон'],
  [/^презентаци/, 'презентация'],
  [/^(?:юбиле(?:й|я|ю|ем|е|и|ев|ям|ями|ях)$|годовщин)/, 'юбилей'],
  [/^(?:стать[яиюе]|статей|дайджест\p{L}*|бюллетен\p{L}*|сборник\p{L}*|публикаци\p{L}*)$/u, 'публикация'],
  [
    /^(?:фестивал|праздник|праздновани|торжеств(?:о|а|у|ом|е|ам|ами|ах)?$|концерт|церемони|экскурси|награждени|кубк|кубок|чемпионат|турнир|акци[яиюй]|слет|спартакиад|ярмарк|мероприяти|слушани|интенсив|стажировк|школ[аыеу]?$)/,
    'другое',
  ],
];

/** Stems of nouns whose item produces a published text. */
const PUBLICATION_NOUNS =
  /^(?:публикаци|журнал|бюллетен|дайджест|стать[яиейю]|статей|сборник|вестник|выпуск|издани|брошюр|рассылк|информаци(?:я|и|ю|ей)$|материал|новост|пресс-релиз|обзор)/;

/** Heads of activity rows: the first noun of a plan row that is work rather than a gathering. */
const PUBLISHING_HEADS = /^(?:выпуск|издани|размещени|публикаци|опубликовани|освещени|распространени|рассылк)/;
const PREPARING_HEADS = /^(?:подготовк|формировани|составлени)/;
/** Keeping a website or a database filled is publishing when the title says where it goes. */
const UPKEEP_HEADS = /^(?:наполнени|обновлени|ведени|актуализаци|сопровождени)/;
const MEDIA_PLACES = /(?:^|\s)(?:сайт|портал|баз\p{L}* данных|стран\p{L}* в социальн|сми|журнал|бюллетен)/u;
const ACTIVITY_HEADS =
  /^(?:подготовк|обсуждени|определени|доработк|обеспечени|сбор|продвижени|разработк|утверждени|мониторинг|анализ|согласовани|формировани|составлени|направлени|оказани|содействи|взаимодействи|изучени|реализаци|внесени|рассмотрени|сопровождени|проработк|экспертиз|организационн|создани|ведени|актуализаци|представлени|участи|проведени|организаци|подведени)/;

/**
 * Whether a plan item names work rather than a gathering («Подготовка ежегодного доклада»,
 * «Информационное наполнение сайта», «Мониторинг …»): in a plan such an item is an event too
 * (`shared/data/gold/NOTES.md`, «What counts as an event»: information work and preparation rows).
 */
export function isActivityTitle(title: string): boolean {
  const words = wordsOf(title).slice(0, 2);
  return words.some(
    (w, i) =>
      (i === 0 || /(?:ое|ая|ый|ий|ые)$/.test(words[0]!)) &&
      (ACTIVITY_HEADS.test(w) || PUBLISHING_HEADS.test(w) || PREPARING_HEADS.test(w) || UPKEEP_HEADS.test(w)),
  );
}

/** A format written into the noun: «онлайн-совещание», «видеоконференция» is still a meeting. */
export const FORMAT_PREFIX = /^(?:онлайн|он-лайн|офлайн|видео|веб|интернет|теле)-(?=\p{L})/u;

/** An adjective made of a noun: «-ный», «-ской» and their cases. */
const ADJECTIVE_OF_NOUN =
  /(?:н(?:ый|ой|ая|ое|ые|ого|ому|ом|ым|ую|ых|ыми)|ск(?:ий|ой|ая|ое|ие|ого|ому|ом|им|ую|их|ими))$/u;

/** Which event kind a single word names, if any. */
export function kindOfNoun(word: string): EventKind | null {
  const norm = normalizeWord(word).replace(FORMAT_PREFIX, '');
  // «концертного зала», «конкурсной комиссии», «семинарских занятий»: an adjective of the noun names no event.
  if (ADJECTIVE_OF_NOUN.test(norm)) return null;
  // «круглый стол» is two words; the caller checks «стол» after «круглый» with {@link kindOfWords}.
  for (const [stem, kind] of EVENT_NOUNS) if (stem.test(norm)) return kind;
  return null;
}

const WORD_RE = /[\p{L}\d]+(?:-[\p{L}\d]+)*/gu;

function wordsOf(text: string): string[] {
  return (text.match(WORD_RE) ?? []).map((w) => normalizeWord(w));
}

/** Whether the words at `i` are «круглый стол» in any case. */
function isRoundTable(words: string[], i: number): boolean {
  return /^кругл/.test(words[i] ?? '') && /^стол/.test(words[i + 1] ?? '');
}

/** The first event noun among the words, with its index. */
export function firstEventNoun(text: string): { kind: EventKind; index: number } | null {
  const words = wordsOf(text);
  for (let i = 0; i < words.length; i++) {
    if (isRoundTable(words, i)) return { kind: 'круглый стол', index: i };
    const first = words[i]!.split('-')[0]!;
    const kind = kindOfNoun(first) ?? kindOfNoun(words[i]!);
    if (kind) return { kind, index: i };
  }
  return null;
}

/**
 * The kind of an event from its title: the first noun that names an event or an activity decides.
 * @example kindOfTitle('VI международный форум-выставка «ГОРОДСКИЕ ТЕХНОЛОГИИ»') // 'форум'
 * @example kindOfTitle('Выпуск Электронного бюллетеня МАГ') // 'публикация'
 * @example kindOfTitle('Подготовка аналитического доклада') // 'другое'
 */
export function kindOfTitle(title: string): EventKind {
  const words = wordsOf(title);
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (isRoundTable(words, i)) return 'круглый стол';
    if (PUBLISHING_HEADS.test(word)) return 'публикация';
    if (UPKEEP_HEADS.test(word) && MEDIA_PLACES.test(words.slice(i + 1).join(' '))) return 'публикация';
    if (PREPARING_HEADS.test(word)) {
      // «Подготовка публикации», «Подготовка статей» publish; «Подготовка доклада» does not.
      for (let j = i + 1; j < Math.min(words.length, i + 5); j++) {
        const next = words[j]!;
        // «Подготовка и проведение конференции»: the event is what is held.
        if (next === 'и' && /^(?:проведени|организаци)/.test(words[j + 1] ?? '')) {
          j++;
          continue;
        }
        // «Подготовка и издание сборника», «Подготовка и выпуск бюллетеня»: what is prepared is published.
        if (next === 'и' && PUBLISHING_HEADS.test(words[j + 1] ?? '')) return 'публикация';
        if (PUBLICATION_NOUNS.test(next)) {
          // «Подготовка материалов к мероприятиям» is preparation; «… материалов для сайта» is publishing.
          if (!/^информаци(?:я|и|ю|ей)$|^материал/.test(next) || MEDIA_PLACES.test(words.slice(j + 1).join(' ')))
            return 'публикация';
          return 'другое';
        }
        const kind = kindOfNoun(next);
        if (kind && kind !== 'другое') return kind;
        if (/^(?:и|к|для|на|по|о|об|в)$/.test(next)) break;
      }
      return 'другое';
    }
    if (ACTIVITY_HEADS.test(word) && !/^проведени|^организаци|^участи/.test(word)) return 'другое';
    const first = word.split('-')[0]!;
    const kind = kindOfNoun(first) ?? kindOfNoun(word);
    // «Торжества, посвящённые 880-летию города», «Празднование 440-летия Самары»: celebrating an age is an anniversary.
    if (
      kind === 'другое' &&
      CELEBRATION.test(word) &&
      /(?:^|\s)\d+-?лети[еяю]/u.test(words.slice(i + 1, i + 5).join(' '))
    )
      return 'юбилей';
    if (kind) return kind;
  }
  return 'другое';
}

const CELEBRATION = /^(?:торжеств(?:о|а|у|ом|е|ам|ами|ах)?$|праздновани|праздник|мероприяти)/;

/**
 * The age an anniversary's title celebrates: «Празднование 440-летия Самары» → 440; null for other kinds.
 * @example celebratedAge('Участие в праздновании 70-летия города Отрадного', 'юбилей') // 70
 */
export function celebratedAge(title: string, kind: EventKind): number | null {
  if (kind !== 'юбилей') return null;
  const age = Number(/(\d{1,4})-?лети[еяюи]/u.exec(title)?.[1] ?? Number.NaN);
  return age > 0 ? age : null;
}
