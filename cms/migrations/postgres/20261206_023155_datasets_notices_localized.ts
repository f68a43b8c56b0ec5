import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "datasets_locales" (
  	"title" varchar,
  	"description" varchar,
  	"indicator" varchar,
  	"unit" varchar,
  	"source_name" varchar,
  	"methodology" jsonb,
  	"slug" varchar,
  	"_status" "enum_datasets_status" DEFAULT 'draft',
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_datasets_v_locales" (
  	"version_title" varchar,
  	"version_description" varchar,
  	"version_indicator" varchar,
  	"version_unit" varchar,
  	"version_source_name" varchar,
  	"version_methodology" jsonb,
  	"version_slug" varchar,
  	"version__status" "enum__datasets_v_version_status" DEFAULT 'draft',
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "privacy_notices_purposes_locales" (
  	"purpose" varchar,
  	"legal_basis_details" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "privacy_notices_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"controller_name" varchar,
  	"data_protection_officer_name" varchar,
  	"data_categories" varchar,
  	"recipients" varchar,
  	"third_country_transfers" varchar,
  	"retention_description" varchar,
  	"complaint" varchar,
  	"slug" varchar,
  	"_status" "enum_privacy_notices_status" DEFAULT 'draft',
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_privacy_notices_v_version_purposes_locales" (
  	"purpose" varchar,
  	"legal_basis_details" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_privacy_notices_v_locales" (
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_controller_name" varchar,
  	"version_data_protection_officer_name" varchar,
  	"version_data_categories" varchar,
  	"version_recipients" varchar,
  	"version_third_country_transfers" varchar,
  	"version_retention_description" varchar,
  	"version_complaint" varchar,
  	"version_slug" varchar,
  	"version__status" "enum__privacy_notices_v_version_status" DEFAULT 'draft',
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  DROP INDEX "datasets_slug_idx";
  DROP INDEX "datasets__status_idx";
  DROP INDEX "_datasets_v_version_version_slug_idx";
  DROP INDEX "_datasets_v_version_version__status_idx";
  DROP INDEX "privacy_notices_slug_idx";
  DROP INDEX "privacy_notices__status_idx";
  DROP INDEX "_privacy_notices_v_version_version_slug_idx";
  DROP INDEX "_privacy_notices_v_version_version__status_idx";
  ALTER TABLE "datasets_locales" ADD CONSTRAINT "datasets_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."datasets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_datasets_v_locales" ADD CONSTRAINT "_datasets_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_datasets_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "privacy_notices_purposes_locales" ADD CONSTRAINT "privacy_notices_purposes_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."privacy_notices_purposes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "privacy_notices_locales" ADD CONSTRAINT "privacy_notices_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."privacy_notices"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_privacy_notices_v_version_purposes_locales" ADD CONSTRAINT "_privacy_notices_v_version_purposes_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_privacy_notices_v_version_purposes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_privacy_notices_v_locales" ADD CONSTRAINT "_privacy_notices_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_privacy_notices_v"("id") ON DELETE cascade ON UPDATE no action;
  CREATE UNIQUE INDEX "datasets_slug_idx" ON "datasets_locales" USING btree ("slug","_locale");
  CREATE INDEX "datasets__status_idx" ON "datasets_locales" USING btree ("_status","_locale");
  CREATE UNIQUE INDEX "datasets_locales_locale_parent_id_unique" ON "datasets_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_datasets_v_version_version_slug_idx" ON "_datasets_v_locales" USING btree ("version_slug","_locale");
  CREATE INDEX "_datasets_v_version_version__status_idx" ON "_datasets_v_locales" USING btree ("version__status","_locale");
  CREATE UNIQUE INDEX "_datasets_v_locales_locale_parent_id_unique" ON "_datasets_v_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "privacy_notices_purposes_locales_locale_parent_id_unique" ON "privacy_notices_purposes_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "privacy_notices_slug_idx" ON "privacy_notices_locales" USING btree ("slug","_locale");
  CREATE INDEX "privacy_notices__status_idx" ON "privacy_notices_locales" USING btree ("_status","_locale");
  CREATE UNIQUE INDEX "privacy_notices_locales_locale_parent_id_unique" ON "privacy_notices_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "_privacy_notices_v_version_purposes_locales_locale_parent_id" ON "_privacy_notices_v_version_purposes_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_privacy_notices_v_version_version_slug_idx" ON "_privacy_notices_v_locales" USING btree ("version_slug","_locale");
  CREATE INDEX "_privacy_notices_v_version_version__status_idx" ON "_privacy_notices_v_locales" USING btree ("version__status","_locale");
  CREATE UNIQUE INDEX "_privacy_notices_v_locales_locale_parent_id_unique" ON "_privacy_notices_v_locales" USING btree ("_locale","_parent_id");
  -- Keep what the documents say: their text becomes the Swedish version (the generated migration drops it).
  INSERT INTO "datasets_locales" ("title", "description", "indicator", "unit", "source_name", "methodology", "slug", "_status", "_locale", "_parent_id") SELECT "title", "description", "indicator", "unit", "source_name", "methodology", "slug", "_status", 'sv', "id" FROM "datasets";
  INSERT INTO "_datasets_v_locales" ("version_title", "version_description", "version_indicator", "version_unit", "version_source_name", "version_methodology", "version_slug", "version__status", "_locale", "_parent_id") SELECT "version_title", "version_description", "version_indicator", "version_unit", "version_source_name", "version_methodology", "version_slug", "version__status", 'sv', "id" FROM "_datasets_v";
  INSERT INTO "privacy_notices_purposes_locales" ("purpose", "legal_basis_details", "_locale", "_parent_id") SELECT "purpose", "legal_basis_details", 'sv', "id" FROM "privacy_notices_purposes";
  INSERT INTO "privacy_notices_locales" ("title", "summary", "controller_name", "data_protection_officer_name", "data_categories", "recipients", "third_country_transfers", "retention_description", "complaint", "slug", "_status", "_locale", "_parent_id") SELECT "title", "summary", "controller_name", "data_protection_officer_name", "data_categories", "recipients", "third_country_transfers", "retention_description", "complaint", "slug", "_status", 'sv', "id" FROM "privacy_notices";
  INSERT INTO "_privacy_notices_v_version_purposes_locales" ("purpose", "legal_basis_details", "_locale", "_parent_id") SELECT "purpose", "legal_basis_details", 'sv', "id" FROM "_privacy_notices_v_version_purposes";
  INSERT INTO "_privacy_notices_v_locales" ("version_title", "version_summary", "version_controller_name", "version_data_protection_officer_name", "version_data_categories", "version_recipients", "version_third_country_transfers", "version_retention_description", "version_complaint", "version_slug", "version__status", "_locale", "_parent_id") SELECT "version_title", "version_summary", "version_controller_name", "version_data_protection_officer_name", "version_data_categories", "version_recipients", "version_third_country_transfers", "version_retention_description", "version_complaint", "version_slug", "version__status", 'sv', "id" FROM "_privacy_notices_v";
  ALTER TABLE "datasets" DROP COLUMN "title";
  ALTER TABLE "datasets" DROP COLUMN "description";
  ALTER TABLE "datasets" DROP COLUMN "indicator";
  ALTER TABLE "datasets" DROP COLUMN "unit";
  ALTER TABLE "datasets" DROP COLUMN "source_name";
  ALTER TABLE "datasets" DROP COLUMN "methodology";
  ALTER TABLE "datasets" DROP COLUMN "slug";
  ALTER TABLE "datasets" DROP COLUMN "_status";
  ALTER TABLE "_datasets_v" DROP COLUMN "version_title";
  ALTER TABLE "_datasets_v" DROP COLUMN "version_description";
  ALTER TABLE "_datasets_v" DROP COLUMN "version_indicator";
  ALTER TABLE "_datasets_v" DROP COLUMN "version_unit";
  ALTER TABLE "_datasets_v" DROP COLUMN "version_source_name";
  ALTER TABLE "_datasets_v" DROP COLUMN "version_methodology";
  ALTER TABLE "_datasets_v" DROP COLUMN "version_slug";
  ALTER TABLE "_datasets_v" DROP COLUMN "version__status";
  ALTER TABLE "privacy_notices_purposes" DROP COLUMN "purpose";
  ALTER TABLE "privacy_notices_purposes" DROP COLUMN "legal_basis_details";
  ALTER TABLE "privacy_notices" DROP COLUMN "title";
  ALTER TABLE "privacy_notices" DROP COLUMN "summary";
  ALTER TABLE "privacy_notices" DROP COLUMN "controller_name";
  ALTER TABLE "privacy_notices" DROP COLUMN "data_protection_officer_name";
  ALTER TABLE "privacy_notices" DROP COLUMN "data_categories";
  ALTER TABLE "privacy_notices" DROP COLUMN "recipients";
  ALTER TABLE "privacy_notices" DROP COLUMN "third_country_transfers";
  ALTER TABLE "privacy_notices" DROP COLUMN "retention_description";
  ALTER TABLE "privacy_notices" DROP COLUMN "complaint";
  ALTER TABLE "privacy_notices" DROP COLUMN "slug";
  ALTER TABLE "privacy_notices" DROP COLUMN "_status";
  ALTER TABLE "_privacy_notices_v_version_purposes" DROP COLUMN "purpose";
  ALTER TABLE "_privacy_notices_v_version_purposes" DROP COLUMN "legal_basis_details";
  ALTER TABLE "_privacy_notices_v" DROP COLUMN "version_title";
  ALTER TABLE "_privacy_notices_v" DROP COLUMN "version_summary";
  ALTER TABLE "_privacy_notices_v" DROP COLUMN "version_controller_name";
  ALTER TABLE "_privacy_notices_v" DROP COLUMN "version_data_protection_officer_name";
  ALTER TABLE "_privacy_notices_v" DROP COLUMN "version_data_categories";
  ALTER TABLE "_privacy_notices_v" DROP COLUMN "version_recipients";
  ALTER TABLE "_privacy_notices_v" DROP COLUMN "version_third_country_transfers";
  ALTER TABLE "_privacy_notices_v" DROP COLUMN "version_retention_description";
  ALTER TABLE "_privacy_notices_v" DROP COLUMN "version_complaint";
  ALTER TABLE "_privacy_notices_v" DROP COLUMN "version_slug";
  ALTER TABLE "_privacy_notices_v" DROP COLUMN "version__status";`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  ALTER TABLE "datasets" ADD COLUMN "title" varchar;
  ALTER TABLE "datasets" ADD COLUMN "description" varchar;
  ALTER TABLE "datasets" ADD COLUMN "indicator" varchar;
  ALTER TABLE "datasets" ADD COLUMN "unit" varchar;
  ALTER TABLE "datasets" ADD COLUMN "source_name" varchar;
  ALTER TABLE "datasets" ADD COLUMN "methodology" jsonb;
  ALTER TABLE "datasets" ADD COLUMN "slug" varchar;
  ALTER TABLE "datasets" ADD COLUMN "_status" "enum_datasets_status" DEFAULT 'draft';
  ALTER TABLE "_datasets_v" ADD COLUMN "version_title" varchar;
  ALTER TABLE "_datasets_v" ADD COLUMN "version_description" varchar;
  ALTER TABLE "_datasets_v" ADD COLUMN "version_indicator" varchar;
  ALTER TABLE "_datasets_v" ADD COLUMN "version_unit" varchar;
  ALTER TABLE "_datasets_v" ADD COLUMN "version_source_name" varchar;
  ALTER TABLE "_datasets_v" ADD COLUMN "version_methodology" jsonb;
  ALTER TABLE "_datasets_v" ADD COLUMN "version_slug" varchar;
  ALTER TABLE "_datasets_v" ADD COLUMN "version__status" "enum__datasets_v_version_status" DEFAULT 'draft';
  ALTER TABLE "privacy_notices_purposes" ADD COLUMN "purpose" varchar;
  ALTER TABLE "privacy_notices_purposes" ADD COLUMN "legal_basis_details" varchar;
  ALTER TABLE "privacy_notices" ADD COLUMN "title" varchar;
  ALTER TABLE "privacy_notices" ADD COLUMN "summary" varchar;
  ALTER TABLE "privacy_notices" ADD COLUMN "controller_name" varchar;
  ALTER TABLE "privacy_notices" ADD COLUMN "data_protection_officer_name" varchar;
  ALTER TABLE "privacy_notices" ADD COLUMN "data_categories" varchar;
  ALTER TABLE "privacy_notices" ADD COLUMN "recipients" varchar;
  ALTER TABLE "privacy_notices" ADD COLUMN "third_country_transfers" varchar;
  ALTER TABLE "privacy_notices" ADD COLUMN "retention_description" varchar;
  ALTER TABLE "privacy_notices" ADD COLUMN "complaint" varchar DEFAULT 'Om du anser att vi behandlar dina personuppgifter felaktigt kan du lämna klagomål till Integritetsskyddsmyndigheten (IMY), www.imy.se, Box 8114, 104 20 Stockholm.';
  ALTER TABLE "privacy_notices" ADD COLUMN "slug" varchar;
  ALTER TABLE "privacy_notices" ADD COLUMN "_status" "enum_privacy_notices_status" DEFAULT 'draft';
  ALTER TABLE "_privacy_notices_v_version_purposes" ADD COLUMN "purpose" varchar;
  ALTER TABLE "_privacy_notices_v_version_purposes" ADD COLUMN "legal_basis_details" varchar;
  ALTER TABLE "_privacy_notices_v" ADD COLUMN "version_title" varchar;
  ALTER TABLE "_privacy_notices_v" ADD COLUMN "version_summary" varchar;
  ALTER TABLE "_privacy_notices_v" ADD COLUMN "version_controller_name" varchar;
  ALTER TABLE "_privacy_notices_v" ADD COLUMN "version_data_protection_officer_name" varchar;
  ALTER TABLE "_privacy_notices_v" ADD COLUMN "version_data_categories" varchar;
  ALTER TABLE "_privacy_notices_v" ADD COLUMN "version_recipients" varchar;
  ALTER TABLE "_privacy_notices_v" ADD COLUMN "version_third_country_transfers" varchar;
  ALTER TABLE "_privacy_notices_v" ADD COLUMN "version_retention_description" varchar;
  ALTER TABLE "_privacy_notices_v" ADD COLUMN "version_complaint" varchar DEFAULT 'Om du anser att vi behandlar dina personuppgifter felaktigt kan du lämna klagomål till Integritetsskyddsmyndigheten (IMY), www.imy.se, Box 8114, 104 20 Stockholm.';
  ALTER TABLE "_privacy_notices_v" ADD COLUMN "version_slug" varchar;
  ALTER TABLE "_privacy_notices_v" ADD COLUMN "version__status" "enum__privacy_notices_v_version_status" DEFAULT 'draft';

  -- Swedish text back; English versions do not survive going down.
  UPDATE "datasets" d SET "title" = l."title", "description" = l."description", "indicator" = l."indicator", "unit" = l."unit", "source_name" = l."source_name", "methodology" = l."methodology", "slug" = l."slug", "_status" = l."_status" FROM "datasets_locales" l WHERE l."_parent_id" = d."id" AND l."_locale" = 'sv';
  UPDATE "_datasets_v" d SET "version_title" = l."version_title", "version_description" = l."version_description", "version_indicator" = l."version_indicator", "version_unit" = l."version_unit", "version_source_name" = l."version_source_name", "version_methodology" = l."version_methodology", "version_slug" = l."version_slug", "version__status" = l."version__status" FROM "_datasets_v_locales" l WHERE l."_parent_id" = d."id" AND l."_locale" = 'sv';
  UPDATE "privacy_notices_purposes" d SET "purpose" = l."purpose", "legal_basis_details" = l."legal_basis_details" FROM "privacy_notices_purposes_locales" l WHERE l."_parent_id" = d."id" AND l."_locale" = 'sv';
  UPDATE "privacy_notices" d SET "title" = l."title", "summary" = l."summary", "controller_name" = l."controller_name", "data_protection_officer_name" = l."data_protection_officer_name", "data_categories" = l."data_categories", "recipients" = l."recipients", "third_country_transfers" = l."third_country_transfers", "retention_description" = l."retention_description", "complaint" = l."complaint", "slug" = l."slug", "_status" = l."_status" FROM "privacy_notices_locales" l WHERE l."_parent_id" = d."id" AND l."_locale" = 'sv';
  UPDATE "_privacy_notices_v_version_purposes" d SET "purpose" = l."purpose", "legal_basis_details" = l."legal_basis_details" FROM "_privacy_notices_v_version_purposes_locales" l WHERE l."_parent_id" = d."id" AND l."_locale" = 'sv';
  UPDATE "_privacy_notices_v" d SET "version_title" = l."version_title", "version_summary" = l."version_summary", "version_controller_name" = l."version_controller_name", "version_data_protection_officer_name" = l."version_data_protection_officer_name", "version_data_categories" = l."version_data_categories", "version_recipients" = l."version_recipients", "version_third_country_transfers" = l."version_third_country_transfers", "version_retention_description" = l."version_retention_description", "version_complaint" = l."version_complaint", "version_slug" = l."version_slug", "version__status" = l."version__status" FROM "_privacy_notices_v_locales" l WHERE l."_parent_id" = d."id" AND l."_locale" = 'sv';
  ALTER TABLE "datasets_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_datasets_v_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "privacy_notices_purposes_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "privacy_notices_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_privacy_notices_v_version_purposes_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_privacy_notices_v_locales" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "datasets_locales" CASCADE;
  DROP TABLE "_datasets_v_locales" CASCADE;
  DROP TABLE "privacy_notices_purposes_locales" CASCADE;
  DROP TABLE "privacy_notices_locales" CASCADE;
  DROP TABLE "_privacy_notices_v_version_purposes_locales" CASCADE;
  DROP TABLE "_privacy_notices_v_locales" CASCADE;
  CREATE UNIQUE INDEX "datasets_slug_idx" ON "datasets" USING btree ("slug");
  CREATE INDEX "datasets__status_idx" ON "datasets" USING btree ("_status");
  CREATE INDEX "_datasets_v_version_version_slug_idx" ON "_datasets_v" USING btree ("version_slug");
  CREATE INDEX "_datasets_v_version_version__status_idx" ON "_datasets_v" USING btree ("version__status");
  CREATE UNIQUE INDEX "privacy_notices_slug_idx" ON "privacy_notices" USING btree ("slug");
  CREATE INDEX "privacy_notices__status_idx" ON "privacy_notices" USING btree ("_status");
  CREATE INDEX "_privacy_notices_v_version_version_slug_idx" ON "_privacy_notices_v" USING btree ("version_slug");
  CREATE INDEX "_privacy_notices_v_version_version__status_idx" ON "_privacy_notices_v" USING btree ("version__status");`)
}
