// Page furniture and boilerplate, found by general rules of position (head and tail of the article are where
// furniture lives), shape (short, no sentence punctuation, separators, addresses, handles) and vocabulary
// (subscribe, cookie, share, comments, corrections, disclaimers, author bios).
import { countWords } from '../count-words.js';

export interface ParagraphVerdict {
  remove: boolean;
  rule: string | null;
}

const SHARE =
  /^(?:share(?: this(?: article| story)?)?|tweet|e-?mail|print|save|copy link|subscribe|sign up|log ?in|register|follow us|like us|join us|download (?:our|the) app|read more|read next|related(?: articles| stories| coverage)?|see also|more from|more on this|recommended|advertisement|sponsored(?: content)?|click here|listen to (?:this )?article|watch(?: now)?|photo|image|video|getty images|ap photo|reuters photo|credit|skip to|back to top|top stories|trending|most read|you may also like|don'?t miss|caption|close|expand|enlarge|next|previous|prev|menu|search|loading|breaking news|sign in)\b/i;
const COOKIE_NEWSLETTER =
  /\b(?:cookies?|privacy policy|terms of (?:use|service)|newsletters?|inbox|unsubscribe|paywall|subscribers?|subscription|ad-?blocker)\b/i;
const IMPERATIVE =
  /\b(?:sign up|subscribe|accept|agree|click|tap|download|follow|share|register|log in|get (?:the|our))\b/i;
const CONTACT =
  /\b(?:for corrections|to report an? (?:error|typo|correction)|corrections?:|contact (?:us|our|the)|support team|email us|write to us|send (?:us )?(?:a )?tips?|tip line|\[email protected\]|email protected)\b|[\w.+-]+@[\w-]+\.[\w.]+/i;
const DISCLAIMER =
  /^(?:disclaimer|editor'?s note|note to (?:editors|readers)|the views (?:and opinions )?expressed|opinions expressed|this (?:article|story|content|post) (?:was|has been|is|may)|if you need to (?:update|edit|remove)|all rights reserved|©|\(c\)|copyright|this material may not be|published by|originally published|story continues|continue reading)/i;
const COMMENTS =
  /^(?:leave a (?:reply|comment)|comments?(?: are closed| \(\d+\))?|post a comment|add a comment|join the (?:conversation|discussion)|\d+ comments?|show comments|view comments|log in to comment|you must be logged in|your email address will not be published|required fields are marked|cancel reply)\b/i;
const BIO_FIRST_PERSON = /^(?:i|i'm|i am|i've|my name is)\b/i;
const BIO_VOCAB =
  /\b(?:writer|author|journalist|reporter|correspondent|editor|columnist|contributor|blogger|freelance|covers|based in|self-published|novels?|fantasy|podcast|mom|dad|mother of|father of|dog|cat|coffee|#\w+|@\w+)\b/i;
const THIRD_PERSON_BIO =
  /^(?:\p{Lu}[\p{L}'’-]+\s+){1,3}(?:is|was|has been) (?:a|an|the) (?:[\w-]+ ){0,4}(?:writer|author|journalist|reporter|correspondent|editor|columnist|contributor|producer|analyst|fellow)\b/iu;
const SEPARATORS = /[/>»›|•·]/;
const CAPTION =
  /(?:\((?:image|photo|picture|pic|video|credit|source)s?:[^)]*\)|\b(?:credit|photo|image|picture|pictured|photograph)s?:\s*[\p{L}\s/.,&-]{2,60})$/iu;
const RELATED_MARKER_MORE = /^more\b.{0,30}\b(?:news|stories|articles|coverage)$/i;
const RELATED_MARKER =
  /^(?:you may (?:also )?like|related(?: articles| stories| coverage| content)?|more (?:from|on|stories|news)|recommended(?: for you)?|read (?:more|next|also)|see (?:more|also)|most (?:read|popular)|trending(?: now)?|top stories|latest (?:news|stories)|editor'?s picks|don'?t miss)\b/i;
const TIME_OF_DAY = /\b\d{1,2}:\d{2}\s?(?:[ap]\.?m\.?)?(?=\W|$)/i;
const BYLINE_DATE =
  /\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2},? \d{4}\b|\b\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* \d{4}\b/i;
const BYLINE_LABEL =
  /\b(?:by|por|von|par|posted|published|publicado|updated|atualizado|actualizado|aktualisiert|mis à jour)\b/i;

function words(p: string): number {
  return countWords(p);
}

function endsSentence(p: string): boolean {
  return /[.!?]["')\]]?$/.test(p.trim());
}

function looksLikeName(p: string): boolean {
  return /^(?:\p{Lu}[\p{L}.'’-]+\s+){1,3}\p{Lu}[\p{L}.'’-]+$/u.test(p.trim()) && words(p) <= 4;
}

/**
 * Decides for each paragraph whether it is furniture. `paragraphs` are in reading order; the head is the first
 * few, the tail the last few.
 */
export function findBoilerplate(paragraphs: readonly string[]): ParagraphVerdict[] {
  const n = paragraphs.length;
  const verdicts: ParagraphVerdict[] = paragraphs.map(() => ({ remove: false, rule: null }));
  const mark = (i: number, rule: string): void => {
    verdicts[i] = { remove: true, rule };
  };
  paragraphs.forEach((raw, i) => {
    const p = raw
      .trim()
      .replace(/^\*+|\*+$/g, '')
      .trim();
    const w = words(p);
    const head = i < 3;
    const tail = i >= n - 6;
    if (w === 0) return mark(i, 'no words');
    if (head && w <= 8 && !endsSentence(p) && (SEPARATORS.test(p) || /[/>»›]\s*$/.test(p)))
      return mark(i, 'breadcrumb');
    if (w <= 14 && SHARE.test(p) && !endsSentence(p)) return mark(i, 'share or navigation prompt');
    if (
      w <= 6 &&
      /^(?:share|tweet|print|email|facebook|twitter|linkedin|whatsapp|reddit|telegram)(?:\s*[|/·•,]?\s*(?:share|tweet|print|email|facebook|twitter|linkedin|whatsapp|reddit|telegram|copy link))*$/i.test(
        p,
      )
    )
      return mark(i, 'share buttons');
    if (COMMENTS.test(p) && w <= 20) return mark(i, 'comment prompt');
    if (DISCLAIMER.test(p) && (tail || head || w <= 30)) return mark(i, 'disclaimer or copyright');
    if (/©|\ball rights reserved\b/i.test(p) && w <= 40) return mark(i, 'disclaimer or copyright');
    if (CAPTION.test(p) && w <= 60) return mark(i, 'photo caption');
    if (CONTACT.test(p) && (w <= 25 || (tail && CONTACT.exec(p)?.index === 0)))
      return mark(i, 'correction or contact line');
    if (i < 12 && /^(?:https?:\/\/|www\.)\S+$|^(?:twitter|facebook|instagram|x)\.com\/\S+$/i.test(p))
      return mark(i, 'bare link');
    if (
      i < 12 &&
      w <= 6 &&
      /^by\s+(?:\p{Lu}[\p{L}.'’-]+\s*){1,4}(?:(?:and|&)\s+(?:\p{Lu}[\p{L}.'’-]+\s*){1,4})?$/iu.test(p)
    )
      return mark(i, 'byline');
    if (/^on [\w.-]+\.(?:com|org|net|co\.uk|news)\s*:/i.test(p) && w <= 25) return mark(i, 'related link');
    if (/^citation:.*\bretrieved\b/i.test(p) || (tail && /\bsubject to copyright\b/i.test(p) && w <= 60))
      return mark(i, 'citation or copyright footer');
    if (/^in this (?:[\w.,]+ ){0,6}(?:photo|photograph|file photo|image|picture)\b/i.test(p) && w <= 80)
      return mark(i, 'photo caption');
    if (
      i < 12 &&
      w <= 30 &&
      (BYLINE_DATE.test(p) || TIME_OF_DAY.test(p)) &&
      (p.split(/\s[-|•·]\s/).length >= 3 || BYLINE_LABEL.test(p)) &&
      !endsSentence(p)
    )
      return mark(i, 'byline and date line');
    if (COOKIE_NEWSLETTER.test(p) && IMPERATIVE.test(p) && (w <= 40 || tail || head))
      return mark(i, 'newsletter or cookie banner');
    if (tail && BIO_FIRST_PERSON.test(p) && BIO_VOCAB.test(p)) return mark(i, 'author bio');
    if (tail && THIRD_PERSON_BIO.test(p) && w <= 60) return mark(i, 'author bio');
    if (/^(?:#\w+\s*){2,}$/.test(p) || /^(?:tags?|topics?|filed under|posted in|categories?)\s*:/i.test(p))
      return mark(i, 'tags');
  });
  // Navigation menus: runs of three or more short label-like paragraphs.
  let run: number[] = [];
  // Only at the edges of the text: lists inside the article body are content.
  const edge = (i: number): boolean => i < Math.max(3, n * 0.15) || i >= n - Math.max(4, n * 0.25);
  const flush = (): void => {
    const long = run.some((j) => words(paragraphs[j] ?? '') === 4);
    if (run.length >= (long ? 5 : 4) && run.every(edge))
      for (const j of run) if (!verdicts[j]?.remove) mark(j, 'navigation menu');
    run = [];
  };
  paragraphs.forEach((raw, i) => {
    const p = raw.trim();
    if (words(p) <= 4 && !endsSentence(p) && !/[,;\d%]/.test(p)) run.push(i);
    else flush();
  });
  flush();
  // After a "related stories" marker in the second half, the short headline-like lines that follow are links.
  for (let i = Math.floor(n / 2); i < n; i++) {
    const line = (paragraphs[i] ?? '').trim();
    if (!RELATED_MARKER.test(line) && !RELATED_MARKER_MORE.test(line)) continue;
    mark(i, 'related links');
    for (let j = i + 1; j < n && words(paragraphs[j] ?? '') <= 16 && !endsSentence(paragraphs[j] ?? ''); j++)
      mark(j, 'related links');
  }
  // Tail cascade: a bare name or short label next to removed tail furniture is part of it (author line before a bio).
  for (let i = n - 1; i >= 0; i--) {
    if (verdicts[i]?.remove) continue;
    const p = (paragraphs[i] ?? '').trim();
    const nextRemoved = i + 1 < n && verdicts[i + 1]?.remove;
    const allAfterRemoved = verdicts.slice(i + 1).every((v) => v.remove);
    if (nextRemoved && allAfterRemoved && i > 0 && looksLikeName(p)) mark(i, 'author name');
  }
  return verdicts;
}
