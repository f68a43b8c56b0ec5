import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`pages_locales\` (
  	\`title\` text,
  	\`lead\` text,
  	\`meta_title\` text,
  	\`meta_description\` text,
  	\`meta_image_id\` integer,
  	\`slug\` text,
  	\`path\` text,
  	\`_status\` text DEFAULT 'draft',
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`meta_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  // Keep what the pages say: their text becomes the Swedish version (Payload's generated migration drops it).
  await db.run(sql`INSERT INTO \`pages_locales\` (\`title\`, \`lead\`, \`meta_title\`, \`meta_description\`, \`meta_image_id\`, \`slug\`, \`path\`, \`_status\`, \`_locale\`, \`_parent_id\`) SELECT \`title\`, \`lead\`, \`meta_title\`, \`meta_description\`, \`meta_image_id\`, \`slug\`, \`path\`, \`_status\`, 'sv', \`id\` FROM \`pages\`;`)
  await db.run(sql`CREATE TABLE \`_pages_v_locales\` (
  	\`version_title\` text,
  	\`version_lead\` text,
  	\`version_meta_title\` text,
  	\`version_meta_description\` text,
  	\`version_meta_image_id\` integer,
  	\`version_slug\` text,
  	\`version_path\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`version_meta_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_pages_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`_pages_v_locales\` (\`version_title\`, \`version_lead\`, \`version_meta_title\`, \`version_meta_description\`, \`version_meta_image_id\`, \`version_slug\`, \`version_path\`, \`version__status\`, \`_locale\`, \`_parent_id\`) SELECT \`version_title\`, \`version_lead\`, \`version_meta_title\`, \`version_meta_description\`, \`version_meta_image_id\`, \`version_slug\`, \`version_path\`, \`version__status\`, 'sv', \`id\` FROM \`_pages_v\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_pages\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`hero_image_id\` integer,
  	\`parent_id\` integer,
  	\`language\` text DEFAULT 'sv',
  	\`easy_to_read\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`hero_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_pages\`("id", "hero_image_id", "parent_id", "language", "easy_to_read", "updated_at", "created_at") SELECT "id", "hero_image_id", "parent_id", "language", "easy_to_read", "updated_at", "created_at" FROM \`pages\`;`)
  await db.run(sql`DROP TABLE \`pages\`;`)
  await db.run(sql`ALTER TABLE \`__new_pages\` RENAME TO \`pages\`;`)
  await db.run(sql`CREATE INDEX \`pages_hero_image_idx\` ON \`pages\` (\`hero_image_id\`);`)
  await db.run(sql`CREATE INDEX \`pages_parent_idx\` ON \`pages\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`pages_updated_at_idx\` ON \`pages\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`pages_created_at_idx\` ON \`pages\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new__pages_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_hero_image_id\` integer,
  	\`version_parent_id\` integer,
  	\`version_language\` text DEFAULT 'sv',
  	\`version_easy_to_read\` integer DEFAULT false,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_hero_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_parent_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__pages_v\`("id", "parent_id", "version_hero_image_id", "version_parent_id", "version_language", "version_easy_to_read", "version_updated_at", "version_created_at", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave") SELECT "id", "parent_id", "version_hero_image_id", "version_parent_id", "version_language", "version_easy_to_read", "version_updated_at", "version_created_at", "created_at", "updated_at", NULL, NULL, "latest", "autosave" FROM \`_pages_v\`;`)
  await db.run(sql`DROP TABLE \`_pages_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__pages_v\` RENAME TO \`_pages_v\`;`)
  // Drizzle turns the checks back on between the two tables: dropping the old versions table would then delete
  // every version's blocks, relations and texts with it.
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`_pages_v_parent_idx\` ON \`_pages_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_version_hero_image_idx\` ON \`_pages_v\` (\`version_hero_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_version_parent_idx\` ON \`_pages_v\` (\`version_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_version_updated_at_idx\` ON \`_pages_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_version_created_at_idx\` ON \`_pages_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_created_at_idx\` ON \`_pages_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_updated_at_idx\` ON \`_pages_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_snapshot_idx\` ON \`_pages_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_published_locale_idx\` ON \`_pages_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_latest_idx\` ON \`_pages_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_autosave_idx\` ON \`_pages_v\` (\`autosave\`);`)
  await db.run(sql`DROP INDEX \`pages_rels_reports_id_idx\`;`)
  await db.run(sql`DROP INDEX \`pages_rels_pages_id_idx\`;`)
  await db.run(sql`ALTER TABLE \`pages_rels\` ADD \`locale\` text;`)
  await db.run(sql`UPDATE \`pages_rels\` SET \`locale\` = 'sv';`)
  await db.run(sql`CREATE INDEX \`pages_rels_locale_idx\` ON \`pages_rels\` (\`locale\`);`)
  await db.run(sql`CREATE INDEX \`pages_rels_reports_id_idx\` ON \`pages_rels\` (\`reports_id\`,\`locale\`);`)
  await db.run(sql`CREATE INDEX \`pages_rels_pages_id_idx\` ON \`pages_rels\` (\`pages_id\`,\`locale\`);`)
  await db.run(sql`DROP INDEX \`_pages_v_rels_reports_id_idx\`;`)
  await db.run(sql`DROP INDEX \`_pages_v_rels_pages_id_idx\`;`)
  await db.run(sql`ALTER TABLE \`_pages_v_rels\` ADD \`locale\` text;`)
  await db.run(sql`UPDATE \`_pages_v_rels\` SET \`locale\` = 'sv';`)
  await db.run(sql`CREATE INDEX \`_pages_v_rels_locale_idx\` ON \`_pages_v_rels\` (\`locale\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_rels_reports_id_idx\` ON \`_pages_v_rels\` (\`reports_id\`,\`locale\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_rels_pages_id_idx\` ON \`_pages_v_rels\` (\`pages_id\`,\`locale\`);`)
  await db.run(sql`ALTER TABLE \`pages_blocks_rich_text\` ADD \`_locale\` text NOT NULL DEFAULT 'sv';`)
  await db.run(sql`CREATE INDEX \`pages_blocks_rich_text_locale_idx\` ON \`pages_blocks_rich_text\` (\`_locale\`);`)
  await db.run(sql`ALTER TABLE \`pages_blocks_teaser_list_items\` ADD \`_locale\` text NOT NULL DEFAULT 'sv';`)
  await db.run(sql`CREATE INDEX \`pages_blocks_teaser_list_items_locale_idx\` ON \`pages_blocks_teaser_list_items\` (\`_locale\`);`)
  await db.run(sql`ALTER TABLE \`pages_blocks_teaser_list\` ADD \`_locale\` text NOT NULL DEFAULT 'sv';`)
  await db.run(sql`CREATE INDEX \`pages_blocks_teaser_list_locale_idx\` ON \`pages_blocks_teaser_list\` (\`_locale\`);`)
  await db.run(sql`ALTER TABLE \`pages_blocks_report_list\` ADD \`_locale\` text NOT NULL DEFAULT 'sv';`)
  await db.run(sql`CREATE INDEX \`pages_blocks_report_list_locale_idx\` ON \`pages_blocks_report_list\` (\`_locale\`);`)
  await db.run(sql`ALTER TABLE \`pages_blocks_statistics_regions\` ADD \`locale\` text NOT NULL DEFAULT 'sv';`)
  await db.run(sql`CREATE INDEX \`pages_blocks_statistics_regions_locale_idx\` ON \`pages_blocks_statistics_regions\` (\`locale\`);`)
  await db.run(sql`ALTER TABLE \`pages_blocks_statistics\` ADD \`_locale\` text NOT NULL DEFAULT 'sv';`)
  await db.run(sql`CREATE INDEX \`pages_blocks_statistics_locale_idx\` ON \`pages_blocks_statistics\` (\`_locale\`);`)
  await db.run(sql`ALTER TABLE \`pages_blocks_call_to_action\` ADD \`_locale\` text NOT NULL DEFAULT 'sv';`)
  await db.run(sql`CREATE INDEX \`pages_blocks_call_to_action_locale_idx\` ON \`pages_blocks_call_to_action\` (\`_locale\`);`)
  await db.run(sql`ALTER TABLE \`pages_blocks_form\` ADD \`_locale\` text NOT NULL DEFAULT 'sv';`)
  await db.run(sql`CREATE INDEX \`pages_blocks_form_locale_idx\` ON \`pages_blocks_form\` (\`_locale\`);`)
  await db.run(sql`ALTER TABLE \`pages_breadcrumbs\` ADD \`_locale\` text NOT NULL DEFAULT 'sv';`)
  await db.run(sql`CREATE INDEX \`pages_breadcrumbs_locale_idx\` ON \`pages_breadcrumbs\` (\`_locale\`);`)
  await db.run(sql`ALTER TABLE \`_pages_v_blocks_rich_text\` ADD \`_locale\` text NOT NULL DEFAULT 'sv';`)
  await db.run(sql`CREATE INDEX \`_pages_v_blocks_rich_text_locale_idx\` ON \`_pages_v_blocks_rich_text\` (\`_locale\`);`)
  await db.run(sql`ALTER TABLE \`_pages_v_blocks_teaser_list_items\` ADD \`_locale\` text NOT NULL DEFAULT 'sv';`)
  await db.run(sql`CREATE INDEX \`_pages_v_blocks_teaser_list_items_locale_idx\` ON \`_pages_v_blocks_teaser_list_items\` (\`_locale\`);`)
  await db.run(sql`ALTER TABLE \`_pages_v_blocks_teaser_list\` ADD \`_locale\` text NOT NULL DEFAULT 'sv';`)
  await db.run(sql`CREATE INDEX \`_pages_v_blocks_teaser_list_locale_idx\` ON \`_pages_v_blocks_teaser_list\` (\`_locale\`);`)
  await db.run(sql`ALTER TABLE \`_pages_v_blocks_report_list\` ADD \`_locale\` text NOT NULL DEFAULT 'sv';`)
  await db.run(sql`CREATE INDEX \`_pages_v_blocks_report_list_locale_idx\` ON \`_pages_v_blocks_report_list\` (\`_locale\`);`)
  await db.run(sql`ALTER TABLE \`_pages_v_blocks_statistics_regions\` ADD \`locale\` text NOT NULL DEFAULT 'sv';`)
  await db.run(sql`CREATE INDEX \`_pages_v_blocks_statistics_regions_locale_idx\` ON \`_pages_v_blocks_statistics_regions\` (\`locale\`);`)
  await db.run(sql`ALTER TABLE \`_pages_v_blocks_statistics\` ADD \`_locale\` text NOT NULL DEFAULT 'sv';`)
  await db.run(sql`CREATE INDEX \`_pages_v_blocks_statistics_locale_idx\` ON \`_pages_v_blocks_statistics\` (\`_locale\`);`)
  await db.run(sql`ALTER TABLE \`_pages_v_blocks_call_to_action\` ADD \`_locale\` text NOT NULL DEFAULT 'sv';`)
  await db.run(sql`CREATE INDEX \`_pages_v_blocks_call_to_action_locale_idx\` ON \`_pages_v_blocks_call_to_action\` (\`_locale\`);`)
  await db.run(sql`ALTER TABLE \`_pages_v_blocks_form\` ADD \`_locale\` text NOT NULL DEFAULT 'sv';`)
  await db.run(sql`CREATE INDEX \`_pages_v_blocks_form_locale_idx\` ON \`_pages_v_blocks_form\` (\`_locale\`);`)
  await db.run(sql`ALTER TABLE \`_pages_v_version_breadcrumbs\` ADD \`_locale\` text NOT NULL DEFAULT 'sv';`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_breadcrumbs_locale_idx\` ON \`_pages_v_version_breadcrumbs\` (\`_locale\`);`)
  await db.run(sql`ALTER TABLE \`_reports_v\` ADD \`snapshot\` integer;`)
  await db.run(sql`ALTER TABLE \`_reports_v\` ADD \`published_locale\` text;`)
  await db.run(sql`CREATE INDEX \`_reports_v_snapshot_idx\` ON \`_reports_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_published_locale_idx\` ON \`_reports_v\` (\`published_locale\`);`)
  await db.run(sql`ALTER TABLE \`_datasets_v\` ADD \`snapshot\` integer;`)
  await db.run(sql`ALTER TABLE \`_datasets_v\` ADD \`published_locale\` text;`)
  await db.run(sql`CREATE INDEX \`_datasets_v_snapshot_idx\` ON \`_datasets_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_datasets_v_published_locale_idx\` ON \`_datasets_v\` (\`published_locale\`);`)
  await db.run(sql`ALTER TABLE \`_privacy_notices_v\` ADD \`snapshot\` integer;`)
  await db.run(sql`ALTER TABLE \`_privacy_notices_v\` ADD \`published_locale\` text;`)
  await db.run(sql`CREATE INDEX \`_privacy_notices_v_snapshot_idx\` ON \`_privacy_notices_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_privacy_notices_v_published_locale_idx\` ON \`_privacy_notices_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`pages_meta_meta_image_idx\` ON \`pages_locales\` (\`meta_image_id\`);`)
  await db.run(sql`CREATE INDEX \`pages_slug_idx\` ON \`pages_locales\` (\`slug\`,\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`pages_path_idx\` ON \`pages_locales\` (\`path\`,\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`pages__status_idx\` ON \`pages_locales\` (\`_status\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`pages_locales_locale_parent_id_unique\` ON \`pages_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_meta_version_meta_image_idx\` ON \`_pages_v_locales\` (\`version_meta_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_version_slug_idx\` ON \`_pages_v_locales\` (\`version_slug\`,\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_version_path_idx\` ON \`_pages_v_locales\` (\`version_path\`,\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_version__status_idx\` ON \`_pages_v_locales\` (\`version__status\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`_pages_v_locales_locale_parent_id_unique\` ON \`_pages_v_locales\` (\`_locale\`,\`_parent_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`pages_blocks_rich_text_locale_idx\`;`)
  await db.run(sql`DELETE FROM \`pages_blocks_rich_text\` WHERE \`_locale\` <> 'sv';`)
  await db.run(sql`ALTER TABLE \`pages_blocks_rich_text\` DROP COLUMN \`_locale\`;`)
  await db.run(sql`DROP INDEX \`pages_blocks_teaser_list_items_locale_idx\`;`)
  await db.run(sql`DELETE FROM \`pages_blocks_teaser_list_items\` WHERE \`_locale\` <> 'sv';`)
  await db.run(sql`ALTER TABLE \`pages_blocks_teaser_list_items\` DROP COLUMN \`_locale\`;`)
  await db.run(sql`DROP INDEX \`pages_blocks_teaser_list_locale_idx\`;`)
  await db.run(sql`DELETE FROM \`pages_blocks_teaser_list\` WHERE \`_locale\` <> 'sv';`)
  await db.run(sql`ALTER TABLE \`pages_blocks_teaser_list\` DROP COLUMN \`_locale\`;`)
  await db.run(sql`DROP INDEX \`pages_blocks_report_list_locale_idx\`;`)
  await db.run(sql`DELETE FROM \`pages_blocks_report_list\` WHERE \`_locale\` <> 'sv';`)
  await db.run(sql`ALTER TABLE \`pages_blocks_report_list\` DROP COLUMN \`_locale\`;`)
  await db.run(sql`DROP INDEX \`pages_blocks_statistics_regions_locale_idx\`;`)
  await db.run(sql`DELETE FROM \`pages_blocks_statistics_regions\` WHERE \`locale\` <> 'sv';`)
  await db.run(sql`ALTER TABLE \`pages_blocks_statistics_regions\` DROP COLUMN \`locale\`;`)
  await db.run(sql`DROP INDEX \`pages_blocks_statistics_locale_idx\`;`)
  await db.run(sql`DELETE FROM \`pages_blocks_statistics\` WHERE \`_locale\` <> 'sv';`)
  await db.run(sql`ALTER TABLE \`pages_blocks_statistics\` DROP COLUMN \`_locale\`;`)
  await db.run(sql`DROP INDEX \`pages_blocks_call_to_action_locale_idx\`;`)
  await db.run(sql`DELETE FROM \`pages_blocks_call_to_action\` WHERE \`_locale\` <> 'sv';`)
  await db.run(sql`ALTER TABLE \`pages_blocks_call_to_action\` DROP COLUMN \`_locale\`;`)
  await db.run(sql`DROP INDEX \`pages_blocks_form_locale_idx\`;`)
  await db.run(sql`DELETE FROM \`pages_blocks_form\` WHERE \`_locale\` <> 'sv';`)
  await db.run(sql`ALTER TABLE \`pages_blocks_form\` DROP COLUMN \`_locale\`;`)
  await db.run(sql`DROP INDEX \`pages_breadcrumbs_locale_idx\`;`)
  await db.run(sql`DELETE FROM \`pages_breadcrumbs\` WHERE \`_locale\` <> 'sv';`)
  await db.run(sql`ALTER TABLE \`pages_breadcrumbs\` DROP COLUMN \`_locale\`;`)
  await db.run(sql`DROP INDEX \`pages_rels_locale_idx\`;`)
  await db.run(sql`DROP INDEX \`pages_rels_reports_id_idx\`;`)
  await db.run(sql`DROP INDEX \`pages_rels_pages_id_idx\`;`)
  await db.run(sql`CREATE INDEX \`pages_rels_reports_id_idx\` ON \`pages_rels\` (\`reports_id\`);`)
  await db.run(sql`CREATE INDEX \`pages_rels_pages_id_idx\` ON \`pages_rels\` (\`pages_id\`);`)
  await db.run(sql`DELETE FROM \`pages_rels\` WHERE \`locale\` <> 'sv';`)
  await db.run(sql`ALTER TABLE \`pages_rels\` DROP COLUMN \`locale\`;`)
  await db.run(sql`DROP INDEX \`_pages_v_blocks_rich_text_locale_idx\`;`)
  await db.run(sql`DELETE FROM \`_pages_v_blocks_rich_text\` WHERE \`_locale\` <> 'sv';`)
  await db.run(sql`ALTER TABLE \`_pages_v_blocks_rich_text\` DROP COLUMN \`_locale\`;`)
  await db.run(sql`DROP INDEX \`_pages_v_blocks_teaser_list_items_locale_idx\`;`)
  await db.run(sql`DELETE FROM \`_pages_v_blocks_teaser_list_items\` WHERE \`_locale\` <> 'sv';`)
  await db.run(sql`ALTER TABLE \`_pages_v_blocks_teaser_list_items\` DROP COLUMN \`_locale\`;`)
  await db.run(sql`DROP INDEX \`_pages_v_blocks_teaser_list_locale_idx\`;`)
  await db.run(sql`DELETE FROM \`_pages_v_blocks_teaser_list\` WHERE \`_locale\` <> 'sv';`)
  await db.run(sql`ALTER TABLE \`_pages_v_blocks_teaser_list\` DROP COLUMN \`_locale\`;`)
  await db.run(sql`DROP INDEX \`_pages_v_blocks_report_list_locale_idx\`;`)
  await db.run(sql`DELETE FROM \`_pages_v_blocks_report_list\` WHERE \`_locale\` <> 'sv';`)
  await db.run(sql`ALTER TABLE \`_pages_v_blocks_report_list\` DROP COLUMN \`_locale\`;`)
  await db.run(sql`DROP INDEX \`_pages_v_blocks_statistics_regions_locale_idx\`;`)
  await db.run(sql`DELETE FROM \`_pages_v_blocks_statistics_regions\` WHERE \`locale\` <> 'sv';`)
  await db.run(sql`ALTER TABLE \`_pages_v_blocks_statistics_regions\` DROP COLUMN \`locale\`;`)
  await db.run(sql`DROP INDEX \`_pages_v_blocks_statistics_locale_idx\`;`)
  await db.run(sql`DELETE FROM \`_pages_v_blocks_statistics\` WHERE \`_locale\` <> 'sv';`)
  await db.run(sql`ALTER TABLE \`_pages_v_blocks_statistics\` DROP COLUMN \`_locale\`;`)
  await db.run(sql`DROP INDEX \`_pages_v_blocks_call_to_action_locale_idx\`;`)
  await db.run(sql`DELETE FROM \`_pages_v_blocks_call_to_action\` WHERE \`_locale\` <> 'sv';`)
  await db.run(sql`ALTER TABLE \`_pages_v_blocks_call_to_action\` DROP COLUMN \`_locale\`;`)
  await db.run(sql`DROP INDEX \`_pages_v_blocks_form_locale_idx\`;`)
  await db.run(sql`DELETE FROM \`_pages_v_blocks_form\` WHERE \`_locale\` <> 'sv';`)
  await db.run(sql`ALTER TABLE \`_pages_v_blocks_form\` DROP COLUMN \`_locale\`;`)
  await db.run(sql`DROP INDEX \`_pages_v_version_breadcrumbs_locale_idx\`;`)
  await db.run(sql`DELETE FROM \`_pages_v_version_breadcrumbs\` WHERE \`_locale\` <> 'sv';`)
  await db.run(sql`ALTER TABLE \`_pages_v_version_breadcrumbs\` DROP COLUMN \`_locale\`;`)
  await db.run(sql`DROP INDEX \`_pages_v_snapshot_idx\`;`)
  await db.run(sql`DROP INDEX \`_pages_v_published_locale_idx\`;`)
  await db.run(sql`ALTER TABLE \`_pages_v\` ADD \`version_title\` text;`)
  await db.run(sql`ALTER TABLE \`_pages_v\` ADD \`version_lead\` text;`)
  await db.run(sql`ALTER TABLE \`_pages_v\` ADD \`version_meta_title\` text;`)
  await db.run(sql`ALTER TABLE \`_pages_v\` ADD \`version_meta_description\` text;`)
  await db.run(sql`ALTER TABLE \`_pages_v\` ADD \`version_meta_image_id\` integer REFERENCES media(id);`)
  await db.run(sql`ALTER TABLE \`_pages_v\` ADD \`version_slug\` text;`)
  await db.run(sql`ALTER TABLE \`_pages_v\` ADD \`version_path\` text;`)
  await db.run(sql`ALTER TABLE \`_pages_v\` ADD \`version__status\` text DEFAULT 'draft';`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_meta_version_meta_image_idx\` ON \`_pages_v\` (\`version_meta_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_version_slug_idx\` ON \`_pages_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_version_path_idx\` ON \`_pages_v\` (\`version_path\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_version__status_idx\` ON \`_pages_v\` (\`version__status\`);`)
  await db.run(sql`ALTER TABLE \`_pages_v\` DROP COLUMN \`snapshot\`;`)
  await db.run(sql`ALTER TABLE \`_pages_v\` DROP COLUMN \`published_locale\`;`)
  await db.run(sql`DROP INDEX \`_pages_v_rels_locale_idx\`;`)
  await db.run(sql`DROP INDEX \`_pages_v_rels_reports_id_idx\`;`)
  await db.run(sql`DROP INDEX \`_pages_v_rels_pages_id_idx\`;`)
  await db.run(sql`CREATE INDEX \`_pages_v_rels_reports_id_idx\` ON \`_pages_v_rels\` (\`reports_id\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_rels_pages_id_idx\` ON \`_pages_v_rels\` (\`pages_id\`);`)
  await db.run(sql`DELETE FROM \`_pages_v_rels\` WHERE \`locale\` <> 'sv';`)
  await db.run(sql`ALTER TABLE \`_pages_v_rels\` DROP COLUMN \`locale\`;`)
  await db.run(sql`DROP INDEX \`_reports_v_snapshot_idx\`;`)
  await db.run(sql`DROP INDEX \`_reports_v_published_locale_idx\`;`)
  await db.run(sql`ALTER TABLE \`_reports_v\` DROP COLUMN \`snapshot\`;`)
  await db.run(sql`ALTER TABLE \`_reports_v\` DROP COLUMN \`published_locale\`;`)
  await db.run(sql`DROP INDEX \`_datasets_v_snapshot_idx\`;`)
  await db.run(sql`DROP INDEX \`_datasets_v_published_locale_idx\`;`)
  await db.run(sql`ALTER TABLE \`_datasets_v\` DROP COLUMN \`snapshot\`;`)
  await db.run(sql`ALTER TABLE \`_datasets_v\` DROP COLUMN \`published_locale\`;`)
  await db.run(sql`DROP INDEX \`_privacy_notices_v_snapshot_idx\`;`)
  await db.run(sql`DROP INDEX \`_privacy_notices_v_published_locale_idx\`;`)
  await db.run(sql`ALTER TABLE \`_privacy_notices_v\` DROP COLUMN \`snapshot\`;`)
  await db.run(sql`ALTER TABLE \`_privacy_notices_v\` DROP COLUMN \`published_locale\`;`)
  await db.run(sql`ALTER TABLE \`pages\` ADD \`title\` text;`)
  await db.run(sql`ALTER TABLE \`pages\` ADD \`lead\` text;`)
  await db.run(sql`ALTER TABLE \`pages\` ADD \`meta_title\` text;`)
  await db.run(sql`ALTER TABLE \`pages\` ADD \`meta_description\` text;`)
  await db.run(sql`ALTER TABLE \`pages\` ADD \`meta_image_id\` integer REFERENCES media(id);`)
  await db.run(sql`ALTER TABLE \`pages\` ADD \`slug\` text;`)
  await db.run(sql`ALTER TABLE \`pages\` ADD \`path\` text;`)
  await db.run(sql`ALTER TABLE \`pages\` ADD \`_status\` text DEFAULT 'draft';`)
  await db.run(sql`CREATE INDEX \`pages_meta_meta_image_idx\` ON \`pages\` (\`meta_image_id\`);`)
  await db.run(sql`CREATE INDEX \`pages_slug_idx\` ON \`pages\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`pages_path_idx\` ON \`pages\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`pages__status_idx\` ON \`pages\` (\`_status\`);`)
  // Swedish text back into the pages; English versions (and English blocks) do not survive going down.
  await db.run(sql`UPDATE \`pages\` SET \`title\` = (SELECT \`title\` FROM \`pages_locales\` l WHERE l.\`_parent_id\` = \`pages\`.\`id\` AND l.\`_locale\` = 'sv');`)
  await db.run(sql`UPDATE \`pages\` SET \`lead\` = (SELECT \`lead\` FROM \`pages_locales\` l WHERE l.\`_parent_id\` = \`pages\`.\`id\` AND l.\`_locale\` = 'sv');`)
  await db.run(sql`UPDATE \`pages\` SET \`meta_title\` = (SELECT \`meta_title\` FROM \`pages_locales\` l WHERE l.\`_parent_id\` = \`pages\`.\`id\` AND l.\`_locale\` = 'sv');`)
  await db.run(sql`UPDATE \`pages\` SET \`meta_description\` = (SELECT \`meta_description\` FROM \`pages_locales\` l WHERE l.\`_parent_id\` = \`pages\`.\`id\` AND l.\`_locale\` = 'sv');`)
  await db.run(sql`UPDATE \`pages\` SET \`meta_image_id\` = (SELECT \`meta_image_id\` FROM \`pages_locales\` l WHERE l.\`_parent_id\` = \`pages\`.\`id\` AND l.\`_locale\` = 'sv');`)
  await db.run(sql`UPDATE \`pages\` SET \`slug\` = (SELECT \`slug\` FROM \`pages_locales\` l WHERE l.\`_parent_id\` = \`pages\`.\`id\` AND l.\`_locale\` = 'sv');`)
  await db.run(sql`UPDATE \`pages\` SET \`path\` = (SELECT \`path\` FROM \`pages_locales\` l WHERE l.\`_parent_id\` = \`pages\`.\`id\` AND l.\`_locale\` = 'sv');`)
  await db.run(sql`UPDATE \`pages\` SET \`_status\` = (SELECT \`_status\` FROM \`pages_locales\` l WHERE l.\`_parent_id\` = \`pages\`.\`id\` AND l.\`_locale\` = 'sv');`)
  await db.run(sql`UPDATE \`_pages_v\` SET \`version_title\` = (SELECT \`version_title\` FROM \`_pages_v_locales\` l WHERE l.\`_parent_id\` = \`_pages_v\`.\`id\` AND l.\`_locale\` = 'sv');`)
  await db.run(sql`UPDATE \`_pages_v\` SET \`version_lead\` = (SELECT \`version_lead\` FROM \`_pages_v_locales\` l WHERE l.\`_parent_id\` = \`_pages_v\`.\`id\` AND l.\`_locale\` = 'sv');`)
  await db.run(sql`UPDATE \`_pages_v\` SET \`version_meta_title\` = (SELECT \`version_meta_title\` FROM \`_pages_v_locales\` l WHERE l.\`_parent_id\` = \`_pages_v\`.\`id\` AND l.\`_locale\` = 'sv');`)
  await db.run(sql`UPDATE \`_pages_v\` SET \`version_meta_description\` = (SELECT \`version_meta_description\` FROM \`_pages_v_locales\` l WHERE l.\`_parent_id\` = \`_pages_v\`.\`id\` AND l.\`_locale\` = 'sv');`)
  await db.run(sql`UPDATE \`_pages_v\` SET \`version_meta_image_id\` = (SELECT \`version_meta_image_id\` FROM \`_pages_v_locales\` l WHERE l.\`_parent_id\` = \`_pages_v\`.\`id\` AND l.\`_locale\` = 'sv');`)
  await db.run(sql`UPDATE \`_pages_v\` SET \`version_slug\` = (SELECT \`version_slug\` FROM \`_pages_v_locales\` l WHERE l.\`_parent_id\` = \`_pages_v\`.\`id\` AND l.\`_locale\` = 'sv');`)
  await db.run(sql`UPDATE \`_pages_v\` SET \`version_path\` = (SELECT \`version_path\` FROM \`_pages_v_locales\` l WHERE l.\`_parent_id\` = \`_pages_v\`.\`id\` AND l.\`_locale\` = 'sv');`)
  await db.run(sql`UPDATE \`_pages_v\` SET \`version__status\` = (SELECT \`version__status\` FROM \`_pages_v_locales\` l WHERE l.\`_parent_id\` = \`_pages_v\`.\`id\` AND l.\`_locale\` = 'sv');`)
  await db.run(sql`DROP TABLE \`pages_locales\`;`)
  await db.run(sql`DROP TABLE \`_pages_v_locales\`;`)
}
