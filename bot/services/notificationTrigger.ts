/**
 * Lets a use case say "this company changed" without knowing whether notifications run in this process: the
 * scheduler, once started, listens and looks at that company at once instead of at its next pass.
 */
export class NotificationTrigger {
  private listener?: (tenantId: string) => void;

  connect(listener: (tenantId: string) => void): void {
    this.listener = listener;
  }

  disconnect(): void {
    this.listener = undefined;
  }

  kick(tenantId: string): void {
    this.listener?.(tenantId);
  }
}
