import { describe, expect, it } from 'vitest';
import { activeContent } from './active-content.js';

describe('activeContent', () => {
  it('finds scripts, handlers, javascript: URLs and embeds, and accepts escaped text and the own script', () => {
    expect(
      activeContent(
        '<p onclick="x()">a</p><a href=" java\tscript:alert(1)">b</a><script>1</script><iframe src="/x"></iframe><b style="x">c</b>',
      ),
    ).toEqual([
      '<p onclick>',
      '<a href=" java\tscript:alert(1)">',
      '<script inline>',
      '<iframe>',
      '<b style>',
    ]);
    expect(
      activeContent(
        '<script src="/assets/app.js"></script><p>&lt;script&gt;alert(1)&lt;/script&gt; onclick=x</p>',
      ),
    ).toEqual([]);
  });
});
