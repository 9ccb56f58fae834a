/**
 * Intergovernmental bodies, whose offices belong to no one country: a role in one carries the body
 * where a national role carries its country ("UN Secretary-General" → UN, "European Commission
 * President" → EU). Forms are folded to lower case; each maps to the short name a profile shows.
 */
const BODY_FORMS: Record<string, string[]> = {
  UN: ['united nations', 'un', 'u.n.', 'u.n', 'un security council', 'security council', 'un general assembly', 'unhcr', 'unicef', 'unrwa', 'undp', 'ohchr'],
  WHO: ['world health organization', 'world health organisation', 'who'],
  IAEA: ['international atomic energy agency', 'iaea'],
  WFP: ['world food programme', 'world food program', 'wfp'],
  EU: [
    'european union', 'eu', 'e.u.', 'european commission', 'european council', 'council of the european union', 'european parliament',
    'european central bank', 'ecb', 'eurogroup', 'european court of justice', 'european investment bank',
  ],
  IMF: ['international monetary fund', 'imf'],
  'World Bank': ['world bank'],
  NATO: ['nato', 'north atlantic treaty organization', 'north atlantic treaty organisation'],
  'African Union': ['african union', 'au', 'african union commission'],
  ASEAN: ['asean', 'association of southeast asian nations'],
  OPEC: ['opec', 'organization of the petroleum exporting countries'],
  WTO: ['world trade organization', 'world trade organisation', 'wto'],
  OECD: ['oecd', 'organisation for economic co-operation and development', 'organization for economic cooperation and development'],
  Interpol: ['interpol'],
  'International Criminal Court': ['international criminal court'],
  'International Court of Justice': ['international court of justice', 'icj'],
  'Council of Europe': ['council of europe'],
  OSCE: ['osce', 'organization for security and co-operation in europe'],
  'Arab League': ['arab league', 'league of arab states'],
  ECOWAS: ['ecowas', 'economic community of west african states'],
  SADC: ['sadc', 'southern african development community'],
  'East African Community': ['east african community'],
  'Gulf Cooperation Council': ['gulf cooperation council', 'gcc'],
  IOM: ['international organization for migration', 'iom'],
};

const BY_FORM = new Map<string, string>();
for (const [body, forms] of Object.entries(BODY_FORMS)) for (const form of forms) BY_FORM.set(form, body);

/** The intergovernmental body a name is, or a UN title opens with: "U.N." → UN, "European Council" → EU; null otherwise. */
export function bodyOf(name: string): string | null {
  const key = name
    .toLowerCase()
    .replace(/['’]s?$/, '')
    .replace(/^the\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();
  return BY_FORM.get(key) ?? BY_FORM.get(key.replace(/\.$/, '')) ?? null;
}
