// @vitest-environment jsdom
// Issue 17: a newer version waits for the learner. Nothing shows until the service worker offers one; the
// banner's Reload applies it (activates the waiting worker, which reloads the page).
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { appUpdateStore, offerUpdate } from '../../src/session/appUpdate';
import { UpdateBanner } from '../../src/ui/UpdateBanner';

afterEach(() => {
  cleanup();
  appUpdateStore.setState({ apply: null });
});

describe('update offer', () => {
  it('shows nothing while no newer version waits', () => {
    render(<UpdateBanner />);
    expect(document.querySelector('[data-banner="update"]')).toBeNull();
  });

  it('shows "Update available — Reload" once offered, and Reload applies the update', () => {
    const apply = vi.fn();
    render(<UpdateBanner />);
    act(() => offerUpdate(apply));
    const banner = document.querySelector('[data-banner="update"]');
    expect(banner?.textContent).toBe('Update available —Reload');
    expect(apply).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Reload' }));
    expect(apply).toHaveBeenCalledTimes(1);
  });
});
