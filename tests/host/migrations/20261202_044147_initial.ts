import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_accounts_role" AS ENUM('admin', 'editor', 'speaker');
  CREATE TYPE "public"."enum_conference_notes_embargo" AS ENUM('none', 'session-end');
  CREATE TYPE "public"."enum_conference_notes_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__conference_notes_v_version_embargo" AS ENUM('none', 'session-end');
  CREATE TYPE "public"."enum__conference_notes_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_conference_audit_log_action" AS ENUM('published', 'updated', 'unpublished', 'featured-changed', 'deleted', 'scheduled');
  CREATE TYPE "public"."enum_conference_events_dates_format" AS ENUM('in-person', 'virtual', 'hybrid');
  CREATE TYPE "public"."enum_conference_events_format" AS ENUM('in-person', 'virtual', 'hybrid');
  CREATE TYPE "public"."enum_conference_events_registration_status" AS ENUM('open', 'waitlist', 'rsvps-closed', 'closed', 'not-required');
  CREATE TYPE "public"."enum_people_review_log_action" AS ENUM('edited', 'invited', 'invitation-accepted', 'review-requested', 'proposed', 'withdrawn', 'approved', 'accepted', 'rejected');
  CREATE TYPE "public"."enum_people_invitations_state" AS ENUM('pending', 'used', 'superseded', 'expired');
  CREATE TYPE "public"."enum_people_review_state" AS ENUM('unreviewed', 'drafted', 'awaiting-speaker', 'changes-proposed', 'approved');
  CREATE TYPE "public"."enum_conference_talks_speakers_role" AS ENUM('speaker', 'moderator', 'panelist', 'host');
  CREATE TYPE "public"."enum_conference_talks_kind" AS ENUM('talk', 'panel', 'keynote', 'break', 'meal', 'remarks', 'social');
  CREATE TYPE "public"."enum_outgoing_hook_deliveries_status" AS ENUM('pending', 'delivered', 'failed');
  CREATE TYPE "public"."enum_outgoing_hooks_events" AS ENUM('article.published', 'article.updated', 'article.unpublished');
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'talkNotesDeliverWebhook', 'schedulePublish');
  CREATE TYPE "public"."enum_payload_jobs_log_state" AS ENUM('failed', 'succeeded');
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'talkNotesDeliverWebhook', 'schedulePublish');
  CREATE TABLE "accounts_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"created_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "accounts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"display_name" varchar,
  	"role" "enum_accounts_role" DEFAULT 'editor' NOT NULL,
  	"speaker_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"email" varchar NOT NULL,
  	"reset_password_token" varchar,
  	"reset_password_expiration" timestamp(3) with time zone,
  	"salt" varchar,
  	"hash" varchar,
  	"reset_password_requested_at" timestamp(3) with time zone,
  	"login_attempts" numeric DEFAULT 0,
  	"lock_until" timestamp(3) with time zone
  );
  
  CREATE TABLE "uploads" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"alt" varchar NOT NULL,
  	"caption" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric,
  	"sizes_thumbnail_url" varchar,
  	"sizes_thumbnail_width" numeric,
  	"sizes_thumbnail_height" numeric,
  	"sizes_thumbnail_mime_type" varchar,
  	"sizes_thumbnail_filesize" numeric,
  	"sizes_thumbnail_filename" varchar,
  	"sizes_avatar_small_url" varchar,
  	"sizes_avatar_small_width" numeric,
  	"sizes_avatar_small_height" numeric,
  	"sizes_avatar_small_mime_type" varchar,
  	"sizes_avatar_small_filesize" numeric,
  	"sizes_avatar_small_filename" varchar,
  	"sizes_avatar_url" varchar,
  	"sizes_avatar_width" numeric,
  	"sizes_avatar_height" numeric,
  	"sizes_avatar_mime_type" varchar,
  	"sizes_avatar_filesize" numeric,
  	"sizes_avatar_filename" varchar,
  	"sizes_avatar_large_url" varchar,
  	"sizes_avatar_large_width" numeric,
  	"sizes_avatar_large_height" numeric,
  	"sizes_avatar_large_mime_type" varchar,
  	"sizes_avatar_large_filesize" numeric,
  	"sizes_avatar_large_filename" varchar,
  	"sizes_card_url" varchar,
  	"sizes_card_width" numeric,
  	"sizes_card_height" numeric,
  	"sizes_card_mime_type" varchar,
  	"sizes_card_filesize" numeric,
  	"sizes_card_filename" varchar,
  	"sizes_social_url" varchar,
  	"sizes_social_width" numeric,
  	"sizes_social_height" numeric,
  	"sizes_social_mime_type" varchar,
  	"sizes_social_filesize" numeric,
  	"sizes_social_filename" varchar
  );
  
  CREATE TABLE "conference_notes" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"slug" varchar,
  	"excerpt" varchar,
  	"body_text" varchar,
  	"generated_excerpt" varchar,
  	"hero_image_id" integer,
  	"body" jsonb,
  	"event_id" integer,
  	"series_id" integer,
  	"reading_time" numeric,
  	"embargo" "enum_conference_notes_embargo" DEFAULT 'none',
  	"published_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_conference_notes_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "conference_notes_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"people_id" integer,
  	"conference_talks_id" integer
  );
  
  CREATE TABLE "_conference_notes_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_slug" varchar,
  	"version_excerpt" varchar,
  	"version_body_text" varchar,
  	"version_generated_excerpt" varchar,
  	"version_hero_image_id" integer,
  	"version_body" jsonb,
  	"version_event_id" integer,
  	"version_series_id" integer,
  	"version_reading_time" numeric,
  	"version_embargo" "enum__conference_notes_v_version_embargo" DEFAULT 'none',
  	"version_published_at" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__conference_notes_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "_conference_notes_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"people_id" integer,
  	"conference_talks_id" integer
  );
  
  CREATE TABLE "conference_audit_log" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"action" "enum_conference_audit_log_action" NOT NULL,
  	"summary" varchar NOT NULL,
  	"collection_slug" varchar NOT NULL,
  	"document_id" varchar NOT NULL,
  	"document_title" varchar,
  	"user_id" integer,
  	"details" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "conference_series" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"slug" varchar,
  	"summary" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "conference_events_dates" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"start" timestamp(3) with time zone NOT NULL,
  	"end" timestamp(3) with time zone NOT NULL,
  	"format" "enum_conference_events_dates_format",
  	"label" varchar
  );
  
  CREATE TABLE "conference_events" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"slug" varchar,
  	"series_id" integer NOT NULL,
  	"summary" varchar,
  	"description" jsonb,
  	"starts_at" timestamp(3) with time zone,
  	"ends_at" timestamp(3) with time zone,
  	"timezone" varchar DEFAULT 'UTC' NOT NULL,
  	"venue_name" varchar,
  	"venue_address" varchar,
  	"format" "enum_conference_events_format" DEFAULT 'in-person' NOT NULL,
  	"livestream_url" varchar,
  	"registration_status" "enum_conference_events_registration_status" DEFAULT 'open' NOT NULL,
  	"registration_url" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "companies" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"slug" varchar,
  	"website" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "people_links" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"label" varchar NOT NULL,
  	"url" varchar NOT NULL
  );
  
  CREATE TABLE "people_review_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"action" "enum_people_review_log_action" NOT NULL,
  	"at" timestamp(3) with time zone NOT NULL,
  	"by_id" integer,
  	"role" varchar,
  	"comment" varchar,
  	"changes" jsonb
  );
  
  CREATE TABLE "people_invitations" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"email" varchar NOT NULL,
  	"state" "enum_people_invitations_state" NOT NULL,
  	"invited_at" timestamp(3) with time zone NOT NULL,
  	"expires_at" timestamp(3) with time zone NOT NULL,
  	"used_at" timestamp(3) with time zone,
  	"invited_by_id" integer,
  	"token_hash" varchar NOT NULL
  );
  
  CREATE TABLE "people" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"slug" varchar,
  	"job_title" varchar,
  	"organization_id" integer,
  	"short_bio" varchar,
  	"full_bio" varchar,
  	"photo_id" integer,
  	"review_state" "enum_people_review_state" DEFAULT 'unreviewed',
  	"draft" jsonb,
  	"proposal" jsonb,
  	"invite_token_hash" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "conference_talks_speakers" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"speaker_id" integer NOT NULL,
  	"role" "enum_conference_talks_speakers_role" DEFAULT 'speaker' NOT NULL
  );
  
  CREATE TABLE "conference_talks" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"slug" varchar,
  	"event_id" integer NOT NULL,
  	"kind" "enum_conference_talks_kind" DEFAULT 'talk' NOT NULL,
  	"starts_at" timestamp(3) with time zone NOT NULL,
  	"ends_at" timestamp(3) with time zone NOT NULL,
  	"track" varchar,
  	"room" varchar,
  	"abstract" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "outgoing_hook_deliveries" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"webhook_id" integer,
  	"url" varchar NOT NULL,
  	"event" varchar NOT NULL,
  	"status" "enum_outgoing_hook_deliveries_status" DEFAULT 'pending' NOT NULL,
  	"attempts" numeric DEFAULT 0,
  	"response_status" numeric,
  	"error" varchar,
  	"delivered_at" timestamp(3) with time zone,
  	"body" jsonb NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "outgoing_hooks_events" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_outgoing_hooks_events",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "outgoing_hooks" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"url" varchar NOT NULL,
  	"active" boolean DEFAULT true,
  	"secret" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_kv" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"data" jsonb NOT NULL
  );
  
  CREATE TABLE "payload_jobs_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"executed_at" timestamp(3) with time zone NOT NULL,
  	"completed_at" timestamp(3) with time zone NOT NULL,
  	"task_slug" "enum_payload_jobs_log_task_slug" NOT NULL,
  	"task_i_d" varchar NOT NULL,
  	"input" jsonb,
  	"output" jsonb,
  	"state" "enum_payload_jobs_log_state" NOT NULL,
  	"error" jsonb
  );
  
  CREATE TABLE "payload_jobs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"input" jsonb,
  	"completed_at" timestamp(3) with time zone,
  	"total_tried" numeric DEFAULT 0,
  	"has_error" boolean DEFAULT false,
  	"error" jsonb,
  	"task_slug" "enum_payload_jobs_task_slug",
  	"queue" varchar DEFAULT 'default',
  	"wait_until" timestamp(3) with time zone,
  	"processing" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"global_slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"accounts_id" integer,
  	"uploads_id" integer,
  	"conference_notes_id" integer,
  	"conference_audit_log_id" integer,
  	"conference_series_id" integer,
  	"conference_events_id" integer,
  	"companies_id" integer,
  	"people_id" integer,
  	"conference_talks_id" integer,
  	"outgoing_hook_deliveries_id" integer,
  	"outgoing_hooks_id" integer
  );
  
  CREATE TABLE "payload_preferences" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"value" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_preferences_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"accounts_id" integer
  );
  
  CREATE TABLE "payload_migrations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"batch" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "accounts_sessions" ADD CONSTRAINT "accounts_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "accounts" ADD CONSTRAINT "accounts_speaker_id_people_id_fk" FOREIGN KEY ("speaker_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "conference_notes" ADD CONSTRAINT "conference_notes_hero_image_id_uploads_id_fk" FOREIGN KEY ("hero_image_id") REFERENCES "public"."uploads"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "conference_notes" ADD CONSTRAINT "conference_notes_event_id_conference_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."conference_events"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "conference_notes" ADD CONSTRAINT "conference_notes_series_id_conference_series_id_fk" FOREIGN KEY ("series_id") REFERENCES "public"."conference_series"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "conference_notes_rels" ADD CONSTRAINT "conference_notes_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."conference_notes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "conference_notes_rels" ADD CONSTRAINT "conference_notes_rels_people_fk" FOREIGN KEY ("people_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "conference_notes_rels" ADD CONSTRAINT "conference_notes_rels_conference_talks_fk" FOREIGN KEY ("conference_talks_id") REFERENCES "public"."conference_talks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_conference_notes_v" ADD CONSTRAINT "_conference_notes_v_parent_id_conference_notes_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."conference_notes"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_conference_notes_v" ADD CONSTRAINT "_conference_notes_v_version_hero_image_id_uploads_id_fk" FOREIGN KEY ("version_hero_image_id") REFERENCES "public"."uploads"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_conference_notes_v" ADD CONSTRAINT "_conference_notes_v_version_event_id_conference_events_id_fk" FOREIGN KEY ("version_event_id") REFERENCES "public"."conference_events"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_conference_notes_v" ADD CONSTRAINT "_conference_notes_v_version_series_id_conference_series_id_fk" FOREIGN KEY ("version_series_id") REFERENCES "public"."conference_series"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_conference_notes_v_rels" ADD CONSTRAINT "_conference_notes_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_conference_notes_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_conference_notes_v_rels" ADD CONSTRAINT "_conference_notes_v_rels_people_fk" FOREIGN KEY ("people_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_conference_notes_v_rels" ADD CONSTRAINT "_conference_notes_v_rels_conference_talks_fk" FOREIGN KEY ("conference_talks_id") REFERENCES "public"."conference_talks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "conference_audit_log" ADD CONSTRAINT "conference_audit_log_user_id_accounts_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "conference_events_dates" ADD CONSTRAINT "conference_events_dates_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."conference_events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "conference_events" ADD CONSTRAINT "conference_events_series_id_conference_series_id_fk" FOREIGN KEY ("series_id") REFERENCES "public"."conference_series"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "people_links" ADD CONSTRAINT "people_links_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "people_review_log" ADD CONSTRAINT "people_review_log_by_id_accounts_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "people_review_log" ADD CONSTRAINT "people_review_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "people_invitations" ADD CONSTRAINT "people_invitations_invited_by_id_accounts_id_fk" FOREIGN KEY ("invited_by_id") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "people_invitations" ADD CONSTRAINT "people_invitations_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "people" ADD CONSTRAINT "people_organization_id_companies_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."companies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "people" ADD CONSTRAINT "people_photo_id_uploads_id_fk" FOREIGN KEY ("photo_id") REFERENCES "public"."uploads"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "conference_talks_speakers" ADD CONSTRAINT "conference_talks_speakers_speaker_id_people_id_fk" FOREIGN KEY ("speaker_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "conference_talks_speakers" ADD CONSTRAINT "conference_talks_speakers_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."conference_talks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "conference_talks" ADD CONSTRAINT "conference_talks_event_id_conference_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."conference_events"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "outgoing_hook_deliveries" ADD CONSTRAINT "outgoing_hook_deliveries_webhook_id_outgoing_hooks_id_fk" FOREIGN KEY ("webhook_id") REFERENCES "public"."outgoing_hooks"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "outgoing_hooks_events" ADD CONSTRAINT "outgoing_hooks_events_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."outgoing_hooks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_jobs_log" ADD CONSTRAINT "payload_jobs_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."payload_jobs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_locked_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_accounts_fk" FOREIGN KEY ("accounts_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_uploads_fk" FOREIGN KEY ("uploads_id") REFERENCES "public"."uploads"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_conference_notes_fk" FOREIGN KEY ("conference_notes_id") REFERENCES "public"."conference_notes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_conference_audit_log_fk" FOREIGN KEY ("conference_audit_log_id") REFERENCES "public"."conference_audit_log"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_conference_series_fk" FOREIGN KEY ("conference_series_id") REFERENCES "public"."conference_series"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_conference_events_fk" FOREIGN KEY ("conference_events_id") REFERENCES "public"."conference_events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_companies_fk" FOREIGN KEY ("companies_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_people_fk" FOREIGN KEY ("people_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_conference_talks_fk" FOREIGN KEY ("conference_talks_id") REFERENCES "public"."conference_talks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_outgoing_hook_deliveries_fk" FOREIGN KEY ("outgoing_hook_deliveries_id") REFERENCES "public"."outgoing_hook_deliveries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_outgoing_hooks_fk" FOREIGN KEY ("outgoing_hooks_id") REFERENCES "public"."outgoing_hooks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_preferences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_accounts_fk" FOREIGN KEY ("accounts_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "accounts_sessions_order_idx" ON "accounts_sessions" USING btree ("_order");
  CREATE INDEX "accounts_sessions_parent_id_idx" ON "accounts_sessions" USING btree ("_parent_id");
  CREATE INDEX "accounts_role_idx" ON "accounts" USING btree ("role");
  CREATE UNIQUE INDEX "accounts_speaker_idx" ON "accounts" USING btree ("speaker_id");
  CREATE INDEX "accounts_updated_at_idx" ON "accounts" USING btree ("updated_at");
  CREATE INDEX "accounts_created_at_idx" ON "accounts" USING btree ("created_at");
  CREATE UNIQUE INDEX "accounts_email_idx" ON "accounts" USING btree ("email");
  CREATE INDEX "uploads_updated_at_idx" ON "uploads" USING btree ("updated_at");
  CREATE INDEX "uploads_created_at_idx" ON "uploads" USING btree ("created_at");
  CREATE UNIQUE INDEX "uploads_filename_idx" ON "uploads" USING btree ("filename");
  CREATE INDEX "uploads_sizes_thumbnail_sizes_thumbnail_filename_idx" ON "uploads" USING btree ("sizes_thumbnail_filename");
  CREATE INDEX "uploads_sizes_avatar_small_sizes_avatar_small_filename_idx" ON "uploads" USING btree ("sizes_avatar_small_filename");
  CREATE INDEX "uploads_sizes_avatar_sizes_avatar_filename_idx" ON "uploads" USING btree ("sizes_avatar_filename");
  CREATE INDEX "uploads_sizes_avatar_large_sizes_avatar_large_filename_idx" ON "uploads" USING btree ("sizes_avatar_large_filename");
  CREATE INDEX "uploads_sizes_card_sizes_card_filename_idx" ON "uploads" USING btree ("sizes_card_filename");
  CREATE INDEX "uploads_sizes_social_sizes_social_filename_idx" ON "uploads" USING btree ("sizes_social_filename");
  CREATE UNIQUE INDEX "conference_notes_slug_idx" ON "conference_notes" USING btree ("slug");
  CREATE INDEX "conference_notes_hero_image_idx" ON "conference_notes" USING btree ("hero_image_id");
  CREATE INDEX "conference_notes_event_idx" ON "conference_notes" USING btree ("event_id");
  CREATE INDEX "conference_notes_series_idx" ON "conference_notes" USING btree ("series_id");
  CREATE INDEX "conference_notes_published_at_idx" ON "conference_notes" USING btree ("published_at");
  CREATE INDEX "conference_notes_updated_at_idx" ON "conference_notes" USING btree ("updated_at");
  CREATE INDEX "conference_notes_created_at_idx" ON "conference_notes" USING btree ("created_at");
  CREATE INDEX "conference_notes__status_idx" ON "conference_notes" USING btree ("_status");
  CREATE INDEX "conference_notes_rels_order_idx" ON "conference_notes_rels" USING btree ("order");
  CREATE INDEX "conference_notes_rels_parent_idx" ON "conference_notes_rels" USING btree ("parent_id");
  CREATE INDEX "conference_notes_rels_path_idx" ON "conference_notes_rels" USING btree ("path");
  CREATE INDEX "conference_notes_rels_people_id_idx" ON "conference_notes_rels" USING btree ("people_id");
  CREATE INDEX "conference_notes_rels_conference_talks_id_idx" ON "conference_notes_rels" USING btree ("conference_talks_id");
  CREATE INDEX "_conference_notes_v_parent_idx" ON "_conference_notes_v" USING btree ("parent_id");
  CREATE INDEX "_conference_notes_v_version_version_slug_idx" ON "_conference_notes_v" USING btree ("version_slug");
  CREATE INDEX "_conference_notes_v_version_version_hero_image_idx" ON "_conference_notes_v" USING btree ("version_hero_image_id");
  CREATE INDEX "_conference_notes_v_version_version_event_idx" ON "_conference_notes_v" USING btree ("version_event_id");
  CREATE INDEX "_conference_notes_v_version_version_series_idx" ON "_conference_notes_v" USING btree ("version_series_id");
  CREATE INDEX "_conference_notes_v_version_version_published_at_idx" ON "_conference_notes_v" USING btree ("version_published_at");
  CREATE INDEX "_conference_notes_v_version_version_updated_at_idx" ON "_conference_notes_v" USING btree ("version_updated_at");
  CREATE INDEX "_conference_notes_v_version_version_created_at_idx" ON "_conference_notes_v" USING btree ("version_created_at");
  CREATE INDEX "_conference_notes_v_version_version__status_idx" ON "_conference_notes_v" USING btree ("version__status");
  CREATE INDEX "_conference_notes_v_created_at_idx" ON "_conference_notes_v" USING btree ("created_at");
  CREATE INDEX "_conference_notes_v_updated_at_idx" ON "_conference_notes_v" USING btree ("updated_at");
  CREATE INDEX "_conference_notes_v_latest_idx" ON "_conference_notes_v" USING btree ("latest");
  CREATE INDEX "_conference_notes_v_autosave_idx" ON "_conference_notes_v" USING btree ("autosave");
  CREATE INDEX "_conference_notes_v_rels_order_idx" ON "_conference_notes_v_rels" USING btree ("order");
  CREATE INDEX "_conference_notes_v_rels_parent_idx" ON "_conference_notes_v_rels" USING btree ("parent_id");
  CREATE INDEX "_conference_notes_v_rels_path_idx" ON "_conference_notes_v_rels" USING btree ("path");
  CREATE INDEX "_conference_notes_v_rels_people_id_idx" ON "_conference_notes_v_rels" USING btree ("people_id");
  CREATE INDEX "_conference_notes_v_rels_conference_talks_id_idx" ON "_conference_notes_v_rels" USING btree ("conference_talks_id");
  CREATE INDEX "conference_audit_log_action_idx" ON "conference_audit_log" USING btree ("action");
  CREATE INDEX "conference_audit_log_document_id_idx" ON "conference_audit_log" USING btree ("document_id");
  CREATE INDEX "conference_audit_log_user_idx" ON "conference_audit_log" USING btree ("user_id");
  CREATE INDEX "conference_audit_log_updated_at_idx" ON "conference_audit_log" USING btree ("updated_at");
  CREATE INDEX "conference_audit_log_created_at_idx" ON "conference_audit_log" USING btree ("created_at");
  CREATE UNIQUE INDEX "conference_series_slug_idx" ON "conference_series" USING btree ("slug");
  CREATE INDEX "conference_series_updated_at_idx" ON "conference_series" USING btree ("updated_at");
  CREATE INDEX "conference_series_created_at_idx" ON "conference_series" USING btree ("created_at");
  CREATE INDEX "conference_events_dates_order_idx" ON "conference_events_dates" USING btree ("_order");
  CREATE INDEX "conference_events_dates_parent_id_idx" ON "conference_events_dates" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "conference_events_slug_idx" ON "conference_events" USING btree ("slug");
  CREATE INDEX "conference_events_series_idx" ON "conference_events" USING btree ("series_id");
  CREATE INDEX "conference_events_starts_at_idx" ON "conference_events" USING btree ("starts_at");
  CREATE INDEX "conference_events_ends_at_idx" ON "conference_events" USING btree ("ends_at");
  CREATE INDEX "conference_events_updated_at_idx" ON "conference_events" USING btree ("updated_at");
  CREATE INDEX "conference_events_created_at_idx" ON "conference_events" USING btree ("created_at");
  CREATE UNIQUE INDEX "companies_slug_idx" ON "companies" USING btree ("slug");
  CREATE INDEX "companies_updated_at_idx" ON "companies" USING btree ("updated_at");
  CREATE INDEX "companies_created_at_idx" ON "companies" USING btree ("created_at");
  CREATE INDEX "people_links_order_idx" ON "people_links" USING btree ("_order");
  CREATE INDEX "people_links_parent_id_idx" ON "people_links" USING btree ("_parent_id");
  CREATE INDEX "people_review_log_order_idx" ON "people_review_log" USING btree ("_order");
  CREATE INDEX "people_review_log_parent_id_idx" ON "people_review_log" USING btree ("_parent_id");
  CREATE INDEX "people_review_log_by_idx" ON "people_review_log" USING btree ("by_id");
  CREATE INDEX "people_invitations_order_idx" ON "people_invitations" USING btree ("_order");
  CREATE INDEX "people_invitations_parent_id_idx" ON "people_invitations" USING btree ("_parent_id");
  CREATE INDEX "people_invitations_invited_by_idx" ON "people_invitations" USING btree ("invited_by_id");
  CREATE INDEX "people_invitations_token_hash_idx" ON "people_invitations" USING btree ("token_hash");
  CREATE UNIQUE INDEX "people_slug_idx" ON "people" USING btree ("slug");
  CREATE INDEX "people_organization_idx" ON "people" USING btree ("organization_id");
  CREATE INDEX "people_photo_idx" ON "people" USING btree ("photo_id");
  CREATE INDEX "people_review_state_idx" ON "people" USING btree ("review_state");
  CREATE INDEX "people_invite_token_hash_idx" ON "people" USING btree ("invite_token_hash");
  CREATE INDEX "people_updated_at_idx" ON "people" USING btree ("updated_at");
  CREATE INDEX "people_created_at_idx" ON "people" USING btree ("created_at");
  CREATE INDEX "conference_talks_speakers_order_idx" ON "conference_talks_speakers" USING btree ("_order");
  CREATE INDEX "conference_talks_speakers_parent_id_idx" ON "conference_talks_speakers" USING btree ("_parent_id");
  CREATE INDEX "conference_talks_speakers_speaker_idx" ON "conference_talks_speakers" USING btree ("speaker_id");
  CREATE INDEX "conference_talks_slug_idx" ON "conference_talks" USING btree ("slug");
  CREATE INDEX "conference_talks_event_idx" ON "conference_talks" USING btree ("event_id");
  CREATE INDEX "conference_talks_starts_at_idx" ON "conference_talks" USING btree ("starts_at");
  CREATE INDEX "conference_talks_updated_at_idx" ON "conference_talks" USING btree ("updated_at");
  CREATE INDEX "conference_talks_created_at_idx" ON "conference_talks" USING btree ("created_at");
  CREATE UNIQUE INDEX "event_slug_idx" ON "conference_talks" USING btree ("event_id","slug");
  CREATE INDEX "outgoing_hook_deliveries_webhook_idx" ON "outgoing_hook_deliveries" USING btree ("webhook_id");
  CREATE INDEX "outgoing_hook_deliveries_status_idx" ON "outgoing_hook_deliveries" USING btree ("status");
  CREATE INDEX "outgoing_hook_deliveries_updated_at_idx" ON "outgoing_hook_deliveries" USING btree ("updated_at");
  CREATE INDEX "outgoing_hook_deliveries_created_at_idx" ON "outgoing_hook_deliveries" USING btree ("created_at");
  CREATE INDEX "outgoing_hooks_events_order_idx" ON "outgoing_hooks_events" USING btree ("order");
  CREATE INDEX "outgoing_hooks_events_parent_idx" ON "outgoing_hooks_events" USING btree ("parent_id");
  CREATE INDEX "outgoing_hooks_updated_at_idx" ON "outgoing_hooks" USING btree ("updated_at");
  CREATE INDEX "outgoing_hooks_created_at_idx" ON "outgoing_hooks" USING btree ("created_at");
  CREATE UNIQUE INDEX "payload_kv_key_idx" ON "payload_kv" USING btree ("key");
  CREATE INDEX "payload_jobs_log_order_idx" ON "payload_jobs_log" USING btree ("_order");
  CREATE INDEX "payload_jobs_log_parent_id_idx" ON "payload_jobs_log" USING btree ("_parent_id");
  CREATE INDEX "payload_jobs_completed_at_idx" ON "payload_jobs" USING btree ("completed_at");
  CREATE INDEX "payload_jobs_total_tried_idx" ON "payload_jobs" USING btree ("total_tried");
  CREATE INDEX "payload_jobs_has_error_idx" ON "payload_jobs" USING btree ("has_error");
  CREATE INDEX "payload_jobs_task_slug_idx" ON "payload_jobs" USING btree ("task_slug");
  CREATE INDEX "payload_jobs_queue_idx" ON "payload_jobs" USING btree ("queue");
  CREATE INDEX "payload_jobs_wait_until_idx" ON "payload_jobs" USING btree ("wait_until");
  CREATE INDEX "payload_jobs_processing_idx" ON "payload_jobs" USING btree ("processing");
  CREATE INDEX "payload_jobs_updated_at_idx" ON "payload_jobs" USING btree ("updated_at");
  CREATE INDEX "payload_jobs_created_at_idx" ON "payload_jobs" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_global_slug_idx" ON "payload_locked_documents" USING btree ("global_slug");
  CREATE INDEX "payload_locked_documents_updated_at_idx" ON "payload_locked_documents" USING btree ("updated_at");
  CREATE INDEX "payload_locked_documents_created_at_idx" ON "payload_locked_documents" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_rels_order_idx" ON "payload_locked_documents_rels" USING btree ("order");
  CREATE INDEX "payload_locked_documents_rels_parent_idx" ON "payload_locked_documents_rels" USING btree ("parent_id");
  CREATE INDEX "payload_locked_documents_rels_path_idx" ON "payload_locked_documents_rels" USING btree ("path");
  CREATE INDEX "payload_locked_documents_rels_accounts_id_idx" ON "payload_locked_documents_rels" USING btree ("accounts_id");
  CREATE INDEX "payload_locked_documents_rels_uploads_id_idx" ON "payload_locked_documents_rels" USING btree ("uploads_id");
  CREATE INDEX "payload_locked_documents_rels_conference_notes_id_idx" ON "payload_locked_documents_rels" USING btree ("conference_notes_id");
  CREATE INDEX "payload_locked_documents_rels_conference_audit_log_id_idx" ON "payload_locked_documents_rels" USING btree ("conference_audit_log_id");
  CREATE INDEX "payload_locked_documents_rels_conference_series_id_idx" ON "payload_locked_documents_rels" USING btree ("conference_series_id");
  CREATE INDEX "payload_locked_documents_rels_conference_events_id_idx" ON "payload_locked_documents_rels" USING btree ("conference_events_id");
  CREATE INDEX "payload_locked_documents_rels_companies_id_idx" ON "payload_locked_documents_rels" USING btree ("companies_id");
  CREATE INDEX "payload_locked_documents_rels_people_id_idx" ON "payload_locked_documents_rels" USING btree ("people_id");
  CREATE INDEX "payload_locked_documents_rels_conference_talks_id_idx" ON "payload_locked_documents_rels" USING btree ("conference_talks_id");
  CREATE INDEX "payload_locked_documents_rels_outgoing_hook_deliveries_i_idx" ON "payload_locked_documents_rels" USING btree ("outgoing_hook_deliveries_id");
  CREATE INDEX "payload_locked_documents_rels_outgoing_hooks_id_idx" ON "payload_locked_documents_rels" USING btree ("outgoing_hooks_id");
  CREATE INDEX "payload_preferences_key_idx" ON "payload_preferences" USING btree ("key");
  CREATE INDEX "payload_preferences_updated_at_idx" ON "payload_preferences" USING btree ("updated_at");
  CREATE INDEX "payload_preferences_created_at_idx" ON "payload_preferences" USING btree ("created_at");
  CREATE INDEX "payload_preferences_rels_order_idx" ON "payload_preferences_rels" USING btree ("order");
  CREATE INDEX "payload_preferences_rels_parent_idx" ON "payload_preferences_rels" USING btree ("parent_id");
  CREATE INDEX "payload_preferences_rels_path_idx" ON "payload_preferences_rels" USING btree ("path");
  CREATE INDEX "payload_preferences_rels_accounts_id_idx" ON "payload_preferences_rels" USING btree ("accounts_id");
  CREATE INDEX "payload_migrations_updated_at_idx" ON "payload_migrations" USING btree ("updated_at");
  CREATE INDEX "payload_migrations_created_at_idx" ON "payload_migrations" USING btree ("created_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "accounts_sessions" CASCADE;
  DROP TABLE "accounts" CASCADE;
  DROP TABLE "uploads" CASCADE;
  DROP TABLE "conference_notes" CASCADE;
  DROP TABLE "conference_notes_rels" CASCADE;
  DROP TABLE "_conference_notes_v" CASCADE;
  DROP TABLE "_conference_notes_v_rels" CASCADE;
  DROP TABLE "conference_audit_log" CASCADE;
  DROP TABLE "conference_series" CASCADE;
  DROP TABLE "conference_events_dates" CASCADE;
  DROP TABLE "conference_events" CASCADE;
  DROP TABLE "companies" CASCADE;
  DROP TABLE "people_links" CASCADE;
  DROP TABLE "people_review_log" CASCADE;
  DROP TABLE "people_invitations" CASCADE;
  DROP TABLE "people" CASCADE;
  DROP TABLE "conference_talks_speakers" CASCADE;
  DROP TABLE "conference_talks" CASCADE;
  DROP TABLE "outgoing_hook_deliveries" CASCADE;
  DROP TABLE "outgoing_hooks_events" CASCADE;
  DROP TABLE "outgoing_hooks" CASCADE;
  DROP TABLE "payload_kv" CASCADE;
  DROP TABLE "payload_jobs_log" CASCADE;
  DROP TABLE "payload_jobs" CASCADE;
  DROP TABLE "payload_locked_documents" CASCADE;
  DROP TABLE "payload_locked_documents_rels" CASCADE;
  DROP TABLE "payload_preferences" CASCADE;
  DROP TABLE "payload_preferences_rels" CASCADE;
  DROP TABLE "payload_migrations" CASCADE;
  DROP TYPE "public"."enum_accounts_role";
  DROP TYPE "public"."enum_conference_notes_embargo";
  DROP TYPE "public"."enum_conference_notes_status";
  DROP TYPE "public"."enum__conference_notes_v_version_embargo";
  DROP TYPE "public"."enum__conference_notes_v_version_status";
  DROP TYPE "public"."enum_conference_audit_log_action";
  DROP TYPE "public"."enum_conference_events_dates_format";
  DROP TYPE "public"."enum_conference_events_format";
  DROP TYPE "public"."enum_conference_events_registration_status";
  DROP TYPE "public"."enum_people_review_log_action";
  DROP TYPE "public"."enum_people_invitations_state";
  DROP TYPE "public"."enum_people_review_state";
  DROP TYPE "public"."enum_conference_talks_speakers_role";
  DROP TYPE "public"."enum_conference_talks_kind";
  DROP TYPE "public"."enum_outgoing_hook_deliveries_status";
  DROP TYPE "public"."enum_outgoing_hooks_events";
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  DROP TYPE "public"."enum_payload_jobs_log_state";
  DROP TYPE "public"."enum_payload_jobs_task_slug";`)
}
