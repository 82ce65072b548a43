/** Who may open the portrait workplace: coordinators and admins; coaches only draft where the programme allows it (the API decides). */
export const PORTRAIT_EDITOR_ROLES = ['coordinator', 'admin', 'coach'] as const;
/** Who publishes portraits and sees the workplace in the programme navigation. */
export const PORTRAIT_PUBLISHER_ROLES = ['coordinator', 'admin'] as const;
