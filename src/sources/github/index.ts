export * from './client.js';
export * from './errors.js';
export * from './find-run.js';
export * from './download.js';
export * from './request-errors.js';
export * from './rest.js';
