// Open data: IATI 2.03 activities and HXL CSV from plain ledger rows, written as streams of chunks.
export * from './open-data.types';
export * from './iati.types';
export * from './iati-codes';
export * from './iati-rules';
export * from './iati-xml';
export * from './supply-activity';
export * from './team-activity';
export * from './session-activity';
export * from './hxl';
export * from './csv';
export * from './xml';
export * from './group-rows';
export { partyOf, type Party } from './parties';
