import { strict as assert } from 'node:assert';
import type { UserDoc } from '../../../../bot/domain/documents';
import { translatorFor } from '../../../../bot/i18n';
import { peoplePickerData } from '../../../../cards/shared/peoplePickerData';

const en = translatorFor('en');

function person(index: number, accountType: UserDoc['accountType'] = 'mpn'): UserDoc {
  const aadObjectId = `10000000-0000-4000-8000-${index.toString().padStart(12, '0')}`;
  return {
    id: `user:${aadObjectId}`,
    tenantId: 't',
    type: 'user',
    aadObjectId,
    displayName: `Person ${index}`,
    email: `person${index}@contoso.example`,
    roles: [],
    accountType,
  };
}
const roster = (count: number) => Array.from({ length: count }, (_, index) => person(index));

describe('cards/shared/peoplePickerData', () => {
  it('lists a small roster on the card, without accounts tied only to CSP or the people left out', () => {
    const people = [...roster(3), person(3, 'cspOnly')];
    const picker = peoplePickerData(people, { dataset: 'assignees', pickersOnCard: 1, exclude: new Set([people[0].aadObjectId]) }, en);
    assert.deepEqual(picker.choices.map((choice) => choice.title), ['Person 1', 'Person 2']);
    assert.equal(picker.available, 2);
    assert.equal(picker.dataset, 'assignees');
    assert.equal(picker.findNote, '');
  });

  it('lists a hundred people, and beyond that only the first few and asks for a name', () => {
    assert.equal(peoplePickerData(roster(100), { dataset: 'assignees', pickersOnCard: 1 }, en).choices.length, 100);
    const large = peoplePickerData(roster(101), { dataset: 'assignees', pickersOnCard: 1 }, en);
    assert.deepEqual(large.choices.map((choice) => choice.title), ['Person 0', 'Person 1', 'Person 2', 'Person 3', 'Person 4']);
    assert.equal(large.available, 101);
    assert.equal(large.findNote, en('people.typeToFind', { number: 101 }));
  });

  it('shares the byte budget among the pickers of one card', () => {
    assert.equal(peoplePickerData(roster(60), { dataset: 'assignees', pickersOnCard: 2 }, en).findNote, '');
    assert.notEqual(peoplePickerData(roster(60), { dataset: 'assignees', pickersOnCard: 6 }, en).findNote, '');
  });

  it('keeps the chosen person listed when the others are left out', () => {
    const people = roster(500);
    const picker = peoplePickerData(people, { dataset: 'marketingContacts', pickersOnCard: 1, selected: people[321].aadObjectId }, en);
    assert.equal(picker.choices.length, 6);
    assert.deepEqual(picker.choices.at(-1), { title: 'Person 321', value: people[321].aadObjectId });
    assert.equal(picker.value, people[321].aadObjectId, 'and shows them as chosen');
  });

  it('shows nobody as chosen who is not offered: an account tied only to CSP, someone left out, or no one of the roster', () => {
    const people = [...roster(3), person(3, 'cspOnly')];
    const exclude = new Set([people[0].aadObjectId]);
    for (const selected of [people[3].aadObjectId, people[0].aadObjectId, person(9).aadObjectId, ['x'], undefined]) {
      const picker = peoplePickerData(people, { dataset: 'assignees', pickersOnCard: 1, exclude, selected }, en);
      assert.equal(picker.value, '', JSON.stringify(selected));
      assert.deepEqual(picker.choices.map((choice) => choice.title), ['Person 1', 'Person 2']);
    }
  });
});
