import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`privacy_notices_locales\` ADD \`rights\` text;`)
  await db.run(sql`ALTER TABLE \`_privacy_notices_v_locales\` ADD \`version_rights\` text;`)
  // Keep what the notices say: the text both languages shared becomes each language's (the generated migration drops it).
  await db.run(
    sql`UPDATE \`privacy_notices_locales\` SET \`rights\` = (SELECT p.\`rights\` FROM \`privacy_notices\` p WHERE p.\`id\` = \`privacy_notices_locales\`.\`_parent_id\`);`,
  )
  await db.run(
    sql`UPDATE \`_privacy_notices_v_locales\` SET \`version_rights\` = (SELECT v.\`version_rights\` FROM \`_privacy_notices_v\` v WHERE v.\`id\` = \`_privacy_notices_v_locales\`.\`_parent_id\`);`,
  )
  await db.run(sql`ALTER TABLE \`privacy_notices\` DROP COLUMN \`rights\`;`)
  await db.run(sql`ALTER TABLE \`_privacy_notices_v\` DROP COLUMN \`version_rights\`;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`privacy_notices\` ADD \`rights\` text;`)
  await db.run(sql`ALTER TABLE \`_privacy_notices_v\` ADD \`version_rights\` text;`)
  // The Swedish text back; English versions do not survive going down.
  await db.run(
    sql`UPDATE \`privacy_notices\` SET \`rights\` = (SELECT l.\`rights\` FROM \`privacy_notices_locales\` l WHERE l.\`_parent_id\` = \`privacy_notices\`.\`id\` AND l.\`_locale\` = 'sv');`,
  )
  await db.run(
    sql`UPDATE \`_privacy_notices_v\` SET \`version_rights\` = (SELECT l.\`version_rights\` FROM \`_privacy_notices_v_locales\` l WHERE l.\`_parent_id\` = \`_privacy_notices_v\`.\`id\` AND l.\`_locale\` = 'sv');`,
  )
  await db.run(sql`ALTER TABLE \`privacy_notices_locales\` DROP COLUMN \`rights\`;`)
  await db.run(sql`ALTER TABLE \`_privacy_notices_v_locales\` DROP COLUMN \`version_rights\`;`)
}
