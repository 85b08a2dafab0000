// The admin panels' counted nouns ("1 step", "2 steps"): one rule for all of them, English like
// the panels' other wording.
const rules = new Intl.PluralRules('en')

/** `count` and the noun in the form the count takes: `plural(1, 'step')` is "1 step", `plural(0, 'step')` "0 steps". */
export function plural(count: number, one: string, other = `${one}s`): string {
  return `${count} ${rules.select(count) === 'one' ? one : other}`
}
