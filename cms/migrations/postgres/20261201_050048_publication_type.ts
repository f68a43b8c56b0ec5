import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_reports_type" AS ENUM('rapport', 'promemoria', 'kunskapsoversikt', 'utvardering');
  CREATE TYPE "public"."enum__reports_v_version_type" AS ENUM('rapport', 'promemoria', 'kunskapsoversikt', 'utvardering');
  ALTER TABLE "reports" ADD COLUMN "type" "enum_reports_type" DEFAULT 'rapport';
  ALTER TABLE "_reports_v" ADD COLUMN "version_type" "enum__reports_v_version_type" DEFAULT 'rapport';`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "reports" DROP COLUMN "type";
  ALTER TABLE "_reports_v" DROP COLUMN "version_type";
  DROP TYPE "public"."enum_reports_type";
  DROP TYPE "public"."enum__reports_v_version_type";`)
}
