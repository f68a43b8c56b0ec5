import type { Block } from 'payload'

/**
 * A public form on a page: "Did you find what you were looking for?" (with an optional comment) or a question
 * with an e-mail address for the reply. A form that asks for an e-mail address must name its privacy notice,
 * whose summary and link stand beside the field.
 */
export const FormBlock: Block = {
  slug: 'form',
  interfaceName: 'FormBlock',
  labels: { singular: { sv: 'Formulär', en: 'Form' }, plural: { sv: 'Formulär', en: 'Forms' } },
  fields: [
    {
      name: 'formType',
      type: 'select',
      required: true,
      defaultValue: 'feedback',
      label: { sv: 'Formulär', en: 'Form' },
      options: [
        {
          value: 'feedback',
          label: {
            sv: 'Hittade du det du sökte? (med valfri kommentar)',
            en: 'Did you find what you were looking for? (optional comment)',
          },
        },
        { value: 'question', label: { sv: 'Fråga med e-postadress för svar', en: 'Question with a reply address' } },
      ],
    },
    {
      name: 'heading',
      type: 'text',
      label: { sv: 'Rubrik', en: 'Heading' },
      admin: { description: { sv: 'Tomt: "Hittade du det du sökte?" eller "Ställ en fråga".', en: 'Empty: a default heading.' } },
    },
    { name: 'intro', type: 'textarea', label: { sv: 'Inledande text', en: 'Introduction' } },
    {
      name: 'privacyNotice',
      type: 'relationship',
      relationTo: 'privacy-notices',
      label: { sv: 'Personuppgiftsinformation', en: 'Privacy notice' },
      admin: {
        description: { sv: 'Krävs när formuläret frågar efter e-postadress.', en: 'Required when the form asks for an e-mail address.' },
      },
      validate: (value: unknown, { siblingData }: { siblingData: { formType?: string } }) =>
        siblingData.formType !== 'question' ||
        Boolean(value) ||
        'Ett formulär som frågar efter e-postadress måste länka till personuppgiftsinformation.',
    },
  ],
}
