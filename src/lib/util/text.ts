/** A text on one line: line breaks become spaces (for CSV comment lines and other one-line places). */
export const oneLine = (text: string) => text.replace(/[\r\n]+/g, ' ');
