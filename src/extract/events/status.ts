/**
 * Status and format of an event from the words around it: verbs and their tense («состоялся»,
 * «провёл» → held; «состоится», «планируется» → planned; «отменён» → cancelled; «перенесён» →
 * planned at its new date) and the format phrases («он-лайн», «ВКС», «в офлайн и онлайн форматах»).
 */
import type { EventFormat, EventStatus } from '../../domain/index.js';
import { normalizeText } from '../../text/index.js';

export interface StatusCue {
  status: EventStatus;
  /** The event was moved: the date that follows («перенесён на 5 июня») is its new date. */
  moved?: boolean;
  /** It has started (or was announced) and goes on: its end is unknown. */
  started?: boolean;
  start: number;
  end: number;
  text: string;
}

// Patterns over normalized lower-case text (ё → е). Word boundaries are spelled out, since \b is
// ASCII-only in JavaScript regular expressions.
const B = '(?<![\\p{L}])';
const E = '(?![\\p{L}])';

const CUES: [RegExp, Omit<StatusCue, 'start' | 'end' | 'text'>][] = [
  [
    new RegExp(`${B}(?:отмен(?:ен|ена|ено|ены|ил|ила|или|ят|яется|яются)|не состоится|не состоятся)${E}`, 'gu'),
    { status: 'cancelled' },
  ],
  [
    new RegExp(`${B}(?:перенес(?:ен|ена|ено|ены|ли|ла)|переносится|переносятся)${E}`, 'gu'),
    { status: 'planned', moved: true },
  ],
  [
    new RegExp(
      `${B}(?:стартова(?:л|ла|ло|ли)|объявля(?:ется|ются|ет|ют)|объявле(?:н|на|но|ны)|нача(?:л|ла|ло|ли)|нача(?:лся|лась|лось|лись)|открыл(?:ся|ась|ось|ись))${E}`,
      'gu',
    ),
    { status: 'held', started: true },
  ],
  [
    // «15 января стартует прием заявок»: an open call that will start on that day.
    new RegExp(
      `${B}(?:стартует|стартуют|начнется|откроется|откроются|объявят)\\s+(?:\\p{L}+\\s+){0,2}?(?:прием|регистраци\\p{L}*|подача|голосовани\\p{L}*)${E}`,
      'gu',
    ),
    { status: 'planned', started: true },
  ],
  [
    // «Следующее заседание решено провести в декабре»: a decision to hold an event plans it.
    new RegExp(
      `${B}(?:решено|решили|решил[аи]?|договорились|предложено|принято решение)\\s+(?:\\p{L}+\\s+){0,2}?провести${E}`,
      'gu',
    ),
    { status: 'planned' },
  ],
  [
    new RegExp(
      `${B}(?:состоится|состоятся|пройд(?:ет|ут)|буд(?:ет|ут) (?:проходить|проводиться|работать|проведен[аоы]?|организован[аоы]?|посвящен[аоы]?)|планиру(?:ется|ются|ем|ет|ют)|запланирован[аоы]?|намечен[аоы]?|приглаша(?:ем|ет|ют|ются)|продлится|продлятся|предстоящ\\p{L}*|проведет|проведем|проведут|организует|организуем|организуют|наградим|хотим\\s+(?:\\p{L}+\\s+)?(?:провести|организовать)|собираемся\\s+(?:\\p{L}+\\s+)?(?:провести|организовать)|ожидается|ожидаются|пригласят|учрежден[аоы]?|учреди(?:л|ла|ли)|откроется|откроются|стартует|начнется|начнет работу)${E}`,
      'gu',
    ),
    { status: 'planned' },
  ],
  [
    new RegExp(
      `${B}(?:состоял(?:ся|ась|ось|ись)|прош(?:ел|ла|ло|ли)|провел[аи]?|проведен[аоы]?|организова(?:л|ла|ло|ли)|организован[аоы]?|приня(?:л|ла|ло|ли) участие|участвова(?:л|ла|ли)|проходил[аои]?|проводил[аи]?|проводит|проводят|проходит|проходят|заверши(?:лся|лась|лось|лись|л|ла|ли)|собрал[аи]?|собрались|подве(?:л|ла|ли) итоги|открыл[аи]?|прошедш\\p{L}*|состоявш\\p{L}*|опубликова(?:н|на|но|ны|л|ла|ли)|вышл[аои]|вышел|издан[аоы]?|выпущен[аоы]?|выпусти(?:л|ла|ли)|присутствовал[аои]?|подведены итоги|подвели итоги|работал[аои]?|модерировал[аи]?|стал[аои]?\\s+(?:\\p{L}+\\s+){0,2}событием|событием\\s+(?:\\p{L}+\\s+){0,3}?стал[аои]?)${E}`,
      'gu',
    ),
    { status: 'held' },
  ],
];

/**
 * Status cues in a piece of text, in text order; offsets are relative to `text`.
 * @example findStatusCues('Форум пройдёт 5 июня')[0]?.status // 'planned'
 */
export function findStatusCues(text: string): StatusCue[] {
  const norm = normalizeText(text).toLowerCase();
  const cues: StatusCue[] = [];
  for (const [pattern, cue] of CUES) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(norm); m !== null; m = pattern.exec(norm)) {
      const start = m.index;
      const end = start + m[0].length;
      if (cues.some((c) => c.start < end && start < c.end)) continue;
      cues.push({ ...cue, start, end, text: text.slice(start, end) });
    }
  }
  return cues.sort((a, b) => a.start - b.start);
}

/** Format phrases, most specific first. */
const HYBRID = new RegExp(
  `${B}(?:(?:офлайн|оффлайн|очн\\p{L}*)\\s*(?:и|/|,)\\s*(?:онлайн|он-лайн|дистанционн\\p{L}*|заочн\\p{L}*)|(?:онлайн|он-лайн)\\s*(?:и|/|,)\\s*(?:офлайн|оффлайн|очн\\p{L}*)|очно-заочн\\p{L}*|гибридн\\p{L}*|смешанн\\p{L}* формат\\p{L}*)`,
  'u',
);
const ONLINE = new RegExp(
  `${B}(?:он-?лайн\\p{L}*|online|вкс|видеоконференц\\p{L}*|видео-конференц\\p{L}*|дистанционн\\p{L}*|вебинар\\p{L}*|zoom|(?:в режиме|по) видеосвяз\\p{L}*)${E}`,
  'u',
);
const OFFLINE = new RegExp(
  `${B}(?:офлайн|оффлайн|offline|в очном формате|очно|формат\\p{L}*\\s+(?:проведения\\s+)?[–—:-]?\\s*очн\\p{L}*)${E}`,
  'u',
);
/** People gathered in one room, stated apart from those who connected. */
const IN_PERSON = new RegExp(`${B}(?:собрались|в зале|очно|очном|присутствовал[аио]?|на площадке)${E}`, 'u');

export interface FormatCue {
  format: EventFormat;
  start: number;
  end: number;
}

/**
 * The format a text states, with the phrase it came from.
 * @example findFormat('прошёл в офлайн и онлайн форматах')?.format // 'hybrid'
 */
export function findFormat(text: string): FormatCue | null {
  const norm = normalizeText(text).toLowerCase();
  for (const [pattern, format] of [
    [HYBRID, 'hybrid'],
    [ONLINE, 'online'],
    [OFFLINE, 'offline'],
  ] as const) {
    const m = pattern.exec(norm);
    if (m) {
      if (format === 'online' && IN_PERSON.test(norm))
        return { format: 'hybrid', start: m.index, end: m.index + m[0].length };
      return { format, start: m.index, end: m.index + m[0].length };
    }
  }
  return null;
}
