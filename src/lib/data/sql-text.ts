/** Quoting for the few identifiers and paths that SQL text must hold; user values go in as parameters. */
export const quoteIdent = (name: string) => `"${name.replaceAll('"', '""')}"`;
export const quoteText = (text: string) => `'${text.replaceAll("'", "''")}'`;
