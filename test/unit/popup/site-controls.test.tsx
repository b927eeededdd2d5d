// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SiteControls, type SiteControlsProps } from '../../../src/popup/SiteControls';

afterEach(cleanup);

function renderControls(overrides: Partial<SiteControlsProps> = {}) {
  const props: SiteControlsProps = {
    host: 'news.bbc.co.uk',
    domain: 'bbc.co.uk',
    siteEnabled: true,
    scope: 'domain',
    paused: false,
    busy: false,
    onToggleSite: vi.fn(),
    onScopeChange: vi.fn(),
    onTogglePause: vi.fn(),
    ...overrides,
  };
  render(<SiteControls {...props} />);
  return props;
}

const siteSwitch = () => screen.getAllByRole('switch')[0] as HTMLInputElement;
const pauseSwitch = () => screen.getByRole('switch', { name: 'Pause everywhere' }) as HTMLInputElement;

describe('SiteControls', () => {
  it('says so when the settings could not be read, and leaves the site switch unusable', () => {
    renderControls({ siteEnabled: null, unreadable: 'The stored setting for bbc.co.uk cannot be read by this version of Backstory.' });
    expect(screen.getByRole('alert').textContent).toMatch(/could not read your settings \(The stored setting for bbc\.co\.uk .*\), so it marks nothing/);
    expect(siteSwitch().disabled).toBe(true);
  });

  it('shows the site on, names the domain it applies to, and switching it off asks for enabled=false', () => {
    const props = renderControls();
    expect(siteSwitch().checked).toBe(true);
    expect(siteSwitch().disabled).toBe(false);
    expect(siteSwitch().closest('label')?.textContent).toBe('On bbc.co.uk');
    fireEvent.click(siteSwitch());
    expect(props.onToggleSite).toHaveBeenCalledWith(false);
  });

  it('offers the exact host as the scope, and names it when chosen', () => {
    const props = renderControls({ scope: 'host', siteEnabled: false });
    expect(siteSwitch().checked).toBe(false);
    expect(siteSwitch().closest('label')?.textContent).toBe('On news.bbc.co.uk');
    const domainChoice = screen.getByLabelText('all of bbc.co.uk') as HTMLInputElement;
    expect(domainChoice.checked).toBe(false);
    expect((screen.getByLabelText('only news.bbc.co.uk') as HTMLInputElement).checked).toBe(true);
    fireEvent.click(domainChoice);
    expect(props.onScopeChange).toHaveBeenCalledWith('domain');
    fireEvent.click(siteSwitch());
    expect(props.onToggleSite).toHaveBeenCalledWith(true);
  });

  it('has no scope choice when the host is the domain itself', () => {
    renderControls({ host: 'example.com', domain: 'example.com' });
    expect(screen.queryByText('Switch applies to')).toBeNull();
  });

  it('disables the switches while loading or while a change is being saved', () => {
    renderControls({ siteEnabled: null, paused: null });
    expect(siteSwitch().disabled).toBe(true);
    expect(pauseSwitch().disabled).toBe(true);
    cleanup();
    renderControls({ busy: true });
    expect(siteSwitch().disabled).toBe(true);
    expect(pauseSwitch().disabled).toBe(true);
  });

  it('says when the page cannot be marked, but still offers the global pause', () => {
    const props = renderControls({ host: null, domain: null, siteEnabled: null });
    expect(screen.getByText('This page is not a web page Backstory can mark.')).toBeTruthy();
    expect(screen.getAllByRole('switch')).toHaveLength(1);
    fireEvent.click(pauseSwitch());
    expect(props.onTogglePause).toHaveBeenCalledWith(true);
  });

  it('shows the pause as on, says what it means, and un-pausing asks for paused=false', () => {
    const props = renderControls({ paused: true });
    expect(pauseSwitch().checked).toBe(true);
    expect(screen.getByText(/nothing is marked on any site/)).toBeTruthy();
    fireEvent.click(pauseSwitch());
    expect(props.onTogglePause).toHaveBeenCalledWith(false);
  });
});
