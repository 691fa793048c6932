import assert from 'node:assert/strict';
import { examplesLive, strata } from './helpers/run-cli';

describe('strata graph', () => {
  it('prints the DAG as JSON with every job linked', () => {
    const r = strata(['graph', '--project', examplesLive, '--format', 'json']);
    assert.equal(r.status, 0, r.stderr);
    const g = JSON.parse(r.stdout);
    const jobs = g.nodes.filter((n: { kind: string }) => n.kind === 'job');
    assert.ok(jobs.length >= 10);
    for (const job of jobs) {
      assert.ok(g.edges.some((e: { from: string }) => e.from === job.id), `${job.id} writes nothing`);
    }
    assert.deepEqual(g.cycles, []);
  });

  it('prints Graphviz and Mermaid', () => {
    const dot = strata(['graph', '--project', examplesLive, '--format', 'dot']);
    assert.match(dot.stdout, /^digraph strata \{/);
    assert.match(dot.stdout, /"table:ods\.[a-z_]+" -> "job:/);
    const mermaid = strata(['graph', '--project', examplesLive, '--format', 'mermaid']);
    assert.match(mermaid.stdout, /^flowchart LR/);
    assert.match(mermaid.stdout, /n\d+ --> n\d+/);
  });
});

describe('strata CLI conventions', () => {
  for (const id of ['check', 'graph']) {
    it(`${id} --help shows examples`, () => {
      const r = strata([id, '--help']);
      assert.equal(r.status, 0);
      assert.match(r.stdout, /EXAMPLES/);
    });
  }

  it('suggests a command for a typo and exits 2', () => {
    const r = strata(['chek']);
    assert.equal(r.status, 2, r.stdout + r.stderr);
    assert.match(r.stderr, /chek is not a strata command/);
  });

  it('rejects an unknown flag with exit 2', () => {
    const r = strata(['check', '--nope']);
    assert.equal(r.status, 2, r.stdout + r.stderr);
  });
});
