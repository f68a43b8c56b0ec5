import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  ALTER TABLE "privacy_notices_locales" ADD COLUMN "rights" varchar;
  ALTER TABLE "_privacy_notices_v_locales" ADD COLUMN "version_rights" varchar;
  -- Keep what the notices say: the text both languages shared becomes each language's (the generated migration drops it).
  UPDATE "privacy_notices_locales" l SET "rights" = p."rights" FROM "privacy_notices" p WHERE p."id" = l."_parent_id";
  UPDATE "_privacy_notices_v_locales" l SET "version_rights" = v."version_rights" FROM "_privacy_notices_v" v WHERE v."id" = l."_parent_id";
  ALTER TABLE "privacy_notices" DROP COLUMN "rights";
  ALTER TABLE "_privacy_notices_v" DROP COLUMN "version_rights";`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  ALTER TABLE "privacy_notices" ADD COLUMN "rights" varchar;
  ALTER TABLE "_privacy_notices_v" ADD COLUMN "version_rights" varchar;
  -- The Swedish text back; English versions do not survive going down.
  UPDATE "privacy_notices" p SET "rights" = l."rights" FROM "privacy_notices_locales" l WHERE l."_parent_id" = p."id" AND l."_locale" = 'sv';
  UPDATE "_privacy_notices_v" v SET "version_rights" = l."version_rights" FROM "_privacy_notices_v_locales" l WHERE l."_parent_id" = v."id" AND l."_locale" = 'sv';
  ALTER TABLE "privacy_notices_locales" DROP COLUMN "rights";
  ALTER TABLE "_privacy_notices_v_locales" DROP COLUMN "version_rights";`)
}
