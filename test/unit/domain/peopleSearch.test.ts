import { strict as assert } from 'node:assert';
import { foldForSearch, PeopleIndex } from '../../../bot/domain';

const person = (displayName: string, email: string) => ({ displayName, email });
const roster = [
  person('Zoë Müller', 'zoe.mueller@contoso.example'),
  person('Zoe Miller', 'z.miller@contoso.example'),
  person('Jürgen Großmann', 'juergen.grossmann@contoso.example'),
  person('Anne-Marie de Vries', 'amdv@contoso.example'),
  person('Adele Vance', 'adele.vance@contoso.example'),
];
const names = (found: { displayName: string }[]) => found.map((entry) => entry.displayName);
const all = { skip: 0, top: 15 };

describe('domain/peopleSearch', () => {
  const index = new PeopleIndex(roster);

  it('ignores letter case and accents', () => {
    assert.equal(foldForSearch('ZOË Großmann'), 'zoe grossmann');
    assert.deepEqual(names(index.find('ZOE', all)), ['Zoë Müller', 'Zoe Miller']);
    assert.deepEqual(names(index.find('muller', all)), ['Zoë Müller']);
    assert.deepEqual(names(index.find('grossm', all)), ['Jürgen Großmann']);
  });

  it('matches the start of any word of the name, and every word typed', () => {
    assert.deepEqual(names(index.find('vries', all)), ['Anne-Marie de Vries']);
    assert.deepEqual(names(index.find('marie', all)), ['Anne-Marie de Vries']);
    assert.deepEqual(names(index.find('zoe mi', all)), ['Zoe Miller']);
    assert.deepEqual(names(index.find('ller', all)), [], 'the middle of a word is no match');
  });

  it('matches the start of the email address and of the words of its local part', () => {
    assert.deepEqual(names(index.find('z.mil', all)), ['Zoe Miller']);
    assert.deepEqual(names(index.find('juergen', all)), ['Jürgen Großmann']);
    assert.deepEqual(names(index.find('vance', all)), ['Adele Vance']);
  });

  it('pages through the matches in the roster order', () => {
    assert.deepEqual(names(index.find('', { skip: 0, top: 2 })), ['Zoë Müller', 'Zoe Miller']);
    assert.deepEqual(names(index.find('', { skip: 2, top: 2 })), ['Jürgen Großmann', 'Anne-Marie de Vries']);
    assert.deepEqual(names(index.find('zoe', { skip: 1, top: 5 })), ['Zoe Miller']);
  });
});
