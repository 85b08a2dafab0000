import * as migration_20261126_150437_initial from './20261126_150437_initial';
import * as migration_20261126_152438_feeds_audit_webhooks_jobs from './20261126_152438_feeds_audit_webhooks_jobs';
import * as migration_20261126_153019_webhook_delivery_url from './20261126_153019_webhook_delivery_url';
import * as migration_20261126_154423_speaker_review_invitations from './20261126_154423_speaker_review_invitations';
import * as migration_20261126_160709_article_body_text from './20261126_160709_article_body_text';
import * as migration_20261126_173804_media_avatar_sizes from './20261126_173804_media_avatar_sizes';
import * as migration_20261202_151143_article_search from './20261202_151143_article_search';
import * as migration_20261202_161013_name_indexes from './20261202_161013_name_indexes';
import * as migration_20261202_201934_schedule_import from './20261202_201934_schedule_import';
import * as migration_20261204_175600_session_order_invite_only from './20261204_175600_session_order_invite_only';
import * as migration_20261204_190131_session_recording from './20261204_190131_session_recording';
import * as migration_20261206_204207_media_storage_prefix from './20261206_204207_media_storage_prefix';

export const migrations = [
  {
    up: migration_20261126_150437_initial.up,
    down: migration_20261126_150437_initial.down,
    name: '20261126_150437_initial',
  },
  {
    up: migration_20261126_152438_feeds_audit_webhooks_jobs.up,
    down: migration_20261126_152438_feeds_audit_webhooks_jobs.down,
    name: '20261126_152438_feeds_audit_webhooks_jobs',
  },
  {
    up: migration_20261126_153019_webhook_delivery_url.up,
    down: migration_20261126_153019_webhook_delivery_url.down,
    name: '20261126_153019_webhook_delivery_url',
  },
  {
    up: migration_20261126_154423_speaker_review_invitations.up,
    down: migration_20261126_154423_speaker_review_invitations.down,
    name: '20261126_154423_speaker_review_invitations',
  },
  {
    up: migration_20261126_160709_article_body_text.up,
    down: migration_20261126_160709_article_body_text.down,
    name: '20261126_160709_article_body_text',
  },
  {
    up: migration_20261126_173804_media_avatar_sizes.up,
    down: migration_20261126_173804_media_avatar_sizes.down,
    name: '20261126_173804_media_avatar_sizes',
  },
  {
    up: migration_20261202_151143_article_search.up,
    down: migration_20261202_151143_article_search.down,
    name: '20261202_151143_article_search',
  },
  {
    up: migration_20261202_161013_name_indexes.up,
    down: migration_20261202_161013_name_indexes.down,
    name: '20261202_161013_name_indexes',
  },
  {
    up: migration_20261202_201934_schedule_import.up,
    down: migration_20261202_201934_schedule_import.down,
    name: '20261202_201934_schedule_import',
  },
  {
    up: migration_20261204_175600_session_order_invite_only.up,
    down: migration_20261204_175600_session_order_invite_only.down,
    name: '20261204_175600_session_order_invite_only',
  },
  {
    up: migration_20261204_190131_session_recording.up,
    down: migration_20261204_190131_session_recording.down,
    name: '20261204_190131_session_recording',
  },
  {
    up: migration_20261206_204207_media_storage_prefix.up,
    down: migration_20261206_204207_media_storage_prefix.down,
    name: '20261206_204207_media_storage_prefix'
  },
];
