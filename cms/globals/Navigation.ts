import type { GlobalConfig } from 'payload'

import { staff, staffOrPublisher } from '../access'
import { linkFields } from '../fields/link'

export const Navigation: GlobalConfig = {
  slug: 'navigation',
  label: { sv: 'Huvudmeny', en: 'Main menu' },
  admin: { group: { sv: 'Inställningar', en: 'Settings' } },
  access: { read: staffOrPublisher, update: staff },
  fields: [{ name: 'items', type: 'array', maxRows: 8, label: { sv: 'Menyval', en: 'Menu items' }, fields: linkFields }],
}
