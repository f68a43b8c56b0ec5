import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "feedback" ADD COLUMN "submission_id" varchar;
  CREATE INDEX "feedback_submission_id_idx" ON "feedback" USING btree ("submission_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "feedback_submission_id_idx";
  ALTER TABLE "feedback" DROP COLUMN "submission_id";`)
}
