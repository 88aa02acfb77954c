// Known news outlets and agencies with their aliases, so that "the WSJ", "The Wall Street Journal" and
// "Wall Street Journal" resolve to one identity. General knowledge; unknown outlets still resolve by name.

export interface OutletIdentity {
  /** Stable key: lower-case name without articles and punctuation. */
  key: string;
  name: string;
  kind: 'outlet' | 'agency';
}

const KNOWN: [name: string, kind: 'outlet' | 'agency', aliases: string[]][] = [
  ['Reuters', 'agency', ['Thomson Reuters']],
  ['Associated Press', 'agency', ['AP', 'The Associated Press']],
  ['Agence France-Presse', 'agency', ['AFP', 'France-Presse', 'Agence France Presse']],
  ['Bloomberg', 'agency', ['Bloomberg News']],
  ['Xinhua', 'agency', ['Xinhua News Agency', 'New China News Agency']],
  ['TASS', 'agency', ['ITAR-TASS', 'Tass']],
  ['RIA Novosti', 'agency', ['RIA']],
  ['Interfax', 'agency', []],
  ['ANSA', 'agency', []],
  ['EFE', 'agency', ['Agencia EFE']],
  ['dpa', 'agency', ['Deutsche Presse-Agentur', 'DPA']],
  ['Kyodo', 'agency', ['Kyodo News']],
  ['Yonhap', 'agency', ['Yonhap News Agency']],
  ['Anadolu Agency', 'agency', ['Anadolu']],
  ['Ukrinform', 'agency', []],
  ['UNIAN', 'agency', []],
  ['Press Trust of India', 'agency', ['PTI']],
  ['United Press International', 'agency', ['UPI']],
  ['The Wall Street Journal', 'outlet', ['Wall Street Journal', 'WSJ']],
  ['The New York Times', 'outlet', ['New York Times', 'NYT', 'the Times of New York']],
  ['The Washington Post', 'outlet', ['Washington Post', 'WaPo']],
  ['Financial Times', 'outlet', ['FT', 'The Financial Times']],
  ['The Guardian', 'outlet', ['Guardian']],
  ['The Economist', 'outlet', ['Economist']],
  ['BBC', 'outlet', ['British Broadcasting Corporation', 'BBC News']],
  ['CNN', 'outlet', ['Cable News Network']],
  ['Fox News', 'outlet', ['Fox']],
  ['NBC News', 'outlet', ['NBC']],
  ['CBS News', 'outlet', ['CBS']],
  ['ABC News', 'outlet', ['ABC']],
  ['MSNBC', 'outlet', []],
  ['NPR', 'outlet', ['National Public Radio']],
  ['Politico', 'outlet', []],
  ['Axios', 'outlet', []],
  ['The Hill', 'outlet', []],
  ['USA Today', 'outlet', []],
  ['Los Angeles Times', 'outlet', ['LA Times', 'The Los Angeles Times']],
  ['Al Jazeera', 'outlet', ['Aljazeera']],
  ['Sky News', 'outlet', []],
  ['Le Monde', 'outlet', []],
  ['Der Spiegel', 'outlet', ['Spiegel']],
  ['El País', 'outlet', ['El Pais']],
  ['South China Morning Post', 'outlet', ['SCMP']],
  ['Global Times', 'outlet', []],
  ['People’s Daily', 'outlet', ["People's Daily"]],
  ['China Daily', 'outlet', []],
  ['CCTV', 'outlet', ['China Central Television']],
  ['CGTN', 'outlet', []],
  ['RT', 'outlet', ['Russia Today']],
  ['Sputnik', 'outlet', []],
  ['Kommersant', 'outlet', []],
  ['Izvestia', 'outlet', []],
  ['Rossiyskaya Gazeta', 'outlet', []],
  ['Kyiv Independent', 'outlet', ['The Kyiv Independent']],
  ['Kyiv Post', 'outlet', []],
  ['Ukrainska Pravda', 'outlet', []],
  ['Nikkei', 'outlet', ['Nikkei Asia']],
  ['Times of India', 'outlet', ['The Times of India']],
  ['The Times', 'outlet', []],
  ['The Telegraph', 'outlet', ['Telegraph', 'Daily Telegraph']],
  ['Daily Mail', 'outlet', []],
  ['The Independent', 'outlet', []],
  ['Newsweek', 'outlet', []],
  ['Time', 'outlet', ['TIME magazine']],
  ['The Atlantic', 'outlet', []],
  ['Vox', 'outlet', []],
  ['Semafor', 'outlet', []],
  ['Deutsche Welle', 'outlet', ['DW']],
  ['France 24', 'outlet', []],
  ['Euronews', 'outlet', []],
  ['Haaretz', 'outlet', []],
  ['The Times of Israel', 'outlet', ['Times of Israel']],
  ['Meduza', 'outlet', []],
  ['Novaya Gazeta', 'outlet', []],
];

export function outletKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[‘’'"“”«»]/g, '')
    .replace(/^the\s+/, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const BY_ALIAS = new Map<string, OutletIdentity>();
for (const [name, kind, aliases] of KNOWN) {
  const identity = { key: outletKey(name), name, kind };
  for (const alias of [name, ...aliases]) BY_ALIAS.set(outletKey(alias), identity);
}

/** The known identity for a name or alias, or null. */
export function knownOutlet(name: string): OutletIdentity | null {
  return BY_ALIAS.get(outletKey(name)) ?? null;
}

/** All aliases of known outlets, longest first, for building matchers. */
export function knownOutletAliases(): string[] {
  const names = new Set<string>();
  for (const [name, , aliases] of KNOWN)
    for (const a of [name, ...aliases]) names.add(a.replace(/^The\s+/, ''));
  return [...names].sort((a, b) => b.length - a.length);
}

/** The identity for any outlet name: known ones by alias, others by their own normalised name. */
export function resolveOutlet(name: string, kind: 'outlet' | 'agency' = 'outlet'): OutletIdentity {
  const cleaned = name.replace(/^[‘’'"“”«»\s]+|[‘’'"“”«»\s.,;:]+$/g, '').replace(/^the\s+/i, '');
  return knownOutlet(cleaned) ?? { key: outletKey(cleaned), name: cleaned, kind };
}
