import type { Expr, FrameBound, OrderItem, WindowFrame, WindowSpec } from '../ast';
import { errorExpr, parseExpr } from './expressions';
import type { Parser } from './parser';

/** `ORDER BY` items (the keywords already consumed): `expr [ASC|DESC] [NULLS FIRST|LAST]`. */
export function parseOrderItems(p: Parser): OrderItem[] {
  const items: OrderItem[] = [];
  do {
    const expr = parseExpr(p);
    const item: OrderItem = { kind: 'OrderItem', expr, start: expr.start, end: expr.end };
    if (p.at('ASC') || p.at('DESC')) {
      item.direction = p.peek() as 'ASC' | 'DESC';
      p.next();
    }
    if (p.at('NULLS') && (p.peek(1) === 'FIRST' || p.peek(1) === 'LAST')) {
      p.next();
      item.nulls = p.peek() as 'FIRST' | 'LAST';
      p.next();
    }
    item.end = p.lastEnd;
    items.push(item);
  } while (p.eat(','));
  return items;
}

/** After `OVER`: a window name or `([base] [PARTITION BY ..] [ORDER BY ..] [frame])`. */
export function parseWindowSpec(p: Parser): WindowSpec {
  const start = p.start();
  const spec: WindowSpec = { kind: 'WindowSpec', partitionBy: [], orderBy: [], start, end: start };
  if (p.atIdent() && !p.at('(')) {
    spec.baseName = p.identAt(p.take());
    spec.end = p.lastEnd;
    return spec;
  }
  if (!p.expect('(')) return spec;
  parseWindowBody(p, spec);
  p.close(start);
  spec.end = p.lastEnd;
  return spec;
}

/** The inside of a window spec; Hive's `DISTRIBUTE BY`/`SORT BY` map to partition/order. */
export function parseWindowBody(p: Parser, spec: WindowSpec): void {
  if (p.atIdent() && !isWindowKeyword(p.peek())) spec.baseName = p.identAt(p.take());
  if ((p.at('PARTITION') || p.at('DISTRIBUTE')) && p.peek(1) === 'BY') {
    p.next();
    p.next();
    do spec.partitionBy.push(parseExpr(p));
    while (p.eat(','));
  }
  if ((p.at('ORDER') || p.at('SORT')) && p.peek(1) === 'BY') {
    p.next();
    p.next();
    spec.orderBy = parseOrderItems(p);
  }
  if (p.at('ROWS') || p.at('RANGE') || p.at('GROUPS')) spec.frame = parseFrame(p);
}

function isWindowKeyword(w: string): boolean {
  return w === 'PARTITION' || w === 'DISTRIBUTE' || w === 'ORDER' || w === 'SORT' || w === 'ROWS' || w === 'RANGE' || w === 'GROUPS';
}

function parseFrame(p: Parser): WindowFrame {
  const start = p.start();
  const unit = p.peek() as WindowFrame['unit'];
  p.next();
  let from: FrameBound;
  let to: FrameBound | undefined;
  if (p.eat('BETWEEN')) {
    from = parseBound(p);
    to = p.expect('AND') ? parseBound(p) : undefined;
  } else from = parseBound(p);
  return { kind: 'WindowFrame', unit, from, to, start, end: p.lastEnd };
}

function parseBound(p: Parser): FrameBound {
  const start = p.start();
  if (p.at('UNBOUNDED')) {
    p.next();
    const dir = p.peek();
    if (dir !== 'PRECEDING' && dir !== 'FOLLOWING') p.unexpected("'PRECEDING' or 'FOLLOWING'");
    else p.next();
    return { kind: 'FrameBound', type: dir === 'FOLLOWING' ? 'UNBOUNDED FOLLOWING' : 'UNBOUNDED PRECEDING', start, end: p.lastEnd };
  }
  if (p.at('CURRENT') && p.peek(1) === 'ROW') {
    p.next();
    p.next();
    return { kind: 'FrameBound', type: 'CURRENT ROW', start, end: p.lastEnd };
  }
  const offset: Expr = p.atEnd() ? errorExpr(p) : parseExpr(p);
  const dir = p.peek();
  if (dir !== 'PRECEDING' && dir !== 'FOLLOWING') p.unexpected("'PRECEDING' or 'FOLLOWING'");
  else p.next();
  return { kind: 'FrameBound', type: dir === 'FOLLOWING' ? 'FOLLOWING' : 'PRECEDING', offset, start, end: p.lastEnd };
}
