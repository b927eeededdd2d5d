/**
 * Lines that are page furniture, not article: "Share", "Advertisement", "Read more", "Follow us on ...".
 * Readability keeps some when they sit inside the article's container. Only short lines that are
 * nothing but such a phrase are dropped, so a sentence that merely contains "share" is safe.
 */
const FURNITURE = new RegExp(
  '^(?:' +
    [
      'share(?: this(?: article| story)?)?(?: on \\w+)?',
      'tweet', 'email', 'print', 'comments?', 'advertisement', 'ad', 'sponsored', 'story continues below(?: advertisement)?',
      'subscribe(?: now| to our newsletter)?', 'sign up(?: for our newsletter)?',
      'read more', 'related(?: articles| stories)?', 'more on this( story)?', 'follow us(?: on \\w+)?',
      // Arabic and Russian pages: "read also", "advertisement", "share".
      'اقرأ أيضا', 'اقرأ أيضاً', 'إعلان', 'شارك', 'читайте также', 'реклама', 'поделиться',
    ].join('|') +
    ')[\\s:.!…»›>|-]*$',
  'i',
);

export function isFurniture(paragraph: string): boolean {
  return paragraph.length <= 40 && FURNITURE.test(paragraph.trim());
}
