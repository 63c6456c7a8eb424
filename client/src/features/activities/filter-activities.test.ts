import { describe, expect, it } from 'vitest';
import type { Activity } from '@malbild/shared';
import { filterActivities, groupActivities, type GroupingContext } from './filter-activities';

let nextId = 1;
function activity(measureNumber: number, units: string[], status: Activity['status'] = 'planned') {
  const id = nextId++;
  return {
    id,
    year: 2024,
    measureNumber,
    position: id,
    units,
    unitsRaw: units.join(' och '),
    verksamhet: null,
    text: `Aktivitet ${id}`,
    antal: null,
    antalMin: null,
    antalMax: null,
    countUnit: null,
    comment: null,
    status,
    followUp: null,
    copiedFrom: null,
    movedFrom: null,
    movedTo: null,
    followUpDue: null,
    displayStatus: status,
    version: 1,
    updatedAt: '2024-01-01T00:00:00.000Z',
    updatedBy: null,
    draft: null,
  } satisfies Activity;
}

const context: GroupingContext = {
  goals: [
    { id: 1, name: 'Mål A', areaName: 'Område 1', measureNumbers: [1, 2] },
    { id: 2, name: 'Mål B', areaName: 'Område 1', measureNumbers: [3] },
    { id: 3, name: 'Mål C', areaName: 'Område 2', measureNumbers: [4] },
  ],
  measureName: (number) => `Mått ${number}`,
  unitName: (code) => ({ SOU: 'Skola', KSF: 'Kommunstyrelsen', VBU: 'Vatten' })[code] ?? code,
  otherTitle: 'Övriga',
  sharedTitle: 'Tillsammans',
};

const rows = [
  activity(2, ['SOU']),
  activity(1, ['KSF'], 'done'),
  activity(4, ['SOU', 'KSF']),
  activity(9, ['VBU']),
  activity(1, ['SOU'], 'in_progress'),
];

const shape = (sections: ReturnType<typeof groupActivities>) =>
  sections.map((section) => ({
    section: section.title,
    groups: section.groups.map((g) => `${g.title}: ${g.activities.map((a) => a.id).join(',')}`),
  }));

describe('groupActivities', () => {
  it('groups by goal under its målområde in the period’s order, a measure of no goal last', () => {
    expect(shape(groupActivities(rows, 'goal', context))).toEqual([
      { section: 'Område 1', groups: ['Mål A: 1,2,5'] },
      { section: 'Område 2', groups: ['Mål C: 3'] },
      { section: undefined, groups: ['Övriga: 4'] },
    ]);
  });

  it('groups by measure under its goal, in number order', () => {
    expect(shape(groupActivities(rows, 'measure', context))).toEqual([
      { section: 'Mål A', groups: ['1. Mått 1: 2,5', '2. Mått 2: 1'] },
      { section: 'Mål C', groups: ['4. Mått 4: 3'] },
      { section: 'Övriga', groups: ['9. Mått 9: 4'] },
    ]);
  });

  it('groups by unit by name, an activity several units share once in a group of its own', () => {
    expect(shape(groupActivities(rows, 'unit', context))).toEqual([
      {
        section: undefined,
        groups: ['Kommunstyrelsen: 2', 'Skola: 1,5', 'Vatten: 4', 'Tillsammans: 3'],
      },
    ]);
  });

  it('puts every activity in exactly one group, whatever the grouping', () => {
    for (const grouping of ['goal', 'measure', 'unit'] as const) {
      const ids = groupActivities(rows, grouping, context)
        .flatMap((s) => s.groups)
        .flatMap((g) => g.activities.map((a) => a.id));
      expect(ids.toSorted()).toEqual(rows.map((a) => a.id).toSorted());
    }
  });
});

describe('filterActivities', () => {
  it('filters by follow-up status, unit (also shared ones) and measure together', () => {
    const ids = (filters: Parameters<typeof filterActivities>[1]) =>
      filterActivities(rows, filters).map((a) => a.id);
    expect(ids({ status: 'done' })).toEqual([2]);
    expect(ids({ status: 'in_progress', unit: 'SOU' })).toEqual([5]);
    expect(ids({ unit: 'KSF' })).toEqual([2, 3]);
    expect(ids({ unit: 'SOU', measure: 1 })).toEqual([5]);
    expect(ids({ status: 'postponed' })).toEqual([]);
    // An unknown status in the address filters nothing away rather than everything.
    expect(ids({ status: 'okänd' })).toHaveLength(rows.length);
  });
});
