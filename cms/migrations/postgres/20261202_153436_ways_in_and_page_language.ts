import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_pages_language" AS ENUM('sv', 'en', 'fi', 'fit', 'se', 'smj', 'sma', 'rmf', 'yi', 'ar', 'fa', 'so', 'ti', 'uk');
  CREATE TYPE "public"."enum__pages_v_version_language" AS ENUM('sv', 'en', 'fi', 'fit', 'se', 'smj', 'sma', 'rmf', 'yi', 'ar', 'fa', 'so', 'ti', 'uk');
  ALTER TABLE "pages" ADD COLUMN "language" "enum_pages_language" DEFAULT 'sv';
  ALTER TABLE "pages" ADD COLUMN "easy_to_read" boolean DEFAULT false;
  ALTER TABLE "_pages_v" ADD COLUMN "version_language" "enum__pages_v_version_language" DEFAULT 'sv';
  ALTER TABLE "_pages_v" ADD COLUMN "version_easy_to_read" boolean DEFAULT false;
  ALTER TABLE "navigation" ADD COLUMN "ways_in_easy_to_read_id" integer;
  ALTER TABLE "navigation" ADD COLUMN "ways_in_sign_language_id" integer;
  ALTER TABLE "navigation" ADD COLUMN "ways_in_other_languages_id" integer;
  ALTER TABLE "navigation" ADD CONSTRAINT "navigation_ways_in_easy_to_read_id_pages_id_fk" FOREIGN KEY ("ways_in_easy_to_read_id") REFERENCES "public"."pages"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "navigation" ADD CONSTRAINT "navigation_ways_in_sign_language_id_pages_id_fk" FOREIGN KEY ("ways_in_sign_language_id") REFERENCES "public"."pages"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "navigation" ADD CONSTRAINT "navigation_ways_in_other_languages_id_pages_id_fk" FOREIGN KEY ("ways_in_other_languages_id") REFERENCES "public"."pages"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "navigation_ways_in_ways_in_easy_to_read_idx" ON "navigation" USING btree ("ways_in_easy_to_read_id");
  CREATE INDEX "navigation_ways_in_ways_in_sign_language_idx" ON "navigation" USING btree ("ways_in_sign_language_id");
  CREATE INDEX "navigation_ways_in_ways_in_other_languages_idx" ON "navigation" USING btree ("ways_in_other_languages_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "navigation" DROP CONSTRAINT "navigation_ways_in_easy_to_read_id_pages_id_fk";
  
  ALTER TABLE "navigation" DROP CONSTRAINT "navigation_ways_in_sign_language_id_pages_id_fk";
  
  ALTER TABLE "navigation" DROP CONSTRAINT "navigation_ways_in_other_languages_id_pages_id_fk";
  
  DROP INDEX "navigation_ways_in_ways_in_easy_to_read_idx";
  DROP INDEX "navigation_ways_in_ways_in_sign_language_idx";
  DROP INDEX "navigation_ways_in_ways_in_other_languages_idx";
  ALTER TABLE "pages" DROP COLUMN "language";
  ALTER TABLE "pages" DROP COLUMN "easy_to_read";
  ALTER TABLE "_pages_v" DROP COLUMN "version_language";
  ALTER TABLE "_pages_v" DROP COLUMN "version_easy_to_read";
  ALTER TABLE "navigation" DROP COLUMN "ways_in_easy_to_read_id";
  ALTER TABLE "navigation" DROP COLUMN "ways_in_sign_language_id";
  ALTER TABLE "navigation" DROP COLUMN "ways_in_other_languages_id";
  DROP TYPE "public"."enum_pages_language";
  DROP TYPE "public"."enum__pages_v_version_language";`)
}
