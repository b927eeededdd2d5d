// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { exportFileName, MAX_IMPORT_BYTES, parseImportText } from '../../../../src/pages/options/settings-file';
import { OptionsView, type OptionsViewProps } from '../../../../src/pages/options/OptionsView';

afterEach(cleanup);

function renderOptions(overrides: Partial<OptionsViewProps> = {}) {
  const props: OptionsViewProps = {
    data: {
      sites: [
        { site: 'bbc.co.uk', enabled: false, scope: 'domain', updatedAt: 1 },
        { site: 'live.bbc.co.uk', enabled: true, scope: 'host', updatedAt: 2 },
      ],
      hiddenNames: [
        { site: 'reuters.com', entityId: 'russia', createdAt: 1 },
        { site: 'reuters.com', entityId: 'al-sharaa', createdAt: 2 },
      ],
      prefs: { paused: false, hoverOpen: true, markMode: 'first' },
    },
    loadError: null,
    entityNames: new Map([
      ['russia', 'Russia'],
      ['al-sharaa', 'Ahmed al-Sharaa'],
    ]),
    notice: null,
    busy: false,
    onRemoveSite: vi.fn(),
    onUnhide: vi.fn(),
    onSetPrefs: vi.fn(),
    onExport: vi.fn(),
    onImportFile: vi.fn(),
    ...overrides,
  };
  render(<OptionsView {...props} />);
  return props;
}

describe('OptionsView', () => {
  it('lists site settings and hidden names, each removable', () => {
    const props = renderOptions();
    expect(screen.getByText('off, whole site')).toBeTruthy();
    expect(screen.getByText('on, this host only')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Forget the setting for bbc.co.uk' }));
    expect(props.onRemoveSite).toHaveBeenCalledWith('bbc.co.uk');

    // A hidden name covers every spelling of the entity on the site, and is listed that way.
    expect(screen.getByText('Russia')).toBeTruthy();
    expect(screen.getByText('Ahmed al-Sharaa')).toBeTruthy();
    // The site is isolated (<bdi>) inside the sentence, so the sentence is read from the row's text.
    expect(screen.getAllByText((_, el) => el?.matches('.bs-muted') === true && el.textContent === '(all spellings) on reuters.com')).toHaveLength(2);
    fireEvent.click(screen.getByRole('button', { name: 'Show Ahmed al-Sharaa again on reuters.com' }));
    expect(props.onUnhide).toHaveBeenCalledWith(expect.objectContaining({ entityId: 'al-sharaa', site: 'reuters.com' }));
  });

  it('shows the preferences as set and reports each change by key', () => {
    const props = renderOptions();
    const hover = screen.getByRole('switch', { name: /pointer rests/ }) as HTMLInputElement;
    expect(hover.checked).toBe(true);
    expect((screen.getByRole('radio', { name: /First mention only/ }) as HTMLInputElement).checked).toBe(true);
    fireEvent.click(hover);
    expect(props.onSetPrefs).toHaveBeenLastCalledWith({ hoverOpen: false });
    fireEvent.click(screen.getByRole('radio', { name: /Emphasise first mentions/ }));
    expect(props.onSetPrefs).toHaveBeenLastCalledWith({ markMode: 'emphasise-first' });
  });

  it('offers the browser\'s language and each interface language by its own name, and reports the choice', () => {
    const props = renderOptions();
    const select = screen.getByRole('combobox', { name: 'Language' }) as HTMLSelectElement;
    expect(select.value).toBe('browser');
    const options = [...select.options].map((o) => [o.value, o.textContent, o.getAttribute('lang')]);
    expect(options).toEqual([
      ['browser', 'Browser default', null],
      ['en', 'English', 'en'],
      ['ar', 'العربية', 'ar'],
      ['ru', 'Русский', 'ru'],
    ]);
    fireEvent.change(select, { target: { value: 'ru' } });
    expect(props.onSetPrefs).toHaveBeenLastCalledWith({ uiLanguage: 'ru' });
  });

  it('says when nothing is set, and shows an import refusal as an alert', () => {
    renderOptions({
      data: { sites: [], hiddenNames: [], prefs: { paused: false, hoverOpen: false, markMode: 'all' } },
      notice: { kind: 'error', text: 'Import refused: format must be "backstory-user-data". Nothing was changed.' },
    });
    expect(screen.getByText(/runs on every site/)).toBeTruthy();
    expect(screen.getByText(/No names are hidden/)).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toContain('Nothing was changed');
  });

  it('hands the chosen file to onImportFile and starts an export on click', () => {
    const props = renderOptions();
    const input = document.querySelector('input[type=file]') as HTMLInputElement;
    const file = new File(['{}'], 'settings.json', { type: 'application/json' });
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    fireEvent.change(input);
    expect(props.onImportFile).toHaveBeenCalledWith(file);
    fireEvent.click(screen.getByRole('button', { name: 'Export settings' }));
    expect(props.onExport).toHaveBeenCalledTimes(1);
  });
});

describe('parseImportText', () => {
  it('accepts JSON and refuses empty, broken or oversized files with a reason', () => {
    expect(parseImportText('{"format":"backstory-user-data"}')).toEqual({ ok: true, data: { format: 'backstory-user-data' } });
    expect(parseImportText('  ')).toEqual({ ok: false, error: 'The file is empty.' });
    const broken = parseImportText('{"format": ');
    expect(broken.ok).toBe(false);
    expect(!broken.ok && broken.error).toMatch(/^The file is not valid JSON/);
    const big = parseImportText('{}', MAX_IMPORT_BYTES + 1);
    expect(!big.ok && big.error).toMatch(/too large/);
  });

  it('names exports by date', () => {
    expect(exportFileName(new Date(Date.UTC(2026, 2, 1, 23, 0)))).toBe('backstory-settings-2026-03-01.json');
  });
});
