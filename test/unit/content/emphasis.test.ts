// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { EmphasisAssigner, type Emphasis } from '../../../src/content/marks/emphasis';
import { sectionKeys } from '../../../src/content/marks/sections';

/** Text nodes of every element matching `selector`, in document order. */
function textsOf(selector: string): Text[] {
  return [...document.querySelectorAll(selector)].map((el) => el.firstChild as Text);
}

describe('sectionKeys', () => {
  it('groups by enclosing article/section and by the last heading inside it', () => {
    document.body.innerHTML = `
      <p class="m">Intro Putin</p>
      <article>
        <p class="m">Lead Putin</p>
        <h2>One</h2><p class="m">A Putin</p><p class="m">B Putin</p>
        <h2>Two</h2><p class="m">C <b class="m">Putin</b></p>
        <section><p class="m">Inner Putin</p></section>
      </article>
      <h3>Outside</h3><p class="m">Tail Putin</p>`;
    const keys = sectionKeys(textsOf('.m'));
    const [intro, lead, a, b, c, cb, inner, tail] = keys;
    expect(new Set(keys).size).toBe(6);
    expect(a).toBe(b);
    expect(c).toBe(cb);
    expect(lead).not.toBe(a);
    expect(a).not.toBe(c);
    expect(inner!.container).toBe(document.querySelector('section'));
    expect(lead!.heading).toBeNull();
    expect(c!.heading?.textContent).toBe('Two');
    expect(intro!.container).toBe(document);
    expect(tail!.heading?.textContent).toBe('Outside');
  });

  it('splits one element\'s text at a heading inside it', () => {
    document.body.innerHTML = '<div id="d">Putin <h2>Sub</h2> Putin</div>';
    const div = document.getElementById('d')!;
    const [a, b] = sectionKeys([div.firstChild!, div.lastChild!]);
    expect(a).not.toBe(b);
    expect(b!.heading?.textContent).toBe('Sub');
  });

  it('treats text inside a heading as under that heading', () => {
    document.body.innerHTML = '<h2 class="m">Putin visits</h2><p class="m">Putin said</p>';
    const [h, p] = sectionKeys(textsOf('.m'));
    expect(h).toBe(p);
  });
});

describe('EmphasisAssigner', () => {
  const marks = [{ entityId: 'a' }, { entityId: 'b' }, { entityId: 'a' }, { entityId: 'a' }, { entityId: 'b' }];
  const sections = ['s1', 's1', 's1', 's2', 's2'];
  /** Marks fed one at a time in document order, as the session's gate-and-emphasis pass feeds them. */
  const emphasis = (mode: ConstructorParameters<typeof EmphasisAssigner>[0], keys: readonly unknown[] = sections): Emphasis[] => {
    const assigner = new EmphasisAssigner(mode);
    return marks.map((m, i) => assigner.next(m.entityId, keys[i]));
  };

  it('emphasise-first: first mention of each entity per section strong, the rest quiet', () => {
    expect(emphasis('emphasise-first')).toEqual(['strong', 'strong', 'quiet', 'strong', 'strong']);
  });

  it('first: later mentions in a section are not drawn', () => {
    expect(emphasis('first')).toEqual(['strong', 'strong', 'none', 'strong', 'strong']);
  });

  it('all: everything strong', () => {
    expect(emphasis('all', [])).toEqual(['strong', 'strong', 'strong', 'strong', 'strong']);
  });
});
