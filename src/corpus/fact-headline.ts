import type { ClaimFact, Lang } from '../model/corpus-types';

/** A message of the interface catalogue by key, with its parameters (plural keys chosen by `count`). */
export type MessageOf = (key: string, params?: Record<string, string | number>) => string;

/** The catalogue key of each action of the lexicon (written out: the catalogue tests find keys as literals). */
export const ACTION_KEYS: Readonly<Record<string, string>> = {
  'say': 'facts_action_say',
  'praise': 'facts_action_praise',
  'discuss': 'facts_action_discuss',
  'undecided': 'facts_action_undecided',
  'ask': 'facts_action_ask',
  'propose': 'facts_action_propose',
  'demand': 'facts_action_demand',
  'meet': 'facts_action_meet',
  'call': 'facts_action_call',
  'visit': 'facts_action_visit',
  'agree': 'facts_action_agree',
  'deny': 'facts_action_deny',
  'honour-agreements': 'facts_action_honour_agreements',
  'sign': 'facts_action_sign',
  'deploy': 'facts_action_deploy',
  'withdraw': 'facts_action_withdraw',
  'supply': 'facts_action_supply',
  'extradite': 'facts_action_extradite',
  'grant-asylum': 'facts_action_grant_asylum',
  'impose-sanctions': 'facts_action_impose_sanctions',
  'lift-sanctions': 'facts_action_lift_sanctions',
  'strike': 'facts_action_strike',
  'capture': 'facts_action_capture',
  'keep-forces': 'facts_action_keep_forces',
  'affirm-ties': 'facts_action_affirm_ties',
  'guarantee': 'facts_action_guarantee',
};
/** Topical acts (see the lexicon's `topic`) say what they are about, or with whom, rather than to whom. */
const TOPIC_HEADLINE_KEYS: Readonly<Record<string, string>> = { discuss: 'facts_headline_about', undecided: 'facts_headline_about', 'affirm-ties': 'facts_headline_with' };
const REQUEST_KEYS = { ask: 'facts_request_ask', propose: 'facts_request_propose', demand: 'facts_request_demand' } as const;
const PHASE_KEYS = { begun: 'facts_phase_begun', completed: 'facts_phase_completed', ongoing: 'facts_phase_ongoing' } as const;
const CERTAINTY_KEYS = { expected: 'facts_certainty_expected', planned: 'facts_certainty_planned', likely: 'facts_certainty_likely', denied: 'facts_certainty_denied' } as const;
const SIDE_KEYS: Readonly<Record<string, string>> = { 'side:ru': 'facts_side_ru', 'side:sy': 'facts_side_sy', joint: 'facts_side_joint' };

/**
 * A claim's headline, written from its fact in the reader's language through the message catalogue: who,
 * the act as a noun phrase (asked for, begun or completed), to or about whom, where, and how sure the
 * sources are. Names are the entities' names in that language. Nothing the fact does not hold is said, and
 * nothing is translated: the sources' own words stay under the headline, verbatim. The card passes its `t`,
 * the CLI (`--lang`) the same catalogue read from disk.
 */
export function factHeadline(fact: ClaimFact, lang: Lang, msg: MessageOf): string {
  const name = (id: string): string => {
    const side = SIDE_KEYS[id];
    if (side) return msg(side);
    return fact.names[id]?.[lang] ?? fact.names[id]?.en ?? id;
  };
  const actionKey = ACTION_KEYS[fact.action];
  let act = actionKey ? msg(actionKey) : fact.action;
  if (fact.phase) act = msg(PHASE_KEYS[fact.phase], { act });
  if (fact.request) act = msg(REQUEST_KEYS[fact.request], { act });
  const who = name(fact.who);
  let headline = fact.whom.length > 0 ? msg(TOPIC_HEADLINE_KEYS[fact.action] ?? 'facts_headline_whom', { who, act, whom: fact.whom.map(name).join(msg('facts_names_separator')) }) : msg('facts_headline', { who, act });
  if (fact.where) headline = msg('facts_headline_where', { headline, where: name(fact.where) });
  if (fact.certainty !== 'reported') headline = msg(CERTAINTY_KEYS[fact.certainty], { headline });
  return headline;
}
