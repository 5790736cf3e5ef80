import { strict as assert } from 'node:assert';
import { checkedActivity } from '../../../bot/activitySchema';
import { teamsMessage } from '../../support/activities';

const SERVICE_URL = 'https://smba.trafficmanager.net/emea/';

describe('bot/activitySchema', () => {
  it('passes a Teams message as it is, with the fields the bot does not read', () => {
    const message = teamsMessage('help', { serviceUrl: SERVICE_URL }, { textFormat: 'plain', replyToId: null });
    assert.equal(checkedActivity(message).activity, message);
  });

  it('names every field that is wrong, nested ones by their path', () => {
    const message = teamsMessage('help', { serviceUrl: SERVICE_URL }, {
      text: 7,
      membersAdded: [{ id: 'fine' }, { id: ['not', 'an', 'id'] }],
      entities: [{ type: 'clientInfo' }, 'not an entity'],
    });
    assert.deepEqual(checkedActivity(message).wrongFields, ['text', 'membersAdded.1.id', 'entities.1']);
    assert.deepEqual(checkedActivity([message]).wrongFields, ['']);
  });

  it('takes as the connector only an absolute http or https address without white space', () => {
    const refused = ['ftp://example.com/', 'http:example.com', ' https://example.com/', 'https://exa\nmple.com/', 'https://', `https://example.com/${'x'.repeat(2048)}`];
    for (const serviceUrl of refused) assert.deepEqual(checkedActivity(teamsMessage('help', { serviceUrl })).wrongFields, ['serviceUrl'], serviceUrl);
    for (const serviceUrl of [SERVICE_URL, 'http://127.0.0.1:3978/']) assert.ok(checkedActivity(teamsMessage('help', { serviceUrl })).activity, serviceUrl);
  });
});
