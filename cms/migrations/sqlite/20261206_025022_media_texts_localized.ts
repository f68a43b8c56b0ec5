import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`media_locales\` (
  	\`alt\` text NOT NULL,
  	\`caption\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  // Keep what the documents say: their text becomes the Swedish version (the generated migration drops it).
  await db.run(sql`INSERT INTO \`media_locales\` (\`alt\`, \`caption\`, \`_locale\`, \`_parent_id\`) SELECT \`alt\`, \`caption\`, 'sv', \`id\` FROM \`media\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`alt\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`caption\`;`)
  // The locale tables' indexes take the names of the old tables' indexes: created once those are gone.
  await db.run(sql`CREATE UNIQUE INDEX \`media_locales_locale_parent_id_unique\` ON \`media_locales\` (\`_locale\`,\`_parent_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`media\` ADD \`alt\` text NOT NULL DEFAULT '';`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`caption\` text;`)
  // Swedish text back; English versions do not survive going down.
  await db.run(sql`UPDATE \`media\` SET \`alt\` = (SELECT \`alt\` FROM \`media_locales\` l WHERE l.\`_parent_id\` = \`media\`.\`id\` AND l.\`_locale\` = 'sv');`)
  await db.run(sql`UPDATE \`media\` SET \`caption\` = (SELECT \`caption\` FROM \`media_locales\` l WHERE l.\`_parent_id\` = \`media\`.\`id\` AND l.\`_locale\` = 'sv');`)
  await db.run(sql`DROP TABLE \`media_locales\`;`)
}
