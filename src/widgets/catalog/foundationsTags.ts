/** Widgets of the activation-functions and forward-pass chapters. */
export const foundationsTags = [] as const;
