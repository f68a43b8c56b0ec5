import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_pages_blocks_statistics_view" ADD VALUE 'map' BEFORE 'table';
  ALTER TYPE "public"."enum__pages_v_blocks_statistics_view" ADD VALUE 'map' BEFORE 'table';
  ALTER TYPE "public"."enum_datasets_default_view_view" ADD VALUE 'map' BEFORE 'table';
  ALTER TYPE "public"."enum__datasets_v_version_default_view_view" ADD VALUE 'map' BEFORE 'table';`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "pages_blocks_statistics" ALTER COLUMN "view" SET DATA TYPE text;
  ALTER TABLE "pages_blocks_statistics" ALTER COLUMN "view" SET DEFAULT 'lines'::text;
  DROP TYPE "public"."enum_pages_blocks_statistics_view";
  CREATE TYPE "public"."enum_pages_blocks_statistics_view" AS ENUM('lines', 'bars', 'table', 'stacked');
  ALTER TABLE "pages_blocks_statistics" ALTER COLUMN "view" SET DEFAULT 'lines'::"public"."enum_pages_blocks_statistics_view";
  ALTER TABLE "pages_blocks_statistics" ALTER COLUMN "view" SET DATA TYPE "public"."enum_pages_blocks_statistics_view" USING "view"::"public"."enum_pages_blocks_statistics_view";
  ALTER TABLE "_pages_v_blocks_statistics" ALTER COLUMN "view" SET DATA TYPE text;
  ALTER TABLE "_pages_v_blocks_statistics" ALTER COLUMN "view" SET DEFAULT 'lines'::text;
  DROP TYPE "public"."enum__pages_v_blocks_statistics_view";
  CREATE TYPE "public"."enum__pages_v_blocks_statistics_view" AS ENUM('lines', 'bars', 'table', 'stacked');
  ALTER TABLE "_pages_v_blocks_statistics" ALTER COLUMN "view" SET DEFAULT 'lines'::"public"."enum__pages_v_blocks_statistics_view";
  ALTER TABLE "_pages_v_blocks_statistics" ALTER COLUMN "view" SET DATA TYPE "public"."enum__pages_v_blocks_statistics_view" USING "view"::"public"."enum__pages_v_blocks_statistics_view";
  ALTER TABLE "datasets" ALTER COLUMN "default_view_view" SET DATA TYPE text;
  ALTER TABLE "datasets" ALTER COLUMN "default_view_view" SET DEFAULT 'lines'::text;
  DROP TYPE "public"."enum_datasets_default_view_view";
  CREATE TYPE "public"."enum_datasets_default_view_view" AS ENUM('lines', 'bars', 'table', 'stacked');
  ALTER TABLE "datasets" ALTER COLUMN "default_view_view" SET DEFAULT 'lines'::"public"."enum_datasets_default_view_view";
  ALTER TABLE "datasets" ALTER COLUMN "default_view_view" SET DATA TYPE "public"."enum_datasets_default_view_view" USING "default_view_view"::"public"."enum_datasets_default_view_view";
  ALTER TABLE "_datasets_v" ALTER COLUMN "version_default_view_view" SET DATA TYPE text;
  ALTER TABLE "_datasets_v" ALTER COLUMN "version_default_view_view" SET DEFAULT 'lines'::text;
  DROP TYPE "public"."enum__datasets_v_version_default_view_view";
  CREATE TYPE "public"."enum__datasets_v_version_default_view_view" AS ENUM('lines', 'bars', 'table', 'stacked');
  ALTER TABLE "_datasets_v" ALTER COLUMN "version_default_view_view" SET DEFAULT 'lines'::"public"."enum__datasets_v_version_default_view_view";
  ALTER TABLE "_datasets_v" ALTER COLUMN "version_default_view_view" SET DATA TYPE "public"."enum__datasets_v_version_default_view_view" USING "version_default_view_view"::"public"."enum__datasets_v_version_default_view_view";`)
}
