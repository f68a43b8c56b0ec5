/**
 * The words the site itself says around the editors' content (header, footer, breadcrumbs, section navigation), in
 * each language of the site. The English site shows the English ones (the type makes both tables complete).
 */
import type { ContentLocale } from '../../shared/locales'
import type { PublicationType } from '../../shared/publications'
import { ENGLISH_PUBLICATIONS_PATH, ENGLISH_STATISTICS_PATH } from '../../shared/slug'

export interface SiteText {
  /** <html lang> and Open Graph's og:locale. */
  lang: string
  ogLocale: string
  skipLink: string
  waysIn: string
  searchLabel: string
  searchButton: string
  /** The search page (its own Pagefind index per language: site/publisher/search.ts). */
  search: { href: string; title: string; description: string; label: string; noJavaScript: string }
  /** What the search results call a page and a publication (Pagefind's `typ` meta). */
  searchTypes: { page: string; publication: string }
  /** The forms' words (site/blocks/Form), and the pages a form sent without JavaScript lands on. */
  forms: {
    askQuestion: string
    foundIt: string
    answerYesOrNo: string
    yes: string
    no: string
    comment: string
    commentHint: string
    question: string
    email: string
    leaveEmpty: string
    send: string
    doneQuestion: string
    doneFeedback: string
    notSent: string
    notSentTitle: string
    thanksFeedback: { title: string; heading: string; lead: string }
    thanksQuestion: { title: string; heading: string; lead: string }
    goBack: string
    toHome: string
  }
  /** The editors' preview of a draft (site/pages/forhandsvisning/). */
  preview: { title: string; draftPage: string; draftReport: string }
  /** "och", "and". */
  and: string
  /** The 404 page. */
  notFound: { title: string; lead: string; home: string; publications: string }
  mainMenu: string
  breadcrumbs: string
  home: string
  phone: string
  email: string
  footer: string
  accessibility: string
  /** Added to a link to a page only in the other language. */
  inOtherLanguage: string
  externalLink: string
  easyToRead: string
  /** Before the date the page's content last changed (issue 16). */
  lastUpdated: string
  /** The section navigation's name, before the section's title ("Sidor i …"). */
  sectionPages: string
  /** The header's link to the other language's site, in that language (issue 15: "English", "Svenska"). */
  otherLanguage: { label: string; lang: ContentLocale }
  publications: {
    title: string
    href: string
    lead: string
    one: string
    many: string
    none: string
    /** The filters' words, and the headings of a filtered list ("Publikationer från 2018"). */
    filters: {
      name: string
      description: string
      show: string
      all: string
      year: string
      topic: string
      type: string
      fromYear: string
      onTopic: string
      ofType: string
    }
  }
  /** "sida 2 av 5", and the page links. */
  paging: { page: string; of: string; previous: string; next: string; pages: string }
  publicationTypes: Record<PublicationType, string>
  report: {
    type: string
    published: string
    number: string
    publisher: string
    authors: string
    topics: string
    summary: string
    download: string
    notAccessible: string
    otherFormat: string
    otherFormatOffer: string
    otherFormatSubject: string
    writeTo: string
    orCall: string
    contactUs: string
    related: string
  }
  statistics: {
    title: string
    href: string
    description: string
    lead: string
    none: string
    /** The English list's heading for the datasets shown in Swedish only. */
    inSwedishOnly: string
    source: string
    downloadAll: string
    json: string
    jsonNote: string
    about: string
    indicator: string
    unit: string
    topics: string
    readMore: string
  }
  privacy: {
    searchType: string
    effectiveFrom: string
    controller: string
    organisationNumber: string
    email: string
    phone: string
    dataProtectionOfficer: string
    theDataProtectionOfficer: string
    data: string
    purposes: string
    legalBasis: string
    legalBases: Record<string, string>
    recipients: string
    transfers: string
    retention: string
    rights: string
    complaint: string
    /** The forms' link to the notice. */
    formLink: string
  }
}

export const SITE_TEXT: Record<ContentLocale, SiteText> = {
  sv: {
    lang: 'sv',
    ogLocale: 'sv_SE',
    skipLink: 'Till innehållet',
    waysIn: 'Andra sätt att ta del av webbplatsen',
    searchLabel: 'Sök på webbplatsen',
    searchButton: 'Sök',
    search: {
      href: '/sok/',
      title: 'Sök',
      description: 'Sök bland sidor, publikationer och statistik.',
      label: 'Sök bland sidor, publikationer och statistik',
      noJavaScript: 'Sökningen fungerar bara med JavaScript påslaget i webbläsaren. Utan JavaScript hittar du innehållet via huvudmenyn,',
    },
    searchTypes: { page: 'Sida', publication: 'Publikation' },
    forms: {
      askQuestion: 'Ställ en fråga',
      foundIt: 'Hittade du det du sökte?',
      answerYesOrNo: 'Svara ja eller nej',
      yes: 'Ja',
      no: 'Nej',
      comment: 'Kommentar (frivilligt)',
      commentHint:
        'Vi svarar inte på kommentarer. Skriv inte namn, e-postadress eller annat om dig själv här; vill du ha svar kan du ställa en fråga.',
      question: 'Din fråga',
      email: 'Din e-postadress, för vårt svar',
      leaveEmpty: 'Lämna det här fältet tomt',
      send: 'Skicka',
      doneQuestion: 'Tack för din fråga! Vi svarar till den e-postadress du skrev.',
      doneFeedback: 'Tack för ditt svar! Det hjälper oss att göra webbplatsen bättre.',
      notSent: 'Meddelandet skickades inte:',
      notSentTitle: 'Meddelandet skickades inte',
      thanksFeedback: {
        title: 'Tack för ditt svar',
        heading: 'Tack för ditt svar!',
        lead: 'Ditt svar hjälper oss att göra webbplatsen bättre.',
      },
      thanksQuestion: {
        title: 'Tack för din fråga',
        heading: 'Tack för din fråga!',
        lead: 'Vi har tagit emot din fråga och svarar till den e-postadress du skrev.',
      },
      goBack: 'Gå tillbaka till formuläret med webbläsarens bakåtknapp: det du skrev finns oftast kvar.',
      toHome: 'Till startsidan',
    },
    preview: {
      title: 'Förhandsvisning',
      draftPage: 'Förhandsvisning av ett utkast. Sidan är inte publicerad i den här versionen.',
      draftReport: 'Förhandsvisning av ett utkast. Rapporten är inte publicerad i den här versionen.',
    },
    and: 'och',
    notFound: {
      title: 'Sidan finns inte',
      lead: 'Vi hittar ingen sida på den här adressen. Den kan ha flyttats eller tagits bort, eller så är adressen felstavad.',
      home: 'Gå till startsidan',
      publications: 'Se alla publikationer',
    },
    mainMenu: 'Huvudmeny',
    breadcrumbs: 'Du är här',
    home: 'Start',
    phone: 'Telefon',
    email: 'E-post',
    footer: 'Sidfot',
    accessibility: 'Tillgänglighetsredogörelse',
    inOtherLanguage: '(på engelska)',
    externalLink: '(länk till annan webbplats)',
    easyToRead: 'Lättläst',
    lastUpdated: 'Senast uppdaterad',
    sectionPages: 'Sidor i',
    otherLanguage: { label: 'English', lang: 'en' },
    publications: {
      title: 'Publikationer',
      href: '/publikationer/',
      lead: 'Våra rapporter och andra publikationer, senast publicerade först. Varje publikation har en sammanfattning på webben och kan laddas ner.',
      one: 'publikation',
      many: 'publikationer',
      none: 'Inga publikationer ännu.',
      filters: {
        name: 'Filtrera publikationer',
        description: 'Rapporter och andra publikationer, senaste först. Filtrera på år, ämne och typ.',
        show: 'Visa',
        all: 'Alla publikationer',
        year: 'År',
        topic: 'Ämne',
        type: 'Typ',
        fromYear: 'Publikationer från',
        onTopic: 'Publikationer i ämnet',
        ofType: 'Publikationer av typen',
      },
    },
    paging: { page: 'Sida', of: 'av', previous: 'Föregående sida', next: 'Nästa sida', pages: 'Sidor' },
    publicationTypes: { rapport: 'Rapport', promemoria: 'Promemoria', kunskapsoversikt: 'Kunskapsöversikt', utvardering: 'Utvärdering' },
    report: {
      type: 'Typ',
      published: 'Publicerad',
      number: 'Publikationsnummer',
      publisher: 'Utgivare',
      authors: 'Författare',
      topics: 'Ämnen',
      summary: 'Sammanfattning',
      download: 'Ladda ner rapporten',
      notAccessible: 'Filen är inte tillgänglighetsanpassad.',
      otherFormat: 'Behöver du rapporten i ett annat format?',
      otherFormatOffer: 'Vi tar fram rapporten som tillgänglig PDF, i lättläst form eller uppläst om du behöver det.',
      otherFormatSubject: 'Annat format',
      writeTo: 'Skriv till',
      orCall: 'eller ring',
      contactUs: 'Kontakta oss så hjälper vi dig.',
      related: 'Relaterade publikationer',
    },
    statistics: {
      title: 'Statistik',
      href: '/statistik/',
      description: 'Statistik om regional utveckling: jämför län över tid i diagram och tabeller, och ladda ner siffrorna.',
      lead: 'Jämför länen över tid i diagram och tabeller. Välj län och år, dela länken till din jämförelse och ladda ner siffrorna.',
      none: 'Ingen statistik är publicerad ännu.',
      inSwedishOnly: 'Statistik på svenska',
      source: 'Källa',
      downloadAll: 'Ladda ner hela datasetet',
      json: 'Hämta som JSON',
      jsonNote: '(med beskrivning av datasetet)',
      about: 'Om statistiken',
      indicator: 'Mått',
      unit: 'Enhet',
      topics: 'Ämnen',
      readMore: 'Läs mer om statistiken:',
    },
    privacy: {
      searchType: 'Personuppgifter',
      effectiveFrom: 'Gäller från',
      controller: 'Personuppgiftsansvarig',
      organisationNumber: 'organisationsnummer',
      email: 'E-post',
      phone: 'telefon',
      dataProtectionOfficer: 'Dataskyddsombud',
      theDataProtectionOfficer: 'Dataskyddsombudet',
      data: 'Vilka uppgifter vi behandlar',
      purposes: 'Varför vi behandlar uppgifterna och med vilken rätt',
      legalBasis: 'Rättslig grund',
      legalBases: {
        consent: 'Samtycke (artikel 6.1 a i dataskyddsförordningen)',
        contract: 'Avtal (artikel 6.1 b)',
        'legal-obligation': 'Rättslig förpliktelse (artikel 6.1 c)',
        'vital-interests': 'Grundläggande intressen (artikel 6.1 d)',
        'public-task': 'Uppgift av allmänt intresse eller myndighetsutövning (artikel 6.1 e)',
        'legitimate-interests': 'Berättigat intresse (artikel 6.1 f)',
      },
      recipients: 'Vilka som får ta del av uppgifterna',
      transfers: 'Överföring till länder utanför EU/EES',
      retention: 'Hur länge vi sparar uppgifterna',
      rights: 'Dina rättigheter',
      complaint: 'Om du vill klaga',
      formLink: 'Så behandlar vi dina personuppgifter',
    },
  },
  en: {
    lang: 'en',
    ogLocale: 'en_GB',
    skipLink: 'Skip to content',
    waysIn: 'Other ways to use the website',
    searchLabel: 'Search the website',
    searchButton: 'Search',
    search: {
      href: '/en/search/',
      title: 'Search',
      description: 'Search the pages, publications and statistics in English.',
      label: 'Search the pages, publications and statistics in English',
      noJavaScript:
        'Search only works with JavaScript turned on in your browser. Without JavaScript, find the content through the main menu,',
    },
    searchTypes: { page: 'Page', publication: 'Publication' },
    forms: {
      askQuestion: 'Ask a question',
      foundIt: 'Did you find what you were looking for?',
      answerYesOrNo: 'Answer yes or no',
      yes: 'Yes',
      no: 'No',
      comment: 'Comment (optional)',
      commentHint:
        'We do not reply to comments. Do not write your name, email address or anything else about yourself here; if you want an answer, ask a question.',
      question: 'Your question',
      email: 'Your email address, for our answer',
      leaveEmpty: 'Leave this field empty',
      send: 'Send',
      doneQuestion: 'Thank you for your question! We will answer to the email address you gave.',
      doneFeedback: 'Thank you for your answer! It helps us make the website better.',
      notSent: 'The message was not sent:',
      notSentTitle: 'The message was not sent',
      thanksFeedback: {
        title: 'Thank you for your answer',
        heading: 'Thank you for your answer!',
        lead: 'Your answer helps us make the website better.',
      },
      thanksQuestion: {
        title: 'Thank you for your question',
        heading: 'Thank you for your question!',
        lead: 'We have received your question and will answer to the email address you gave.',
      },
      goBack: 'Go back to the form with your browser’s back button: what you wrote is usually still there.',
      toHome: 'To the home page',
    },
    preview: {
      title: 'Preview',
      draftPage: 'Preview of a draft. The page is not published in this version.',
      draftReport: 'Preview of a draft. The report is not published in this version.',
    },
    and: 'and',
    notFound: {
      title: 'Page not found',
      lead: 'There is no page at this address. It may have been moved or removed, or the address may be misspelt.',
      home: 'Go to the home page',
      publications: 'See all publications',
    },
    mainMenu: 'Main menu',
    breadcrumbs: 'You are here',
    home: 'Home',
    phone: 'Phone',
    email: 'Email',
    footer: 'Footer',
    accessibility: 'Accessibility statement',
    inOtherLanguage: '(in Swedish)',
    externalLink: '(link to another website)',
    easyToRead: 'Easy to read',
    lastUpdated: 'Last updated',
    sectionPages: 'Pages in',
    otherLanguage: { label: 'Svenska', lang: 'sv' },
    publications: {
      title: 'Publications',
      href: ENGLISH_PUBLICATIONS_PATH,
      lead: 'Our reports and other publications, newest first. Most of them are in Swedish only: those are marked “(in Swedish)” and lead to the Swedish page.',
      one: 'publication',
      many: 'publications',
      none: 'No publications yet.',
      filters: {
        name: 'Filter publications',
        description: 'Reports and other publications, newest first. Filter by year, topic and type.',
        show: 'Show',
        all: 'All publications',
        year: 'Year',
        topic: 'Topic',
        type: 'Type',
        fromYear: 'Publications from',
        onTopic: 'Publications on the topic',
        ofType: 'Publications of the type',
      },
    },
    paging: { page: 'Page', of: 'of', previous: 'Previous page', next: 'Next page', pages: 'Pages' },
    publicationTypes: { rapport: 'Report', promemoria: 'Memorandum', kunskapsoversikt: 'Research overview', utvardering: 'Evaluation' },
    report: {
      type: 'Type',
      published: 'Published',
      number: 'Report number',
      publisher: 'Publisher',
      authors: 'Authors',
      topics: 'Topics',
      summary: 'Summary',
      download: 'Download the report',
      notAccessible: 'The file is not fully accessible.',
      otherFormat: 'Do you need the report in another format?',
      otherFormatOffer: 'We can provide the report as an accessible PDF, in easy-to-read form or read aloud.',
      otherFormatSubject: 'Another format',
      writeTo: 'Write to',
      orCall: 'or call',
      contactUs: 'Contact us and we will help.',
      related: 'Related publications',
    },
    statistics: {
      title: 'Statistics',
      href: ENGLISH_STATISTICS_PATH,
      description: 'Statistics on regional development: compare Swedish counties over time in charts and tables, and download the figures.',
      lead: 'Compare the counties over time in charts and tables. Choose counties and years, share a link to your comparison and download the figures.',
      none: 'No statistics are published in English yet.',
      inSwedishOnly: 'Statistics in Swedish',
      source: 'Source',
      downloadAll: 'Download the whole dataset',
      json: 'Get it as JSON',
      jsonNote: '(with a description of the dataset)',
      about: 'About the data',
      indicator: 'Indicator',
      unit: 'Unit',
      topics: 'Topics',
      readMore: 'More about the data:',
    },
    privacy: {
      searchType: 'Personal data',
      effectiveFrom: 'Effective from',
      controller: 'Controller',
      organisationNumber: 'organisation number',
      email: 'Email',
      phone: 'phone',
      dataProtectionOfficer: 'Data protection officer',
      theDataProtectionOfficer: 'The data protection officer',
      data: 'The personal data we process',
      purposes: 'Why we process the data, and on what legal basis',
      legalBasis: 'Legal basis',
      legalBases: {
        consent: 'Consent (Article 6(1)(a) of the General Data Protection Regulation)',
        contract: 'Contract (Article 6(1)(b))',
        'legal-obligation': 'Legal obligation (Article 6(1)(c))',
        'vital-interests': 'Vital interests (Article 6(1)(d))',
        'public-task': 'A task in the public interest or the exercise of official authority (Article 6(1)(e))',
        'legitimate-interests': 'Legitimate interests (Article 6(1)(f))',
      },
      recipients: 'Who receives the data',
      transfers: 'Transfers to countries outside the EU/EEA',
      retention: 'How long we keep the data',
      rights: 'Your rights',
      complaint: 'If you want to complain',
      formLink: 'How we process your personal data',
    },
  },
}
