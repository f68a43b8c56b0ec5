import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`datasets_locales\` (
  	\`title\` text,
  	\`description\` text,
  	\`indicator\` text,
  	\`unit\` text,
  	\`source_name\` text,
  	\`methodology\` text,
  	\`slug\` text,
  	\`_status\` text DEFAULT 'draft',
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`datasets\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE TABLE \`_datasets_v_locales\` (
  	\`version_title\` text,
  	\`version_description\` text,
  	\`version_indicator\` text,
  	\`version_unit\` text,
  	\`version_source_name\` text,
  	\`version_methodology\` text,
  	\`version_slug\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_datasets_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE TABLE \`privacy_notices_purposes_locales\` (
  	\`purpose\` text,
  	\`legal_basis_details\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`privacy_notices_purposes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE TABLE \`privacy_notices_locales\` (
  	\`title\` text,
  	\`summary\` text,
  	\`controller_name\` text,
  	\`data_protection_officer_name\` text,
  	\`data_categories\` text,
  	\`recipients\` text,
  	\`third_country_transfers\` text,
  	\`retention_description\` text,
  	\`complaint\` text,
  	\`slug\` text,
  	\`_status\` text DEFAULT 'draft',
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`privacy_notices\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE TABLE \`_privacy_notices_v_version_purposes_locales\` (
  	\`purpose\` text,
  	\`legal_basis_details\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_privacy_notices_v_version_purposes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE TABLE \`_privacy_notices_v_locales\` (
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_controller_name\` text,
  	\`version_data_protection_officer_name\` text,
  	\`version_data_categories\` text,
  	\`version_recipients\` text,
  	\`version_third_country_transfers\` text,
  	\`version_retention_description\` text,
  	\`version_complaint\` text,
  	\`version_slug\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_privacy_notices_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  // Keep what the documents say: their text becomes the Swedish version (the generated migration drops it).
  await db.run(sql`INSERT INTO \`datasets_locales\` (\`title\`, \`description\`, \`indicator\`, \`unit\`, \`source_name\`, \`methodology\`, \`slug\`, \`_status\`, \`_locale\`, \`_parent_id\`) SELECT \`title\`, \`description\`, \`indicator\`, \`unit\`, \`source_name\`, \`methodology\`, \`slug\`, \`_status\`, 'sv', \`id\` FROM \`datasets\`;`)
  await db.run(sql`INSERT INTO \`_datasets_v_locales\` (\`version_title\`, \`version_description\`, \`version_indicator\`, \`version_unit\`, \`version_source_name\`, \`version_methodology\`, \`version_slug\`, \`version__status\`, \`_locale\`, \`_parent_id\`) SELECT \`version_title\`, \`version_description\`, \`version_indicator\`, \`version_unit\`, \`version_source_name\`, \`version_methodology\`, \`version_slug\`, \`version__status\`, 'sv', \`id\` FROM \`_datasets_v\`;`)
  await db.run(sql`INSERT INTO \`privacy_notices_purposes_locales\` (\`purpose\`, \`legal_basis_details\`, \`_locale\`, \`_parent_id\`) SELECT \`purpose\`, \`legal_basis_details\`, 'sv', \`id\` FROM \`privacy_notices_purposes\`;`)
  await db.run(sql`INSERT INTO \`privacy_notices_locales\` (\`title\`, \`summary\`, \`controller_name\`, \`data_protection_officer_name\`, \`data_categories\`, \`recipients\`, \`third_country_transfers\`, \`retention_description\`, \`complaint\`, \`slug\`, \`_status\`, \`_locale\`, \`_parent_id\`) SELECT \`title\`, \`summary\`, \`controller_name\`, \`data_protection_officer_name\`, \`data_categories\`, \`recipients\`, \`third_country_transfers\`, \`retention_description\`, \`complaint\`, \`slug\`, \`_status\`, 'sv', \`id\` FROM \`privacy_notices\`;`)
  await db.run(sql`INSERT INTO \`_privacy_notices_v_version_purposes_locales\` (\`purpose\`, \`legal_basis_details\`, \`_locale\`, \`_parent_id\`) SELECT \`purpose\`, \`legal_basis_details\`, 'sv', \`id\` FROM \`_privacy_notices_v_version_purposes\`;`)
  await db.run(sql`INSERT INTO \`_privacy_notices_v_locales\` (\`version_title\`, \`version_summary\`, \`version_controller_name\`, \`version_data_protection_officer_name\`, \`version_data_categories\`, \`version_recipients\`, \`version_third_country_transfers\`, \`version_retention_description\`, \`version_complaint\`, \`version_slug\`, \`version__status\`, \`_locale\`, \`_parent_id\`) SELECT \`version_title\`, \`version_summary\`, \`version_controller_name\`, \`version_data_protection_officer_name\`, \`version_data_categories\`, \`version_recipients\`, \`version_third_country_transfers\`, \`version_retention_description\`, \`version_complaint\`, \`version_slug\`, \`version__status\`, 'sv', \`id\` FROM \`_privacy_notices_v\`;`)
  await db.run(sql`DROP INDEX \`datasets_slug_idx\`;`)
  await db.run(sql`DROP INDEX \`datasets__status_idx\`;`)
  await db.run(sql`ALTER TABLE \`datasets\` DROP COLUMN \`title\`;`)
  await db.run(sql`ALTER TABLE \`datasets\` DROP COLUMN \`description\`;`)
  await db.run(sql`ALTER TABLE \`datasets\` DROP COLUMN \`indicator\`;`)
  await db.run(sql`ALTER TABLE \`datasets\` DROP COLUMN \`unit\`;`)
  await db.run(sql`ALTER TABLE \`datasets\` DROP COLUMN \`source_name\`;`)
  await db.run(sql`ALTER TABLE \`datasets\` DROP COLUMN \`methodology\`;`)
  await db.run(sql`ALTER TABLE \`datasets\` DROP COLUMN \`slug\`;`)
  await db.run(sql`ALTER TABLE \`datasets\` DROP COLUMN \`_status\`;`)
  await db.run(sql`DROP INDEX \`_datasets_v_version_version_slug_idx\`;`)
  await db.run(sql`DROP INDEX \`_datasets_v_version_version__status_idx\`;`)
  await db.run(sql`ALTER TABLE \`_datasets_v\` DROP COLUMN \`version_title\`;`)
  await db.run(sql`ALTER TABLE \`_datasets_v\` DROP COLUMN \`version_description\`;`)
  await db.run(sql`ALTER TABLE \`_datasets_v\` DROP COLUMN \`version_indicator\`;`)
  await db.run(sql`ALTER TABLE \`_datasets_v\` DROP COLUMN \`version_unit\`;`)
  await db.run(sql`ALTER TABLE \`_datasets_v\` DROP COLUMN \`version_source_name\`;`)
  await db.run(sql`ALTER TABLE \`_datasets_v\` DROP COLUMN \`version_methodology\`;`)
  await db.run(sql`ALTER TABLE \`_datasets_v\` DROP COLUMN \`version_slug\`;`)
  await db.run(sql`ALTER TABLE \`_datasets_v\` DROP COLUMN \`version__status\`;`)
  await db.run(sql`DROP INDEX \`privacy_notices_slug_idx\`;`)
  await db.run(sql`DROP INDEX \`privacy_notices__status_idx\`;`)
  await db.run(sql`ALTER TABLE \`privacy_notices\` DROP COLUMN \`title\`;`)
  await db.run(sql`ALTER TABLE \`privacy_notices\` DROP COLUMN \`summary\`;`)
  await db.run(sql`ALTER TABLE \`privacy_notices\` DROP COLUMN \`controller_name\`;`)
  await db.run(sql`ALTER TABLE \`privacy_notices\` DROP COLUMN \`data_protection_officer_name\`;`)
  await db.run(sql`ALTER TABLE \`privacy_notices\` DROP COLUMN \`data_categories\`;`)
  await db.run(sql`ALTER TABLE \`privacy_notices\` DROP COLUMN \`recipients\`;`)
  await db.run(sql`ALTER TABLE \`privacy_notices\` DROP COLUMN \`third_country_transfers\`;`)
  await db.run(sql`ALTER TABLE \`privacy_notices\` DROP COLUMN \`retention_description\`;`)
  await db.run(sql`ALTER TABLE \`privacy_notices\` DROP COLUMN \`complaint\`;`)
  await db.run(sql`ALTER TABLE \`privacy_notices\` DROP COLUMN \`slug\`;`)
  await db.run(sql`ALTER TABLE \`privacy_notices\` DROP COLUMN \`_status\`;`)
  await db.run(sql`DROP INDEX \`_privacy_notices_v_version_version_slug_idx\`;`)
  await db.run(sql`DROP INDEX \`_privacy_notices_v_version_version__status_idx\`;`)
  await db.run(sql`ALTER TABLE \`_privacy_notices_v\` DROP COLUMN \`version_title\`;`)
  await db.run(sql`ALTER TABLE \`_privacy_notices_v\` DROP COLUMN \`version_summary\`;`)
  await db.run(sql`ALTER TABLE \`_privacy_notices_v\` DROP COLUMN \`version_controller_name\`;`)
  await db.run(sql`ALTER TABLE \`_privacy_notices_v\` DROP COLUMN \`version_data_protection_officer_name\`;`)
  await db.run(sql`ALTER TABLE \`_privacy_notices_v\` DROP COLUMN \`version_data_categories\`;`)
  await db.run(sql`ALTER TABLE \`_privacy_notices_v\` DROP COLUMN \`version_recipients\`;`)
  await db.run(sql`ALTER TABLE \`_privacy_notices_v\` DROP COLUMN \`version_third_country_transfers\`;`)
  await db.run(sql`ALTER TABLE \`_privacy_notices_v\` DROP COLUMN \`version_retention_description\`;`)
  await db.run(sql`ALTER TABLE \`_privacy_notices_v\` DROP COLUMN \`version_complaint\`;`)
  await db.run(sql`ALTER TABLE \`_privacy_notices_v\` DROP COLUMN \`version_slug\`;`)
  await db.run(sql`ALTER TABLE \`_privacy_notices_v\` DROP COLUMN \`version__status\`;`)
  await db.run(sql`ALTER TABLE \`privacy_notices_purposes\` DROP COLUMN \`purpose\`;`)
  await db.run(sql`ALTER TABLE \`privacy_notices_purposes\` DROP COLUMN \`legal_basis_details\`;`)
  await db.run(sql`ALTER TABLE \`_privacy_notices_v_version_purposes\` DROP COLUMN \`purpose\`;`)
  await db.run(sql`ALTER TABLE \`_privacy_notices_v_version_purposes\` DROP COLUMN \`legal_basis_details\`;`)
  // The locale tables' indexes take the names of the old tables' indexes: created once those are gone.
  await db.run(sql`CREATE UNIQUE INDEX \`datasets_slug_idx\` ON \`datasets_locales\` (\`slug\`,\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`datasets__status_idx\` ON \`datasets_locales\` (\`_status\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`datasets_locales_locale_parent_id_unique\` ON \`datasets_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_datasets_v_version_version_slug_idx\` ON \`_datasets_v_locales\` (\`version_slug\`,\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`_datasets_v_version_version__status_idx\` ON \`_datasets_v_locales\` (\`version__status\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`_datasets_v_locales_locale_parent_id_unique\` ON \`_datasets_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`privacy_notices_purposes_locales_locale_parent_id_unique\` ON \`privacy_notices_purposes_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`privacy_notices_slug_idx\` ON \`privacy_notices_locales\` (\`slug\`,\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`privacy_notices__status_idx\` ON \`privacy_notices_locales\` (\`_status\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`privacy_notices_locales_locale_parent_id_unique\` ON \`privacy_notices_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`_privacy_notices_v_version_purposes_locales_locale_parent_id\` ON \`_privacy_notices_v_version_purposes_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_privacy_notices_v_version_version_slug_idx\` ON \`_privacy_notices_v_locales\` (\`version_slug\`,\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`_privacy_notices_v_version_version__status_idx\` ON \`_privacy_notices_v_locales\` (\`version__status\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`_privacy_notices_v_locales_locale_parent_id_unique\` ON \`_privacy_notices_v_locales\` (\`_locale\`,\`_parent_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`datasets\` ADD \`title\` text;`)
  await db.run(sql`ALTER TABLE \`datasets\` ADD \`description\` text;`)
  await db.run(sql`ALTER TABLE \`datasets\` ADD \`indicator\` text;`)
  await db.run(sql`ALTER TABLE \`datasets\` ADD \`unit\` text;`)
  await db.run(sql`ALTER TABLE \`datasets\` ADD \`source_name\` text;`)
  await db.run(sql`ALTER TABLE \`datasets\` ADD \`methodology\` text;`)
  await db.run(sql`ALTER TABLE \`datasets\` ADD \`slug\` text;`)
  await db.run(sql`ALTER TABLE \`datasets\` ADD \`_status\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_datasets_v\` ADD \`version_title\` text;`)
  await db.run(sql`ALTER TABLE \`_datasets_v\` ADD \`version_description\` text;`)
  await db.run(sql`ALTER TABLE \`_datasets_v\` ADD \`version_indicator\` text;`)
  await db.run(sql`ALTER TABLE \`_datasets_v\` ADD \`version_unit\` text;`)
  await db.run(sql`ALTER TABLE \`_datasets_v\` ADD \`version_source_name\` text;`)
  await db.run(sql`ALTER TABLE \`_datasets_v\` ADD \`version_methodology\` text;`)
  await db.run(sql`ALTER TABLE \`_datasets_v\` ADD \`version_slug\` text;`)
  await db.run(sql`ALTER TABLE \`_datasets_v\` ADD \`version__status\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`privacy_notices_purposes\` ADD \`purpose\` text;`)
  await db.run(sql`ALTER TABLE \`privacy_notices_purposes\` ADD \`legal_basis_details\` text;`)
  await db.run(sql`ALTER TABLE \`privacy_notices\` ADD \`title\` text;`)
  await db.run(sql`ALTER TABLE \`privacy_notices\` ADD \`summary\` text;`)
  await db.run(sql`ALTER TABLE \`privacy_notices\` ADD \`controller_name\` text;`)
  await db.run(sql`ALTER TABLE \`privacy_notices\` ADD \`data_protection_officer_name\` text;`)
  await db.run(sql`ALTER TABLE \`privacy_notices\` ADD \`data_categories\` text;`)
  await db.run(sql`ALTER TABLE \`privacy_notices\` ADD \`recipients\` text;`)
  await db.run(sql`ALTER TABLE \`privacy_notices\` ADD \`third_country_transfers\` text;`)
  await db.run(sql`ALTER TABLE \`privacy_notices\` ADD \`retention_description\` text;`)
  await db.run(sql`ALTER TABLE \`privacy_notices\` ADD \`complaint\` text DEFAULT 'Om du anser att vi behandlar dina personuppgifter felaktigt kan du lämna klagomål till Integritetsskyddsmyndigheten (IMY), www.imy.se, Box 8114, 104 20 Stockholm.';`)
  await db.run(sql`ALTER TABLE \`privacy_notices\` ADD \`slug\` text;`)
  await db.run(sql`ALTER TABLE \`privacy_notices\` ADD \`_status\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_privacy_notices_v_version_purposes\` ADD \`purpose\` text;`)
  await db.run(sql`ALTER TABLE \`_privacy_notices_v_version_purposes\` ADD \`legal_basis_details\` text;`)
  await db.run(sql`ALTER TABLE \`_privacy_notices_v\` ADD \`version_title\` text;`)
  await db.run(sql`ALTER TABLE \`_privacy_notices_v\` ADD \`version_summary\` text;`)
  await db.run(sql`ALTER TABLE \`_privacy_notices_v\` ADD \`version_controller_name\` text;`)
  await db.run(sql`ALTER TABLE \`_privacy_notices_v\` ADD \`version_data_protection_officer_name\` text;`)
  await db.run(sql`ALTER TABLE \`_privacy_notices_v\` ADD \`version_data_categories\` text;`)
  await db.run(sql`ALTER TABLE \`_privacy_notices_v\` ADD \`version_recipients\` text;`)
  await db.run(sql`ALTER TABLE \`_privacy_notices_v\` ADD \`version_third_country_transfers\` text;`)
  await db.run(sql`ALTER TABLE \`_privacy_notices_v\` ADD \`version_retention_description\` text;`)
  await db.run(sql`ALTER TABLE \`_privacy_notices_v\` ADD \`version_complaint\` text DEFAULT 'Om du anser att vi behandlar dina personuppgifter felaktigt kan du lämna klagomål till Integritetsskyddsmyndigheten (IMY), www.imy.se, Box 8114, 104 20 Stockholm.';`)
  await db.run(sql`ALTER TABLE \`_privacy_notices_v\` ADD \`version_slug\` text;`)
  await db.run(sql`ALTER TABLE \`_privacy_notices_v\` ADD \`version__status\` text DEFAULT 'draft';`)
  // Swedish text back; English versions do not survive going down.
  await db.run(sql`UPDATE \`datasets\` SET \`title\` = (SELECT \`title\` FROM \`datasets_locales\` l WHERE l.\`_parent_id\` = \`datasets\`.\`id\` AND l.\`_locale\` = 'sv');`)
  await db.run(sql`UPDATE \`datasets\` SET \`description\` = (SELECT \`description\` FROM \`datasets_locales\` l WHERE l.\`_parent_id\` = \`datasets\`.\`id\` AND l.\`_locale\` = 'sv');`)
  await db.run(sql`UPDATE \`datasets\` SET \`indicator\` = (SELECT \`indicator\` FROM \`datasets_locales\` l WHERE l.\`_parent_id\` = \`datasets\`.\`id\` AND l.\`_locale\` = 'sv');`)
  await db.run(sql`UPDATE \`datasets\` SET \`unit\` = (SELECT \`unit\` FROM \`datasets_locales\` l WHERE l.\`_parent_id\` = \`datasets\`.\`id\` AND l.\`_locale\` = 'sv');`)
  await db.run(sql`UPDATE \`datasets\` SET \`source_name\` = (SELECT \`source_name\` FROM \`datasets_locales\` l WHERE l.\`_parent_id\` = \`datasets\`.\`id\` AND l.\`_locale\` = 'sv');`)
  await db.run(sql`UPDATE \`datasets\` SET \`methodology\` = (SELECT \`methodology\` FROM \`datasets_locales\` l WHERE l.\`_parent_id\` = \`datasets\`.\`id\` AND l.\`_locale\` = 'sv');`)
  await db.run(sql`UPDATE \`datasets\` SET \`slug\` = (SELECT \`slug\` FROM \`datasets_locales\` l WHERE l.\`_parent_id\` = \`datasets\`.\`id\` AND l.\`_locale\` = 'sv');`)
  await db.run(sql`UPDATE \`datasets\` SET \`_status\` = (SELECT \`_status\` FROM \`datasets_locales\` l WHERE l.\`_parent_id\` = \`datasets\`.\`id\` AND l.\`_locale\` = 'sv');`)
  await db.run(sql`UPDATE \`_datasets_v\` SET \`version_title\` = (SELECT \`version_title\` FROM \`_datasets_v_locales\` l WHERE l.\`_parent_id\` = \`_datasets_v\`.\`id\` AND l.\`_locale\` = 'sv');`)
  await db.run(sql`UPDATE \`_datasets_v\` SET \`version_description\` = (SELECT \`version_description\` FROM \`_datasets_v_locales\` l WHERE l.\`_parent_id\` = \`_datasets_v\`.\`id\` AND l.\`_locale\` = 'sv');`)
  await db.run(sql`UPDATE \`_datasets_v\` SET \`version_indicator\` = (SELECT \`version_indicator\` FROM \`_datasets_v_locales\` l WHERE l.\`_parent_id\` = \`_datasets_v\`.\`id\` AND l.\`_locale\` = 'sv');`)
  await db.run(sql`UPDATE \`_datasets_v\` SET \`version_unit\` = (SELECT \`version_unit\` FROM \`_datasets_v_locales\` l WHERE l.\`_parent_id\` = \`_datasets_v\`.\`id\` AND l.\`_locale\` = 'sv');`)
  await db.run(sql`UPDATE \`_datasets_v\` SET \`version_source_name\` = (SELECT \`version_source_name\` FROM \`_datasets_v_locales\` l WHERE l.\`_parent_id\` = \`_datasets_v\`.\`id\` AND l.\`_locale\` = 'sv');`)
  await db.run(sql`UPDATE \`_datasets_v\` SET \`version_methodology\` = (SELECT \`version_methodology\` FROM \`_datasets_v_locales\` l WHERE l.\`_parent_id\` = \`_datasets_v\`.\`id\` AND l.\`_locale\` = 'sv');`)
  await db.run(sql`UPDATE \`_datasets_v\` SET \`version_slug\` = (SELECT \`version_slug\` FROM \`_datasets_v_locales\` l WHERE l.\`_parent_id\` = \`_datasets_v\`.\`id\` AND l.\`_locale\` = 'sv');`)
  await db.run(sql`UPDATE \`_datasets_v\` SET \`version__status\` = (SELECT \`version__status\` FROM \`_datasets_v_locales\` l WHERE l.\`_parent_id\` = \`_datasets_v\`.\`id\` AND l.\`_locale\` = 'sv');`)
  await db.run(sql`UPDATE \`privacy_notices_purposes\` SET \`purpose\` = (SELECT \`purpose\` FROM \`privacy_notices_purposes_locales\` l WHERE l.\`_parent_id\` = \`privacy_notices_purposes\`.\`id\` AND l.\`_locale\` = 'sv');`)
  await db.run(sql`UPDATE \`privacy_notices_purposes\` SET \`legal_basis_details\` = (SELECT \`legal_basis_details\` FROM \`privacy_notices_purposes_locales\` l WHERE l.\`_parent_id\` = \`privacy_notices_purposes\`.\`id\` AND l.\`_locale\` = 'sv');`)
  await db.run(sql`UPDATE \`privacy_notices\` SET \`title\` = (SELECT \`title\` FROM \`privacy_notices_locales\` l WHERE l.\`_parent_id\` = \`privacy_notices\`.\`id\` AND l.\`_locale\` = 'sv');`)
  await db.run(sql`UPDATE \`privacy_notices\` SET \`summary\` = (SELECT \`summary\` FROM \`privacy_notices_locales\` l WHERE l.\`_parent_id\` = \`privacy_notices\`.\`id\` AND l.\`_locale\` = 'sv');`)
  await db.run(sql`UPDATE \`privacy_notices\` SET \`controller_name\` = (SELECT \`controller_name\` FROM \`privacy_notices_locales\` l WHERE l.\`_parent_id\` = \`privacy_notices\`.\`id\` AND l.\`_locale\` = 'sv');`)
  await db.run(sql`UPDATE \`privacy_notices\` SET \`data_protection_officer_name\` = (SELECT \`data_protection_officer_name\` FROM \`privacy_notices_locales\` l WHERE l.\`_parent_id\` = \`privacy_notices\`.\`id\` AND l.\`_locale\` = 'sv');`)
  await db.run(sql`UPDATE \`privacy_notices\` SET \`data_categories\` = (SELECT \`data_categories\` FROM \`privacy_notices_locales\` l WHERE l.\`_parent_id\` = \`privacy_notices\`.\`id\` AND l.\`_locale\` = 'sv');`)
  await db.run(sql`UPDATE \`privacy_notices\` SET \`recipients\` = (SELECT \`recipients\` FROM \`privacy_notices_locales\` l WHERE l.\`_parent_id\` = \`privacy_notices\`.\`id\` AND l.\`_locale\` = 'sv');`)
  await db.run(sql`UPDATE \`privacy_notices\` SET \`third_country_transfers\` = (SELECT \`third_country_transfers\` FROM \`privacy_notices_locales\` l WHERE l.\`_parent_id\` = \`privacy_notices\`.\`id\` AND l.\`_locale\` = 'sv');`)
  await db.run(sql`UPDATE \`privacy_notices\` SET \`retention_description\` = (SELECT \`retention_description\` FROM \`privacy_notices_locales\` l WHERE l.\`_parent_id\` = \`privacy_notices\`.\`id\` AND l.\`_locale\` = 'sv');`)
  await db.run(sql`UPDATE \`privacy_notices\` SET \`complaint\` = (SELECT \`complaint\` FROM \`privacy_notices_locales\` l WHERE l.\`_parent_id\` = \`privacy_notices\`.\`id\` AND l.\`_locale\` = 'sv');`)
  await db.run(sql`UPDATE \`privacy_notices\` SET \`slug\` = (SELECT \`slug\` FROM \`privacy_notices_locales\` l WHERE l.\`_parent_id\` = \`privacy_notices\`.\`id\` AND l.\`_locale\` = 'sv');`)
  await db.run(sql`UPDATE \`privacy_notices\` SET \`_status\` = (SELECT \`_status\` FROM \`privacy_notices_locales\` l WHERE l.\`_parent_id\` = \`privacy_notices\`.\`id\` AND l.\`_locale\` = 'sv');`)
  await db.run(sql`UPDATE \`_privacy_notices_v_version_purposes\` SET \`purpose\` = (SELECT \`purpose\` FROM \`_privacy_notices_v_version_purposes_locales\` l WHERE l.\`_parent_id\` = \`_privacy_notices_v_version_purposes\`.\`id\` AND l.\`_locale\` = 'sv');`)
  await db.run(sql`UPDATE \`_privacy_notices_v_version_purposes\` SET \`legal_basis_details\` = (SELECT \`legal_basis_details\` FROM \`_privacy_notices_v_version_purposes_locales\` l WHERE l.\`_parent_id\` = \`_privacy_notices_v_version_purposes\`.\`id\` AND l.\`_locale\` = 'sv');`)
  await db.run(sql`UPDATE \`_privacy_notices_v\` SET \`version_title\` = (SELECT \`version_title\` FROM \`_privacy_notices_v_locales\` l WHERE l.\`_parent_id\` = \`_privacy_notices_v\`.\`id\` AND l.\`_locale\` = 'sv');`)
  await db.run(sql`UPDATE \`_privacy_notices_v\` SET \`version_summary\` = (SELECT \`version_summary\` FROM \`_privacy_notices_v_locales\` l WHERE l.\`_parent_id\` = \`_privacy_notices_v\`.\`id\` AND l.\`_locale\` = 'sv');`)
  await db.run(sql`UPDATE \`_privacy_notices_v\` SET \`version_controller_name\` = (SELECT \`version_controller_name\` FROM \`_privacy_notices_v_locales\` l WHERE l.\`_parent_id\` = \`_privacy_notices_v\`.\`id\` AND l.\`_locale\` = 'sv');`)
  await db.run(sql`UPDATE \`_privacy_notices_v\` SET \`version_data_protection_officer_name\` = (SELECT \`version_data_protection_officer_name\` FROM \`_privacy_notices_v_locales\` l WHERE l.\`_parent_id\` = \`_privacy_notices_v\`.\`id\` AND l.\`_locale\` = 'sv');`)
  await db.run(sql`UPDATE \`_privacy_notices_v\` SET \`version_data_categories\` = (SELECT \`version_data_categories\` FROM \`_privacy_notices_v_locales\` l WHERE l.\`_parent_id\` = \`_privacy_notices_v\`.\`id\` AND l.\`_locale\` = 'sv');`)
  await db.run(sql`UPDATE \`_privacy_notices_v\` SET \`version_recipients\` = (SELECT \`version_recipients\` FROM \`_privacy_notices_v_locales\` l WHERE l.\`_parent_id\` = \`_privacy_notices_v\`.\`id\` AND l.\`_locale\` = 'sv');`)
  await db.run(sql`UPDATE \`_privacy_notices_v\` SET \`version_third_country_transfers\` = (SELECT \`version_third_country_transfers\` FROM \`_privacy_notices_v_locales\` l WHERE l.\`_parent_id\` = \`_privacy_notices_v\`.\`id\` AND l.\`_locale\` = 'sv');`)
  await db.run(sql`UPDATE \`_privacy_notices_v\` SET \`version_retention_description\` = (SELECT \`version_retention_description\` FROM \`_privacy_notices_v_locales\` l WHERE l.\`_parent_id\` = \`_privacy_notices_v\`.\`id\` AND l.\`_locale\` = 'sv');`)
  await db.run(sql`UPDATE \`_privacy_notices_v\` SET \`version_complaint\` = (SELECT \`version_complaint\` FROM \`_privacy_notices_v_locales\` l WHERE l.\`_parent_id\` = \`_privacy_notices_v\`.\`id\` AND l.\`_locale\` = 'sv');`)
  await db.run(sql`UPDATE \`_privacy_notices_v\` SET \`version_slug\` = (SELECT \`version_slug\` FROM \`_privacy_notices_v_locales\` l WHERE l.\`_parent_id\` = \`_privacy_notices_v\`.\`id\` AND l.\`_locale\` = 'sv');`)
  await db.run(sql`UPDATE \`_privacy_notices_v\` SET \`version__status\` = (SELECT \`version__status\` FROM \`_privacy_notices_v_locales\` l WHERE l.\`_parent_id\` = \`_privacy_notices_v\`.\`id\` AND l.\`_locale\` = 'sv');`)
  await db.run(sql`DROP TABLE \`datasets_locales\`;`)
  await db.run(sql`DROP TABLE \`_datasets_v_locales\`;`)
  await db.run(sql`DROP TABLE \`privacy_notices_purposes_locales\`;`)
  await db.run(sql`DROP TABLE \`privacy_notices_locales\`;`)
  await db.run(sql`DROP TABLE \`_privacy_notices_v_version_purposes_locales\`;`)
  await db.run(sql`DROP TABLE \`_privacy_notices_v_locales\`;`)
  // The old indexes take the names of the locale tables' ones: created once those are gone.
  await db.run(sql`CREATE UNIQUE INDEX \`datasets_slug_idx\` ON \`datasets\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`datasets__status_idx\` ON \`datasets\` (\`_status\`);`)
  await db.run(sql`CREATE INDEX \`_datasets_v_version_version_slug_idx\` ON \`_datasets_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_datasets_v_version_version__status_idx\` ON \`_datasets_v\` (\`version__status\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`privacy_notices_slug_idx\` ON \`privacy_notices\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`privacy_notices__status_idx\` ON \`privacy_notices\` (\`_status\`);`)
  await db.run(sql`CREATE INDEX \`_privacy_notices_v_version_version_slug_idx\` ON \`_privacy_notices_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_privacy_notices_v_version_version__status_idx\` ON \`_privacy_notices_v\` (\`version__status\`);`)
}
