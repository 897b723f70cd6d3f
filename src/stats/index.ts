export * from './ols.js';
export * from './theil-sen.js';
export * from './mann-kendall.js';
export * from './multiple-testing.js';
export * from './summary.js';
export * from './trend.js';
export * from './distributions.js';
export * from './prng.js';
