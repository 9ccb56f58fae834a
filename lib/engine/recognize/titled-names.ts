/**
 * Reads a name after an office title in one capitalised phrase: "Secretary of State Rex Tillerson",
 * "United Nations Secretary-General Antonio Guterres", "Chief Financial Officer Colette Kress", and a
 * public body's office before a name ("European Central Bank President Christine Lagarde").
 */
import { countryOfSubnational } from '../lexicon/countries';
import { ABBREVIATED_HEADS, HEADS_NEEDING_PORTFOLIO, HONORIFICS, OFFICE_HEADS, PERSON_DESCRIPTORS, US_CABINET_TITLES } from '../lexicon/offices';
import { demonymBefore } from './countries';
import { institutionAt, publicBodyTitle } from './public-bodies';
import { readChunk } from './read-chunk';
import { nicknameOf, personName, type StatedRole, type Reading, type Verdict } from './sightings';
import { coordinatedTitleStart, governmentTitleIn, readTitle, type Title } from './titles';
import { looksLikePersonName, spanText } from './words';

/** Where the name starts after a title: past an honorific, a descriptor ("Chief Executive"), or "… Officer". */
function nameStart(r: Reading, title: Title): number {
  const { tokens } = r.tagged;
  const to = r.to;
  let nameFrom = title.end;
  if (nameFrom < to && HONORIFICS.has(tokens[nameFrom]!.lower)) nameFrom++;
  // "Chief Executive Elon Musk": the descriptor completes the title, and is no part of the name.
  while (nameFrom < to - 1 && PERSON_DESCRIPTORS.has(tokens[nameFrom]!.lower) && !OFFICE_HEADS.has(tokens[nameFrom]!.lower)) nameFrom++;
  // "Chief Financial Officer Colette Kress": a company's officer title runs to "Officer".
  if (title.headLower === 'chief') for (let k = nameFrom; k < Math.min(to - 1, nameFrom + 3); k++) if (tokens[k]!.lower === 'officer') nameFrom = k + 1;
  return nameFrom;
}

/** The office a title states, or null for a head that names none here ("Chief Executive"). */
function titledRole(r: Reading, title: Title, institution: number): StatedRole | null {
  const { tokens, text } = r.tagged;
  const { chunk, from } = r;
  // "Chief Gideon Cody" in a story about "the police chief of Marion": the document says which chief.
  const statedElsewhere = title.end - from === 1 && HEADS_NEEDING_PORTFOLIO.has(title.headLower) ? governmentTitleIn(text, title.headLower) : null;
  const isOffice = !HEADS_NEEDING_PORTFOLIO.has(title.headLower) || title.hasGovernmentWord || institution > 0 || statedElsewhere !== null;
  if (!isOffice) return null;
  let titleText =
    statedElsewhere ?? spanText(text, tokens, from, title.end).replace(/\b(\p{L}+)$/u, (word) => ABBREVIATED_HEADS.get(word.toLowerCase()) ?? word);
  // "Norway's Climate and Environment Minister": the title began before the "and".
  const coordinated = from === chunk.from ? coordinatedTitleStart(tokens, chunk.from) : null;
  if (coordinated) titleText = `${text.slice(tokens[coordinated.start]!.start, tokens[chunk.from - 1]!.end)} ${titleText}`;
  let country = r.country ?? coordinated?.country ?? demonymBefore(tokens, chunk.from) ?? countryOfSubnational(tokens[from]!.word) ?? title.jurisdiction;
  if (!country && US_CABINET_TITLES.test(titleText)) country = 'US';
  return { title: titleText, country };
}

/**
 * A title, then a name: the person with the office the title states (or a private person where the
 * head names no office). `[]` for a title alone ("the Mexican President's office"); `null` where the
 * phrase holds no title, or the words after it are not a name.
 */
export function readTitledName(r: Reading): Verdict {
  const { tokens } = r.tagged;
  const { chunk, from, to } = r;
  // An institution before a title is its jurisdiction: "United Nations Secretary-General Antonio Guterres".
  const institution = institutionAt(tokens, from, to);
  const title = readTitle(tokens, institution ? from + institution : from, to);
  if (!title) return publicBodyTitle(r.tagged, chunk);
  const nameFrom = nameStart(r, title);
  for (let k = nameFrom + 1; k < to; k++) {
    if (tokens[k]!.lower === 'of' || tokens[k]!.lower === 'for' || tokens[k]!.lower === 'and') return readChunk(r.tagged, { from: chunk.from, to: k });
  }
  if (nameFrom >= to) return [];
  if (!looksLikePersonName(tokens, nameFrom, to)) return null;
  const role = titledRole(r, title, institution);
  return [
    {
      kind: 'person',
      name: personName(r.tagged, nameFrom, to, chunk),
      start: tokens[nameFrom]!.start,
      end: tokens[to - 1]!.end,
      sentence: r.sentence,
      ...(role ? { role } : { private: true }),
      ...nicknameOf(r.tagged, chunk),
    },
  ];
}
