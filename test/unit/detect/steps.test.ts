/**
 * The context rules and the gate in steps (detect/steps.ts): the content script yields between the steps,
 * so a page with many mentions is never one long task, and what comes out is what the straight run gives.
 */
import { describe, expect, it } from 'vitest';
import { compileMatcherData } from '../../../src/detect/compile';
import { topicalInSteps, topicalMentions } from '../../../src/detect/gating';
import { createMatcher } from '../../../src/detect/matcher';
import { REFINE_STEP, refineInSteps, refineMentions } from '../../../src/detect/person-context';
import { FIXTURE_ENTITIES } from './fixture-entities';

const data = compileMatcherData(FIXTURE_ENTITIES);
const matcher = createMatcher(data);

// Places, a family name that needs its person nearby, and a bare one: every kind of rule, many times over.
const paragraph =
  'Russian aircraft left the Hmeimim air base near Latakia, and ships were seen at Tartus. ' +
  'Ahmad al-Sharaa met officials in Damascus; al-Sharaa said Moscow would talk. Sharaa was not there.\n';
const text = paragraph.repeat(400);

describe('stepped detection', () => {
  const found = matcher.findAll(text);

  it('pauses once per REFINE_STEP mentions and keeps exactly what the straight run keeps', () => {
    expect(found.length).toBeGreaterThan(3 * REFINE_STEP);
    const steps = refineInSteps(text, found, data);
    let pauses = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) pauses++;
    expect(pauses).toBe(Math.floor(found.length / REFINE_STEP));
    expect(step.value).toEqual(refineMentions(text, found, data));
  });

  it('gives the gate the same mentions and sections', () => {
    const steps = topicalInSteps(text, found, data);
    let step = steps.next();
    while (!step.done) step = steps.next();
    expect(step.value).toEqual(topicalMentions(text, found, data));
    expect(step.value.mentions.length).toBeGreaterThan(0);
  });
});
