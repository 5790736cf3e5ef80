import type { SearchInvokeResponse, TurnContext } from 'botbuilder';
import type { Logger } from '../../bot/logger';
import type { PeopleSearch } from '../../bot/services/peopleSearch';
import { actionContextOf } from '../turn';

const SEARCH_RESPONSE = 'application/vnd.microsoft.search.searchResponse';
const ERROR_RESPONSE = 'application/vnd.microsoft.error';

const error = (statusCode: number, code: string, message: string): SearchInvokeResponse => ({
  statusCode,
  type: ERROR_RESPONSE,
  value: { code, message },
});

/**
 * Answers the `application/search` invoke a type-ahead people picker sends as the admin types. Someone who may not
 * pick people gets what a name nobody has gets, no results, so the search tells them nothing about the company.
 */
export async function answerPeopleSearch(context: TurnContext, people: PeopleSearch, logger: Logger): Promise<SearchInvokeResponse> {
  try {
    const outcome = await people.search(actionContextOf(context), context.activity.value);
    if (outcome.kind === 'invalid') return error(400, 'BadRequest', 'The search is not one this bot answers.');
    const found = outcome.kind === 'done' ? outcome.value : [];
    return {
      statusCode: 200,
      type: SEARCH_RESPONSE,
      // Among thousands, two people may share a name: the address tells them apart.
      value: { results: found.map((person) => ({ title: `${person.displayName} (${person.email})`, value: person.aadObjectId })) },
    };
  } catch (failure) {
    logger.error('people search failed', { error: failure });
    return error(500, 'InternalServerError', 'The search failed; try again.');
  }
}
