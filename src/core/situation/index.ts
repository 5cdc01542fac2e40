// The situation core: case series math for countries and the world (pure).
export * from './types';
export * from './dates';
export * from './series';
export * from './growth';
export * from './milestones';
export * from './tiers';
export * from './country-situation';
export { studentTQuantile } from './student-t';
