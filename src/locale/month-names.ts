/**
 * The names of the months, lower case as they stand inside a Dutch or English date
 * ("4 maart 2025", "4 March 2025"). One list for the dates in the documents
 * (locale-format.ts) and for the messages that name a month (diagnostics/messages.ts).
 */
export const monthNames: Readonly<Record<'nl' | 'en', readonly string[]>> = {
  nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};
