export * from './schemas/period';
export * from './schemas/measure';
export * from './schemas/activity';
export * from './schemas/unit';
export * from './schemas/seed';
export * from './number-format';
export * from './schemas/overview';
export * from './assessment';
