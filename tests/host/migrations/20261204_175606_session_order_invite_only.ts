import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_conference_events_registration_status" ADD VALUE 'invite-only' BEFORE 'closed';
  ALTER TABLE "conference_talks" ADD COLUMN "order" numeric DEFAULT 0;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "conference_events" ALTER COLUMN "registration_status" SET DATA TYPE text;
  -- The older enum has no 'invite-only': such events go back to 'closed', the nearest it has.
  UPDATE "conference_events" SET "registration_status" = 'closed' WHERE "registration_status" = 'invite-only';
  ALTER TABLE "conference_events" ALTER COLUMN "registration_status" SET DEFAULT 'open'::text;
  DROP TYPE "public"."enum_conference_events_registration_status";
  CREATE TYPE "public"."enum_conference_events_registration_status" AS ENUM('open', 'waitlist', 'rsvps-closed', 'closed', 'not-required');
  ALTER TABLE "conference_events" ALTER COLUMN "registration_status" SET DEFAULT 'open'::"public"."enum_conference_events_registration_status";
  ALTER TABLE "conference_events" ALTER COLUMN "registration_status" SET DATA TYPE "public"."enum_conference_events_registration_status" USING "registration_status"::"public"."enum_conference_events_registration_status";
  ALTER TABLE "conference_talks" DROP COLUMN "order";`)
}
