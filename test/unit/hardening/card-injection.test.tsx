// @vitest-environment happy-dom
/**
 * A seed article whose text and front matter carry markup and script, compiled by the real corpus
 * compiler, read through getCardData and shown by the Card component: the strings appear as text and
 * nothing runs or becomes an element.
 */
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cleanup, render } from '@testing-library/preact';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { Card } from '../../../src/content/card/Card';
import { getCardData } from '../../../src/corpus/card-data';
import { compileCorpus } from '../../../src/compiler/compile-fs';
import { createMemorySource } from '../../../src/corpus/memory-source';
import type { CardData } from '../../../src/model/corpus-types';
import { PAYLOADS } from './payloads';

const SEEDS = path.resolve(__dirname, '../../../seeds');

const HOSTILE_ARTICLE = `---
title: "Hmeimim ${PAYLOADS[0].replaceAll('"', "'")}"
outlet: "${PAYLOADS[1]}"
date: 2025-10-20
event: kremlin-talks-2025-10-15
source_file: hostile.txt
---
Russian aircraft left the Hmeimim air base ${PAYLOADS[0]} on Monday, officials said.
A convoy reached the Tartus naval base ${PAYLOADS[1]} overnight, according to port workers.
The Hmeimim air base was visited by ${PAYLOADS[2]} a delegation from Moscow ${PAYLOADS[3]} last week.
Officials at the Tartus naval base said ${PAYLOADS[4]} nothing had changed.
`;

let card: CardData;
let tartus: CardData;

beforeAll(async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'backstory-hostile-seeds-'));
  cpSync(SEEDS, dir, { recursive: true });
  writeFileSync(path.join(dir, 'articles', '900_hostile.txt'), HOSTILE_ARTICLE);
  const source = createMemorySource(await compileCorpus(dir));
  card = (await getCardData(source, 'Hmeimim'))!;
  tartus = (await getCardData(source, 'Tartus naval base'))!;
});

afterEach(() => {
  cleanup();
  delete (window as unknown as { __pwned?: number }).__pwned;
});

function show(data: CardData) {
  const noop = vi.fn();
  return render(
    <Card state={{ status: 'ready', data }} matchedText={PAYLOADS[0]} alias={PAYLOADS[2]} site="example.com"
      onOpenSource={noop} onNotThis={noop} onHideName={noop} onSearch={noop} onClose={noop} />,
  );
}

describe('a hostile seed article on the card', () => {
  it('reaches the card data with its markup intact as text', () => {
    const all = JSON.stringify([card, tartus]);
    // The compiler kept the strings (so the test exercises them), it did not strip or decode them.
    expect(all).toContain('onerror=\\"window.__pwned=1\\"');
    expect(all).toContain('<script>window.__pwned=2</script>');
  });

  it.each([['Hmeimim', () => card], ['Tartus', () => tartus]])('renders the %s card without creating or running anything', async (_name, get) => {
    const data = get();
    const { container } = show(data);
    await new Promise((r) => setTimeout(r, 20));
    expect(container.querySelector('img, script, svg, iframe, [onerror], [onload], [srcdoc]')).toBeNull();
    for (const a of container.querySelectorAll('a')) expect(a.getAttribute('href') ?? '').not.toMatch(/^\s*javascript:/i);
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
    const text = container.textContent ?? '';
    // The spelling shown as "written … on this page" is the raw matched text.
    expect(text).toContain(PAYLOADS[0]);
    // What the corpus says about the entity, payloads included, is shown as text.
    const shown = [...data.claims, ...data.differences].flatMap((c) => [c.text, ...c.sources.map((s) => s.outlet)]);
    const hostile = shown.filter((s) => /__pwned/.test(s));
    expect(hostile.length).toBeGreaterThan(0);
    for (const s of hostile) expect(text).toContain(s);
  });
});
