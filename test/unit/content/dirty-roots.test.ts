// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { dirtyRoots, topmost } from '../../../src/content/watch/dirty-roots';

async function recordsOf(root: Node, change: () => void): Promise<MutationRecord[]> {
  const records: MutationRecord[] = [];
  const observer = new MutationObserver((r) => records.push(...r));
  observer.observe(root, { childList: true, characterData: true, subtree: true });
  change();
  await new Promise((resolve) => setTimeout(resolve, 0));
  records.push(...observer.takeRecords());
  observer.disconnect();
  return records;
}

describe('dirtyRoots', () => {
  it('widens a text edit inside inline elements to its block', async () => {
    document.body.innerHTML = '<div><p id="p">Bashar <b>al-<i id="i">Assad</i></b></p></div>';
    const text = document.getElementById('i')!.firstChild as Text;
    const roots = dirtyRoots(await recordsOf(document.body, () => (text.data = 'Assad regime')));
    expect(roots).toEqual([document.getElementById('p')]);
  });

  it('uses an appended block itself, and ignores Backstory UI', async () => {
    document.body.innerHTML = '<main id="m"></main><div data-backstory-ui id="ui"></div>';
    const p = document.createElement('p');
    const roots = dirtyRoots(
      await recordsOf(document.body, () => {
        document.getElementById('m')!.append(p);
        document.getElementById('ui')!.textContent = 'Backstory found 3 topics';
        const own = document.createElement('backstory-card');
        own.setAttribute('data-backstory-ui', '');
        document.body.append(own);
      }),
    );
    expect(roots).toEqual([p]);
  });

  it('keeps only the outermost of nested roots, in document order', async () => {
    document.body.innerHTML = '<section id="s"><p id="a">x</p></section><p id="b">y</p>';
    const a = document.getElementById('a')!;
    const roots = dirtyRoots(
      await recordsOf(document.body, () => {
        document.getElementById('b')!.firstChild!.textContent = 'z';
        a.firstChild!.textContent = 'w';
        document.getElementById('s')!.append(document.createElement('div'));
      }),
    );
    expect(roots).toEqual([a, document.querySelector('#s > div'), document.getElementById('b')]);
    expect(topmost([a, document.getElementById('s')!])).toEqual([document.getElementById('s')]);
  });

  it('gives up tracking when changes are spread over too many places', async () => {
    document.body.innerHTML = Array.from({ length: 300 }, (_, i) => `<p>${i}</p>`).join('');
    const roots = dirtyRoots(
      await recordsOf(document.body, () => {
        for (const p of document.querySelectorAll('p')) p.firstChild!.textContent = 'changed';
      }),
    );
    expect(roots).toBe('all');
  });
});
