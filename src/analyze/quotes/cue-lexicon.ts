// Verbs that attribute what follows to someone: speech ("said", "told", "tweeted"), writing, thought and belief
// ("believes", "wants"), evaluation ("called him a liar", "praised") and evidence ("the poll shows"), in every
// inflected form, each mapped to its base form.

const LEMMAS = `
say tell add note stress write warn argue claim declare announce explain insist acknowledge
admit confirm deny reveal reply respond emphasize emphasise reiterate suggest urge remark continue
conclude believe think predict complain caution recall observe comment describe report assert
maintain ask call tweet retweet post show find want point mention criticize criticise praise accuse
promise pledge vow joke quip agree estimate hope fear expect know worry question blast slam
dismiss defend endorse propose demand cite echo concede contend tout boast brag signal indicate
recount testify assure inform advise remind lament charge allege hint imply counter retort plead
proclaim affirm answer ridicule mock condemn denounce decry applaud feel doubt suspect assume
wonder guess reckon figure opine muse speculate blame characterize characterise shout chant exclaim
recommend forecast reaffirm restate repeat understand
realize realise recognize recognise swear guarantee
decline refuse seek plan try attempt intend threaten offer vote
oppose reject thank discuss refer talk favor prefer welcome speak support back
seem appear view express see regard
attack assail rail bemoan voice lambaste deride scold rebuke berate chastise castigate fault chide hail laud
commend disparage belittle insult challenge dispute apologize apologise grouse gripe fret concur surmise posit
theorize insinuate disclose clarify elaborate inquire beg implore exhort
decide learn request push consider envision foresee anticipate calculate stipulate specify outline list detail
order rule accept embrace love hate dislike admire respect trust distrust
aim strive opt credit portray frame label dub brand paint cast promote advocate champion lobby pitch highlight
underscore reference invoke quote congratulate salute celebrate mourn tackle address ignore focus identify name
encourage convince persuade invite remember forget regret confess command instruct pressure press cheer boo share
vent scoff sneer bristle balk gloat tease hype trumpet herald target knock bash pan trash hammer taunt jeer heckle
reassure counsel rebut refute contradict debunk downplay minimize discount
issue release unveil publish look
`
  .trim()
  .split(/\s+/);

const IRREGULAR: Record<string, string[]> = {
  say: ['said', 'says', 'saying', 'say'],
  tell: ['told', 'tells', 'telling', 'tell'],
  write: ['wrote', 'written', 'writes', 'writing', 'write'],
  think: ['thought', 'thinks', 'thinking', 'think'],
  find: ['found', 'finds', 'finding', 'find'],
  know: ['knew', 'known', 'knows', 'knowing', 'know'],
  see: ['saw', 'seen', 'sees', 'seeing', 'see'],
  show: ['showed', 'shown', 'shows', 'showing', 'show'],
  hold: ['held', 'holds', 'holding', 'hold'],
  seek: ['sought', 'seeks', 'seeking', 'seek'],
  speak: ['spoke', 'spoken', 'speaks', 'speaking', 'speak'],
  feel: ['felt', 'feels', 'feeling', 'feel'],
  read: ['read', 'reads', 'reading'],
  hear: ['heard', 'hears', 'hearing', 'hear'],
  understand: ['understood', 'understands', 'understanding', 'understand'],
  swear: ['swore', 'sworn', 'swears', 'swearing', 'swear'],
  // Bare "support" and "talks" are mostly nouns ("China's support for", "hold talks").
  support: ['support', 'supported', 'supports', 'supporting'],
  view: ['view', 'views', 'viewed'],
  back: ['backed', 'backing'],
  talk: ['talked', 'talking'],
  refer: ['referred', 'refers', 'referring'],
  sing: ['sang', 'sung', 'sings', 'singing', 'sing'],
  sell: ['sold', 'sells', 'selling', 'sell'],
  learn: ['learned', 'learnt', 'learns', 'learning', 'learn'],
  forecast: ['forecast', 'forecasted', 'forecasts', 'forecasting'],
  // Verbs whose bare forms are mostly nouns ("the Ukraine issue", "a target", "the release"): only these forms cue.
  issue: ['issued', 'issuing', 'issues'],
  release: ['released', 'releasing', 'releases'],
  target: ['targeted', 'targeting', 'targets'],
  pressure: ['pressured', 'pressuring', 'pressures'],
  share: ['shared', 'sharing', 'shares'],
  counsel: ['counseled', 'counselled', 'counseling', 'counselling', 'counsels'],
  discount: ['discounted', 'discounting', 'discounts'],
  vent: ['vented', 'venting', 'vents'],
  order: ['ordered', 'ordering', 'orders'],
  list: ['listed', 'listing', 'lists'],
  detail: ['detailed', 'detailing', 'details'],
  frame: ['framed', 'framing', 'frames'],
  focus: ['focused', 'focusing', 'focussed', 'focussing', 'focuses'],
  address: ['addressed', 'addressing', 'addresses'],
  credit: ['credited', 'crediting', 'credits'],
  quote: ['quoted', 'quoting', 'quotes'],
  reference: ['referenced', 'referencing', 'references'],
  highlight: ['highlighted', 'highlighting', 'highlights'],
  champion: ['championed', 'championing', 'champions'],
  lobby: ['lobbied', 'lobbying', 'lobbies'],
  aim: ['aimed', 'aiming', 'aims'],
  name: ['named', 'naming', 'names'],
  request: ['requested', 'requesting', 'requests'],
  cast: ['cast', 'casts', 'casting'],
  pan: ['panned', 'panning', 'pans'],
  hammer: ['hammered', 'hammering', 'hammers'],
  trash: ['trashed', 'trashing', 'trashes'],
  boo: ['booed', 'booing', 'boos'],
  cheer: ['cheered', 'cheering', 'cheers'],
  command: ['commanded', 'commanding', 'commands'],
  press: ['pressed', 'pressing', 'presses'],
};

/** Verbs whose content is an infinitive ("declined to comment", "vowed to fight"): the "to" opens the content. */
export const TO_VERBS: ReadonlySet<string> = new Set(
  `want hope promise pledge vow plan expect seek refuse decline threaten offer agree try attempt intend
  urge ask tell call vote look`
    .trim()
    .split(/\s+/),
);
/** Verbs that cue only before an infinitive: "declined to comment" but not "support declined". */
export const ONLY_TO: ReadonlySet<string> = new Set(
  `decline refuse try attempt intend threaten vote plan look`.trim().split(/\s+/),
);

function regularForms(lemma: string): string[] {
  const consonantY = /[^aeiou]y$/.test(lemma);
  const stem = lemma.replace(/e$/, '');
  const doubled =
    /^(?:refer|admit|regret|commit|plan|permit|submit|omit|rebut|quip|bar|slam|brag|prefer|chat|nod|jab|spar)$/.test(
      lemma,
    )
      ? lemma + lemma.slice(-1)
      : lemma;
  const third = consonantY
    ? `${lemma.slice(0, -1)}ies`
    : /(?:s|sh|ch|x|z|o)$/.test(lemma)
      ? `${lemma}es`
      : `${lemma}s`;
  const past = consonantY ? `${lemma.slice(0, -1)}ied` : lemma.endsWith('e') ? `${lemma}d` : `${doubled}ed`;
  const ing = lemma.endsWith('ee')
    ? `${lemma}ing`
    : lemma.endsWith('ie')
      ? `${lemma.slice(0, -2)}ying`
      : `${lemma.endsWith('e') ? stem : doubled}ing`;
  return [lemma, third, past, ing];
}

/** Lower-case verb form → base form. */
export const CUE_FORMS: ReadonlyMap<string, string> = (() => {
  // "state" and "states" are mostly nouns ("state media", "the United States"); only the past and -ing forms cue.
  const m = new Map<string, string>([
    ['stated', 'state'],
    ['stating', 'state'],
  ]);
  for (const lemma of LEMMAS)
    for (const form of IRREGULAR[lemma] ?? regularForms(lemma)) if (!m.has(form)) m.set(form, lemma);
  return m;
})();

/** Verbs whose bare forms are as often nouns ("the show", "a call", "his support"): a determiner before them means a noun. */
export const NOUN_LIKE: ReadonlySet<string> = new Set(
  `
show call report support claim want promise find hope fear comment answer point estimate
reply note state question tweet post charge plan demand view order request offer challenge list
name label brand back like love hate poll survey rate rank count forecast project paint frame pitch
rule hold figure guess doubt blame talk object counter detail outline recap repeat judge direct
feel read see notice welcome dub echo signal hint mock slam blast tout vow pledge joke quip boast
brag worry consider regard decline refuse threaten invite favor favour prefer thank
address focus frame brand cast label quote reference credit highlight champion lobby aim attack press pressure
share command cheer boo regret advocate issue release look target hammer trash knock hype tease counsel discount vent pan
`
    .trim()
    .split(/\s+/),
);

/** "said" → "say", "told" → "tell"; unknown words are returned lower-cased. */
export function baseForm(cue: string): string {
  const c = cue.toLowerCase();
  return CUE_FORMS.get(c) ?? c;
}
