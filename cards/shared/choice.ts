/** One option of an `Input.ChoiceSet`: what it shows and what it sends. */
export interface Choice {
  title: string;
  value: string;
}
