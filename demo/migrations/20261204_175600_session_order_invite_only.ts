import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_events_registration_status" ADD VALUE 'invite-only' BEFORE 'closed';
  ALTER TABLE "talks" ADD COLUMN "order" numeric DEFAULT 0;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "events" ALTER COLUMN "registration_status" SET DATA TYPE text;
  -- The older enum has no 'invite-only': such events go back to 'closed', the nearest it has.
  UPDATE "events" SET "registration_status" = 'closed' WHERE "registration_status" = 'invite-only';
  ALTER TABLE "events" ALTER COLUMN "registration_status" SET DEFAULT 'open'::text;
  DROP TYPE "public"."enum_events_registration_status";
  CREATE TYPE "public"."enum_events_registration_status" AS ENUM('open', 'waitlist', 'rsvps-closed', 'closed', 'not-required');
  ALTER TABLE "events" ALTER COLUMN "registration_status" SET DEFAULT 'open'::"public"."enum_events_registration_status";
  ALTER TABLE "events" ALTER COLUMN "registration_status" SET DATA TYPE "public"."enum_events_registration_status" USING "registration_status"::"public"."enum_events_registration_status";
  ALTER TABLE "talks" DROP COLUMN "order";`)
}
