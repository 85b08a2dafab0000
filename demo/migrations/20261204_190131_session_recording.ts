import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "talks" ADD COLUMN "recording_license" varchar;
  ALTER TABLE "talks" ADD COLUMN "recording_opt_out" boolean DEFAULT false;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "talks" DROP COLUMN "recording_license";
  ALTER TABLE "talks" DROP COLUMN "recording_opt_out";`)
}
