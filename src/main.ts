import './ui/styles.css';
import { mountApp } from './ui/app';
import { watchForUpdates } from './ui/app-update';

/** `?ai-pace=ms` sets the least time per AI move (default 450 ms; tests and demos may speed it up). */
function aiPace(): number | undefined {
  const raw = new URLSearchParams(location.search).get('ai-pace');
  const value = raw === null ? Number.NaN : Number(raw);
  return Number.isFinite(value) && value >= 0 ? value : undefined;
}

const pace = aiPace();
mountApp(document.getElementById('app') as HTMLElement, pace === undefined ? {} : { aiPaceMs: pace });
performance.mark('tl:menu-ready');
watchForUpdates(document.getElementById('app') as HTMLElement);
