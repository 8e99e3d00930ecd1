// What interval a wording allows: the qualifier's rule applied to the stated number and its precision.

import type { Interval, Qualifier } from '../../model.js';
import type { IntervalRule } from './lexicon.js';

/** Share of the number an approximate wording allows either side: "around 600" is 570..630, so "about 600 metres"
 *  fits "2,000 feet" (610 m) but not "some 700 metres". Not the step of the last digit: "about 20 miles" is not
 *  15..25, or it would fit "about 26 miles". */
const APPROXIMATE_SHARE = 0.05;
/** "nearly n" allows down to this share of n. */
const NEARLY_SHARE = 0.9;

export const QUALIFIER_OF_RULE: Record<IntervalRule, Qualifier> = {
  approximate: 'approximate',
  nearly: 'approximate',
  'at-least': 'at-least',
  'more-than': 'more-than',
  'at-most': 'at-most',
  'less-than': 'less-than',
};

/** Interval of a single stated number under a qualifier rule. */
export function intervalOf(n: number, rule: IntervalRule | undefined): Interval {
  switch (rule) {
    case undefined:
      return { min: n, max: n };
    case 'approximate':
      return { min: n * (1 - APPROXIMATE_SHARE), max: n * (1 + APPROXIMATE_SHARE) };
    case 'nearly':
      return { min: n * NEARLY_SHARE, max: n };
    case 'at-least':
    case 'more-than':
      return { min: n, max: Infinity };
    case 'at-most':
    case 'less-than':
      return { min: 0, max: n };
  }
}

/** Widen an interval by a qualifier that precedes a range or vague amount ("more than thousands", "about 10-20"). */
export function qualifyInterval(interval: Interval, rule: IntervalRule | undefined): Interval {
  switch (rule) {
    case 'at-least':
    case 'more-than':
      return { min: interval.min, max: Infinity };
    case 'at-most':
    case 'less-than':
      return { min: 0, max: interval.max };
    case 'nearly':
      return { min: interval.min * NEARLY_SHARE, max: interval.max };
    case 'approximate':
      return { min: interval.min * (1 - APPROXIMATE_SHARE), max: interval.max * (1 + APPROXIMATE_SHARE) };
    default:
      return interval;
  }
}
