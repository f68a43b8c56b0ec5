import type { CollectionConfig } from 'payload'

import { admins, staff } from '../access'

const nobody = () => false

/**
 * What visitors send through the public forms. Nobody creates, changes or lists these through the API: they arrive
 * only through POST /api/forms/submit (submit-endpoint.ts). Editors read them, admins delete them; each is deleted
 * automatically when its privacy notice's retention period has passed (retention-task.ts). A data subject's
 * export and erasure are cms/data-subject-requests/.
 */
export const Feedback: CollectionConfig = {
  slug: 'feedback',
  labels: { singular: { sv: 'Inskickat meddelande', en: 'Submission' }, plural: { sv: 'Inskickade meddelanden', en: 'Submissions' } },
  admin: {
    useAsTitle: 'summary',
    defaultColumns: ['summary', 'formType', 'page', 'createdAt', 'deleteAfter'],
    group: { sv: 'Från besökare', en: 'From visitors' },
    description: {
      sv: 'Frågor och synpunkter från webbplatsens formulär. Raderas automatiskt när lagringstiden har gått ut.',
      en: 'Questions and feedback from the site’s forms. Deleted automatically when the retention period ends.',
    },
  },
  access: { create: nobody, read: staff, update: nobody, delete: admins },
  timestamps: true,
  fields: [
    {
      name: 'formType',
      type: 'select',
      required: true,
      label: { sv: 'Formulär', en: 'Form' },
      options: [
        { value: 'feedback', label: { sv: 'Hittade du det du sökte?', en: 'Did you find what you were looking for?' } },
        { value: 'question', label: { sv: 'Fråga', en: 'Question' } },
      ],
    },
    { name: 'summary', type: 'text', label: { sv: 'Sammanfattning', en: 'Summary' }, admin: { readOnly: true } },
    {
      name: 'found',
      type: 'select',
      label: { sv: 'Hittade det den sökte', en: 'Found what they looked for' },
      options: [
        { value: 'yes', label: { sv: 'Ja', en: 'Yes' } },
        { value: 'no', label: { sv: 'Nej', en: 'No' } },
      ],
    },
    { name: 'comment', type: 'textarea', label: { sv: 'Kommentar', en: 'Comment' } },
    { name: 'question', type: 'textarea', label: { sv: 'Fråga', en: 'Question' } },
    { name: 'email', type: 'email', index: true, label: { sv: 'E-postadress för svar', en: 'Reply address' } },
    { name: 'page', type: 'text', label: { sv: 'Skickat från sidan', en: 'Sent from page' } },
    {
      type: 'row',
      fields: [
        {
          name: 'privacyNotice',
          type: 'relationship',
          relationTo: 'privacy-notices',
          label: { sv: 'Personuppgiftsinformation', en: 'Privacy notice' },
        },
        {
          name: 'privacyNoticeVersion',
          type: 'text',
          label: { sv: 'Version som gällde', en: 'Version in force' },
          admin: {
            description: {
              sv: 'Den publicerade versionen av informationen när meddelandet kom in.',
              en: 'The published version of the notice when the submission arrived.',
            },
          },
        },
      ],
    },
    { name: 'submissionId', type: 'text', index: true, admin: { hidden: true } },
    {
      name: 'deleteAfter',
      type: 'date',
      required: true,
      index: true,
      label: { sv: 'Raderas efter', en: 'Deleted after' },
      admin: { date: { pickerAppearance: 'dayAndTime' } },
    },
  ],
}
