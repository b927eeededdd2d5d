// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { StatusBanner } from '../../../src/popup/StatusBanner';
import type { CorpusStatus } from '../../../src/shared/messaging/background-request';

afterEach(cleanup);

const STATUS: CorpusStatus = { backend: 'indexeddb', version: 'abc', asOf: '2025-03-01', articleCount: 5, entityCount: 40, paused: false };

describe('StatusBanner', () => {
  it('shows the corpus date and article count, and no warning when the corpus is stored', () => {
    render(<StatusBanner status={STATUS} error={null} />);
    expect(screen.getByText(/Corpus as of/).textContent).toBe('Corpus as of 1 Mar 2025 · 5 articles');
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('says plainly that the corpus could not be stored, why, and what it fell back to', () => {
    render(<StatusBanner status={{ ...STATUS, backend: 'memory', reason: { code: 'storage_unavailable' }, articleCount: 1 }} error={null} />);
    const banner = screen.getByRole('status');
    expect(banner.textContent).toContain('could not be stored');
    expect(banner.textContent).toContain('The browser does not allow storage here (for example in a private window).');
    expect(banner.textContent).toContain('bundled with the extension, kept in memory');
    expect(screen.getByText(/Corpus as of/).textContent).toBe('Corpus as of 1 Mar 2025 · 1 article');
  });

  it('while the corpus is being saved, says so in passing and shows no warning', () => {
    render(<StatusBanner status={{ ...STATUS, backend: 'memory', importing: true }} error={null} />);
    expect(screen.getByText(/Saving the corpus in this browser/)).toBeTruthy();
    expect(screen.queryByRole('status')).toBeNull();
    expect(screen.getByText(/Corpus as of/).textContent).toBe('Corpus as of 1 Mar 2025 · 5 articles');
  });

  it('says when the reader\u2019s articles are being compiled in, and plainly why they could not be', () => {
    render(<StatusBanner status={{ ...STATUS, user: { articles: 3, pending: true } }} error={null} />);
    expect(screen.getByText('Updating your corpus…')).toBeTruthy();
    expect(screen.queryByRole('status')).toBeNull();
    cleanup();
    render(<StatusBanner status={{ ...STATUS, user: { articles: 3, pending: false, problem: { code: 'compile_failed', detail: 'RangeError: too deep' } } }} error={null} />);
    expect(screen.getByRole('status').textContent).toBe('Your articles could not be added to the corpus: they could not be compiled (RangeError: too deep); cards show the corpus as it was.');
    expect(screen.queryByText('Updating your corpus…')).toBeNull();
  });

  it('shows loading, then a background error as an alert', () => {
    render(<StatusBanner status={null} error={null} />);
    expect(screen.getByText('Loading the corpus…')).toBeTruthy();
    cleanup();
    render(<StatusBanner status={null} error="No reply (the receiver is not listening)" />);
    expect(screen.getByRole('alert').textContent).toContain('No reply');
  });
});
