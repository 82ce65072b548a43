import { QueryClient, QueryClientProvider, useMutation } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { ApiError } from '@/lib/api/problem';
import { EntityForm } from './EntityForm';
import { TextField } from './FormField';
import { useEntityForm } from './use-entity-form';

type Values = { name: string; steps: { title: string }[] };
const FIELDS = ['name', 'steps'] as const;

function TestForm({
  send,
  load,
  onDirty,
}: {
  send: (values: Values) => Promise<Values>;
  load: () => Promise<Values>;
  onDirty: (dirty: boolean) => void;
}) {
  const mutation = useMutation({ mutationFn: send });
  const engine = useEntityForm<Values, (typeof FIELDS)[number], Values>({
    defaultValues: { name: 'Kalbe', steps: [{ title: 'Erfassen' }] },
    schema: z.looseObject({ name: z.string().refine((name) => name.trim() !== '', 'Bitte ausfüllen.') }),
    fields: FIELDS,
    mutation,
    save: (values, callbacks) => mutation.mutate(values, callbacks),
    reload: load,
  });
  onDirty(engine.dirty);
  return (
    <EntityForm
      engine={engine}
      label="Test"
      texts="organisations:form"
      titleIds={{ conflict: 'test-conflict', summary: 'test-errors' }}
      labelOf={(field) => (field === 'name' ? 'Name' : 'Schritte')}
      submitLabel="Speichern"
    >
      <TextField
        id="name"
        label="Name"
        value={engine.values.name}
        error={engine.errors.name}
        onChange={(name) => engine.change({ name })}
      />
      <p id="steps">{engine.values.steps.map((step) => step.title).join(', ')}</p>
    </EntityForm>
  );
}

function renderForm(send: (values: Values) => Promise<Values>, load = vi.fn<() => Promise<Values>>()) {
  const dirty: boolean[] = [];
  const client = new QueryClient({ defaultOptions: { mutations: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <TestForm send={send} load={load} onDirty={(value) => dirty.push(value)} />
    </QueryClientProvider>,
  );
  return { dirty, load };
}

describe('the form engine', () => {
  it('tracks dirty state against what was saved last and says "saved"', async () => {
    const user = userEvent.setup();
    const send = vi.fn((values: Values) => Promise.resolve(values));
    const { dirty } = renderForm(send);
    const name = screen.getByRole('textbox', { name: 'Name' });

    expect(dirty.at(-1)).toBe(false);
    await user.type(name, ' Milde');
    expect(dirty.at(-1)).toBe(true);
    await user.click(screen.getByRole('button', { name: 'Speichern' }));

    expect(await screen.findByText('Gespeichert')).toHaveAttribute('role', 'status');
    expect(send.mock.calls[0]![0]).toEqual({ name: 'Kalbe Milde', steps: [{ title: 'Erfassen' }] });
    expect(dirty.at(-1)).toBe(false);
    expect(name).toHaveValue('Kalbe Milde');
  });

  it('checks with the schema before sending and focuses the summary', async () => {
    const user = userEvent.setup();
    const send = vi.fn((values: Values) => Promise.resolve(values));
    renderForm(send);

    await user.clear(screen.getByRole('textbox', { name: 'Name' }));
    await user.click(screen.getByRole('button', { name: 'Speichern' }));

    const summary = await screen.findByRole('alert');
    await waitFor(() => expect(summary).toHaveFocus());
    expect(within(summary).getByRole('link')).toHaveTextContent('Name: Bitte ausfüllen.');
    expect(screen.getByRole('textbox', { name: 'Name' })).toHaveAccessibleDescription('Bitte ausfüllen.');
    expect(send).not.toHaveBeenCalled();
  });

  it('sorts violations to fields, also by array path, in the order of the fields', async () => {
    const user = userEvent.setup();
    renderForm(() =>
      Promise.reject(
        new ApiError(400, {
          violations: [
            { field: 'update.input.steps[0].title', message: 'must not be blank' },
            { field: 'name', message: 'too long' },
            { field: 'other', message: 'something else' },
          ],
        }),
      ),
    );

    await user.click(screen.getByRole('button', { name: 'Speichern' }));

    const summary = await screen.findByRole('alert');
    await waitFor(() => expect(summary).toHaveFocus());
    expect(
      within(summary)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Name: too long', 'Schritte: must not be blank', 'other: something else']);
  });

  it('keeps the input on 412 and loads the other save on request', async () => {
    const user = userEvent.setup();
    const load = vi.fn(() => Promise.resolve({ name: 'Von jemand anderem', steps: [] }));
    renderForm(() => Promise.reject(new ApiError(412, { title: 'Precondition Failed' })), load);

    await user.type(screen.getByRole('textbox', { name: 'Name' }), '!');
    await user.click(screen.getByRole('button', { name: 'Speichern' }));

    const alert = await screen.findByRole('alert');
    await waitFor(() => expect(alert).toHaveFocus());
    expect(alert).toHaveTextContent('Inzwischen hat jemand anderes gespeichert');
    expect(screen.getByRole('textbox', { name: 'Name' })).toHaveValue('Kalbe!');

    await user.click(within(alert).getByRole('button', { name: 'Neueste Fassung laden' }));

    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Name' })).toHaveValue('Von jemand anderem'));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.getByText('Die neueste Fassung ist geladen.')).toHaveFocus();
  });
});
