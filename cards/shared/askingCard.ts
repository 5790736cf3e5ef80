/** What a card shows whose button starts a conversation that can change it: it is drawn again the same way. */
export type AskingCardShows = 'offers';

/**
 * The card whose button started a conversation, kept on the server while it runs: which message to draw again, in
 * which chat, once the conversation changed what it shows.
 */
export interface AskingCard {
  shows: AskingCardShows;
  activityId: string;
  conversationId: string;
}
