/** A button that opens a page outside Teams (Action.OpenUrl). */
export interface LinkButton {
  title: string;
  url: string;
}
