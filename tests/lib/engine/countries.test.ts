/**
 * Every official's role has a country (issue 12, section 3): from the words first, then from the
 * document (its dateline's city, the country it ties to government, the person's other roles), and
 * never a wrong one where the evidence is split. Names are invented.
 */
import { describe, expect, it } from 'vitest';
import { datelineCountry } from '../../../lib/engine/document-country';
import { entitiesIn } from './story';

function countryOf(text: string, name: string): (string | null)[] | undefined {
  return entitiesIn(text)
    .find((e) => e.name === name)
    ?.roles.map((r) => r.country);
}

describe('the country from the words', () => {
  it.each([
    [
      'The talks stalled. Sudan’s envoy, Omer Said, left early. The country’s chief negotiator, Hassan Idris, said the army was ready.',
      'Hassan Idris',
      'Sudan',
    ],
    ['The European Union’s foreign policy chief, Josep Moll, said sanctions were ready.', 'Josep Moll', 'EU'],
    ['Senator Lyle Graves, a Republican from South Carolina, urged more aid.', 'Lyle Graves', 'US'],
    ['King Faisal Omran of Jordan met the envoy in Amman on Sunday.', 'Faisal Omran', 'Jordan'],
    ['Governor Rita Molo of the Philippines province of Cebu declared a state of calamity.', 'Rita Molo', 'Philippines'],
    ['Talks ended when Amir Rostami, secretary of Iran’s Supreme National Security Council, left Beijing.', 'Amir Rostami', 'Iran'],
    ['Texas Department of Public Safety director Sam Cole said troopers were ready.', 'Sam Cole', 'US'],
  ])('%s', (text, name, country) => {
    expect(countryOf(text, name)).toEqual([country]);
  });
});

describe('an intergovernmental office carries its body', () => {
  it.each([
    ['UN Secretary-General Ana Reyes said she was alarmed.', 'Ana Reyes', 'UN'],
    ['European Commission President Greta Holm spoke first.', 'Greta Holm', 'EU'],
    ['Rafael Soto, the head of the International Atomic Energy Agency, said inspectors would return.', 'Rafael Soto', 'IAEA'],
    [
      'The International Monetary Fund urged restraint. Fund director Eva Kors said the debt was sustainable. Her deputy, Carlos Mendez, will visit.',
      'Carlos Mendez',
      'IMF',
    ],
    [
      'The International Criminal Court (ICC) said its prosecutor, Karim Adeyemi, had applied for warrants. ICC Prosecutor Karim Adeyemi said the evidence was strong.',
      'Karim Adeyemi',
      'International Criminal Court',
    ],
  ])('%s', (text, name, body) => {
    expect(countryOf(text, name)?.every((c) => c === body)).toBe(true);
  });
});

describe('the country from the document', () => {
  it('gives a bare title the country of a story datelined in its capital', () => {
    const text =
      'NAIROBI (AFP) - President Ann Lee dismissed her cabinet on Thursday after weeks of protests. Interior Minister Tom Oduya said the police had shown restraint. Kenya’s parliament will vet new ministers.';
    expect(countryOf(text, 'Ann Lee')).toEqual(['Kenya']);
    expect(countryOf(text, 'Tom Oduya')).toEqual(['Kenya']);
  });

  it('reads the country of a state’s or a city’s dateline', () => {
    expect(datelineCountry('RALEIGH, N.C.')).toBe('US');
    expect(datelineCountry('KUALA LUMPUR')).toBe('Malaysia');
    expect(datelineCountry('BRUSSELS')).toBeNull();
  });

  it('takes the place a sentence opens with', () => {
    const text = 'BRUSSELS (Reuters) - Leaders met on Friday. In Berlin, Chancellor Moritz Brandt welcomed the outcome.';
    expect(countryOf(text, 'Moritz Brandt')).toEqual(['Germany']);
  });

  it('takes the country of the person’s other role in the story, or of their name', () => {
    const text =
      "Leaders agreed. Estonia's Eva Kask, Portugal's Rui Sal and Germany's Greta Holm took the top jobs. Kask, a former prime minister, will lead the bloc's diplomacy.";
    expect(countryOf(text, 'Eva Kask')).toEqual(['Estonia']);
  });

  it('does not give an office with one holder to a second person of the same country', () => {
    const text =
      'MEXICO CITY (AFP) - Mexican President Enrique Soto met US officials on Wednesday. The visit comes as President Donald Hale plans a border wall.';
    expect(countryOf(text, 'Donald Hale')).toEqual([null]);
    expect(countryOf(text, 'Enrique Soto')).toEqual(['Mexico']);
  });

  it('takes a country that qualifies a role, in a story without a dateline, for a foreign one', () => {
    const text =
      'Prime Minister Alan Reeve and French President Luc Marin agreed a deal in Paris. Home Secretary Helen Marsh said it would work. French police will patrol the beaches near Paris.';
    expect(countryOf(text, 'Alan Reeve')).toEqual([null]);
    expect(countryOf(text, 'Luc Marin')).toEqual(['France']);
  });

  it('gives no office the one country a story places where the text ties another to government as often', () => {
    const text =
      "LONDON — American officials said on Thursday that the American government would lift its sanctions on Eritrea. The Eritrean government had asked for that for years. Eritrea's president, Idriss Mahamat Kordo, welcomed the news. American officials said the Eritrean government had made progress. Officials said they had briefed President-elect Dana Whitlow's transition team.";
    expect(countryOf(text, 'Idriss Mahamat Kordo')).toEqual(['Eritrea']);
    expect(countryOf(text, 'Dana Whitlow')).toEqual([null]);
  });

  it("gives no office the country of another country's officials the story names, where its dateline is elsewhere", () => {
    const text =
      'Nepal king leaves for China.\nKATHMANDU 1996-08-23\nKing Tribhan left Nepal on Friday for a week-long visit to China, officials said.\nHe was scheduled to meet Chinese President Wen Haolin and Premier Zhao Mingde, and to discuss trade with Chinese leaders.\nThe king was accompanied by Foreign Minister Rajan Thapa.';
    expect(countryOf(text, 'Wen Haolin')).toEqual(['China']);
    expect(countryOf(text, 'Rajan Thapa')).toEqual([null]);
  });

  it('reads no origin in a clause after the name: "…, who has been in power since independence from Britain"', () => {
    const text =
      'Civil servants strike.\nHARARE 1996-08-23\nThe strike is a rare challenge to President Tendai Moyo, who has been in power since independence from Britain in 1980.';
    expect(countryOf(text, 'Tendai Moyo')).toEqual(['Zimbabwe']);
  });

  it("takes a dateline's country for where the reporter was only, where the story never names it and names another", () => {
    const abroad =
      "Afghan highway opening put off.\nISLAMABAD 1996-08-25\nThe reopening of Afghanistan's main highway has been put off, official radio said on Sunday.\nThe Afghan government said last week the highway would open on Monday, after talks with General Rashid Dorrani.\nThe highway has been held by Dorrani since he began fighting President Karim Sadozai in 1994.";
    expect(countryOf(abroad, 'Karim Sadozai')).toEqual([null]);
    const home =
      'City budget passes.\nCHICAGO 1996-08-25\nMayor Dale Ronson said on Sunday the city council had passed the budget.\nRonson said taxes would not rise.';
    expect(countryOf(home, 'Dale Ronson')).toEqual(['US']);
  });

  it('reads the cities a story without a dateline names', () => {
    const text =
      'A man died in custody in Leeds. Sgt Mark Bell will appear before Leeds Magistrates’ Court next month. Cllr Jane Hart, leader of Leeds City Council, said the city was in shock.';
    expect(countryOf(text, 'Mark Bell')).toEqual(['UK']);
  });

  it('places no story in the country of a diplomat it names: an ambassador serves abroad', () => {
    const text = "Canada's ambassador, Lise Moreau, met Prime Minister Tomas Aranda on Tuesday to discuss the mine.";
    expect(countryOf(text, 'Lise Moreau')).toEqual(['Canada']);
    expect(countryOf(text, 'Tomas Aranda')).toEqual([null]);
  });

  it('ties a story to the country an ambassador is posted to, not to the one sending them', () => {
    const text =
      "LIMA, Peru (AP) — Farmers blocked the road to the mine. Canada's ambassador to Peru, Lise Moreau, met Prime Minister Tomas Aranda on Tuesday. Canadian officials said the mine was Canadian-owned.";
    expect(countryOf(text, 'Lise Moreau')).toEqual(['Canada']);
    expect(countryOf(text, 'Tomas Aranda')).toEqual(['Peru']);
  });

  it('reads the country of a town or a region that only the gazetteer knows', () => {
    expect(datelineCountry('ANTOFAGASTA')).toBe('Chile');
    expect(countryOf('Apurímac Governor Rosa Quispe said the road would reopen.', 'Rosa Quispe')).toEqual(['Peru']);
    expect(countryOf("Puglia's regional councillor, Tonio Ferrante, denied the charges.", 'Tonio Ferrante')).toEqual(['Italy']);
  });

  it('places a story without a dateline by the towns it names', () => {
    const text =
      'Prosecutors in Foggia have placed 14 people under investigation. Officers searched offices in Foggia and Brindisi on Wednesday. The health minister, Paola Ricci, said she would send inspectors to Foggia.';
    expect(countryOf(text, 'Paola Ricci')).toEqual(['Italy']);
  });

  it('takes a role placed in one of its towns, in a story without a dateline, for a home office, not a foreign one', () => {
    const text =
      'Soldiers patrolled the streets of Culiacán after the arrest. Governor Rafael Orozco Vidal called for calm as the roads out of Culiacán were blocked. ' +
      'Culiacán Mayor Inés Salcedo Ruiz said schools in Culiacán would reopen on Wednesday. Officials in Washington welcomed the arrest, and said the United States ' +
      'would seek his extradition to the United States. Governor Orozco said buses would run again in Culiacán and Mazatlán on Thursday.';
    expect(countryOf(text, 'Inés Salcedo Ruiz')).toEqual(['Mexico']);
    expect(countryOf(text, 'Rafael Orozco Vidal')).toEqual(['Mexico']);
  });

  it('places a story without a dateline by the country it names again and again, not by a foreign office', () => {
    const text =
      'Poland’s anti-corruption bureau searched the offices of a solar developer on Tuesday. Poland received more EU money for solar farms than any member state, and Polish prosecutors say some of it was lost. ' +
      'The deputy minister, Tomasz Wrona, said Poland would repay nothing. Officials in Warsaw said the audit would take a year. Slovak President Juraj Hlina backed the fund.';
    expect(countryOf(text, 'Tomasz Wrona')).toEqual(['Poland']);
    expect(countryOf(text, 'Juraj Hlina')).toEqual(['Slovakia']);
  });

  it('places a story by its text where no list knows its dateline’s town, as one without a dateline', () => {
    const text = [
      'Govt sends teams as cholera spreads in Wentekrom',
      '',
      'By Abena Owusu',
      'Friday, March 14, 2025',
      '',
      'WENTEKROM — The Ministry of Health has sent teams to three villages in the Volta Region after a cholera outbreak that has spread across Ghana.',
      '',
      'The Minister of Health, Mr Kofi Asare-Boamah, who spoke at a briefing in Accra, said there was vaccine for 50,000 people. The WHO Representative, Dr Jean-Marc Kouassi, said the World Health Organization would send more.',
      '',
      "Earlier, the country's deputy health minister, Efua Dankwa, visited the district hospital. Ghana last saw such an outbreak in 2014, when it reached every region of Ghana.",
    ].join('\n');
    expect(countryOf(text, 'Kofi Asare-Boamah')).toEqual(['Ghana']);
    expect(countryOf(text, 'Efua Dankwa')).toEqual(['Ghana']);
    expect(countryOf(text, 'Jean-Marc Kouassi')).toEqual(['WHO']);
  });

  it('places a datelined story in its dateline’s country where the text names it throughout, whatever foreign office it names', () => {
    const text =
      'Minister says ties solid\n\nTaichung, Oct. 2 (KNA) Foreign Minister Lo Wen-pin said the ties were solid. Taiwan sent aid last year, and Taiwan will send more, as Taiwan has for a decade. ' +
      'Belizean Foreign Minister Ana Cruz met Lo, and Belizean officials thanked Taiwan for the help. Legislator Chen Mei-hua said Taiwan would not pay more, and Taiwan would not ask for more.';
    expect(countryOf(text, 'Lo Wen-pin')).toEqual(['Taiwan']);
    expect(countryOf(text, 'Ana Cruz')).toEqual(['Belize']);
  });

  it('gives an office of a public body the story names by its own name the story’s country', () => {
    const text =
      'Hospital beds run short in the west. The state health minister, Jan Holt, said beds had opened in Sydney, Canberra and Brisbane. Warrabri Regional Council mayor Kim Ashdown said the town had waited years. Officials in Sydney agreed.';
    expect(countryOf(text, 'Kim Ashdown')).toEqual(['Australia']);
  });

  it('places no story by the countries it names where two lead together', () => {
    const text =
      'Taiwan and China traded accusations on Monday. Taiwan said China had sent ships; China said Taiwan had provoked them. The spokesperson, Lin Wei-ting, said the ships had left.';
    expect(countryOf(text, 'Lin Wei-ting')).toEqual([null]);
  });

  it('leaves an organisation’s office to the organisation', () => {
    const text = 'SANAA (Reuters) - Israeli jets struck the port. Houthi military spokesman Yahya Amin said the group would respond.';
    expect(countryOf(text, 'Yahya Amin')).toEqual([null]);
  });
});

describe('the country of a story that names a foreign official by their country', () => {
  it("gives a bare title the dateline's country, where the story names another country's official by it and that country less", () => {
    const text =
      "Fuel rationed.\n\nLA PAZ (AFP) - Bolivia's government capped diesel sales on Monday, as queues grew across Bolivia. Energy Minister Tomas Varga said cargoes bound for Bolivia were delayed at the border. Argentina's Energy Secretary Ana Pell said Argentine trucks would help, and Argentina's government would send fuel. Bolivia imports most of its diesel, and Bolivia pays in dollars.";
    expect(countryOf(text, 'Tomas Varga')).toEqual(['Bolivia']);
    expect(countryOf(text, 'Ana Pell')).toEqual(['Argentina']);
  });

  it('reads "Mt Hagen" as the town "Mount Hagen", and no word of "Papua New Guinea" as a place of its own', () => {
    const text =
      'Budget passed.\n\nGovernor Pius Ranga defended the provincial budget in Mt Hagen on Friday. Auditor-General Simon Tala said money was missing in Mt Hagen. The hospital in Mt Hagen is co-funded by the Australian Government. Australian High Commissioner Ms Rebecca Holt said Australia would keep helping. "A mother in Mt Hagen deserves what a mother in Brisbane has," Ms Holt said. Papua New Guinea has 22 provinces.';
    expect(countryOf(text, 'Simon Tala')).toEqual(['Papua New Guinea']);
    expect(countryOf(text, 'Rebecca Holt')).toEqual(['Australia']);
  });
});
