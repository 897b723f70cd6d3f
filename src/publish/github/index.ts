export * from './annotations.js';
export * from './comment.js';
export * from './pr-number.js';
export * from './summary-budget.js';
export * from './text.js';
export * from './tracking-issue.js';
