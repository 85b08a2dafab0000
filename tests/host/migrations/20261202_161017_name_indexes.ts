import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE INDEX "companies_name_idx" ON "companies" USING btree ("name");
  CREATE INDEX "people_name_idx" ON "people" USING btree ("name");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "companies_name_idx";
  DROP INDEX "people_name_idx";`)
}
