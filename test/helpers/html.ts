import { Window } from 'happy-dom'

const window = new Window({
  settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true },
})

/** Parses a built page the way a browser would (without running anything), to ask what a visitor gets. */
export function parseHtml(html: string) {
  return new window.DOMParser().parseFromString(html, 'text/html')
}
