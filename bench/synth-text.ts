/**
 * The words of the synthetic bench corpus: people's names made of generated name parts, titles of
 * office, organisations, places and outlets built from the engine's lexicons (`lib/engine/lexicon/`),
 * and sentence templates whose slots they fill. Nothing here is a person or an organisation of a
 * fixture or a seed: given names and surnames are made of syllables, organisations of a generated
 * word and a lexicon head ("Kalomir Institute", "Ministry of Finance").
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDemonym } from '../lib/engine/lexicon/countries';
import { HEADS_NEEDING_PORTFOLIO, OFFICE_HEADS, PORTFOLIO_WORDS } from '../lib/engine/lexicon/offices';
import { NEWS_AGENCIES, ORG_HEADS, ORG_SUFFIXES } from '../lib/engine/lexicon/organizations';
import { PLACE_HEADS } from '../lib/engine/lexicon/places';
import type { EntityKind } from '../lib/shared/types';

const capital = (word: string) => word[0]!.toUpperCase() + word.slice(1);

/** Syllables of the generated name parts: 48 of them make 110,592 three-syllable surnames. */
const SYLLABLES =
  'ka lo mi ren do sa vi tor el ba nu qui fa zo ter an bel cor dan e ga hol i jun ko lin mar nor o pel ra sel tam u val wen ya zim bra cle dri fro gli pra stu tro'.split(
    ' ',
  );

/** A generated word of `count` syllables, from a number: the same number gives the same word. */
export function word(n: number, count: number): string {
  let w = '';
  let v = n;
  for (let i = 0; i < count; i++) {
    w += SYLLABLES[v % SYLLABLES.length];
    v = Math.floor(v / SYLLABLES.length);
  }
  return capital(w);
}

/** Countries and their demonyms, as the lexicon lists them ("Mexico", "Mexican"). */
function countries(): { name: string; demonym: string }[] {
  // The lexicon's table is private; its keys and forms are read from its source, and each demonym is
  // checked by the lexicon's own `isDemonym`.
  const source = readFileSync(join(import.meta.dirname, '..', 'lib', 'engine', 'lexicon', 'countries.ts'), 'utf8');
  const found: { name: string; demonym: string }[] = [];
  for (const [, quoted, bare, forms] of source.matchAll(/^\s+(?:'([^']+)'|(\w+)): \[([^\]]*)\]/gm)) {
    const demonym = [...forms!.matchAll(/'([^']+)'/g)].map((m) => m[1]!.split(' ').map(capital).join(' ')).find((f) => !f.includes(' ') && isDemonym(f));
    if (demonym) found.push({ name: (quoted ?? bare)!, demonym });
  }
  return found;
}

export const COUNTRIES = countries();
/** Portfolio words that name a subject ("Finance", "Fisheries"), not a rank or a body ("Senior", "Senate"). */
const NOT_SUBJECTS = new Set(
  'senior circuit majority minority first second interim outgoing incoming former acting assistant under deputy prime vice joint chiefs appeals general special solicitor supreme district county federal regional provincial municipal presidential parliamentary opposition party cabinet staff government european union crown house senate court national public state police natural'.split(
    ' ',
  ),
);
const PORTFOLIOS = [...PORTFOLIO_WORDS]
  .filter((w) => w.length >= 5 && /^[a-z]+$/.test(w) && !NOT_SUBJECTS.has(w) && !HEADS_NEEDING_PORTFOLIO.has(w))
  .map(capital);
/** Heads that take a portfolio: "Minister of Finance", "Fisheries Commissioner". */
const HEADS = [...OFFICE_HEADS]
  .filter((h) => ['minister', 'secretary', 'undersecretary', 'ambassador', 'envoy', 'commissioner', 'director'].includes(h))
  .map(capital);
const ORG_ENDS = [...ORG_SUFFIXES]
  .filter((s) => s.length > 4 && !['times', 'post', 'journal', 'tribune', 'herald', 'gazette', 'news'].includes(s))
  .map(capital);
const ORG_OPENERS = [...ORG_HEADS].filter((h) => h.length > 4 && !['federal', 'national', 'united', 'people'].includes(h)).map(capital);
const PAPERS = ['Times', 'Post', 'Herald', 'Tribune', 'Gazette', 'Journal'];
const AGENCIES = [...new Set(NEWS_AGENCIES.values())];
const PLACE_OPENERS = [...PLACE_HEADS].map(capital);

/** An entity of the corpus: who or what it is, and what its mentions may say. */
export interface SynthEntity {
  id: string;
  kind: EntityKind;
  name: string;
  /** The surname a later sentence calls a person by; none for organisations. */
  short: string | null;
  role: { title: string; country: string | null } | null;
}

/** Entity number n, of the given kind: the same n always gives the same entity. */
export function makeEntity(n: number, kind: EntityKind, pick: () => number): SynthEntity {
  if (kind === 'organization') {
    const country = COUNTRIES[Math.floor(pick() * COUNTRIES.length)]!;
    const forms = [
      () => `${word(n, 3)} ${ORG_ENDS[n % ORG_ENDS.length]}`,
      () =>
        `${ORG_OPENERS[n % ORG_OPENERS.length]} of ${PORTFOLIOS[Math.floor(n / 7) % PORTFOLIOS.length]} ${country.demonym === 'American' ? '' : `of ${country.name}`}`.trim(),
      () => `${country.demonym} ${word(n, 2)} ${ORG_ENDS[Math.floor(n / 3) % ORG_ENDS.length]}`,
    ];
    return { id: '', kind, name: forms[n % forms.length]!(), short: null, role: null };
  }
  // Surnames: a common few thousand and a long tail, as real surnames are distributed.
  const surnameNumber = pick() < 0.3 ? Math.floor(pick() ** 2 * 2_000) : Math.floor(pick() * 110_000);
  const surname = word(surnameNumber, 2 + (surnameNumber % 2));
  const given = word(Math.floor(pick() * 1_500), 2);
  const initial = pick() < 0.15 ? ` ${String.fromCharCode(65 + Math.floor(pick() * 26))}.` : '';
  const name = `${given}${initial} ${surname}`;
  if (kind === 'person') return { id: '', kind, name, short: surname, role: null };
  const country = COUNTRIES[Math.floor(pick() * COUNTRIES.length)]!;
  const portfolio = PORTFOLIOS[Math.floor(pick() * PORTFOLIOS.length)]!;
  const head = HEADS[Math.floor(pick() * HEADS.length)]!;
  const title = pick() < 0.5 ? `${head} of ${portfolio}` : `${portfolio} ${head}`;
  return { id: '', kind, name, short: surname, role: { title, country: country.name } };
}

/** A generated place: "San Velko", "Dritama", "Port Elnu". */
export function place(n: number): string {
  return n % 4 === 0 ? `${PLACE_OPENERS[(n >> 2) % PLACE_OPENERS.length]} ${word(n, 2)}` : word(n, 3);
}

/** An outlet: a news agency of the lexicon, or a generated paper ("The Kaloren Herald"). */
export function outlet(n: number): string {
  return n % 3 === 0 ? AGENCIES[(n / 3) % AGENCIES.length]! : `The ${word(n, 2)} ${PAPERS[n % PAPERS.length]}`;
}

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const VERBS = [
  'approve',
  'review',
  'delay',
  'reject',
  'expand',
  'investigate',
  'fund',
  'suspend',
  'restore',
  'audit',
  'renegotiate',
  'publish',
  'block',
  'finance',
];
const THINGS = [
  'the port contract',
  'a water project',
  'the fuel subsidy',
  'new border checks',
  'the rail link',
  'a mining licence',
  'the census results',
  'an emergency loan',
  'the school budget',
  'a pension reform',
  'the housing plan',
  'a vaccine order',
  'the fishing quotas',
  'a tariff on steel',
  'the grain reserve',
  'a power plant',
];
const REASONS = [
  'after weeks of protests',
  'citing a shortfall in revenue',
  'despite objections from lawmakers',
  'following an audit',
  'as prices rose',
  'before the rainy season',
  'under pressure from creditors',
  'after a court ruling',
];

/** A piece of a sentence: plain words, or a mention of an entity with the words it is called by. */
export type Piece = string | { entity: SynthEntity; text: string };

/** The slots a sentence template fills: the people and organisations it names, and fresh words. */
export interface Slots {
  official: SynthEntity;
  person: SynthEntity;
  org: SynthEntity;
  /** Someone already named in this document, called by surname; null when nobody was. */
  again: SynthEntity | null;
  pick: () => number;
}

const n = (pick: () => number, max: number) => 2 + Math.floor(pick() * max);
const of = <T>(pick: () => number, list: readonly T[]) => list[Math.floor(pick() * list.length)]!;
const officialWithTitle = (s: Slots): Piece[] => [`${s.official.role!.title} `, { entity: s.official, text: s.official.name }];

/** Sentence templates, each a function of its slots: 14 shapes, every one with varied words. */
export const TEMPLATES: ((s: Slots) => Piece[])[] = [
  (s) => [
    ...officialWithTitle(s),
    ` said on ${of(s.pick, WEEKDAYS)} that the government would ${of(s.pick, VERBS)} ${of(s.pick, THINGS)} in ${place(n(s.pick, 9_000))}.`,
  ],
  (s) => [
    'The ',
    { entity: s.org, text: s.org.name },
    ` said it would ${of(s.pick, VERBS)} ${of(s.pick, THINGS)} ${of(s.pick, REASONS)}, ${n(s.pick, 90)} days after the vote.`,
  ],
  (s) => [
    { entity: s.person, text: s.person.name },
    `, who has lived in ${place(n(s.pick, 9_000))} for ${n(s.pick, 40)} years, said the decision to ${of(s.pick, VERBS)} ${of(s.pick, THINGS)} came too late.`,
  ],
  (s) => [
    `In ${place(n(s.pick, 9_000))}, `,
    ...officialWithTitle(s),
    ` met representatives of the `,
    { entity: s.org, text: s.org.name },
    ` to ${of(s.pick, VERBS)} ${of(s.pick, THINGS)}.`,
  ],
  (s) => [
    `About ${n(s.pick, 900)} people gathered outside the offices of the `,
    { entity: s.org, text: s.org.name },
    ` on ${of(s.pick, WEEKDAYS)}, ${of(s.pick, REASONS)}.`,
  ],
  (s) =>
    s.again
      ? [{ entity: s.again, text: s.again.short! }, ` added that ${n(s.pick, 60)} percent of ${of(s.pick, THINGS)} had been paid for ${of(s.pick, REASONS)}.`]
      : [`Officials in ${place(n(s.pick, 9_000))} expected ${n(s.pick, 300)} million in costs ${of(s.pick, REASONS)}.`],
  (s) => [
    `A spokesperson for the `,
    { entity: s.org, text: s.org.name },
    ` declined to comment on whether ${of(s.pick, THINGS)} would cost more than ${n(s.pick, 800)} million.`,
  ],
  (s) => [
    `Critics, among them `,
    { entity: s.person, text: s.person.name },
    `, said ${of(s.pick, THINGS)} would leave ${n(s.pick, 70)} towns near ${place(n(s.pick, 9_000))} without help.`,
  ],
  (s) => [
    { entity: s.official, text: s.official.name },
    `, the ${s.official.role!.title.toLowerCase()}, told reporters in ${place(n(s.pick, 9_000))} that talks on ${of(s.pick, THINGS)} would resume in ${n(s.pick, 11)} weeks.`,
  ],
  (s) => [
    `Under the plan, the `,
    { entity: s.org, text: s.org.name },
    ` would ${of(s.pick, VERBS)} ${of(s.pick, THINGS)} by ${2021 + Math.floor(s.pick() * 9)}, according to a document seen by reporters.`,
  ],
  (s) =>
    s.again
      ? [`"We will not ${of(s.pick, VERBS)} ${of(s.pick, THINGS)} ${of(s.pick, REASONS)}," `, { entity: s.again, text: s.again.short! }, ` said.`]
      : [`Turnout in ${place(n(s.pick, 9_000))} was ${n(s.pick, 60)} percent, the electoral office said.`],
  (s) => [
    ...officialWithTitle(s),
    ` and `,
    { entity: s.person, text: s.person.name },
    ` disagreed over ${of(s.pick, THINGS)} at a hearing that lasted ${n(s.pick, 9)} hours.`,
  ],
  (s) => [`The `, { entity: s.org, text: s.org.name }, ` estimated that ${n(s.pick, 500)},000 households in ${place(n(s.pick, 9_000))} would be affected.`],
  (s) => [`Shares in companies tied to ${of(s.pick, THINGS)} fell ${n(s.pick, 12)} percent in ${place(n(s.pick, 9_000))} on ${of(s.pick, WEEKDAYS)}.`],
];
