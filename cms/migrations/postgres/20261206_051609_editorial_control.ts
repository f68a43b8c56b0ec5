import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_pages_review_state" AS ENUM('submitted', 'returned');
  CREATE TYPE "public"."enum__pages_v_version_review_state" AS ENUM('submitted', 'returned');
  CREATE TYPE "public"."enum_reports_review_state" AS ENUM('submitted', 'returned');
  CREATE TYPE "public"."enum__reports_v_version_review_state" AS ENUM('submitted', 'returned');
  CREATE TYPE "public"."enum_datasets_review_state" AS ENUM('submitted', 'returned');
  CREATE TYPE "public"."enum__datasets_v_version_review_state" AS ENUM('submitted', 'returned');
  CREATE TYPE "public"."enum_privacy_notices_review_state" AS ENUM('submitted', 'returned');
  CREATE TYPE "public"."enum__privacy_notices_v_version_review_state" AS ENUM('submitted', 'returned');
  ALTER TYPE "public"."enum_users_roles" ADD VALUE 'publisher';
  CREATE TABLE "editorial_settings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"review_before_publish" boolean DEFAULT true,
  	"review_interval_months" numeric DEFAULT 12 NOT NULL,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "pages" ADD COLUMN "review_state" "enum_pages_review_state";
  ALTER TABLE "pages" ADD COLUMN "review_requested_by_id" integer;
  ALTER TABLE "pages" ADD COLUMN "review_requested_at" timestamp(3) with time zone;
  ALTER TABLE "pages" ADD COLUMN "review_comment" varchar;
  ALTER TABLE "pages" ADD COLUMN "responsibility_owner_id" integer;
  ALTER TABLE "pages" ADD COLUMN "responsibility_unit" varchar;
  ALTER TABLE "pages" ADD COLUMN "responsibility_review_by" timestamp(3) with time zone;
  ALTER TABLE "pages_locales" ADD COLUMN "responsibility_content_updated_at" timestamp(3) with time zone;
  ALTER TABLE "_pages_v" ADD COLUMN "version_review_state" "enum__pages_v_version_review_state";
  ALTER TABLE "_pages_v" ADD COLUMN "version_review_requested_by_id" integer;
  ALTER TABLE "_pages_v" ADD COLUMN "version_review_requested_at" timestamp(3) with time zone;
  ALTER TABLE "_pages_v" ADD COLUMN "version_review_comment" varchar;
  ALTER TABLE "_pages_v" ADD COLUMN "version_responsibility_owner_id" integer;
  ALTER TABLE "_pages_v" ADD COLUMN "version_responsibility_unit" varchar;
  ALTER TABLE "_pages_v" ADD COLUMN "version_responsibility_review_by" timestamp(3) with time zone;
  ALTER TABLE "_pages_v_locales" ADD COLUMN "version_responsibility_content_updated_at" timestamp(3) with time zone;
  ALTER TABLE "reports" ADD COLUMN "review_state" "enum_reports_review_state";
  ALTER TABLE "reports" ADD COLUMN "review_requested_by_id" integer;
  ALTER TABLE "reports" ADD COLUMN "review_requested_at" timestamp(3) with time zone;
  ALTER TABLE "reports" ADD COLUMN "review_comment" varchar;
  ALTER TABLE "reports" ADD COLUMN "responsibility_owner_id" integer;
  ALTER TABLE "reports" ADD COLUMN "responsibility_unit" varchar;
  ALTER TABLE "reports" ADD COLUMN "responsibility_review_by" timestamp(3) with time zone;
  ALTER TABLE "reports_locales" ADD COLUMN "responsibility_content_updated_at" timestamp(3) with time zone;
  ALTER TABLE "_reports_v" ADD COLUMN "version_review_state" "enum__reports_v_version_review_state";
  ALTER TABLE "_reports_v" ADD COLUMN "version_review_requested_by_id" integer;
  ALTER TABLE "_reports_v" ADD COLUMN "version_review_requested_at" timestamp(3) with time zone;
  ALTER TABLE "_reports_v" ADD COLUMN "version_review_comment" varchar;
  ALTER TABLE "_reports_v" ADD COLUMN "version_responsibility_owner_id" integer;
  ALTER TABLE "_reports_v" ADD COLUMN "version_responsibility_unit" varchar;
  ALTER TABLE "_reports_v" ADD COLUMN "version_responsibility_review_by" timestamp(3) with time zone;
  ALTER TABLE "_reports_v_locales" ADD COLUMN "version_responsibility_content_updated_at" timestamp(3) with time zone;
  ALTER TABLE "datasets" ADD COLUMN "review_state" "enum_datasets_review_state";
  ALTER TABLE "datasets" ADD COLUMN "review_requested_by_id" integer;
  ALTER TABLE "datasets" ADD COLUMN "review_requested_at" timestamp(3) with time zone;
  ALTER TABLE "datasets" ADD COLUMN "review_comment" varchar;
  ALTER TABLE "datasets" ADD COLUMN "responsibility_owner_id" integer;
  ALTER TABLE "datasets" ADD COLUMN "responsibility_unit" varchar;
  ALTER TABLE "datasets" ADD COLUMN "responsibility_review_by" timestamp(3) with time zone;
  ALTER TABLE "datasets_locales" ADD COLUMN "responsibility_content_updated_at" timestamp(3) with time zone;
  ALTER TABLE "_datasets_v" ADD COLUMN "version_review_state" "enum__datasets_v_version_review_state";
  ALTER TABLE "_datasets_v" ADD COLUMN "version_review_requested_by_id" integer;
  ALTER TABLE "_datasets_v" ADD COLUMN "version_review_requested_at" timestamp(3) with time zone;
  ALTER TABLE "_datasets_v" ADD COLUMN "version_review_comment" varchar;
  ALTER TABLE "_datasets_v" ADD COLUMN "version_responsibility_owner_id" integer;
  ALTER TABLE "_datasets_v" ADD COLUMN "version_responsibility_unit" varchar;
  ALTER TABLE "_datasets_v" ADD COLUMN "version_responsibility_review_by" timestamp(3) with time zone;
  ALTER TABLE "_datasets_v_locales" ADD COLUMN "version_responsibility_content_updated_at" timestamp(3) with time zone;
  ALTER TABLE "privacy_notices" ADD COLUMN "review_state" "enum_privacy_notices_review_state";
  ALTER TABLE "privacy_notices" ADD COLUMN "review_requested_by_id" integer;
  ALTER TABLE "privacy_notices" ADD COLUMN "review_requested_at" timestamp(3) with time zone;
  ALTER TABLE "privacy_notices" ADD COLUMN "review_comment" varchar;
  ALTER TABLE "privacy_notices" ADD COLUMN "responsibility_owner_id" integer;
  ALTER TABLE "privacy_notices" ADD COLUMN "responsibility_unit" varchar;
  ALTER TABLE "privacy_notices" ADD COLUMN "responsibility_review_by" timestamp(3) with time zone;
  ALTER TABLE "privacy_notices_locales" ADD COLUMN "responsibility_content_updated_at" timestamp(3) with time zone;
  ALTER TABLE "_privacy_notices_v" ADD COLUMN "version_review_state" "enum__privacy_notices_v_version_review_state";
  ALTER TABLE "_privacy_notices_v" ADD COLUMN "version_review_requested_by_id" integer;
  ALTER TABLE "_privacy_notices_v" ADD COLUMN "version_review_requested_at" timestamp(3) with time zone;
  ALTER TABLE "_privacy_notices_v" ADD COLUMN "version_review_comment" varchar;
  ALTER TABLE "_privacy_notices_v" ADD COLUMN "version_responsibility_owner_id" integer;
  ALTER TABLE "_privacy_notices_v" ADD COLUMN "version_responsibility_unit" varchar;
  ALTER TABLE "_privacy_notices_v" ADD COLUMN "version_responsibility_review_by" timestamp(3) with time zone;
  ALTER TABLE "_privacy_notices_v_locales" ADD COLUMN "version_responsibility_content_updated_at" timestamp(3) with time zone;
  ALTER TABLE "pages" ADD CONSTRAINT "pages_review_requested_by_id_users_id_fk" FOREIGN KEY ("review_requested_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "pages" ADD CONSTRAINT "pages_responsibility_owner_id_users_id_fk" FOREIGN KEY ("responsibility_owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_pages_v" ADD CONSTRAINT "_pages_v_version_review_requested_by_id_users_id_fk" FOREIGN KEY ("version_review_requested_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_pages_v" ADD CONSTRAINT "_pages_v_version_responsibility_owner_id_users_id_fk" FOREIGN KEY ("version_responsibility_owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "reports" ADD CONSTRAINT "reports_review_requested_by_id_users_id_fk" FOREIGN KEY ("review_requested_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "reports" ADD CONSTRAINT "reports_responsibility_owner_id_users_id_fk" FOREIGN KEY ("responsibility_owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_reports_v" ADD CONSTRAINT "_reports_v_version_review_requested_by_id_users_id_fk" FOREIGN KEY ("version_review_requested_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_reports_v" ADD CONSTRAINT "_reports_v_version_responsibility_owner_id_users_id_fk" FOREIGN KEY ("version_responsibility_owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "datasets" ADD CONSTRAINT "datasets_review_requested_by_id_users_id_fk" FOREIGN KEY ("review_requested_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "datasets" ADD CONSTRAINT "datasets_responsibility_owner_id_users_id_fk" FOREIGN KEY ("responsibility_owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_datasets_v" ADD CONSTRAINT "_datasets_v_version_review_requested_by_id_users_id_fk" FOREIGN KEY ("version_review_requested_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_datasets_v" ADD CONSTRAINT "_datasets_v_version_responsibility_owner_id_users_id_fk" FOREIGN KEY ("version_responsibility_owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "privacy_notices" ADD CONSTRAINT "privacy_notices_review_requested_by_id_users_id_fk" FOREIGN KEY ("review_requested_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "privacy_notices" ADD CONSTRAINT "privacy_notices_responsibility_owner_id_users_id_fk" FOREIGN KEY ("responsibility_owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_privacy_notices_v" ADD CONSTRAINT "_privacy_notices_v_version_review_requested_by_id_users_id_fk" FOREIGN KEY ("version_review_requested_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_privacy_notices_v" ADD CONSTRAINT "_privacy_notices_v_version_responsibility_owner_id_users_id_fk" FOREIGN KEY ("version_responsibility_owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "pages_review_review_requested_by_idx" ON "pages" USING btree ("review_requested_by_id");
  CREATE INDEX "pages_responsibility_responsibility_owner_idx" ON "pages" USING btree ("responsibility_owner_id");
  CREATE INDEX "pages_responsibility_responsibility_review_by_idx" ON "pages" USING btree ("responsibility_review_by");
  CREATE INDEX "_pages_v_version_review_version_review_requested_by_idx" ON "_pages_v" USING btree ("version_review_requested_by_id");
  CREATE INDEX "_pages_v_version_responsibility_version_responsibility_o_idx" ON "_pages_v" USING btree ("version_responsibility_owner_id");
  CREATE INDEX "_pages_v_version_responsibility_version_responsibility_r_idx" ON "_pages_v" USING btree ("version_responsibility_review_by");
  CREATE INDEX "reports_review_review_requested_by_idx" ON "reports" USING btree ("review_requested_by_id");
  CREATE INDEX "reports_responsibility_responsibility_owner_idx" ON "reports" USING btree ("responsibility_owner_id");
  CREATE INDEX "reports_responsibility_responsibility_review_by_idx" ON "reports" USING btree ("responsibility_review_by");
  CREATE INDEX "_reports_v_version_review_version_review_requested_by_idx" ON "_reports_v" USING btree ("version_review_requested_by_id");
  CREATE INDEX "_reports_v_version_responsibility_version_responsibility_idx" ON "_reports_v" USING btree ("version_responsibility_owner_id");
  CREATE INDEX "_reports_v_version_responsibility_version_responsibili_1_idx" ON "_reports_v" USING btree ("version_responsibility_review_by");
  CREATE INDEX "datasets_review_review_requested_by_idx" ON "datasets" USING btree ("review_requested_by_id");
  CREATE INDEX "datasets_responsibility_responsibility_owner_idx" ON "datasets" USING btree ("responsibility_owner_id");
  CREATE INDEX "datasets_responsibility_responsibility_review_by_idx" ON "datasets" USING btree ("responsibility_review_by");
  CREATE INDEX "_datasets_v_version_review_version_review_requested_by_idx" ON "_datasets_v" USING btree ("version_review_requested_by_id");
  CREATE INDEX "_datasets_v_version_responsibility_version_responsibilit_idx" ON "_datasets_v" USING btree ("version_responsibility_owner_id");
  CREATE INDEX "_datasets_v_version_responsibility_version_responsibil_1_idx" ON "_datasets_v" USING btree ("version_responsibility_review_by");
  CREATE INDEX "privacy_notices_review_review_requested_by_idx" ON "privacy_notices" USING btree ("review_requested_by_id");
  CREATE INDEX "privacy_notices_responsibility_responsibility_owner_idx" ON "privacy_notices" USING btree ("responsibility_owner_id");
  CREATE INDEX "privacy_notices_responsibility_responsibility_review_by_idx" ON "privacy_notices" USING btree ("responsibility_review_by");
  CREATE INDEX "_privacy_notices_v_version_review_version_review_request_idx" ON "_privacy_notices_v" USING btree ("version_review_requested_by_id");
  CREATE INDEX "_privacy_notices_v_version_responsibility_version_respon_idx" ON "_privacy_notices_v" USING btree ("version_responsibility_owner_id");
  CREATE INDEX "_privacy_notices_v_version_responsibility_version_resp_1_idx" ON "_privacy_notices_v" USING btree ("version_responsibility_review_by");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "editorial_settings" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "editorial_settings" CASCADE;
  ALTER TABLE "pages" DROP CONSTRAINT IF EXISTS "pages_review_requested_by_id_users_id_fk";
  
  ALTER TABLE "pages" DROP CONSTRAINT IF EXISTS "pages_responsibility_owner_id_users_id_fk";
  
  ALTER TABLE "_pages_v" DROP CONSTRAINT IF EXISTS "_pages_v_version_review_requested_by_id_users_id_fk";
  
  ALTER TABLE "_pages_v" DROP CONSTRAINT IF EXISTS "_pages_v_version_responsibility_owner_id_users_id_fk";
  
  ALTER TABLE "reports" DROP CONSTRAINT IF EXISTS "reports_review_requested_by_id_users_id_fk";
  
  ALTER TABLE "reports" DROP CONSTRAINT IF EXISTS "reports_responsibility_owner_id_users_id_fk";
  
  ALTER TABLE "_reports_v" DROP CONSTRAINT IF EXISTS "_reports_v_version_review_requested_by_id_users_id_fk";
  
  ALTER TABLE "_reports_v" DROP CONSTRAINT IF EXISTS "_reports_v_version_responsibility_owner_id_users_id_fk";
  
  ALTER TABLE "datasets" DROP CONSTRAINT IF EXISTS "datasets_review_requested_by_id_users_id_fk";
  
  ALTER TABLE "datasets" DROP CONSTRAINT IF EXISTS "datasets_responsibility_owner_id_users_id_fk";
  
  ALTER TABLE "_datasets_v" DROP CONSTRAINT IF EXISTS "_datasets_v_version_review_requested_by_id_users_id_fk";
  
  ALTER TABLE "_datasets_v" DROP CONSTRAINT IF EXISTS "_datasets_v_version_responsibility_owner_id_users_id_fk";
  
  ALTER TABLE "privacy_notices" DROP CONSTRAINT IF EXISTS "privacy_notices_review_requested_by_id_users_id_fk";
  
  ALTER TABLE "privacy_notices" DROP CONSTRAINT IF EXISTS "privacy_notices_responsibility_owner_id_users_id_fk";
  
  ALTER TABLE "_privacy_notices_v" DROP CONSTRAINT IF EXISTS "_privacy_notices_v_version_review_requested_by_id_users_id_fk";
  
  ALTER TABLE "_privacy_notices_v" DROP CONSTRAINT IF EXISTS "_privacy_notices_v_version_responsibility_owner_id_users_id_fk";
  
  -- Publishers go back to being editors (the role did not exist before).
  UPDATE "users_roles" SET "value" = 'editor' WHERE "value" = 'publisher';
  ALTER TABLE "users_roles" ALTER COLUMN "value" SET DATA TYPE text;
  DROP TYPE "public"."enum_users_roles";
  CREATE TYPE "public"."enum_users_roles" AS ENUM('admin', 'editor');
  ALTER TABLE "users_roles" ALTER COLUMN "value" SET DATA TYPE "public"."enum_users_roles" USING "value"::"public"."enum_users_roles";
  DROP INDEX "pages_review_review_requested_by_idx";
  DROP INDEX "pages_responsibility_responsibility_owner_idx";
  DROP INDEX "pages_responsibility_responsibility_review_by_idx";
  DROP INDEX "_pages_v_version_review_version_review_requested_by_idx";
  DROP INDEX "_pages_v_version_responsibility_version_responsibility_o_idx";
  DROP INDEX "_pages_v_version_responsibility_version_responsibility_r_idx";
  DROP INDEX "reports_review_review_requested_by_idx";
  DROP INDEX "reports_responsibility_responsibility_owner_idx";
  DROP INDEX "reports_responsibility_responsibility_review_by_idx";
  DROP INDEX "_reports_v_version_review_version_review_requested_by_idx";
  DROP INDEX "_reports_v_version_responsibility_version_responsibility_idx";
  DROP INDEX "_reports_v_version_responsibility_version_responsibili_1_idx";
  DROP INDEX "datasets_review_review_requested_by_idx";
  DROP INDEX "datasets_responsibility_responsibility_owner_idx";
  DROP INDEX "datasets_responsibility_responsibility_review_by_idx";
  DROP INDEX "_datasets_v_version_review_version_review_requested_by_idx";
  DROP INDEX "_datasets_v_version_responsibility_version_responsibilit_idx";
  DROP INDEX "_datasets_v_version_responsibility_version_responsibil_1_idx";
  DROP INDEX "privacy_notices_review_review_requested_by_idx";
  DROP INDEX "privacy_notices_responsibility_responsibility_owner_idx";
  DROP INDEX "privacy_notices_responsibility_responsibility_review_by_idx";
  DROP INDEX "_privacy_notices_v_version_review_version_review_request_idx";
  DROP INDEX "_privacy_notices_v_version_responsibility_version_respon_idx";
  DROP INDEX "_privacy_notices_v_version_responsibility_version_resp_1_idx";
  ALTER TABLE "pages" DROP COLUMN "review_state";
  ALTER TABLE "pages" DROP COLUMN "review_requested_by_id";
  ALTER TABLE "pages" DROP COLUMN "review_requested_at";
  ALTER TABLE "pages" DROP COLUMN "review_comment";
  ALTER TABLE "pages" DROP COLUMN "responsibility_owner_id";
  ALTER TABLE "pages" DROP COLUMN "responsibility_unit";
  ALTER TABLE "pages" DROP COLUMN "responsibility_review_by";
  ALTER TABLE "pages_locales" DROP COLUMN "responsibility_content_updated_at";
  ALTER TABLE "_pages_v" DROP COLUMN "version_review_state";
  ALTER TABLE "_pages_v" DROP COLUMN "version_review_requested_by_id";
  ALTER TABLE "_pages_v" DROP COLUMN "version_review_requested_at";
  ALTER TABLE "_pages_v" DROP COLUMN "version_review_comment";
  ALTER TABLE "_pages_v" DROP COLUMN "version_responsibility_owner_id";
  ALTER TABLE "_pages_v" DROP COLUMN "version_responsibility_unit";
  ALTER TABLE "_pages_v" DROP COLUMN "version_responsibility_review_by";
  ALTER TABLE "_pages_v_locales" DROP COLUMN "version_responsibility_content_updated_at";
  ALTER TABLE "reports" DROP COLUMN "review_state";
  ALTER TABLE "reports" DROP COLUMN "review_requested_by_id";
  ALTER TABLE "reports" DROP COLUMN "review_requested_at";
  ALTER TABLE "reports" DROP COLUMN "review_comment";
  ALTER TABLE "reports" DROP COLUMN "responsibility_owner_id";
  ALTER TABLE "reports" DROP COLUMN "responsibility_unit";
  ALTER TABLE "reports" DROP COLUMN "responsibility_review_by";
  ALTER TABLE "reports_locales" DROP COLUMN "responsibility_content_updated_at";
  ALTER TABLE "_reports_v" DROP COLUMN "version_review_state";
  ALTER TABLE "_reports_v" DROP COLUMN "version_review_requested_by_id";
  ALTER TABLE "_reports_v" DROP COLUMN "version_review_requested_at";
  ALTER TABLE "_reports_v" DROP COLUMN "version_review_comment";
  ALTER TABLE "_reports_v" DROP COLUMN "version_responsibility_owner_id";
  ALTER TABLE "_reports_v" DROP COLUMN "version_responsibility_unit";
  ALTER TABLE "_reports_v" DROP COLUMN "version_responsibility_review_by";
  ALTER TABLE "_reports_v_locales" DROP COLUMN "version_responsibility_content_updated_at";
  ALTER TABLE "datasets" DROP COLUMN "review_state";
  ALTER TABLE "datasets" DROP COLUMN "review_requested_by_id";
  ALTER TABLE "datasets" DROP COLUMN "review_requested_at";
  ALTER TABLE "datasets" DROP COLUMN "review_comment";
  ALTER TABLE "datasets" DROP COLUMN "responsibility_owner_id";
  ALTER TABLE "datasets" DROP COLUMN "responsibility_unit";
  ALTER TABLE "datasets" DROP COLUMN "responsibility_review_by";
  ALTER TABLE "datasets_locales" DROP COLUMN "responsibility_content_updated_at";
  ALTER TABLE "_datasets_v" DROP COLUMN "version_review_state";
  ALTER TABLE "_datasets_v" DROP COLUMN "version_review_requested_by_id";
  ALTER TABLE "_datasets_v" DROP COLUMN "version_review_requested_at";
  ALTER TABLE "_datasets_v" DROP COLUMN "version_review_comment";
  ALTER TABLE "_datasets_v" DROP COLUMN "version_responsibility_owner_id";
  ALTER TABLE "_datasets_v" DROP COLUMN "version_responsibility_unit";
  ALTER TABLE "_datasets_v" DROP COLUMN "version_responsibility_review_by";
  ALTER TABLE "_datasets_v_locales" DROP COLUMN "version_responsibility_content_updated_at";
  ALTER TABLE "privacy_notices" DROP COLUMN "review_state";
  ALTER TABLE "privacy_notices" DROP COLUMN "review_requested_by_id";
  ALTER TABLE "privacy_notices" DROP COLUMN "review_requested_at";
  ALTER TABLE "privacy_notices" DROP COLUMN "review_comment";
  ALTER TABLE "privacy_notices" DROP COLUMN "responsibility_owner_id";
  ALTER TABLE "privacy_notices" DROP COLUMN "responsibility_unit";
  ALTER TABLE "privacy_notices" DROP COLUMN "responsibility_review_by";
  ALTER TABLE "privacy_notices_locales" DROP COLUMN "responsibility_content_updated_at";
  ALTER TABLE "_privacy_notices_v" DROP COLUMN "version_review_state";
  ALTER TABLE "_privacy_notices_v" DROP COLUMN "version_review_requested_by_id";
  ALTER TABLE "_privacy_notices_v" DROP COLUMN "version_review_requested_at";
  ALTER TABLE "_privacy_notices_v" DROP COLUMN "version_review_comment";
  ALTER TABLE "_privacy_notices_v" DROP COLUMN "version_responsibility_owner_id";
  ALTER TABLE "_privacy_notices_v" DROP COLUMN "version_responsibility_unit";
  ALTER TABLE "_privacy_notices_v" DROP COLUMN "version_responsibility_review_by";
  ALTER TABLE "_privacy_notices_v_locales" DROP COLUMN "version_responsibility_content_updated_at";
  DROP TYPE "public"."enum_pages_review_state";
  DROP TYPE "public"."enum__pages_v_version_review_state";
  DROP TYPE "public"."enum_reports_review_state";
  DROP TYPE "public"."enum__reports_v_version_review_state";
  DROP TYPE "public"."enum_datasets_review_state";
  DROP TYPE "public"."enum__datasets_v_version_review_state";
  DROP TYPE "public"."enum_privacy_notices_review_state";
  DROP TYPE "public"."enum__privacy_notices_v_version_review_state";`)
}
