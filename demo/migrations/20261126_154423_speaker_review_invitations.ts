import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_speakers_review_log_action" AS ENUM('edited', 'invited', 'invitation-accepted', 'review-requested', 'proposed', 'withdrawn', 'approved', 'accepted', 'rejected');
  CREATE TYPE "public"."enum_speakers_invitations_state" AS ENUM('pending', 'used', 'superseded', 'expired');
  CREATE TYPE "public"."enum_speakers_review_state" AS ENUM('unreviewed', 'drafted', 'awaiting-speaker', 'changes-proposed', 'approved');
  CREATE TABLE "speakers_review_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"action" "enum_speakers_review_log_action" NOT NULL,
  	"at" timestamp(3) with time zone NOT NULL,
  	"by_id" integer,
  	"role" varchar,
  	"comment" varchar,
  	"changes" jsonb
  );
  
  CREATE TABLE "speakers_invitations" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"email" varchar NOT NULL,
  	"state" "enum_speakers_invitations_state" NOT NULL,
  	"invited_at" timestamp(3) with time zone NOT NULL,
  	"expires_at" timestamp(3) with time zone NOT NULL,
  	"used_at" timestamp(3) with time zone,
  	"invited_by_id" integer,
  	"token_hash" varchar NOT NULL
  );
  
  ALTER TABLE "speakers" ADD COLUMN "review_state" "enum_speakers_review_state" DEFAULT 'unreviewed';
  ALTER TABLE "speakers" ADD COLUMN "draft" jsonb;
  ALTER TABLE "speakers" ADD COLUMN "proposal" jsonb;
  ALTER TABLE "speakers" ADD COLUMN "invite_token_hash" varchar;
  ALTER TABLE "speakers_review_log" ADD CONSTRAINT "speakers_review_log_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "speakers_review_log" ADD CONSTRAINT "speakers_review_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."speakers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "speakers_invitations" ADD CONSTRAINT "speakers_invitations_invited_by_id_users_id_fk" FOREIGN KEY ("invited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "speakers_invitations" ADD CONSTRAINT "speakers_invitations_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."speakers"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "speakers_review_log_order_idx" ON "speakers_review_log" USING btree ("_order");
  CREATE INDEX "speakers_review_log_parent_id_idx" ON "speakers_review_log" USING btree ("_parent_id");
  CREATE INDEX "speakers_review_log_by_idx" ON "speakers_review_log" USING btree ("by_id");
  CREATE INDEX "speakers_invitations_order_idx" ON "speakers_invitations" USING btree ("_order");
  CREATE INDEX "speakers_invitations_parent_id_idx" ON "speakers_invitations" USING btree ("_parent_id");
  CREATE INDEX "speakers_invitations_invited_by_idx" ON "speakers_invitations" USING btree ("invited_by_id");
  CREATE INDEX "speakers_invitations_token_hash_idx" ON "speakers_invitations" USING btree ("token_hash");
  CREATE INDEX "speakers_review_state_idx" ON "speakers" USING btree ("review_state");
  CREATE INDEX "speakers_invite_token_hash_idx" ON "speakers" USING btree ("invite_token_hash");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "speakers_review_log" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "speakers_invitations" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "speakers_review_log" CASCADE;
  DROP TABLE "speakers_invitations" CASCADE;
  DROP INDEX "speakers_review_state_idx";
  DROP INDEX "speakers_invite_token_hash_idx";
  ALTER TABLE "speakers" DROP COLUMN "review_state";
  ALTER TABLE "speakers" DROP COLUMN "draft";
  ALTER TABLE "speakers" DROP COLUMN "proposal";
  ALTER TABLE "speakers" DROP COLUMN "invite_token_hash";
  DROP TYPE "public"."enum_speakers_review_log_action";
  DROP TYPE "public"."enum_speakers_invitations_state";
  DROP TYPE "public"."enum_speakers_review_state";`)
}
