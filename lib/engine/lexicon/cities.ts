/**
 * A gazetteer of the world's capitals and large cities, each with its country as `countries.ts`
 * names it. Datelines name a city ("NAIROBI (AFP) -"), and offices are held over one ("Bogota
 * Mayor"): the city says which country an office is in when the words do not. A kind of thing, not
 * the places of any one article; cities that share a name across countries are left out.
 */
const CITIES: Record<string, string[]> = {
  US: [
    'washington', 'new york', 'new york city', 'los angeles', 'chicago', 'houston', 'phoenix', 'philadelphia', 'san antonio', 'san diego', 'dallas',
    'austin', 'jacksonville', 'fort worth', 'columbus', 'charlotte', 'indianapolis', 'san francisco', 'seattle', 'denver', 'nashville', 'oklahoma city',
    'el paso', 'boston', 'portland', 'las vegas', 'detroit', 'memphis', 'louisville', 'baltimore', 'milwaukee', 'albuquerque', 'tucson', 'fresno',
    'sacramento', 'kansas city', 'atlanta', 'miami', 'raleigh', 'omaha', 'minneapolis', 'tulsa', 'cleveland', 'new orleans', 'honolulu', 'anchorage',
    'salt lake city', 'pittsburgh', 'cincinnati', 'st. louis', 'st louis', 'orlando', 'tampa', 'richmond', 'topeka', 'des moines', 'boise',
    'little rock', 'montgomery', 'baton rouge', 'tallahassee', 'annapolis', 'harrisburg', 'trenton', 'hartford', 'providence', 'albany',
    'santa fe', 'cheyenne', 'bismarck', 'lincoln', 'jefferson city', 'springfield', 'lansing', 'madison', 'st. paul',
    'frankfort', 'charleston', 'columbia', 'montpelier', 'concord', 'augusta', 'dover', 'juneau', 'olympia', 'salem', 'carson city',
    'san juan', 'lahaina', 'kahului', 'durham', 'greensboro',
  ],
  Canada: ['ottawa', 'toronto', 'montreal', 'vancouver', 'calgary', 'edmonton', 'winnipeg', 'quebec city', 'halifax'],
  Mexico: ['mexico city', 'guadalajara', 'monterrey', 'tijuana', 'ciudad juarez', 'ciudad juárez', 'culiacan', 'culiacán', 'acapulco', 'cancun', 'cancún'],
  Guatemala: ['guatemala city'], Honduras: ['tegucigalpa', 'san pedro sula'], 'El Salvador': ['san salvador'], Nicaragua: ['managua'],
  Panama: ['panama city'], Cuba: ['havana'], Haiti: ['port-au-prince', 'port au prince'],
  'Dominican Republic': ['santo domingo'], Colombia: ['bogota', 'bogotá', 'medellin', 'medellín', 'cali', 'cartagena', 'barranquilla'],
  Venezuela: ['caracas', 'maracaibo'], Ecuador: ['quito', 'guayaquil'], Peru: ['lima', 'cusco', 'cuzco'], Bolivia: ['la paz'],
  Brazil: ['brasilia', 'brasília', 'sao paulo', 'são paulo', 'rio de janeiro', 'belo horizonte', 'recife', 'porto alegre', 'manaus', 'belem', 'belém'],
  Argentina: ['buenos aires', 'rosario'], Chile: ['santiago', 'valparaiso', 'valparaíso'], Uruguay: ['montevideo'], Paraguay: ['asuncion', 'asunción'],
  UK: ['london', 'manchester', 'leeds', 'glasgow', 'edinburgh', 'liverpool', 'bristol', 'cardiff', 'belfast', 'sheffield', 'newcastle'],
  France: ['paris', 'marseille', 'lyon', 'toulouse', 'strasbourg', 'bordeaux', 'lille'],
  Germany: ['berlin', 'hamburg', 'munich', 'cologne', 'frankfurt', 'stuttgart', 'dusseldorf', 'düsseldorf', 'leipzig', 'dresden', 'bonn'],
  Spain: ['madrid', 'barcelona', 'seville', 'bilbao'], Portugal: ['lisbon', 'porto'], Italy: ['rome', 'milan', 'naples', 'turin', 'palermo', 'venice'],
  Netherlands: ['amsterdam', 'the hague', 'rotterdam'], Belgium: ['brussels', 'antwerp'], Switzerland: ['bern', 'berne', 'geneva', 'zurich', 'zürich', 'lausanne'],
  Austria: ['vienna'], Ireland: ['dublin'], Sweden: ['stockholm'], Norway: ['oslo'], Denmark: ['copenhagen'], Finland: ['helsinki'],
  Poland: ['warsaw', 'krakow', 'kraków'], Greece: ['athens'], Hungary: ['budapest'], Romania: ['bucharest'], Ukraine: ['kyiv', 'kiev', 'kharkiv', 'odesa', 'odessa', 'lviv'],
  Russia: ['moscow', 'st petersburg', 'st. petersburg', 'saint petersburg'], Belarus: ['minsk'], Turkey: ['ankara', 'istanbul', 'izmir'],
  Israel: ['jerusalem', 'tel aviv'], Palestine: ['ramallah', 'gaza city'], Lebanon: ['beirut'], Syria: ['damascus', 'aleppo'], Iraq: ['baghdad', 'basra', 'erbil', 'mosul'],
  Iran: ['tehran', 'isfahan', 'mashhad'], Jordan: ['amman'], Egypt: ['cairo'], 'Saudi Arabia': ['riyadh', 'jeddah', 'mecca'],
  'United Arab Emirates': ['abu dhabi', 'dubai'], Qatar: ['doha'], Yemen: ["sanaa", "sana'a", 'aden'], Afghanistan: ['kabul', 'kandahar'],
  Pakistan: ['islamabad', 'karachi', 'lahore', 'peshawar', 'quetta'], India: ['new delhi', 'delhi', 'mumbai', 'kolkata', 'chennai', 'bengaluru', 'bangalore', 'ahmedabad', 'srinagar'],
  Bangladesh: ['dhaka'], China: ['beijing', 'shanghai', 'guangzhou', 'shenzhen', 'wuhan', 'chongqing', 'hong kong'], Japan: ['tokyo', 'osaka', 'kyoto', 'yokohama', 'hiroshima'],
  'South Korea': ['seoul', 'busan'], 'North Korea': ['pyongyang'], Taiwan: ['taipei'], Vietnam: ['hanoi', 'ho chi minh city'], Thailand: ['bangkok'],
  Philippines: ['manila', 'quezon city', 'davao'], Indonesia: ['jakarta', 'surabaya'], Malaysia: ['kuala lumpur', 'putrajaya', 'johor bahru'], Singapore: ['singapore'],
  Australia: ['canberra', 'sydney', 'melbourne', 'brisbane', 'adelaide'], 'New Zealand': ['wellington', 'auckland'],
  Nigeria: ['abuja', 'lagos', 'kano', 'ibadan', 'port harcourt'], Kenya: ['nairobi', 'mombasa', 'kisumu'], Ethiopia: ['addis ababa'],
  'South Africa': ['pretoria', 'johannesburg', 'cape town', 'durban'], Morocco: ['rabat', 'casablanca'], Algeria: ['algiers'], Tunisia: ['tunis'],
  Libya: ['benghazi'], Sudan: ['khartoum', 'port sudan', 'omdurman'], 'Czech Republic': ['prague'], Slovakia: ['bratislava'], Slovenia: ['ljubljana'],
  Croatia: ['zagreb'], Serbia: ['belgrade'], 'Bosnia and Herzegovina': ['sarajevo'], Montenegro: ['podgorica'], 'North Macedonia': ['skopje'], Albania: ['tirana'],
  Kosovo: ['pristina'], Bulgaria: ['sofia'], Moldova: ['chisinau'], Lithuania: ['vilnius'], Latvia: ['riga'], Estonia: ['tallinn'], Iceland: ['reykjavik'],
  Malta: ['valletta'], Cyprus: ['nicosia'], Armenia: ['yerevan'], Azerbaijan: ['baku'], Georgia: ['tbilisi'], Kazakhstan: ['astana', 'almaty'],
  Uzbekistan: ['tashkent'], Kyrgyzstan: ['bishkek'], Tajikistan: ['dushanbe'], Turkmenistan: ['ashgabat'], Mongolia: ['ulaanbaatar', 'ulan bator'],
  Nepal: ['kathmandu'], 'Sri Lanka': ['colombo'], Bhutan: ['thimphu'], Myanmar: ['naypyitaw', 'naypyidaw', 'yangon', 'mandalay'],
  Cambodia: ['phnom penh'], Laos: ['vientiane'], Brunei: ['bandar seri begawan'], 'Timor-Leste': ['dili'], Kuwait: ['kuwait city'], Bahrain: ['manama'],
  Oman: ['muscat'], 'Papua New Guinea': ['port moresby'], Fiji: ['suva'], Ghana: ['accra', 'kumasi'], Senegal: ['dakar'], Mali: ['bamako'],
  'Burkina Faso': ['ouagadougou'], Niger: ['niamey'], Chad: ["n'djamena", 'ndjamena'], Mauritania: ['nouakchott'], Gambia: ['banjul'], Guinea: ['conakry'],
  'Guinea-Bissau': ['bissau'], 'Sierra Leone': ['freetown'], Liberia: ['monrovia'], 'Ivory Coast': ['abidjan', 'yamoussoukro'], Togo: ['lome', 'lomé'],
  Benin: ['cotonou', 'porto-novo'], Cameroon: ['yaounde', 'yaoundé', 'douala'], 'Central African Republic': ['bangui'], Gabon: ['libreville'],
  'Equatorial Guinea': ['malabo'], 'Democratic Republic of Congo': ['kinshasa', 'goma', 'lubumbashi'], 'Republic of Congo': ['brazzaville'], Angola: ['luanda'],
  Zambia: ['lusaka'], Zimbabwe: ['harare', 'bulawayo'], Mozambique: ['maputo'], Malawi: ['lilongwe', 'blantyre'], Tanzania: ['dodoma', 'dar es salaam'],
  Uganda: ['kampala'], Rwanda: ['kigali'], Burundi: ['bujumbura', 'gitega'], 'South Sudan': ['juba'], Somalia: ['mogadishu'], Eritrea: ['asmara'],
  Madagascar: ['antananarivo'], Namibia: ['windhoek'], Botswana: ['gaborone'], Lesotho: ['maseru'], Eswatini: ['mbabane'], Mauritius: ['port louis'],
  'Trinidad and Tobago': ['port of spain'], Bahamas: ['nassau'], Barbados: ['bridgetown'], Suriname: ['paramaribo'],
  Belize: ['belmopan', 'belize city'], 'Vatican City': ['vatican city'],
};

const BY_CITY = new Map<string, string>();
for (const [country, cities] of Object.entries(CITIES)) for (const city of cities) BY_CITY.set(city, country);

/** The country a city is in ("NAIROBI" → Kenya, "Bogota" → Colombia), or null for a city the gazetteer does not hold. */
export function cityCountry(name: string): string | null {
  return BY_CITY.get(name.toLowerCase().replace(/\s+/g, ' ').trim()) ?? null;
}

/** Cities that host intergovernmental bodies, whose datelines say little of whose officials a story names. */
export const HOST_CITIES = new Set(['brussels', 'geneva', 'strasbourg', 'the hague', 'united nations', 'luxembourg']);

/** The most words a city's name has, so callers know how far to look. */
export const LONGEST_CITY_NAME = Math.max(...[...BY_CITY.keys()].map((city) => city.split(' ').length));
