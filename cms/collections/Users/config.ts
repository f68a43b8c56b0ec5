import type { CollectionConfig } from 'payload'

import { admins, adminsField } from '../../access'
import { adminsOrFirstUser, adminsOrFirstUserField, adminsOrSelf } from './access'
import { firstUserIsAdmin } from './hooks'

export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: { sv: 'Användare', en: 'User' }, plural: { sv: 'Användare', en: 'Users' } },
  auth: { tokenExpiration: 60 * 60 * 8, maxLoginAttempts: 5, lockTime: 10 * 60 * 1000 },
  admin: { useAsTitle: 'email', defaultColumns: ['email', 'name', 'roles'], group: { sv: 'Inställningar', en: 'Settings' } },
  access: {
    admin: ({ req }) => Boolean(req.user),
    read: adminsOrSelf,
    create: adminsOrFirstUser,
    update: adminsOrSelf,
    delete: admins,
  },
  hooks: { beforeChange: [firstUserIsAdmin] },
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
      ],
      // Only admins hand out roles: an editor cannot promote themselves.
      access: { create: adminsOrFirstUserField, update: adminsField },
    },
  ],
}
