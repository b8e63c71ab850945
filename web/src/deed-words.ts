// What "Do it for me" will do, in words for its button's label ("Do it for me: pull the battery
// pack, then hold Program down"): each key as the model's keypad draws it
// (src/troubleshoot/key-words.ts), as the step list and "What just happened" say it.

import type { ModelProfile } from '../../src/models/profile.ts';
import { describeAction } from '../../src/twin/describe-action.ts';
import { keyWords } from '../../src/troubleshoot/key-words.ts';
import type { Deed } from './assistant-walk.ts';

export function deedWords(d: Deed, model: ModelProfile): string {
  const key = keyWords(model);
  switch (d.do) {
    case 'apply':
      return describeAction(d.action, key);
    case 'press-start':
      return `hold ${key(d.key)} down`;
    case 'press-end':
      return `let go of ${key(d.key)}`;
    case 'next':
      return 'next step';
  }
}
