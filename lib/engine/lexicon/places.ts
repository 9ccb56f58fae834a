/** Words around place names, so that places are not read as organisations or people: "the town of …", "… Airport", "Villa …", compass points. */

export const PLACE_NOUNS = new Set([
  'town',
  'city',
  'village',
  'state',
  'province',
  'region',
  'municipality',
  'county',
  'district',
  'neighbourhood',
  'neighborhood',
  'port',
  'island',
  'valley',
  'border',
  'capital',
  'area',
  'suburb',
  'in',
  'near',
  'to',
  'at',
  'around',
  'outside',
]);
export const PLACE_AFTER = new Set([
  'residence',
  'palace',
  'square',
  'airport',
  'prison',
  'border',
  'crossing',
  'neighborhood',
  'neighbourhood',
  'beach',
  'street',
  'avenue',
  'bridge',
  'river',
  'mountains',
  'valley',
  'state',
  'city',
  'municipality',
]);
/**
 * Kinds of administrative area, written in lower case after an area's name: "Kirov region", "the
 * Souss-Massa region", "Hebei province", "Kericho county", "Chiba prefecture", "Kharkiv oblast", Ethiopia's "Dawro zone".
 */
export const ADMINISTRATIVE_AREAS = new Set([
  'region', 'province', 'state', 'county', 'district', 'prefecture', 'oblast', 'krai', 'governorate', 'department', 'municipality', 'regency',
  'canton', 'voivodeship', 'territory', 'borough', 'commune', 'division', 'emirate', 'parish', 'wilaya', 'zone', 'woreda',
]);
/** First words of place names that end like organisations: "Villa Union", "San Juan Council". */
export const PLACE_HEADS = new Set([
  'villa',
  'ciudad',
  'san',
  'santa',
  'santo',
  'sao',
  'puerto',
  'port',
  'fort',
  'mount',
  'lake',
  'cape',
  'saint',
  'isla',
  'colonia',
  'nuevo',
  'nueva',
]);

const RIVER_SIDES = new Set(['west', 'east', 'north', 'south', 'left', 'right']);

/** Whether two words are a side of a river and "Bank", which name a place, not a bank: "West Bank", "Left Bank", "South Bank". */
export function isRiverBank(words: readonly string[]): boolean {
  return words.length === 2 && RIVER_SIDES.has(words[0]!.toLowerCase()) && words[1]!.toLowerCase() === 'bank';
}

/**
 * The world's continents and regions, as news names them: "North America", "the Middle East", "the
 * Sahel". A compass word before one ("Eastern Europe", "West Africa") keeps it a region. Places,
 * never organisations: "the BBC's North America editor".
 */
export const WORLD_REGIONS = new Set([
  'africa',
  'asia',
  'europe',
  'oceania',
  'antarctica',
  'arctic',
  'antarctic',
  'caribbean',
  'balkans',
  'baltics',
  'middle east',
  'near east',
  'far east',
  'america',
  'americas',
  'latin america',
  'eurasia',
  'sahel',
  'maghreb',
  'levant',
  'scandinavia',
  'horn of africa',
  'sub-saharan africa',
  'indo-pacific',
  'asia-pacific',
]);
/** Compass words before a region: "North America", "Southeast Asia", "Western Europe". */
export const REGION_COMPASS = new Set([
  'north',
  'south',
  'east',
  'west',
  'central',
  'northern',
  'southern',
  'eastern',
  'western',
  'northeast',
  'northwest',
  'southeast',
  'southwest',
  'northeastern',
  'northwestern',
  'southeastern',
  'southwestern',
]);
/** Whether words name a continent or region of the world: "Africa", "North America", "Southeast Asia". */
export function isWorldRegion(words: readonly string[]): boolean {
  const lower = words.map((w) => w.toLowerCase());
  const from = lower.length > 1 && REGION_COMPASS.has(lower[0]!) ? 1 : 0;
  return WORLD_REGIONS.has(lower.slice(from).join(' '));
}

/** Nouns after a name that make an organisation of it only when the name is not a people's, a direction or a side. */
export const BLOC_NOUNS = new Set(['bloc', 'alliance', 'coalition']);
export const COMPASS = new Set([
  'central',
  'western',
  'eastern',
  'northern',
  'southern',
  'atlantic',
  'pacific',
  'arab',
  'african',
  'european',
  'soviet',
  'communist',
  'opposition',
  'ruling',
]);

/**
 * The AP stylebook's abbreviations of US states, as datelines and party tags write them ("TOPEKA,
 * Kan.", "(D-N.Y.)"), without their full stops and in lower case. Places, never organisations.
 * Source: The Associated Press Stylebook, "state names".
 */
export const STATE_ABBREVIATIONS = new Set(['ala', 'ariz', 'ark', 'calif', 'colo', 'conn', 'del', 'fla', 'ga', 'ill', 'ind', 'kan', 'ky', 'la', 'md', 'mass', 'mich', 'minn', 'miss', 'mo', 'mont', 'neb', 'nev', 'nh', 'nj', 'nm', 'ny', 'nc', 'nd', 'okla', 'ore', 'pa', 'ri', 'sc', 'sd', 'tenn', 'vt', 'va', 'wash', 'wva', 'wis', 'wyo', 'dc']);

/**
 * Kinds of venue that end a place's name and no one's: "Brown Deer Park Golf Course", "Lilac Falls
 * Motel". ("Park", "Street" and "Arena" are surnames too, and left out.)
 */
export const VENUES = new Set(['course', 'stadium', 'airport', 'motel', 'racecourse', 'speedway', 'raceway', 'avenue', 'boulevard']);

/** Kinds of event, which no one's name holds: "World Series", "Davis Cup", "U.S. Open". */
export const EVENTS = new Set(['series', 'cup', 'championship', 'championships', 'tournament', 'olympics', 'games', 'open', 'trophy', 'classic', 'marathon', 'rally']);

/**
 * Kinds of vessel and craft, written in lower case before the name of one: "the aircraft carrier
 * Carl Vinson", "the tanker Ivo Star", "the space shuttle Atlantis". What follows is a ship's name,
 * no person's or organisation's.
 */
export const VESSELS = new Set([
  'carrier',
  'carriers',
  'ship',
  'ships',
  'warship',
  'warships',
  'battleship',
  'destroyer',
  'destroyers',
  'frigate',
  'frigates',
  'cruiser',
  'cruisers',
  'submarine',
  'submarines',
  'tanker',
  'tankers',
  'vessel',
  'vessels',
  'freighter',
  'ferry',
  'yacht',
  'liner',
  'trawler',
  'gunboat',
  'shuttle',
  'spacecraft',
]);
