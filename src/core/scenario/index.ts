// The demo scenario core: building, serialising and unpacking scenario files (pure).
export * from './types';
export * from './build';
export * from './files';
export * from './march-2020';
export * from './series-rows';
