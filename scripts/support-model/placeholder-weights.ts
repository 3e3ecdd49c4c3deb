export const MODEL_WEIGHTS = {
  crisis: { bias: -10, threshold: 0, weights: {} as Readonly<Record<string, number>> },
  safety: { bias: -10, threshold: 0, weights: {} as Readonly<Record<string, number>> },
};
