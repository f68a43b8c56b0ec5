import path from 'node:path'

/**
 * Where the CMS keeps what it writes: the embedded database, the generated secret and uploaded files.
 * `DATA_DIR` moves it (tests use a fresh temporary folder per suite); the default is `data/` in the project.
 * The project root comes from `PROJECT_ROOT` (set by `npm start` for the admin server) or the working directory,
 * because bundlers (Next, Vite) relocate this module and `import.meta.url` would not point into the project.
 */
export const projectRoot = path.resolve(process.env.PROJECT_ROOT ?? process.cwd())
export const dataDir = path.resolve(projectRoot, process.env.DATA_DIR ?? 'data')
export const uploadsDir = (collection: 'media' | 'documents') => path.join(dataDir, 'uploads', collection)
