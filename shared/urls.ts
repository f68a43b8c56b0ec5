/** Where the public site and the CMS are reached from a visitor's browser (defaults: `npm start` on this machine). */
export const siteUrl = () => (process.env.SITE_URL || 'http://localhost:4321').replace(/\/+$/, '')
export const cmsPublicUrl = () => (process.env.CMS_PUBLIC_URL || 'http://localhost:3000').replace(/\/+$/, '')
