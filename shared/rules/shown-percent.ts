/**
 * The one precision of every percentage the app shows or prints: one decimal ("54.0%", never "54%" beside "53.9%").
 */
export const PERCENT_DECIMALS = 1;

const SCALE = 10 ** PERCENT_DECIMALS;

/**
 * A percentage as the app shows it. Every threshold judges this figure, not the raw one: a touchpoint printed
 * "50.0%" (15 of 30 points computed as 49.99999999999999, or 49.96%) must not be listed as failing "below 50%",
 * and the arithmetic on the page must agree with the verdict beside it.
 */
export const shownPercent = (percent: number): number => Math.round(percent * SCALE) / SCALE;
