import type { CollectionConfig } from 'payload'

import { admins, adminsField } from '../../access'
import { adminUsesHttps } from '../../admin-origins'
import { adminsOrFirstUser, adminsOrFirstUserField, adminsOrSelf } from './access'
import { firstAdminClaimField, firstUserIsAdmin, setupTokenField } from './first-admin'
import { enforcePasswordPolicy } from './password-policy'
import { forgiveSuccessfulSignIn, throttleSignIn } from './sign-in-throttle'

export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: { sv: 'Användare', en: 'User' }, plural: { sv: 'Användare', en: 'Users' } },
  auth: {
    tokenExpiration: 60 * 60 * 8,
    // Payload's lockout per account is off: it let anyone keep an admin locked out by guessing wrong on purpose.
    // Guessing is slowed per client address instead (sign-in-throttle.ts), with the password policy behind it.
    maxLoginAttempts: 0,
    // Strict: the session cookie is never sent with a request that starts on another site, not even a link.
    cookies: { sameSite: 'Strict', secure: adminUsesHttps() },
    // A remote build (CMS_URL) reads through the API with a user's API key: the API is closed to anonymous requests.
    useAPIKey: true,
  },
  admin: { useAsTitle: 'email', defaultColumns: ['email', 'name', 'roles'], group: { sv: 'Inställningar', en: 'Settings' } },
  access: {
    admin: ({ req }) => Boolean(req.user),
    read: adminsOrSelf,
    create: adminsOrFirstUser,
    update: adminsOrSelf,
    delete: admins,
    // Lifting a lock is for admins only (Payload's default lets any signed-in user unlock any account).
    unlock: admins,
  },
  hooks: {
    beforeOperation: [throttleSignIn, enforcePasswordPolicy],
    beforeChange: [firstUserIsAdmin],
    afterLogin: [forgiveSuccessfulSignIn],
  },
  fields: [
    { name: 'name', type: 'text', label: { sv: 'Namn', en: 'Name' } },
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      required: true,
      defaultValue: ['editor'],
      saveToJWT: true,
      label: { sv: 'Roller', en: 'Roles' },
      options: [
        { value: 'admin', label: { sv: 'Administratör', en: 'Admin' } },
        { value: 'editor', label: { sv: 'Redaktör', en: 'Editor' } },
        // Publishes what editors submit (cms/review/): with review before publishing on, editors do not publish.
        { value: 'publisher', label: { sv: 'Publicist', en: 'Publisher' } },
      ],
      // Only admins hand out roles: an editor cannot promote themselves.
      access: { create: adminsOrFirstUserField, update: adminsField },
    },
    setupTokenField,
    firstAdminClaimField,
  ],
}
