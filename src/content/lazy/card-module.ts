/**
 * Entry of the lazy module content-card.js: the card (its controller, preact and the card's interface),
 * which a page needs only once a reader opens a card. lazy-card.ts loads it when the first marks are
 * drawn (with their cards' data) or at the first open, whichever comes first.
 */
export { CardController } from '../card/card-controller';
