/** A timeline entry in words. */
export interface TimelineText {
  title: string;
  detail: string;
  /** Worth a second look (relapse, positive screen, high craving, missed dose or session). */
  alert: boolean;
}
