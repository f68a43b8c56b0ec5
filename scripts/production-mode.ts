/**
 * Imported first by scripts that render React in production mode (the site build): React's CommonJS entry picks
 * its development or production build from NODE_ENV when first loaded, and Payload loads React before Astro
 * sets NODE_ENV, which would pair development React with production react-dom/server.
 */
Object.assign(process.env, { NODE_ENV: 'production' })
