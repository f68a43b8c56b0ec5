import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`reports_locales\` (
  	\`title\` text,
  	\`subtitle\` text,
  	\`summary\` text,
  	\`meta_title\` text,
  	\`meta_description\` text,
  	\`meta_image_id\` integer,
  	\`slug\` text,
  	\`_status\` text DEFAULT 'draft',
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`meta_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`reports\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  // Keep what the documents say: their text becomes the Swedish version (the generated migration drops it).
  await db.run(sql`INSERT INTO \`reports_locales\` (\`title\`, \`subtitle\`, \`summary\`, \`meta_title\`, \`meta_description\`, \`meta_image_id\`, \`slug\`, \`_status\`, \`_locale\`, \`_parent_id\`) SELECT \`title\`, \`subtitle\`, \`summary\`, \`meta_title\`, \`meta_description\`, \`meta_image_id\`, \`slug\`, \`_status\`, 'sv', \`id\` FROM \`reports\`;`)
  await db.run(sql`CREATE TABLE \`_reports_v_locales\` (
  	\`version_title\` text,
  	\`version_subtitle\` text,
  	\`version_summary\` text,
  	\`version_meta_title\` text,
  	\`version_meta_description\` text,
  	\`version_meta_image_id\` integer,
  	\`version_slug\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`version_meta_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_reports_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`_reports_v_locales\` (\`version_title\`, \`version_subtitle\`, \`version_summary\`, \`version_meta_title\`, \`version_meta_description\`, \`version_meta_image_id\`, \`version_slug\`, \`version__status\`, \`_locale\`, \`_parent_id\`) SELECT \`version_title\`, \`version_subtitle\`, \`version_summary\`, \`version_meta_title\`, \`version_meta_description\`, \`version_meta_image_id\`, \`version_slug\`, \`version__status\`, 'sv', \`id\` FROM \`_reports_v\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
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
  // Drizzle turns the checks back on between the two tables: dropping the old versions table would then delete
  // every version's texts with it.
  await db.run(sql`PRAGMA foreign_keys=ON;`)
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
  // The locale tables' indexes take the names of the old tables' indexes: created once those are gone.
  await db.run(sql`CREATE INDEX \`reports_meta_meta_image_idx\` ON \`reports_locales\` (\`meta_image_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`reports_slug_idx\` ON \`reports_locales\` (\`slug\`,\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`reports__status_idx\` ON \`reports_locales\` (\`_status\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`reports_locales_locale_parent_id_unique\` ON \`reports_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_version_meta_version_meta_image_idx\` ON \`_reports_v_locales\` (\`version_meta_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_version_version_slug_idx\` ON \`_reports_v_locales\` (\`version_slug\`,\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_version_version__status_idx\` ON \`_reports_v_locales\` (\`version__status\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`_reports_v_locales_locale_parent_id_unique\` ON \`_reports_v_locales\` (\`_locale\`,\`_parent_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`reports\` ADD \`title\` text;`)
  await db.run(sql`ALTER TABLE \`reports\` ADD \`subtitle\` text;`)
  await db.run(sql`ALTER TABLE \`reports\` ADD \`summary\` text;`)
  await db.run(sql`ALTER TABLE \`reports\` ADD \`meta_title\` text;`)
  await db.run(sql`ALTER TABLE \`reports\` ADD \`meta_description\` text;`)
  await db.run(sql`ALTER TABLE \`reports\` ADD \`meta_image_id\` integer REFERENCES media(id);`)
  await db.run(sql`ALTER TABLE \`reports\` ADD \`slug\` text;`)
  await db.run(sql`ALTER TABLE \`reports\` ADD \`_status\` text DEFAULT 'draft';`)
  await db.run(sql`CREATE INDEX \`reports_meta_meta_image_idx\` ON \`reports\` (\`meta_image_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`reports_slug_idx\` ON \`reports\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`reports__status_idx\` ON \`reports\` (\`_status\`);`)
  await db.run(sql`ALTER TABLE \`_reports_v\` ADD \`version_title\` text;`)
  await db.run(sql`ALTER TABLE \`_reports_v\` ADD \`version_subtitle\` text;`)
  await db.run(sql`ALTER TABLE \`_reports_v\` ADD \`version_summary\` text;`)
  await db.run(sql`ALTER TABLE \`_reports_v\` ADD \`version_meta_title\` text;`)
  await db.run(sql`ALTER TABLE \`_reports_v\` ADD \`version_meta_description\` text;`)
  await db.run(sql`ALTER TABLE \`_reports_v\` ADD \`version_meta_image_id\` integer REFERENCES media(id);`)
  await db.run(sql`ALTER TABLE \`_reports_v\` ADD \`version_slug\` text;`)
  await db.run(sql`ALTER TABLE \`_reports_v\` ADD \`version__status\` text DEFAULT 'draft';`)
  await db.run(sql`CREATE INDEX \`_reports_v_version_meta_version_meta_image_idx\` ON \`_reports_v\` (\`version_meta_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_version_version_slug_idx\` ON \`_reports_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_version_version__status_idx\` ON \`_reports_v\` (\`version__status\`);`)
  // Swedish text back; English versions do not survive going down.
  await db.run(sql`UPDATE \`reports\` SET \`title\` = (SELECT \`title\` FROM \`reports_locales\` l WHERE l.\`_parent_id\` = \`reports\`.\`id\` AND l.\`_locale\` = 'sv');`)
  await db.run(sql`UPDATE \`reports\` SET \`subtitle\` = (SELECT \`subtitle\` FROM \`reports_locales\` l WHERE l.\`_parent_id\` = \`reports\`.\`id\` AND l.\`_locale\` = 'sv');`)
  await db.run(sql`UPDATE \`reports\` SET \`summary\` = (SELECT \`summary\` FROM \`reports_locales\` l WHERE l.\`_parent_id\` = \`reports\`.\`id\` AND l.\`_locale\` = 'sv');`)
  await db.run(sql`UPDATE \`reports\` SET \`meta_title\` = (SELECT \`meta_title\` FROM \`reports_locales\` l WHERE l.\`_parent_id\` = \`reports\`.\`id\` AND l.\`_locale\` = 'sv');`)
  await db.run(sql`UPDATE \`reports\` SET \`meta_description\` = (SELECT \`meta_description\` FROM \`reports_locales\` l WHERE l.\`_parent_id\` = \`reports\`.\`id\` AND l.\`_locale\` = 'sv');`)
  await db.run(sql`UPDATE \`reports\` SET \`meta_image_id\` = (SELECT \`meta_image_id\` FROM \`reports_locales\` l WHERE l.\`_parent_id\` = \`reports\`.\`id\` AND l.\`_locale\` = 'sv');`)
  await db.run(sql`UPDATE \`reports\` SET \`slug\` = (SELECT \`slug\` FROM \`reports_locales\` l WHERE l.\`_parent_id\` = \`reports\`.\`id\` AND l.\`_locale\` = 'sv');`)
  await db.run(sql`UPDATE \`reports\` SET \`_status\` = (SELECT \`_status\` FROM \`reports_locales\` l WHERE l.\`_parent_id\` = \`reports\`.\`id\` AND l.\`_locale\` = 'sv');`)
  await db.run(sql`UPDATE \`_reports_v\` SET \`version_title\` = (SELECT \`version_title\` FROM \`_reports_v_locales\` l WHERE l.\`_parent_id\` = \`_reports_v\`.\`id\` AND l.\`_locale\` = 'sv');`)
  await db.run(sql`UPDATE \`_reports_v\` SET \`version_subtitle\` = (SELECT \`version_subtitle\` FROM \`_reports_v_locales\` l WHERE l.\`_parent_id\` = \`_reports_v\`.\`id\` AND l.\`_locale\` = 'sv');`)
  await db.run(sql`UPDATE \`_reports_v\` SET \`version_summary\` = (SELECT \`version_summary\` FROM \`_reports_v_locales\` l WHERE l.\`_parent_id\` = \`_reports_v\`.\`id\` AND l.\`_locale\` = 'sv');`)
  await db.run(sql`UPDATE \`_reports_v\` SET \`version_meta_title\` = (SELECT \`version_meta_title\` FROM \`_reports_v_locales\` l WHERE l.\`_parent_id\` = \`_reports_v\`.\`id\` AND l.\`_locale\` = 'sv');`)
  await db.run(sql`UPDATE \`_reports_v\` SET \`version_meta_description\` = (SELECT \`version_meta_description\` FROM \`_reports_v_locales\` l WHERE l.\`_parent_id\` = \`_reports_v\`.\`id\` AND l.\`_locale\` = 'sv');`)
  await db.run(sql`UPDATE \`_reports_v\` SET \`version_meta_image_id\` = (SELECT \`version_meta_image_id\` FROM \`_reports_v_locales\` l WHERE l.\`_parent_id\` = \`_reports_v\`.\`id\` AND l.\`_locale\` = 'sv');`)
  await db.run(sql`UPDATE \`_reports_v\` SET \`version_slug\` = (SELECT \`version_slug\` FROM \`_reports_v_locales\` l WHERE l.\`_parent_id\` = \`_reports_v\`.\`id\` AND l.\`_locale\` = 'sv');`)
  await db.run(sql`UPDATE \`_reports_v\` SET \`version__status\` = (SELECT \`version__status\` FROM \`_reports_v_locales\` l WHERE l.\`_parent_id\` = \`_reports_v\`.\`id\` AND l.\`_locale\` = 'sv');`)
  await db.run(sql`DROP TABLE \`reports_locales\`;`)
  await db.run(sql`DROP TABLE \`_reports_v_locales\`;`)
}
