import { strict as assert } from 'node:assert';
import { expandCard } from '../../../../cards/shared/renderCard';

const template = {
  type: 'AdaptiveCard',
  version: '1.5',
  body: [{ type: 'TextBlock', text: 'Hello ${name}' }, { $data: '${rows}', type: 'TextBlock', text: '${label}' }],
};

describe('cards/shared/renderCard', () => {
  it('binds the data it is given, also when the same template comes again with other data', () => {
    const first = expandCard(template, { name: 'Adele', rows: [{ label: 'one' }] });
    const second = expandCard(template, { name: 'Megan', rows: [{ label: 'one' }, { label: 'two' }] });
    assert.equal((first.body as { text: string }[])[0].text, 'Hello Adele');
    assert.deepEqual((second.body as { text: string }[]).map((block) => block.text), ['Hello Megan', 'one', 'two']);
  });

  it('hands out a card no caller can change for the next one', () => {
    const data = { name: 'Adele', rows: [] };
    const first = expandCard(template, data);
    assert.throws(() => {
      (first.body as { text: string }[])[0].text = 'changed by a caller';
    }, TypeError);
    assert.throws(() => {
      (first.body as unknown[]).push({ type: 'TextBlock', text: 'added by a caller' });
    }, TypeError);
    const second = expandCard(template, data);
    assert.equal((second.body as { text: string }[])[0].text, 'Hello Adele');
    assert.equal((second.body as unknown[]).length, 1);
  });
});
