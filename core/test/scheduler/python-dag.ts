import { spawnSync } from 'node:child_process';

/** python3 on PATH (CI installs it: scripts/install-test-packages.js). */
export const hasPython = spawnSync('python3', ['--version']).status === 0;

/**
 * Reads a generated DAG file back with Python's own parser: each `x = Operator(...)` assignment
 * (its operator and constant keyword arguments, `timedelta(...)` as seconds) and each `a >> b`.
 */
const READ_DAG = `
import ast, json, sys
tree = ast.parse(sys.stdin.read())
tasks, edges = {}, []
def value(node):
    if isinstance(node, ast.Call) and getattr(node.func, 'id', '') == 'timedelta':
        return sum({'seconds': 1, 'minutes': 60}[k.arg] * k.value.value for k in node.keywords)
    return ast.literal_eval(node)
for node in ast.walk(tree):
    if isinstance(node, ast.Assign) and isinstance(node.value, ast.Call) and node.value.func.id in ('BashOperator', 'ExternalTaskSensor'):
        tasks[node.targets[0].id] = dict(operator=node.value.func.id, **{k.arg: value(k.value) for k in node.value.keywords})
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.RShift):
        edges.append([node.left.id, node.right.id])
print(json.dumps({'doc': ast.get_docstring(tree), 'tasks': tasks, 'edges': edges}))
`;

export interface ParsedDag {
  doc: string;
  tasks: Record<string, Record<string, unknown> & { operator: string; task_id: string }>;
  edges: [string, string][];
}

/** The DAG as Python parses it; throws with Python's message when it is not valid Python. */
export function parseDag(source: string): ParsedDag {
  const r = spawnSync('python3', ['-c', READ_DAG], { input: source, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`python3 could not parse the DAG: ${r.stderr}`);
  return JSON.parse(r.stdout) as ParsedDag;
}
