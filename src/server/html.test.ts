import { describe, expect, it } from 'vitest';
import { html, safeHref, SafeHtml } from './html.js';

describe('html template', () => {
  it('escapes interpolated text and keeps SafeHtml', () => {
    const evil = '<script>alert("x")</script>';
    expect(html`<p title="${evil}">${evil}</p>`.value).toBe(
      '<p title="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;</p>',
    );
    expect(html`<div>${new SafeHtml('<b>ok</b>')}${['a', '<'] as const}</div>`.value).toBe(
      '<div><b>ok</b>a&lt;</div>',
    );
  });
  it('cuts the indentation of the template but never touches interpolated text', () => {
    const raw = 'line one\n    indented\n\n  end';
    expect(
      html`<div>
        <pre>${raw}</pre>
        <span>a</span> <span>b</span>
      </div>`.value,
    ).toBe(`<div>\n<pre>${raw}</pre>\n<span>a</span> <span>b</span>\n</div>`);
  });
  it('renders only http(s) and relative links', () => {
    expect(safeHref('javascript:alert(1)')).toBe('#');
    expect(safeHref(' data:text/html,x')).toBe('#');
    expect(safeHref('//evil.test/x')).toBe('#');
    expect(safeHref('https://news.test/a')).toBe('https://news.test/a');
    expect(safeHref('/articles/x')).toBe('/articles/x');
  });
});
