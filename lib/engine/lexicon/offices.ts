/**
 * The grammar of office titles: "US Homeland Security Secretary", "Secretary of State",
 * "Minister of National Defense", "state police chief". A title is a head noun naming an office,
 * optionally preceded by words naming its portfolio and followed by "of/for" and a portfolio.
 * Nothing here names a person; these are the words English news uses for public office.
 */

/** Nouns that name a public office. Multi-word heads are listed as their last word with a prefix. */
export const OFFICE_HEADS = new Set([
  'president', 'vice-president', 'president-elect', 'premier', 'chancellor', 'minister', 'secretary',
  'secretary-general', 'undersecretary', 'under-secretary', 'general', 'attorney', 'ambassador', 'envoy',
  'governor', 'senator', 'congressman', 'congresswoman', 'congressmember', 'representative', 'lawmaker',
  'legislator', 'mayor', 'councillor', 'councilman', 'councilwoman', 'judge', 'magistrate', 'prosecutor',
  'sheriff', 'commissioner', 'chief', 'spokesman', 'spokeswoman', 'spokesperson', 'commander',
  'admiral', 'colonel', 'lieutenant', 'sergeant', 'marshal', 'director-general', 'king', 'queen',
  'emir', 'sultan', 'pope', 'chairman', 'chairwoman', 'chair', 'chairperson', 'speaker', 'consul', 'diplomat', 'deputy', 'superintendent',
  'inspector', 'comptroller', 'ombudsman', 'dictator', 'monarch', 'head', 'director', 'administrator',
  'adviser', 'advisor', 'justice', 'leader', 'mp', 'mep', 'msp', 'mla', 'mpp', 'mna', 'mha', 'mlc', 'prince', 'princess', 'counsel',
  'constable', 'negotiator', 'auditor', 'registrar', 'treasurer', 'assemblyman', 'assemblywoman', 'assemblymember', 'alderman',
  'taoiseach', 'tanaiste', 'tánaiste', 'voivode', 'controller',
  // A parliament's whips: "Chief Whip", "Government Whip", "Opposition Whip".
  'whip',
  // Indonesia's bupati, in English "regent": the head of a regency. A UN or a parliament's "special rapporteur"; a committee's "convener".
  'regent', 'rapporteur', 'convener', 'convenor',
  // The heads of regions and towns in Kazakhstan ("akim"), in Morocco and Algeria ("wali") and of
  // Turkey's districts ("kaymakam"), as English-language news writes them.
  'akim', 'wali', 'kaymakam',
]);

/**
 * Abbreviated titles written before a name, with a full stop or without one as British and
 * Commonwealth papers write them: "Sen. Ted Cruz", "Sgt Mark Bell", "Cllr Jane Hart", "PM Ann Lee",
 * Kenya's "Interior CS" (Cabinet Secretary) and "PS" (Principal Secretary), Nigeria's "IGP".
 */
export const ABBREVIATED_HEADS = new Map([
  ['sen', 'Senator'], ['sens', 'Senators'], ['gov', 'Governor'], ['gen', 'General'], ['adm', 'Admiral'], ['rep', 'Representative'],
  ['reps', 'Representatives'], ['col', 'Colonel'], ['lt', 'Lieutenant'], ['sgt', 'Sergeant'], ['pres', 'President'], ['amb', 'Ambassador'],
  ['cmdr', 'Commander'], ['supt', 'Superintendent'], ['insp', 'Inspector'], ['cllr', 'Councillor'], ['maj', 'Major'], ['brig', 'Brigadier'],
  ['cpl', 'Corporal'], ['commr', 'Commissioner'], ['cmsr', 'Commissioner'], ['sec', 'Secretary'], ['const', 'Constable'],
]);

/** Titles written as initials in capitals before a name: "PM Ann Lee", "Utah AG Derek Lund", "Interior CS Tom Oduya". */
export const INITIALISM_HEADS = new Map([
  ['pm', 'Prime Minister'], ['dpm', 'Deputy Prime Minister'], ['ag', 'Attorney General'], ['cs', 'Cabinet Secretary'], ['ps', 'Principal Secretary'],
  ['cj', 'Chief Justice'], ['dg', 'Director-General'], ['igp', 'Inspector-General of Police'], ['vp', 'Vice President'], ['dci', 'Detective Chief Inspector'],
  ['pc', 'Police Constable'], ['da', 'District Attorney'],
]);

/** Abbreviated words that qualify a title: "Det Supt", "Ch Insp", "Dep Commr". */
export const ABBREVIATED_MODIFIERS = new Map([
  ['det', 'Detective'], ['ch', 'Chief'], ['dep', 'Deputy'], ['asst', 'Assistant'], ['actg', 'Acting'], ['assoc', 'Associate'],
]);

/**
 * Heads that only name an office with a portfolio or a government word beside them: a "chief" of
 * police is an official, a "chief" executive is not; "head" and "deputy" likewise.
 */
export const HEADS_NEEDING_PORTFOLIO = new Set([
  'chief', 'head', 'director', 'administrator', 'deputy', 'chairman', 'chairwoman', 'chair', 'chairperson', 'speaker', 'inspector', 'director-general',
  // "national security adviser Jake Sullivan" holds an office; "a senior adviser" need not.
  'adviser', 'advisor',
  // "Senate Majority Leader Chuck Schumer", "opposition leader"; not "cartel leader".
  'leader',
  // "Crown Prince Mohammed bin Salman" holds an office of state; "Prince Harry" does not.
  'prince', 'princess',
  // "Police Commissioner", "EU Commissioner"; not "Major League Soccer commissioner".
  'commissioner',
  // "the U.N. special rapporteur on water", "the Holyrood committee's convener"; not a conference's rapporteur or a union's convener.
  'rapporteur', 'convener', 'convenor',
  // "Special Counsel Jack Smith"; not a company's general counsel.
  'counsel',
  // "District Attorney Ann Lee", "the U.S. attorney for Maryland"; not "X, an attorney," or "a defense attorney".
  'attorney',
  // "the country's chief negotiator", "police officer", "the city's treasurer"; not a union's or a company's.
  'negotiator', 'registrar', 'treasurer', 'auditor',
  // "Controller of Budget" (Kenya), "Controller and Auditor General" (Tanzania); not an air traffic controller.
  'controller',
]);

/**
 * Heads that name a seat in a legislature, whoever's party or place stands before them ("Pasok MP",
 * "Likud lawmaker") and whatever constituency follows after "for" ("MP for Bristol West", "TD for
 * Cork South-Central", "Senator for Victoria").
 */
export const LEGISLATOR_HEADS = new Set([
  'mp', 'mps', 'mep', 'msp', 'mla', 'mpp', 'td', 'lawmaker', 'legislator', 'senator', 'congressman', 'congresswoman', 'deputy',
  // Members of Canada's provincial assemblies (Quebec's National Assembly, Newfoundland's House of
  // Assembly) and of the legislative councils of Australia's and India's states.
  'mna', 'mha', 'mlc',
]);

/**
 * Words that name a legislature, as its head ("parliament", "the National Assembly", "Iraq's Council
 * of Representatives", "the House of Commons") or as a country's own name for it ("the Bundestag",
 * "the Knesset", "the Sejm", "the Dáil").
 */
export const LEGISLATURE_WORDS = new Set([
  'parliament', 'congress', 'senate', 'assembly', 'legislature', 'house', 'commons', 'lords', 'representatives', 'deputies', 'councillors',
  'bundestag', 'bundesrat', 'knesset', 'duma', 'sejm', 'senat', 'storting', 'riksdag', 'folketing', 'eduskunta', 'althing', 'majlis', 'diet',
  'dáil', 'dail', 'seanad', 'oireachtas', 'cortes', 'rada', 'sabha', 'yuan', 'national council', 'federal council',
  // Central Asia's national and local assemblies (Kazakhstan's Mazhilis and maslikhats, Kyrgyzstan's
  // Kenesh, Turkmenistan's Mejlis, Mongolia's Khural), the Baltic and Croatian parliaments, Myanmar's
  // Hluttaw and Bangladesh's Sangsad.
  'mazhilis', 'maslikhat', 'kenesh', 'mejlis', 'khural', 'saeima', 'seimas', 'riigikogu', 'sabor', 'hluttaw', 'sangsad',
]);

/**
 * The country a national legislature's own-language name says (`LEGISLATURE_WORDS`): "a member of the
 * Saeima" sits in Latvia's parliament. Names shared by several countries ("Majlis", "Rada", "Sabha",
 * "Bundesrat") are left out, for the story to give; those that are seats of government too ("Knesset",
 * "Storting") are in `INSTITUTION_COUNTRIES`.
 */
export const LEGISLATURE_COUNTRIES = new Map([
  ['sejm', 'Poland'], ['riksdag', 'Sweden'],
  ['folketing', 'Denmark'], ['eduskunta', 'Finland'], ['althing', 'Iceland'], ['dáil', 'Ireland'], ['dail', 'Ireland'], ['seanad', 'Ireland'],
  ['oireachtas', 'Ireland'], ['mazhilis', 'Kazakhstan'], ['maslikhat', 'Kazakhstan'], ['kenesh', 'Kyrgyzstan'], ['mejlis', 'Turkmenistan'],
  ['saeima', 'Latvia'], ['seimas', 'Lithuania'], ['riigikogu', 'Estonia'], ['sabor', 'Croatia'], ['hluttaw', 'Myanmar'], ['sangsad', 'Bangladesh'],
]);

/** Heads that name a public rank without a portfolio when written capitalised before a name: "Commissioner Ann Lee", "Officer Jo Fox", "Treasurer Jim Alder" (a government's treasurer, as in Australia and the US states), "Deputy Ana Ruiz" (a legislature's deputy, or a sheriff's). */
export const CAPITALISED_RANKS = new Set(['commissioner', 'inspector', 'constable', 'treasurer', 'deputy']);

/**
 * Words that qualify an office before its head, read by the grammar alone (the tagger's features
 * read `PORTFOLIO_WORDS`): "Coordinating Minister for Economic Affairs" (Indonesia), "Presiding
 * Judge", "Managing Director", "Supervising Prosecutor".
 */
export const HEAD_QUALIFIERS = new Set(['coordinating', 'presiding', 'managing', 'supervising', 'ranking', 'executive', 'resident']);

/** Heads that a further portfolio or head may follow: "Deputy Prime Minister", "Chief Justice". */
export const MODIFIER_HEADS = new Set(['deputy', 'chief', 'vice', 'acting', 'assistant', 'under', 'senior']);

/** Words that qualify a head or name its portfolio: "Homeland Security", "Foreign", "Navy", "state police". */
export const PORTFOLIO_WORDS = new Set([
  'homeland', 'security', 'state', 'defense', 'defence', 'national', 'justice', 'treasury', 'interior', 'police', 'fed',
  'foreign', 'affairs', 'home', 'health', 'education', 'energy', 'commerce', 'labor', 'labour',
  'agriculture', 'transportation', 'transport', 'finance', 'finances', 'economy', 'economic', 'trade',
  'public', 'safety', 'navy', 'naval', 'army', 'air', 'force', 'forces', 'marine', 'marines', 'corps',
  'veterans', 'housing', 'urban', 'development', 'environment', 'environmental', 'culture', 'tourism',
  'communications', 'information', 'immigration', 'relations', 'intelligence', 'emergency', 'social',
  'welfare', 'industry', 'mines', 'mining', 'petroleum', 'oil', 'water', 'resources', 'natural', 'legal',
  'prime', 'vice', 'deputy', 'acting', 'former', 'chief', 'attorney', 'senior', 'assistant', 'under',
  'federal', 'regional', 'provincial', 'municipal', 'police', 'human', 'rights', 'women', 'children',
  'family', 'youth', 'sports', 'science', 'technology', 'digital', 'climate', 'budget', 'planning',
  'fisheries', 'forestry', 'land', 'lands', 'infrastructure', 'works', 'cabinet', 'presidential',
  'solicitor', 'district', 'minority', 'majority', 'senate', 'house', 'border', 'protection', 'customs',
  'revenue', 'tax', 'armed', 'joint', 'staff', 'chiefs', 'general', 'military', 'government', 'county',
  'city', 'interim', 'outgoing', 'incoming', 'first', 'second', 'lady', 'supreme', 'court', 'high',
  'appeals', 'circuit', 'crown', 'special', 'trade', 'counterterrorism', 'counter-terrorism',
  'anti-narcotics', 'narcotics', 'drug', 'drugs', 'enforcement', 'coast', 'guard', 'prisons', 'police',
  'commerce', 'consumer', 'competition', 'statistics', 'ports', 'aviation', 'elections', 'electoral',
  'party', 'opposition', 'parliamentary', 'european', 'union', 'un', 'nato', 'cia', 'fbi', 'general',
  'cyber', 'space', 'oceans', 'exterior', 'religious', 'minorities', 'the',
  'permanent', 'principal', 'shadow', 'central', 'associate', 'election', 'detective', 'peace', 'refugees', 'monetary', 'policy', 'constabulary',
]);

/**
 * Owners whose possessive makes the title after it an office: "the country's chief negotiator",
 * "the president-elect's economy minister", "the agency's competition bureau".
 */
export const GOVERNMENT_OWNERS = new Set([
  'country', 'nation', 'government', 'state', 'kingdom', 'republic', 'administration', 'ministry', 'president', 'elect', 'premier', 'cabinet',
  'bloc', 'agency', 'police', 'army', 'military', 'city', 'province', 'county', 'council', 'regime', 'junta', 'parliament', 'court', 'bank',
  'commission', 'fund', 'union', 'department', 'office', 'navy', 'force', 'forces', 'governor', 'mayor', 'chancellor', 'emirate', 'monarchy',
  'regency', 'district', 'municipality', 'prefecture', 'region', 'territory',
]);

/** Portfolios of two lower-case words that are government service: "head of public service". */
export const GOVERNMENT_PHRASES = new Set([
  'public service', 'civil service', 'public safety', 'public prosecutions', 'public works', 'public health', 'central bank',
  // Councils of local government: "the regional council chair", "a district council member".
  'regional council', 'district council', 'municipal council', 'provincial council', 'town council', 'local council', 'parish council',
  'borough council', 'state council',
]);

/**
 * Words of government after a country or demonym, which tie a story to that country: "Kenya's
 * cabinet", "Mexican authorities". (Titles are left out: a title's country counts through its role.)
 */
export const GOVERNMENT_NOUNS = new Set([
  'government', 'cabinet', 'authorities', 'officials', 'official', 'police', 'army', 'military', 'presidency', 'parliament', 'ministry',
  'lawmakers', 'legislature', 'senate', 'congress', 'navy', 'forces', 'troops', 'administration', 'state', 'leaders', 'regime', 'junta',
  'embassy', 'diplomats', 'judiciary', 'courts',
]);

/** Staff an official's possessive names: "his spokesman", "her chief of staff", whose office serves the official's. */
export const STAFF_HEADS = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'aide', 'adviser', 'advisor']);

/**
 * Ranks below an office, written in lower case before its capitalised title: "Kenya's deputy President",
 * "South Korean deputy Foreign Minister". Part of the title: a deputy is not the president.
 */
export const LOWER_RANKS = new Set(['deputy', 'vice', 'assistant', 'junior']);

/** Words of tenure that open a title, before its country: "Former U.S. President", "Outgoing Kenyan Chief Justice". */
export const TENURE_WORDS = new Set(['former', 'outgoing', 'incoming', 'acting', 'interim', 'current', 'incumbent']);

/** Portfolio words that name a government office in their own right (so "police chief" is an office). */
export const GOVERNMENT_PORTFOLIOS = new Set([
  'police', 'army', 'navy', 'military', 'government', 'state', 'defense', 'defence', 'security', 'fed',
  'cabinet', 'senate', 'house', 'presidential', 'staff', 'interior', 'justice', 'foreign', 'intelligence', 'majority', 'minority',
  'federal', 'provincial', 'municipal', 'county', 'city', 'district', 'customs', 'border', 'immigration',
  'party', 'opposition', 'parliamentary', 'un', 'nato', 'cia', 'fbi', 'air', 'force', 'forces', 'guard',
  'prisons', 'enforcement', 'armed', 'joint', 'supreme', 'court', 'electoral', 'elections', 'crown', 'special',
]);

/**
 * Titles whose first word is a government's elsewhere ("defense", "staff", "immigration") but which
 * name a lawyer in private practice or on a group's staff: "defense attorney Ann Lee", "X, a staff
 * attorney with the … Project,".
 */
export const PRIVATE_PRACTICE_TITLES = new Set([
  'defense attorney', 'defence attorney', 'defense counsel', 'defence counsel', 'staff attorney', 'trial attorney', 'immigration attorney',
  'defense lawyer', 'defence lawyer', 'immigration lawyer', 'staff lawyer',
]);

/** Nouns for people who are not officials: experts, journalists, criminals. */
export const PERSON_DESCRIPTORS = new Set([
  'expert', 'analyst', 'journalist', 'reporter', 'photographer', 'correspondent', 'editor', 'writer',
  'author', 'professor', 'researcher', 'scholar', 'economist', 'lawyer', 'activist', 'kingpin', 'boss',
  'businessman', 'businesswoman', 'executive', 'founder', 'actor', 'actress', 'singer', 'player', 'coach',
  'student', 'resident', 'witness', 'victim', 'suspect', 'priest', 'doctor', 'director', 'fellow',
  'consultant', 'historian', 'scientist', 'novelist', 'columnist', 'blogger', 'artist', 'musician',
  'entrepreneur', 'investor', 'trafficker', 'smuggler', 'capo', 'leader', 'member', 'mother', 'father',
  'son', 'daughter', 'wife', 'husband', 'brother', 'sister', 'farmer', 'worker', 'teacher', 'manager',
  'ceo', 'specialist', 'strategist', 'adviser', 'advisor', 'critic', 'pollster',
]);

/**
 * American-English cabinet titles that name the US office unless the text says otherwise:
 * "Secretary of State Rex Tillerson" needs no "US" for a reader of American news.
 */
export const US_CABINET_TITLES =
  /^(state department (spokesman|spokeswoman|spokesperson)|secretary of (state|defense|homeland security|the treasury|veterans affairs|housing and urban development|health and human services)|(homeland security|defense|treasury) secretary)$/i;

/**
 * Titles that name one country's office where the story is about no other country, each with that
 * country: "Attorney General Jane Roe" is the US's, but Colombia's in a story from Bogota, and so is
 * "Education Secretary" in one from Manila; "Home Secretary" is the UK's, but India's in a story
 * from Delhi.
 */
export const USUAL_TITLE_COUNTRIES: readonly (readonly [RegExp, string])[] = [
  [
    /^(attorney general|secretary of (the interior|agriculture|commerce|labor|energy|education|transportation)|(interior|agriculture|commerce|labor|energy|education|transportation) secretary)$/i,
    'US',
  ],
  [/^(home secretary|foreign secretary|chancellor of the exchequer|lord chancellor|chief secretary to the treasury|shadow .+)$/i, 'UK'],
];

/** The office another country's counterpart of a US cabinet secretary holds: "his Ukrainian counterpart" of the Secretary of State. */
export const US_CABINET_COUNTERPARTS: readonly (readonly [RegExp, string])[] = [
  [/^(us |u\.s\. )?(secretary of state)$/i, 'Foreign Minister'],
  [/^(us |u\.s\. )?(secretary of defense|defense secretary)$/i, 'Defense Minister'],
  [/^(us |u\.s\. )?(secretary of the treasury|treasury secretary)$/i, 'Finance Minister'],
  [/^(us |u\.s\. )?(secretary of homeland security|homeland security secretary)$/i, 'Interior Minister'],
  [/^(us |u\.s\. )?attorney general$/i, 'Justice Minister'],
];

/** Offices held over a place, which the words before them name: "Los Angeles Mayor", "Ohio Governor". */
export const JURISDICTION_HEADS = new Set([
  'mayor', 'governor', 'sheriff', 'premier', 'councillor', 'councilman', 'councilwoman', 'regent', 'akim', 'wali', 'kaymakam',
]);
