import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE INDEX "organizations_name_idx" ON "organizations" USING btree ("name");
  CREATE INDEX "speakers_name_idx" ON "speakers" USING btree ("name");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "organizations_name_idx";
  DROP INDEX "speakers_name_idx";`)
}
