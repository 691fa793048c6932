import { reportImplicitAlias } from '../aliases';
import { createRule } from '../rule';

export default createRule({
  code: 'ST08',
  name: 'column-alias-as',
  group: 'style',
  defaultSeverity: 'warning',
  fixable: true,
  messages: { implicit: "column alias '{{alias}}' without AS: write 'AS {{alias}}'" },
  options: {},
  docs: {
    description: 'A select-list alias says `AS`, so `SELECT a b` (a missing comma?) never reads like a typo.',
    incorrect: 'SELECT count(*) cnt FROM t\n',
    correct: 'SELECT count(*) AS cnt, explode(m) AS (k, v) FROM t\n',
  },
  create(context) {
    return {
      SelectItem(node) {
        if (node.alias) reportImplicitAlias(context, node.alias, 'implicit');
      },
    };
  },
});
