import { sql, type MigrateDownArgs } from '@payloadcms/db-sqlite'

type Db = MigrateDownArgs['db']

/**
 * For SQLite migrations that rebuild tables (create `__new_x`, copy, drop `x`, rename): Payload runs each migration
 * in a transaction, where `PRAGMA foreign_keys=OFF` does nothing, so dropping `x` deletes every row that refers to
 * it through an ON DELETE CASCADE key (its languages, relations, arrays, blocks, and theirs). This keeps those rows:
 * they are copied aside before `rebuild` and put back after it, in the columns both versions of each table have.
 */
export async function keepingChildRows(db: Db, rebuilt: string[], rebuild: () => Promise<void>): Promise<void> {
  const tables = ((await db.all(sql`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`)) as { name: string }[]).map(
    (t) => t.name,
  )
  const parentsOf = new Map<string, string[]>()
  for (const table of tables) {
    const keys = (await db.all(sql.raw(`PRAGMA foreign_key_list("${table}")`))) as { table: string }[]
    parentsOf.set(table, keys.map((key) => key.table))
  }
  // Every table whose rows a cascade from the rebuilt tables reaches, at any depth.
  const reached = new Set<string>()
  let frontier = new Set(rebuilt)
  while (frontier.size > 0) {
    const next = new Set<string>()
    // A rebuilt table is kept too when it refers to another (a version table to its documents' table).
    for (const [table, parents] of parentsOf)
      if (!reached.has(table) && parents.some((p) => p !== table && frontier.has(p))) next.add(table)
    for (const table of next) reached.add(table)
    frontier = next
  }
  const columnsOf = async (table: string) =>
    ((await db.all(sql.raw(`PRAGMA table_info("${table}")`))) as { name: string }[]).map((c) => c.name)
  const kept = [...reached]
  const before = new Map<string, string[]>()
  for (const table of kept) {
    before.set(table, await columnsOf(table))
    await db.run(sql.raw(`CREATE TEMP TABLE "kept_${table}" AS SELECT * FROM "${table}"`))
  }
  await rebuild()
  // Parents before children: a row is put back after the row it refers to.
  const order = [...kept].sort((a, b) => depth(a) - depth(b))
  function depth(table: string, seen = new Set<string>()): number {
    if (seen.has(table)) return 0
    seen.add(table)
    const parents = (parentsOf.get(table) ?? []).filter((p) => p !== table && reached.has(p))
    return parents.length === 0 ? 0 : 1 + Math.max(...parents.map((p) => depth(p, seen)))
  }
  for (const table of order) {
    const now = new Set(await columnsOf(table))
    const columns = before.get(table)!.filter((c) => now.has(c)).map((c) => `"${c}"`).join(', ')
    await db.run(sql.raw(`DELETE FROM "${table}"`))
    await db.run(sql.raw(`INSERT INTO "${table}" (${columns}) SELECT ${columns} FROM "kept_${table}"`))
    await db.run(sql.raw(`DROP TABLE "kept_${table}"`))
  }
}
