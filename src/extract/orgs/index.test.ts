import { beforeAll, describe, expect, it } from 'vitest';
import { loadReferenceData, type ReferenceData } from '../../reference/index.js';
import { findOrganizations, inflectPhrase, resolveOrganization } from './index.js';

let ref: ReferenceData;
beforeAll(async () => {
  ref = await loadReferenceData();
});

describe('resolveOrganization', () => {
  it.each([
    // abbreviations expanded from the registry
    ['МАГ', 'Международная Ассамблея столиц и крупных городов'],
    ['СРГ', 'Союз российских городов'],
    ['ОКМО', 'Общероссийский конгресс муниципальных образований'],
    ['ВСМС', 'Всероссийский совет местного самоуправления'],
    ['АСДГ', 'Ассоциация сибирских и дальневосточных городов'],
    ['МПА СНГ', 'Межпарламентская Ассамблея государств — участников Содружества Независимых Государств'],
    ['Исполком СНГ', 'Исполнительный комитет Содружества Независимых Государств'],
    ['ОПРФ', 'Общественная палата Российской Федерации'],
    ['ООН-Хабитат', 'Программа Организации Объединённых Наций по населённым пунктам'],
    ['WeGO', 'Всемирная организация «умных» устойчивых городов'],
    ['Росконгресс', 'Фонд Росконгресс'],
    ['Минэкономразвития РФ', 'Министерство экономического развития Российской Федерации'],
    ['ДТЭХ Москвы', 'Департамент топливно-энергетического хозяйства города Москвы'],
    // short forms inside a name are expanded in the genitive
    [
      'Комитет Госдумы РФ по федеративному устройству и вопросам МСУ',
      'Комитет Государственной Думы Российской Федерации по федеративному устройству и вопросам местного самоуправления',
    ],
    ['Мэрия г. Грозного', 'Мэрия города Грозного'],
    [
      'Деловой центр экономического развития СНГ',
      'Деловой центр экономического развития Содружества Независимых Государств',
    ],
    ['НП «Энергосбережение»', 'Некоммерческое партнерство «Энергосбережение»'],
    ['Союз малых городов РФ', 'Союз малых городов Российской Федерации'],
    // the nominative of an oblique name, agreeing adjectives included
    ['Правительства Москвы', 'Правительство Москвы'],
    ['Постоянной комиссией Совета депутатов', 'Постоянная комиссия Совета депутатов'],
    ['Департаментом образования города Омска', 'Департамент образования города Омска'],
  ])('%s → %s', (name, canonical) => {
    expect(resolveOrganization(name, ref)?.name).toBe(canonical);
  });

  it('gives the registry id of a known body', () => {
    expect(resolveOrganization('Международной Ассамблеи столиц и крупных городов', ref)).toMatchObject({
      id: 'mag',
      abbreviation: 'МАГ',
    });
  });

  it.each([['красивый дом'], ['быстро'], ['']])('is null for what names no organization: %s', (name) => {
    expect(resolveOrganization(name, ref)).toBeNull();
  });
});

describe('findOrganizations', () => {
  it.each([
    [
      'Мероприятие было организовано Комитетом Совета Федерации по бюджету и финансовым рынкам и прошло онлайн.',
      'Комитетом Совета Федерации по бюджету и финансовым рынкам',
      'Комитет Совета Федерации по бюджету и финансовым рынкам',
    ],
    [
      'Совещание провела Ассоциация малых городов Урала.',
      'Ассоциация малых городов Урала',
      'Ассоциация малых городов Урала',
    ],
    [
      'Заявки принимает Фонд «Городские инициативы» до мая.',
      'Фонд «Городские инициативы»',
      'Фонд «Городские инициативы»',
    ],
    [
      'заседание Совета по развитию туризма при Правительстве Калужской области',
      'Совета по развитию туризма при Правительстве Калужской области',
      'Совет по развитию туризма при Правительстве Калужской области',
    ],
    ['доклад МАГ о цифровизации', 'МАГ', 'Международная Ассамблея столиц и крупных городов'],
  ])('%s', (text, span, name) => {
    const found = findOrganizations(text, ref);
    expect(found.map((m) => m.text)).toContain(span);
    expect(found.find((m) => m.text === span)?.value.name).toBe(name);
  });

  it('links an abbreviation defined in brackets to the name before it', () => {
    const text = 'семинар провёл Институт изучения городских агломераций (ИИГА). Позже ИИГА выпустил доклад.';
    const found = findOrganizations(text, ref);
    const later = found.find((m) => m.text === 'ИИГА' && m.start > text.indexOf('Позже'));
    expect(later?.value.name).toBe('Институт изучения городских агломераций');
  });

  it('returns the nested body when asked', () => {
    const text = 'Комитет Совета Федерации по обороне';
    expect(findOrganizations(text, ref).map((m) => m.text)).toEqual(['Комитет Совета Федерации по обороне']);
    expect(findOrganizations(text, ref, { nested: true }).map((m) => m.value.name)).toContain('Совет Федерации');
  });

  it.each([
    // a name in Latin letters, a company by its trade's stem, an agency compound, an unknown abbreviation
    ['акции Monsanto подешевели', 'Monsanto'],
    ['контракт с Уралтрансинвестом подписан', 'Уралтрансинвестом'],
    ['проверку провёл Роспожнадзор вчера', 'Роспожнадзор'],
    ['задержание провела ГУВД утром', 'ГУВД'],
    // a bare institution of the story, an adjective and its head, a state body in lower case
    ['18 апреля полиция начала расследование', 'полиция'],
    ['сообщил Первый канал в эфире', 'Первый канал'],
    ['отчёт министерства здравоохранения опубликован', 'министерства здравоохранения'],
    // a quoted name credited with a report, and a quoted name introduced by a head and quoted again
    ['как сообщает «Вечерний вестник», мост закрыт', 'Вечерний вестник'],
  ])('finds %s', (text, span) => {
    expect(findOrganizations(text, ref).map((m) => m.text)).toContain(span);
  });

  it('finds a quoted name again once a head introduced it', () => {
    const text = 'Группа «Северный ветер» выпустила альбом. Позже «Северный ветер» дал концерт.';
    expect(findOrganizations(text, ref).map((m) => m.text)).toEqual(['Группа «Северный ветер»', 'Северный ветер']);
  });

  it.each([
    ['альбом The Fat of the Land вышел'],
    ['певица Aaliyah спела'],
    ['написал в Twitter вечером'],
    ['приговор по статье 128 УК'],
    ['подключили к аппарату ИВЛ'],
    ['в центре Москвы открыли парк'],
    ['это ведомство молчит'],
    ['Российской Федерации по вопросам пенсий'],
  ])('does not take a title, a thing or a place for an organization: %s', (text) => {
    expect(findOrganizations(text, ref)).toEqual([]);
  });

  it.each([
    ['Союз был заключён по любви.'],
    ['маг показал фокус'],
    ['совет да любовь'],
    ['комиссия рассмотрела вопрос'],
  ])('does not take a look-alike for an organization: %s', (text) => {
    expect(findOrganizations(text, ref)).toEqual([]);
  });
});

describe('inflectPhrase', () => {
  it.each([
    ['Постоянной комиссией МПА СНГ', 'nomn', 'Постоянная комиссия МПА СНГ'],
    ['Государственная Дума', 'gent', 'Государственной Думы'],
    ['местное самоуправление', 'gent', 'местного самоуправления'],
    ['Организационным комитетом по подготовке форума', 'nomn', 'Организационный комитет по подготовке форума'],
  ] as const)('%s (%s) → %s', (phrase, target, expected) => {
    expect(inflectPhrase(ref.morph, phrase, target)).toBe(expected);
  });
});
