import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

import { keepingChildRows } from '../keep-child-rows'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`editorial_settings\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`review_before_publish\` integer DEFAULT true,
  	\`review_interval_months\` numeric DEFAULT 12 NOT NULL,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`ALTER TABLE \`pages\` ADD \`review_state\` text;`)
  await db.run(sql`ALTER TABLE \`pages\` ADD \`review_requested_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`pages\` ADD \`review_requested_at\` text;`)
  await db.run(sql`ALTER TABLE \`pages\` ADD \`review_comment\` text;`)
  await db.run(sql`ALTER TABLE \`pages\` ADD \`responsibility_owner_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`pages\` ADD \`responsibility_unit\` text;`)
  await db.run(sql`ALTER TABLE \`pages\` ADD \`responsibility_review_by\` text;`)
  await db.run(sql`CREATE INDEX \`pages_review_review_requested_by_idx\` ON \`pages\` (\`review_requested_by_id\`);`)
  await db.run(sql`CREATE INDEX \`pages_responsibility_responsibility_owner_idx\` ON \`pages\` (\`responsibility_owner_id\`);`)
  await db.run(sql`CREATE INDEX \`pages_responsibility_responsibility_review_by_idx\` ON \`pages\` (\`responsibility_review_by\`);`)
  await db.run(sql`ALTER TABLE \`pages_locales\` ADD \`responsibility_content_updated_at\` text;`)
  await db.run(sql`ALTER TABLE \`_pages_v\` ADD \`version_review_state\` text;`)
  await db.run(sql`ALTER TABLE \`_pages_v\` ADD \`version_review_requested_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_pages_v\` ADD \`version_review_requested_at\` text;`)
  await db.run(sql`ALTER TABLE \`_pages_v\` ADD \`version_review_comment\` text;`)
  await db.run(sql`ALTER TABLE \`_pages_v\` ADD \`version_responsibility_owner_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_pages_v\` ADD \`version_responsibility_unit\` text;`)
  await db.run(sql`ALTER TABLE \`_pages_v\` ADD \`version_responsibility_review_by\` text;`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_review_version_review_requested_by_idx\` ON \`_pages_v\` (\`version_review_requested_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_responsibility_version_responsibility_o_idx\` ON \`_pages_v\` (\`version_responsibility_owner_id\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_responsibility_version_responsibility_r_idx\` ON \`_pages_v\` (\`version_responsibility_review_by\`);`)
  await db.run(sql`ALTER TABLE \`_pages_v_locales\` ADD \`version_responsibility_content_updated_at\` text;`)
  await db.run(sql`ALTER TABLE \`reports\` ADD \`review_state\` text;`)
  await db.run(sql`ALTER TABLE \`reports\` ADD \`review_requested_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`reports\` ADD \`review_requested_at\` text;`)
  await db.run(sql`ALTER TABLE \`reports\` ADD \`review_comment\` text;`)
  await db.run(sql`ALTER TABLE \`reports\` ADD \`responsibility_owner_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`reports\` ADD \`responsibility_unit\` text;`)
  await db.run(sql`ALTER TABLE \`reports\` ADD \`responsibility_review_by\` text;`)
  await db.run(sql`CREATE INDEX \`reports_review_review_requested_by_idx\` ON \`reports\` (\`review_requested_by_id\`);`)
  await db.run(sql`CREATE INDEX \`reports_responsibility_responsibility_owner_idx\` ON \`reports\` (\`responsibility_owner_id\`);`)
  await db.run(sql`CREATE INDEX \`reports_responsibility_responsibility_review_by_idx\` ON \`reports\` (\`responsibility_review_by\`);`)
  await db.run(sql`ALTER TABLE \`reports_locales\` ADD \`responsibility_content_updated_at\` text;`)
  await db.run(sql`ALTER TABLE \`_reports_v\` ADD \`version_review_state\` text;`)
  await db.run(sql`ALTER TABLE \`_reports_v\` ADD \`version_review_requested_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_reports_v\` ADD \`version_review_requested_at\` text;`)
  await db.run(sql`ALTER TABLE \`_reports_v\` ADD \`version_review_comment\` text;`)
  await db.run(sql`ALTER TABLE \`_reports_v\` ADD \`version_responsibility_owner_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_reports_v\` ADD \`version_responsibility_unit\` text;`)
  await db.run(sql`ALTER TABLE \`_reports_v\` ADD \`version_responsibility_review_by\` text;`)
  await db.run(sql`CREATE INDEX \`_reports_v_version_review_version_review_requested_by_idx\` ON \`_reports_v\` (\`version_review_requested_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_version_responsibility_version_responsibility_idx\` ON \`_reports_v\` (\`version_responsibility_owner_id\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_version_responsibility_version_responsibili_1_idx\` ON \`_reports_v\` (\`version_responsibility_review_by\`);`)
  await db.run(sql`ALTER TABLE \`_reports_v_locales\` ADD \`version_responsibility_content_updated_at\` text;`)
  await db.run(sql`ALTER TABLE \`datasets\` ADD \`review_state\` text;`)
  await db.run(sql`ALTER TABLE \`datasets\` ADD \`review_requested_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`datasets\` ADD \`review_requested_at\` text;`)
  await db.run(sql`ALTER TABLE \`datasets\` ADD \`review_comment\` text;`)
  await db.run(sql`ALTER TABLE \`datasets\` ADD \`responsibility_owner_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`datasets\` ADD \`responsibility_unit\` text;`)
  await db.run(sql`ALTER TABLE \`datasets\` ADD \`responsibility_review_by\` text;`)
  await db.run(sql`CREATE INDEX \`datasets_review_review_requested_by_idx\` ON \`datasets\` (\`review_requested_by_id\`);`)
  await db.run(sql`CREATE INDEX \`datasets_responsibility_responsibility_owner_idx\` ON \`datasets\` (\`responsibility_owner_id\`);`)
  await db.run(sql`CREATE INDEX \`datasets_responsibility_responsibility_review_by_idx\` ON \`datasets\` (\`responsibility_review_by\`);`)
  await db.run(sql`ALTER TABLE \`datasets_locales\` ADD \`responsibility_content_updated_at\` text;`)
  await db.run(sql`ALTER TABLE \`_datasets_v\` ADD \`version_review_state\` text;`)
  await db.run(sql`ALTER TABLE \`_datasets_v\` ADD \`version_review_requested_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_datasets_v\` ADD \`version_review_requested_at\` text;`)
  await db.run(sql`ALTER TABLE \`_datasets_v\` ADD \`version_review_comment\` text;`)
  await db.run(sql`ALTER TABLE \`_datasets_v\` ADD \`version_responsibility_owner_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_datasets_v\` ADD \`version_responsibility_unit\` text;`)
  await db.run(sql`ALTER TABLE \`_datasets_v\` ADD \`version_responsibility_review_by\` text;`)
  await db.run(sql`CREATE INDEX \`_datasets_v_version_review_version_review_requested_by_idx\` ON \`_datasets_v\` (\`version_review_requested_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_datasets_v_version_responsibility_version_responsibilit_idx\` ON \`_datasets_v\` (\`version_responsibility_owner_id\`);`)
  await db.run(sql`CREATE INDEX \`_datasets_v_version_responsibility_version_responsibil_1_idx\` ON \`_datasets_v\` (\`version_responsibility_review_by\`);`)
  await db.run(sql`ALTER TABLE \`_datasets_v_locales\` ADD \`version_responsibility_content_updated_at\` text;`)
  await db.run(sql`ALTER TABLE \`privacy_notices\` ADD \`review_state\` text;`)
  await db.run(sql`ALTER TABLE \`privacy_notices\` ADD \`review_requested_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`privacy_notices\` ADD \`review_requested_at\` text;`)
  await db.run(sql`ALTER TABLE \`privacy_notices\` ADD \`review_comment\` text;`)
  await db.run(sql`ALTER TABLE \`privacy_notices\` ADD \`responsibility_owner_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`privacy_notices\` ADD \`responsibility_unit\` text;`)
  await db.run(sql`ALTER TABLE \`privacy_notices\` ADD \`responsibility_review_by\` text;`)
  await db.run(sql`CREATE INDEX \`privacy_notices_review_review_requested_by_idx\` ON \`privacy_notices\` (\`review_requested_by_id\`);`)
  await db.run(sql`CREATE INDEX \`privacy_notices_responsibility_responsibility_owner_idx\` ON \`privacy_notices\` (\`responsibility_owner_id\`);`)
  await db.run(sql`CREATE INDEX \`privacy_notices_responsibility_responsibility_review_by_idx\` ON \`privacy_notices\` (\`responsibility_review_by\`);`)
  await db.run(sql`ALTER TABLE \`privacy_notices_locales\` ADD \`responsibility_content_updated_at\` text;`)
  await db.run(sql`ALTER TABLE \`_privacy_notices_v\` ADD \`version_review_state\` text;`)
  await db.run(sql`ALTER TABLE \`_privacy_notices_v\` ADD \`version_review_requested_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_privacy_notices_v\` ADD \`version_review_requested_at\` text;`)
  await db.run(sql`ALTER TABLE \`_privacy_notices_v\` ADD \`version_review_comment\` text;`)
  await db.run(sql`ALTER TABLE \`_privacy_notices_v\` ADD \`version_responsibility_owner_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_privacy_notices_v\` ADD \`version_responsibility_unit\` text;`)
  await db.run(sql`ALTER TABLE \`_privacy_notices_v\` ADD \`version_responsibility_review_by\` text;`)
  await db.run(sql`CREATE INDEX \`_privacy_notices_v_version_review_version_review_request_idx\` ON \`_privacy_notices_v\` (\`version_review_requested_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_privacy_notices_v_version_responsibility_version_respon_idx\` ON \`_privacy_notices_v\` (\`version_responsibility_owner_id\`);`)
  await db.run(sql`CREATE INDEX \`_privacy_notices_v_version_responsibility_version_resp_1_idx\` ON \`_privacy_notices_v\` (\`version_responsibility_review_by\`);`)
  await db.run(sql`ALTER TABLE \`_privacy_notices_v_locales\` ADD \`version_responsibility_content_updated_at\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  // The tables below are rebuilt without the new columns; their languages, relations and arrays are kept.
  await keepingChildRows(db, ['pages', '_pages_v', 'reports', '_reports_v', 'datasets', '_datasets_v', 'privacy_notices', '_privacy_notices_v'], async () => {
    // Publishers go back to being editors (the role did not exist before).
    await db.run(sql`UPDATE \`users_roles\` SET \`value\` = 'editor' WHERE \`value\` = 'publisher';`)
    await db.run(sql`DROP TABLE \`editorial_settings\`;`)
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
    await db.run(sql`PRAGMA foreign_keys=ON;`)
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
    await db.run(sql`INSERT INTO \`__new__pages_v\`("id", "parent_id", "version_hero_image_id", "version_parent_id", "version_language", "version_easy_to_read", "version_updated_at", "version_created_at", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave") SELECT "id", "parent_id", "version_hero_image_id", "version_parent_id", "version_language", "version_easy_to_read", "version_updated_at", "version_created_at", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave" FROM \`_pages_v\`;`)
    await db.run(sql`DROP TABLE \`_pages_v\`;`)
    await db.run(sql`ALTER TABLE \`__new__pages_v\` RENAME TO \`_pages_v\`;`)
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
    await db.run(sql`CREATE TABLE \`__new_reports\` (
    	\`id\` integer PRIMARY KEY NOT NULL,
    	\`report_number\` text,
    	\`isbn\` text,
    	\`published_date\` text,
    	\`type\` text DEFAULT 'rapport',
    	\`pdf_id\` integer,
    	\`cover_image_id\` integer,
    	\`organisation\` text,
    	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
    	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
    	FOREIGN KEY (\`pdf_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE set null,
    	FOREIGN KEY (\`cover_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
    );
    `)
    await db.run(sql`INSERT INTO \`__new_reports\`("id", "report_number", "isbn", "published_date", "type", "pdf_id", "cover_image_id", "organisation", "updated_at", "created_at") SELECT "id", "report_number", "isbn", "published_date", "type", "pdf_id", "cover_image_id", "organisation", "updated_at", "created_at" FROM \`reports\`;`)
    await db.run(sql`DROP TABLE \`reports\`;`)
    await db.run(sql`ALTER TABLE \`__new_reports\` RENAME TO \`reports\`;`)
    await db.run(sql`CREATE INDEX \`reports_published_date_idx\` ON \`reports\` (\`published_date\`);`)
    await db.run(sql`CREATE INDEX \`reports_pdf_idx\` ON \`reports\` (\`pdf_id\`);`)
    await db.run(sql`CREATE INDEX \`reports_cover_image_idx\` ON \`reports\` (\`cover_image_id\`);`)
    await db.run(sql`CREATE INDEX \`reports_updated_at_idx\` ON \`reports\` (\`updated_at\`);`)
    await db.run(sql`CREATE INDEX \`reports_created_at_idx\` ON \`reports\` (\`created_at\`);`)
    await db.run(sql`CREATE TABLE \`__new__reports_v\` (
    	\`id\` integer PRIMARY KEY NOT NULL,
    	\`parent_id\` integer,
    	\`version_report_number\` text,
    	\`version_isbn\` text,
    	\`version_published_date\` text,
    	\`version_type\` text DEFAULT 'rapport',
    	\`version_pdf_id\` integer,
    	\`version_cover_image_id\` integer,
    	\`version_organisation\` text,
    	\`version_updated_at\` text,
    	\`version_created_at\` text,
    	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
    	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
    	\`snapshot\` integer,
    	\`published_locale\` text,
    	\`latest\` integer,
    	\`autosave\` integer,
    	FOREIGN KEY (\`parent_id\`) REFERENCES \`reports\`(\`id\`) ON UPDATE no action ON DELETE set null,
    	FOREIGN KEY (\`version_pdf_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE set null,
    	FOREIGN KEY (\`version_cover_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
    );
    `)
    await db.run(sql`INSERT INTO \`__new__reports_v\`("id", "parent_id", "version_report_number", "version_isbn", "version_published_date", "version_type", "version_pdf_id", "version_cover_image_id", "version_organisation", "version_updated_at", "version_created_at", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave") SELECT "id", "parent_id", "version_report_number", "version_isbn", "version_published_date", "version_type", "version_pdf_id", "version_cover_image_id", "version_organisation", "version_updated_at", "version_created_at", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave" FROM \`_reports_v\`;`)
    await db.run(sql`DROP TABLE \`_reports_v\`;`)
    await db.run(sql`ALTER TABLE \`__new__reports_v\` RENAME TO \`_reports_v\`;`)
    await db.run(sql`CREATE INDEX \`_reports_v_parent_idx\` ON \`_reports_v\` (\`parent_id\`);`)
    await db.run(sql`CREATE INDEX \`_reports_v_version_version_published_date_idx\` ON \`_reports_v\` (\`version_published_date\`);`)
    await db.run(sql`CREATE INDEX \`_reports_v_version_version_pdf_idx\` ON \`_reports_v\` (\`version_pdf_id\`);`)
    await db.run(sql`CREATE INDEX \`_reports_v_version_version_cover_image_idx\` ON \`_reports_v\` (\`version_cover_image_id\`);`)
    await db.run(sql`CREATE INDEX \`_reports_v_version_version_updated_at_idx\` ON \`_reports_v\` (\`version_updated_at\`);`)
    await db.run(sql`CREATE INDEX \`_reports_v_version_version_created_at_idx\` ON \`_reports_v\` (\`version_created_at\`);`)
    await db.run(sql`CREATE INDEX \`_reports_v_created_at_idx\` ON \`_reports_v\` (\`created_at\`);`)
    await db.run(sql`CREATE INDEX \`_reports_v_updated_at_idx\` ON \`_reports_v\` (\`updated_at\`);`)
    await db.run(sql`CREATE INDEX \`_reports_v_snapshot_idx\` ON \`_reports_v\` (\`snapshot\`);`)
    await db.run(sql`CREATE INDEX \`_reports_v_published_locale_idx\` ON \`_reports_v\` (\`published_locale\`);`)
    await db.run(sql`CREATE INDEX \`_reports_v_latest_idx\` ON \`_reports_v\` (\`latest\`);`)
    await db.run(sql`CREATE INDEX \`_reports_v_autosave_idx\` ON \`_reports_v\` (\`autosave\`);`)
    await db.run(sql`CREATE TABLE \`__new_datasets\` (
    	\`id\` integer PRIMARY KEY NOT NULL,
    	\`decimals\` numeric DEFAULT 0,
    	\`source_url\` text,
    	\`observations\` text,
    	\`default_view_view\` text DEFAULT 'lines',
    	\`default_view_from_year\` numeric,
    	\`default_view_to_year\` numeric,
    	\`default_view_year\` numeric,
    	\`kind\` text DEFAULT 'numeric',
    	\`region_level\` text DEFAULT 'county',
    	\`country_reference\` text DEFAULT 'none',
    	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
    	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
    );
    `)
    await db.run(sql`INSERT INTO \`__new_datasets\`("id", "decimals", "source_url", "observations", "default_view_view", "default_view_from_year", "default_view_to_year", "default_view_year", "kind", "region_level", "country_reference", "updated_at", "created_at") SELECT "id", "decimals", "source_url", "observations", "default_view_view", "default_view_from_year", "default_view_to_year", "default_view_year", "kind", "region_level", "country_reference", "updated_at", "created_at" FROM \`datasets\`;`)
    await db.run(sql`DROP TABLE \`datasets\`;`)
    await db.run(sql`ALTER TABLE \`__new_datasets\` RENAME TO \`datasets\`;`)
    await db.run(sql`CREATE INDEX \`datasets_updated_at_idx\` ON \`datasets\` (\`updated_at\`);`)
    await db.run(sql`CREATE INDEX \`datasets_created_at_idx\` ON \`datasets\` (\`created_at\`);`)
    await db.run(sql`CREATE TABLE \`__new__datasets_v\` (
    	\`id\` integer PRIMARY KEY NOT NULL,
    	\`parent_id\` integer,
    	\`version_decimals\` numeric DEFAULT 0,
    	\`version_source_url\` text,
    	\`version_observations\` text,
    	\`version_default_view_view\` text DEFAULT 'lines',
    	\`version_default_view_from_year\` numeric,
    	\`version_default_view_to_year\` numeric,
    	\`version_default_view_year\` numeric,
    	\`version_kind\` text DEFAULT 'numeric',
    	\`version_region_level\` text DEFAULT 'county',
    	\`version_country_reference\` text DEFAULT 'none',
    	\`version_updated_at\` text,
    	\`version_created_at\` text,
    	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
    	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
    	\`snapshot\` integer,
    	\`published_locale\` text,
    	\`latest\` integer,
    	\`autosave\` integer,
    	FOREIGN KEY (\`parent_id\`) REFERENCES \`datasets\`(\`id\`) ON UPDATE no action ON DELETE set null
    );
    `)
    await db.run(sql`INSERT INTO \`__new__datasets_v\`("id", "parent_id", "version_decimals", "version_source_url", "version_observations", "version_default_view_view", "version_default_view_from_year", "version_default_view_to_year", "version_default_view_year", "version_kind", "version_region_level", "version_country_reference", "version_updated_at", "version_created_at", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave") SELECT "id", "parent_id", "version_decimals", "version_source_url", "version_observations", "version_default_view_view", "version_default_view_from_year", "version_default_view_to_year", "version_default_view_year", "version_kind", "version_region_level", "version_country_reference", "version_updated_at", "version_created_at", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave" FROM \`_datasets_v\`;`)
    await db.run(sql`DROP TABLE \`_datasets_v\`;`)
    await db.run(sql`ALTER TABLE \`__new__datasets_v\` RENAME TO \`_datasets_v\`;`)
    await db.run(sql`CREATE INDEX \`_datasets_v_parent_idx\` ON \`_datasets_v\` (\`parent_id\`);`)
    await db.run(sql`CREATE INDEX \`_datasets_v_version_version_updated_at_idx\` ON \`_datasets_v\` (\`version_updated_at\`);`)
    await db.run(sql`CREATE INDEX \`_datasets_v_version_version_created_at_idx\` ON \`_datasets_v\` (\`version_created_at\`);`)
    await db.run(sql`CREATE INDEX \`_datasets_v_created_at_idx\` ON \`_datasets_v\` (\`created_at\`);`)
    await db.run(sql`CREATE INDEX \`_datasets_v_updated_at_idx\` ON \`_datasets_v\` (\`updated_at\`);`)
    await db.run(sql`CREATE INDEX \`_datasets_v_snapshot_idx\` ON \`_datasets_v\` (\`snapshot\`);`)
    await db.run(sql`CREATE INDEX \`_datasets_v_published_locale_idx\` ON \`_datasets_v\` (\`published_locale\`);`)
    await db.run(sql`CREATE INDEX \`_datasets_v_latest_idx\` ON \`_datasets_v\` (\`latest\`);`)
    await db.run(sql`CREATE INDEX \`_datasets_v_autosave_idx\` ON \`_datasets_v\` (\`autosave\`);`)
    await db.run(sql`CREATE TABLE \`__new_privacy_notices\` (
    	\`id\` integer PRIMARY KEY NOT NULL,
    	\`effective_date\` text,
    	\`controller_organisation_number\` text,
    	\`controller_address\` text,
    	\`controller_email\` text,
    	\`controller_phone\` text,
    	\`data_protection_officer_email\` text,
    	\`retention_days\` numeric,
    	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
    	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
    );
    `)
    await db.run(sql`INSERT INTO \`__new_privacy_notices\`("id", "effective_date", "controller_organisation_number", "controller_address", "controller_email", "controller_phone", "data_protection_officer_email", "retention_days", "updated_at", "created_at") SELECT "id", "effective_date", "controller_organisation_number", "controller_address", "controller_email", "controller_phone", "data_protection_officer_email", "retention_days", "updated_at", "created_at" FROM \`privacy_notices\`;`)
    await db.run(sql`DROP TABLE \`privacy_notices\`;`)
    await db.run(sql`ALTER TABLE \`__new_privacy_notices\` RENAME TO \`privacy_notices\`;`)
    await db.run(sql`CREATE INDEX \`privacy_notices_updated_at_idx\` ON \`privacy_notices\` (\`updated_at\`);`)
    await db.run(sql`CREATE INDEX \`privacy_notices_created_at_idx\` ON \`privacy_notices\` (\`created_at\`);`)
    await db.run(sql`CREATE TABLE \`__new__privacy_notices_v\` (
    	\`id\` integer PRIMARY KEY NOT NULL,
    	\`parent_id\` integer,
    	\`version_effective_date\` text,
    	\`version_controller_organisation_number\` text,
    	\`version_controller_address\` text,
    	\`version_controller_email\` text,
    	\`version_controller_phone\` text,
    	\`version_data_protection_officer_email\` text,
    	\`version_retention_days\` numeric,
    	\`version_updated_at\` text,
    	\`version_created_at\` text,
    	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
    	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
    	\`snapshot\` integer,
    	\`published_locale\` text,
    	\`latest\` integer,
    	FOREIGN KEY (\`parent_id\`) REFERENCES \`privacy_notices\`(\`id\`) ON UPDATE no action ON DELETE set null
    );
    `)
    await db.run(sql`INSERT INTO \`__new__privacy_notices_v\`("id", "parent_id", "version_effective_date", "version_controller_organisation_number", "version_controller_address", "version_controller_email", "version_controller_phone", "version_data_protection_officer_email", "version_retention_days", "version_updated_at", "version_created_at", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_effective_date", "version_controller_organisation_number", "version_controller_address", "version_controller_email", "version_controller_phone", "version_data_protection_officer_email", "version_retention_days", "version_updated_at", "version_created_at", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_privacy_notices_v\`;`)
    await db.run(sql`DROP TABLE \`_privacy_notices_v\`;`)
    await db.run(sql`ALTER TABLE \`__new__privacy_notices_v\` RENAME TO \`_privacy_notices_v\`;`)
    await db.run(sql`CREATE INDEX \`_privacy_notices_v_parent_idx\` ON \`_privacy_notices_v\` (\`parent_id\`);`)
    await db.run(sql`CREATE INDEX \`_privacy_notices_v_version_version_updated_at_idx\` ON \`_privacy_notices_v\` (\`version_updated_at\`);`)
    await db.run(sql`CREATE INDEX \`_privacy_notices_v_version_version_created_at_idx\` ON \`_privacy_notices_v\` (\`version_created_at\`);`)
    await db.run(sql`CREATE INDEX \`_privacy_notices_v_created_at_idx\` ON \`_privacy_notices_v\` (\`created_at\`);`)
    await db.run(sql`CREATE INDEX \`_privacy_notices_v_updated_at_idx\` ON \`_privacy_notices_v\` (\`updated_at\`);`)
    await db.run(sql`CREATE INDEX \`_privacy_notices_v_snapshot_idx\` ON \`_privacy_notices_v\` (\`snapshot\`);`)
    await db.run(sql`CREATE INDEX \`_privacy_notices_v_published_locale_idx\` ON \`_privacy_notices_v\` (\`published_locale\`);`)
    await db.run(sql`CREATE INDEX \`_privacy_notices_v_latest_idx\` ON \`_privacy_notices_v\` (\`latest\`);`)
    await db.run(sql`ALTER TABLE \`pages_locales\` DROP COLUMN \`responsibility_content_updated_at\`;`)
    await db.run(sql`ALTER TABLE \`_pages_v_locales\` DROP COLUMN \`version_responsibility_content_updated_at\`;`)
    await db.run(sql`ALTER TABLE \`reports_locales\` DROP COLUMN \`responsibility_content_updated_at\`;`)
    await db.run(sql`ALTER TABLE \`_reports_v_locales\` DROP COLUMN \`version_responsibility_content_updated_at\`;`)
    await db.run(sql`ALTER TABLE \`datasets_locales\` DROP COLUMN \`responsibility_content_updated_at\`;`)
    await db.run(sql`ALTER TABLE \`_datasets_v_locales\` DROP COLUMN \`version_responsibility_content_updated_at\`;`)
    await db.run(sql`ALTER TABLE \`privacy_notices_locales\` DROP COLUMN \`responsibility_content_updated_at\`;`)
    await db.run(sql`ALTER TABLE \`_privacy_notices_v_locales\` DROP COLUMN \`version_responsibility_content_updated_at\`;`)
  })
}
