import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_schedule_imports_format" AS ENUM('frab-xml', 'c3voc-json', 'sessionize', 'csv');
  CREATE TYPE "public"."enum_talks_links_kind" AS ENUM('recording', 'slides', 'video', 'other');
  CREATE TYPE "public"."enum_talks_status" AS ENUM('scheduled', 'cancelled');
  CREATE TABLE "schedule_imports" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"event_id" integer,
  	"summary" varchar NOT NULL,
  	"source" varchar NOT NULL,
  	"format" "enum_schedule_imports_format" NOT NULL,
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
  
  CREATE TABLE "talks_links" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"kind" "enum_talks_links_kind" DEFAULT 'other' NOT NULL,
  	"title" varchar,
  	"url" varchar NOT NULL
  );
  
  ALTER TABLE "events" ADD COLUMN "day_change" varchar DEFAULT '04:00';
  ALTER TABLE "events" ADD COLUMN "schedule_source_url" varchar;
  ALTER TABLE "events" ADD COLUMN "schedule_source_format" varchar;
  ALTER TABLE "events" ADD COLUMN "schedule_source_version" varchar;
  ALTER TABLE "events" ADD COLUMN "schedule_source_imported_at" timestamp(3) with time zone;
  ALTER TABLE "speakers" ADD COLUMN "source_keys" jsonb;
  ALTER TABLE "speakers" ADD COLUMN "source_imported" jsonb;
  ALTER TABLE "speakers" ADD COLUMN "source_imported_at" timestamp(3) with time zone;
  ALTER TABLE "talks" ADD COLUMN "status" "enum_talks_status" DEFAULT 'scheduled';
  ALTER TABLE "talks" ADD COLUMN "sequence" numeric DEFAULT 0;
  ALTER TABLE "talks" ADD COLUMN "description" jsonb;
  ALTER TABLE "talks" ADD COLUMN "source_guid" varchar;
  ALTER TABLE "talks" ADD COLUMN "source_code" varchar;
  ALTER TABLE "talks" ADD COLUMN "source_url" varchar;
  ALTER TABLE "talks" ADD COLUMN "source_imported" jsonb;
  ALTER TABLE "talks" ADD COLUMN "source_imported_at" timestamp(3) with time zone;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "schedule_imports_id" integer;
  ALTER TABLE "schedule_imports" ADD CONSTRAINT "schedule_imports_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "schedule_imports" ADD CONSTRAINT "schedule_imports_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "talks_links" ADD CONSTRAINT "talks_links_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."talks"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "schedule_imports_event_idx" ON "schedule_imports" USING btree ("event_id");
  CREATE INDEX "schedule_imports_user_idx" ON "schedule_imports" USING btree ("user_id");
  CREATE INDEX "schedule_imports_updated_at_idx" ON "schedule_imports" USING btree ("updated_at");
  CREATE INDEX "schedule_imports_created_at_idx" ON "schedule_imports" USING btree ("created_at");
  CREATE INDEX "talks_links_order_idx" ON "talks_links" USING btree ("_order");
  CREATE INDEX "talks_links_parent_id_idx" ON "talks_links" USING btree ("_parent_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_schedule_imports_fk" FOREIGN KEY ("schedule_imports_id") REFERENCES "public"."schedule_imports"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "talks_status_idx" ON "talks" USING btree ("status");
  CREATE INDEX "talks_source_source_guid_idx" ON "talks" USING btree ("source_guid");
  CREATE INDEX "payload_locked_documents_rels_schedule_imports_id_idx" ON "payload_locked_documents_rels" USING btree ("schedule_imports_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  // The foreign key on a table that stays goes first: dropping the new tables with CASCADE
  // already removes the foreign keys pointing at them, and a later DROP CONSTRAINT fails.
  await db.execute(sql`
   ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_schedule_imports_fk";
   ALTER TABLE "schedule_imports" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "talks_links" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "schedule_imports" CASCADE;
  DROP TABLE "talks_links" CASCADE;
  
  DROP INDEX "talks_status_idx";
  DROP INDEX "talks_source_source_guid_idx";
  DROP INDEX "payload_locked_documents_rels_schedule_imports_id_idx";
  ALTER TABLE "events" DROP COLUMN "day_change";
  ALTER TABLE "events" DROP COLUMN "schedule_source_url";
  ALTER TABLE "events" DROP COLUMN "schedule_source_format";
  ALTER TABLE "events" DROP COLUMN "schedule_source_version";
  ALTER TABLE "events" DROP COLUMN "schedule_source_imported_at";
  ALTER TABLE "speakers" DROP COLUMN "source_keys";
  ALTER TABLE "speakers" DROP COLUMN "source_imported";
  ALTER TABLE "speakers" DROP COLUMN "source_imported_at";
  ALTER TABLE "talks" DROP COLUMN "status";
  ALTER TABLE "talks" DROP COLUMN "sequence";
  ALTER TABLE "talks" DROP COLUMN "description";
  ALTER TABLE "talks" DROP COLUMN "source_guid";
  ALTER TABLE "talks" DROP COLUMN "source_code";
  ALTER TABLE "talks" DROP COLUMN "source_url";
  ALTER TABLE "talks" DROP COLUMN "source_imported";
  ALTER TABLE "talks" DROP COLUMN "source_imported_at";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "schedule_imports_id";
  DROP TYPE "public"."enum_schedule_imports_format";
  DROP TYPE "public"."enum_talks_links_kind";
  DROP TYPE "public"."enum_talks_status";`)
}
