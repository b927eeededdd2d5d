// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { collectText } from '../../../src/detect/text-model';
import { collectSliced } from '../../../src/content/scan/sliced-collect';

/** Words of a text, ignoring how whitespace and separators fall between them. */
const words = (s: string): string[] => s.split(/\s+/).filter(Boolean);

function build(): HTMLElement {
  const parts: string[] = [];
  for (let i = 0; i < 40; i++) {
    parts.push(`<div class="story"><h2>Head ${i}</h2><p>Para ${i} <b>bold ${i}</b> tail ${i}.</p>`);
    parts.push(i % 7 === 0 ? `<p hidden>secret ${i}</p><script>code ${i}</script>` : '');
    parts.push(i % 5 === 0 ? `<div style="display:none">gone ${i}</div>` : '');
    parts.push('</div>');
  }
  document.body.innerHTML = `<main>${parts.join('')}</main><p>loose text</p>`;
  return document.body;
}

const isHidden = (el: Element): boolean => (el as HTMLElement).style?.display === 'none';

describe('collectSliced', () => {
  it('reads the same words as one collectText call, in the same order, in many small pieces', async () => {
    const body = build();
    const whole = collectText(body, { isHidden });
    let checks = 0;
    const sliced = await collectSliced([body], { isHidden, budget: { check: async () => void checks++ }, pieceElements: 3 });
    expect(words(sliced.text)).toEqual(words(whole.text));
    expect(sliced.nodes).toEqual(whole.nodes);
    expect(checks).toBeGreaterThan(40);
    expect(sliced.text).not.toMatch(/secret|code|gone/);
  });

  it('keeps every node start pointing at its own text', async () => {
    const body = build();
    const model = await collectSliced([body], { isHidden, budget: { check: async () => undefined }, pieceElements: 2 });
    model.nodes.forEach((node, i) => {
      const start = model.starts[i]!;
      expect(model.text.slice(start, start + node.data.length)).toBe(node.data);
    });
  });

  it('skips roots that are hidden or Backstory UI, and reads open shadow roots', async () => {
    document.body.innerHTML = '<div id="host"></div><div data-backstory-ui>ours</div><p>light</p>';
    const host = document.getElementById('host')!;
    host.attachShadow({ mode: 'open' }).innerHTML = '<p>shadowed</p>';
    const roots = [...document.body.children];
    const model = await collectSliced(roots, { isHidden, budget: { check: async () => undefined }, pieceElements: 0 });
    expect(words(model.text)).toEqual(['shadowed', 'light']);
  });
});
