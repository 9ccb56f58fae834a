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
