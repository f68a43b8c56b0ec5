import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "reports_locales" (
  	"title" varchar,
  	"subtitle" varchar,
  	"summary" jsonb,
  	"meta_title" varchar,
  	"meta_description" varchar,
  	"meta_image_id" integer,
  	"slug" varchar,
  	"_status" "enum_reports_status" DEFAULT 'draft',
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_reports_v_locales" (
  	"version_title" varchar,
  	"version_subtitle" varchar,
  	"version_summary" jsonb,
  	"version_meta_title" varchar,
  	"version_meta_description" varchar,
  	"version_meta_image_id" integer,
  	"version_slug" varchar,
  	"version__status" "enum__reports_v_version_status" DEFAULT 'draft',
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  ALTER TABLE "reports" DROP CONSTRAINT "reports_meta_image_id_media_id_fk";
  
  ALTER TABLE "_reports_v" DROP CONSTRAINT "_reports_v_version_meta_image_id_media_id_fk";
  
  DROP INDEX "reports_meta_meta_image_idx";
  DROP INDEX "reports_slug_idx";
  DROP INDEX "reports__status_idx";
  DROP INDEX "_reports_v_version_meta_version_meta_image_idx";
  DROP INDEX "_reports_v_version_version_slug_idx";
  DROP INDEX "_reports_v_version_version__status_idx";
  ALTER TABLE "reports_locales" ADD CONSTRAINT "reports_locales_meta_image_id_media_id_fk" FOREIGN KEY ("meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "reports_locales" ADD CONSTRAINT "reports_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."reports"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_reports_v_locales" ADD CONSTRAINT "_reports_v_locales_version_meta_image_id_media_id_fk" FOREIGN KEY ("version_meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_reports_v_locales" ADD CONSTRAINT "_reports_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_reports_v"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "reports_meta_meta_image_idx" ON "reports_locales" USING btree ("meta_image_id");
  CREATE UNIQUE INDEX "reports_slug_idx" ON "reports_locales" USING btree ("slug","_locale");
  CREATE INDEX "reports__status_idx" ON "reports_locales" USING btree ("_status","_locale");
  CREATE UNIQUE INDEX "reports_locales_locale_parent_id_unique" ON "reports_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_reports_v_version_meta_version_meta_image_idx" ON "_reports_v_locales" USING btree ("version_meta_image_id");
  CREATE INDEX "_reports_v_version_version_slug_idx" ON "_reports_v_locales" USING btree ("version_slug","_locale");
  CREATE INDEX "_reports_v_version_version__status_idx" ON "_reports_v_locales" USING btree ("version__status","_locale");
  CREATE UNIQUE INDEX "_reports_v_locales_locale_parent_id_unique" ON "_reports_v_locales" USING btree ("_locale","_parent_id");
  -- Keep what the documents say: their text becomes the Swedish version (the generated migration drops it).
  INSERT INTO "reports_locales" ("title", "subtitle", "summary", "meta_title", "meta_description", "meta_image_id", "slug", "_status", "_locale", "_parent_id") SELECT "title", "subtitle", "summary", "meta_title", "meta_description", "meta_image_id", "slug", "_status", 'sv', "id" FROM "reports";
  INSERT INTO "_reports_v_locales" ("version_title", "version_subtitle", "version_summary", "version_meta_title", "version_meta_description", "version_meta_image_id", "version_slug", "version__status", "_locale", "_parent_id") SELECT "version_title", "version_subtitle", "version_summary", "version_meta_title", "version_meta_description", "version_meta_image_id", "version_slug", "version__status", 'sv', "id" FROM "_reports_v";
  ALTER TABLE "reports" DROP COLUMN "title";
  ALTER TABLE "reports" DROP COLUMN "subtitle";
  ALTER TABLE "reports" DROP COLUMN "summary";
  ALTER TABLE "reports" DROP COLUMN "meta_title";
  ALTER TABLE "reports" DROP COLUMN "meta_description";
  ALTER TABLE "reports" DROP COLUMN "meta_image_id";
  ALTER TABLE "reports" DROP COLUMN "slug";
  ALTER TABLE "reports" DROP COLUMN "_status";
  ALTER TABLE "_reports_v" DROP COLUMN "version_title";
  ALTER TABLE "_reports_v" DROP COLUMN "version_subtitle";
  ALTER TABLE "_reports_v" DROP COLUMN "version_summary";
  ALTER TABLE "_reports_v" DROP COLUMN "version_meta_title";
  ALTER TABLE "_reports_v" DROP COLUMN "version_meta_description";
  ALTER TABLE "_reports_v" DROP COLUMN "version_meta_image_id";
  ALTER TABLE "_reports_v" DROP COLUMN "version_slug";
  ALTER TABLE "_reports_v" DROP COLUMN "version__status";`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  ALTER TABLE "reports" ADD COLUMN "title" varchar;
  ALTER TABLE "reports" ADD COLUMN "subtitle" varchar;
  ALTER TABLE "reports" ADD COLUMN "summary" jsonb;
  ALTER TABLE "reports" ADD COLUMN "meta_title" varchar;
  ALTER TABLE "reports" ADD COLUMN "meta_description" varchar;
  ALTER TABLE "reports" ADD COLUMN "meta_image_id" integer;
  ALTER TABLE "reports" ADD COLUMN "slug" varchar;
  ALTER TABLE "reports" ADD COLUMN "_status" "enum_reports_status" DEFAULT 'draft';
  ALTER TABLE "_reports_v" ADD COLUMN "version_title" varchar;
  ALTER TABLE "_reports_v" ADD COLUMN "version_subtitle" varchar;
  ALTER TABLE "_reports_v" ADD COLUMN "version_summary" jsonb;
  ALTER TABLE "_reports_v" ADD COLUMN "version_meta_title" varchar;
  ALTER TABLE "_reports_v" ADD COLUMN "version_meta_description" varchar;
  ALTER TABLE "_reports_v" ADD COLUMN "version_meta_image_id" integer;
  ALTER TABLE "_reports_v" ADD COLUMN "version_slug" varchar;
  ALTER TABLE "_reports_v" ADD COLUMN "version__status" "enum__reports_v_version_status" DEFAULT 'draft';
  -- Swedish text back; English versions do not survive going down.
  UPDATE "reports" d SET "title" = l."title", "subtitle" = l."subtitle", "summary" = l."summary", "meta_title" = l."meta_title", "meta_description" = l."meta_description", "meta_image_id" = l."meta_image_id", "slug" = l."slug", "_status" = l."_status" FROM "reports_locales" l WHERE l."_parent_id" = d."id" AND l."_locale" = 'sv';
  UPDATE "_reports_v" v SET "version_title" = l."version_title", "version_subtitle" = l."version_subtitle", "version_summary" = l."version_summary", "version_meta_title" = l."version_meta_title", "version_meta_description" = l."version_meta_description", "version_meta_image_id" = l."version_meta_image_id", "version_slug" = l."version_slug", "version__status" = l."version__status" FROM "_reports_v_locales" l WHERE l."_parent_id" = v."id" AND l."_locale" = 'sv';
  DROP TABLE "reports_locales" CASCADE;
  DROP TABLE "_reports_v_locales" CASCADE;
  ALTER TABLE "reports" ADD CONSTRAINT "reports_meta_image_id_media_id_fk" FOREIGN KEY ("meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_reports_v" ADD CONSTRAINT "_reports_v_version_meta_image_id_media_id_fk" FOREIGN KEY ("version_meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "reports_meta_meta_image_idx" ON "reports" USING btree ("meta_image_id");
  CREATE UNIQUE INDEX "reports_slug_idx" ON "reports" USING btree ("slug");
  CREATE INDEX "reports__status_idx" ON "reports" USING btree ("_status");
  CREATE INDEX "_reports_v_version_meta_version_meta_image_idx" ON "_reports_v" USING btree ("version_meta_image_id");
  CREATE INDEX "_reports_v_version_version_slug_idx" ON "_reports_v" USING btree ("version_slug");
  CREATE INDEX "_reports_v_version_version__status_idx" ON "_reports_v" USING btree ("version__status");`)
}
