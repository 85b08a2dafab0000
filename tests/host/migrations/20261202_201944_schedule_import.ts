import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_conference_schedule_imports_format" AS ENUM('frab-xml', 'c3voc-json', 'sessionize', 'csv');
  CREATE TYPE "public"."enum_conference_talks_links_kind" AS ENUM('recording', 'slides', 'video', 'other');
  CREATE TYPE "public"."enum_conference_talks_status" AS ENUM('scheduled', 'cancelled');
  CREATE TABLE "conference_schedule_imports" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"event_id" integer,
  	"summary" varchar NOT NULL,
  	"source" varchar NOT NULL,
  	"format" "enum_conference_schedule_imports_format" NOT NULL,
  	"user_id" integer,
  	"counts_sessions_created" numeric DEFAULT 0,
  	"counts_sessions_updated" numeric DEFAULT 0,
  	"counts_sessions_cancelled" numeric DEFAULT 0,
  	"counts_sessions_removed" numeric DEFAULT 0,
  	"counts_speakers_created" numeric DEFAULT 0,
  	"counts_speakers_updated" numeric DEFAULT 0,
  	"counts_conflicts" numeric DEFAULT 0,
  	"counts_warnings" numeric DEFAULT 0,
  	"changes" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "conference_talks_links" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"kind" "enum_conference_talks_links_kind" DEFAULT 'other' NOT NULL,
  	"title" varchar,
  	"url" varchar NOT NULL
  );
  
  ALTER TABLE "conference_events" ADD COLUMN "day_change" varchar DEFAULT '04:00';
  ALTER TABLE "conference_events" ADD COLUMN "schedule_source_url" varchar;
  ALTER TABLE "conference_events" ADD COLUMN "schedule_source_format" varchar;
  ALTER TABLE "conference_events" ADD COLUMN "schedule_source_version" varchar;
  ALTER TABLE "conference_events" ADD COLUMN "schedule_source_imported_at" timestamp(3) with time zone;
  ALTER TABLE "people" ADD COLUMN "source_keys" jsonb;
  ALTER TABLE "people" ADD COLUMN "source_imported" jsonb;
  ALTER TABLE "people" ADD COLUMN "source_imported_at" timestamp(3) with time zone;
  ALTER TABLE "conference_talks" ADD COLUMN "status" "enum_conference_talks_status" DEFAULT 'scheduled';
  ALTER TABLE "conference_talks" ADD COLUMN "sequence" numeric DEFAULT 0;
  ALTER TABLE "conference_talks" ADD COLUMN "description" jsonb;
  ALTER TABLE "conference_talks" ADD COLUMN "source_guid" varchar;
  ALTER TABLE "conference_talks" ADD COLUMN "source_code" varchar;
  ALTER TABLE "conference_talks" ADD COLUMN "source_url" varchar;
  ALTER TABLE "conference_talks" ADD COLUMN "source_imported" jsonb;
  ALTER TABLE "conference_talks" ADD COLUMN "source_imported_at" timestamp(3) with time zone;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "conference_schedule_imports_id" integer;
  ALTER TABLE "conference_schedule_imports" ADD CONSTRAINT "conference_schedule_imports_event_id_conference_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."conference_events"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "conference_schedule_imports" ADD CONSTRAINT "conference_schedule_imports_user_id_accounts_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "conference_talks_links" ADD CONSTRAINT "conference_talks_links_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."conference_talks"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "conference_schedule_imports_event_idx" ON "conference_schedule_imports" USING btree ("event_id");
  CREATE INDEX "conference_schedule_imports_user_idx" ON "conference_schedule_imports" USING btree ("user_id");
  CREATE INDEX "conference_schedule_imports_updated_at_idx" ON "conference_schedule_imports" USING btree ("updated_at");
  CREATE INDEX "conference_schedule_imports_created_at_idx" ON "conference_schedule_imports" USING btree ("created_at");
  CREATE INDEX "conference_talks_links_order_idx" ON "conference_talks_links" USING btree ("_order");
  CREATE INDEX "conference_talks_links_parent_id_idx" ON "conference_talks_links" USING btree ("_parent_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_conference_schedule_imports_fk" FOREIGN KEY ("conference_schedule_imports_id") REFERENCES "public"."conference_schedule_imports"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "conference_talks_status_idx" ON "conference_talks" USING btree ("status");
  CREATE INDEX "conference_talks_source_source_guid_idx" ON "conference_talks" USING btree ("source_guid");
  CREATE INDEX "payload_locked_documents_rels_conference_schedule_import_idx" ON "payload_locked_documents_rels" USING btree ("conference_schedule_imports_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  // The foreign key on a table that stays goes first: dropping the new tables with CASCADE
  // already removes the foreign keys pointing at them, and a later DROP CONSTRAINT fails.
  await db.execute(sql`
   ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_conference_schedule_imports_fk";
   ALTER TABLE "conference_schedule_imports" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "conference_talks_links" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "conference_schedule_imports" CASCADE;
  DROP TABLE "conference_talks_links" CASCADE;
  
  DROP INDEX "conference_talks_status_idx";
  DROP INDEX "conference_talks_source_source_guid_idx";
  DROP INDEX "payload_locked_documents_rels_conference_schedule_import_idx";
  ALTER TABLE "conference_events" DROP COLUMN "day_change";
  ALTER TABLE "conference_events" DROP COLUMN "schedule_source_url";
  ALTER TABLE "conference_events" DROP COLUMN "schedule_source_format";
  ALTER TABLE "conference_events" DROP COLUMN "schedule_source_version";
  ALTER TABLE "conference_events" DROP COLUMN "schedule_source_imported_at";
  ALTER TABLE "people" DROP COLUMN "source_keys";
  ALTER TABLE "people" DROP COLUMN "source_imported";
  ALTER TABLE "people" DROP COLUMN "source_imported_at";
  ALTER TABLE "conference_talks" DROP COLUMN "status";
  ALTER TABLE "conference_talks" DROP COLUMN "sequence";
  ALTER TABLE "conference_talks" DROP COLUMN "description";
  ALTER TABLE "conference_talks" DROP COLUMN "source_guid";
  ALTER TABLE "conference_talks" DROP COLUMN "source_code";
  ALTER TABLE "conference_talks" DROP COLUMN "source_url";
  ALTER TABLE "conference_talks" DROP COLUMN "source_imported";
  ALTER TABLE "conference_talks" DROP COLUMN "source_imported_at";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "conference_schedule_imports_id";
  DROP TYPE "public"."enum_conference_schedule_imports_format";
  DROP TYPE "public"."enum_conference_talks_links_kind";
  DROP TYPE "public"."enum_conference_talks_status";`)
}
