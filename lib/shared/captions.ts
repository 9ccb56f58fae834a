/**
 * Photo captions kept in an article's text: "Mexican President Enrique Pena Nieto (left) talking with …".
 * The reader page leaves them out of the article, as they describe a picture it does not show.
 */

/** Where a person stands in a photo, as captions say it: "(left)", "(2nd R)", "(centre)", "(top)". */
const POSITION = /\((?:far |second |third |\d(?:st|nd|rd|th) )?(?:left|right|centre|center|front|back|top|bottom|L|R|C)(?: to right)?\)/i;
/** Caption openings: "FILE PHOTO:", "Photo:", "Pictured:", "In this photo". */
const OPENING = /^(?:FILE PHOTO|File photo|Photo|PHOTO|Picture|Pictured|Image)\s*:|^In this (?:photo|picture|image)\b/;

/**
 * Whether a paragraph reads as a photo caption: it names where someone stands in the picture, or opens
 * the way captions do. Paragraphs of the story rarely do either.
 *
 * @param paragraph one paragraph of the cleaned text
 */
export function isPhotoCaption(paragraph: string): boolean {
  const text = paragraph.trim();
  return OPENING.test(text) || (POSITION.test(text) && text.length < 400);
}
