/**
 * Demo content: a fictional agency ("Regionalverket") with a section on coordination and follow-up of regional
 * development. The text is written for this project; report titles and years are those of real Swedish publications.
 */

import type { PrivacyNotice } from '../../shared/payload-types'

export const ORGANISATION = 'Regionalverket (demo)'

export const topics = [
  {
    slug: 'regional-utveckling',
    title: 'Regional utveckling',
    description: 'Hur regioner, kommuner och staten arbetar för tillväxt i hela landet.',
  },
  {
    slug: 'uppfoljning',
    title: 'Uppföljning och analys',
    description: 'Resultat, indikatorer och utvärderingar av det regionala tillväxtarbetet.',
  },
  {
    slug: 'eu-och-internationellt',
    title: 'EU och internationellt samarbete',
    description: 'EU-program, makroregionala strategier och samarbete över gränser.',
  },
  { slug: 'landsbygd', title: 'Landsbygd och glesbygd', description: 'Förutsättningar för företag och boende utanför storstäderna.' },
]

export type SeedReport = {
  slug: string
  title: string
  subtitle?: string
  year: number
  publishedDate: string
  topics: string[]
  summary: string
  pages: number
  type?: 'rapport' | 'promemoria' | 'kunskapsoversikt' | 'utvardering'
  reportNumber?: string
}

export const reports: SeedReport[] = [
  {
    slug: 'regionalt-tillvaxtarbete-2017',
    title: 'Regionalt tillväxtarbete 2017',
    subtitle: 'Sammanställning av redovisningar om hållbart regionalt tillväxtarbete',
    year: 2018,
    publishedDate: '2018-06-15',
    reportNumber: 'Demo 2018:1',
    topics: ['regional-utveckling', 'uppfoljning'],
    pages: 6,
    summary: `Rapporten samlar vad länens regionalt utvecklingsansvariga aktörer har redovisat om sitt arbete under 2017.

Sammanställningen visar hur regionerna prioriterar mellan innovation, kompetensförsörjning, tillgänglighet och attraktiva miljöer, och hur de samverkar med kommuner, näringsliv och statliga myndigheter.

## Slutsatser i korthet

- Regionerna har blivit tydligare i att koppla sina insatser till den regionala utvecklingsstrategin.
- Samverkan med statliga myndigheter har ökat men är fortfarande ojämn mellan länen.
- Uppföljningen behöver fler gemensamma indikatorer för att resultat ska kunna jämföras.`,
  },
  {
    slug: 'tillstand-och-trender-for-regional-tillvaxt-2018',
    title: 'Tillstånd och trender för regional tillväxt 2018',
    year: 2018,
    publishedDate: '2018-11-20',
    type: 'kunskapsoversikt',
    reportNumber: 'Demo 2018:2',
    topics: ['uppfoljning', 'landsbygd'],
    pages: 8,
    summary: `En översikt över hur befolkning, sysselsättning, företagande och ekonomi utvecklas i Sveriges län och kommuntyper.

Rapporten beskriver skillnaderna mellan storstadsregioner, större städer och landsbygd, och vilka trender som har förstärkts eller försvagats under de senaste åren.

## Exempel på resultat

- Befolkningen växer snabbast i storstadslänen, medan flera skogslän har en åldrande befolkning.
- Nyföretagandet är högst där befolkningen är ung och välutbildad.
- Inkomstskillnaderna mellan länen har varit relativt stabila.`,
  },
  {
    slug: 'politik-for-utvecklingskraft-i-hela-sverige',
    title: 'Politik för utvecklingskraft i hela Sverige',
    year: 2019,
    publishedDate: '2019-04-10',
    reportNumber: 'Demo 2019:1',
    topics: ['regional-utveckling', 'landsbygd'],
    pages: 5,
    summary: `Rapporten beskriver hur olika politikområden tillsammans påverkar möjligheterna att bo, arbeta och driva företag i alla delar av landet.

Den lyfter fram behovet av att statliga insatser anpassas efter regionala förutsättningar och att myndigheterna samordnar sig bättre med regionerna.`,
  },
  {
    slug: 'eu-strategin-for-ostersjoregionen-lagesbild-2020',
    title: 'EU-strategin för Östersjöregionen – lägesbild 2020',
    year: 2020,
    publishedDate: '2020-09-01',
    type: 'promemoria',
    reportNumber: 'Demo PM 2020:1',
    topics: ['eu-och-internationellt'],
    pages: 4,
    summary: `Demorapport: en kort lägesbild över hur svenska aktörer deltar i genomförandet av EU:s strategi för Östersjöregionen, med exempel på projekt inom havsmiljö, transporter och innovation.`,
  },
]

export type SeedPage = { slug: string; title: string; lead: string; body: string; parent?: string }

export const sectionPage: SeedPage = {
  slug: 'samordning-och-uppfoljning',
  title: 'Samordning och uppföljning',
  lead: 'Alla delar av Sverige ska ha goda förutsättningar att utvecklas, från tätbefolkade storstadsregioner till glest befolkade landsbygder. Vi samordnar de aktörer som arbetar med regional utveckling och följer upp vad arbetet leder till.',
  body: `Förutsättningarna för tillväxt skiljer sig mellan regioner. Befolkningens ålder och utbildning, vilka branscher som dominerar och vilka naturresurser som finns påverkar vad som är möjligt och vad som behövs.

Vår uppgift är att stödja regionerna i deras utvecklingsarbete, att hjälpa statliga myndigheter att ta hänsyn till regionala skillnader och att skapa mötesplatser där nationell och regional nivå kan prata med varandra.`,
}

export const subPages: SeedPage[] = [
  {
    slug: 'strategiskt-regionarbete',
    title: 'Strategiskt regionarbete',
    lead: 'Varje region har sina egna utmaningar. Genom regelbundna samtal med regionerna fångar vi upp deras behov och för dem vidare.',
    body: `I det strategiska regionarbetet träffar vi företrädare för varje region för att diskutera regionens utvecklingsstrategi, dess prioriteringar och vad den behöver från staten.

Det vi lär oss används för att anpassa våra egna insatser och för att ge regeringen en samlad bild av läget i landet.`,
  },
  {
    slug: 'stod-till-statliga-myndigheter',
    title: 'Stöd till statliga myndigheter',
    lead: 'Många statliga myndigheter påverkar förutsättningarna för regional utveckling. Vi hjälper dem att förstå och bidra till det regionala tillväxtarbetet.',
    body: `Vi erbjuder kunskapsunderlag, seminarier och nätverk för myndigheter som vill bli bättre på att samverka med regionerna.

Målet är att statens insatser ska passa de olika förutsättningar som finns i olika delar av landet.`,
  },
  {
    slug: 'regeringens-forum-for-regionerna',
    title: 'Regeringens forum för regionerna',
    lead: 'Ett forum där regeringen möter förtroendevalda och tjänstepersoner från regionerna för att diskutera strategiska frågor om regional utveckling.',
    body: `Forumet samlas flera gånger per år. Mellan mötena arbetar tematiska grupper med frågor som kompetensförsörjning, hållbar omställning och tillgänglighet.

Vi är forumets kansli: vi förbereder mötena, tar fram underlag och dokumenterar vad som sägs.`,
  },
  {
    slug: 'samarbete-i-ostersjoregionen',
    title: 'Samarbete i Östersjöregionen',
    lead: 'EU:s strategi för Östersjöregionen har tre mål: att rädda havet, att binda samman regionen och att öka välståndet. Vi samordnar Sveriges del av arbetet.',
    body: `Strategin är EU:s första makroregionala strategi. Länder runt Östersjön samarbetar i flaggskeppsprojekt och policyområden där gemensamma insatser ger mer än nationella.

Läs mer om strategin på [EU-strategin för Östersjöregionens webbplats](https://eusbsr.eu/).`,
  },
  {
    slug: 'uppfoljning-av-regionalt-tillvaxtarbete',
    title: 'Uppföljning av det regionala tillväxtarbetet',
    lead: 'Varje år följer vi på regeringens uppdrag upp det regionala tillväxtarbetet. Uppföljningen visar vad regionerna gör och är ett underlag för regeringens styrning och redovisning till riksdagen.',
    body: `Uppföljningen utgår från den nationella strategin för hållbar regional tillväxt och attraktionskraft 2015–2020, som finns på [regeringens webbplats](https://www.regeringen.se/).

## Vad uppföljningen omfattar

- hur anslagen inom politikområdet har använts
- vilka regionala projekt som har genomförts och vad de har gett
- hur verksamheten inom de EU-program vi förvaltar har gått

Resultaten publiceras i rapporter som du hittar under [Publikationer](/publikationer/).`,
  },
]

/**
 * The accessibility statement (tillgänglighetsredogörelse) with the parts DIGG's model asks for: who stands behind
 * the site, compliance status, known shortcomings and why, how to get content in another format and report
 * problems, supervision with the link to DIGG's reporting service, how the site was tested, and the dates.
 */
export const accessibilityStatement: SeedPage = {
  slug: 'tillganglighetsredogorelse',
  title: 'Tillgänglighet för Regional utveckling',
  lead: 'Regionalverket (demo) står bakom den här webbplatsen. Här beskriver vi hur webbplatsen uppfyller lagen om tillgänglighet till digital offentlig service, vilka kända brister som finns och hur du kan rapportera problem.',
  body: `Vi vill att så många som möjligt ska kunna använda webbplatsen, oavsett förutsättningar. Du ska kunna navigera med tangentbordet, förstora texten och använda skärmläsare.

## Hur tillgänglig är webbplatsen?

Webbplatsen är delvis förenlig med lagen om tillgänglighet till digital offentlig service, på grund av de brister som beskrivs nedan.

## Vad kan du göra om du inte kan använda delar av webbplatsen?

Om du behöver innehåll från webbplatsen i ett annat format, till exempel en rapport som tillgänglig PDF, i lättläst svenska eller uppläst, kan du kontakta oss:

- e-post: info@regionalverket.example
- telefon: 08-000 00 00

Vi svarar normalt inom två arbetsdagar.

## Rapportera brister i webbplatsens tillgänglighet

Vi strävar hela tiden efter att förbättra webbplatsens tillgänglighet. Om du upptäcker problem som inte beskrivs på den här sidan, eller om du anser att vi inte uppfyller lagens krav, kontakta oss på info@regionalverket.example så att vi får veta att problemet finns.

## Tillsyn

Myndigheten för digital förvaltning (DIGG) har ansvaret för tillsyn av lagen om tillgänglighet till digital offentlig service. Om du inte är nöjd med hur vi hanterar dina synpunkter kan du [kontakta DIGG och påtala det](https://www.digg.se/tdosanmalan).

## Teknisk information om webbplatsens tillgänglighet

Webbplatsen är delvis förenlig med nivå AA i standarden WCAG 2.1, genom EN 301 549, på grund av bristerna nedan.

### Innehåll som inte är tillgängligt

- Några av de äldre rapporterna finns bara som PDF-filer som inte är tillgänglighetsanpassade. Rapporter som publicerades före den 23 september 2018 omfattas inte av lagen, men vi tar fram en tillgänglig version om du ber om det. Varje rapport har också en sammanfattning direkt på webbsidan.
- I statistiken kräver valet av län och år att JavaScript är påslaget. Utan JavaScript visas ett förvalt diagram och samma siffror i en tabell, och hela datasetet kan laddas ner som CSV-fil.

## Hur vi testat webbplatsen

Vi har gjort en självskattning (intern testning) av webbplatsen. Innan en ny version av webbplatsens programkod tas i bruk testas alla sidtyper automatiskt med verktyget axe-core och med en HTML-validator, och att allt går att nå med tangentbordet. Innehåll som redaktörerna publicerar testas inte automatiskt. Vi testar också manuellt med tangentbord, förstoring och skärmläsare.

Senaste bedömningen gjordes den 1 december 2026.

Webbplatsen publicerades den 1 december 2026. Redogörelsen uppdaterades senast den 1 december 2026.`,
}

export const homePage: SeedPage = {
  slug: 'start',
  title: 'Regional utveckling i hela Sverige',
  lead: 'Här publicerar Regionalverket (en påhittad demomyndighet) sidor, rapporter och statistik om hur regionerna utvecklas.',
  body: `Webbplatsen är en demonstration av en publiceringsplattform för myndigheter. Allt innehåll är exempel.`,
}

export const privacyNotice: Omit<PrivacyNotice, 'id' | 'createdAt' | 'updatedAt'> = {
  slug: 'e-postadress',
  title: 'Så behandlar vi din e-postadress',
  summary:
    'Lämnar du din e-postadress sparar Regionalverket den för att kunna svara på din fråga. Vi är personuppgiftsansvariga och raderar adressen efter 90 dagar.',
  effectiveDate: '2026-01-01',
  controller: {
    name: 'Regionalverket (demo)',
    organisationNumber: '202100-0000',
    address: 'Box 0000\n100 00 Stockholm',
    email: 'registrator@regionalverket.example',
    phone: '08-000 00 00',
  },
  dataProtectionOfficer: { name: 'Dataskyddsombudet', email: 'dataskyddsombud@regionalverket.example' },
  dataCategories: 'Den e-postadress du skriver in och det du skriver i ditt meddelande.',
  purposes: [
    {
      purpose: 'Att kunna svara på frågor och synpunkter som skickas in via formulär på webbplatsen.',
      legalBasis: 'public-task',
      legalBasisDetails: 'Att svara allmänheten ingår i myndighetens serviceskyldighet enligt förvaltningslagen.',
    },
  ],
  recipients:
    'Uppgifterna hanteras av de medarbetare som besvarar frågan. Vår leverantör av webbplatsens drift behandlar dem för vår räkning enligt ett personuppgiftsbiträdesavtal. Meddelanden kan bli allmänna handlingar.',
  retention: {
    description: 'E-postadressen och meddelandet raderas 90 dagar efter att de kom in, om de inte behöver bevaras som allmän handling.',
    days: 90,
  },
  rights:
    'Du har rätt att få veta vilka uppgifter vi har om dig, att få felaktiga uppgifter rättade och att i vissa fall få uppgifterna raderade eller behandlingen begränsad. Kontakta oss eller vårt dataskyddsombud.',
  complaint:
    'Om du anser att vi behandlar dina personuppgifter felaktigt kan du lämna klagomål till Integritetsskyddsmyndigheten (IMY), www.imy.se, Box 8114, 104 20 Stockholm.',
}

/**
 * The entry points above the menu (Navigation's "waysIn"): a page in easy-to-read Swedish, one about sign language
 * and a short page in English. Demo texts, written for this project.
 */
export const waysInPages: { easyToRead: SeedPage; signLanguage: SeedPage; otherLanguages: SeedPage } = {
  easyToRead: {
    slug: 'lattlast',
    title: 'Lättläst',
    lead: 'Här kan du läsa om vad vi gör. Texten är skriven på lättläst svenska.',
    body: `Vi arbetar för att alla delar av Sverige ska kunna växa och vara bra att bo i. Det gäller både städer och landsbygd.

## Vad gör vi?

- Vi träffar regionerna och lyssnar på vad de behöver.
- Vi hjälper andra myndigheter att tänka på hela landet.
- Vi tar fram siffror om hur det går för länen.

## Vill du veta mer?

Ring oss på 08-000 00 00. Du kan också skicka e-post till info@regionalverket.example.`,
  },
  signLanguage: {
    slug: 'teckensprak',
    title: 'Information på teckenspråk',
    lead: 'Här berättar vi på svenskt teckenspråk om vad vi gör och hur du kan kontakta oss.',
    body: `Filmerna på den här sidan är på svenskt teckenspråk och har svensk text.

I demoversionen finns inga filmer. En myndighet lägger in sina filmer i mediebiblioteket och länkar dem här.

Du kan kontakta oss genom förmedlingstjänsten Bildtelefoni. Vårt nummer är 08-000 00 00.`,
  },
  otherLanguages: {
    slug: 'other-languages',
    title: 'Information in other languages',
    lead: 'A short summary in English of what we do and how to reach us.',
    body: `We coordinate the work on regional development in Sweden and follow up what it achieves, together with the regions, other government agencies and the government.

## What you can find on this site

- reports on regional development, most of them in Swedish
- statistics comparing Sweden's counties, with tables you can download

## Contact us

E-mail info@regionalverket.example or call +46 8 000 00 00. You are welcome to write to us in English.`,
  },
}

/**
 * The English site's demo pages: English versions of the home page, the section and two of its sub-pages (keyed by
 * their Swedish slugs). Written for this project; the rest of the demo is in Swedish only, as at most agencies.
 */
export const englishPages: Record<'home' | 'section' | 'strategiskt-regionarbete' | 'uppfoljning-av-regionalt-tillvaxtarbete', SeedPage> = {
  home: {
    slug: 'home',
    title: 'Regional development throughout Sweden',
    lead: 'Regionalverket, a fictional agency made up for this demonstration, publishes pages, reports and statistics on how Sweden’s regions are developing.',
    body: `This website shows a publishing platform for government agencies. Everything on it is example content.

Most of the site is in Swedish. The pages below are also available in English.`,
  },
  section: {
    slug: 'coordination-and-follow-up',
    title: 'Coordination and follow-up',
    lead: 'Every part of Sweden should be able to grow, from the big city regions to the sparsely populated north. We bring together those who work on regional development and follow up what their work achieves.',
    body: `Regions start from different places. The age and education of the people who live there, the industries that employ them and the natural resources nearby all shape what a region can do and what it needs.

We support the regions in their development work, help central government agencies take regional differences into account, and arrange meetings where national and regional levels can talk to each other.`,
  },
  'strategiskt-regionarbete': {
    slug: 'working-with-the-regions',
    title: 'Working with the regions',
    lead: 'Each region faces its own challenges. We meet the regions regularly to learn what they need and pass it on.',
    body: `In these meetings we discuss each region’s development strategy with its representatives: what it gives priority to, and what it needs from central government.

What we learn shapes our own work and gives the government an overall picture of the situation across the country.`,
  },
  'uppfoljning-av-regionalt-tillvaxtarbete': {
    slug: 'following-up-regional-growth',
    title: 'Following up regional growth work',
    lead: 'Every year we collect what the regions report about their growth work and describe how the counties are developing.',
    body: `The follow-up combines the regions’ own reports with official statistics on population, employment and the economy.

The statistics below, and on the statistics pages, let you compare counties and years yourself and download the figures.`,
  },
}

/** The English version of one report (by its Swedish slug); the other reports are in Swedish only. */
export const englishReports: Record<string, Pick<SeedReport, 'slug' | 'title' | 'subtitle' | 'summary'>> = {
  'regionalt-tillvaxtarbete-2017': {
    slug: 'regional-growth-work-2017',
    title: 'Regional growth work 2017',
    subtitle: 'A summary of the regions’ reports on sustainable regional growth',
    summary: `This report brings together what the regions with responsibility for regional development reported about their work in 2017.

It shows how the regions weigh innovation, skills, accessibility and attractive surroundings against each other, and how they work with municipalities, business and central government agencies.

## Conclusions in brief

- The regions link their efforts more clearly to their regional development strategies.
- Cooperation with central government agencies has grown, but varies between counties.
- The follow-up needs more shared indicators, so that results can be compared.`,
  },
}

/** The privacy notice's English version (its facts — controller, legal basis, days — are the Swedish one's). */
export const englishPrivacyNotice = {
  slug: 'email-address',
  title: 'How we process your email address',
  controller: 'Regionalverket (a demo agency)',
  dataProtectionOfficer: 'Data protection officer',
  summary:
    'If you give us your email address, Regionalverket keeps it so that we can answer your question. We are the controller and delete the address after 90 days.',
  dataCategories: 'The email address you enter and what you write in your message.',
  purposes: [
    {
      purpose: 'To answer questions and comments sent to us through forms on the website.',
      legalBasisDetails: 'Answering the public is part of the agency’s duty to provide service under the Administrative Procedure Act.',
    },
  ],
  recipients:
    'The staff who answer your question handle the data. The company that runs the website processes it on our behalf under a data processing agreement. Messages may become official documents.',
  retention: 'The email address and the message are deleted 90 days after they arrived, unless they must be kept as official documents.',
  rights:
    'You have the right to know what data we hold about you, to have wrong data corrected and, in some cases, to have the data erased or its processing restricted. Contact us or our data protection officer.',
}
