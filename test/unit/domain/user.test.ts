import { strict as assert } from 'node:assert';
import { byName } from '../../../bot/domain/user';

describe('domain/user: people by name', () => {
  it('orders a copy by display name and leaves the list it was given as it was', () => {
    const people = [{ displayName: 'Megan Bowen' }, { displayName: 'Adele Vance' }, { displayName: 'Lee Gu' }];
    assert.deepEqual(byName(people).map((person) => person.displayName), ['Adele Vance', 'Lee Gu', 'Megan Bowen']);
    assert.equal(people[0].displayName, 'Megan Bowen');
  });
});
