import { strict as assert } from 'node:assert';
import type { Activity } from 'botbuilder';
import { messageText, personNamedIn, recognizeCommand } from '../../../dialogs/commands';

function message(text: string, extra: Partial<Activity> = {}): Partial<Activity> {
  return { type: 'message', text, ...extra };
}

describe('dialogs/commands', () => {
  describe('recognizeCommand', () => {
    for (const text of ['help', 'Help!', ' HILFE ', '帮助', 'ＨＥＬＰ', 'menü', '?']) {
      it(`recognizes ${JSON.stringify(text)} as help`, () => {
        assert.equal(recognizeCommand(message(text)), 'help');
      });
    }

    it('recognizes help after the bot is @mentioned in a channel', () => {
      const activity = message('<at>MPN benefits</at> help', {
        conversation: { id: '19:channel@thread.tacv2', conversationType: 'channel', isGroup: true, name: 'General' },
        entities: [
          { type: 'mention', mentioned: { id: '28:bot-id', name: 'MPN benefits' }, text: '<at>MPN benefits</at>' },
        ],
      });
      assert.equal(recognizeCommand(activity), 'help');
    });

    it('recognizes the command submitted by a card', () => {
      assert.equal(recognizeCommand({ type: 'message', value: { command: 'help' } }), 'help');
    });

    it('prefers the card command over stray text', () => {
      assert.equal(recognizeCommand({ type: 'message', text: 'blah', value: { command: 'help' } }), 'help');
    });

    for (const forged of ['deleteEverything', 'HELP', '__proto__', 'constructor', 'toString', '']) {
      it(`ignores the unknown card command ${JSON.stringify(forged)}`, () => {
        assert.equal(recognizeCommand({ type: 'message', value: { command: forged } }), undefined);
      });
    }

    it('ignores a card command that is not text', () => {
      assert.equal(recognizeCommand({ type: 'message', value: { command: ['help'] } }), undefined);
      assert.equal(recognizeCommand({ type: 'message', value: { command: { key: 'help' } } }), undefined);
    });

    for (const text of ['what can you do', 'help me with my keys', 'helpful', '', '<at>MPN benefits</at>']) {
      it(`does not recognize ${JSON.stringify(text)}`, () => {
        assert.equal(recognizeCommand(message(text)), undefined);
      });
    }

    for (const [text, key, name] of [
      ['assign visual studio to Zoë Müller', 'visualStudio', 'zoë müller'],
      ['Assign VS to  zoe.mueller@contoso.example', 'visualStudio', 'zoe.mueller@contoso.example'],
      ['visual studio zuweisen an Jürgen', 'visualStudio', 'jürgen'],
      ['wijs visual studio toe aan Daan', 'visualStudio', 'daan'],
      ['分配 visual studio 给 张伟', 'visualStudio', '张伟'],
      ['将 visual studio 分配给张伟', 'visualStudio', '张伟'],
      ['assign technical support to Zoe', 'technical', 'zoe'],
      ['technischen Support zuweisen an Jürgen', 'technical', 'jürgen'],
      ['wijs technische ondersteuning toe aan Daan', 'technical', 'daan'],
      ['分配技术支持给张伟', 'technical', '张伟'],
      ['marketing contact Zoe', 'marketingContact', 'zoe'],
      ['set the marketing contact to Zoe Müller', 'marketingContact', 'zoe müller'],
      ['make Zoe the marketing contact', 'marketingContact', 'zoe'],
      ['Marketingkontakt Jürgen', 'marketingContact', 'jürgen'],
      ['Jürgen als Marketingkontakt', 'marketingContact', 'jürgen'],
      ['marketingcontact Daan', 'marketingContact', 'daan'],
      ['maak Daan marketingcontact', 'marketingContact', 'daan'],
      ['营销联系人 张伟', 'marketingContact', '张伟'],
      ['将张伟设为营销联系人', 'marketingContact', '张伟'],
      ['营销联系人设为张伟', 'marketingContact', '张伟'],
    ]) {
      it(`recognizes ${JSON.stringify(text)} as ${key} for ${name}`, () => {
        assert.equal(recognizeCommand(message(text)), key);
        assert.equal(personNamedIn(message(text), key), name);
        assert.equal(personNamedIn(message(text), key === 'technical' ? 'visualStudio' : 'technical'), undefined, 'no other command names them');
      });
    }

    for (const text of ['assign visual studio', 'assign visual studio to', 'assign visual studio tom', 'assign vs toby', 'marketing contact', 'marketing contacts', 'set marketing contact to']) {
      it(`names nobody in ${JSON.stringify(text)}`, () => {
        for (const key of ['visualStudio', 'technical', 'marketingContact']) assert.equal(personNamedIn(message(text), key), undefined);
      });
    }

    it('does not recognize an activity without text or value', () => {
      assert.equal(recognizeCommand({ type: 'message' }), undefined);
    });
  });

  describe('messageText', () => {
    it('removes mentions and surrounding space', () => {
      assert.equal(messageText(message('<at>MPN benefits</at>  assign Windows 11 ')), 'assign Windows 11');
    });

    it('removes every mention, whatever the tag case', () => {
      assert.equal(messageText(message('<AT>Bot</AT> hi <at>Megan Bowen</at>')), 'hi');
    });

    it('keeps text that is not a mention', () => {
      assert.equal(messageText(message('use a < b and c > d')), 'use a < b and c > d');
    });

    it('is empty for an activity without text', () => {
      assert.equal(messageText({ type: 'message' }), '');
    });
  });
});
