import { httpErrors } from '@fastify/sensible';
import type { GroupMapping, GroupMappingInput, Role } from '@malbild/shared';
import { expectVersion } from './conflict';
import type { Db } from './connection';

interface MappingRow {
  id: number;
  groupId: string;
  label: string;
  version: number;
  roles: string;
  units: string;
}

const SELECT_MAPPING = `
  SELECT m.id, m.group_id AS groupId, m.label, m.version,
    (SELECT json_group_array(role) FROM (SELECT role FROM group_mapping_roles WHERE mapping_id = m.id ORDER BY role)) AS roles,
    (SELECT json_group_array(unit_code) FROM (SELECT unit_code FROM group_mapping_units WHERE mapping_id = m.id ORDER BY unit_code)) AS units
  FROM group_mappings m`;

function toMapping(row: MappingRow): GroupMapping {
  return {
    id: row.id,
    groupId: row.groupId,
    label: row.label,
    roles: JSON.parse(row.roles) as Role[],
    units: JSON.parse(row.units) as string[],
    version: row.version,
  };
}

const taken = (groupId: string) =>
  httpErrors.conflict(`Gruppen ${groupId} har redan en koppling. Ändra den i stället.`);

// The administrator's mapping from the identity provider's groups to roles and units.
export function createGroupMappingQueries(db: Db) {
  const all = db.prepare<[], MappingRow>(`${SELECT_MAPPING} ORDER BY m.label, m.group_id`);
  const byId = db.prepare<[number], MappingRow>(`${SELECT_MAPPING} WHERE m.id = ?`);
  const byGroup = db.prepare<[string], { id: number }>(
    'SELECT id FROM group_mappings WHERE group_id = ?',
  );
  const insert = db.prepare<{ groupId: string; label: string }>(
    'INSERT INTO group_mappings (group_id, label) VALUES (:groupId, :label)',
  );
  const change = db.prepare<{ id: number; groupId: string; label: string }>(
    'UPDATE group_mappings SET group_id = :groupId, label = :label, version = version + 1 WHERE id = :id',
  );
  const remove = db.prepare<[number]>('DELETE FROM group_mappings WHERE id = ?');
  const clearRoles = db.prepare<[number]>('DELETE FROM group_mapping_roles WHERE mapping_id = ?');
  const addRole = db.prepare<[number, string]>(
    'INSERT INTO group_mapping_roles (mapping_id, role) VALUES (?, ?)',
  );
  const clearUnits = db.prepare<[number]>('DELETE FROM group_mapping_units WHERE mapping_id = ?');
  const addUnit = db.prepare<[number, string]>(
    'INSERT INTO group_mapping_units (mapping_id, unit_code) VALUES (?, ?)',
  );
  // What a set of group claim values grants: the union of their mappings' roles and units.
  const grantsOf = db.prepare<{ groups: string }, { roles: string; units: string; groups: string }>(
    `SELECT
       (SELECT json_group_array(DISTINCT r.role) FROM group_mapping_roles r
          JOIN group_mappings m ON m.id = r.mapping_id WHERE m.group_id IN (SELECT value FROM json_each(:groups))) AS roles,
       (SELECT json_group_array(DISTINCT u.unit_code) FROM group_mapping_units u
          JOIN group_mappings m ON m.id = u.mapping_id WHERE m.group_id IN (SELECT value FROM json_each(:groups))) AS units,
       (SELECT json_group_array(m.group_id) FROM group_mappings m
          WHERE m.group_id IN (SELECT value FROM json_each(:groups))) AS groups`,
  );

  const replaceGrants = (id: number, mapping: GroupMappingInput) => {
    clearRoles.run(id);
    for (const role of new Set(mapping.roles)) addRole.run(id, role);
    clearUnits.run(id);
    for (const unit of new Set(mapping.units)) addUnit.run(id, unit);
  };

  const create = db.transaction((mapping: GroupMappingInput): GroupMapping => {
    if (byGroup.get(mapping.groupId)) throw taken(mapping.groupId);
    const id = Number(insert.run(mapping).lastInsertRowid);
    replaceGrants(id, mapping);
    return toMapping(byId.get(id)!);
  });

  const stored = (id: number): GroupMapping => {
    const row = byId.get(id);
    if (!row) throw httpErrors.notFound(`Gruppkoppling ${id} finns inte`);
    return toMapping(row);
  };

  const update = db.transaction(
    (id: number, version: number, mapping: GroupMappingInput): GroupMapping => {
      expectVersion('groupMapping', stored(id), version);
      const other = byGroup.get(mapping.groupId);
      if (other && other.id !== id) throw taken(mapping.groupId);
      change.run({ id, groupId: mapping.groupId, label: mapping.label });
      replaceGrants(id, mapping);
      return toMapping(byId.get(id)!);
    },
  );

  const removeMapping = db.transaction((id: number, version: number): GroupMapping => {
    const current = stored(id);
    expectVersion('groupMapping', current, version);
    remove.run(id);
    return current;
  });

  return {
    list: (): GroupMapping[] => all.all().map(toMapping),
    create: (mapping: GroupMappingInput) => create.immediate(mapping),
    /** IMMEDIATE: applies the change if `version` is still current, else a ConflictError. */
    update: (id: number, version: number, mapping: GroupMappingInput) =>
      update.immediate(id, version, mapping),
    remove: (id: number, version: number) => removeMapping.immediate(id, version),
    /** The roles and units these group claim values grant, and which of them are mapped. */
    grantsOf: (groupIds: readonly string[]) => {
      const row = grantsOf.get({ groups: JSON.stringify(groupIds) })!;
      return {
        roles: JSON.parse(row.roles) as Role[],
        units: JSON.parse(row.units) as string[],
        mappedGroups: JSON.parse(row.groups) as string[],
      };
    },
  };
}
export type GroupMappingQueries = ReturnType<typeof createGroupMappingQueries>;
