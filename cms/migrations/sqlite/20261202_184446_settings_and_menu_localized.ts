import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`site_settings_locales\` (
  	\`site_name\` text NOT NULL,
  	\`organisation\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`site_settings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  // The names stay as they were, as the Swedish ones (the generated migration drops them).
  await db.run(sql`INSERT INTO \`site_settings_locales\` (\`site_name\`, \`organisation\`, \`_locale\`, \`_parent_id\`) SELECT COALESCE(\`site_name\`, ''), COALESCE(\`organisation\`, ''), 'sv', \`id\` FROM \`site_settings\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`site_settings_locales_locale_parent_id_unique\` ON \`site_settings_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`DROP INDEX \`site_settings_rels_pages_id_idx\`;`)
  await db.run(sql`DROP INDEX \`site_settings_rels_reports_id_idx\`;`)
  await db.run(sql`ALTER TABLE \`site_settings_rels\` ADD \`locale\` text;`)
  await db.run(sql`UPDATE \`site_settings_rels\` SET \`locale\` = 'sv';`)
  await db.run(sql`CREATE INDEX \`site_settings_rels_locale_idx\` ON \`site_settings_rels\` (\`locale\`);`)
  await db.run(sql`CREATE INDEX \`site_settings_rels_pages_id_idx\` ON \`site_settings_rels\` (\`pages_id\`,\`locale\`);`)
  await db.run(sql`CREATE INDEX \`site_settings_rels_reports_id_idx\` ON \`site_settings_rels\` (\`reports_id\`,\`locale\`);`)
  await db.run(sql`DROP INDEX \`navigation_rels_pages_id_idx\`;`)
  await db.run(sql`DROP INDEX \`navigation_rels_reports_id_idx\`;`)
  await db.run(sql`ALTER TABLE \`navigation_rels\` ADD \`locale\` text;`)
  await db.run(sql`UPDATE \`navigation_rels\` SET \`locale\` = 'sv';`)
  await db.run(sql`CREATE INDEX \`navigation_rels_locale_idx\` ON \`navigation_rels\` (\`locale\`);`)
  await db.run(sql`CREATE INDEX \`navigation_rels_pages_id_idx\` ON \`navigation_rels\` (\`pages_id\`,\`locale\`);`)
  await db.run(sql`CREATE INDEX \`navigation_rels_reports_id_idx\` ON \`navigation_rels\` (\`reports_id\`,\`locale\`);`)
  await db.run(sql`ALTER TABLE \`site_settings_footer_links\` ADD \`_locale\` text NOT NULL DEFAULT 'sv';`)
  await db.run(sql`CREATE INDEX \`site_settings_footer_links_locale_idx\` ON \`site_settings_footer_links\` (\`_locale\`);`)
  await db.run(sql`ALTER TABLE \`navigation_items\` ADD \`_locale\` text NOT NULL DEFAULT 'sv';`)
  await db.run(sql`CREATE INDEX \`navigation_items_locale_idx\` ON \`navigation_items\` (\`_locale\`);`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`site_name\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`organisation\`;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`site_settings_footer_links_locale_idx\`;`)
  await db.run(sql`DELETE FROM \`site_settings_footer_links\` WHERE \`_locale\` <> 'sv';`)
  await db.run(sql`ALTER TABLE \`site_settings_footer_links\` DROP COLUMN \`_locale\`;`)
  await db.run(sql`DROP INDEX \`site_settings_rels_locale_idx\`;`)
  await db.run(sql`DROP INDEX \`site_settings_rels_pages_id_idx\`;`)
  await db.run(sql`DROP INDEX \`site_settings_rels_reports_id_idx\`;`)
  await db.run(sql`CREATE INDEX \`site_settings_rels_pages_id_idx\` ON \`site_settings_rels\` (\`pages_id\`);`)
  await db.run(sql`CREATE INDEX \`site_settings_rels_reports_id_idx\` ON \`site_settings_rels\` (\`reports_id\`);`)
  await db.run(sql`DELETE FROM \`site_settings_rels\` WHERE \`locale\` <> 'sv';`)
  await db.run(sql`ALTER TABLE \`site_settings_rels\` DROP COLUMN \`locale\`;`)
  await db.run(sql`DROP INDEX \`navigation_items_locale_idx\`;`)
  await db.run(sql`DELETE FROM \`navigation_items\` WHERE \`_locale\` <> 'sv';`)
  await db.run(sql`ALTER TABLE \`navigation_items\` DROP COLUMN \`_locale\`;`)
  await db.run(sql`DROP INDEX \`navigation_rels_locale_idx\`;`)
  await db.run(sql`DROP INDEX \`navigation_rels_pages_id_idx\`;`)
  await db.run(sql`DROP INDEX \`navigation_rels_reports_id_idx\`;`)
  await db.run(sql`CREATE INDEX \`navigation_rels_pages_id_idx\` ON \`navigation_rels\` (\`pages_id\`);`)
  await db.run(sql`CREATE INDEX \`navigation_rels_reports_id_idx\` ON \`navigation_rels\` (\`reports_id\`);`)
  await db.run(sql`DELETE FROM \`navigation_rels\` WHERE \`locale\` <> 'sv';`)
  await db.run(sql`ALTER TABLE \`navigation_rels\` DROP COLUMN \`locale\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`site_name\` text NOT NULL DEFAULT '';`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`organisation\` text NOT NULL DEFAULT '';`)
  // The Swedish names back; English ones do not survive going down.
  await db.run(sql`UPDATE \`site_settings\` SET \`site_name\` = (SELECT \`site_name\` FROM \`site_settings_locales\` l WHERE l.\`_parent_id\` = \`site_settings\`.\`id\` AND l.\`_locale\` = 'sv'), \`organisation\` = (SELECT \`organisation\` FROM \`site_settings_locales\` l WHERE l.\`_parent_id\` = \`site_settings\`.\`id\` AND l.\`_locale\` = 'sv');`)
  await db.run(sql`DROP TABLE \`site_settings_locales\`;`)
}
