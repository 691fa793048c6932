export { formatSql, type FormatNote, type FormattedSql } from './format-sql';
export { DEFAULT_FORMAT_SETTINGS, formatSettings, type FormatSettings } from './settings';
