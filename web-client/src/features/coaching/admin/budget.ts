/** Share of the budget at which it counts as nearly used up. */
export const NEARLY_USED_SHARE = 0.8;

export type BudgetState = 'over' | 'nearlyUsed' | 'ok';

/** Whether an assignment's hours are over budget, nearly used up (80 % or more) or fine. */
export function budgetState({
  hourBudget,
  hoursUsed,
  overBudget,
}: {
  hourBudget: number;
  hoursUsed: number;
  overBudget: boolean;
}): BudgetState {
  if (overBudget) return 'over';
  return hourBudget > 0 && hoursUsed / hourBudget >= NEARLY_USED_SHARE ? 'nearlyUsed' : 'ok';
}
