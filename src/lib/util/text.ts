/** A text on one line: line breaks become spaces (for CSV comment lines and other one-line places). */
export const oneLine = (text: string) => text.replace(/[\r\n]+/g, ' ');

/** A text with its first letter in capitals (a title or a sentence built from parts). */
export const capitalise = (text: string) => text.replace(/^./, (c) => c.toUpperCase());
