import { RuleTester } from '../../../src/lint';
import rule from '../../../src/lint/rules/table-name-pattern';

const at = (name: string, layer = 'dwd') => ({ code: `CREATE TABLE ${layer}.${name} (a BIGINT);`, file: `tables/${layer}/${name}.sql` });

RuleTester.run(rule, {
  valid: [
    at('dwd_live_like_di'),
    at('dwd_live_gift_send_rt'),
    at('ods_anchor_profile_db_df', 'ods'),
    at('ods_live_enter_log_hi', 'ods'),
    at('dim_gift_df', 'dim'),
    at('dws_live_room_1d', 'dws'),
    at('dws_live_room_1h', 'dws'),
    at('dws_live_user_30d', 'dws'),
    at('dws_live_user_nd', 'dws'),
    at('dws_live_user_td', 'dws'),
    at('ads_live_room_hot_5min', 'ads'),
    { ...at('dwd_live_like_di'), options: { domains: ['live', 'user', 'gift'] } },
    { ...at('ods_x_snapshot', 'ods'), options: { layerSuffixes: { ods: ['snapshot'] } } },
    // Jobs and standalone SQL are not table contracts.
    { code: 'CREATE TABLE tmp.Scratch AS SELECT 1 AS a;', file: 'jobs/x.sql' },
    'CREATE TABLE dwd.dwd_live_like (a BIGINT);',
  ],
  invalid: [
    {
      ...at('dwd_live_like_daily'),
      errors: [{ messageId: 'suffix', line: 0, character: 17, endCharacter: 36, message: "table name 'dwd_live_like_daily' does not end with a suffix of layer dwd (_di, _df, _hi, _hf, _nd, _td, _rt, _{n}d, _{n}h, _{n}min); say how it is loaded, e.g. _di for daily incremental" }],
    },
    { ...at('dwd_live_like_1x'), errors: [{ messageId: 'suffix', line: 0, character: 17 }] },
    { ...at('dwd_di'), errors: [{ messageId: 'suffix', line: 0, character: 17 }] },
    { ...at('dwd_LiveLike_di'), errors: [{ messageId: 'case', line: 0, character: 17, message: "table name 'dwd_LiveLike_di' is not lower snake_case; use letters, digits and single underscores" }] },
    { ...at('dwd_live__like_di'), errors: [{ messageId: 'case', line: 0, character: 17 }] },
    {
      ...at('dwd_shop_order_di'),
      options: { domains: ['live', 'user'] },
      errors: [{ messageId: 'domain', line: 0, character: 17, message: "table name 'dwd_shop_order_di' has subject domain 'shop', not one of live, user; use a known domain or add it to the option `domains`" }],
    },
    { ...at('ods_x_di', 'ods'), options: { layerSuffixes: { ods: ['snapshot'] } }, errors: [{ messageId: 'suffix', line: 0, character: 17 }] },
  ],
});
