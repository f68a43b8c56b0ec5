import type { GlobalConfig, PayloadRequest } from 'payload'

import { admins, staff } from '../access'

/** The editorial rules an admin sets: whether editors' changes wait for a publisher, and how often content is reviewed. */
export const EditorialSettings: GlobalConfig = {
  slug: 'editorial-settings',
  label: { sv: 'Redaktionella regler', en: 'Editorial rules' },
  admin: { group: { sv: 'Inställningar', en: 'Settings' } },
  access: { read: staff, update: admins },
  fields: [
    {
      name: 'reviewBeforePublish',
      type: 'checkbox',
      defaultValue: true,
      label: { sv: 'Granskning före publicering', en: 'Review before publishing' },
      admin: {
        description: {
          sv: 'Redaktörer skickar sina ändringar för granskning; bara publicister och administratörer publicerar, avpublicerar och schemalägger. Stäng av för små redaktioner: då publicerar redaktörer själva.',
          en: 'Editors submit their changes for review; only publishers and admins publish, unpublish and schedule. Turn off for small teams: editors then publish themselves.',
        },
      },
    },
    {
      name: 'reviewIntervalMonths',
      type: 'number',
      defaultValue: 12,
      min: 1,
      max: 60,
      required: true,
      label: { sv: 'Se över innehållet efter (månader)', en: 'Review content after (months)' },
      admin: {
        description: {
          sv: 'När en sida, rapport eller statistik publiceras får den ett datum då den ska ses över, så här många månader senare.',
          en: 'A published page, report or dataset gets a date to be reviewed by, this many months later.',
        },
      },
    },
  ],
}

type Settings = { reviewBeforePublish?: boolean | null; reviewIntervalMonths?: number | null }
const read = new WeakMap<object, Promise<Settings>>()

/** The settings, read once per request (access rules ask several times in one save). */
export function editorialSettings(req: PayloadRequest): Promise<Settings> {
  let settings = read.get(req)
  if (!settings) {
    settings = req.payload.findGlobal({ slug: 'editorial-settings', depth: 0, overrideAccess: true, req }) as Promise<Settings>
    read.set(req, settings)
  }
  return settings
}
