/** Schedule expressions as the schedulers take them. */

const SHORTCUT_CRON: Record<string, string> = {
  '@hourly': '0 * * * *',
  '@daily': '0 0 * * *',
  '@weekly': '0 0 * * 0',
  '@monthly': '0 0 1 * *',
};

/** A name for the schedule usable in ids and file names: `daily`, `cron_0_3_x_x_x`. */
export function scheduleSlug(schedule: string): string {
  if (schedule.startsWith('@')) return schedule.slice(1);
  return `cron_${schedule.trim().split(/\s+/).map((f) => f.replace(/\*/g, 'x').replace(/[^A-Za-z0-9]+/g, '_')).join('_')}`;
}

/** The 5-field cron of a schedule (shortcuts expanded). */
export function fiveFieldCron(schedule: string): string {
  return SHORTCUT_CRON[schedule] ?? schedule.trim().split(/\s+/).join(' ');
}

/** Minutes after midnight of a schedule that runs once a day at a fixed time (`M H * * *`), else undefined. */
export function dailyMinute(schedule: string): number | undefined {
  const match = /^([0-9]+) ([0-9]+) \* \* \*$/.exec(fiveFieldCron(schedule));
  return match ? Number(match[2]) * 60 + Number(match[1]) : undefined;
}

/**
 * The Quartz cron DolphinScheduler takes (`sec min hour dom month dow year`): a leading `0`
 * second, `?` for the day field left open, days of week renumbered (cron 0-7 with Sunday 0 or 7;
 * Quartz 1-7 with Sunday 1). Both day fields restricted is not expressible in Quartz: the day of
 * week wins.
 */
export function quartzCron(schedule: string): string {
  const [minute, hour, dom, month, dow] = fiveFieldCron(schedule).split(' ');
  const week = dow === '*' ? '?' : quartzWeekdays(dow);
  const day = dow === '*' ? dom : '?';
  return `0 ${minute} ${hour} ${day} ${month} ${week} *`;
}

/** Numbers in a day-of-week field shifted to Quartz's numbering; steps (`/2`) and names unchanged. */
function quartzWeekdays(field: string): string {
  return field
    .split(',')
    .map((item) => {
      const [range, step] = item.split('/');
      const shifted = range.replace(/[0-9]+/g, (n) => String((Number(n) % 7) + 1));
      return step === undefined ? shifted : `${shifted}/${step}`;
    })
    .join(',');
}
