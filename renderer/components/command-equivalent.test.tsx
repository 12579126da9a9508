import { TooltipProvider } from '@radix-ui/react-tooltip';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { useState, type ReactElement } from 'react';
import { describe, expect, it } from 'vitest';
import { dropletActionEquivalent, imageActionEquivalent } from '../../shared/actions/equivalents';
import { CommandEquivalent, type CommandEquivalentProps } from './command-equivalent';

/** A rename form in miniature: the command follows the field. */
const RenameHarness = () => {
  const [name, setName] = useState('web-01');
  return (
    <>
      <label>
        New name
        <input value={name} onChange={(event) => setName(event.target.value)} />
      </label>
      <CommandEquivalent equivalent={dropletActionEquivalent({ type: 'rename', name }, 42)} />
    </>
  );
};

const renderIn = (ui: ReactElement) => render(<TooltipProvider>{ui}</TooltipProvider>);

const show = async (props: CommandEquivalentProps) => {
  const user = userEvent.setup();
  renderIn(<CommandEquivalent {...props} />);
  await user.click(screen.getByRole('button', { name: 'Show as command' }));
  return user;
};

/** Serious and critical WCAG A/AA findings, as the e2e journeys count them. */
const seriousViolations = async (container: HTMLElement): Promise<string[]> => {
  const { violations } = await axe.run(container, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    // jsdom lays nothing out: contrast cannot be measured here.
    rules: { 'color-contrast': { enabled: false } },
  });
  return violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical').map((violation) => violation.id);
};

describe('CommandEquivalent', () => {
  it('is collapsed until asked for, then shows both texts in labelled regions', async () => {
    const user = userEvent.setup();
    renderIn(<RenameHarness />);
    const toggle = screen.getByRole('button', { name: 'Show as command' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('region')).not.toBeInTheDocument();
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(document.getElementById(toggle.getAttribute('aria-controls') ?? '')).not.toBeNull();
    expect(within(screen.getByRole('region', { name: 'doctl' })).getByText(/doctl compute droplet-action rename 42 --droplet-name web-01$/)).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'API request' })).getByText(/"name":"web-01"/)).toBeInTheDocument();
    await user.click(toggle);
    expect(screen.queryByRole('region')).not.toBeInTheDocument();
  });

  it('follows the form as it changes', async () => {
    const user = userEvent.setup();
    renderIn(<RenameHarness />);
    await user.click(screen.getByRole('button', { name: 'Show as command' }));
    const field = screen.getByRole('textbox', { name: 'New name' });
    await user.clear(field);
    await user.type(field, "bob's box");
    expect(within(screen.getByRole('region', { name: 'doctl' })).getByText(/--droplet-name 'bob'\\''s box'$/)).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'API request' })).getByText(/"name":"bob'\\''s box"/)).toBeInTheDocument();
  });

  it('copies each text whole', async () => {
    const equivalent = dropletActionEquivalent({ type: 'reboot' }, 42);
    const user = await show({ equivalent });
    await user.click(screen.getByRole('button', { name: 'Copy doctl command' }));
    expect(await navigator.clipboard.readText()).toBe(equivalent.doctl);
    await user.click(screen.getByRole('button', { name: 'Copy API request' }));
    expect(await navigator.clipboard.readText()).toBe(equivalent.curl);
  });

  it('says when doctl has no command, and shows the API request alone', async () => {
    await show({ equivalent: imageActionEquivalent({ type: 'convert' }, 7) });
    expect(screen.getByText('doctl has no command for this; the API request:')).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'doctl' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Copy doctl command' })).not.toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'API request' })).getByText(/images\/7\/actions/)).toBeInTheDocument();
  });

  it('says what it waits for while the form is incomplete', async () => {
    await show({ equivalent: null, waitingFor: 'Choose an image to see the command.' });
    expect(screen.getByText('Choose an image to see the command.')).toBeInTheDocument();
    expect(screen.queryByRole('region')).not.toBeInTheDocument();
  });

  it('has no serious accessibility problems, open or closed', async () => {
    const user = userEvent.setup();
    const { container } = renderIn(<RenameHarness />);
    expect(await seriousViolations(container)).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Show as command' }));
    expect(await seriousViolations(container)).toEqual([]);
  });
});
