import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_site_build_builds_status" AS ENUM('running', 'succeeded', 'failed');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'rebuildSite' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'rebuildSite' BEFORE 'schedulePublish';
  CREATE TABLE "site_build_builds" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"build_id" varchar,
  	"status" "enum_site_build_builds_status",
  	"reason" varchar,
  	"started_at" timestamp(3) with time zone,
  	"finished_at" timestamp(3) with time zone,
  	"duration_ms" numeric,
  	"pages" numeric,
  	"pages_reused" numeric,
  	"kept" boolean,
  	"error" varchar,
  	"log_tail" varchar
  );
  
  CREATE TABLE "site_build" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"live_build" varchar,
  	"live_since" timestamp(3) with time zone,
  	"live_content_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "payload_jobs" ADD COLUMN "concurrency_key" varchar;
  ALTER TABLE "site_build_builds" ADD CONSTRAINT "site_build_builds_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."site_build"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "site_build_builds_order_idx" ON "site_build_builds" USING btree ("_order");
  CREATE INDEX "site_build_builds_parent_id_idx" ON "site_build_builds" USING btree ("_parent_id");
  CREATE INDEX "payload_jobs_concurrency_key_idx" ON "payload_jobs" USING btree ("concurrency_key");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "site_build_builds" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "site_build" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "site_build_builds" CASCADE;
  DROP TABLE "site_build" CASCADE;
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "payload_jobs_concurrency_key_idx";
  ALTER TABLE "payload_jobs" DROP COLUMN "concurrency_key";
  DROP TYPE "public"."enum_site_build_builds_status";`)
}
