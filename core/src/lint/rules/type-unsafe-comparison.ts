import { isNumeric, typeFamily, type ComparisonFact, type OperandFact } from '../../analysis';
import type { Span } from '../../sql';
import { createRule } from '../rule';
import { catalogAnalysis } from '../semantic';

const WHY = 'one side is cast implicitly and engines cast differently (Hive compares as DOUBLE, losing digits of large ids; strings that are no numbers become NULL); CAST one side explicitly';

export default createRule({
  code: 'SE08',
  name: 'type-unsafe-comparison',
  group: 'semantic',
  defaultSeverity: 'warning',
  fixable: false,
  messages: {
    compare: `{{left}} compared with {{right}}: ${WHY}`,
    joinKey: `join key {{left}} = {{right}}: ${WHY}`,
  },
  options: {},
  docs: {
    description:
      "A comparison or join key between a number and a string column (or a number literal), a number and a date/time, or a boolean and a number/string: the implicit cast differs between engines and silently changes which rows match. Literals that convert exactly (`id = '42'`, `dt >= '2024-01-01'`) are fine.",
    catalog: [
      'CREATE TABLE dwd.dwd_live_order_di (order_id BIGINT, user_id BIGINT, amount DECIMAL(18,2)) PARTITIONED BY (p_date STRING);',
      'CREATE TABLE ods.ods_user_profile_db_df (user_id STRING, nick STRING) PARTITIONED BY (p_date STRING);',
      '',
    ].join('\n'),
    incorrect: "SELECT o.order_id, u.nick\nFROM dwd.dwd_live_order_di o\nJOIN ods.ods_user_profile_db_df u ON o.user_id = u.user_id AND u.p_date = '${date}'\nWHERE o.p_date = '${date}'\n",
    correct: "SELECT o.order_id, u.nick\nFROM dwd.dwd_live_order_di o\nJOIN ods.ods_user_profile_db_df u ON o.user_id = CAST(u.user_id AS BIGINT) AND u.p_date = '${date}'\nWHERE o.p_date = '${date}'\n",
  },
  create(context) {
    const joinConditions: Span[] = [];
    const inJoin = (c: ComparisonFact) => c.op === 'USING' || joinConditions.some((on) => on.start <= c.start && c.end <= on.end);
    return {
      Join(node) {
        if (node.on) joinConditions.push(node.on);
      },
      done() {
        let last = -1;
        for (const c of catalogAnalysis(context)?.facts.comparisons ?? []) {
          // An IN list is one comparison per item: report it once.
          if (c.start === last || (!unsafe(c.left, c.right) && !unsafe(c.right, c.left))) continue;
          last = c.start;
          const data = { left: describe(c.left), right: describe(c.right) };
          context.report({ messageId: inJoin(c) ? 'joinKey' : 'compare', data, start: c.start, end: c.end });
        }
      },
    };
  },
});

/** True when comparing `a` with `b` (in this order of roles) goes through a lossy or surprising cast. */
function unsafe(a: OperandFact, b: OperandFact): boolean {
  const fa = typeFamily(a.type!);
  const fb = typeFamily(b.type!);
  if (isNumeric(a.type!) && fb === 'string') return b.literal ? !isNumberText(b.literal.value) : true;
  if (isNumeric(a.type!) && fb === 'datetime') return true;
  if (fa === 'boolean' && (isNumeric(b.type!) || fb === 'string')) return !b.literal || !/^(0|1|true|false)$/i.test(b.literal.value);
  return false;
}

/** A number, or a scheduler variable (`'${uid}'`) whose value we do not know. */
function isNumberText(text: string): boolean {
  return /^\s*[-+]?\d+(\.\d+)?\s*$/.test(text) || text.includes('${');
}

/** `BIGINT`, or a literal as written: `number 1`, `string 'x'`. */
function describe(o: OperandFact): string {
  if (!o.literal) return o.type!;
  return o.literal.type === 'string' ? `string '${o.literal.value}'` : `${o.literal.type} ${o.literal.value}`;
}
