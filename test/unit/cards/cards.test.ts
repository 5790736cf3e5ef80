import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { SUPPORTED_LOCALES, translatorFor } from '../../../bot/i18n';
import { CARD_CATALOG, expandedSamples, type ExpandedSample } from '../../support/cards/catalog';
import {
  CARD_CHECKS,
  inputLabelsCheck,
  MAX_CARD_BYTES,
  parseEventsCheck,
  requiredInputMessagesCheck,
  sizeCheck,
  templateResolvedCheck,
  unknownPropertiesCheck,
  validationEventsCheck,
  versionCheck,
  type CardCheck,
  type CardJson,
} from './cardChecks';
import { uncataloguedTemplates } from './catalogCoverage';
import { MAX_REFRESH_USERS, withRefresh } from '../../../dialogs/present/refresh';

const CARDS_DIR = join(__dirname, '..', '..', '..', 'cards');
/** Every file below cards/, as a path from it: each card's folder holds its templates. */
const cardFiles = readdirSync(CARDS_DIR, { recursive: true, encoding: 'utf8' });
const samples = expandedSamples();

describe('cards', () => {
  describe('the catalog', () => {
    it('lists every template in cards/, each with the file content', () => {
      assert.deepEqual(uncataloguedTemplates(cardFiles, CARD_CATALOG), []);
      for (const entry of CARD_CATALOG) {
        const file = cardFiles.find((path) => basename(path) === `${entry.name}.json`);
        assert.ok(file, `${entry.name}.json is not in cards/`);
        assert.deepEqual(entry.template, JSON.parse(readFileSync(join(CARDS_DIR, file), 'utf8')), file);
      }
    });

    it('notices a template that is not listed', () => {
      const files = [...cardFiles, 'benefits/benefitAssigned.json'];
      assert.deepEqual(uncataloguedTemplates(files, CARD_CATALOG), ['benefitAssigned']);
    });

    it('gives every card the same samples in every language', () => {
      for (const entry of CARD_CATALOG) {
        const names = SUPPORTED_LOCALES.map((locale) => Object.keys(entry.samples(translatorFor(locale), locale)));
        assert.ok(names[0].length > 0, `${entry.name} has no samples`);
        for (const localeNames of names) assert.deepEqual(localeNames, names[0], entry.name);
      }
    });

    it('translates every sample: no card reads the same in two languages', () => {
      const english = new Map(samples.filter((s) => s.locale === 'en').map((s) => [`${s.card}/${s.sample}`, s.content]));
      for (const sample of samples.filter((s) => s.locale !== 'en')) {
        assert.notDeepEqual(sample.content, english.get(`${sample.card}/${sample.sample}`), `${sample.card}/${sample.sample} in ${sample.locale}`);
      }
    });
  });

  for (const entry of CARD_CATALOG) {
    describe(`the ${entry.name} card`, () => {
      for (const sample of samples.filter((s) => s.card === entry.name)) {
        it(`${sample.sample} in ${sample.locale} passes every check`, () => {
          const problems = CARD_CHECKS.flatMap((check) => check.problems(sample.content).map((problem) => `${check.name}: ${problem}`));
          assert.deepEqual(problems, []);
        });
      }
    });
  }

  describe('Universal Actions', () => {
    it('a card that refreshes itself, with Action.Execute buttons, passes every check', () => {
      const card = withRefresh(
        { contentType: 'application/vnd.microsoft.card.adaptive', content: structuredClone(samples[0].content) },
        { verb: 'visualStudio.show', data: { benefitId: 'vs-professional' } },
        ['00000000-0000-0000-0000-0000000000020'],
      ).content as CardJson;
      card.actions = [{ type: 'Action.Execute', title: 'Go', verb: 'go', data: { benefitId: 'x' }, associatedInputs: 'none' }];
      const problems = CARD_CHECKS.flatMap((check) => check.problems(card).map((problem) => `${check.name}: ${problem}`));
      assert.deepEqual(problems, []);
    });

    it('an unknown property of a refresh is caught', () => {
      const card = withRefresh(
        { contentType: 'application/vnd.microsoft.card.adaptive', content: structuredClone(samples[0].content) },
        { verb: 'visualStudio.show', data: {} },
        [],
      ).content as CardJson & { refresh: CardJson };
      card.refresh.userId = 'x';
      assert.ok(unknownPropertiesCheck.problems(card).some((problem) => /refresh\.userId/.test(problem)));
    });

    it('lists at most 60 people a card refreshes for', () => {
      const many = Array.from({ length: 70 }, (_, index) => `user-${index}`);
      const card = withRefresh({ contentType: 'application/vnd.microsoft.card.adaptive', content: {} }, { verb: 'v', data: {} }, many);
      assert.equal((card.content as { refresh: { userIds: string[] } }).refresh.userIds.length, MAX_REFRESH_USERS);
    });
  });

  describe('each check catches a broken card', () => {
    const base: ExpandedSample = samples[0];

    function broken(change: (card: CardJson & { body: CardJson[] }) => void): CardJson {
      const card = structuredClone(base.content) as CardJson & { body: CardJson[] };
      change(card);
      return card;
    }

    function assertCatches(check: CardCheck, card: CardJson, expected: RegExp): void {
      assert.deepEqual(check.problems(base.content), [], `${check.name} fails the unbroken ${base.card} card`);
      const problems = check.problems(card);
      assert.ok(problems.some((problem) => expected.test(problem)), `${check.name} missed it: ${JSON.stringify(problems)}`);
    }

    it('a card declaring a version newer than 1.5', () => {
      assertCatches(versionCheck, broken((card) => (card.version = '1.6')), /1\.6/);
    });

    it('a property value the library cannot parse', () => {
      assertCatches(parseEventsCheck, broken((card) => card.body.push({ type: 'TextBlock', text: 'x', size: 'Huge' })), /Huge/);
    });

    it('an element newer than 1.5', () => {
      assertCatches(parseEventsCheck, broken((card) => card.body.push({ type: 'Carousel', pages: [] })), /Carousel/);
    });

    it('two elements with the same id', () => {
      const twice = broken((card) => card.body.push({ type: 'TextBlock', id: 'same', text: 'a' }, { type: 'TextBlock', id: 'same', text: 'b' }));
      assertCatches(validationEventsCheck, twice, /same/);
    });

    it('an unknown property, at the top and deep inside', () => {
      assertCatches(unknownPropertiesCheck, broken((card) => (card.body[0].colour = 'red')), /\$\.body\.0\.colour/);
      const inFact = broken((card) => {
        const factSet = card.body.find((element) => element.type === 'FactSet') as { facts: CardJson[] };
        factSet.facts[0].subtitle = 'x';
      });
      assertCatches(unknownPropertiesCheck, inFact, /facts\.0\.subtitle/);
    });

    it('but not Teams’ own card extension nor an action’s free-form data', () => {
      const card = broken((card) => {
        card.msteams = { width: 'Full' };
        card.actions = [{ type: 'Action.Submit', title: 'Go', data: { anything: { nested: true } } }];
      });
      assert.deepEqual(unknownPropertiesCheck.problems(card), []);
    });

    it('a template expression left unresolved', () => {
      assertCatches(templateResolvedCheck, broken((card) => (card.body[0].text = 'Hello ${name}')), /\$\.body\[0\]\.text/);
      assertCatches(templateResolvedCheck, broken((card) => (card.body[0].$when = 'false')), /\$when/);
    });

    it('an input without a label', () => {
      assertCatches(inputLabelsCheck, broken((card) => card.body.push({ type: 'Input.Text', id: 'alternateEmail' })), /alternateEmail/);
    });

    it('a required input without an error message', () => {
      const card = broken((card) => card.body.push({ type: 'Input.Text', id: 'alternateEmail', label: 'Email', isRequired: true }));
      assertCatches(requiredInputMessagesCheck, card, /alternateEmail/);
    });

    it(`a card of ${MAX_CARD_BYTES / 1024} KB or more`, () => {
      const card = broken((card) => card.body.push({ type: 'TextBlock', text: 'x'.repeat(MAX_CARD_BYTES), wrap: true }));
      assertCatches(sizeCheck, card, /bytes/);
    });
  });
});
