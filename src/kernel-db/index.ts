export * from './types.js';
export { openSnapshot, isOwnedCopy, type OpenedSnapshot, type OpenSnapshotOptions } from './open-snapshot.js';
export { censusSnapshot, compareVatIDs, parseClistValue, type CensusOptions } from './census.js';
export { snapshotHeight, type PerfStagesLike } from './height.js';
export { censusDeltas, censusDelta, IMPORT_ID_START, type VatDelta } from './delta.js';
