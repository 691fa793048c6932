/**
 * Field-by-field check of a 5-field cron expression. The front-matter schema checks only the
 * shape (five fields of cron characters); a value out of range (`0 25 * * *`) would otherwise be
 * found by the scheduler after publishing.
 */

interface CronField {
  name: string;
  min: number;
  max: number;
  /** Three-letter names accepted in place of numbers (index + min = value). */
  names?: string[];
}

const FIELDS: CronField[] = [
  { name: 'minute', min: 0, max: 59 },
  { name: 'hour', min: 0, max: 23 },
  { name: 'day of month', min: 1, max: 31 },
  { name: 'month', min: 1, max: 12, names: ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'] },
  // 0 and 7 both mean Sunday.
  { name: 'day of week', min: 0, max: 7, names: ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] },
];

/**
 * What is wrong with a cron expression (`hour 25 is outside 0-23`), or undefined when every
 * field is valid. Shortcuts (`@daily`) and expressions without five fields are left to the schema.
 */
export function cronProblem(expression: string): string | undefined {
  const parts = expression.trim().split(/\s+/);
  if (expression.startsWith('@') || parts.length !== FIELDS.length) return undefined;
  for (let i = 0; i < FIELDS.length; i++) {
    for (const item of parts[i].split(',')) {
      const problem = itemProblem(item, FIELDS[i]);
      if (problem) return problem;
    }
  }
  return undefined;
}

/** One list item: `*`, `?` (day fields), `n`, `a-b`, each optionally `/step`. */
function itemProblem(item: string, field: CronField): string | undefined {
  const [range, step, extra] = item.split('/');
  if (extra !== undefined || (step !== undefined && !/^[1-9][0-9]*$/.test(step))) {
    return `${field.name} '${item}' has a step that is not a whole number 1 or more`;
  }
  if (range === '*' || (range === '?' && field.name.startsWith('day'))) return undefined;
  const bounds = range.split('-');
  if (bounds.length > 2) return `${field.name} '${item}' is not a value or a range a-b`;
  const values: number[] = [];
  for (const bound of bounds) {
    const value = valueOf(bound, field);
    if (value === undefined) return `${field.name} '${bound}' is not ${describe(field)}`;
    if (value < field.min || value > field.max) return `${field.name} ${bound} is outside ${field.min}-${field.max}`;
    values.push(value);
  }
  if (values.length === 2 && values[0] > values[1]) return `${field.name} range '${range}' runs backwards`;
  return undefined;
}

function valueOf(text: string, field: CronField): number | undefined {
  if (/^[0-9]+$/.test(text)) return Number(text);
  const named = field.names?.indexOf(text.toLowerCase()) ?? -1;
  return named >= 0 ? named + field.min : undefined;
}

function describe(field: CronField): string {
  const names = field.names ? ` or a name (${field.names[0].toUpperCase()}-${field.names[field.names.length - 1].toUpperCase()})` : '';
  return `a number ${field.min}-${field.max}${names}`;
}
