import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`external_links\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`url\` text NOT NULL,
  	\`ok\` integer,
  	\`status\` numeric,
  	\`error\` text,
  	\`checked_at\` text,
  	\`pages\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`external_links_url_idx\` ON \`external_links\` (\`url\`);`)
  await db.run(sql`CREATE INDEX \`external_links_ok_idx\` ON \`external_links\` (\`ok\`);`)
  await db.run(sql`CREATE INDEX \`external_links_checked_at_idx\` ON \`external_links\` (\`checked_at\`);`)
  await db.run(sql`CREATE INDEX \`external_links_updated_at_idx\` ON \`external_links\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`external_links_created_at_idx\` ON \`external_links\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`pages\` ADD \`responsibility_overdue\` integer DEFAULT false;`)
  await db.run(sql`CREATE INDEX \`pages_responsibility_responsibility_overdue_idx\` ON \`pages\` (\`responsibility_overdue\`);`)
  await db.run(sql`ALTER TABLE \`_pages_v\` ADD \`version_responsibility_overdue\` integer DEFAULT false;`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_responsibility_version_responsibility_1_idx\` ON \`_pages_v\` (\`version_responsibility_overdue\`);`)
  await db.run(sql`ALTER TABLE \`reports\` ADD \`responsibility_overdue\` integer DEFAULT false;`)
  await db.run(sql`CREATE INDEX \`reports_responsibility_responsibility_overdue_idx\` ON \`reports\` (\`responsibility_overdue\`);`)
  await db.run(sql`ALTER TABLE \`_reports_v\` ADD \`version_responsibility_overdue\` integer DEFAULT false;`)
  await db.run(sql`CREATE INDEX \`_reports_v_version_responsibility_version_responsibili_2_idx\` ON \`_reports_v\` (\`version_responsibility_overdue\`);`)
  await db.run(sql`ALTER TABLE \`datasets\` ADD \`responsibility_overdue\` integer DEFAULT false;`)
  await db.run(sql`CREATE INDEX \`datasets_responsibility_responsibility_overdue_idx\` ON \`datasets\` (\`responsibility_overdue\`);`)
  await db.run(sql`ALTER TABLE \`_datasets_v\` ADD \`version_responsibility_overdue\` integer DEFAULT false;`)
  await db.run(sql`CREATE INDEX \`_datasets_v_version_responsibility_version_responsibil_2_idx\` ON \`_datasets_v\` (\`version_responsibility_overdue\`);`)
  await db.run(sql`ALTER TABLE \`privacy_notices\` ADD \`responsibility_overdue\` integer DEFAULT false;`)
  await db.run(sql`CREATE INDEX \`privacy_notices_responsibility_responsibility_overdue_idx\` ON \`privacy_notices\` (\`responsibility_overdue\`);`)
  await db.run(sql`ALTER TABLE \`_privacy_notices_v\` ADD \`version_responsibility_overdue\` integer DEFAULT false;`)
  await db.run(sql`CREATE INDEX \`_privacy_notices_v_version_responsibility_version_resp_2_idx\` ON \`_privacy_notices_v\` (\`version_responsibility_overdue\`);`)
  await db.run(sql`ALTER TABLE \`documents\` ADD \`pdf_check_title\` text;`)
  await db.run(sql`ALTER TABLE \`documents\` ADD \`pdf_check_language\` text;`)
  await db.run(sql`ALTER TABLE \`documents\` ADD \`pdf_check_tagged\` integer;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`external_links_id\` integer REFERENCES external_links(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_external_links_id_idx\` ON \`payload_locked_documents_rels\` (\`external_links_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`external_links\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`pages_id\` integer,
  	\`reports_id\` integer,
  	\`datasets_id\` integer,
  	\`topics_id\` integer,
  	\`privacy_notices_id\` integer,
  	\`media_id\` integer,
  	\`documents_id\` integer,
  	\`redirects_id\` integer,
  	\`audit_log_id\` integer,
  	\`feedback_id\` integer,
  	\`data_requests_id\` integer,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`pages_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`reports_id\`) REFERENCES \`reports\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`datasets_id\`) REFERENCES \`datasets\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`privacy_notices_id\`) REFERENCES \`privacy_notices\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`documents_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`redirects_id\`) REFERENCES \`redirects\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audit_log_id\`) REFERENCES \`audit_log\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`feedback_id\`) REFERENCES \`feedback\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`data_requests_id\`) REFERENCES \`data_requests\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "pages_id", "reports_id", "datasets_id", "topics_id", "privacy_notices_id", "media_id", "documents_id", "redirects_id", "audit_log_id", "feedback_id", "data_requests_id", "users_id") SELECT "id", "order", "parent_id", "path", "pages_id", "reports_id", "datasets_id", "topics_id", "privacy_notices_id", "media_id", "documents_id", "redirects_id", "audit_log_id", "feedback_id", "data_requests_id", "users_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_pages_id_idx\` ON \`payload_locked_documents_rels\` (\`pages_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_reports_id_idx\` ON \`payload_locked_documents_rels\` (\`reports_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_datasets_id_idx\` ON \`payload_locked_documents_rels\` (\`datasets_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_topics_id_idx\` ON \`payload_locked_documents_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_privacy_notices_id_idx\` ON \`payload_locked_documents_rels\` (\`privacy_notices_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_documents_id_idx\` ON \`payload_locked_documents_rels\` (\`documents_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_redirects_id_idx\` ON \`payload_locked_documents_rels\` (\`redirects_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_audit_log_id_idx\` ON \`payload_locked_documents_rels\` (\`audit_log_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_feedback_id_idx\` ON \`payload_locked_documents_rels\` (\`feedback_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_data_requests_id_idx\` ON \`payload_locked_documents_rels\` (\`data_requests_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`DROP INDEX \`pages_responsibility_responsibility_overdue_idx\`;`)
  await db.run(sql`ALTER TABLE \`pages\` DROP COLUMN \`responsibility_overdue\`;`)
  await db.run(sql`DROP INDEX \`_pages_v_version_responsibility_version_responsibility_1_idx\`;`)
  await db.run(sql`ALTER TABLE \`_pages_v\` DROP COLUMN \`version_responsibility_overdue\`;`)
  await db.run(sql`DROP INDEX \`reports_responsibility_responsibility_overdue_idx\`;`)
  await db.run(sql`ALTER TABLE \`reports\` DROP COLUMN \`responsibility_overdue\`;`)
  await db.run(sql`DROP INDEX \`_reports_v_version_responsibility_version_responsibili_2_idx\`;`)
  await db.run(sql`ALTER TABLE \`_reports_v\` DROP COLUMN \`version_responsibility_overdue\`;`)
  await db.run(sql`DROP INDEX \`datasets_responsibility_responsibility_overdue_idx\`;`)
  await db.run(sql`ALTER TABLE \`datasets\` DROP COLUMN \`responsibility_overdue\`;`)
  await db.run(sql`DROP INDEX \`_datasets_v_version_responsibility_version_responsibil_2_idx\`;`)
  await db.run(sql`ALTER TABLE \`_datasets_v\` DROP COLUMN \`version_responsibility_overdue\`;`)
  await db.run(sql`DROP INDEX \`privacy_notices_responsibility_responsibility_overdue_idx\`;`)
  await db.run(sql`ALTER TABLE \`privacy_notices\` DROP COLUMN \`responsibility_overdue\`;`)
  await db.run(sql`DROP INDEX \`_privacy_notices_v_version_responsibility_version_resp_2_idx\`;`)
  await db.run(sql`ALTER TABLE \`_privacy_notices_v\` DROP COLUMN \`version_responsibility_overdue\`;`)
  await db.run(sql`ALTER TABLE \`documents\` DROP COLUMN \`pdf_check_title\`;`)
  await db.run(sql`ALTER TABLE \`documents\` DROP COLUMN \`pdf_check_language\`;`)
  await db.run(sql`ALTER TABLE \`documents\` DROP COLUMN \`pdf_check_tagged\`;`)
}
