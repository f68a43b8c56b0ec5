import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`pages_blocks_statistics_regions\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`pages_blocks_statistics\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`pages_blocks_statistics_regions_order_idx\` ON \`pages_blocks_statistics_regions\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`pages_blocks_statistics_regions_parent_idx\` ON \`pages_blocks_statistics_regions\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`pages_blocks_statistics\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`heading\` text,
  	\`dataset_id\` integer,
  	\`view\` text DEFAULT 'lines',
  	\`from_year\` numeric,
  	\`to_year\` numeric,
  	\`year\` numeric,
  	\`block_name\` text,
  	FOREIGN KEY (\`dataset_id\`) REFERENCES \`datasets\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`pages_blocks_statistics_order_idx\` ON \`pages_blocks_statistics\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`pages_blocks_statistics_parent_id_idx\` ON \`pages_blocks_statistics\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`pages_blocks_statistics_path_idx\` ON \`pages_blocks_statistics\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`pages_blocks_statistics_dataset_idx\` ON \`pages_blocks_statistics\` (\`dataset_id\`);`)
  await db.run(sql`CREATE TABLE \`_pages_v_blocks_statistics_regions\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_pages_v_blocks_statistics\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_pages_v_blocks_statistics_regions_order_idx\` ON \`_pages_v_blocks_statistics_regions\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_blocks_statistics_regions_parent_idx\` ON \`_pages_v_blocks_statistics_regions\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_pages_v_blocks_statistics\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`heading\` text,
  	\`dataset_id\` integer,
  	\`view\` text DEFAULT 'lines',
  	\`from_year\` numeric,
  	\`to_year\` numeric,
  	\`year\` numeric,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`dataset_id\`) REFERENCES \`datasets\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_pages_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_pages_v_blocks_statistics_order_idx\` ON \`_pages_v_blocks_statistics\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_blocks_statistics_parent_id_idx\` ON \`_pages_v_blocks_statistics\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_blocks_statistics_path_idx\` ON \`_pages_v_blocks_statistics\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_blocks_statistics_dataset_idx\` ON \`_pages_v_blocks_statistics\` (\`dataset_id\`);`)
  await db.run(sql`CREATE TABLE \`datasets_default_view_regions\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`datasets\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`datasets_default_view_regions_order_idx\` ON \`datasets_default_view_regions\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`datasets_default_view_regions_parent_idx\` ON \`datasets_default_view_regions\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`datasets\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`description\` text,
  	\`indicator\` text,
  	\`unit\` text,
  	\`decimals\` numeric DEFAULT 0,
  	\`source_name\` text,
  	\`source_url\` text,
  	\`methodology\` text,
  	\`observations\` text,
  	\`default_view_view\` text DEFAULT 'lines',
  	\`default_view_from_year\` numeric,
  	\`default_view_to_year\` numeric,
  	\`default_view_year\` numeric,
  	\`kind\` text DEFAULT 'numeric',
  	\`region_level\` text DEFAULT 'county',
  	\`country_reference\` text DEFAULT 'none',
  	\`slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`datasets_slug_idx\` ON \`datasets\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`datasets_updated_at_idx\` ON \`datasets\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`datasets_created_at_idx\` ON \`datasets\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`datasets__status_idx\` ON \`datasets\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`datasets_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`topics_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`datasets\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`datasets_rels_order_idx\` ON \`datasets_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`datasets_rels_parent_idx\` ON \`datasets_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`datasets_rels_path_idx\` ON \`datasets_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`datasets_rels_topics_id_idx\` ON \`datasets_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE TABLE \`_datasets_v_version_default_view_regions\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_datasets_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_datasets_v_version_default_view_regions_order_idx\` ON \`_datasets_v_version_default_view_regions\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_datasets_v_version_default_view_regions_parent_idx\` ON \`_datasets_v_version_default_view_regions\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_datasets_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_description\` text,
  	\`version_indicator\` text,
  	\`version_unit\` text,
  	\`version_decimals\` numeric DEFAULT 0,
  	\`version_source_name\` text,
  	\`version_source_url\` text,
  	\`version_methodology\` text,
  	\`version_observations\` text,
  	\`version_default_view_view\` text DEFAULT 'lines',
  	\`version_default_view_from_year\` numeric,
  	\`version_default_view_to_year\` numeric,
  	\`version_default_view_year\` numeric,
  	\`version_kind\` text DEFAULT 'numeric',
  	\`version_region_level\` text DEFAULT 'county',
  	\`version_country_reference\` text DEFAULT 'none',
  	\`version_slug\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`datasets\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_datasets_v_parent_idx\` ON \`_datasets_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_datasets_v_version_version_slug_idx\` ON \`_datasets_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_datasets_v_version_version_updated_at_idx\` ON \`_datasets_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_datasets_v_version_version_created_at_idx\` ON \`_datasets_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_datasets_v_version_version__status_idx\` ON \`_datasets_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_datasets_v_created_at_idx\` ON \`_datasets_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_datasets_v_updated_at_idx\` ON \`_datasets_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_datasets_v_latest_idx\` ON \`_datasets_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_datasets_v_autosave_idx\` ON \`_datasets_v\` (\`autosave\`);`)
  await db.run(sql`CREATE TABLE \`_datasets_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`topics_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_datasets_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_datasets_v_rels_order_idx\` ON \`_datasets_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_datasets_v_rels_parent_idx\` ON \`_datasets_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_datasets_v_rels_path_idx\` ON \`_datasets_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_datasets_v_rels_topics_id_idx\` ON \`_datasets_v_rels\` (\`topics_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`datasets_id\` integer REFERENCES datasets(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_datasets_id_idx\` ON \`payload_locked_documents_rels\` (\`datasets_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`pages_blocks_statistics_regions\`;`)
  await db.run(sql`DROP TABLE \`pages_blocks_statistics\`;`)
  await db.run(sql`DROP TABLE \`_pages_v_blocks_statistics_regions\`;`)
  await db.run(sql`DROP TABLE \`_pages_v_blocks_statistics\`;`)
  await db.run(sql`DROP TABLE \`datasets_default_view_regions\`;`)
  await db.run(sql`DROP TABLE \`datasets\`;`)
  await db.run(sql`DROP TABLE \`datasets_rels\`;`)
  await db.run(sql`DROP TABLE \`_datasets_v_version_default_view_regions\`;`)
  await db.run(sql`DROP TABLE \`_datasets_v\`;`)
  await db.run(sql`DROP TABLE \`_datasets_v_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`pages_id\` integer,
  	\`reports_id\` integer,
  	\`topics_id\` integer,
  	\`privacy_notices_id\` integer,
  	\`media_id\` integer,
  	\`documents_id\` integer,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`pages_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`reports_id\`) REFERENCES \`reports\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`privacy_notices_id\`) REFERENCES \`privacy_notices\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`documents_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "pages_id", "reports_id", "topics_id", "privacy_notices_id", "media_id", "documents_id", "users_id") SELECT "id", "order", "parent_id", "path", "pages_id", "reports_id", "topics_id", "privacy_notices_id", "media_id", "documents_id", "users_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_pages_id_idx\` ON \`payload_locked_documents_rels\` (\`pages_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_reports_id_idx\` ON \`payload_locked_documents_rels\` (\`reports_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_topics_id_idx\` ON \`payload_locked_documents_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_privacy_notices_id_idx\` ON \`payload_locked_documents_rels\` (\`privacy_notices_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_documents_id_idx\` ON \`payload_locked_documents_rels\` (\`documents_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
}
