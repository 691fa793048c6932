import { baseType, decimalDigits, integerDigits, integralWidth, typeFamily, type InsertFact } from '../../analysis';
import type { Dialect } from '../../sql';
import { createRule } from '../rule';
import { catalogAnalysis } from '../semantic';

export default createRule({
  code: 'SE06',
  name: 'insert-type-narrowing',
  group: 'semantic',
  defaultSeverity: 'warning',
  fixable: false,
  messages: {
    narrowing: "{{from}} value written into column '{{target}}' {{to}} of '{{table}}': values that do not fit are cut or become NULL; CAST it explicitly, or widen the column",
  },
  options: {},
  docs: {
    description:
      'An INSERT select item whose type is wider than its target column: STRING into a number or date (Hive converts strings to dates by design), DOUBLE or DECIMAL into an integer, BIGINT into INT, a DECIMAL with more digits, TIMESTAMP into DATE. Widening (INT into BIGINT, anything into STRING) is fine; items of unknown type are not checked.',
    catalog: [
      'CREATE TABLE ods.ods_live_order_db_di (order_id STRING, amount DOUBLE) PARTITIONED BY (p_date STRING);',
      'CREATE TABLE dwd.dwd_live_order_di (order_id BIGINT, amount DECIMAL(18,2)) PARTITIONED BY (p_date STRING);',
      '',
    ].join('\n'),
    incorrect: "INSERT OVERWRITE TABLE dwd.dwd_live_order_di PARTITION (p_date = '${date}')\nSELECT order_id, amount FROM ods.ods_live_order_db_di WHERE p_date = '${date}'\n",
    correct: "INSERT OVERWRITE TABLE dwd.dwd_live_order_di PARTITION (p_date = '${date}')\nSELECT CAST(order_id AS BIGINT) AS order_id, amount FROM ods.ods_live_order_db_di WHERE p_date = '${date}'\n",
  },
  create(context) {
    const check = (insert: InsertFact) => {
      for (const c of insert.columns) {
        if (!c.type || !c.targetType || !narrows(c.type, c.targetType, context.dialect)) continue;
        const data = { from: c.type, to: c.targetType, target: c.target, table: insert.table };
        context.report({ messageId: 'narrowing', data, start: c.start, end: c.end });
      }
    };
    return {
      done() {
        catalogAnalysis(context)?.facts.inserts.forEach(check);
      },
    };
  },
});

/**
 * True when some values of type `from` do not fit type `to`. Floating into DECIMAL is taken as
 * meant (amounts are often computed as DOUBLE), and so is STRING into DATE/TIMESTAMP in Hive,
 * which converts it by design (`from_unixtime(...)` into a TIMESTAMP column).
 */
function narrows(from: string, to: string, dialect: Dialect): boolean {
  const source = typeFamily(from);
  switch (typeFamily(to)) {
    case 'integral':
      return source === 'string' || source === 'decimal' || source === 'floating' || (source === 'integral' && integralWidth(from)! > integralWidth(to)!);
    case 'decimal':
      return source === 'string' || (source !== 'floating' && decimalNarrows(from, to));
    case 'floating':
      return source === 'string' || (baseType(from) === 'DOUBLE' && baseType(to) !== 'DOUBLE');
    case 'datetime':
      return (source === 'string' && dialect !== 'hive') || (source === 'datetime' && baseType(from).startsWith('TIMESTAMP') && baseType(to) === 'DATE');
    case 'boolean':
    case 'binary':
      return source === 'string';
    default:
      return false;
  }
}

/** Fewer integer digits, or (decimal into decimal) a smaller scale; unknown precision is not checked. */
function decimalNarrows(from: string, to: string): boolean {
  const have = integerDigits(from);
  const room = integerDigits(to);
  if (have === undefined || room === undefined) return false;
  if (have > room) return true;
  const scale = decimalDigits(from)?.scale;
  return scale !== undefined && scale > decimalDigits(to)!.scale;
}
