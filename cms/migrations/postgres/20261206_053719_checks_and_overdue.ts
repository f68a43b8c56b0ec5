import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'markOverdueReviews' BEFORE 'deleteExpiredFeedback';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'checkExternalLinks' BEFORE 'deleteExpiredFeedback';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'markOverdueReviews' BEFORE 'deleteExpiredFeedback';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'checkExternalLinks' BEFORE 'deleteExpiredFeedback';
  CREATE TABLE "external_links" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"url" varchar NOT NULL,
  	"ok" boolean,
  	"status" numeric,
  	"error" varchar,
  	"checked_at" timestamp(3) with time zone,
  	"pages" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "pages" ADD COLUMN "responsibility_overdue" boolean DEFAULT false;
  ALTER TABLE "_pages_v" ADD COLUMN "version_responsibility_overdue" boolean DEFAULT false;
  ALTER TABLE "reports" ADD COLUMN "responsibility_overdue" boolean DEFAULT false;
  ALTER TABLE "_reports_v" ADD COLUMN "version_responsibility_overdue" boolean DEFAULT false;
  ALTER TABLE "datasets" ADD COLUMN "responsibility_overdue" boolean DEFAULT false;
  ALTER TABLE "_datasets_v" ADD COLUMN "version_responsibility_overdue" boolean DEFAULT false;
  ALTER TABLE "privacy_notices" ADD COLUMN "responsibility_overdue" boolean DEFAULT false;
  ALTER TABLE "_privacy_notices_v" ADD COLUMN "version_responsibility_overdue" boolean DEFAULT false;
  ALTER TABLE "documents" ADD COLUMN "pdf_check_title" varchar;
  ALTER TABLE "documents" ADD COLUMN "pdf_check_language" varchar;
  ALTER TABLE "documents" ADD COLUMN "pdf_check_tagged" boolean;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "external_links_id" integer;
  CREATE UNIQUE INDEX "external_links_url_idx" ON "external_links" USING btree ("url");
  CREATE INDEX "external_links_ok_idx" ON "external_links" USING btree ("ok");
  CREATE INDEX "external_links_checked_at_idx" ON "external_links" USING btree ("checked_at");
  CREATE INDEX "external_links_updated_at_idx" ON "external_links" USING btree ("updated_at");
  CREATE INDEX "external_links_created_at_idx" ON "external_links" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_external_links_fk" FOREIGN KEY ("external_links_id") REFERENCES "public"."external_links"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "pages_responsibility_responsibility_overdue_idx" ON "pages" USING btree ("responsibility_overdue");
  CREATE INDEX "_pages_v_version_responsibility_version_responsibility_1_idx" ON "_pages_v" USING btree ("version_responsibility_overdue");
  CREATE INDEX "reports_responsibility_responsibility_overdue_idx" ON "reports" USING btree ("responsibility_overdue");
  CREATE INDEX "_reports_v_version_responsibility_version_responsibili_2_idx" ON "_reports_v" USING btree ("version_responsibility_overdue");
  CREATE INDEX "datasets_responsibility_responsibility_overdue_idx" ON "datasets" USING btree ("responsibility_overdue");
  CREATE INDEX "_datasets_v_version_responsibility_version_responsibil_2_idx" ON "_datasets_v" USING btree ("version_responsibility_overdue");
  CREATE INDEX "privacy_notices_responsibility_responsibility_overdue_idx" ON "privacy_notices" USING btree ("responsibility_overdue");
  CREATE INDEX "_privacy_notices_v_version_responsibility_version_resp_2_idx" ON "_privacy_notices_v" USING btree ("version_responsibility_overdue");
  CREATE INDEX "payload_locked_documents_rels_external_links_id_idx" ON "payload_locked_documents_rels" USING btree ("external_links_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "external_links" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "external_links" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT IF EXISTS "payload_locked_documents_rels_external_links_fk";
  
  -- The nightly tasks' jobs and their log go with the tasks (their names leave the list of task names).
  DELETE FROM "payload_jobs_log" WHERE "task_slug" IN ('markOverdueReviews', 'checkExternalLinks');
  DELETE FROM "payload_jobs" WHERE "task_slug" IN ('markOverdueReviews', 'checkExternalLinks');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'rebuildSite', 'deleteExpiredFeedback', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'rebuildSite', 'deleteExpiredFeedback', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "pages_responsibility_responsibility_overdue_idx";
  DROP INDEX "_pages_v_version_responsibility_version_responsibility_1_idx";
  DROP INDEX "reports_responsibility_responsibility_overdue_idx";
  DROP INDEX "_reports_v_version_responsibility_version_responsibili_2_idx";
  DROP INDEX "datasets_responsibility_responsibility_overdue_idx";
  DROP INDEX "_datasets_v_version_responsibility_version_responsibil_2_idx";
  DROP INDEX "privacy_notices_responsibility_responsibility_overdue_idx";
  DROP INDEX "_privacy_notices_v_version_responsibility_version_resp_2_idx";
  DROP INDEX "payload_locked_documents_rels_external_links_id_idx";
  ALTER TABLE "pages" DROP COLUMN "responsibility_overdue";
  ALTER TABLE "_pages_v" DROP COLUMN "version_responsibility_overdue";
  ALTER TABLE "reports" DROP COLUMN "responsibility_overdue";
  ALTER TABLE "_reports_v" DROP COLUMN "version_responsibility_overdue";
  ALTER TABLE "datasets" DROP COLUMN "responsibility_overdue";
  ALTER TABLE "_datasets_v" DROP COLUMN "version_responsibility_overdue";
  ALTER TABLE "privacy_notices" DROP COLUMN "responsibility_overdue";
  ALTER TABLE "_privacy_notices_v" DROP COLUMN "version_responsibility_overdue";
  ALTER TABLE "documents" DROP COLUMN "pdf_check_title";
  ALTER TABLE "documents" DROP COLUMN "pdf_check_language";
  ALTER TABLE "documents" DROP COLUMN "pdf_check_tagged";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "external_links_id";`)
}
