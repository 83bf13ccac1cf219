/** Widgets of the activation-functions, forward-pass, loss-functions and gradient-descent chapters. */
export const foundationsTags = [] as const;
