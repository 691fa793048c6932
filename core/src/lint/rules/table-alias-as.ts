import type { Identifier } from '../../sql';
import { reportImplicitAlias } from '../aliases';
import { createRule } from '../rule';

export default createRule({
  code: 'ST09',
  name: 'table-alias-as',
  group: 'style',
  defaultSeverity: 'warning',
  fixable: true,
  messages: { implicit: "table alias '{{alias}}' without AS: write 'AS {{alias}}'" },
  options: {},
  docs: {
    description:
      'A table, subquery or table function alias in FROM/JOIN says `AS` (Spark, Hive and Flink all accept it). LATERAL VIEW aliases are left alone: Hive allows no `AS` there.',
    incorrect: 'SELECT o.id FROM orders o JOIN (SELECT id FROM users) u ON o.id = u.id\n',
    correct: 'SELECT o.id, x FROM orders AS o LATERAL VIEW explode(o.items) v AS x\n',
  },
  create(context) {
    const check = (node: { alias?: Identifier }) => {
      if (node.alias) reportImplicitAlias(context, node.alias, 'implicit');
    };
    return { TableRef: check, DerivedTable: check, TableFunction: check, MatchRecognize: check };
  },
});
