import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "webhook_deliveries" ALTER COLUMN "webhook_id" DROP NOT NULL;
  ALTER TABLE "webhook_deliveries" ADD COLUMN "url" varchar NOT NULL;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "webhook_deliveries" ALTER COLUMN "webhook_id" SET NOT NULL;
  ALTER TABLE "webhook_deliveries" DROP COLUMN "url";`)
}
