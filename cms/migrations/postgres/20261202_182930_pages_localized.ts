import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."_locales" AS ENUM('sv', 'en');
  CREATE TYPE "public"."enum__pages_v_published_locale" AS ENUM('sv', 'en');
  CREATE TYPE "public"."enum__reports_v_published_locale" AS ENUM('sv', 'en');
  CREATE TYPE "public"."enum__datasets_v_published_locale" AS ENUM('sv', 'en');
  CREATE TYPE "public"."enum__privacy_notices_v_published_locale" AS ENUM('sv', 'en');
  CREATE TABLE "pages_locales" (
  	"title" varchar,
  	"lead" varchar,
  	"meta_title" varchar,
  	"meta_description" varchar,
  	"meta_image_id" integer,
  	"slug" varchar,
  	"path" varchar,
  	"_status" "enum_pages_status" DEFAULT 'draft',
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_pages_v_locales" (
  	"version_title" varchar,
  	"version_lead" varchar,
  	"version_meta_title" varchar,
  	"version_meta_description" varchar,
  	"version_meta_image_id" integer,
  	"version_slug" varchar,
  	"version_path" varchar,
  	"version__status" "enum__pages_v_version_status" DEFAULT 'draft',
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  ALTER TABLE "pages" DROP CONSTRAINT "pages_meta_image_id_media_id_fk";
  
  ALTER TABLE "_pages_v" DROP CONSTRAINT "_pages_v_version_meta_image_id_media_id_fk";
  
  DROP INDEX "pages_meta_meta_image_idx";
  DROP INDEX "pages_slug_idx";
  DROP INDEX "pages_path_idx";
  DROP INDEX "pages__status_idx";
  DROP INDEX "_pages_v_version_meta_version_meta_image_idx";
  DROP INDEX "_pages_v_version_version_slug_idx";
  DROP INDEX "_pages_v_version_version_path_idx";
  DROP INDEX "_pages_v_version_version__status_idx";
  DROP INDEX "pages_rels_reports_id_idx";
  DROP INDEX "pages_rels_pages_id_idx";
  DROP INDEX "_pages_v_rels_reports_id_idx";
  DROP INDEX "_pages_v_rels_pages_id_idx";
  ALTER TABLE "pages_blocks_rich_text" ADD COLUMN "_locale" "_locales" NOT NULL DEFAULT 'sv';
  ALTER TABLE "pages_blocks_teaser_list_items" ADD COLUMN "_locale" "_locales" NOT NULL DEFAULT 'sv';
  ALTER TABLE "pages_blocks_teaser_list" ADD COLUMN "_locale" "_locales" NOT NULL DEFAULT 'sv';
  ALTER TABLE "pages_blocks_report_list" ADD COLUMN "_locale" "_locales" NOT NULL DEFAULT 'sv';
  ALTER TABLE "pages_blocks_statistics_regions" ADD COLUMN "locale" "_locales" NOT NULL DEFAULT 'sv';
  ALTER TABLE "pages_blocks_statistics" ADD COLUMN "_locale" "_locales" NOT NULL DEFAULT 'sv';
  ALTER TABLE "pages_blocks_call_to_action" ADD COLUMN "_locale" "_locales" NOT NULL DEFAULT 'sv';
  ALTER TABLE "pages_blocks_form" ADD COLUMN "_locale" "_locales" NOT NULL DEFAULT 'sv';
  ALTER TABLE "pages_breadcrumbs" ADD COLUMN "_locale" "_locales" NOT NULL DEFAULT 'sv';
  ALTER TABLE "pages_rels" ADD COLUMN "locale" "_locales";
  UPDATE "pages_rels" SET "locale" = 'sv';
  ALTER TABLE "_pages_v_blocks_rich_text" ADD COLUMN "_locale" "_locales" NOT NULL DEFAULT 'sv';
  ALTER TABLE "_pages_v_blocks_teaser_list_items" ADD COLUMN "_locale" "_locales" NOT NULL DEFAULT 'sv';
  ALTER TABLE "_pages_v_blocks_teaser_list" ADD COLUMN "_locale" "_locales" NOT NULL DEFAULT 'sv';
  ALTER TABLE "_pages_v_blocks_report_list" ADD COLUMN "_locale" "_locales" NOT NULL DEFAULT 'sv';
  ALTER TABLE "_pages_v_blocks_statistics_regions" ADD COLUMN "locale" "_locales" NOT NULL DEFAULT 'sv';
  ALTER TABLE "_pages_v_blocks_statistics" ADD COLUMN "_locale" "_locales" NOT NULL DEFAULT 'sv';
  ALTER TABLE "_pages_v_blocks_call_to_action" ADD COLUMN "_locale" "_locales" NOT NULL DEFAULT 'sv';
  ALTER TABLE "_pages_v_blocks_form" ADD COLUMN "_locale" "_locales" NOT NULL DEFAULT 'sv';
  ALTER TABLE "_pages_v_version_breadcrumbs" ADD COLUMN "_locale" "_locales" NOT NULL DEFAULT 'sv';
  ALTER TABLE "_pages_v" ADD COLUMN "snapshot" boolean;
  ALTER TABLE "_pages_v" ADD COLUMN "published_locale" "enum__pages_v_published_locale";
  ALTER TABLE "_pages_v_rels" ADD COLUMN "locale" "_locales";
  UPDATE "_pages_v_rels" SET "locale" = 'sv';
  ALTER TABLE "_reports_v" ADD COLUMN "snapshot" boolean;
  ALTER TABLE "_reports_v" ADD COLUMN "published_locale" "enum__reports_v_published_locale";
  ALTER TABLE "_datasets_v" ADD COLUMN "snapshot" boolean;
  ALTER TABLE "_datasets_v" ADD COLUMN "published_locale" "enum__datasets_v_published_locale";
  ALTER TABLE "_privacy_notices_v" ADD COLUMN "snapshot" boolean;
  ALTER TABLE "_privacy_notices_v" ADD COLUMN "published_locale" "enum__privacy_notices_v_published_locale";
  ALTER TABLE "pages_locales" ADD CONSTRAINT "pages_locales_meta_image_id_media_id_fk" FOREIGN KEY ("meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "pages_locales" ADD CONSTRAINT "pages_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_locales" ADD CONSTRAINT "_pages_v_locales_version_meta_image_id_media_id_fk" FOREIGN KEY ("version_meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_pages_v_locales" ADD CONSTRAINT "_pages_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "pages_meta_meta_image_idx" ON "pages_locales" USING btree ("meta_image_id");
  CREATE INDEX "pages_slug_idx" ON "pages_locales" USING btree ("slug","_locale");
  CREATE INDEX "pages_path_idx" ON "pages_locales" USING btree ("path","_locale");
  CREATE INDEX "pages__status_idx" ON "pages_locales" USING btree ("_status","_locale");
  CREATE UNIQUE INDEX "pages_locales_locale_parent_id_unique" ON "pages_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_pages_v_version_meta_version_meta_image_idx" ON "_pages_v_locales" USING btree ("version_meta_image_id");
  CREATE INDEX "_pages_v_version_version_slug_idx" ON "_pages_v_locales" USING btree ("version_slug","_locale");
  CREATE INDEX "_pages_v_version_version_path_idx" ON "_pages_v_locales" USING btree ("version_path","_locale");
  CREATE INDEX "_pages_v_version_version__status_idx" ON "_pages_v_locales" USING btree ("version__status","_locale");
  CREATE UNIQUE INDEX "_pages_v_locales_locale_parent_id_unique" ON "_pages_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "pages_blocks_rich_text_locale_idx" ON "pages_blocks_rich_text" USING btree ("_locale");
  CREATE INDEX "pages_blocks_teaser_list_items_locale_idx" ON "pages_blocks_teaser_list_items" USING btree ("_locale");
  CREATE INDEX "pages_blocks_teaser_list_locale_idx" ON "pages_blocks_teaser_list" USING btree ("_locale");
  CREATE INDEX "pages_blocks_report_list_locale_idx" ON "pages_blocks_report_list" USING btree ("_locale");
  CREATE INDEX "pages_blocks_statistics_regions_locale_idx" ON "pages_blocks_statistics_regions" USING btree ("locale");
  CREATE INDEX "pages_blocks_statistics_locale_idx" ON "pages_blocks_statistics" USING btree ("_locale");
  CREATE INDEX "pages_blocks_call_to_action_locale_idx" ON "pages_blocks_call_to_action" USING btree ("_locale");
  CREATE INDEX "pages_blocks_form_locale_idx" ON "pages_blocks_form" USING btree ("_locale");
  CREATE INDEX "pages_breadcrumbs_locale_idx" ON "pages_breadcrumbs" USING btree ("_locale");
  CREATE INDEX "pages_rels_locale_idx" ON "pages_rels" USING btree ("locale");
  CREATE INDEX "_pages_v_blocks_rich_text_locale_idx" ON "_pages_v_blocks_rich_text" USING btree ("_locale");
  CREATE INDEX "_pages_v_blocks_teaser_list_items_locale_idx" ON "_pages_v_blocks_teaser_list_items" USING btree ("_locale");
  CREATE INDEX "_pages_v_blocks_teaser_list_locale_idx" ON "_pages_v_blocks_teaser_list" USING btree ("_locale");
  CREATE INDEX "_pages_v_blocks_report_list_locale_idx" ON "_pages_v_blocks_report_list" USING btree ("_locale");
  CREATE INDEX "_pages_v_blocks_statistics_regions_locale_idx" ON "_pages_v_blocks_statistics_regions" USING btree ("locale");
  CREATE INDEX "_pages_v_blocks_statistics_locale_idx" ON "_pages_v_blocks_statistics" USING btree ("_locale");
  CREATE INDEX "_pages_v_blocks_call_to_action_locale_idx" ON "_pages_v_blocks_call_to_action" USING btree ("_locale");
  CREATE INDEX "_pages_v_blocks_form_locale_idx" ON "_pages_v_blocks_form" USING btree ("_locale");
  CREATE INDEX "_pages_v_version_breadcrumbs_locale_idx" ON "_pages_v_version_breadcrumbs" USING btree ("_locale");
  CREATE INDEX "_pages_v_snapshot_idx" ON "_pages_v" USING btree ("snapshot");
  CREATE INDEX "_pages_v_published_locale_idx" ON "_pages_v" USING btree ("published_locale");
  CREATE INDEX "_pages_v_rels_locale_idx" ON "_pages_v_rels" USING btree ("locale");
  CREATE INDEX "_reports_v_snapshot_idx" ON "_reports_v" USING btree ("snapshot");
  CREATE INDEX "_reports_v_published_locale_idx" ON "_reports_v" USING btree ("published_locale");
  CREATE INDEX "_datasets_v_snapshot_idx" ON "_datasets_v" USING btree ("snapshot");
  CREATE INDEX "_datasets_v_published_locale_idx" ON "_datasets_v" USING btree ("published_locale");
  CREATE INDEX "_privacy_notices_v_snapshot_idx" ON "_privacy_notices_v" USING btree ("snapshot");
  CREATE INDEX "_privacy_notices_v_published_locale_idx" ON "_privacy_notices_v" USING btree ("published_locale");
  CREATE INDEX "pages_rels_reports_id_idx" ON "pages_rels" USING btree ("reports_id","locale");
  CREATE INDEX "pages_rels_pages_id_idx" ON "pages_rels" USING btree ("pages_id","locale");
  CREATE INDEX "_pages_v_rels_reports_id_idx" ON "_pages_v_rels" USING btree ("reports_id","locale");
  CREATE INDEX "_pages_v_rels_pages_id_idx" ON "_pages_v_rels" USING btree ("pages_id","locale");
  -- Keep what the pages say: their text becomes the Swedish version (Payload's generated migration drops it).
  INSERT INTO "pages_locales" ("title", "lead", "meta_title", "meta_description", "meta_image_id", "slug", "path", "_status", "_locale", "_parent_id") SELECT "title", "lead", "meta_title", "meta_description", "meta_image_id", "slug", "path", "_status", 'sv', "id" FROM "pages";
  INSERT INTO "_pages_v_locales" ("version_title", "version_lead", "version_meta_title", "version_meta_description", "version_meta_image_id", "version_slug", "version_path", "version__status", "_locale", "_parent_id") SELECT "version_title", "version_lead", "version_meta_title", "version_meta_description", "version_meta_image_id", "version_slug", "version_path", "version__status", 'sv', "id" FROM "_pages_v";
  ALTER TABLE "pages_blocks_rich_text" ALTER COLUMN "_locale" DROP DEFAULT;
  ALTER TABLE "pages_blocks_teaser_list_items" ALTER COLUMN "_locale" DROP DEFAULT;
  ALTER TABLE "pages_blocks_teaser_list" ALTER COLUMN "_locale" DROP DEFAULT;
  ALTER TABLE "pages_blocks_report_list" ALTER COLUMN "_locale" DROP DEFAULT;
  ALTER TABLE "pages_blocks_statistics_regions" ALTER COLUMN "locale" DROP DEFAULT;
  ALTER TABLE "pages_blocks_statistics" ALTER COLUMN "_locale" DROP DEFAULT;
  ALTER TABLE "pages_blocks_call_to_action" ALTER COLUMN "_locale" DROP DEFAULT;
  ALTER TABLE "pages_blocks_form" ALTER COLUMN "_locale" DROP DEFAULT;
  ALTER TABLE "pages_breadcrumbs" ALTER COLUMN "_locale" DROP DEFAULT;
  ALTER TABLE "_pages_v_blocks_rich_text" ALTER COLUMN "_locale" DROP DEFAULT;
  ALTER TABLE "_pages_v_blocks_teaser_list_items" ALTER COLUMN "_locale" DROP DEFAULT;
  ALTER TABLE "_pages_v_blocks_teaser_list" ALTER COLUMN "_locale" DROP DEFAULT;
  ALTER TABLE "_pages_v_blocks_report_list" ALTER COLUMN "_locale" DROP DEFAULT;
  ALTER TABLE "_pages_v_blocks_statistics_regions" ALTER COLUMN "locale" DROP DEFAULT;
  ALTER TABLE "_pages_v_blocks_statistics" ALTER COLUMN "_locale" DROP DEFAULT;
  ALTER TABLE "_pages_v_blocks_call_to_action" ALTER COLUMN "_locale" DROP DEFAULT;
  ALTER TABLE "_pages_v_blocks_form" ALTER COLUMN "_locale" DROP DEFAULT;
  ALTER TABLE "_pages_v_version_breadcrumbs" ALTER COLUMN "_locale" DROP DEFAULT;
  ALTER TABLE "pages" DROP COLUMN "title";
  ALTER TABLE "pages" DROP COLUMN "lead";
  ALTER TABLE "pages" DROP COLUMN "meta_title";
  ALTER TABLE "pages" DROP COLUMN "meta_description";
  ALTER TABLE "pages" DROP COLUMN "meta_image_id";
  ALTER TABLE "pages" DROP COLUMN "slug";
  ALTER TABLE "pages" DROP COLUMN "path";
  ALTER TABLE "pages" DROP COLUMN "_status";
  ALTER TABLE "_pages_v" DROP COLUMN "version_title";
  ALTER TABLE "_pages_v" DROP COLUMN "version_lead";
  ALTER TABLE "_pages_v" DROP COLUMN "version_meta_title";
  ALTER TABLE "_pages_v" DROP COLUMN "version_meta_description";
  ALTER TABLE "_pages_v" DROP COLUMN "version_meta_image_id";
  ALTER TABLE "_pages_v" DROP COLUMN "version_slug";
  ALTER TABLE "_pages_v" DROP COLUMN "version_path";
  ALTER TABLE "_pages_v" DROP COLUMN "version__status";`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  DROP INDEX "pages_blocks_rich_text_locale_idx";
  DROP INDEX "pages_blocks_teaser_list_items_locale_idx";
  DROP INDEX "pages_blocks_teaser_list_locale_idx";
  DROP INDEX "pages_blocks_report_list_locale_idx";
  DROP INDEX "pages_blocks_statistics_regions_locale_idx";
  DROP INDEX "pages_blocks_statistics_locale_idx";
  DROP INDEX "pages_blocks_call_to_action_locale_idx";
  DROP INDEX "pages_blocks_form_locale_idx";
  DROP INDEX "pages_breadcrumbs_locale_idx";
  DROP INDEX "pages_rels_locale_idx";
  DROP INDEX "_pages_v_blocks_rich_text_locale_idx";
  DROP INDEX "_pages_v_blocks_teaser_list_items_locale_idx";
  DROP INDEX "_pages_v_blocks_teaser_list_locale_idx";
  DROP INDEX "_pages_v_blocks_report_list_locale_idx";
  DROP INDEX "_pages_v_blocks_statistics_regions_locale_idx";
  DROP INDEX "_pages_v_blocks_statistics_locale_idx";
  DROP INDEX "_pages_v_blocks_call_to_action_locale_idx";
  DROP INDEX "_pages_v_blocks_form_locale_idx";
  DROP INDEX "_pages_v_version_breadcrumbs_locale_idx";
  DROP INDEX "_pages_v_snapshot_idx";
  DROP INDEX "_pages_v_published_locale_idx";
  DROP INDEX "_pages_v_rels_locale_idx";
  DROP INDEX "_reports_v_snapshot_idx";
  DROP INDEX "_reports_v_published_locale_idx";
  DROP INDEX "_datasets_v_snapshot_idx";
  DROP INDEX "_datasets_v_published_locale_idx";
  DROP INDEX "_privacy_notices_v_snapshot_idx";
  DROP INDEX "_privacy_notices_v_published_locale_idx";
  DROP INDEX "pages_rels_reports_id_idx";
  DROP INDEX "pages_rels_pages_id_idx";
  DROP INDEX "_pages_v_rels_reports_id_idx";
  DROP INDEX "_pages_v_rels_pages_id_idx";
  ALTER TABLE "pages" ADD COLUMN "title" varchar;
  ALTER TABLE "pages" ADD COLUMN "lead" varchar;
  ALTER TABLE "pages" ADD COLUMN "meta_title" varchar;
  ALTER TABLE "pages" ADD COLUMN "meta_description" varchar;
  ALTER TABLE "pages" ADD COLUMN "meta_image_id" integer;
  ALTER TABLE "pages" ADD COLUMN "slug" varchar;
  ALTER TABLE "pages" ADD COLUMN "path" varchar;
  ALTER TABLE "pages" ADD COLUMN "_status" "enum_pages_status" DEFAULT 'draft';
  ALTER TABLE "_pages_v" ADD COLUMN "version_title" varchar;
  ALTER TABLE "_pages_v" ADD COLUMN "version_lead" varchar;
  ALTER TABLE "_pages_v" ADD COLUMN "version_meta_title" varchar;
  ALTER TABLE "_pages_v" ADD COLUMN "version_meta_description" varchar;
  ALTER TABLE "_pages_v" ADD COLUMN "version_meta_image_id" integer;
  ALTER TABLE "_pages_v" ADD COLUMN "version_slug" varchar;
  ALTER TABLE "_pages_v" ADD COLUMN "version_path" varchar;
  ALTER TABLE "_pages_v" ADD COLUMN "version__status" "enum__pages_v_version_status" DEFAULT 'draft';
  -- Swedish text back into the pages; English versions (and English blocks) do not survive going down.
  UPDATE "pages" p SET "title" = l."title", "lead" = l."lead", "meta_title" = l."meta_title", "meta_description" = l."meta_description", "meta_image_id" = l."meta_image_id", "slug" = l."slug", "path" = l."path", "_status" = l."_status" FROM "pages_locales" l WHERE l."_parent_id" = p."id" AND l."_locale" = 'sv';
  UPDATE "_pages_v" v SET "version_title" = l."version_title", "version_lead" = l."version_lead", "version_meta_title" = l."version_meta_title", "version_meta_description" = l."version_meta_description", "version_meta_image_id" = l."version_meta_image_id", "version_slug" = l."version_slug", "version_path" = l."version_path", "version__status" = l."version__status" FROM "_pages_v_locales" l WHERE l."_parent_id" = v."id" AND l."_locale" = 'sv';
  DELETE FROM "pages_blocks_rich_text" WHERE "_locale" <> 'sv';
  DELETE FROM "pages_blocks_teaser_list_items" WHERE "_locale" <> 'sv';
  DELETE FROM "pages_blocks_teaser_list" WHERE "_locale" <> 'sv';
  DELETE FROM "pages_blocks_report_list" WHERE "_locale" <> 'sv';
  DELETE FROM "pages_blocks_statistics_regions" WHERE "locale" <> 'sv';
  DELETE FROM "pages_blocks_statistics" WHERE "_locale" <> 'sv';
  DELETE FROM "pages_blocks_call_to_action" WHERE "_locale" <> 'sv';
  DELETE FROM "pages_blocks_form" WHERE "_locale" <> 'sv';
  DELETE FROM "pages_breadcrumbs" WHERE "_locale" <> 'sv';
  DELETE FROM "_pages_v_blocks_rich_text" WHERE "_locale" <> 'sv';
  DELETE FROM "_pages_v_blocks_teaser_list_items" WHERE "_locale" <> 'sv';
  DELETE FROM "_pages_v_blocks_teaser_list" WHERE "_locale" <> 'sv';
  DELETE FROM "_pages_v_blocks_report_list" WHERE "_locale" <> 'sv';
  DELETE FROM "_pages_v_blocks_statistics_regions" WHERE "locale" <> 'sv';
  DELETE FROM "_pages_v_blocks_statistics" WHERE "_locale" <> 'sv';
  DELETE FROM "_pages_v_blocks_call_to_action" WHERE "_locale" <> 'sv';
  DELETE FROM "_pages_v_blocks_form" WHERE "_locale" <> 'sv';
  DELETE FROM "_pages_v_version_breadcrumbs" WHERE "_locale" <> 'sv';
  DELETE FROM "pages_rels" WHERE "locale" <> 'sv';
  DELETE FROM "_pages_v_rels" WHERE "locale" <> 'sv';
  DROP TABLE "pages_locales" CASCADE;
  DROP TABLE "_pages_v_locales" CASCADE;
  ALTER TABLE "pages" ADD CONSTRAINT "pages_meta_image_id_media_id_fk" FOREIGN KEY ("meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_pages_v" ADD CONSTRAINT "_pages_v_version_meta_image_id_media_id_fk" FOREIGN KEY ("version_meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "pages_meta_meta_image_idx" ON "pages" USING btree ("meta_image_id");
  CREATE INDEX "pages_slug_idx" ON "pages" USING btree ("slug");
  CREATE INDEX "pages_path_idx" ON "pages" USING btree ("path");
  CREATE INDEX "pages__status_idx" ON "pages" USING btree ("_status");
  CREATE INDEX "_pages_v_version_meta_version_meta_image_idx" ON "_pages_v" USING btree ("version_meta_image_id");
  CREATE INDEX "_pages_v_version_version_slug_idx" ON "_pages_v" USING btree ("version_slug");
  CREATE INDEX "_pages_v_version_version_path_idx" ON "_pages_v" USING btree ("version_path");
  CREATE INDEX "_pages_v_version_version__status_idx" ON "_pages_v" USING btree ("version__status");
  CREATE INDEX "pages_rels_reports_id_idx" ON "pages_rels" USING btree ("reports_id");
  CREATE INDEX "pages_rels_pages_id_idx" ON "pages_rels" USING btree ("pages_id");
  CREATE INDEX "_pages_v_rels_reports_id_idx" ON "_pages_v_rels" USING btree ("reports_id");
  CREATE INDEX "_pages_v_rels_pages_id_idx" ON "_pages_v_rels" USING btree ("pages_id");
  ALTER TABLE "pages_blocks_rich_text" DROP COLUMN "_locale";
  ALTER TABLE "pages_blocks_teaser_list_items" DROP COLUMN "_locale";
  ALTER TABLE "pages_blocks_teaser_list" DROP COLUMN "_locale";
  ALTER TABLE "pages_blocks_report_list" DROP COLUMN "_locale";
  ALTER TABLE "pages_blocks_statistics_regions" DROP COLUMN "locale";
  ALTER TABLE "pages_blocks_statistics" DROP COLUMN "_locale";
  ALTER TABLE "pages_blocks_call_to_action" DROP COLUMN "_locale";
  ALTER TABLE "pages_blocks_form" DROP COLUMN "_locale";
  ALTER TABLE "pages_breadcrumbs" DROP COLUMN "_locale";
  ALTER TABLE "pages_rels" DROP COLUMN "locale";
  ALTER TABLE "_pages_v_blocks_rich_text" DROP COLUMN "_locale";
  ALTER TABLE "_pages_v_blocks_teaser_list_items" DROP COLUMN "_locale";
  ALTER TABLE "_pages_v_blocks_teaser_list" DROP COLUMN "_locale";
  ALTER TABLE "_pages_v_blocks_report_list" DROP COLUMN "_locale";
  ALTER TABLE "_pages_v_blocks_statistics_regions" DROP COLUMN "locale";
  ALTER TABLE "_pages_v_blocks_statistics" DROP COLUMN "_locale";
  ALTER TABLE "_pages_v_blocks_call_to_action" DROP COLUMN "_locale";
  ALTER TABLE "_pages_v_blocks_form" DROP COLUMN "_locale";
  ALTER TABLE "_pages_v_version_breadcrumbs" DROP COLUMN "_locale";
  ALTER TABLE "_pages_v" DROP COLUMN "snapshot";
  ALTER TABLE "_pages_v" DROP COLUMN "published_locale";
  ALTER TABLE "_pages_v_rels" DROP COLUMN "locale";
  ALTER TABLE "_reports_v" DROP COLUMN "snapshot";
  ALTER TABLE "_reports_v" DROP COLUMN "published_locale";
  ALTER TABLE "_datasets_v" DROP COLUMN "snapshot";
  ALTER TABLE "_datasets_v" DROP COLUMN "published_locale";
  ALTER TABLE "_privacy_notices_v" DROP COLUMN "snapshot";
  ALTER TABLE "_privacy_notices_v" DROP COLUMN "published_locale";
  DROP TYPE "public"."_locales";
  DROP TYPE "public"."enum__pages_v_published_locale";
  DROP TYPE "public"."enum__reports_v_published_locale";
  DROP TYPE "public"."enum__datasets_v_published_locale";
  DROP TYPE "public"."enum__privacy_notices_v_published_locale";`)
}
