import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ConfirmDialog } from './ConfirmDialog';

describe('ConfirmDialog', () => {
  it('names the step and its subject, says what happens and that it cannot be undone, and confirms with the step', async () => {
    const user = userEvent.setup();
    const onConfirm = vi.fn();
    const onCancel = vi.fn();
    render(
      <ConfirmDialog
        action="Abschließen"
        subject="Zeitraum „Q1“"
        consequence="Die Zahlen werden festgeschrieben."
        irreversible
        pending={false}
        onConfirm={onConfirm}
        onCancel={onCancel}
      />,
    );
    const dialog = screen.getByRole('dialog', { name: 'Abschließen: Zeitraum „Q1“?' });
    expect(dialog).toHaveTextContent('Die Zahlen werden festgeschrieben.');
    expect(dialog).toHaveTextContent('Dieser Schritt lässt sich nicht rückgängig machen.');
    await user.click(screen.getByRole('button', { name: 'Zurück' }));
    expect(onCancel).toHaveBeenCalledOnce();
    expect(onConfirm).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Ja, Abschließen' }));
    expect(onConfirm).toHaveBeenCalledOnce();
  });

  it('does not confirm while a required field is missing or the step is under way', async () => {
    const user = userEvent.setup();
    const onConfirm = vi.fn();
    const { rerender } = render(
      <ConfirmDialog
        action="Abbrechen"
        subject="Tandem"
        consequence="x"
        pending={false}
        canConfirm={false}
        onConfirm={onConfirm}
        onCancel={() => {}}
      />,
    );
    expect(screen.queryByText('Dieser Schritt lässt sich nicht rückgängig machen.')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Ja, Abbrechen' }));
    rerender(
      <ConfirmDialog action="Abbrechen" subject="Tandem" consequence="x" pending onConfirm={onConfirm} onCancel={() => {}} />,
    );
    expect(screen.getByRole('button', { name: 'Wird ausgeführt …' })).toBeDisabled();
    expect(onConfirm).not.toHaveBeenCalled();
  });
});
