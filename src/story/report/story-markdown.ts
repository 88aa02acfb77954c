// A story view as a Markdown report: summary with numbered citations, timeline, claims (contradictions side by
// side), quotes, sources, perspectives and the article list. Every line traces back to the articles.
import type { Citation, CitedSentence, StoryView } from '../../model.js';
import { claimValueLabel } from '../claims/value-label.js';

export function storyMarkdown(view: StoryView): string {
  const articleNo = new Map(view.articles.map((a, i) => [a.id, i + 1]));
  const cite = (citations: readonly Citation[]) => {
    const nos = [
      ...new Set(citations.map((c) => articleNo.get(c.articleId)).filter((n): n is number => !!n)),
    ];
    return nos.length ? ` [${nos.sort((a, b) => a - b).join(', ')}]` : '';
  };
  const sentence = (s: CitedSentence) => `${s.text}${cite(s.citations)}`;
  const outletOf = (id: string) => view.articles.find((a) => a.id === id)?.outlet ?? id;
  const out: string[] = [`# ${view.headline}`, ''];
  const srcs = view.sources.independentSources;
  out.push(
    `${view.articles.length} article${view.articles.length === 1 ? '' : 's'} from ${srcs} independent source${srcs === 1 ? '' : 's'}` +
      (view.coverage.length
        ? `, ${view.coverage[0]?.day} to ${view.coverage[view.coverage.length - 1]?.day}`
        : ''),
    '',
  );
  if (view.summary.keyPoints.length) {
    out.push('## Key points', '');
    for (const k of view.summary.keyPoints) out.push(`- ${sentence(k)}`);
    out.push('');
  }
  if (view.summary.long.length || view.summary.short.length) {
    out.push(
      '## Summary',
      '',
      (view.summary.long.length ? view.summary.long : view.summary.short).map(sentence).join(' '),
      '',
    );
  }
  if (view.timeline.length) {
    out.push('## Timeline', '');
    for (const t of view.timeline) {
      const when = t.date.end ? `${t.date.start} – ${t.date.end}` : t.date.start;
      const kind = t.kind === 'happened' ? '' : ` *(${t.kind})*`;
      out.push(`- **${when}**${t.background ? ' (background)' : ''}${kind}: ${t.text}${cite(t.citations)}`);
    }
    out.push('');
  }
  const contradicted = view.claims.filter((c) => c.status === 'contradicted');
  if (contradicted.length) {
    out.push('## Where the sources disagree', '');
    for (const c of contradicted) {
      out.push(`### ${[c.subject, c.predicate].filter(Boolean).join(': ')}`, '');
      if (c.note) out.push(`${c.note}`, '');
      out.push('| value | reported by | evidence |', '|---|---|---|');
      for (const v of c.variants)
        for (const i of v.mentions) {
          const m = c.mentions[i];
          if (m)
            out.push(
              `| ${cell(v.value ? claimValueLabel(v.value) : '—')} | ${cell(m.outlet ?? outletOf(m.articleId))} [${articleNo.get(m.articleId) ?? '?'}] | ${cell(m.text)} |`,
            );
        }
      out.push('');
    }
  }
  const others = view.claims.filter((c) => c.status !== 'contradicted');
  if (others.length) {
    out.push('## Claims', '', '| claim | value | status | sources |', '|---|---|---|---|');
    for (const c of others) {
      const status =
        c.status === 'updated' && c.update
          ? `updated (${c.update.from ?? '—'} → ${c.update.to ?? '—'})`
          : c.status;
      out.push(
        `| ${cell([c.subject, c.predicate].filter(Boolean).join(': '))} | ${cell(c.value ? claimValueLabel(c.value) : '—')} | ${status} | ${c.independentSources}${cite(c.mentions.map((m) => ({ articleId: m.articleId, span: m.span })))} |`,
      );
    }
    out.push('');
  }
  if (view.quotes.length) {
    out.push('## Who said what', '');
    for (const q of view.quotes) {
      const who = q.speaker.name ?? 'unattributed';
      const to = q.addressee?.name ? ` to ${q.addressee.name}` : '';
      const medium = q.medium ? ` (${q.medium})` : '';
      const text = q.kind === 'direct' ? `“${q.text}”` : q.text;
      out.push(
        `- **${who}**${to}${medium}: ${text}${cite(q.variants.map((v) => ({ articleId: v.articleId, span: v.span })))}` +
          (q.variants.length > 1 ? ` — ${q.variants.length} wordings` : ''),
      );
    }
    out.push('');
  }
  if (view.perspectives.actors.length) {
    out.push('## Positions', '');
    for (const a of view.perspectives.actors) {
      out.push(`**${a.name}**`, '');
      for (const s of a.statements) out.push(`- ${s.stance}: ${s.text}${cite(s.citations)}`);
      out.push('');
    }
  }
  if (view.perspectives.outlets.length) {
    out.push('## Framing by outlet', '');
    for (const o of view.perspectives.outlets) {
      const loaded = o.loadedTerms.length ? `; loaded terms: ${o.loadedTerms.join(', ')}` : '';
      const omitted = o.omittedClaims.length
        ? `; leaves out ${o.omittedClaims.length} widely reported claim${o.omittedClaims.length === 1 ? '' : 's'}`
        : '';
      out.push(
        `- **${o.outlet}**: ${(o.opinionShare * 100).toFixed(0)}% opinion sentences${loaded}${omitted}`,
      );
    }
    out.push('');
  }
  out.push('## Sources', '');
  for (const o of view.sources.outlets)
    out.push(`- ${o.name}: ${o.articleIds.map((id) => `[${articleNo.get(id)}]`).join(' ')}`);
  if (view.sources.cited.length) {
    out.push('', 'Secondary sources cited:', '');
    for (const c of view.sources.cited) out.push(`- ${c.name} (${c.kind}), cited by ${c.citedBy.join(', ')}`);
  }
  if (view.sources.wireOrigins.length) {
    out.push('', 'Wire origins:', '');
    for (const w of view.sources.wireOrigins)
      out.push(`- ${w.name}: ${w.articleIds.length} article${w.articleIds.length === 1 ? '' : 's'}`);
  }
  out.push('', '## Articles', '');
  view.articles.forEach((a, i) => {
    const date = a.date.source === 'metadata' ? a.date.value : `${a.date.value} (${a.date.source})`;
    const dup = a.duplicateOf
      ? ` — copy of [${articleNo.get(a.duplicateOf.articleId) ?? a.duplicateOf.articleId}]`
      : '';
    out.push(
      `${i + 1}. ${a.title ?? '(untitled)'} — ${a.outlet ?? 'unknown outlet'}, ${date} (\`${a.id}\`)${dup}`,
    );
  });
  return `${out.join('\n')}\n`;
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();
}
