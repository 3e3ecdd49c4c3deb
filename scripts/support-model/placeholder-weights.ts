export const MODEL_WEIGHTS = {
  crisis: { bias: -10, threshold: 0, weights: '' },
  safety: { bias: -10, threshold: 0, weights: '' },
};
