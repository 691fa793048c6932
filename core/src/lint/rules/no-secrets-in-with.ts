import type { Hint, Property } from '../../sql/ast';
import { createRule } from '../rule';

/** Words of an option key that mark its value as a credential. */
const SECRET_WORDS = new Set(['password', 'passwd', 'pwd', 'secret', 'token', 'credential', 'credentials', 'apikey', 'passphrase']);
/** Key words before `key` that make it a credential (`access-key`, `secret.key`). */
const KEY_OWNERS = new Set(['api', 'access', 'secret', 'private', 'account']);
/** Last words of keys that only describe a credential (where it is, how it is used), not hold it. */
const DESCRIPTIVE = new Set(['url', 'uri', 'endpoint', 'location', 'path', 'file', 'type', 'class', 'enabled', 'interval', 'timeout', 'mechanism', 'provider', 'name', 'field', 'fields']);
const ENV_REF = /^\s*\$\{env:[A-Za-z_][A-Za-z0-9_]*\}\s*$/;
const JAAS_PASSWORD = /\bpassword\s*=\s*(?:"([^"]*)"|'([^']*)')/gi;

/** True when `key` names a credential. */
function isSecretKey(key: string): boolean {
  const lower = key.toLowerCase();
  if (lower.endsWith('sasl.jaas.config')) return true;
  const words = lower.split(/[.\-_]/);
  if (DESCRIPTIVE.has(words[words.length - 1])) return false;
  return words.some((w, i) => SECRET_WORDS.has(w) || (w === 'key' && i > 0 && KEY_OWNERS.has(words[i - 1])));
}

/** True when `value` of `key` carries a literal credential rather than `${env:NAME}` references. */
function holdsLiteral(key: string, value: string): boolean {
  if (key.toLowerCase().endsWith('sasl.jaas.config')) {
    for (const m of value.matchAll(JAAS_PASSWORD)) if (!ENV_REF.test(m[1] ?? m[2])) return true;
    return false;
  }
  return value.trim() !== '' && !ENV_REF.test(value);
}

export default createRule({
  code: 'SR04',
  name: 'no-secrets-in-with',
  group: 'streaming',
  defaultSeverity: 'error',
  fixable: false,
  messages: {
    literal: "'{{key}}' holds a literal credential: committed SQL must not carry secrets; write '${env:NAME}' and set NAME where the job runs",
  },
  options: {},
  docs: {
    description:
      "Connector and catalog options (WITH, OPTIONS hints, SET) that hold passwords, tokens, keys or a JAAS config must reference the environment ('${env:KAFKA_PASSWORD}') instead of holding the secret.",
    incorrect: "CREATE TEMPORARY TABLE dim (id BIGINT) WITH ('connector' = 'jdbc', 'url' = 'jdbc:mysql://db:3306/x', 'username' = 'etl', 'password' = 'hunter2');\n",
    correct: "CREATE TEMPORARY TABLE dim (id BIGINT) WITH ('connector' = 'jdbc', 'url' = 'jdbc:mysql://db:3306/x', 'username' = 'etl', 'password' = '${env:DIM_DB_PASSWORD}');\n",
    dialect: 'flink',
  },
  create(context) {
    if (context.dialect !== 'flink') return {};
    const check = (key: string, value: string, at: { start: number; end: number }) => {
      if (isSecretKey(key) && holdsLiteral(key, value)) context.report({ messageId: 'literal', data: { key }, start: at.start, end: at.end });
    };
    const properties = (list: readonly Property[]) => list.forEach((p) => check(p.key, p.value, p));
    const hints = (list: readonly Hint[]) => {
      for (const h of list) {
        if (h.name.toUpperCase() !== 'OPTIONS') continue;
        for (const a of h.args) if (a.kind === 'BinaryExpr' && a.left.kind === 'Literal' && a.right.kind === 'Literal') check(a.left.value, a.right.value, a);
      }
    };
    return {
      CreateTable: (node) => properties(node.withOptions),
      DatabaseStatement: (node) => properties(node.properties),
      SessionStatement: (node) => properties(node.options),
      TableRef: (node) => hints(node.hints),
      SetStatement(node) {
        if (node.key !== undefined && node.value !== undefined) check(node.key, node.value, node);
      },
    };
  },
});
