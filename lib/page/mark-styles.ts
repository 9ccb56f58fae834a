/**
 * How marks look in the page: officials, organisations and other people each with their own colour
 * and underline, on a translucent background so they read on light and dark pages alike. The text
 * keeps the page's own colour and font.
 */
export const MARK_CSS = `
dramatis-mark { display: inline; color: inherit; font: inherit; border-radius: 2px; cursor: help; text-decoration: none; }
dramatis-mark[data-kind="official"] { background: rgba(234, 88, 12, 0.2); box-shadow: inset 0 -2px 0 rgba(234, 88, 12, 0.85); }
dramatis-mark[data-kind="organization"] { background: rgba(37, 99, 235, 0.18); box-shadow: inset 0 -2px 0 rgba(37, 99, 235, 0.85); }
dramatis-mark[data-kind="person"] { background: rgba(5, 150, 105, 0.14); box-shadow: inset 0 -1px 0 rgba(5, 150, 105, 0.8); }
dramatis-mark:focus-visible { outline: 2px solid #7c3aed; outline-offset: 1px; }
a dramatis-mark { cursor: pointer; }
`;
