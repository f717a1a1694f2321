// First names, for telling a person's name from other capitalised words: the package's English
// table (its French table lists most names twice and keeps the rarer gender).
import firstNames from "gender-detection-from-name/names/en";

// The table's spelling: lower case, accents dropped (« Étienne » → "etienne").
export const nameKey = (word: string) => word.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();

/** Whether a word is a first name the table knows ("Gwen", "Mathieu", "JULIEN"); a compound one
 *  by its first part ("Marc-Olivier", "Jean-Luc"). */
export const isFirstName = (word: string): boolean => firstNames.has(nameKey(word)) || (word.includes("-") && firstNames.has(nameKey(word.slice(0, word.indexOf("-")))));

/** The gender the table gives a first name, if it knows it. */
export const firstNameGenderOf = (word: string): "male" | "female" | undefined => firstNames.get(nameKey(word));
