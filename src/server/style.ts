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
`;
