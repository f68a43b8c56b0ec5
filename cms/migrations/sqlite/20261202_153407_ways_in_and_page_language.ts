import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`pages\` ADD \`language\` text DEFAULT 'sv';`)
  await db.run(sql`ALTER TABLE \`pages\` ADD \`easy_to_read\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_pages_v\` ADD \`version_language\` text DEFAULT 'sv';`)
  await db.run(sql`ALTER TABLE \`_pages_v\` ADD \`version_easy_to_read\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`navigation\` ADD \`ways_in_easy_to_read_id\` integer REFERENCES pages(id) ON DELETE set null;`)
  await db.run(sql`ALTER TABLE \`navigation\` ADD \`ways_in_sign_language_id\` integer REFERENCES pages(id) ON DELETE set null;`)
  await db.run(sql`ALTER TABLE \`navigation\` ADD \`ways_in_other_languages_id\` integer REFERENCES pages(id) ON DELETE set null;`)
  await db.run(sql`CREATE INDEX \`navigation_ways_in_ways_in_easy_to_read_idx\` ON \`navigation\` (\`ways_in_easy_to_read_id\`);`)
  await db.run(sql`CREATE INDEX \`navigation_ways_in_ways_in_sign_language_idx\` ON \`navigation\` (\`ways_in_sign_language_id\`);`)
  await db.run(sql`CREATE INDEX \`navigation_ways_in_ways_in_other_languages_idx\` ON \`navigation\` (\`ways_in_other_languages_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_navigation\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`INSERT INTO \`__new_navigation\`("id", "updated_at", "created_at") SELECT "id", "updated_at", "created_at" FROM \`navigation\`;`)
  await db.run(sql`DROP TABLE \`navigation\`;`)
  await db.run(sql`ALTER TABLE \`__new_navigation\` RENAME TO \`navigation\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`ALTER TABLE \`pages\` DROP COLUMN \`language\`;`)
  await db.run(sql`ALTER TABLE \`pages\` DROP COLUMN \`easy_to_read\`;`)
  await db.run(sql`ALTER TABLE \`_pages_v\` DROP COLUMN \`version_language\`;`)
  await db.run(sql`ALTER TABLE \`_pages_v\` DROP COLUMN \`version_easy_to_read\`;`)
}
