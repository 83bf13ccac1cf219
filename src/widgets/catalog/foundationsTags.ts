/** Widgets of the activation-functions and forward-pass chapters. */
export const foundationsTags = ['ActivationPlot', 'LinearCollapse', 'Softmax', 'Matmul', 'ForwardPass'] as const;
