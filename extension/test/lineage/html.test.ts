import assert from 'node:assert/strict';
import { escapeHtml } from '../../src/lineage/escape';
import { lineageHtml } from '../../src/lineage/html';
import { edge, graphOf } from './graphs';

const OPTIONS = { nonce: 'n0nce', cspSource: 'vscode-webview://x', title: 'Strata lineage: ads.c.z' };

describe('lineage page', () => {
  it('escapes every character that could end text or an attribute', () => {
    assert.equal(escapeHtml(`<a href="x" title='y'>&</a>`), '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });

  it('renders each column as a focusable .node with data-node, each edge with its kind and index', () => {
    const html = lineageHtml(graphOf(['ads.c.z'], [edge('ods.a.x', 'ads.c.z', 'aggregate', 7)]), OPTIONS);
    assert.deepEqual([...html.matchAll(/<g class="(node[^"]*)" data-node="([^"]*)" tabindex="0" role="button"/g)].map((m) => [m[1], m[2]]), [
      ['node', 'ods.a.x'],
      ['node root', 'ads.c.z'],
    ]);
    assert.deepEqual([...html.matchAll(/<g class="edge kind-(\w+)" data-edge="(\d+)"[^>]*><title>([^<]*)<\/title>/g)].map((m) => m.slice(1)), [
      ['aggregate', '0', 'ods.a.x → ads.c.z (aggregate) by j, line 8'],
    ]);
  });

  it('allows only its own nonce-tagged script and style, and nothing from the network', () => {
    const html = lineageHtml(graphOf(['a.b.c'], []), OPTIONS);
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html)?.[1];
    assert.equal(csp, "default-src 'none'; img-src vscode-webview://x; style-src 'nonce-n0nce'; script-src 'nonce-n0nce';");
    assert.deepEqual([...html.matchAll(/<(script|style)\b[^>]*>/g)].map((m) => m[0]), ['<style nonce="n0nce">', '<script nonce="n0nce">']);
    assert.doesNotMatch(html, /https?:\/\/(?!www\.w3\.org\/2000\/svg)/);
  });

  it('escapes hostile names: no markup from SQL identifiers reaches the page', () => {
    const hostile = 'db.t.`<script>alert("x")</script>`';
    const title = `Strata lineage: ${hostile}`;
    const html = lineageHtml(graphOf([hostile], [edge(`db.s.'"><img src=x onerror=alert(1)>`, hostile)]), { ...OPTIONS, title });
    assert.deepEqual([...html.matchAll(/<script\b/g)].length, 1, 'only the page script');
    assert.doesNotMatch(html, /<img/);
    assert.match(html, /data-node="db\.t\.`&lt;script&gt;alert\(&quot;x&quot;\)&lt;\/script&gt;`"/);
    assert.match(html, /<h1>Strata lineage: db\.t\.`&lt;script&gt;alert\(&quot;x&quot;\)&lt;\/script&gt;`<\/h1>/);
    assert.match(html, /data-node="db\.s\.&#39;&quot;&gt;&lt;img src=x onerror=alert\(1\)&gt;"/);
  });

  it('says what to do when there is no lineage', () => {
    const html = lineageHtml({ roots: [], nodes: [], edges: [] }, OPTIONS);
    assert.match(html, /<p class="empty">No column lineage here: put the caret on a column of a job or table\.<\/p>/);
    assert.doesNotMatch(html, /<svg/);
  });
});
