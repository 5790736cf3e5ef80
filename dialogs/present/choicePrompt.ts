import { ChoiceFactory, ListStyle, type PromptOptions } from 'botbuilder-dialogs';
import { choiceCard } from '../../cards/choice/choice';

/**
 * A ChoicePrompt's question as a card with a button per answer, and again the same way when the answer was not one of
 * them. The prompt still recognizes a typed answer, by name or by its position ("2").
 */
export function choicePromptOptions(question: string, labels: readonly string[]): PromptOptions {
  const card = choiceCard({ question, choices: labels.map((title) => ({ title })) });
  const asCard = { type: 'message', attachments: [card] };
  return { prompt: asCard, retryPrompt: asCard, choices: ChoiceFactory.toChoices([...labels]), style: ListStyle.none };
}
