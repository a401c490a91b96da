/** Every interface string of the site in one UN language; the documents themselves bring their own words. */
export interface UiStrings {
  /** The language's name in itself: "中文", "English". */
  languageName: string;
  /** Locale for dates; Arabic asks for Latin digits, as the UN's Arabic documents print them. */
  dateLocale: string;
  /**
   * Month names where the UN's own differ from the locale's: Arabic documents name each month
   * twice, Levantine and Egyptian ("تموز/يوليه"), which no Intl locale does.
   */
  monthNames?: readonly string[];
  /** Writing direction of the language. */
  dir: 'ltr' | 'rtl';
  siteName: string;
  siteTagline: string;
  skipToContent: string;
  nav: { home: string; search: string; languages: string };
  footer: {
    /** The acknowledgement the UN's terms ask for. */
    source: string;
    notOfficial: string;
    authoritative: string;
    /** The link to the documentation in the page's language, /{lang}/docs/. */
    docs: string;
  };
  /** The masthead of a UN document: "联合国", "经济及社会理事会", "Distr.: General". */
  unitedNations: string;
  organs: { ECOSOC: string; GA: string };
  distribution: string;
  agendaLine: (item: string) => string;
  plenaryMeeting: (n: number) => string;
  meta: {
    heading: string;
    symbol: string;
    adopted: string;
    meeting: string;
    agendaItem: string;
    recommendedIn: string;
    model: string;
    /** The link to the page's Akoma Ntoso export. */
    akn: string;
    official: string;
    otherLanguages: string;
  };
  /** Names of the parts of a resolution, for search results and permalink labels. */
  parts: {
    preamble: (n: string) => string;
    paragraph: (num: string) => string;
    footnote: (n: number) => string;
    footnotes: string;
    annex: (n: string) => string;
    permalink: (part: string) => string;
    backToText: string;
  };
  home: {
    resolutions: string;
    latest: string;
    noneYet: string;
    availableIn: string;
    count: (n: number) => string;
  };
  /** Lists by year of adoption, `/zh/years/2015/`. */
  years: {
    /** Heading of the list of years on the language home. */
    heading: string;
    title: (year: string) => string;
    /** No resolution of that year in this language. */
    none: string;
  };
  /** Browsing by session, agenda item, Sustainable Development Goal and subject, `/zh/sessions/`, `/zh/sdgs/`, `/zh/subjects/`. */
  browse: {
    /** Heading of the browse links on the language home. */
    heading: string;
    bySession: string;
    bySdg: string;
    bySubject: string;
    /** Titles of the three index pages. */
    sessions: string;
    sdgs: string;
    subjects: string;
    /** Heading of a session's list of agenda items. */
    agendaItems: string;
    /** The group of a session's resolutions that print no agenda item. */
    noAgendaItem: string;
    /** None of a list's resolutions in this language. */
    none: string;
    /** Before the links to languages that hold more of a list. */
    moreIn: string;
    /** The latest of the home's resolutions: "The latest 20 of 113 resolutions". */
    latestOf: (shown: number, total: number) => string;
    /** Kicker above a subject's name. */
    subject: string;
    /** What the subject terms are, and that they are in English. */
    subjectNote: string;
    /** Label of a subject's thesauri, with its colon. */
    schemes: string;
  };
  /** Search strings; `{q}` and `{n}` are filled in by the browser script. */
  search: {
    title: string;
    label: string;
    placeholder: string;
    button: string;
    searching: string;
    noResults: string;
    resultCount: string;
    /** The button under the results that loads the next few (a first search loads only a few, to stay small). */
    moreResults: string;
    needsJs: string;
    unavailable: string;
    /** The entry above the results when the query cites a resolution the archive holds: "Go to resolution {number}". */
    jumpGo: string;
    /** The same, at a paragraph the page has: "Go to resolution {number}, paragraph {para}". */
    jumpGoPara: string;
    /** The entry for a symbol the archive does not hold, linking to undocs.org; `{symbol}` is filled in. */
    jumpNotHeld: string;
    /** Above the rows of a search with words; `{q}` is filled in. */
    resultsFor: string;
    /** The search form's filters and order (src/components/SearchFilters.astro). */
    filters: {
      legend: string;
      organ: string;
      year: string;
      session: string;
      agenda: string;
      sdg: string;
      subject: string;
      order: string;
      /** The option that filters nothing. */
      any: string;
      relevance: string;
      newest: string;
      oldest: string;
      apply: string;
      clear: string;
    };
  };
  /** The list of resolutions citing this one, and the count shown on a cited paragraph. */
  citedBy: {
    heading: string;
    /** Group of citations that pinpoint no paragraph. */
    whole: string;
    /** Title of a paragraph's count: "Cited by 2 resolutions". */
    count: (n: number) => string;
  };
  /** The side-by-side view of two language versions, `/zh/compare/?symbol=…&with=en`; `{symbol}` and `{language}` are filled in by its script. */
  compare: {
    /** Title of the page. */
    title: string;
    /** What a row is, under the title. */
    intro: string;
    /** Label of the second language's selector, and heading of the links to the view on a resolution page. */
    compareWith: string;
    /** The selector form's button. */
    show: string;
    /** Shown without JavaScript: what the view needs, and where to read instead. */
    needsJs: string;
    /** No symbol in the URL. */
    noSymbol: string;
    loading: string;
    /** A version the archive does not hold. */
    notHeld: string;
    /** A model that could not be fetched for another reason. */
    failed: string;
    /** The mark in an empty cell: the paragraph is in the other version only. */
    missing: string;
    /** Accessible name of a cell's link to that paragraph on its own page. */
    cellLink: string;
    /** Before the links to the two resolution pages. */
    readPages: string;
  };
  /** "Cite this" on a resolution page, and the copy controls beside each paragraph. */
  cite: {
    /** Summary of the panel. */
    heading: string;
    /** Name of the UN's own citation form, in the page's language. */
    unStyle: string;
    /** A form given in English on a page in another language: "Bluebook (in English)". */
    inEnglish: (name: string) => string;
    /** Visible text of a copy button. */
    copy: string;
    /** Accessible name of a copy button: "Copy the citation: Bluebook". */
    copyFormat: (name: string) => string;
    /** Before the download links (BibTeX, RIS, CSL-JSON). */
    downloads: string;
    /** How the two controls beside each paragraph work. */
    paragraphHint: string;
    /** Accessible name of a paragraph's copy-citation control: "Copy the citation of Paragraph 32". */
    copyParagraph: (part: string) => string;
    /** Said in the live region after a copy. */
    linkCopied: string;
    citationCopied: string;
    copyFailed: string;
  };
  /** The documentation's frame (DocsLayout.astro) and the words of its build-time examples (components/docs). */
  docs: {
    /** Its name: above its navigation, in each page's <title>. */
    title: string;
    /** Accessible name of the links to the previous and next pages. */
    pager: string;
    /**
     * After the link to a page that is in English only: " (in English)", with the space the
     * language puts before it (none before Chinese full-width brackets: "（英文）").
     */
    inEnglish: string;
    /** The table of the contract's anchors: its accessible name and column heads. */
    anchorTable: string;
    anchorId: string;
    anchorElement: string;
    /** Head of the column of links to the sample: "on E/RES/2015/26 (zh)". */
    anchorOnSample: (symbol: string, lang: string) => string;
    /** What each anchor of the contract names, by the anchor. */
    anchorRows: Record<
      'preamble-3' | 'section-2' | 'para-12' | 'para-48-c' | 'para-12-a-ii' | 'fn-4' | 'fnref-4' | 'annex-1' | 'annex-1-para-3',
      string
    >;
    /** Accessible name of the table of pinpoints in each citation form. */
    pinpointTable: string;
    /**
     * Before the citation examples; `{symbol}`, `{lang}`, `{url}` and `{id}` are filled in, and
     * what stands between backticks is set as code.
     */
    citationIntro: string;
    /** After a citation form's name: in the page's language (else `inEnglish`), with its space as `inEnglish`. */
    inPageLanguage: string;
    /** The example's target when no paragraph is cited. */
    wholeResolution: string;
    /** Where an example would stand in an archive with no page to take it from (no text or Akoma Ntoso source): says so. */
    noSample: string;
  };
}
