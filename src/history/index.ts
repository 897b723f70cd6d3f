export * from './format.js';
export * from './metrics.js';
export * from './entry.js';
export * from './series.js';
export * from './band.js';
export * from './change-points.js';
export * from './describe.js';
