import assert from 'node:assert/strict';
import { parseConfig, resolveTarget } from '../../src/project';
import { caught, printed } from './helpers';

describe('project/config: ClickHouse target keys', () => {
  it('reads cluster and secure, with the password from the environment', () => {
    const config = parseConfig('name: demo\ntargets:\n  serving: {engine: clickhouse, host: ch1, cluster: main, secure: true, user: strata, password: "${env:CH_PASSWORD}"}\n');
    assert.deepEqual(resolveTarget(config, 'serving', { CH_PASSWORD: 's3cret' }), {
      engine: 'clickhouse', host: 'ch1', cluster: 'main', secure: true, user: 'strata', password: 's3cret',
    });
  });

  // [case, strata.yaml, error]
  const bad: [string, string, string][] = [
    ['secure not a boolean', 'name: demo\ntargets:\n  serving: {engine: clickhouse, secure: yes-please}\n', "strata.yaml:3:41  targets.serving.secure: expected true or false (HTTPS), found 'yes-please'"],
    ['cluster not a name', 'name: demo\ntargets:\n  serving: {engine: clickhouse, cluster: [a]}\n', "strata.yaml:3:42  targets.serving.cluster: expected a ClickHouse cluster name from its remote_servers, found a list"],
    // The value is a secret written where it must not be: the message never repeats it.
    ['a literal password', 'name: demo\ntargets:\n  serving: {engine: clickhouse, password: hunter2-Secret}\n', 'strata.yaml:3:43  targets.serving.password: a literal value is not a ${env:NAME} reference: a password is read from the environment, never written in strata.yaml'],
    ['a password with text around its reference', 'name: demo\ntargets:\n  serving: {engine: clickhouse, password: "x${env:CH_PASSWORD}"}\n', 'strata.yaml:3:43  targets.serving.password: a literal value is not a ${env:NAME} reference: a password is read from the environment, never written in strata.yaml'],
    ['a numeric password', 'name: demo\ntargets:\n  serving: {engine: clickhouse, password: 123456}\n', 'strata.yaml:3:43  targets.serving.password: expected a ${env:NAME} reference: a password is read from the environment, never written in strata.yaml, found a literal value'],
    ['a literal password of the shared state: store', 'name: demo\nstate: {engine: postgres, host: db, database: strata, password: hunter2-Secret}\n', 'strata.yaml:2:65  state.password: a literal value is not a ${env:NAME} reference: a password is read from the environment, never written in strata.yaml'],
  ];
  for (const [name, text, message] of bad) {
    it(`refuses ${name}`, () => assert.equal(printed(caught(() => parseConfig(text))), message));
  }
});
