import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`reports\` ADD \`type\` text DEFAULT 'rapport';`)
  await db.run(sql`ALTER TABLE \`_reports_v\` ADD \`version_type\` text DEFAULT 'rapport';`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`reports\` DROP COLUMN \`type\`;`)
  await db.run(sql`ALTER TABLE \`_reports_v\` DROP COLUMN \`version_type\`;`)
}
