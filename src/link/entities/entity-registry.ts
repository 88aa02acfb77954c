// One identity per real entity across the store. Each article's entities (already joined in-article by
// src/analyze/entities/coref.ts) are matched, in arrival order, against the entities seen before:
//
// 1. Exact: the same name key (case, diacritics, "the", titles and possessives folded) of the name or an alias,
//    or the same known outlet ("NYT" = "The New York Times"). Types must agree, except that places,
//    organisations and groups are interchangeable (the recogniser mixes them up) and a one-word name tagged as a
//    person may be a place ("Jordan").
// 2. Evidence matches, each needing context: the candidate must share entities with the article (co-occurrence:
//    entities the article resolved exactly that the candidate was seen with before):
//    - spelling and transliteration variants ("Muammar Gaddafi" / "Moammar Qaddafi", "Kharkov" / "Kharkiv")
//      found through a consonant skeleton and confirmed word by word (name-key.ts);
//    - a one-word person name and a full name that ends or starts with it ("Merkel" / "Angela Merkel",
//      "Lula" / "Lula da Silva"), only when exactly one person fits best;
//    - an acronym and a name with those initials ("WHO" / "World Health Organization").
// 3. Otherwise a new entity.
// Precision first: two full names that differ in a word (other than by spelling) are never merged, whatever they
// share; organisations or people given different countries ("Ukrainian Foreign Ministry" / "Chinese Foreign
// Ministry") stay apart; ambiguous cases (two candidates as good) start a new entity.
//
// Lookups go through indexes (name key, skeleton, person name word, initials), never a scan of all entities.
// Ids are "e:" + a slug of the first name seen, with "-2", "-3", ... when taken: deterministic for an arrival order.
import { knownOutlet, outletKey } from '../../analyze/outlets.js';
import type { Analysis, ArticleEntity, EntityType } from '../../model.js';
import type { EntityWrite } from '../../store/store.js';
import {
  initialsOf,
  isAcronym,
  isSpellingVariant,
  isTitleOnly,
  nameKey,
  nameSkeleton,
  nameTokens,
  phoneticWord,
} from './name-key.js';
import { entityQualifiers, qualifiersConflict } from './qualifiers.js';

export interface RegistryContext {
  articleId: string;
  /** The article's date (ISO). */
  date: string;
  /** The article's clean text, when available: lets qualifiers be read across "'s" ("Ukraine's Council"). */
  text?: string;
}

export interface ResolveResult {
  /** Global entity id for each entity of the analysis (same order as Analysis.entities). */
  ids: string[];
  /**
   * Each global entity the article touched, once, with the article's mentions of it; `unchanged` when its name,
   * type, aliases and roles are as they were the last time it was handed out here (the store has them).
   */
  touched: { entity: EntityWrite; mentions: number; unchanged: boolean }[];
}

/** How an article entity was matched (for explanations and tests). */
export type MatchKind = 'exact' | 'variant' | 'short-form' | 'full-form' | 'acronym' | 'new';

export interface RegistryOptions {
  /** Co-occurring entities a candidate must share with the article for an evidence match. */
  minSharedForVariant: number;
  minSharedForShortName: number;
  minSharedForShortForm: number;
  minSharedForAcronym: number;
  /** Caps that keep each entity's state small. */
  maxNeighbours: number;
  maxAliases: number;
  maxRoles: number;
}

export const DEFAULT_REGISTRY: RegistryOptions = {
  minSharedForVariant: 1,
  minSharedForShortName: 2,
  minSharedForShortForm: 2,
  minSharedForAcronym: 1,
  maxNeighbours: 64,
  maxAliases: 40,
  maxRoles: 20,
};

interface GlobalEntity {
  id: string;
  name: string;
  votes: Partial<Record<EntityType, number>>;
  /** The type with the most votes (typeOf), kept up to date as votes come in. */
  type: EntityType;
  /** Whether name, type, aliases or roles changed since the entity was last handed out in `touched`. */
  dirty: boolean;
  aliases: string[];
  roles: string[];
  qualifiers: string[];
  /** Co-occurring entity id → number of articles together. */
  neighbours: Map<string, number>;
  articles: number;
  lastSeen: string;
}

interface SerializedEntity {
  id: string;
  name: string;
  votes: Partial<Record<EntityType, number>>;
  aliases: string[];
  roles: string[];
  qualifiers: string[];
  /** Co-occurring entities, in the map's order, flat: [position of the entity in `entities`, count, ...]. */
  near?: number[];
  /** The same as [id, count] pairs (snapshots written before `near`; still read). */
  neighbours?: [string, number][];
  articles: number;
  lastSeen: string;
}

export interface EntityRegistryState {
  version: 1;
  options: RegistryOptions;
  entities: SerializedEntity[];
}

const TYPE_ORDER: EntityType[] = ['person', 'organization', 'place', 'group', 'other'];

function typeOf(e: GlobalEntity): EntityType {
  return e.type;
}

/** The type with the most votes (the first in TYPE_ORDER among equals). */
function votedType(votes: Partial<Record<EntityType, number>>): EntityType {
  let best: EntityType = 'other';
  let n = -1;
  for (const t of TYPE_ORDER) {
    const v = votes[t];
    if (v !== undefined && v > n) {
      best = t;
      n = v;
    }
  }
  return best;
}

function push(map: Map<string, string[]>, key: string, id: string): void {
  if (!key) return;
  const list = map.get(key);
  if (!list) map.set(key, [id]);
  else if (!list.includes(id)) list.push(id);
}

function slug(key: string): string {
  const s = key
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
  return s || 'entity';
}

/** Surface forms of an article entity: its name and aliases, without duplicates. */
function formsOf(e: ArticleEntity): string[] {
  return [...new Set([e.name, ...e.aliases].map((f) => f.trim()).filter(Boolean))];
}

interface Pending {
  index: number;
  entity: ArticleEntity;
  keys: string[];
  qualifiers: string[];
}

/** Keys of the written-out names (more than one word, not acronyms) among some forms. */
function fullNameKeys(forms: readonly string[]): string[] {
  return forms
    .filter((f) => !isAcronym(f))
    .map(nameKey)
    .filter((k) => nameTokens(k).length > 1);
}

/**
 * Whether an article entity and a global entity, when both have written-out names, share one: equal, spelling
 * variants, or one contained in the other ("State Department" / "US State Department").
 */
function fullNamesAgree(p: Pending, g: GlobalEntity): boolean {
  const mine = fullNameKeys(formsOf(p.entity));
  const theirs = fullNameKeys([g.name, ...g.aliases]);
  if (mine.length === 0 || theirs.length === 0) return true;
  const contains = (a: string, b: string) => ` ${a} `.includes(` ${b} `);
  return mine.some((a) =>
    theirs.some(
      (b) =>
        a === b || contains(a, b) || contains(b, a) || isSpellingVariant(a, b, p.entity.type === 'person'),
    ),
  );
}

/** The one other non-person entity of the article that is the expansion (or the acronym) of this one. */
function acronymPartner(p: Pending, all: readonly Pending[]): Pending | null {
  if (p.entity.type === 'person') return null;
  const letters = (e: ArticleEntity) =>
    formsOf(e)
      .filter(isAcronym)
      .map((f) => f.replace(/[^A-Z]/g, ''));
  const own = letters(p.entity);
  const initials = initialsOf(p.keys[0] ?? '');
  const partners = all.filter(
    (q) =>
      q !== p &&
      q.entity.type !== 'person' &&
      ((own.length > 0 && own.includes(initialsOf(q.keys[0] ?? ''))) ||
        (initials !== '' && letters(q.entity).includes(initials))),
  );
  return partners.length === 1 ? partners[0]! : null;
}

export class EntityRegistry {
  readonly options: RegistryOptions;
  private readonly entities = new Map<string, GlobalEntity>();
  private readonly byKey = new Map<string, string[]>();
  private readonly bySkeleton = new Map<string, string[]>();
  /** Phonetic first or last word of multi-word person names → ids. */
  private readonly byNameWord = new Map<string, string[]>();
  /** Phonetic one-word person names → ids. */
  private readonly byLoneWord = new Map<string, string[]>();
  private readonly byInitials = new Map<string, string[]>();
  /** How each entity of the last resolved article was matched. */
  lastMatches: MatchKind[] = [];

  constructor(options: Partial<RegistryOptions> = {}) {
    this.options = { ...DEFAULT_REGISTRY, ...options };
  }

  get size(): number {
    return this.entities.size;
  }

  /** A global entity as the store keeps it. */
  get(id: string): EntityWrite | null {
    const e = this.entities.get(id);
    return e ? this.write(e) : null;
  }

  resolve(analysis: Analysis, ctx: RegistryContext): ResolveResult {
    const qualifiers = entityQualifiers(analysis, ctx.text);
    const ids: (string | null)[] = analysis.entities.map(() => null);
    const kinds: MatchKind[] = analysis.entities.map(() => 'new');
    const pending: Pending[] = analysis.entities.map((entity, index) => ({
      index,
      entity,
      keys: [...new Set(formsOf(entity).map(nameKey).filter(Boolean))],
      qualifiers: qualifiers[index] ?? [],
    }));

    // 1. Exact matches; several candidates are settled by context below.
    const ambiguous: [Pending, string[], number][] = [];
    for (const p of pending) {
      const candidates = this.exactCandidates(p);
      // A one-word person name that is only another person's short form ("Johnson" of "Boris Johnson") needs the
      // context a surname needs.
      const oneWordPerson = p.entity.type === 'person' && nameTokens(p.keys[0] ?? '').length === 1;
      if (
        oneWordPerson &&
        candidates.length > 0 &&
        candidates.every((id) => nameKey(this.entities.get(id)!.name) !== p.keys[0])
      )
        ambiguous.push([p, candidates, this.options.minSharedForShortForm]);
      else if (candidates.length === 1) {
        ids[p.index] = candidates[0]!;
        kinds[p.index] = 'exact';
      } else if (candidates.length > 1) ambiguous.push([p, candidates, 1]);
    }
    const context = new Set(ids.filter((x): x is string => x !== null));
    const taken = new Set(context);

    for (const [p, candidates, min] of ambiguous) {
      const best = this.bestByContext(candidates, context, min);
      if (best) {
        ids[p.index] = best;
        kinds[p.index] = 'exact';
        context.add(best);
        taken.add(best);
      }
    }

    // 2. Evidence matches, in article order.
    for (const p of pending) {
      if (ids[p.index] !== null || ambiguous.some(([a]) => a === p)) continue;
      const found = this.evidenceMatch(p, context, taken);
      if (found) {
        ids[p.index] = found.id;
        kinds[p.index] = found.kind;
        context.add(found.id);
        taken.add(found.id);
      }
    }

    // 3. New entities, then the article's forms, roles and co-occurrences are recorded.
    const created = new Set<string>();
    // An acronym and its expansion in one article ("US" … "United States") are one entity even when the
    // in-article coreference left them apart.
    for (const p of pending) {
      if (ids[p.index] !== null) continue;
      const partner = acronymPartner(p, pending);
      const partnerId =
        partner && ids[partner.index] && fullNamesAgree(p, this.entities.get(ids[partner.index]!)!)
          ? ids[partner.index]!
          : null;
      // The same name twice in one article (two entities the in-article step kept apart) is one new entity.
      const twin = this.exactCandidates(p).filter((id) => created.has(id));
      if (partnerId) {
        ids[p.index] = partnerId;
        kinds[p.index] = 'acronym';
      } else if (twin.length === 1) {
        ids[p.index] = twin[0]!;
      } else {
        const g = this.create(p);
        created.add(g.id);
        ids[p.index] = g.id;
      }
    }
    const final = ids as string[];
    const mentions = new Map<string, number>();
    const touched: string[] = [];
    for (const p of pending) {
      const id = final[p.index]!;
      const g = this.entities.get(id)!;
      if (!mentions.has(id)) {
        touched.push(id);
        g.articles++;
        if (ctx.date > g.lastSeen) g.lastSeen = ctx.date;
      }
      this.absorb(g, p);
      mentions.set(id, (mentions.get(id) ?? 0) + p.entity.mentions);
    }
    this.recordNeighbours(touched);
    this.lastMatches = kinds;
    return {
      ids: final,
      touched: touched.map((id) => {
        const g = this.entities.get(id)!;
        const unchanged = !g.dirty;
        g.dirty = false;
        return { entity: this.write(g), mentions: mentions.get(id) ?? 0, unchanged };
      }),
    };
  }

  private typeFits(g: GlobalEntity, p: Pending): boolean {
    const gt = typeOf(g);
    const at = p.entity.type;
    if (gt === at) return true;
    if (gt !== 'person' && at !== 'person') return true;
    // A one-word name tagged as a person may be a place or organisation ("Kyiv", "Mariupol").
    const personKey = gt === 'person' ? nameKey(g.name) : (p.keys[0] ?? '');
    return nameTokens(personKey).length === 1;
  }

  private fits(id: string, p: Pending): GlobalEntity | null {
    const g = this.entities.get(id);
    if (!g || !this.typeFits(g, p) || qualifiersConflict(g.qualifiers, p.qualifiers)) return null;
    return g;
  }

  private exactCandidates(p: Pending): string[] {
    const [nameKeyOfName, ...aliasKeys] = p.keys;
    const lookup = (keys: string[]) => {
      const out = new Set<string>();
      for (const k of keys) for (const id of this.byKey.get(k) ?? []) if (this.fits(id, p)) out.add(id);
      return [...out];
    };
    const outletKeys = formsOf(p.entity)
      .map((f) => knownOutlet(f))
      .filter((o) => o !== null)
      .map((o) => `outlet:${outletKey(o.name)}`);
    const byName = lookup([...(nameKeyOfName ? [nameKeyOfName] : []), ...outletKeys]);
    if (byName.length > 0) return byName;
    // Through an alias only ("EC" of "Executive Commission" is not "EC" of "European Community").
    return lookup(aliasKeys).filter((id) => fullNamesAgree(p, this.entities.get(id)!));
  }

  /**
   * Context shared by a candidate and the article: the entities of the article it was seen with before, each
   * weighted like an inverse document frequency (1 for an entity in a few articles, less for hubs such as a
   * country named everywhere: 2 / log2(2 + articles), at most 1).
   */
  private shared(g: GlobalEntity, context: ReadonlySet<string>): number {
    let n = 0;
    for (const id of context) {
      if (id === g.id || !g.neighbours.has(id)) continue;
      const articles = this.entities.get(id)?.articles ?? 0;
      n += Math.min(1, 2 / Math.log2(2 + articles));
    }
    return n;
  }

  private bestByContext(candidates: string[], context: ReadonlySet<string>, min: number): string | null {
    const scored = candidates
      .map((id) => ({ id, score: this.shared(this.entities.get(id)!, context) }))
      .sort((a, b) => b.score - a.score);
    const [first, second] = scored;
    if (!first || first.score < min || (second && second.score === first.score)) return null;
    return first.id;
  }

  private evidenceMatch(
    p: Pending,
    context: ReadonlySet<string>,
    taken: ReadonlySet<string>,
  ): { id: string; kind: MatchKind } | null {
    const key = p.keys[0];
    if (!key) return null;
    const tokens = nameTokens(key);
    const person = p.entity.type === 'person';
    const o = this.options;
    const found = new Map<string, { kind: MatchKind; min: number; bonus: number }>();
    const offer = (id: string, kind: MatchKind, min: number, bonus = 0) => {
      if (taken.has(id) || found.has(id)) return;
      found.set(id, { kind, min, bonus });
    };
    // Spelling and transliteration variants.
    const short = key.replace(/ /g, '').length < 8;
    for (const id of this.bySkeleton.get(nameSkeleton(key)) ?? []) {
      const g = this.fits(id, p);
      if (!g) continue;
      // Variants keep the type ("German" is not "Germany"), except a one-word name tagged as a person.
      if (typeOf(g) !== p.entity.type && !(person && tokens.length === 1)) continue;
      const personal = person && typeOf(g) === 'person';
      if ([g.name, ...g.aliases].some((f) => isSpellingVariant(key, nameKey(f), personal)))
        offer(id, 'variant', short ? o.minSharedForShortName : o.minSharedForVariant);
    }
    const roleBonus = (g: GlobalEntity) => (p.entity.roles.some((r) => g.roles.includes(r)) ? 1 : 0);
    // A surname stands for a full name on context; a first word ("Xi" for "Xi Jinping", but also "Drew" for
    // "Drew Brees") needs one more shared entity. Initials ("W.", "N. J.") never do.
    const lastWordOf = (g: GlobalEntity) => nameTokens(nameKey(g.name)).at(-1) ?? '';
    if (person && tokens.length === 1 && tokens[0]!.length >= 2 && !isTitleOnly(key)) {
      // "Zelensky" → "Volodymyr Zelensky": a one-word name that is the first or last word of a full name.
      const word = phoneticWord(tokens[0]!);
      for (const id of this.byNameWord.get(word) ?? []) {
        const g = this.fits(id, p);
        if (!g || typeOf(g) !== 'person' || nameTokens(nameKey(g.name)).length < 2) continue;
        const extra = phoneticWord(lastWordOf(g)) === word ? 0 : 1;
        offer(id, 'short-form', o.minSharedForShortForm + extra, roleBonus(g));
      }
    }
    if (person && tokens.length >= 2) {
      // "Volodymyr Zelensky" → an earlier one-word "Zelensky".
      for (const word of new Set([tokens[0]!, tokens[tokens.length - 1]!])) {
        if (word.length < 2) continue;
        const extra = word === tokens[tokens.length - 1] ? 0 : 1;
        // Only when no other full name has that word: "Biden" is not "Jill Biden" once "Joe Biden" is known.
        const others = (this.byNameWord.get(phoneticWord(word)) ?? []).filter((id) => {
          const g = this.entities.get(id)!;
          return typeOf(g) === 'person' && !isSpellingVariant(key, nameKey(g.name), true);
        });
        if (others.length > 0) continue;
        for (const id of this.byLoneWord.get(phoneticWord(word)) ?? []) {
          const g = this.fits(id, p);
          if (g && typeOf(g) === 'person' && nameTokens(nameKey(g.name)).length === 1)
            offer(id, 'full-form', o.minSharedForShortForm + 1 + extra, roleBonus(g));
        }
      }
    }
    if (!person) {
      // "ICC" → "International Criminal Court", and the reverse.
      // Across articles only acronyms of three letters or more: two-letter ones ("BP", "EC", "DM") stand for too
      // many names. The full names, when both are known, must agree.
      for (const form of formsOf(p.entity).filter(isAcronym)) {
        const letters = form.replace(/[^A-Z]/g, '');
        if (letters.length < 3) continue;
        for (const id of this.byInitials.get(letters) ?? []) {
          const g = this.fits(id, p);
          if (g && typeOf(g) !== 'person' && fullNamesAgree(p, g))
            offer(id, 'acronym', o.minSharedForAcronym);
        }
      }
      const initials = initialsOf(key);
      if (initials.length >= 3)
        for (const id of this.byKey.get(initials.toLowerCase()) ?? []) {
          const g = this.fits(id, p);
          if (g && typeOf(g) !== 'person' && isAcronym(g.name) && fullNamesAgree(p, g))
            offer(id, 'acronym', o.minSharedForAcronym);
        }
    }
    const scored = [...found.entries()]
      .map(([id, f]) => ({ id, ...f, score: this.shared(this.entities.get(id)!, context) + f.bonus }))
      .sort((a, b) => b.score - a.score);
    const [first, second] = scored;
    if (!first || first.score < first.min || (second && second.score === first.score)) return null;
    return { id: first.id, kind: first.kind };
  }

  private create(p: Pending): GlobalEntity {
    const base = `e:${slug(p.keys[0] ?? '')}`;
    let id = base;
    for (let n = 2; this.entities.has(id); n++) id = `${base}-${n}`;
    const g: GlobalEntity = {
      id,
      name: p.entity.name,
      votes: { [p.entity.type]: 0 },
      type: votedType({ [p.entity.type]: 0 }),
      dirty: true,
      aliases: [],
      roles: [],
      qualifiers: [],
      neighbours: new Map(),
      articles: 0,
      lastSeen: '',
    };
    this.entities.set(id, g);
    this.index(g, g.name);
    return g;
  }

  /** Adds the article entity's type, forms, roles and qualifiers to a global entity. */
  private absorb(g: GlobalEntity, p: Pending): void {
    const { entity } = p;
    g.votes[entity.type] = (g.votes[entity.type] ?? 0) + Math.max(1, entity.mentions);
    const type = votedType(g.votes);
    if (type !== g.type) {
      g.type = type;
      g.dirty = true;
    }
    // A fuller name of a person known by one word ("Zelensky" → "Volodymyr Zelensky") becomes the name.
    const gTokens = nameTokens(nameKey(g.name));
    const eTokens = nameTokens(nameKey(entity.name));
    if (
      entity.type === 'person' &&
      gTokens.length === 1 &&
      eTokens.length > 1 &&
      eTokens.some((t) => phoneticWord(t) === phoneticWord(gTokens[0]!))
    ) {
      if (!g.aliases.includes(g.name)) g.aliases.push(g.name);
      g.name = entity.name;
      g.aliases = g.aliases.filter((a) => a !== entity.name);
      g.dirty = true;
      this.index(g, g.name);
    }
    for (const form of formsOf(entity)) {
      if (form === g.name || g.aliases.includes(form) || g.aliases.length >= this.options.maxAliases)
        continue;
      g.aliases.push(form);
      g.dirty = true;
      this.index(g, form);
    }
    for (const r of entity.roles)
      if (!g.roles.includes(r) && g.roles.length < this.options.maxRoles) {
        g.roles.push(r);
        g.dirty = true;
      }
    for (const q of p.qualifiers)
      if (!g.qualifiers.includes(q) && g.qualifiers.length < 10) g.qualifiers.push(q);
  }

  /** Puts one surface form of an entity in every lookup index (types are checked at lookup time). */
  private index(g: GlobalEntity, form: string): void {
    const key = nameKey(form);
    if (!key) return;
    push(this.byKey, key, g.id);
    const outlet = knownOutlet(form);
    if (outlet) push(this.byKey, `outlet:${outletKey(outlet.name)}`, g.id);
    push(this.bySkeleton, nameSkeleton(key), g.id);
    const tokens = nameTokens(key);
    if (tokens.length === 1) push(this.byLoneWord, phoneticWord(tokens[0]!), g.id);
    else {
      push(this.byNameWord, phoneticWord(tokens[0]!), g.id);
      push(this.byNameWord, phoneticWord(tokens[tokens.length - 1]!), g.id);
      const initials = initialsOf(key);
      if (initials) push(this.byInitials, initials, g.id);
    }
  }

  private recordNeighbours(ids: readonly string[]): void {
    const cap = this.options.maxNeighbours;
    for (const a of ids) {
      const n = this.entities.get(a)!.neighbours;
      for (const b of ids) if (b !== a) n.set(b, (n.get(b) ?? 0) + 1);
      if (n.size > cap * 1.5) {
        // Keep the most frequent (earlier first among equals).
        const kept = [...n.entries()].sort((x, y) => y[1] - x[1]).slice(0, cap);
        n.clear();
        for (const [k, v] of kept) n.set(k, v);
      }
    }
  }

  private write(g: GlobalEntity): EntityWrite {
    return {
      id: g.id,
      name: g.name,
      type: typeOf(g),
      aliases: g.aliases.filter((a) => a !== g.name),
      roles: [...g.roles],
    };
  }

  toJSON(): EntityRegistryState {
    // Neighbours by position rather than id: the maps are most of the state, and ids are long.
    const position = new Map<string, number>();
    for (const id of this.entities.keys()) position.set(id, position.size);
    return {
      version: 1,
      options: this.options,
      entities: [...this.entities.values()].map((g) => {
        const near: number[] = [];
        for (const [id, n] of g.neighbours) near.push(position.get(id)!, n);
        return {
          id: g.id,
          name: g.name,
          votes: g.votes,
          aliases: g.aliases,
          roles: g.roles,
          qualifiers: g.qualifiers,
          near,
          articles: g.articles,
          lastSeen: g.lastSeen,
        };
      }),
    };
  }

  static fromJSON(json: unknown): EntityRegistry {
    const state = json as EntityRegistryState;
    if (!state || state.version !== 1 || !Array.isArray(state.entities))
      throw new Error('not an EntityRegistry state');
    const registry = new EntityRegistry(state.options);
    for (const s of state.entities) {
      registry.entities.set(s.id, {
        id: s.id,
        name: s.name,
        votes: { ...s.votes },
        type: votedType(s.votes),
        // The store may hold a later form of it (links undone after the snapshot): written again when touched.
        dirty: true,
        aliases: [...s.aliases],
        roles: [...s.roles],
        qualifiers: [...s.qualifiers],
        neighbours: s.near ? neighboursAt(s.near, state.entities) : new Map(s.neighbours ?? []),
        articles: s.articles,
        lastSeen: s.lastSeen,
      });
    }
    for (const g of registry.entities.values()) for (const f of [g.name, ...g.aliases]) registry.index(g, f);
    return registry;
  }
}

/** The neighbour map of a snapshot's flat [position, count, ...] list. */
function neighboursAt(near: readonly number[], entities: readonly SerializedEntity[]): Map<string, number> {
  const map = new Map<string, number>();
  for (let i = 0; i + 1 < near.length; i += 2) {
    const id = entities[near[i]!]?.id;
    if (id === undefined) throw new Error('not an EntityRegistry state: a neighbour is not in it');
    map.set(id, near[i + 1]!);
  }
  return map;
}
