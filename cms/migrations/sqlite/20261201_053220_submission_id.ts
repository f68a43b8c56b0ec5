import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`feedback\` ADD \`submission_id\` text;`)
  await db.run(sql`CREATE INDEX \`feedback_submission_id_idx\` ON \`feedback\` (\`submission_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`feedback_submission_id_idx\`;`)
  await db.run(sql`ALTER TABLE \`feedback\` DROP COLUMN \`submission_id\`;`)
}
