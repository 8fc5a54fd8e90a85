import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { Monotable } from '../../api';
import { Attribute, BelongsTo, Entity, HasMany, ManyToMany } from '../decorators';
import { ConfigurationError } from '../errors';
import { validateEntities } from '../metadata';
import { Table } from '../table';
import { planRelations } from './plan-relations';

const T = new Table({
  name: 't',
  partitionKey: 'PK',
  sortKey: 'SK',
  indexes: { GSI1: { partitionKey: 'GSI1PK', sortKey: 'GSI1SK' } },
});

const problemsOf = (...entities: Function[]) =>
  planRelations(validateEntities(entities, T)).problems;
const planOf = (owner: Function, property: string, ...entities: Function[]) => {
  const metadata = validateEntities([owner, ...entities], T);
  return planRelations(metadata).catalog.plan(metadata[0], property);
};

@Entity({ table: T, pk: 'TEAM#{id}', sk: 'TEAM' })
class Team {
  @Attribute() id!: string;
  @HasMany(() => Player) players?: Player[];
  @HasMany(() => Loner) loners?: Loner[];
  @HasMany(() => Indexed) indexed?: Indexed[];
  @HasMany(() => Indexed, { index: 'GSI1' }) viaIndex?: Indexed[];
}

@Entity({ table: T, pk: 'TEAM#{teamId}', sk: 'PLAYER#{id}' })
class Player {
  @Attribute() teamId!: string;
  @Attribute() id!: string;
  @BelongsTo(() => Team) team?: Team;
}

@Entity({ table: T, pk: 'LONER#{id}', sk: 'LONER' })
class Loner {
  @Attribute() id!: string;
  @Attribute() teamId!: string;
  @BelongsTo(() => Team) team?: Team;
}

@Entity({
  table: T,
  pk: 'INDEXED#{id}',
  sk: 'INDEXED',
  indexes: { GSI1: { pk: 'TEAM#{team}', sk: 'INDEXED#{id}' } },
})
class Indexed {
  @Attribute() id!: string;
  @Attribute() team!: string;
}

describe('planRelations', () => {
  it('pairs slots through templates of the same shape: partitions, indexes and parents', () => {
    expect(planOf(Team, 'players', Player, Loner, Indexed)).toMatchObject({
      kind: 'hasMany',
      children: { partition: { teamId: 'id' }, sortPrefix: {} },
    });
    expect(planOf(Team, 'viaIndex', Player, Loner, Indexed)).toMatchObject({
      children: { index: 'GSI1', partition: { team: 'id' } },
    });
    expect(planOf(Player, 'team', Team, Loner, Indexed)).toMatchObject({
      kind: 'belongsTo',
      targetKey: { id: 'teamId' },
    });
  });

  it('explains how to fix a has-many whose children are not in the partition', () => {
    const problems = problemsOf(Team, Player, Loner, Indexed);
    expect(problems).toHaveLength(3);
    expect(problems[0]).toContain(
      "Team.loners (@HasMany): Loner's pk 'LONER#{id}' does not render Team's partition 'TEAM#{id}'",
    );
    expect(problems[0]).toContain("Give Loner a pk of the same shape, e.g. 'TEAM#{teamId}'");
    expect(problems[1]).toContain(
      "or read them from index GSI1, whose pk 'TEAM#{team}' renders it: add { index: 'GSI1' }",
    );
    expect(problems[2]).toContain(
      "Loner.team (@BelongsTo): cannot tell which Loner properties hold Team's key {id}",
    );
    expect(problems[2]).toContain("Pass { keys: { id: '<Loner property>' } }");
  });

  it('takes explicit keys, and checks them', () => {
    @Entity({ table: T, pk: 'ROSTER#{id}', sk: 'ROSTER' })
    class Roster {
      @Attribute() id!: string;
      @HasMany(() => Slot, { keys: { roster: 'id' } }) slots?: Slot[];
      @HasMany(() => Slot, { keys: { nope: 'id' } }) broken?: Slot[];
    }
    @Entity({ table: T, pk: 'SLOTS#{roster}', sk: 'SLOT#{n}' })
    class Slot {
      @Attribute() roster!: string;
      @Attribute() n!: string;
      @BelongsTo(() => Roster, { keys: { id: 'roster' } }) owner?: Roster;
    }
    const metadata = validateEntities([Roster, Slot], T);
    const { catalog, problems } = planRelations(metadata);
    expect(catalog.plan(metadata[0], 'slots')).toMatchObject({
      children: { partition: { roster: 'id' } },
    });
    expect(catalog.plan(metadata[1], 'owner')).toMatchObject({ targetKey: { id: 'roster' } });
    expect(problems.join('\n')).toContain("keys.nope: Slot's key templates have no {nope} slot");
  });

  it('refuses unknown options, unregistered targets and many-to-many edges it cannot read', () => {
    @Entity({ table: T, pk: 'A#{id}', sk: 'A' })
    class A {
      @Attribute() id!: string;
      @HasMany(() => Player, { sortKey: 'x' } as never) typo?: Player[];
      @ManyToMany(() => Team, { through: () => Player }) teams?: Team[];
      @ManyToMany(() => Team, { through: () => undefined as never }) lost?: Team[];
    }
    const problems = problemsOf(A, Team, Player, Loner, Indexed).join('\n');
    expect(problems).toContain(
      "A.typo (@HasMany): unknown option 'sortKey' (@HasMany takes index, keys)",
    );
    expect(problems).toContain(
      "A.teams (@ManyToMany): Player's pk 'TEAM#{teamId}' does not render A's partition 'A#{id}'",
    );
    expect(problems).toContain(
      'A.lost (@ManyToMany) through: Relation lost: through resolved to undefined',
    );
    expect(planRelations(validateEntities([Player], T)).problems).toEqual([
      "Player.team (@BelongsTo): Team is not an entity of this connection; add it to the 'entities' option",
    ]);
  });

  it('refuses children that do not say which of several owners in a partition they belong to', () => {
    @Entity({ table: T, pk: 'CLUB#{clubId}', sk: 'SQUAD#{id}' })
    class Squad {
      @Attribute() clubId!: string;
      @Attribute() id!: string;
      @HasMany(() => Kit) kits?: Kit[];
      @HasMany(() => Badge) badges?: Badge[];
    }
    @Entity({ table: T, pk: 'CLUB#{clubId}', sk: 'KIT#{id}' })
    class Kit {
      @Attribute() clubId!: string;
      @Attribute() id!: string;
    }
    @Entity({ table: T, pk: 'CLUB#{clubId}', sk: 'SQUAD#{squadId}#BADGE#{id}' })
    class Badge {
      @Attribute() clubId!: string;
      @Attribute() squadId!: string;
      @Attribute() id!: string;
    }
    const metadata = validateEntities([Squad, Kit, Badge], T);
    const { catalog, problems } = planRelations(metadata);
    expect(problems).toEqual([
      expect.stringContaining(
        "Squad.kits (@HasMany): several Squad items share a partition, and the Kit keys do not carry Squad's {id}",
      ),
    ]);
    expect(catalog.plan(metadata[0], 'badges')).toMatchObject({
      children: { partition: { clubId: 'clubId' }, sortPrefix: { squadId: 'id' } },
    });
  });

  it('is checked when the connection is made', () => {
    const client = new DynamoDBClient({ region: 'local', endpoint: 'http://127.0.0.1:9' });
    expect(
      () => new Monotable({ client, table: T, entities: [Team, Player, Loner, Indexed] }),
    ).toThrow(ConfigurationError);
  });
});
