/**
 * Function words and shapes of English news that the grammar reads names by: the connectors inside
 * names, name particles, the words that open sentences, verbs of saying. No names of anyone.
 */
import { HONORIFICS } from './honorifics';
import { ABBREVIATED_HEADS, ABBREVIATED_MODIFIERS } from './offices';

/**
 * Lower-case words inside people's names: Romance, Germanic and Dutch particles ("da Silva", "von der
 * Leyen", "van Dijk"), Arabic's "son of" and article ("bin Salman", "ibn Saud", "el-Sisi", "al-Thani")
 * and the Bantu languages' "of" ("Ngugi wa Thiong'o").
 */
export const NAME_PARTICLES = new Set(['de', 'del', 'da', 'do', 'dos', 'das', 'di', 'van', 'von', 'der', 'den', 'la', 'le', 'bin', 'ibn', 'bint', 'al', 'el', 'y', 'wa']);
/** Arabic's article, as English news joins it to a name by a hyphen: "al-Qaeda", "el-Sisi", "ash-Shabab". */
export const ARABIC_ARTICLES = new Set(['al', 'el', 'ad', 'an', 'ar', 'as', 'ash', 'at', 'az']);
/** Lower-case words that join the capitalised words of one name: the particles, "of", "for" and "and". */
export const CONNECTORS = new Set(['of', 'for', ...NAME_PARTICLES, 'and', '&']);
export const FUNCTION_WORDS = new Set([
  'without',
  'with',
  'for',
  'of',
  'in',
  'on',
  'at',
  'by',
  'from',
  'to',
  'the',
  'and',
  'or',
  'against',
  'into',
  'under',
  'over',
]);
export const ABBREVIATIONS = new Set([...HONORIFICS, ...ABBREVIATED_HEADS.keys(), ...ABBREVIATED_MODIFIERS.keys(), 'st', 'jr', 'sr', 'mt', 'ft', 'no', 'inc', 'corp', 'co', 'ltd']);
export const SPANISH_ARTICLES = new Set(['el', 'la', 'los', 'las']);

/** Short words that follow a hyphen after a name without being part of it: "Soviet-era", "Texas-based". */
export const NOT_NAME_HALVES = new Set([
  'era',
  'led',
  'run',
  'held',
  'made',
  'born',
  'wide',
  'like',
  'free',
  'type',
  'area',
  'zone',
  'side',
  'only',
  'rich',
  'poor',
  'bred',
]);
/** Words that open a sentence and never continue a name. */
export const SENTENCE_OPENERS = new Set([
  'the',
  'a',
  'an',
  'he',
  'she',
  'it',
  'they',
  'we',
  'i',
  'in',
  'on',
  'at',
  'but',
  'and',
  'this',
  'that',
  'his',
  'her',
  'its',
  'their',
]);
/**
 * Trades and kinds of company that open a sentence before a name, capitalised only because they
 * open it: "Rival Pellar Systems fell", "Chipmaker Corvana said", "Striker Ana Vidal scored".
 */
export const DESCRIPTOR_NOUNS = new Set([
  'rival', 'rivals', 'competitor', 'chipmaker', 'automaker', 'carmaker', 'drugmaker', 'planemaker', 'retailer', 'lender',
  'insurer', 'miner', 'brewer', 'conglomerate', 'startup', 'start-up', 'supplier', 'manufacturer', 'shipbuilder',
  'exporter', 'importer', 'refiner', 'billionaire', 'tycoon', 'entrepreneur', 'investor', 'economist', 'analyst',
  'striker', 'midfielder', 'defender', 'goalkeeper', 'batsman', 'bowler', 'singer', 'actor', 'actress', 'rapper',
  'novelist',
]);
export const SAY_VERBS = new Set(['said', 'says', 'told', 'added', 'stated', 'wrote', 'explained', 'argued', 'warned', 'noted']);

/**
 * Ranks of the clergy written before a full name: "Cardinal", "Archbishop", "Ayatollah". Neither the
 * rank nor the words before it ("Chicago Cardinal Joseph Bernardin") are part of the person's name.
 * Grammar only (the tagger's features do not read it).
 */
export const CLERGY_RANKS = new Set(['cardinal', 'archbishop', 'bishop', 'monsignor', 'abbot', 'patriarch', 'ayatollah', 'mufti', 'archdeacon']);

/**
 * Members of a party or a movement, written before a person's name, which they are no part of:
 * "Democrat Walter Mondale", "Republican Tom Alder", "Conservative Ana Vidal". Words that are also
 * common surnames, such as "Green", are left out.
 */
export const PARTY_MEMBERS = new Set([
  'democrat', 'republican', 'conservative', 'liberal', 'socialist', 'communist', 'tory', 'labourite', 'nationalist',
  'unionist', 'loyalist', 'republicans', 'democrats', 'maoist', 'islamist', 'federalist', 'centrist', 'peronist', 'gaullist',
]);

/**
 * The months and days of the week that are no one's given name: "In January," is a date, where
 * "April", "May", "June" and "August" may be a person's name and are left out.
 */
export const CALENDAR_WORDS = new Set([
  'january', 'february', 'march', 'july', 'september', 'october', 'november', 'december',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
]);
