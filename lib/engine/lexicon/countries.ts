/**
 * Countries as news text names them: names, short forms and demonyms, each mapped to the name a
 * profile shows. Used to read the country a role is for ("Mexican President", "Canada's Minister").
 */
const COUNTRY_FORMS: Record<string, string[]> = {
  US: ['us', 'u.s.', 'usa', 'u.s.a.', 'united states', 'america', 'american'],
  UK: ['uk', 'u.k.', 'britain', 'great britain', 'united kingdom', 'british', 'england', 'english', 'scotland', 'scottish', 'wales', 'welsh', 'northern ireland'],
  Mexico: ['mexico', 'mexican'],
  Canada: ['canada', 'canadian'],
  Guatemala: ['guatemala', 'guatemalan'],
  Honduras: ['honduras', 'honduran'],
  'El Salvador': ['el salvador', 'salvadoran', 'salvadorean'],
  Nicaragua: ['nicaragua', 'nicaraguan'],
  'Costa Rica': ['costa rica', 'costa rican'],
  Panama: ['panama', 'panamanian'],
  Cuba: ['cuba', 'cuban'],
  Haiti: ['haiti', 'haitian'],
  'Dominican Republic': ['dominican republic', 'dominican'],
  Colombia: ['colombia', 'colombian'],
  Venezuela: ['venezuela', 'venezuelan'],
  Ecuador: ['ecuador', 'ecuadorian', 'ecuadorean'],
  Peru: ['peru', 'peruvian'],
  Bolivia: ['bolivia', 'bolivian'],
  Brazil: ['brazil', 'brazilian'],
  Argentina: ['argentina', 'argentine', 'argentinian'],
  Chile: ['chile', 'chilean'],
  Uruguay: ['uruguay', 'uruguayan'],
  Paraguay: ['paraguay', 'paraguayan'],
  France: ['france', 'french'],
  Germany: ['germany', 'german'],
  Spain: ['spain', 'spanish'],
  Portugal: ['portugal', 'portuguese'],
  Italy: ['italy', 'italian'],
  Netherlands: ['netherlands', 'dutch', 'holland'],
  Belgium: ['belgium', 'belgian'],
  Switzerland: ['switzerland', 'swiss'],
  Austria: ['austria', 'austrian'],
  Ireland: ['ireland', 'irish'],
  Sweden: ['sweden', 'swedish'],
  Norway: ['norway', 'norwegian'],
  Denmark: ['denmark', 'danish'],
  Finland: ['finland', 'finnish'],
  Poland: ['poland', 'polish'],
  Greece: ['greece', 'greek', 'hellenic'],
  Hungary: ['hungary', 'hungarian'],
  Romania: ['romania', 'romanian'],
  Ukraine: ['ukraine', 'ukrainian'],
  Russia: ['russia', 'russian'],
  Belarus: ['belarus', 'belarusian'],
  Turkey: ['turkey', 'turkish', 'turkiye'],
  Israel: ['israel', 'israeli'],
  Palestine: ['palestine', 'palestinian'],
  Lebanon: ['lebanon', 'lebanese'],
  Syria: ['syria', 'syrian'],
  Iraq: ['iraq', 'iraqi'],
  Iran: ['iran', 'iranian'],
  Jordan: ['jordan', 'jordanian'],
  Egypt: ['egypt', 'egyptian'],
  'Saudi Arabia': ['saudi arabia', 'saudi'],
  'United Arab Emirates': ['united arab emirates', 'uae', 'emirati'],
  Qatar: ['qatar', 'qatari'],
  Yemen: ['yemen', 'yemeni'],
  Afghanistan: ['afghanistan', 'afghan'],
  Pakistan: ['pakistan', 'pakistani'],
  India: ['india', 'indian'],
  Bangladesh: ['bangladesh', 'bangladeshi'],
  China: ['china', 'chinese'],
  Japan: ['japan', 'japanese'],
  'South Korea': ['south korea', 'south korean'],
  'North Korea': ['north korea', 'north korean'],
  Taiwan: ['taiwan', 'taiwanese'],
  Vietnam: ['vietnam', 'vietnamese'],
  Thailand: ['thailand', 'thai'],
  Philippines: ['philippines', 'philippine', 'filipino'],
  Indonesia: ['indonesia', 'indonesian'],
  Malaysia: ['malaysia', 'malaysian'],
  Singapore: ['singapore', 'singaporean'],
  Australia: ['australia', 'australian'],
  'New Zealand': ['new zealand'],
  Nigeria: ['nigeria', 'nigerian'],
  Kenya: ['kenya', 'kenyan'],
  Ethiopia: ['ethiopia', 'ethiopian'],
  'South Africa': ['south africa', 'south african'],
  Morocco: ['morocco', 'moroccan'],
  Algeria: ['algeria', 'algerian'],
  Tunisia: ['tunisia', 'tunisian'],
  Libya: ['libya', 'libyan'],
  Sudan: ['sudan', 'sudanese'],
  // The rest of the world's countries. Left out: names that are also common first names or US states
  // ("Chad", "Georgia"), which keep only their demonyms.
  'Czech Republic': ['czech republic', 'czechia', 'czech'],
  Slovakia: ['slovakia', 'slovak'],
  Slovenia: ['slovenia', 'slovenian', 'slovene'],
  Croatia: ['croatia', 'croatian'],
  Serbia: ['serbia', 'serbian'],
  'Bosnia and Herzegovina': ['bosnia and herzegovina', 'bosnia', 'bosnian'],
  Montenegro: ['montenegro', 'montenegrin'],
  'North Macedonia': ['north macedonia', 'macedonia', 'macedonian'],
  Albania: ['albania', 'albanian'],
  Kosovo: ['kosovo', 'kosovar'],
  Bulgaria: ['bulgaria', 'bulgarian'],
  Moldova: ['moldova', 'moldovan'],
  Lithuania: ['lithuania', 'lithuanian'],
  Latvia: ['latvia', 'latvian'],
  Estonia: ['estonia', 'estonian'],
  Iceland: ['iceland', 'icelandic'],
  Luxembourg: ['luxembourg'],
  Malta: ['malta', 'maltese'],
  Cyprus: ['cyprus', 'cypriot'],
  Armenia: ['armenia', 'armenian'],
  Azerbaijan: ['azerbaijan', 'azerbaijani', 'azeri'],
  Georgia: ['georgian'],
  'Vatican City': ['vatican', 'holy see'],
  Kazakhstan: ['kazakhstan', 'kazakh'],
  Uzbekistan: ['uzbekistan', 'uzbek'],
  Kyrgyzstan: ['kyrgyzstan', 'kyrgyz'],
  Tajikistan: ['tajikistan', 'tajik'],
  Turkmenistan: ['turkmenistan', 'turkmen'],
  Mongolia: ['mongolia', 'mongolian'],
  Nepal: ['nepal', 'nepali', 'nepalese'],
  'Sri Lanka': ['sri lanka', 'sri lankan'],
  Bhutan: ['bhutan', 'bhutanese'],
  Maldives: ['maldives', 'maldivian'],
  Myanmar: ['myanmar', 'burma', 'burmese'],
  Cambodia: ['cambodia', 'cambodian'],
  Laos: ['laos', 'laotian'],
  Brunei: ['brunei', 'bruneian'],
  'Timor-Leste': ['timor-leste', 'east timor', 'timorese'],
  Kuwait: ['kuwait', 'kuwaiti'],
  Bahrain: ['bahrain', 'bahraini'],
  Oman: ['oman', 'omani'],
  'Papua New Guinea': ['papua new guinea'],
  Fiji: ['fiji', 'fijian'],
  Samoa: ['samoa', 'samoan'],
  Tonga: ['tonga', 'tongan'],
  'Solomon Islands': ['solomon islands'],
  Vanuatu: ['vanuatu'],
  Ghana: ['ghana', 'ghanaian'],
  Senegal: ['senegal', 'senegalese'],
  Mali: ['mali', 'malian'],
  'Burkina Faso': ['burkina faso', 'burkinabe'],
  Niger: ['niger', 'nigerien'],
  Chad: ['chadian'],
  Mauritania: ['mauritania', 'mauritanian'],
  Gambia: ['gambia', 'the gambia', 'gambian'],
  Guinea: ['guinea', 'guinean'],
  'Guinea-Bissau': ['guinea-bissau'],
  'Sierra Leone': ['sierra leone', 'sierra leonean'],
  Liberia: ['liberia', 'liberian'],
  'Ivory Coast': ['ivory coast', "cote d'ivoire", "côte d'ivoire", 'ivorian'],
  Togo: ['togo', 'togolese'],
  Benin: ['benin', 'beninese'],
  Cameroon: ['cameroon', 'cameroonian'],
  'Central African Republic': ['central african republic'],
  Gabon: ['gabon', 'gabonese'],
  'Equatorial Guinea': ['equatorial guinea'],
  'Democratic Republic of Congo': ['democratic republic of congo', 'democratic republic of the congo', 'drc', 'congolese', 'zaire', 'zairean', 'zairian'],
  'Republic of Congo': ['republic of congo', 'congo-brazzaville'],
  Angola: ['angola', 'angolan'],
  Zambia: ['zambia', 'zambian'],
  Zimbabwe: ['zimbabwe', 'zimbabwean'],
  Mozambique: ['mozambique', 'mozambican'],
  Malawi: ['malawi', 'malawian'],
  Tanzania: ['tanzania', 'tanzanian'],
  Uganda: ['uganda', 'ugandan'],
  Rwanda: ['rwanda', 'rwandan'],
  Burundi: ['burundi', 'burundian'],
  'South Sudan': ['south sudan', 'south sudanese'],
  Somalia: ['somalia', 'somali'],
  Djibouti: ['djibouti'],
  Eritrea: ['eritrea', 'eritrean'],
  Madagascar: ['madagascar', 'malagasy'],
  Namibia: ['namibia', 'namibian'],
  Botswana: ['botswana'],
  Lesotho: ['lesotho'],
  Eswatini: ['eswatini', 'swaziland'],
  Mauritius: ['mauritius', 'mauritian'],
  Seychelles: ['seychelles'],
  'Cape Verde': ['cape verde', 'cabo verde', 'cape verdean'],
  Comoros: ['comoros', 'comorian'],
  Jamaica: ['jamaica', 'jamaican'],
  'Trinidad and Tobago': ['trinidad and tobago', 'trinidad'],
  Bahamas: ['bahamas', 'bahamian'],
  Barbados: ['barbados', 'barbadian'],
  Guyana: ['guyana', 'guyanese'],
  Suriname: ['suriname', 'surinamese'],
  Belize: ['belize', 'belizean'],
};

const BY_FORM = new Map<string, string>();
for (const [country, forms] of Object.entries(COUNTRY_FORMS)) {
  for (const form of forms) BY_FORM.set(form, country);
}

/** The country a word or phrase names ("Mexican", "U.S.", "Canada's"), or null. */
export function countryOf(words: string): string | null {
  const key = words
    .toLowerCase()
    .replace(/['’‘]s$/, '')
    .replace(/\s+/g, ' ')
    .trim();
  return BY_FORM.get(key) ?? BY_FORM.get(key.replace(/\./g, '')) ?? null;
}

/** Every form a country is written in, lower case ("new zealand", "u.s.", "mexican"), each with its country. */
export function countryForms(): ReadonlyMap<string, string> {
  return BY_FORM;
}

/** The longest number of words a country form has, so callers know how far to look. */
export const LONGEST_COUNTRY_FORM = Math.max(
  ...[...BY_FORM.keys()].map((form) => form.split(' ').length),
);

/** Whether a word is a country's adjective ("Mexican", "Chinese", "Israeli"), not its name. */
export function isDemonym(word: string): boolean {
  const country = countryOf(word);
  // "Haiti" ends like "Israeli" but names the country itself: a demonym is never a country's own name.
  const ownName = country !== null && country.toLowerCase() === word.toLowerCase();
  return /^\p{Lu}\p{Ll}+$/u.test(word) && /(an|ese|ish|i|ch|ic)$/.test(word) && country !== null && !ownName;
}

/** Peoples whose singular is no demonym of `countryOf`: "Poles", "Swedes", "Britons". */
const PEOPLES = new Set([
  'poles', 'swedes', 'danes', 'finns', 'scots', 'turks', 'thais', 'czechs', 'slovaks', 'greeks', 'serbs', 'croats',
  'britons', 'brits', 'filipinos', 'kiwis', 'aussies', 'arabs', 'kurds', 'jews', 'uzbeks', 'kazakhs', 'tajiks', 'afghans',
  'somalis', 'iraqis', 'israelis', 'pakistanis', 'bangladeshis', 'yemenis', 'kuwaitis', 'saudis', 'emiratis', 'omanis', 'qataris',
]);

/** A country's people named in the plural: "Kenyans", "Germans", "Poles", "Britons". */
export function isPeople(word: string): boolean {
  if (!/^\p{Lu}\p{Ll}+s$/u.test(word)) return false;
  return PEOPLES.has(word.toLowerCase()) || isDemonym(word.slice(0, -1));
}

/**
 * The people of a country whose name has more than one word, as its adjective or in the plural: "New
 * Zealanders", "South African", "Sri Lankans", "North Korean". The last word less its ending ("-ers",
 * "-er", "-ns", "-n", "-s") leaves the country's name.
 */
export function isPeopleOfCountry(words: readonly string[]): boolean {
  if (words.length < 2 || !words.every((w) => /^\p{Lu}/u.test(w))) return false;
  const last = words.at(-1)!;
  const head = words.slice(0, -1).join(' ');
  return ['ers', 'er', 'ns', 'n', 's'].some((ending) => {
    if (!last.endsWith(ending) || last.length <= ending.length + 2) return false;
    const country = countryOf(`${head} ${last.slice(0, -ending.length)}`);
    return country !== null && country.split(' ').length === words.length;
  });
}

/**
 * Followers of a faith, and its branches: "Muslims", "Sunni", "Catholic". A span of these alone is
 * no organisation and no person; "Catholic Church" is an organisation, by its other word.
 */
export const FAITH_WORDS = new Set([
  'muslim',
  'muslims',
  'moslem',
  'moslems',
  'christian',
  'christians',
  'jew',
  'jews',
  'jewish',
  'hindu',
  'hindus',
  'buddhist',
  'buddhists',
  'sikh',
  'sikhs',
  'catholic',
  'catholics',
  'protestant',
  'protestants',
  'evangelical',
  'evangelicals',
  'sunni',
  'sunnis',
  'shia',
  'shias',
  'shiite',
  'shiites',
  'islamist',
  'islamists',
  'orthodox',
  'druze',
  'alawite',
  'alawites',
]);

/**
 * Jurisdictions below a country whose name may stand before an office: "Texas Attorney General",
 * "Ohio Governor". The US states, Canada's provinces, Australia's states, Mexico's states.
 */
const SUBNATIONAL = new Map<string, string>([
  ...['alabama', 'alaska', 'arizona', 'arkansas', 'california', 'colorado', 'connecticut', 'delaware', 'florida', 'georgia', 'hawaii', 'idaho', 'illinois', 'indiana', 'iowa', 'kansas', 'kentucky', 'louisiana', 'maine', 'maryland', 'massachusetts', 'michigan', 'minnesota', 'mississippi', 'missouri', 'montana', 'nebraska', 'nevada', 'new hampshire', 'new jersey', 'new mexico', 'new york', 'north carolina', 'north dakota', 'ohio', 'oklahoma', 'oregon', 'pennsylvania', 'rhode island', 'south carolina', 'south dakota', 'tennessee', 'texas', 'utah', 'vermont', 'virginia', 'washington', 'west virginia', 'wisconsin', 'wyoming', 'puerto rico'].map((w) => [w, 'US'] as const),
  ...['ontario', 'quebec', 'british columbia', 'alberta', 'manitoba', 'saskatchewan', 'nova scotia'].map((w) => [w, 'Canada'] as const),
  ...['new south wales', 'victoria', 'queensland', 'tasmania'].map((w) => [w, 'Australia'] as const),
  ...['chihuahua', 'sinaloa', 'sonora', 'jalisco', 'tamaulipas', 'guerrero', 'michoacan', 'michoacán', 'oaxaca', 'veracruz', 'coahuila', 'nuevo leon', 'nuevo león', 'baja california', 'zacatecas', 'durango', 'puebla'].map((w) => [w, 'Mexico'] as const),
]);

/** Whether words name a state or province: "Texas", "New South Wales". */
export function isSubnational(words: string): boolean {
  return SUBNATIONAL.has(words.toLowerCase());
}

/** The country a state or province is in: "Texas" → "US". */
export function countryOfSubnational(words: string): string | null {
  return SUBNATIONAL.get(words.toLowerCase()) ?? null;
}
