import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_pages_blocks_statistics_regions" AS ENUM('00', '01', '03', '04', '05', '06', '07', '08', '09', '10', '12', '13', '14', '17', '18', '19', '20', '21', '22', '23', '24', '25');
  CREATE TYPE "public"."enum_pages_blocks_statistics_view" AS ENUM('lines', 'bars', 'table');
  CREATE TYPE "public"."enum__pages_v_blocks_statistics_regions" AS ENUM('00', '01', '03', '04', '05', '06', '07', '08', '09', '10', '12', '13', '14', '17', '18', '19', '20', '21', '22', '23', '24', '25');
  CREATE TYPE "public"."enum__pages_v_blocks_statistics_view" AS ENUM('lines', 'bars', 'table');
  CREATE TYPE "public"."enum_datasets_default_view_regions" AS ENUM('00', '01', '03', '04', '05', '06', '07', '08', '09', '10', '12', '13', '14', '17', '18', '19', '20', '21', '22', '23', '24', '25');
  CREATE TYPE "public"."enum_datasets_default_view_view" AS ENUM('lines', 'bars', 'table');
  CREATE TYPE "public"."enum_datasets_kind" AS ENUM('numeric', 'survey');
  CREATE TYPE "public"."enum_datasets_region_level" AS ENUM('county', 'municipality');
  CREATE TYPE "public"."enum_datasets_country_reference" AS ENUM('sum', 'data', 'none');
  CREATE TYPE "public"."enum_datasets_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__datasets_v_version_default_view_regions" AS ENUM('00', '01', '03', '04', '05', '06', '07', '08', '09', '10', '12', '13', '14', '17', '18', '19', '20', '21', '22', '23', '24', '25');
  CREATE TYPE "public"."enum__datasets_v_version_default_view_view" AS ENUM('lines', 'bars', 'table');
  CREATE TYPE "public"."enum__datasets_v_version_kind" AS ENUM('numeric', 'survey');
  CREATE TYPE "public"."enum__datasets_v_version_region_level" AS ENUM('county', 'municipality');
  CREATE TYPE "public"."enum__datasets_v_version_country_reference" AS ENUM('sum', 'data', 'none');
  CREATE TYPE "public"."enum__datasets_v_version_status" AS ENUM('draft', 'published');
  CREATE TABLE "pages_blocks_statistics_regions" (
  	"order" integer NOT NULL,
  	"parent_id" varchar NOT NULL,
  	"value" "enum_pages_blocks_statistics_regions",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "pages_blocks_statistics" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"dataset_id" integer,
  	"view" "enum_pages_blocks_statistics_view" DEFAULT 'lines',
  	"from_year" numeric,
  	"to_year" numeric,
  	"year" numeric,
  	"block_name" varchar
  );
  
  CREATE TABLE "_pages_v_blocks_statistics_regions" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__pages_v_blocks_statistics_regions",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_pages_v_blocks_statistics" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"dataset_id" integer,
  	"view" "enum__pages_v_blocks_statistics_view" DEFAULT 'lines',
  	"from_year" numeric,
  	"to_year" numeric,
  	"year" numeric,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "datasets_default_view_regions" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_datasets_default_view_regions",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "datasets" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"description" varchar,
  	"indicator" varchar,
  	"unit" varchar,
  	"decimals" numeric DEFAULT 0,
  	"source_name" varchar,
  	"source_url" varchar,
  	"methodology" jsonb,
  	"observations" jsonb,
  	"default_view_view" "enum_datasets_default_view_view" DEFAULT 'lines',
  	"default_view_from_year" numeric,
  	"default_view_to_year" numeric,
  	"default_view_year" numeric,
  	"kind" "enum_datasets_kind" DEFAULT 'numeric',
  	"region_level" "enum_datasets_region_level" DEFAULT 'county',
  	"country_reference" "enum_datasets_country_reference" DEFAULT 'none',
  	"slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_datasets_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "datasets_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"topics_id" integer
  );
  
  CREATE TABLE "_datasets_v_version_default_view_regions" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__datasets_v_version_default_view_regions",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_datasets_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_description" varchar,
  	"version_indicator" varchar,
  	"version_unit" varchar,
  	"version_decimals" numeric DEFAULT 0,
  	"version_source_name" varchar,
  	"version_source_url" varchar,
  	"version_methodology" jsonb,
  	"version_observations" jsonb,
  	"version_default_view_view" "enum__datasets_v_version_default_view_view" DEFAULT 'lines',
  	"version_default_view_from_year" numeric,
  	"version_default_view_to_year" numeric,
  	"version_default_view_year" numeric,
  	"version_kind" "enum__datasets_v_version_kind" DEFAULT 'numeric',
  	"version_region_level" "enum__datasets_v_version_region_level" DEFAULT 'county',
  	"version_country_reference" "enum__datasets_v_version_country_reference" DEFAULT 'none',
  	"version_slug" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__datasets_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "_datasets_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"topics_id" integer
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "datasets_id" integer;
  ALTER TABLE "pages_blocks_statistics_regions" ADD CONSTRAINT "pages_blocks_statistics_regions_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."pages_blocks_statistics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_statistics" ADD CONSTRAINT "pages_blocks_statistics_dataset_id_datasets_id_fk" FOREIGN KEY ("dataset_id") REFERENCES "public"."datasets"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "pages_blocks_statistics" ADD CONSTRAINT "pages_blocks_statistics_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_statistics_regions" ADD CONSTRAINT "_pages_v_blocks_statistics_regions_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_pages_v_blocks_statistics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_statistics" ADD CONSTRAINT "_pages_v_blocks_statistics_dataset_id_datasets_id_fk" FOREIGN KEY ("dataset_id") REFERENCES "public"."datasets"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_statistics" ADD CONSTRAINT "_pages_v_blocks_statistics_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "datasets_default_view_regions" ADD CONSTRAINT "datasets_default_view_regions_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."datasets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "datasets_rels" ADD CONSTRAINT "datasets_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."datasets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "datasets_rels" ADD CONSTRAINT "datasets_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_datasets_v_version_default_view_regions" ADD CONSTRAINT "_datasets_v_version_default_view_regions_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_datasets_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_datasets_v" ADD CONSTRAINT "_datasets_v_parent_id_datasets_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."datasets"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_datasets_v_rels" ADD CONSTRAINT "_datasets_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_datasets_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_datasets_v_rels" ADD CONSTRAINT "_datasets_v_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "pages_blocks_statistics_regions_order_idx" ON "pages_blocks_statistics_regions" USING btree ("order");
  CREATE INDEX "pages_blocks_statistics_regions_parent_idx" ON "pages_blocks_statistics_regions" USING btree ("parent_id");
  CREATE INDEX "pages_blocks_statistics_order_idx" ON "pages_blocks_statistics" USING btree ("_order");
  CREATE INDEX "pages_blocks_statistics_parent_id_idx" ON "pages_blocks_statistics" USING btree ("_parent_id");
  CREATE INDEX "pages_blocks_statistics_path_idx" ON "pages_blocks_statistics" USING btree ("_path");
  CREATE INDEX "pages_blocks_statistics_dataset_idx" ON "pages_blocks_statistics" USING btree ("dataset_id");
  CREATE INDEX "_pages_v_blocks_statistics_regions_order_idx" ON "_pages_v_blocks_statistics_regions" USING btree ("order");
  CREATE INDEX "_pages_v_blocks_statistics_regions_parent_idx" ON "_pages_v_blocks_statistics_regions" USING btree ("parent_id");
  CREATE INDEX "_pages_v_blocks_statistics_order_idx" ON "_pages_v_blocks_statistics" USING btree ("_order");
  CREATE INDEX "_pages_v_blocks_statistics_parent_id_idx" ON "_pages_v_blocks_statistics" USING btree ("_parent_id");
  CREATE INDEX "_pages_v_blocks_statistics_path_idx" ON "_pages_v_blocks_statistics" USING btree ("_path");
  CREATE INDEX "_pages_v_blocks_statistics_dataset_idx" ON "_pages_v_blocks_statistics" USING btree ("dataset_id");
  CREATE INDEX "datasets_default_view_regions_order_idx" ON "datasets_default_view_regions" USING btree ("order");
  CREATE INDEX "datasets_default_view_regions_parent_idx" ON "datasets_default_view_regions" USING btree ("parent_id");
  CREATE UNIQUE INDEX "datasets_slug_idx" ON "datasets" USING btree ("slug");
  CREATE INDEX "datasets_updated_at_idx" ON "datasets" USING btree ("updated_at");
  CREATE INDEX "datasets_created_at_idx" ON "datasets" USING btree ("created_at");
  CREATE INDEX "datasets__status_idx" ON "datasets" USING btree ("_status");
  CREATE INDEX "datasets_rels_order_idx" ON "datasets_rels" USING btree ("order");
  CREATE INDEX "datasets_rels_parent_idx" ON "datasets_rels" USING btree ("parent_id");
  CREATE INDEX "datasets_rels_path_idx" ON "datasets_rels" USING btree ("path");
  CREATE INDEX "datasets_rels_topics_id_idx" ON "datasets_rels" USING btree ("topics_id");
  CREATE INDEX "_datasets_v_version_default_view_regions_order_idx" ON "_datasets_v_version_default_view_regions" USING btree ("order");
  CREATE INDEX "_datasets_v_version_default_view_regions_parent_idx" ON "_datasets_v_version_default_view_regions" USING btree ("parent_id");
  CREATE INDEX "_datasets_v_parent_idx" ON "_datasets_v" USING btree ("parent_id");
  CREATE INDEX "_datasets_v_version_version_slug_idx" ON "_datasets_v" USING btree ("version_slug");
  CREATE INDEX "_datasets_v_version_version_updated_at_idx" ON "_datasets_v" USING btree ("version_updated_at");
  CREATE INDEX "_datasets_v_version_version_created_at_idx" ON "_datasets_v" USING btree ("version_created_at");
  CREATE INDEX "_datasets_v_version_version__status_idx" ON "_datasets_v" USING btree ("version__status");
  CREATE INDEX "_datasets_v_created_at_idx" ON "_datasets_v" USING btree ("created_at");
  CREATE INDEX "_datasets_v_updated_at_idx" ON "_datasets_v" USING btree ("updated_at");
  CREATE INDEX "_datasets_v_latest_idx" ON "_datasets_v" USING btree ("latest");
  CREATE INDEX "_datasets_v_autosave_idx" ON "_datasets_v" USING btree ("autosave");
  CREATE INDEX "_datasets_v_rels_order_idx" ON "_datasets_v_rels" USING btree ("order");
  CREATE INDEX "_datasets_v_rels_parent_idx" ON "_datasets_v_rels" USING btree ("parent_id");
  CREATE INDEX "_datasets_v_rels_path_idx" ON "_datasets_v_rels" USING btree ("path");
  CREATE INDEX "_datasets_v_rels_topics_id_idx" ON "_datasets_v_rels" USING btree ("topics_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_datasets_fk" FOREIGN KEY ("datasets_id") REFERENCES "public"."datasets"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_datasets_id_idx" ON "payload_locked_documents_rels" USING btree ("datasets_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "pages_blocks_statistics_regions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "pages_blocks_statistics" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_pages_v_blocks_statistics_regions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_pages_v_blocks_statistics" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "datasets_default_view_regions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "datasets" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "datasets_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_datasets_v_version_default_view_regions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_datasets_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_datasets_v_rels" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "pages_blocks_statistics_regions" CASCADE;
  DROP TABLE "pages_blocks_statistics" CASCADE;
  DROP TABLE "_pages_v_blocks_statistics_regions" CASCADE;
  DROP TABLE "_pages_v_blocks_statistics" CASCADE;
  DROP TABLE "datasets_default_view_regions" CASCADE;
  DROP TABLE "datasets" CASCADE;
  DROP TABLE "datasets_rels" CASCADE;
  DROP TABLE "_datasets_v_version_default_view_regions" CASCADE;
  DROP TABLE "_datasets_v" CASCADE;
  DROP TABLE "_datasets_v_rels" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_datasets_fk";
  
  DROP INDEX "payload_locked_documents_rels_datasets_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "datasets_id";
  DROP TYPE "public"."enum_pages_blocks_statistics_regions";
  DROP TYPE "public"."enum_pages_blocks_statistics_view";
  DROP TYPE "public"."enum__pages_v_blocks_statistics_regions";
  DROP TYPE "public"."enum__pages_v_blocks_statistics_view";
  DROP TYPE "public"."enum_datasets_default_view_regions";
  DROP TYPE "public"."enum_datasets_default_view_view";
  DROP TYPE "public"."enum_datasets_kind";
  DROP TYPE "public"."enum_datasets_region_level";
  DROP TYPE "public"."enum_datasets_country_reference";
  DROP TYPE "public"."enum_datasets_status";
  DROP TYPE "public"."enum__datasets_v_version_default_view_regions";
  DROP TYPE "public"."enum__datasets_v_version_default_view_view";
  DROP TYPE "public"."enum__datasets_v_version_kind";
  DROP TYPE "public"."enum__datasets_v_version_region_level";
  DROP TYPE "public"."enum__datasets_v_version_country_reference";
  DROP TYPE "public"."enum__datasets_v_version_status";`)
}
