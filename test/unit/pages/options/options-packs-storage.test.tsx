// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { packExportFileName } from '../../../../src/pages/options/export-articles';
import { PacksSection, type PacksSectionProps } from '../../../../src/pages/options/PacksSection';
import { formatBytes, readStorageInfo, requestPersistence } from '../../../../src/pages/options/storage-info';
import { StorageSection } from '../../../../src/pages/options/StorageSection';
import { HOSTILE } from '../articles/articles-fixtures';

afterEach(cleanup);

function renderPacks(over: Partial<PacksSectionProps> = {}) {
  const props: PacksSectionProps = { importState: { kind: 'idle' }, exportNotice: null, busy: false, onImportFile: vi.fn(), onExport: vi.fn(), ...over };
  const result = render(<PacksSection {...props} />);
  return { props, ...result };
}

describe('PacksSection', () => {
  it('hands the chosen pack to onImportFile, and exports on click', () => {
    const { props } = renderPacks();
    const input = screen.getByLabelText('Import a pack…') as HTMLInputElement;
    expect(input.accept).toContain('.backstory');
    const file = new File(['zip'], 'desk.backstory');
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    fireEvent.change(input);
    expect(props.onImportFile).toHaveBeenCalledWith(file);
    fireEvent.click(screen.getByRole('button', { name: 'Export my saved articles' }));
    expect(props.onExport).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('link', { name: 'Your articles' }).getAttribute('href')).toBe('articles.html');
  });

  it('shows progress while checking and while writing', () => {
    const { rerender, props } = renderPacks({ importState: { kind: 'checking', name: 'desk.backstory', linesRead: 1200 } });
    expect(screen.getByRole('status').textContent).toBe('Checking desk.backstory… 1,200 lines read');
    rerender(<PacksSection {...props} importState={{ kind: 'writing', name: 'desk.backstory', done: 250, total: 600 }} />);
    expect(screen.getByRole('status').textContent).toBe('Importing: 250 of 600 articles');
    const bar = screen.getByRole('progressbar', { name: 'Pack import progress' }) as HTMLProgressElement;
    expect([bar.value, bar.max]).toEqual([250, 600]);
  });

  it('lists every problem of a refused pack and says nothing was imported', () => {
    renderPacks({ importState: { kind: 'refused', name: 'bad.backstory', problems: [{ file: 'articles.jsonl', line: 3, code: 'check_not_json', params: { detail: 'Unexpected token' } }, { file: 'articles.jsonl', line: 9, code: 'check_control_char', params: { field: `title ${HOSTILE}`, char: 'U+0007' } }] } });
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('bad.backstory was refused: 2 problems were found. Nothing was imported.');
    expect([...alert.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'articles.jsonl:3: not valid JSON (Unexpected token).',
      `articles.jsonl:9: title ${HOSTILE} holds a control character (U+0007); remove it.`,
    ]);
    expect(document.querySelector('img, script')).toBeNull();
  });

  it('reports the outcome of an import', () => {
    const { rerender, props } = renderPacks({ importState: { kind: 'imported', name: 'Desk picks', added: 598, duplicates: 2 } });
    expect(screen.getByRole('status').textContent).toBe('Imported 598 articles from Desk picks (2 were already in your corpus).');
    rerender(<PacksSection {...props} importState={{ kind: 'failed', name: 'Desk picks', error: 'QuotaExceededError' }} />);
    expect(screen.getByRole('alert').textContent).toBe('The import of Desk picks failed and nothing was kept: Something went wrong (QuotaExceededError).');
  });

  it('names exports by date', () => {
    expect(packExportFileName(new Date(Date.UTC(2026, 2, 1, 12)))).toBe('backstory-articles-2026-03-01.backstory');
  });
});

describe('storage', () => {
  it('formats sizes in decimal units, in the interface language', () => {
    expect(formatBytes(0, 'en')).toBe('0 bytes');
    expect(formatBytes(950, 'en')).toBe('950 bytes');
    expect(formatBytes(1_234_567, 'en')).toBe('1.2 MB');
    expect(formatBytes(45_000_000, 'en')).toBe('45 MB');
    expect(formatBytes(2_147_483_648, 'en')).toBe('2.1 GB');
    expect(formatBytes(1_234_567, 'ru')).toMatch(/^1,2\sМБ$/);
  });

  it('reads what the browser says, and says when it says nothing', async () => {
    const storage = { estimate: async () => ({ usage: 1_234_567, quota: 2_000_000_000 }), persisted: async () => false, persist: async () => true };
    expect(await readStorageInfo(storage)).toEqual({ usage: 1_234_567, quota: 2_000_000_000, persisted: false, canPersist: true });
    expect(await readStorageInfo(undefined)).toEqual({ usage: null, quota: null, persisted: null, canPersist: false });
    expect(await requestPersistence(storage)).toBe('granted');
    expect(await requestPersistence({ persist: async () => false })).toBe('refused');
    expect(await requestPersistence({})).toBe('unavailable');
  });

  it('shows usage, persistence and the button to ask for it', () => {
    const onPersist = vi.fn();
    const { rerender } = render(<StorageSection info={{ usage: 1_234_567, quota: 2_000_000_000, persisted: false, canPersist: true }} persistResult={null} onPersist={onPersist} />);
    expect(screen.getByText('1.2 MB used of the 2 GB the browser allows.')).toBeTruthy();
    expect(screen.getByText(/Storage is not persistent/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Keep my data (persistent storage)' }));
    expect(onPersist).toHaveBeenCalled();
    rerender(<StorageSection info={{ usage: 1_234_567, quota: 2_000_000_000, persisted: true, canPersist: true }} persistResult="granted" onPersist={onPersist} />);
    expect(screen.getByText(/Storage is persistent/)).toBeTruthy();
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.getByRole('status').textContent).toBe('The browser agreed: your data will be kept.');
    rerender(<StorageSection info={{ usage: null, quota: null, persisted: null, canPersist: false }} persistResult={null} onPersist={onPersist} />);
    expect(screen.getByText('This browser does not say how much storage is used.')).toBeTruthy();
    expect(screen.getByText('This browser cannot make storage persistent.')).toBeTruthy();
  });
});
