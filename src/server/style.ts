// The one stylesheet: system fonts, no external assets, readable on phones and large screens, light and dark.
export const STYLESHEET = `
:root {
  --bg: #f7f6f3; --surface: #ffffff; --ink: #1c1c1e; --muted: #5b5b63; --line: #e2e0da;
  --accent: #b4232c; --accent-ink: #ffffff; --link: #1a4f9c; --chip: #efeee9; --mark: #fff1b8;
  --radius: 10px; --shadow: 0 1px 2px rgba(0,0,0,.05), 0 2px 8px rgba(0,0,0,.04);
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  color: var(--ink); background: var(--bg); line-height: 1.5;
}
@media (prefers-color-scheme: dark) {
  :root { --bg: #141416; --surface: #1d1d20; --ink: #ececef; --muted: #a3a3ad; --line: #2e2e33;
    --link: #8db4ff; --chip: #2a2a2f; --mark: #5a4b00; --accent: #e5484d; }
}
* { box-sizing: border-box; }
body { margin: 0; }
a { color: var(--link); text-decoration-thickness: 1px; text-underline-offset: 2px; }
a:focus-visible, button:focus-visible, input:focus-visible, select:focus-visible, summary:focus-visible {
  outline: 3px solid var(--link); outline-offset: 2px; border-radius: 4px; }
.skip { position: absolute; left: -999px; top: 0; background: var(--surface); padding: .5rem 1rem; z-index: 10; }
.skip:focus { left: 1rem; }
header.site { background: var(--surface); border-bottom: 1px solid var(--line); }
header.site .bar { max-width: 1080px; margin: 0 auto; padding: .75rem 1.25rem; display: flex; gap: 1.25rem;
  align-items: center; flex-wrap: wrap; }
.brand { font-family: Georgia, "Times New Roman", serif; font-weight: 700; font-size: 1.45rem; color: var(--ink);
  text-decoration: none; letter-spacing: -.01em; }
.brand span { color: var(--accent); }
nav.primary ul { list-style: none; display: flex; gap: 1rem; margin: 0; padding: 0; }
nav.primary a { color: var(--muted); text-decoration: none; font-weight: 500; }
nav.primary a[aria-current="page"] { color: var(--ink); border-bottom: 2px solid var(--accent); }
form.search { margin-left: auto; display: flex; gap: .4rem; }
form.search input { width: min(22rem, 60vw); padding: .45rem .7rem; border: 1px solid var(--line); border-radius: 8px;
  background: var(--bg); color: var(--ink); font: inherit; }
button, .button { padding: .45rem .9rem; border-radius: 8px; border: 1px solid var(--accent); background: var(--accent);
  color: var(--accent-ink); font: inherit; font-weight: 600; cursor: pointer; text-decoration: none; }
main { max-width: 1080px; margin: 0 auto; padding: 1.5rem 1.25rem 4rem; }
h1 { font-family: Georgia, "Times New Roman", serif; font-size: clamp(1.6rem, 3.5vw, 2.3rem); line-height: 1.2;
  margin: .2rem 0 .6rem; letter-spacing: -.01em; }
h2 { font-size: 1.05rem; text-transform: uppercase; letter-spacing: .06em; color: var(--muted); margin: 2rem 0 .75rem; }
.lede { color: var(--muted); margin: 0 0 1.25rem; }
.cards { list-style: none; padding: 0; margin: 0; display: grid; gap: .75rem; }
.card { background: var(--surface); border: 1px solid var(--line); border-radius: var(--radius); padding: 1rem 1.1rem;
  box-shadow: var(--shadow); }
.card h3 { margin: 0 0 .35rem; font-family: Georgia, "Times New Roman", serif; font-size: 1.2rem; line-height: 1.3; }
.card h3 a { color: var(--ink); text-decoration: none; }
.card h3 a:hover { text-decoration: underline; }
.card p { margin: .35rem 0 0; color: var(--muted); }
.meta { display: flex; flex-wrap: wrap; gap: .35rem .9rem; font-size: .9rem; color: var(--muted); }
.chip { display: inline-block; padding: .05rem .5rem; background: var(--chip); border-radius: 999px; font-size: .8rem;
  color: var(--muted); }
.chip.inferred, .chip.unknown { border: 1px dashed var(--muted); background: transparent; }
.layout { display: grid; grid-template-columns: minmax(0, 1fr) 320px; gap: 2rem; align-items: start; }
@media (max-width: 860px) { .layout { grid-template-columns: 1fr; } form.search { margin-left: 0; width: 100%; }
  form.search input { flex: 1; width: auto; } }
article.body { background: var(--surface); border: 1px solid var(--line); border-radius: var(--radius); padding: 1.5rem 1.75rem;
  box-shadow: var(--shadow); font-family: Georgia, "Times New Roman", serif; font-size: 1.08rem; line-height: 1.7; }
article.body p { margin: 0 0 1.1rem; }
aside .panel { background: var(--surface); border: 1px solid var(--line); border-radius: var(--radius); padding: 1rem 1.1rem;
  margin-bottom: 1rem; box-shadow: var(--shadow); }
aside h2 { margin-top: 0; }
dl.facts { display: grid; grid-template-columns: auto 1fr; gap: .35rem .8rem; margin: 0; font-size: .92rem; }
dl.facts dt { color: var(--muted); }
dl.facts dd { margin: 0; overflow-wrap: anywhere; }
dl.facts .src { display: block; font-size: .78rem; color: var(--muted); }
.removed li { margin-bottom: .4rem; font-size: .88rem; }
.removed .rule { font-size: .75rem; color: var(--muted); text-transform: uppercase; letter-spacing: .04em; }
mark { color: inherit; border-radius: 3px; padding: 0 .1rem; }
mark.mark-repair { background: var(--mark); }
mark.mark-quantity { background: #dcefe2; }
mark.mark-source { background: #dde7fa; }
mark.mark-opinion { background: #fbdcdc; }
mark.mark-entity { background: transparent; border-bottom: 2px solid; border-radius: 0; padding: 0; }
mark.mark-person { border-color: #7b3fb3; }
mark.mark-organization { border-color: #b36b00; }
mark.mark-place { border-color: #1b7f79; }
mark.mark-group, mark.mark-other { border-color: #888; }
@media (prefers-color-scheme: dark) { mark.mark-quantity { background: #1f4a2e; } mark.mark-source { background: #23375e; }
  mark.mark-opinion { background: #5b2323; } }
ul.quotes { list-style: none; padding: 0; margin: 0; display: grid; gap: .7rem; font-size: .9rem; }
ul.quotes .meta { display: inline; }
ul.legend { list-style: none; padding: 0; margin: 0; display: grid; gap: .4rem; font-size: .92rem; }
table.list { width: 100%; border-collapse: collapse; background: var(--surface); border: 1px solid var(--line);
  border-radius: var(--radius); overflow: hidden; font-size: .93rem; }
table.list th, table.list td { text-align: left; padding: .6rem .75rem; border-bottom: 1px solid var(--line); vertical-align: top; }
table.list th { font-size: .8rem; text-transform: uppercase; letter-spacing: .05em; color: var(--muted); }
.pager { display: flex; gap: 1rem; margin-top: 1.25rem; align-items: center; color: var(--muted); }
.filters { display: flex; gap: .75rem; flex-wrap: wrap; align-items: end; margin-bottom: 1rem; }
.filters label { display: grid; gap: .2rem; font-size: .85rem; color: var(--muted); }
.filters select { padding: .4rem; border-radius: 8px; border: 1px solid var(--line); background: var(--surface); color: var(--ink); font: inherit; }
.empty { background: var(--surface); border: 1px dashed var(--line); border-radius: var(--radius); padding: 2rem; text-align: center; color: var(--muted); }
.snippet b { background: var(--mark); color: inherit; font-weight: 600; }
pre.raw { white-space: pre-wrap; overflow-wrap: anywhere; background: var(--surface); border: 1px solid var(--line);
  border-radius: var(--radius); padding: 1rem; font-size: .85rem; max-height: 70vh; overflow: auto; }
footer.site { max-width: 1080px; margin: 0 auto; padding: 1rem 1.25rem 2rem; color: var(--muted); font-size: .85rem; }

/* Shared helpers */
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.crumbs { margin: 0 0 .25rem; font-size: .9rem; }
.crumbs a { color: var(--muted); text-decoration: none; }
.crumbs a::before { content: "← "; }
.crumbs a:hover { color: var(--link); }
.notice { background: #fff8e1; border: 1px solid #f0d98c; color: #4a3b00; border-radius: var(--radius); padding: .7rem 1rem;
  font-size: .93rem; }
@media (prefers-color-scheme: dark) { .notice { background: #2f2a14; border-color: #5a4b00; color: #f3e6b0; } }
.small { font-size: .8rem; }
ul.plain { list-style: none; padding: 0; margin: 0; display: grid; gap: .6rem; }
ul.plain li .meta { display: block; font-size: .85rem; }
h3.sub { font-size: .8rem; text-transform: uppercase; letter-spacing: .05em; color: var(--muted); margin: 1.1rem 0 .5rem; }
.big { font-size: 2rem; font-weight: 700; margin: 0; font-family: Georgia, "Times New Roman", serif; }
meter { width: 100%; height: .7rem; }
.filters input[type="date"], .filters input[type="text"], .filters input[type="search"] { padding: .4rem .5rem;
  border-radius: 8px; border: 1px solid var(--line); background: var(--surface); color: var(--ink); font: inherit; }
.filters input.wide { width: min(32rem, 80vw); }
.filters a { align-self: center; }
.inline-form { display: flex; gap: .5rem; align-items: center; flex-wrap: wrap; margin-bottom: .75rem; font-size: .92rem; }
.inline-form select { padding: .35rem; border-radius: 8px; border: 1px solid var(--line); background: var(--surface); color: var(--ink); font: inherit; }
.inline-form button { padding: .3rem .8rem; }

/* Home */
.home-head { display: flex; justify-content: space-between; align-items: start; gap: 1rem; }
.feed-link { font-size: .88rem; white-space: nowrap; margin-top: .8rem; }
ol.stories { list-style: none; }
.story-card { display: grid; grid-template-columns: minmax(0, 1fr) auto; gap: 1rem; align-items: center; }
.card-title { margin: 0 0 .35rem; font-family: Georgia, "Times New Roman", serif; font-size: 1.3rem; line-height: 1.3;
  text-transform: none; letter-spacing: -.005em; color: var(--ink); }
.card-title a { color: var(--ink); text-decoration: none; }
.card-title a:hover { text-decoration: underline; }
.story-card p { color: var(--ink); opacity: .85; margin: .2rem 0 .5rem; }
svg.spark rect.on { fill: var(--accent); }
svg.spark rect.off { fill: var(--line); }
@media (max-width: 600px) { .story-card { grid-template-columns: 1fr; } .home-head { flex-direction: column; } }

/* Story page */
.story-head h1 { max-width: 48rem; }
.story-head .meta { margin-bottom: .75rem; }
.story-main > section:first-child h2 { margin-top: .5rem; }
ul.keypoints { margin: 0; padding-left: 1.2rem; display: grid; gap: .6rem; font-size: 1.06rem; }
ul.keypoints li::marker { color: var(--accent); }
.summary { font-family: Georgia, "Times New Roman", serif; font-size: 1.08rem; line-height: 1.7; background: var(--surface);
  border: 1px solid var(--line); border-radius: var(--radius); padding: 1rem 1.25rem; box-shadow: var(--shadow); }
details.more { margin-top: .6rem; }
details.more > summary { cursor: pointer; color: var(--link); font-size: .92rem; }
.cites { white-space: nowrap; }
details.cite { display: inline-block; position: relative; margin-left: .15rem; vertical-align: super; font-size: .72rem;
  line-height: 1; font-family: system-ui, sans-serif; }
details.cite > summary { list-style: none; cursor: pointer; min-width: 1.35em; padding: .15em .35em; border-radius: 6px;
  background: var(--chip); color: var(--link); font-weight: 700; text-align: center; }
details.cite > summary::-webkit-details-marker { display: none; }
details.cite[open] > summary { background: var(--link); color: var(--surface); }
details.cite .pop { position: absolute; z-index: 20; left: -1rem; top: 1.7em; width: min(22rem, 80vw); display: grid; gap: .4rem;
  background: var(--surface); color: var(--ink); border: 1px solid var(--line); border-radius: var(--radius); padding: .75rem .9rem;
  box-shadow: 0 8px 28px rgba(0,0,0,.18); font-size: .85rem; line-height: 1.45; white-space: normal; vertical-align: baseline; }
details.cite .pop q { font-family: Georgia, "Times New Roman", serif; font-size: .95rem; }
details.cite .pop-head { color: var(--muted); }
details.cite .pop-list { display: grid; gap: .3rem; max-height: 16rem; overflow-y: auto; }
.part-more { margin: .6rem 0 0; font-size: .92rem; }
.corrob { margin-left: .4rem; font-size: .72rem; color: #1b6b3a; background: #e2f3e8; border-radius: 999px; padding: .05rem .45rem;
  vertical-align: .1em; font-family: system-ui, sans-serif; white-space: nowrap; }
@media (prefers-color-scheme: dark) { .corrob { background: #1f4a2e; color: #bfe8cc; } }
ol.timeline { list-style: none; margin: 0; padding: 0 0 0 1rem; border-left: 2px solid var(--line); display: grid; gap: .9rem; }
ol.timeline li { position: relative; }
ol.timeline li::before { content: ""; position: absolute; left: calc(-1rem - 6px); top: .45rem; width: 10px; height: 10px;
  border-radius: 50%; background: var(--surface); border: 2px solid var(--muted); }
ol.timeline li.tl-happened::before { background: var(--accent); border-color: var(--accent); }
ol.timeline li.tl-expected::before { border-style: dashed; }
ol.timeline .tl-text { margin: .15rem 0 0; }
.tl-when { display: flex; gap: .5rem; align-items: center; font-size: .88rem; color: var(--muted); font-weight: 600; }
.badge { font-size: .7rem; text-transform: uppercase; letter-spacing: .05em; padding: .05rem .45rem; border-radius: 999px;
  font-weight: 700; }
.badge-happened { background: #fde2e2; color: #8a1c22; }
.badge-announced { background: #e3ecfb; color: #1a4f9c; }
.badge-expected { background: transparent; color: var(--muted); border: 1px dashed var(--muted); }
@media (prefers-color-scheme: dark) { .badge-happened { background: #5b2323; color: #ffd6d6; }
  .badge-announced { background: #23375e; color: #d6e4ff; } }
details.background { margin-top: 1rem; }
details.background > summary { cursor: pointer; color: var(--muted); font-weight: 600; margin-bottom: .6rem; }
ul.claims { list-style: none; padding: 0; margin: 0; display: grid; gap: .7rem; }
.claim { background: var(--surface); border: 1px solid var(--line); border-radius: var(--radius); padding: .8rem 1rem;
  box-shadow: var(--shadow); }
.claim-contradicted { border-left: 4px solid var(--accent); }
.claim-head { display: flex; flex-wrap: wrap; gap: .3rem .7rem; align-items: baseline; }
.claim-head .meta { margin-left: auto; }
.claim-text { margin: .4rem 0 0; }
ol.timeline .cites, .claim-text .cites { margin-left: .1rem; }
.value { font-variant-numeric: tabular-nums; background: var(--chip); padding: 0 .4rem; border-radius: 6px; }
.status { font-size: .72rem; text-transform: uppercase; letter-spacing: .05em; font-weight: 700; padding: .1rem .5rem;
  border-radius: 999px; background: var(--chip); color: var(--muted); }
.status-corroborated { background: #e2f3e8; color: #1b6b3a; }
.status-contradicted { background: #fde2e2; color: #8a1c22; }
.status-updated { background: #e3ecfb; color: #1a4f9c; }
@media (prefers-color-scheme: dark) { .status-corroborated { background: #1f4a2e; color: #bfe8cc; }
  .status-contradicted { background: #5b2323; color: #ffd6d6; } .status-updated { background: #23375e; color: #d6e4ff; } }
.versus { display: grid; grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr)); gap: .75rem; margin-top: .6rem; }
.variant { border: 1px solid var(--line); border-radius: 8px; padding: .6rem .75rem; background: var(--bg); }
.variant-value { font-size: 1.4rem; font-weight: 700; font-variant-numeric: tabular-nums; }
.variant blockquote, .story-quotes blockquote { margin: .4rem 0 0; font-family: Georgia, "Times New Roman", serif; }
.variant footer { font-size: .82rem; color: var(--muted); margin-top: .2rem; }
ul.story-quotes { list-style: none; padding: 0; margin: 0; display: grid; gap: 1rem; }
.story-quotes blockquote { font-size: 1.1rem; border-left: 3px solid var(--accent); padding-left: .8rem; margin: 0; }
.story-quotes .quote-meta { margin: .35rem 0 0 .95rem; font-size: .88rem; }
.story-quotes details { margin-left: .95rem; font-size: .88rem; }
.actors { display: grid; grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr)); gap: .75rem; }
.actor { background: var(--surface); border: 1px solid var(--line); border-radius: var(--radius); padding: .8rem 1rem; }
.actor h3 { margin: 0 0 .4rem; font-size: 1rem; }
.actor ul { margin: 0; padding-left: 1rem; display: grid; gap: .35rem; font-size: .93rem; }
.stance { font-size: .72rem; text-transform: uppercase; letter-spacing: .05em; color: var(--accent); font-weight: 700; }
table.framing meter { width: 5rem; vertical-align: middle; }
ol.story-articles { list-style: none; margin: 0; padding: 0; display: grid; gap: .55rem; }
ol.story-articles li { display: grid; grid-template-columns: 2rem minmax(0, 1fr); gap: .5rem; align-items: start; }
ol.story-articles .num { display: inline-grid; place-items: center; width: 1.7rem; height: 1.7rem; border-radius: 6px;
  background: var(--chip); color: var(--link); font-weight: 700; font-size: .8rem; }
ol.story-articles .meta { font-size: .85rem; }
.chip.dup { background: #efe6fb; color: #5b2d91; }
@media (prefers-color-scheme: dark) { .chip.dup { background: #3a2a55; color: #e2d3fa; } }
ul.entity-chips { list-style: none; padding: 0; margin: 0; display: flex; flex-wrap: wrap; gap: .35rem; }
.ent { display: inline-block; padding: .1rem .55rem; border-radius: 999px; font-size: .85rem; text-decoration: none;
  border: 1px solid var(--line); color: var(--ink); background: var(--surface); }
.ent-person { border-color: #7b3fb3; }
.ent-organization { border-color: #b36b00; }
.ent-place { border-color: #1b7f79; }
a.ent:hover { background: var(--chip); }
ul.outlets { list-style: none; padding: 0; margin: 0; display: grid; gap: .3rem; font-size: .92rem; }
ul.outlets li { display: flex; justify-content: space-between; gap: .5rem; }
ul.outlets.cited li { display: block; }
ul.outlets.cited .meta { display: block; font-size: .8rem; }
table.list tbody th { text-transform: none; letter-spacing: 0; font-size: .93rem; color: var(--ink); font-weight: 600; }
svg.graph { width: 100%; height: auto; margin-top: .3rem; }
svg.graph .edge { fill: none; stroke: var(--muted); opacity: .55; }
svg.graph circle { fill: var(--surface); stroke: var(--ink); stroke-width: 1.5; }
svg.graph .outlet circle { fill: var(--link); stroke: var(--link); }
svg.graph .wire circle { fill: var(--accent); stroke: var(--accent); }
svg.graph text { font-size: 11px; fill: var(--ink); font-family: system-ui, sans-serif; }
figure.coverage { margin: 0; }
figure.coverage svg { width: 100%; height: auto; }
figure.coverage rect.on { fill: var(--accent); opacity: .85; }
figure.coverage .axis { stroke: var(--line); }
figure.coverage .tick { font-size: 10px; fill: var(--muted); font-family: system-ui, sans-serif; }
.changes ul.change-list { padding-left: 1.1rem; display: grid; gap: .6rem; }
.changes ul.change-list ul { padding-left: 1rem; margin: .3rem 0 0; font-size: .93rem; }

/* Article page */
.in-story { background: var(--surface); border: 1px solid var(--line); border-left: 4px solid var(--accent);
  border-radius: var(--radius); padding: .55rem .9rem; margin: .25rem 0 1rem; }
mark.mark-time { background: #e6f0ff; }
mark.mark-cited { background: #ffe08a; box-shadow: 0 0 0 2px #ffe08a; scroll-margin-top: 5rem; }
@media (prefers-color-scheme: dark) { mark.mark-time { background: #203552; } mark.mark-cited { background: #6b5600; box-shadow: 0 0 0 2px #6b5600; } }

/* Small screens */
.layout > * { min-width: 0; }
@media (max-width: 860px) {
  .layout { grid-template-columns: minmax(0, 1fr); }
  table.framing, table.list { display: block; overflow-x: auto; }
  nav.primary ul { flex-wrap: wrap; gap: .3rem .9rem; }
  details.cite .pop { position: fixed; left: 5vw; right: 5vw; top: auto; bottom: 1rem; width: auto; }
}
`;
