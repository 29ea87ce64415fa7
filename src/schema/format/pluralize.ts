/**
 * English plurals as Prisma's formatter makes them for the relation fields it adds (`posts`,
 * `categories`, `people`, `indices`, `data`). The rules below reproduce the outputs Prisma writes (checked
 * against Prisma's formatter in the tests), applied case-sensitively to the camel-cased name, so
 * `userData` becomes `userDatas`, as Prisma has it.
 */

const UNCOUNTABLE = new Set(
  (
    'adulthood advice agenda aid aircraft alcohol ammo analytics anime athletics audio bison blood bream buffalo butter carp cash ' +
    'chassis chess clothing cod commerce cooperation corps debris diabetes digestion elk energy equipment excretion expertise ' +
    'firmware flounder fun gallows garbage graffiti hardware headquarters health herpes highjinks homework housework information ' +
    'jeans justice kudos labour literature machinery mackerel mail media mews moose music mud manga news only personnel pike ' +
    'plankton pliers police pollution premises rain research rice salmon scissors series sewage shambles shrimp software staff ' +
    'species stadia stamina sugar swine tennis traffic transportation trout tuna wealth welfare whiting wildebeest wildlife you'
  ).split(' '),
);
const UNCOUNTABLE_PATTERNS = [/pok[eé]mon$/, /[^aeiou]ese$/, /deer$/, /measles$/, /o[iu]s$/, /pox$/, /sheep$/];

const IRREGULAR: Readonly<Record<string, string>> = {
  i: 'we', me: 'us', he: 'they', she: 'they', them: 'them', myself: 'ourselves', yourself: 'yourselves', itself: 'themselves',
  herself: 'themselves', himself: 'themselves', themself: 'themselves', is: 'are', was: 'were', has: 'have', this: 'these',
  that: 'those', dingo: 'dingoes', volcano: 'volcanoes', tornado: 'tornadoes', torpedo: 'torpedoes', genus: 'genera',
  viscus: 'viscera', stigma: 'stigmata', stoma: 'stomata', dogma: 'dogmata', lemma: 'lemmata', schema: 'schemata',
  anathema: 'anathemata', ox: 'oxen', axe: 'axes', die: 'dice', yes: 'yeses', foot: 'feet', eave: 'eaves', goose: 'geese',
  tooth: 'teeth', quiz: 'quizzes', human: 'humans', proof: 'proofs', carve: 'carves', valve: 'valves', looey: 'looies',
  groove: 'grooves', pickaxe: 'pickaxes', passerby: 'passersby',
};

/** Tried from the first to the last; the first that matches wins. */
const RULES: readonly (readonly [RegExp, string])[] = [
  [/m[ae]n$/, 'men'],
  [/eaux$/, '$&'],
  [/(child)(?:ren)?$/, '$1ren'],
  [/(pe)(?:rson|ople)$/, '$1ople'],
  [/\b((?:tit)?m|l)(?:ice|ouse)$/, '$1ice'],
  [/(matr|cod|mur|sil|vert|ind|append)(?:ix|ex)$/, '$1ices'],
  [/(x|ch|ss|sh|zz)$/, '$1es'],
  [/([^ch][ieo][ln])ey$/, '$1ies'],
  [/([^aeiouy]|qu)y$/, '$1ies'],
  [/(?:(kni|wi|li)fe|(ar|l|ea|eo|oa|hoo)f)$/, '$1$2ves'],
  [/sis$/, 'ses'],
  [/(apheli|hyperbat|periheli|asyndet|noumen|phenomen|criteri|organ|prolegomen|hedr|automat)(?:a|on)$/, '$1a'],
  [/(agend|addend|millenni|dat|extrem|bacteri|desiderat|strat|candelabr|errat|ov|symposi|curricul|automat|quor)(?:a|um)$/, '$1a'],
  [/(her|at|gr)o$/, '$1oes'],
  [/(seraph|cherub)(?:im)?$/, '$1im'],
  [/(alumn|alg|vertebr)(?:a|ae)$/, '$1ae'],
  [/(alumn|syllab|octop|vir|radi|nucle|fung|cact|stimul|termin|bacill|foc|uter|loc|strat)(?:us|i)$/, '$1i'],
  [/([^l]ias|[aeiou]las|[ejzr]as|[iu]am)$/, '$1'],
  [/(e[mn]u)s?$/, '$1s'],
  [/(alias|[^aou]us|t[lm]as|gas|ris)$/, '$1es'],
  [/(ax|test)is$/, '$1es'],
  [/([^aeiou]ese)$/, '$1'],
  [/[^\u0000-\u007F]$/, '$&'],
  [/s?$/, 's'],
];

export function pluralize(word: string): string {
  const lower = word.toLowerCase();
  if (UNCOUNTABLE.has(lower) || UNCOUNTABLE_PATTERNS.some((p) => p.test(lower))) return word;
  const irregular = IRREGULAR[lower];
  if (irregular !== undefined) return irregular;
  for (const [pattern, replacement] of RULES) {
    if (pattern.test(word)) return word.replace(pattern, replacement);
  }
  return word;
}

/** `BlogPost` -> `blogPost`, `USER` -> `user`: the name Prisma gives a field that points to a model. */
export function camelName(model: string): string {
  if (model === model.toUpperCase()) return model.toLowerCase();
  return model.charAt(0).toLowerCase() + model.slice(1);
}
