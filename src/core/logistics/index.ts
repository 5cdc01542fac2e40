// Logistics and operations rules: requests, batches, packing onto flights, marks, events and their chain.
export * from './events';
export * from './event-chain';
export * from './event-rules';
export * from './receipt';
export * from './packing';
export * from './marks';
export * from './quotations';
export * from './batch-rules';
export * from './request-rules';
export * from './donor-reach';
export { canonicalJson, type Json } from './canonical-json';
export { sha256Hex } from './sha256';
