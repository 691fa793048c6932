import * as fs from 'node:fs';
import * as path from 'node:path';
import { isMap, isSeq, parseDocument, type Document } from 'yaml';

/** A test of the generated suite, before its expected rows are known. */
interface Variant {
  file: string;
  doc: Document;
}

/** What `strata test --format json` says of one test: the rows each written table holds. */
interface ReportedTest {
  file: string;
  tables: { table: string; unexpected: Record<string, unknown>[] }[];
}

/**
 * Turns the unit tests under `root/tests` into a suite of `count` tests: variant k (0-4) of each
 * test keeps its `given` rows but drops every fourth one from offset k - 1 (variant 0 keeps them
 * all), so the job runs over varied inputs. Expected rows are not known yet: every `expect` table
 * is left empty for {@link fillExpectations}. The original files are replaced.
 */
export function writeVariantSuite(root: string, count: number): string[] {
  const dir = path.join(root, 'tests');
  const originals = fs.readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).sort();
  const variants: Variant[] = [];
  for (let k = 0; variants.length < count && originals.length > 0; k++) {
    for (const name of originals) {
      if (variants.length === count) break;
      const doc = parseDocument(fs.readFileSync(path.join(dir, name), 'utf8'));
      dropRows(doc, k % 5);
      emptyExpectations(doc);
      variants.push({ file: `tests/${name.replace(/\.ya?ml$/, '')}_v${k}.yaml`, doc });
    }
  }
  for (const name of originals) fs.rmSync(path.join(dir, name));
  for (const v of variants) fs.writeFileSync(path.join(root, v.file), v.doc.toString({ lineWidth: 0 }));
  return variants.map((v) => v.file);
}

/** Writes as each test's expected rows what the job wrote in `report` (a `strata test --format json` run of the suite). */
export function fillExpectations(root: string, report: { tests: ReportedTest[] }): void {
  for (const test of report.tests) {
    const file = path.join(root, test.file);
    const doc = parseDocument(fs.readFileSync(file, 'utf8'));
    for (const t of test.tables) {
      const expect = doc.get('expect');
      const key = isMap(expect) ? expect.items.find((p) => String(p.key).toLowerCase() === t.table || t.table.endsWith(`.${String(p.key).toLowerCase()}`))?.key : undefined;
      doc.setIn(['expect', key ?? t.table], doc.createNode(t.unexpected, { flow: true }));
    }
    fs.writeFileSync(file, doc.toString({ lineWidth: 0 }));
  }
}

function dropRows(doc: Document, k: number): void {
  const given = doc.get('given');
  if (k === 0 || !isMap(given)) return;
  for (const pair of given.items) {
    if (isSeq(pair.value) && pair.value.items.length > 1) pair.value.items = pair.value.items.filter((_, i) => i % 4 !== k - 1);
  }
}

function emptyExpectations(doc: Document): void {
  const expect = doc.get('expect');
  if (!isMap(expect)) return;
  for (const pair of expect.items) pair.value = doc.createNode([]);
}
