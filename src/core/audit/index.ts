// The audit trail's pure rules: the row's canonical content, its hash chain and the chain check.
export * from './audit-chain';
