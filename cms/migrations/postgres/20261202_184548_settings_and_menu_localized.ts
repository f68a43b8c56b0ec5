import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "site_settings_locales" (
  	"site_name" varchar NOT NULL,
  	"organisation" varchar NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  DROP INDEX "site_settings_rels_pages_id_idx";
  DROP INDEX "site_settings_rels_reports_id_idx";
  DROP INDEX "navigation_rels_pages_id_idx";
  DROP INDEX "navigation_rels_reports_id_idx";
  ALTER TABLE "site_settings_footer_links" ADD COLUMN "_locale" "_locales" NOT NULL DEFAULT 'sv';
  ALTER TABLE "site_settings_footer_links" ALTER COLUMN "_locale" DROP DEFAULT;
  ALTER TABLE "site_settings_rels" ADD COLUMN "locale" "_locales";
  UPDATE "site_settings_rels" SET "locale" = 'sv';
  ALTER TABLE "navigation_items" ADD COLUMN "_locale" "_locales" NOT NULL DEFAULT 'sv';
  ALTER TABLE "navigation_items" ALTER COLUMN "_locale" DROP DEFAULT;
  ALTER TABLE "navigation_rels" ADD COLUMN "locale" "_locales";
  UPDATE "navigation_rels" SET "locale" = 'sv';
  ALTER TABLE "site_settings_locales" ADD CONSTRAINT "site_settings_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."site_settings"("id") ON DELETE cascade ON UPDATE no action;
  CREATE UNIQUE INDEX "site_settings_locales_locale_parent_id_unique" ON "site_settings_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "site_settings_footer_links_locale_idx" ON "site_settings_footer_links" USING btree ("_locale");
  CREATE INDEX "site_settings_rels_locale_idx" ON "site_settings_rels" USING btree ("locale");
  CREATE INDEX "navigation_items_locale_idx" ON "navigation_items" USING btree ("_locale");
  CREATE INDEX "navigation_rels_locale_idx" ON "navigation_rels" USING btree ("locale");
  CREATE INDEX "site_settings_rels_pages_id_idx" ON "site_settings_rels" USING btree ("pages_id","locale");
  CREATE INDEX "site_settings_rels_reports_id_idx" ON "site_settings_rels" USING btree ("reports_id","locale");
  CREATE INDEX "navigation_rels_pages_id_idx" ON "navigation_rels" USING btree ("pages_id","locale");
  CREATE INDEX "navigation_rels_reports_id_idx" ON "navigation_rels" USING btree ("reports_id","locale");
  -- The names stay as they were, as the Swedish ones (the generated migration drops them).
  INSERT INTO "site_settings_locales" ("site_name", "organisation", "_locale", "_parent_id") SELECT COALESCE("site_name", ''), COALESCE("organisation", ''), 'sv', "id" FROM "site_settings";
  ALTER TABLE "site_settings" DROP COLUMN "site_name";
  ALTER TABLE "site_settings" DROP COLUMN "organisation";`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
     DROP INDEX "site_settings_footer_links_locale_idx";
  DROP INDEX "site_settings_rels_locale_idx";
  DROP INDEX "navigation_items_locale_idx";
  DROP INDEX "navigation_rels_locale_idx";
  DROP INDEX "site_settings_rels_pages_id_idx";
  DROP INDEX "site_settings_rels_reports_id_idx";
  DROP INDEX "navigation_rels_pages_id_idx";
  DROP INDEX "navigation_rels_reports_id_idx";
  ALTER TABLE "site_settings" ADD COLUMN "site_name" varchar NOT NULL DEFAULT '';
  ALTER TABLE "site_settings" ADD COLUMN "organisation" varchar NOT NULL DEFAULT '';
  -- The Swedish names back; English ones (and the English menu and footer) do not survive going down.
  UPDATE "site_settings" s SET "site_name" = l."site_name", "organisation" = l."organisation" FROM "site_settings_locales" l WHERE l."_parent_id" = s."id" AND l."_locale" = 'sv';
  ALTER TABLE "site_settings" ALTER COLUMN "site_name" DROP DEFAULT;
  ALTER TABLE "site_settings" ALTER COLUMN "organisation" DROP DEFAULT;
  DELETE FROM "site_settings_footer_links" WHERE "_locale" <> 'sv';
  DELETE FROM "site_settings_rels" WHERE "locale" <> 'sv';
  DELETE FROM "navigation_items" WHERE "_locale" <> 'sv';
  DELETE FROM "navigation_rels" WHERE "locale" <> 'sv';
  DROP TABLE "site_settings_locales" CASCADE;
  CREATE INDEX "site_settings_rels_pages_id_idx" ON "site_settings_rels" USING btree ("pages_id");
  CREATE INDEX "site_settings_rels_reports_id_idx" ON "site_settings_rels" USING btree ("reports_id");
  CREATE INDEX "navigation_rels_pages_id_idx" ON "navigation_rels" USING btree ("pages_id");
  CREATE INDEX "navigation_rels_reports_id_idx" ON "navigation_rels" USING btree ("reports_id");
  ALTER TABLE "site_settings_footer_links" DROP COLUMN "_locale";
  ALTER TABLE "site_settings_rels" DROP COLUMN "locale";
  ALTER TABLE "navigation_items" DROP COLUMN "_locale";
  ALTER TABLE "navigation_rels" DROP COLUMN "locale";`)
}
