import type { Report } from './payload-types'

/** Lexical rich text holding one paragraph: for generated content (benchmark corpus, tests). Every rich-text field has this type. */
export function paragraph(text: string): Report['summary'] {
  return {
    root: {
      type: 'root',
      format: '',
      indent: 0,
      version: 1,
      direction: 'ltr',
      children: [
        {
          type: 'paragraph',
          format: '',
          indent: 0,
          version: 1,
          direction: 'ltr',
          textFormat: 0,
          textStyle: '',
          children: [{ type: 'text', text, format: 0, detail: 0, mode: 'normal', style: '', version: 1 }],
        },
      ],
    },
  }
}
