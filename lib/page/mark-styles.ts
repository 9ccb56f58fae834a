/**
 * How marks look in the page: officials, organisations and other people each with their own colour
 * and underline, on a translucent background so they read on light and dark pages alike. The text
 * keeps the page's own colour and font. `::highlight()` takes only colours, text decorations and
 * shadows (CSS Highlight API, "Styling Highlights"), which is all a mark needs. The name the keyboard
 * moved to is painted solid, white on violet, over any other mark.
 */
import { FOCUS_HIGHLIGHT, HIGHLIGHT_NAMES } from './paint';

export const MARK_CSS = `
::highlight(${HIGHLIGHT_NAMES.official}) { background-color: rgba(234, 88, 12, 0.2); text-decoration: underline 2px rgba(234, 88, 12, 0.85); }
::highlight(${HIGHLIGHT_NAMES.organization}) { background-color: rgba(37, 99, 235, 0.18); text-decoration: underline 2px rgba(37, 99, 235, 0.85); }
::highlight(${HIGHLIGHT_NAMES.person}) { background-color: rgba(5, 150, 105, 0.14); text-decoration: underline 1px rgba(5, 150, 105, 0.8); }
::highlight(${FOCUS_HIGHLIGHT}) { background-color: #6d28d9; color: #ffffff; text-decoration: underline 2px #ffffff; }
`;
