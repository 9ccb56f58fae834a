/**
 * Page furniture and credits as scraped news pages print them: menus, widgets, comment counters,
 * headings of related-story rails, and the shapes of photo and reporting credits. Each pattern names
 * a kind of line or a kind of credit, never a site's own text. Read by `clean.ts`.
 */

/** Navigation and widget text that stands on a line of its own. */
export const MENU_LINES = new RegExp(
  '^(' +
    [
      'connect with us',
      'hi, what are you looking for\\??',
      'skip to (main )?content',
      'sign in',
      'log ?in',
      'sign up',
      'subscribe( now)?',
      'register',
      'menu',
      'search',
      'close',
      'share( this( article| story)?)?',
      'share on (facebook|twitter|x|whatsapp|linkedin)',
      'tweet',
      'email',
      'print',
      'follow us( on .*)?',
      'advertisement',
      'scroll( down)?( to (continue|read more)( reading)?)?',
      'ad',
      'sponsored( content)?',
      'read more',
      'also read',
      'see also',
      'listen( to this article)?',
      'comments?',
      'home',
      'back to top',
      'cookie (policy|settings)',
      'accept( all)?( cookies)?',
      'written by',
      'by',
      'more',
      'loading\\.*',
      'load more',
      'next article',
      'previous article',
      'top stories',
      // Comment counters and prompts stand above a story as often as below it: the line goes, not the story.
      '(\\d+|no) comments?',
      'post a comment',
      'view comments',
      'join the conversation',
      // A link to the outlet's standards or to buying a photograph's rights: "Our Standards: …", "Purchase Licensing Rights".
      'our (editorial )?standards\\b.*',
      '(purchase )?(licensing|reprint) rights(, opens new tab)?',
    ].join('|') +
    ')[:.!]?$',
  'i',
);

/** Headings after which the rest of the page is other stories or archives. */
export const RELATED_HEADINGS =
  /^(you (may|might) (also )?like|related( (stories|articles|coverage|content|news|topics|posts))?|more (from|stories|on this story|in)\b.*|recommended( for you| stories)?|most (read|popular|viewed)|trending( now)?|what to read next|blog archive|newer posts?|older posts?|about the author)\s*:?$/i;

/** A line that is only a layout class name: "• medium-browser-and-portrait-tablet". */
export const LAYOUT_CLASS = /^[\s•·*–-]*[a-z0-9]+(?:-[a-z0-9]+)+\s*$/;

/**
 * A widget's label and reading on a line of its own: "NOW: 68°", "HIGH 74°", "WATCH:". A
 * label in capitals with a colon or a reading after it (an agency's name alone is a byline, and stays).
 */
export const WIDGET_LINE = /^\p{Lu}{2,12}(?: \p{Lu}{2,12})?(?::|:?\s*[-+]?\d+(?:[.,]\d+)?\s*(?:°\s*[CF]?|%)?)$/u;

/** An editor's sign-off in initials: "ljs/rox", "dl/jm". */
export const SIGN_OFF = /^[a-z]{2,4}(?:\/[a-z]{2,4})+$/;

/** Whole-line credits of people: "Reporting by Idrees Ali; Editing by Sandra Maler", "Jane Roe contributed reporting." */
export const REPORTING_CREDIT = new RegExp(
  [
    '^\\(?\\s*((additional )?reporting|writing|editing|compiled|edited|written|produced|translated|research) by\\b',
    // "By Jane Roe and John Doe", "By NATION REPORTER"
    "^by\\s+\\p{Lu}[\\p{L}.'’-]+(\\s+\\p{Lu}[\\p{L}.'’-]+){0,3}((\\s+and|,)\\s+\\p{Lu}[\\p{L}.'’-]+(\\s+\\p{Lu}[\\p{L}.'’-]+){0,3})*\\s*$",
    // "Associated Press writer Jane Roe contributed to this report.", "Jane Roe contributed reporting."
    '\\bcontributed( reporting| to this (report|story|article))?( from [^.]+)?\\.?$',
    // "(With inputs from PTI)", "With agency inputs"
    '^\\(?\\s*with (\\w+ )?inputs\\b',
    // A byline's desk on a line of its own: "Health Correspondent", "Senior Political Reporter"
    '^(\\p{Lu}[\\p{L}-]+ ){0,3}(correspondent|editor|reporter|writer|columnist)$',
  ].join('|'),
  'iu',
);

/**
 * A line that says when the story was published, with the outlet and its city before it at most:
 * "CNNMoney (New York) First published February 1, 2016: 1:28 AM ET", "Last updated: 3 March 2021".
 * At most 120 characters, so a sentence of the story that begins "Published in 2016, …" stays.
 */
export const PUBLISHED_LINE =
  /^(?=.{0,120}$)(?:[\p{Lu}][\p{L}\p{N}.&'’-]*(?: [\p{Lu}][\p{L}\p{N}.&'’-]*){0,3}\s*(?:\([^()\n]{1,40}\))?\s*)?(?:first published|published|last updated|updated|posted)\b\s*:?[^\n]*\d{4}[^\n]*$/iu;

/** Copyright lines. */
export const COPYRIGHT = /^(copyright\b|©|\(c\)\s*\d{4})/i;

/**
 * Labels that open a caption line and say what it is: "Image caption, The inquiry will …" keeps
 * its caption; "Image source, Getty Images" is a credit.
 */
export const CAPTION_LABEL = /^(?:image|photo|video|media) caption\s*[,:]\s*/i;
export const SOURCE_LABEL = /^(?:image|photo|picture|video|media) (?:source|credit)\s*[,:]\s*.{1,60}$/i;

/** Credits printed at the end of a caption, inside brackets, or before it. */
export const INLINE_CREDITS: RegExp[] = [
  // "…in Mexico City.PHOTO: AFP", "(Photo: John Doe/AP)", "ST PHOTO: ONG WEE JIN"
  // "…in Dublin. Photograph: Jane Roe/The Irish Times"
  /\s*\(?\b(?:\p{Lu}{2,5} )?(?:PHOTO|Photo|PHOTOGRAPH|Photograph|PICTURE|Picture|IMAGE|Image|FILE PHOTO|File photo|ILLUSTRATION|Illustration)(?: by)?\s*:\s*[^\n()[\]]{1,60}\)?\s*$/u,
  // "…2017. REUTERS/Yuri Gripas", "REUTERS/Yuri Gripas/File Photo Purchase Licensing Rights"
  /\s*\b[A-Z][A-Z&.]{1,}(?: [A-Z][A-Z&.]+)?\/[\p{Lu}][\p{L}'’.-]*(?: [\p{Lu}][\p{L}'’.-]*){0,3}(?:\/File Photo)?(?: (?:Purchase )?Licensing Rights(?:, opens new tab)?)?\s*$/u,
  // "[File: Daniel Becerril/Reuters]", "[Edgard Garrido/Reuters]"
  /\s*\[(?:File(?: photo)?:\s*)?[^\][\n]{1,80}\/[^\][\n]{1,40}\]/i,
  // "(Getty Images)", "(AFP via Getty Images)"
  /\s*\((?:[^()\n]{1,60}\/)?(?:[^()\n]{0,40}\bvia )?Getty Images\)/,
  // "(AP Photo/Jane Roe, File)", "(Reuters Photo/John Doe)"
  /\s*\((?:[\p{Lu}][\p{L}.]* ){0,3}Photos?\s*\/[^()\n]{1,60}\)/u,
  // "…on Tuesday.Credit...Jane Roe for The New York Times", "Credit…Jane Roe/Getty Images"
  /\s*\bCredit(?:\.{2,}|…|:)\s*[^\n]{0,80}$/,
  // "Credit Jane Roe/Agence France-Presse — Getty Images": no mark after the label, so the rest must read as a credit
  /\s*\bCredits? (?=[^\n]{0,80}(?:\/|\bfor The\b|\bvia\b|Getty Images))[^\n]{0,80}$/,
  // "Jane Roe for The New York Times", "Jane Roe/Getty Images" at the end of a caption
  /\s*(?<=[.!?"”]\s*|^)\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){1,3} (?:for|\/) The [\p{Lu}][\p{L}]*(?: [\p{Lu}][\p{L}]*){0,3}\s*$/u,
  /\s*(?<=[.!?"”]\s*|^)\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){1,3}\s?\/\s?(?:Getty Images|Shutterstock|Alamy|EPA|EPA-EFE|AP|AFP|Reuters|Bloomberg)\s*$/u,
  // "Jane Roe/Agence France-Presse — Getty Images", "Jane Roe/Daily Courier of Ruritania": a photographer and an outlet of any name
  /\s*(?<=[.!?"”]\s*|^)\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){1,3}\s?\/\s?\p{Lu}[\p{L}'’.&-]*(?: (?:of|for|the|de|\p{Lu}[\p{L}'’.&-]*)){0,6}(?: [—–-] (?:\p{Lu}[\p{L}'’.&-]*)(?: \p{Lu}[\p{L}'’.&-]*){0,3})?\s*$/u,
  // "(Jane Roe/ Space Agency Press Service photo via AP)": a photographer and an outlet in brackets.
  /\s*\((?:[\p{Lu}][\p{L}'’.-]*\s?){1,3}\/\s?[^()\n]{1,80}\)/u,
  // "PHOTO | FILE | NATION MEDIA GROUP President Samuel …": the labels in capitals between bars.
  /^(?:PHOTO|PICTURE|IMAGE|FILE)(?:\s*\|\s*[\p{Lu}\d&.'’-]+(?: [\p{Lu}\d&.'’-]+)*(?![\p{Ll}]))+\s*/u,
];
