import * as migration_20261202_044147_initial from './20261202_044147_initial';
import * as migration_20261202_151159_article_search from './20261202_151159_article_search';
import * as migration_20261202_161017_name_indexes from './20261202_161017_name_indexes';
import * as migration_20261202_201944_schedule_import from './20261202_201944_schedule_import';
import * as migration_20261204_175606_session_order_invite_only from './20261204_175606_session_order_invite_only';
import * as migration_20261204_190138_session_recording from './20261204_190138_session_recording';

export const migrations = [
  {
    up: migration_20261202_044147_initial.up,
    down: migration_20261202_044147_initial.down,
    name: '20261202_044147_initial',
  },
  {
    up: migration_20261202_151159_article_search.up,
    down: migration_20261202_151159_article_search.down,
    name: '20261202_151159_article_search',
  },
  {
    up: migration_20261202_161017_name_indexes.up,
    down: migration_20261202_161017_name_indexes.down,
    name: '20261202_161017_name_indexes',
  },
  {
    up: migration_20261202_201944_schedule_import.up,
    down: migration_20261202_201944_schedule_import.down,
    name: '20261202_201944_schedule_import',
  },
  {
    up: migration_20261204_175606_session_order_invite_only.up,
    down: migration_20261204_175606_session_order_invite_only.down,
    name: '20261204_175606_session_order_invite_only',
  },
  {
    up: migration_20261204_190138_session_recording.up,
    down: migration_20261204_190138_session_recording.down,
    name: '20261204_190138_session_recording'
  },
];
