/**
 * The grammar of organisation names: the heads and suffixes that make a capitalised phrase an
 * organisation ("State Department", "Ministry of Defence", "Sinaloa cartel", "Group of 20"),
 * the news agencies datelines and credits name, and the institutions news calls by a building.
 */

/** A capitalised last word that makes the phrase an organisation: "Woodrow Wilson Center". */
export const ORG_SUFFIXES = new Set([
  'department', 'ministry', 'center', 'centre', 'agency', 'board', 'police', 'cartel', 'council',
  'commission', 'committee', 'office', 'bureau', 'service', 'services', 'administration', 'authority',
  'institute', 'institution', 'foundation', 'university', 'college', 'bank', 'fund', 'party', 'union',
  'association', 'federation', 'organization', 'organisation', 'corporation', 'corp', 'inc', 'ltd',
  'llc', 'plc', 'company', 'court', 'tribunal', 'parliament', 'congress', 'senate', 'assembly', 'army',
  'navy', 'guard', 'force', 'forces', 'corps', 'network', 'news', 'times', 'post', 'journal', 'tribune', 'herald',
  'gazette', 'press', 'television', 'radio', 'channel', 'airlines', 'airways', 'motors', 'exchange',
  'reserve', 'alliance', 'coalition', 'front', 'movement', 'brigade', 'brigades', 'command', 'secretariat',
  'watch', 'endowment',
  'directorate', 'conference', 'club', 'society', 'league', 'group', 'gang', 'militia', 'cabinet',
  'ministries', 'prosecutor', 'prosecutors', 'watch', 'international', 'observatory', 'monitor',
  'network', 'broadcasting', 'daily', 'magazine', 'agency', 'caucus', 'chamber', 'academy', 'laboratory',
  'hospital', 'church', 'mission', 'taskforce', 'unit', 'tank', 'forum', 'trust',
]);

/** The trades that end companies' names, which the story may drop later: "Kestrel Foods" … "Kestrel". */
export const COMPANY_TRADES = new Set([
  'foods', 'systems', 'industries', 'technologies', 'pharmaceuticals', 'brands', 'enterprises', 'labs',
  'logistics', 'ventures', 'studios', 'electronics', 'chemicals', 'semiconductors', 'investments', 'partners',
]);

/**
 * Every last word that makes a capitalised phrase an organisation, for the grammar: `ORG_SUFFIXES`,
 * `COMPANY_TRADES` and plural heads ("Africa Centres for Disease Control"). The tagger's features read `ORG_SUFFIXES` alone, as its model was trained on.
 */
export const ORG_NAME_ENDS: ReadonlySet<string> = new Set([...ORG_SUFFIXES, ...COMPANY_TRADES, 'centres', 'centers']);

/** A first word that, with "of", makes an organisation: "Department of Justice", "Group of 20". */
export const ORG_HEADS = new Set([
  'department', 'ministry', 'bank', 'university', 'office', 'group', 'organization', 'organisation',
  'league', 'union', 'council', 'court', 'institute', 'federation', 'association', 'bureau', 'board',
  'secretariat', 'agency', 'church', 'house', 'chamber', 'commission', 'committee', 'party', 'army',
  'federal', 'national', 'united', 'people', 'coalition', 'alliance', 'movement', 'school', 'academy',
]);

/** Lower-case nouns after a capitalised name that make an organisation: "the Sinaloa cartel". */
/** The last words of companies' names: "Intel Corp", "Apple Inc". */
export const CORPORATE_SUFFIXES = new Set(['corp', 'corporation', 'inc', 'ltd', 'plc', 'llc', 'co', 'ag', 'sa', 'nv', 'holdings']);

export const ORG_TRAILING_NOUNS = new Set(['cartel', 'gang', 'militia', 'clan', 'syndicate', 'mafia', 'group', 'movement', 'bloc', 'alliance', 'coalition', 'party']);

/**
 * Public institutions that British style writes in lower case after their own name: "West Mercia
 * police", "Royal Shrewsbury hospital", "Kent county council" (the Guardian and Observer style guide,
 * "police", "hospitals", "councils"). After a known place they name the place's service, not an
 * institution of that name ("the Paris police"), so they count only after a name that is no place.
 */
export const INSTITUTION_TRAILING_NOUNS = new Set(['police', 'constabulary', 'hospital', 'council', 'infirmary']);

/** Nouns that, in apposition or before a name, say the name is an organisation. */
export const ORG_NOUNS = new Set([
  'group', 'organization', 'organisation', 'agency', 'newspaper', 'daily', 'network', 'broadcaster',
  'channel', 'station', 'magazine', 'website', 'outlet', 'company', 'firm', 'party', 'movement', 'cartel',
  'gang', 'militia', 'union', 'bank', 'ministry', 'department', 'institute', 'foundation', 'think-tank',
  'tank', 'coalition', 'alliance', 'federation', 'association', 'council', 'committee', 'commission',
  'tabloid', 'weekly', 'publication', 'broadcaster', 'network', 'syndicate', 'faction', 'wing',
  'organisation', 'charity', 'ngo', 'body', 'regulator', 'watchdog', 'body', 'operator', 'group',
]);

/** Words before a media name: "Mexican TV network Televisa", "radio station Formula". */
export const MEDIA_NOUNS = new Set(['network', 'station', 'channel', 'broadcaster', 'newspaper', 'daily', 'weekly', 'magazine', 'agency', 'outlet', 'website', 'tabloid']);

/**
 * Kinds of company and of regulator, in lower case right before a name, that make it an
 * organisation: "the online lender Plumbly", "the carmaker Velkor", "the tech giant Zorvane", "the
 * regulator Ofwat". Nouns that also name a person's trade (miner, developer, operator) or a ship (carrier) are not here;
 * nor are the makers of goods, which `isMakerNoun` reads ("phone maker", "chipmaker").
 */
export const COMPANY_NOUNS = new Set([
  'lender', 'retailer', 'insurer', 'reinsurer', 'airline', 'conglomerate', 'startup', 'start-up', 'refiner',
  'brewer', 'bank', 'firm', 'company', 'supplier', 'manufacturer', 'distributor', 'wholesaler', 'utility', 'chain',
  'exchange', 'giant', 'platform', 'app', 'brand', 'label', 'studio', 'shipbuilder', 'automaker', 'subsidiary',
  'affiliate', 'regulator', 'watchdog', 'charity', 'bookmaker', 'telecom', 'telco', 'outfit', 'parent',
  'consultancy', 'brokerage',
]);

/** Makers of goods, written as one word: "chipmaker", "carmaker". (The word "maker" itself, after the goods, is one too.) */
const MAKERS = new Set(['maker', 'chipmaker', 'carmaker', 'automaker', 'drugmaker', 'planemaker', 'steelmaker', 'toymaker', 'jetmaker', 'truckmaker', 'phonemaker', 'shipmaker', 'tiremaker', 'tyremaker', 'paintmaker', 'glassmaker', 'papermaker', 'winemaker', 'spiritsmaker']);

/** "maker", "chipmaker", "carmaker": a maker of goods is a company ("playmaker" and "lawmaker" are people). */
export function isMakerNoun(lower: string): boolean {
  return MAKERS.has(lower.replace(/s$/, ''));
}

/** News agencies by every form a dateline or credit writes them in, mapped to how a profile names them. */
export const NEWS_AGENCIES = new Map<string, string>([
  ['afp', 'AFP'], ['agence france-presse', 'AFP'], ['agence france presse', 'AFP'],
  ['reuters', 'Reuters'], ['thomson reuters', 'Reuters'],
  ['ap', 'AP'], ['associated press', 'AP'], ['the associated press', 'AP'],
  ['bloomberg', 'Bloomberg'], ['xinhua', 'Xinhua'], ['efe', 'EFE'], ['agencia efe', 'EFE'],
  ['dpa', 'DPA'], ['ansa', 'ANSA'], ['kyodo', 'Kyodo'], ['kyodo news', 'Kyodo'], ['yonhap', 'Yonhap'],
  ['tass', 'TASS'], ['ria novosti', 'RIA Novosti'], ['interfax', 'Interfax'], ['anadolu', 'Anadolu'],
  ['anadolu agency', 'Anadolu'], ['pti', 'PTI'], ['press trust of india', 'PTI'], ['upi', 'UPI'],
  ['united press international', 'UPI'], ['notimex', 'Notimex'], ['europa press', 'Europa Press'],
  ['canadian press', 'Canadian Press'], ['the canadian press', 'Canadian Press'], ['aap', 'AAP'],
  ['australian associated press', 'AAP'], ['jiji', 'Jiji'], ['jiji press', 'Jiji'], ['ians', 'IANS'],
  ['bernama', 'Bernama'], ['antara', 'Antara'], ['wafa', 'WAFA'], ['irna', 'IRNA'], ['sana', 'SANA'],
  ['ani', 'ANI'], ['bbc', 'BBC'], ['cnn', 'CNN'], ['al jazeera', 'Al Jazeera'],
]);

/** Institutions that news names by their seat: "the Pentagon said". */
export const INSTITUTIONS = new Set([
  'pentagon', 'white house', 'kremlin', 'congress', 'senate', 'house of representatives', 'parliament',
  'knesset', 'bundestag', 'duma', 'state duma', 'elysee', 'élysée', 'elysee palace', 'quai d\'orsay',
  'downing street', 'whitehall', 'vatican', 'holy see', 'supreme court', 'politburo', 'storting',
  'united nations', 'u.n.', 'un', 'european union', 'eu', 'african union', 'world bank', 'red cross',
  'taliban', 'hamas', 'hezbollah', 'interpol', 'europol', 'opec',
]);

/** The country whose seat of government an institution of `INSTITUTIONS` is: "Kremlin spokesman" speaks for Russia. */
export const INSTITUTION_COUNTRIES = new Map([
  ['pentagon', 'US'], ['white house', 'US'], ['kremlin', 'Russia'], ['knesset', 'Israel'], ['bundestag', 'Germany'], ['duma', 'Russia'],
  ['state duma', 'Russia'], ['elysee', 'France'], ['élysée', 'France'], ['elysee palace', 'France'], ["quai d'orsay", 'France'],
  ['downing street', 'UK'], ['whitehall', 'UK'], ['storting', 'Norway'], ['vatican', 'Vatican City'], ['holy see', 'Vatican City'],
]);

/**
 * The plural a party's members go by, which names the party after "the": "the Greens", "the Free
 * Democrats", "the Conservatives", "the Tories".
 */
export const PARTY_PLURALS = new Set([
  'greens', 'conservatives', 'democrats', 'republicans', 'liberals', 'socialists', 'tories', 'nationalists', 'communists', 'unionists',
  'progressives', 'dems', 'labourites', 'centrists', 'populists',
]);

/** Last words of newspapers' titles, which name a paper after "the" where a verb of reporting stands before: "told the Sunday Nation". */
export const NEWSPAPER_HEADS = new Set([
  'nation', 'standard', 'star', 'guardian', 'times', 'post', 'herald', 'telegraph', 'tribune', 'independent', 'observer', 'mirror', 'sun',
  'express', 'mail', 'chronicle', 'gazette', 'journal', 'daily', 'monitor', 'citizen', 'statesman', 'inquirer', 'globe', 'examiner', 'courier',
  'reporter', 'dispatch', 'record', 'review', 'bulletin',
]);

/** Words that open a newspaper's title: "the Sunday Nation", "the Daily Monitor". */
export const NEWSPAPER_OPENERS = new Set(['sunday', 'daily', 'weekly', 'evening', 'morning', 'saturday']);

/** Currencies' names, after which capitals name a currency, not a body: "CFA francs", "HK dollars". */
export const CURRENCY_WORDS = new Set([
  'franc', 'francs', 'dollar', 'dollars', 'euro', 'euros', 'peso', 'pesos', 'rupee', 'rupees', 'shilling', 'shillings', 'naira',
  'rand', 'yen', 'yuan', 'pound', 'pounds', 'dirham', 'dirhams', 'dinar', 'dinars', 'riyal', 'riyals', 'ringgit', 'baht', 'won',
]);

/** All-capital words that are not organisations: places, units, media words, times. */
export const NOT_ORG_ACRONYMS = new Set([
  'us', 'u.s', 'usa', 'uk', 'u.k', 'uae', 'dc', 'nyc', 'la', 'tv', 'am', 'pm', 'ceo', 'cfo', 'gdp', 'id',
  'ai', 'ipo', 'etf', 'ev', 'evs', 'ok', 'covid', 'covid-19', 'hiv', 'aids', 'dna', 'pdf', 'faq', 'usd', 'eur', 'gmt', 'utc', 'est', 'edt',
  'pst', 'pdt', 'cet', 'bst', 'ad', 'bc', 'ii', 'iii', 'iv', 'vi', 'vii', 'viii', 'ix', 'xi', 'xii', 'i',
  'a', 'mp', 'mps', 'vip', 'ngo', 'ngos', 'ps', 'pr', 'rip', 'cctv', 'sms', 'suv', 'ufo', 'vat', 'er', 'icu', 'a&e',
  'photo', 'photos', 'video', 'file', 'read', 'more', 'watch', 'live', 'update', 'updated', 'breaking',
  'news', 'opinion', 'advertisement', 'the', 'and', 'of', 'in', 'on', 'to', 'for', 'with', 'by', 'at',
  'dr', 'mr', 'mrs', 'ms', 'km', 'kg', 'mph', 'st', 'ave', 'no', 'vs',
  // US states' postal codes: "NC lawmakers approve new map".
  'nc', 'sc', 'nd', 'sd', 'nh', 'nj', 'nm', 'ny', 'wv', 'nv', 'az', 'ak', 'ar', 'ca', 'ct', 'fl', 'ga', 'hi', 'ia', 'il', 'ks', 'ky', 'mi',
  'mn', 'mo', 'ms', 'mt', 'ne', 'ri', 'tn', 'tx', 'ut', 'va', 'vt', 'wa', 'wi', 'wy',
  // Technical acronyms: parts, ports, formats and units, which no organisation is called.
  'cpu', 'cpus', 'gpu', 'gpus', 'tpu', 'npu', 'soc', 'hdmi', 'usb', 'vr', 'ar', 'xr', 'pc', 'pcs', 'api', 'apis', 'sdk', 'ssd', 'hdd',
  'ram', 'os', 'ui', 'ux', 'lcd', 'led', 'oled', 'hdr', 'wifi', 'nfc', 'gps', 'url', 'html', 'css', 'rgb', 'fps', 'ghz', 'mhz', 'gb',
  'tb', 'mb', 'kb', 'kw', 'kwh', 'mw', 'gw', 'lte', 'qr', 'ip', 'vpn', 'dns', 'saas', 'npc', 'rpg', 'llm', 'llms', 'ocr', 'cad', 'sim',
  'ir', 'aa', 'aaa', 'ddr3', 'ddr4', 'ddr5', 'gddr5', 'gddr6', 'dlc', 'hud', '4k', '8k',
]);

/** Organisation words that make an office of the title beside them: "Department of Public Safety director". */
export const GOVERNMENT_BODIES = new Set(['department', 'ministry', 'agency', 'police', 'office', 'bureau', 'commission', 'secretariat', 'administration', 'service', 'army', 'navy', 'government', 'council', 'court']);

/** Last words of the names of public bodies: a ministry, an agency, a court, the United Nations. */
export const PUBLIC_BODY_ENDS = new Set(['agency', 'ministry', 'treasury', 'department', 'commission', 'council', 'bureau', 'office', 'police', 'army', 'navy', 'court', 'fund', 'organization', 'organisation', 'union', 'nations', 'authority', 'service', 'committee', 'assembly', 'parliament', 'senate', 'government', 'administration', 'reserve', 'secretariat', 'supervisors', 'legislature', 'cabinet', 'directorate', 'inspectorate']);

/**
 * Last words of the names of bodies no state runs, and kinds of them in lower case: the president of a
 * "Workers' Federation", a "Football Association" or "the patients' rights group X" holds no public
 * office. (A name the bodies' lexicon knows, "European Union", or a country's, "Russian Federation", is public.)
 */
export const PRIVATE_BODY_ENDS = new Set([
  'federation', 'association', 'company', 'corporation', 'corp', 'inc', 'ltd', 'plc', 'group', 'club', 'society', 'foundation',
  'league', 'chamber', 'union', 'charity', 'firm', 'network', 'coalition', 'trust', 'project', 'initiative', 'incorporated', 'limited',
]);

/** Members a body no state runs is named for: "United Nurses of Alberta", "Apparel Workers' Federation". */
export const MEMBER_PLURALS = new Set([
  'workers', 'nurses', 'teachers', 'doctors', 'farmers', 'employees', 'employers', 'journalists', 'pilots', 'engineers', 'miners',
  'drivers', 'physicians', 'traders', 'manufacturers', 'exporters', 'producers', 'growers', 'retailers', 'bankers', 'lawyers',
  'students', 'industries', 'businesses', 'merchants', 'truckers', 'dockers', 'seafarers', 'writers', 'artists',
]);

/** Words that make a public institution of a bank: "European Central Bank", "World Bank". */
export const PUBLIC_BANK_WORDS = new Set(['central', 'reserve', 'world', 'development', 'investment', 'national', 'people’s', "people's"]);


/** Last words that make a place's name a sports club's: "Atlanta United", "Blackburn Rovers", "Wigan Athletic". */
export const CLUB_ENDS = new Set(['united', 'rovers', 'athletic', 'wanderers', 'albion', 'hotspur', 'fc']);
