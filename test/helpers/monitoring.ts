import { checkWith } from './lint.js';

/** The base fixture (period 2024-2027) with ids on its indicators and a budget on one action. */
export const withIds = (text: string): string =>
  text
    .replace('- name: Scholen met een drugbeleid', '- id: scholen-beleid\n            name: Scholen met een drugbeleid')
    .replace('- name: Evenementen met controle', '- id: evenementen\n            name: Evenementen met controle')
    .replace('- name: Doorverwijzingen naar het CGG', '- id: doorverwijzingen\n            name: Doorverwijzingen naar het CGG')
    .replace('            start: 2024\n            end: 2025', '            start: 2025\n            end: 2026\n            budget: { amount: 5000 }');

/** A monitoring year that measures every indicator of withIds. */
export const allMeasured = `indicators:
  - { indicator: scholen-beleid, value: 3 }
  - { indicator: evenementen, value: 4 }
  - { indicator: doorverwijzingen, value: 20 }
`;

export const monitoringRules = ['indicator-measured', 'measurement-in-period', 'done-after-start', 'spending-within-budget'];

export { checkWith };
