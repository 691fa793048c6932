import assert from 'node:assert/strict';
import { lineage, ScriptLineage } from '../../src/analysis';
import { catalogFromSql } from '../../src/catalog';
import { parse } from '../../src/sql';
import type { Dialect } from '../../src/sql/ast';

/**
 * One table-driven lineage case. Edges are written `source -> target kind`. Every listed
 * aspect is compared as a sorted set; an omitted aspect is not checked.
 */
export interface LineageCase {
  name: string;
  sql: string;
  dialect?: Dialect;
  /** DDL for a project catalog (the case then runs in project mode). */
  catalog?: string;
  edges?: string[];
  /** Union of every statement's filters. */
  filters?: string[];
  reads?: string[];
  writes?: string[];
  /** Whether lineage must warn (e.g. about a `?.col` source). */
  warns?: boolean;
}

export const catalogFrom = catalogFromSql;

export function runLineage(c: LineageCase): ScriptLineage {
  const dialect = c.dialect ?? 'spark';
  const catalog = c.catalog === undefined ? undefined : catalogFrom(c.catalog, dialect);
  return lineage(parse(c.sql, dialect), { catalog });
}

const sorted = (xs: Iterable<string>) => [...new Set(xs)].sort();

/** Registers one mocha `it` per case. */
export function lineageCases(title: string, cases: LineageCase[]): void {
  describe(title, () => {
    for (const c of cases) {
      it(c.name, () => {
        const result = runLineage(c);
        if (c.edges) assert.deepEqual(sorted(result.edges.map((e) => `${e.source} -> ${e.target} ${e.kind}`)), sorted(c.edges));
        if (c.filters) assert.deepEqual(sorted(result.statements.flatMap((s) => s.filters)), sorted(c.filters));
        if (c.reads) assert.deepEqual(result.reads, sorted(c.reads));
        if (c.writes) assert.deepEqual(result.writes, sorted(c.writes));
        if (c.warns !== undefined) assert.equal(result.warnings.length > 0, c.warns, JSON.stringify(result.warnings));
      });
    }
  });
}
