import type { ReactNode } from 'react';

/** One step a record may take now, as the API lists it. */
export type WorkflowStep<S extends string> = { to: S; label: string; secondary?: boolean };

type WorkflowStepsProps<S extends string> = {
  /** The section's class; the buttons sit in `${className}__buttons`. */
  className: string;
  headingId: string;
  heading: string;
  /** Shown between the heading and the buttons (the current status, a hint). */
  intro?: ReactNode;
  steps: WorkflowStep<S>[];
  onChoose: (to: S) => void;
  /** Announced after a step was taken. */
  done: string;
  doneClassName: string;
  /** The confirm dialog of the chosen step. */
  children?: ReactNode;
};

/** The workflow section of a record: a button per step the API allows, and a status line after a step. */
export function WorkflowSteps<S extends string>(props: WorkflowStepsProps<S>) {
  const { className, headingId, heading, intro, steps, onChoose, done, doneClassName, children } = props;
  return (
    <section className={className} aria-labelledby={headingId}>
      <h2 id={headingId}>{heading}</h2>
      {intro}
      {steps.length > 0 && (
        <div className={`${className}__buttons`}>
          {steps.map((step) => (
            <button
              key={step.to}
              type="button"
              className={step.secondary ? 'button button--secondary' : 'button'}
              onClick={() => onChoose(step.to)}
            >
              {step.label}
            </button>
          ))}
        </div>
      )}
      <p role="status" className={doneClassName}>
        {done}
      </p>
      {children}
    </section>
  );
}
