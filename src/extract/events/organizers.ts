/**
 * Organizers, apart from participants and supporters. In a plan they come from the organizer column
 * or an «Организатор(ы): …» / «По плану …» note; in news from who «провёл», «организовал»,
 * «подготовил» the event (or by whom it «было организовано»), never from «при поддержке», «под
 * эгидой», partners or people. Names are canonical: abbreviations expanded through the registry.
 */
import type { OrganizationValue } from '../../domain/index.js';
import { collapseWhitespace, normalizeWord } from '../../text/index.js';
import type { TextServices } from './inputs.js';
import { capitalizeFirst, headToNominative } from './title.js';

/** Splits a list at commas and semicolons outside quotes and brackets. */
export function splitList(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let straight = false;
  let current = '';
  for (const ch of text) {
    if (ch === '«' || ch === '(') depth++;
    else if ((ch === '»' || ch === ')') && depth > 0) depth--;
    else if (ch === '"') straight = !straight;
    if ((ch === ',' || ch === ';') && depth === 0 && !straight) {
      parts.push(current);
      current = '';
      continue;
    }
    current += ch;
  }
  parts.push(current);
  return parts.map((p) => collapseWhitespace(p)).filter((p) => p !== '');
}

const NOT_ORGANIZER =
  /^(?:при поддержке|под эгидой|под патронажем|партнер|партнёр|по согласованию|по отдельному|совместно$)/iu;
/** A person: «Иванов И.И.», «И. И. Иванов». */
const PERSON = /^[А-ЯЁ][а-яё]+\s+[А-ЯЁ]\.\s*[А-ЯЁ]\.?$|^[А-ЯЁ]\.\s*[А-ЯЁ]\.\s*[А-ЯЁ][а-яё]+$/u;

/** Expands «г.» inside a body's name («Мэрия г. Грозного» → «Мэрия города Грозного»). */
function expandCityAbbreviation(name: string): string {
  return name.replace(/(?<=\s)г\.\s*(?=[А-ЯЁ])/gu, 'города ');
}

/** The canonical name of one organizer as written in a list. */
export function canonicalOrganizer(name: string, services: TextServices, caseHint?: string): string | null {
  // «Ассоциация сибирских и дальневосточных городов (АСДГ)»: the abbreviation in brackets is an alias.
  const cleaned = collapseWhitespace(
    name
      .replace(/^[-–—•\s]+|[.;:\s]+$/g, '')
      .replace(/\s*\([\p{Lu}\d-]{2,12}\)$/u, '')
      // «Администрация … (по согласованию)»: a remark on the agreement, not part of the name.
      .replace(/\s*\(по\s+согласованию\)/giu, ''),
  );
  if (cleaned === '' || NOT_ORGANIZER.test(cleaned) || PERSON.test(cleaned)) return null;
  // A body is written as a name («Администрация г. Казани», «администрация г. Красноярска»), not as a
  // description («администрации городов-членов»): in lower case it must name its place.
  // «администрацией Тарского муниципального района» names its unit by a proper name.
  if (
    !/^[\p{Lu}«"]/u.test(cleaned) &&
    !/(?:^|\s)г\.\s*\p{Lu}/u.test(cleaned) &&
    !/\s\p{Lu}\p{Ll}+(?:ого|его)\s+(?:муниципальн\p{L}+|городск\p{L}+|сельск\p{L}+)\s+(?:район|округ|поселени)/u.test(
      cleaned,
    ) &&
    services.findPlaces(cleaned).length === 0
  ) {
    return null;
  }
  const resolved = services.resolveOrganization(cleaned);
  if (resolved) return capitalizeFirst(resolved.name);
  const found = services.findOrganizations(cleaned);
  const whole = found.find((f) => f.end - f.start >= cleaned.length - 2);
  if (whole) return capitalizeFirst(whole.value.name);
  const expanded = expandCityAbbreviation(cleaned);
  const nominative = caseHint ? headToNominative(expanded, caseHint, services) : expanded;
  const again = services.resolveOrganization(nominative);
  if (again) return capitalizeFirst(again.name);
  return capitalizeFirst(nominative);
}

const MINOR_WORDS = new Set(['и', 'по', 'в', 'на', 'для', 'при', 'с', 'о', 'об']);
const COUNTRY_TAIL = /\s+(?:Российской\s+Федерации|России|РФ)$/u;

/**
 * «КМО» for «Конгресс муниципальных образований (Российской Федерации)», «СГЦСЗР» for «Союз городов
 * Центра и Северо-Запада России»: the capitals of the name's words.
 */
export function initialsOf(name: string): string[] {
  const initials = (n: string) =>
    n
      .split(/[\s-]+/)
      .filter((w) => w !== '' && !MINOR_WORDS.has(w.toLowerCase()))
      .map((w) =>
        w
          .replace(/^[«"(]+/u, '')
          .charAt(0)
          .toUpperCase(),
      )
      .join('');
  const short = name.replace(COUNTRY_TAIL, '');
  return short === name ? [initials(name)] : [initials(name), initials(short)];
}

/** A region as its abbreviation stands for it inside a body's name: «РД» for «Республики Дагестан». */
export interface RegionInitials {
  initials: string;
  genitive: string;
}

/** Abbreviations that look like a region's initials but name something else in these texts. */
const NOT_REGION_INITIALS = new Set(['МО', 'МР', 'ГО', 'СП', 'РФ']);

/**
 * The regions a document names, by their initials («Республика Дагестан» → «РД», «Кабардино-Балкарская
 * Республика» → «КБР»): a text that writes «Правительство РМ» or «СМО РД» means the region it names
 * in full elsewhere, so an abbreviation is read only against those.
 */
export function regionInitials(
  regionNames: Iterable<string>,
  services: Pick<TextServices, 'inflectPhrase'>,
): RegionInitials[] {
  const out: RegionInitials[] = [];
  for (const name of new Set(regionNames)) {
    const initials = initialsOf(name.replace(/\s*\([^)]*\)/g, ''))[0] ?? '';
    if (initials.length < 2 || NOT_REGION_INITIALS.has(initials)) continue;
    // Two regions with the same initials in one text: neither is meant for sure.
    const same = out.findIndex((r) => r.initials === initials);
    if (same >= 0) {
      out[same]!.genitive = '';
      continue;
    }
    out.push({ initials, genitive: services.inflectPhrase(name, 'gent') });
  }
  return out.filter((r) => r.genitive !== '');
}

/**
 * A body's name with a region's initials after its head written out: «Правительство РМ» →
 * «Правительство Республики Мордовия», «Совет муниципальных образований РД» → «… Республики Дагестан».
 */
export function withRegionWrittenOut(name: string, regions: readonly RegionInitials[]): string {
  if (regions.length === 0) return name;
  return name.replace(/(?<=\s)(\p{Lu}{2,4})$/u, (abbreviation) => {
    return regions.find((r) => r.initials === abbreviation)?.genitive ?? abbreviation;
  });
}

/** Up to two adjectives before a head: «Исполнительная дирекция», «главный специалист». */
const LEADING_ADJECTIVES = String.raw`(?:[\p{L}-]+(?:ый|ий|ой|ая|яя|ое|ее|ые|ие)\s+){0,2}`;
/** Posts: people of a body. The owner's own posts stand for the owner; others' posts are people. */
const POST_HEAD = new RegExp(
  String.raw`^${LEADING_ADJECTIVES}(?:(?:перв\p{L}*\s+)?(?:вице-)?заместител\p{L}*\s+)?(?:вице-)?(?:(?:председател|руководител|заместител)\p{L}*|(?:пресс-)?секретар(?:ь|я|ю|ем|е|и|ей)|(?:президент|директор|эксперт|специалист|координатор|консультант|советник|референт|помощник|начальник|мэр|губернатор|министр|член)(?:а|у|ом|е|ы|ов|ам|ами|ах)?|глав(?:а|ы|е|у|ой))(?=[\s,.;]|$)`,
  'iu',
);
/** Units and organs: the owner's own stand for the owner; another body's are that body. */
const BRANCH_HEAD = /^(?:\p{L}+(?:ое|ее)\s+)?(?:отделени|филиал|представительств)\p{L}*\s/iu;
const UNIT_HEAD = new RegExp(
  String.raw`^${LEADING_ADJECTIVES}(?:дирекци|аппарат|секретариат|президиум|правлени|совет|комисси|комитет|оргкомитет|отдел|сектор|управлени|служб|пресс-служб|редакци|палат|рабоч\p{L}*\s+групп|групп|отделени|филиал|представительств)\p{L}*`,
  'iu',
);
/** Words that name the owner or one of its organs after a post or unit: «Председатель Совета Союза». */
const OWN_BODY_WORD =
  /^(?:союз|ассоциаци|палат|конгресс|ассамбле|совет|президиум|правлени|комисси|дирекци|собрани|объединени)\p{L}*$/iu;

/**
 * What one name in a plan's «Ответственный» cell stands for: the owner's own unit or post («Президент
 * Союза», «исполнительная дирекция АГП», «Председатель комиссии», «руководитель направления») is
 * `own`; another body's post («Глава города Пскова», «Председатель Думы округа») is a `person`, not an
 * organizer (`shared/data/gold/NOTES.md`, «Organizers»); anything else is a `body`.
 * @example responsibleKind('Председатель Совета АГП', owner, services) // 'own'
 */
export function responsibleKind(
  name: string,
  owner: OrganizationValue | null,
  services: TextServices,
): 'own' | 'person' | 'body' {
  const cleaned = collapseWhitespace(name.replace(/^[-–—•\s]+|[.;:\s]+$/g, ''));
  // A body the registry knows by this very name («Палата городов-центров», «Совет Федерации») is
  // named as a body, the owner too.
  if (services.resolveOrganization(cleaned)?.id !== undefined) return 'body';
  const head = POST_HEAD.exec(cleaned) ?? UNIT_HEAD.exec(cleaned);
  if (!head) return 'body';
  const post = POST_HEAD.test(cleaned);
  const rest = cleaned.slice(head[0].length);
  const ownerInitials = owner ? initialsOf(owner.name) : [];
  const namesOwner = (word: string) =>
    owner !== null &&
    (word === owner.abbreviation ||
      ownerInitials.includes(word) ||
      services.resolveOrganization(word)?.name === owner.name);
  const otherBody = (word: string) => {
    if (/^\p{Lu}[\p{Lu}\d-]+$/u.test(word)) {
      // An abbreviation of another known body; one nothing expands («ЖКХ», an unknown one) names none.
      const known = services.resolveOrganization(word);
      return !namesOwner(word) && known !== null && (known.id !== undefined || known.name !== word);
    }
    return /^\p{Lu}/u.test(word) && !OWN_BODY_WORD.test(word);
  };
  // «региональное отделение ВАРМСУ в Республике Алтай»: the owner's branch in a region is the owner.
  const branch = BRANCH_HEAD.test(cleaned) ? /^(.*?)\s+(?:в|во|на)\s+\p{Lu}[^«"]*$/u.exec(rest) : null;
  const ownWords = branch ? branch[1]! : rest;
  const words = ownWords.match(/[\p{L}\d][\p{L}\d-]*/gu) ?? [];
  const own =
    !/[«"]/.test(ownWords) &&
    !words.some(otherBody) &&
    services.findPlaces(ownWords).length === 0 &&
    (branch === null || words.some((w) => namesOwner(w) || OWN_BODY_WORD.test(w)));
  if (own) return 'own';
  return post ? 'person' : 'body';
}

const CASES = ['nomn', 'gent', 'datv', 'accs', 'ablt', 'loct'];

/**
 * The names a list gives: split at commas, semicolons and «и» before a capital — but not inside one
 * name: «Администрация Губернатора и Правительства края» (a genitive after «и» goes on with the name),
 * «Департамент по общественным связям, коммуникациям и молодёжной политике» (a «по» complement's
 * datives go on after the comma).
 */
function listedNames(group: string, services: TextServices): string[] {
  // The cases and numbers a word may stand in: names of one list agree with its first word.
  const forms = (word: string) =>
    new Set(
      services
        .wordInfo(word)
        .flatMap((r) => CASES.filter((c) => r.tags.has(c)).map((c) => `${c}:${r.tags.has('plur') ? 'plur' : 'sing'}`)),
    );
  const lead = forms(/^[\p{L}-]+/u.exec(group.trim())?.[0] ?? '');
  const agrees = (word: string) => {
    const own = forms(word);
    return lead.size === 0 || own.size === 0 || [...own].some((f) => lead.has(f));
  };
  const joined = group.replace(/\s+и\s+(?=([А-ЯЁ«"])([\p{L}-]*))/gu, (m, first: string, rest: string) =>
    first === '«' || first === '"' || agrees(first + rest) ? ', ' : m,
  );
  const parts: string[] = [];
  for (const part of splitList(joined)) {
    const previous = parts[parts.length - 1];
    const firstWord = /^\p{Ll}[\p{L}-]*/u.exec(part)?.[0];
    if (
      previous !== undefined &&
      /\sпо\s/u.test(previous) &&
      firstWord !== undefined &&
      services.wordInfo(firstWord).some((r) => r.tags.has('datv'))
    )
      parts[parts.length - 1] = `${previous}, ${part}`;
    else parts.push(part);
  }
  return parts;
}

/** A finite verb outside quotes: the part is a clause («Ассоциация оказала поддержку»), not a name. */
function hasFiniteVerb(part: string, services: TextServices): boolean {
  const unquoted = part.replace(/«[^»]*»|"[^"]*"/gu, ' ');
  return (unquoted.match(/(?<!\p{L})\p{Ll}{3,}(?!\p{L})/gu) ?? []).some((w) => {
    const parses = services.wordInfo(w);
    return parses.length > 0 && parses.every((p) => p.pos === 'VERB');
  });
}

const NOTE_LABEL =
  /(?:^|[\s.;(])(?:организатор(?:ы)?(?:\s+(?:форума|мероприятия|конференции|конгресса|выставки|конкурса|фестиваля|саммита))?|ответственн\p{L}*(?:\s+исполнител\p{L}*)?|исполнител\p{L}*|проводит|проводят)\s*[:–—-]\s*/iu;
const BY_PLAN = /(?:^|\s)по\s+плану\s+/iu;

/**
 * Organizers named in a plan's organizer or note cell.
 * @example organizersFromNote('Организаторы: Исполком СНГ, МАГ', services)
 * // ['Исполнительный комитет Содружества Независимых Государств', 'Международная Ассамблея столиц и крупных городов']
 */
export function organizersFromNote(note: string, services: TextServices, organizerColumn = false): string[] {
  return responsibleOrganizers(note, services, { organizerColumn, owner: null }).bodies;
}

/** The organizers a note or «Ответственный» cell names, and whether it names the owner's own units. */
export interface Responsible {
  /** Bodies in the nominative, the owner among them when its own units are named. */
  bodies: string[];
  /** The cell names the owner's own units or posts («Исполнительная дирекция», «Президент Союза»). */
  ownUnits: boolean;
}

/**
 * Organizers named in a plan's organizer, «Ответственный» or note cell: the owner's own units and posts
 * stand for the owner; people are left out.
 * @example responsibleOrganizers('Президент Союза, Администрация г. Вологды', services, { owner }).bodies
 * // ['Союз …', 'Администрация города Вологды']
 */
export function responsibleOrganizers(
  note: string,
  services: TextServices,
  options: { organizerColumn?: boolean; owner: OrganizationValue | null },
): Responsible {
  const organizerColumn = options.organizerColumn ?? false;
  const owner = options.owner;
  // «Администрация г.о. Коломна», «Администрация м.р. …»: the kind of municipality written out (its
  // stops would end the list's sentence).
  const text = collapseWhitespace(note)
    .replace(/(?<=\s)г\.\s*о\.\s*(?=\p{Lu})/gu, 'городского округа ')
    .replace(/(?<=\s)м\.\s*р\.\s*(?=\p{Lu})/gu, 'муниципального района ');
  const none: Responsible = { bodies: [], ownUnits: false };
  if (text === '') return none;
  let list: string | null = null;
  let caseHint: string | undefined;
  const label = NOTE_LABEL.exec(text);
  if (label) {
    list = text.slice(label.index + label[0].length);
    // «Исполнительная дирекция (организатор форума – Правительство Москвы)»: the note ends with its bracket.
    if (label[0].startsWith('(') || text.lastIndexOf('(', label.index) > text.lastIndexOf(')', label.index))
      list = list.replace(/\).*$/su, '');
  } else {
    const byPlan = BY_PLAN.exec(text);
    if (byPlan) {
      list = text.slice(byPlan.index + byPlan[0].length);
      caseHint = 'gent';
    } else if (organizerColumn) list = text;
  }
  if (list === null) return none;
  // A note may go on after the list: «Организатор: МАГ. Дни указаны ориентировочно».
  // A stop glued to the next sentence ends it too («… – Югры.Приглашаются …»); initials do not («Т.В. Медведева»).
  const firstSentence =
    list.split(/(?<!(?:^|\s)(?:г|гг|им|ул|д|с|п|пос|обл|ст|т)|(?:^|[\s.])\p{Lu})\.\s*(?=[А-ЯЁ])/u)[0] ?? list;
  // Supporters are no organizers: «…, СГЦСЗР; при поддержке Министерства культуры области».
  const withoutSupport = firstSentence.replace(
    /(?:^|[\s,;]+)\(?(?:при\s+(?:поддержке|содействии|участии)|под\s+(?:эгидой|патронажем))\s+(?:[^;()]*\)|[^;]*)/giu,
    '',
  );
  const names: string[] = [];
  let ownUnits = false;
  // List items inside the cell («• Союз малых городов • Администрация …») are a list too.
  const listed = withoutSupport.replace(/^\s*[•·▪]\s*/u, '').replace(/\s*[•·▪]\s*/gu, ', ');
  // «Ассоциация совместно с администрацией края»: the partner after «совместно с» organizes too,
  // named in the instrumental.
  const [lead = '', ...partners] = listed.split(/\s*,?\s+(?:совместно|вместе)\s+со?\s+/iu);
  const groups: [string, string | undefined][] = [
    [lead, caseHint],
    ...partners.map((p): [string, string] => [p, 'ablt']),
  ];
  for (const [group, hint] of groups) {
    for (const part of listedNames(group, services)) {
      // «…, Ассоциация оказала поддержку в проведении»: a clause after the list names no organizer; nor
      // does «Ассоциация – участие», a body marked as only taking part.
      if (hasFiniteVerb(part, services) || /\s[–—-]\s*участ\p{L}*\s*$/iu.test(part)) continue;
      const kind = responsibleKind(part, owner, services);
      if (kind === 'person') continue;
      if (kind === 'own') ownUnits = true;
      const name = kind === 'own' ? (owner?.name ?? null) : canonicalOrganizer(part, services, hint);
      if (kind === 'own' && owner === null) continue;
      if (name && !names.some((n) => normalizeWord(n) === normalizeWord(name))) names.push(name);
    }
  }
  return { bodies: names, ownUnits };
}
