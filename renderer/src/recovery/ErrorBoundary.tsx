import { Component, type ErrorInfo, type ReactNode } from 'react';
import type { PageRecovery } from './page-recovery';

/** An error while drawing a screen: nothing half-drawn stays; the page recovery takes over (reload). */
export class ErrorBoundary extends Component<{ recovery: PageRecovery; children: ReactNode }, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  componentDidCatch(error: Error, info: ErrorInfo) {
    this.props.recovery.fatal('render-error', error, info.componentStack ? ` in ${info.componentStack.trim().split('\n')[0]!.trim()}` : '');
  }

  render() {
    return this.state.failed ? null : this.props.children;
  }
}
