// Access control's pure rules: roles, permissions, the role matrix and the decision for a route.
export * from './permissions';
export * from './route-access';
export * from './attempt-limit';
export * from './password-policy';
