/**
 * The marker `plan init` writes into every value the author still has to fill in
 * ("TODO: naam van de coördinator"). Upper case only, so ordinary words are never caught.
 */
export const PLACEHOLDER_MARK = 'TODO';
