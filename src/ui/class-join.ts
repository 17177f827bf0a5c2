/**
 * A student in a class (`#/class`, `#/class/CODE`): the class code and a display name (nothing
 * else), the quiz before playing, then their match on the online game screen; back here after
 * the game (and its debrief), the quiz after. The seat and which sittings were sent are kept on
 * the device (`StudentClassSeats`), so a reload comes back to the right step; a student whose
 * seat the teacher gave to the AI takes it back from here.
 */
import type { ClassClient } from '../client/class-client';
import type { StudentClassSeat, StudentClassSeats } from '../client/class-keys';
import { LobbyError, type LobbyClient, type LobbyMatch, type SeatTicket } from '../client/lobby-client';
import { aiLevelOf } from '../client/online-rules';
import type { SeatTickets } from '../client/seat-tickets';
import type { QuizAnswers } from '../content/quiz-stats';
import { scoreSitting } from '../content/quiz-stats';
import { button, h, screenHeading } from './dom';
import type { NameStore } from './lobby-context';
import { renderQuizForm } from './quiz-form';

export interface ClassJoinOptions {
  readonly client: ClassClient;
  readonly lobby: LobbyClient;
  readonly seats: StudentClassSeats;
  readonly tickets: SeatTickets;
  readonly names: NameStore;
  /** The code in the address, if any. */
  readonly code: string | null;
  readonly onBack: () => void;
  /** Opens the student's match on the online game screen. */
  readonly play: (match: LobbyMatch, ticket: SeatTicket) => void;
}

const errorText = (error: unknown): string => (error instanceof LobbyError ? error.message : String(error));

function frame(opts: ClassJoinOptions, title: string, ...content: (HTMLElement | null)[]): { el: HTMLElement; heading: HTMLElement } {
  const heading = screenHeading('h1', title, 'class-title');
  const el = h('div', { class: 'teaching class-join' },
    h('nav', { class: 'teaching-nav', attrs: { 'aria-label': 'Class' } }, button('Back to the menu', opts.onBack, { key: 'back' })),
    h('main', { class: 'teaching-page' }, heading, ...content));
  return { el, heading };
}

export function mountClassJoin(root: HTMLElement, opts: ClassJoinOptions): () => void {
  let left = false;
  const show = (title: string, ...content: (HTMLElement | null)[]) => {
    if (left) return;
    const { el, heading } = frame(opts, title, ...content);
    root.replaceChildren(el);
    heading.focus();
  };
  const kept = opts.code ? opts.seats.find(opts.code) : opts.seats.all()[0];

  function joinForm(): void {
    const status = h('p', { class: 'form-status', attrs: { role: 'status', 'aria-live': 'polite' } });
    const code = h('input', { id: 'class-code', attrs: { type: 'text', autocomplete: 'off', autocapitalize: 'characters', maxlength: 12, spellcheck: 'false' } });
    code.value = opts.code ?? '';
    const name = h('input', { id: 'class-name', attrs: { type: 'text', autocomplete: 'nickname', maxlength: 24 } });
    name.value = opts.names.get();
    const join = async () => {
      const typed = code.value.toUpperCase().replace(/[\s-]/g, '');
      if (typed.length === 0) return void ((status.textContent = 'Type the class code your teacher gave you.'), code.focus());
      if (name.value.trim() === '') return void ((status.textContent = 'Choose a display name (your first name is enough).'), name.focus());
      status.textContent = 'Joining…';
      try {
        const seat = await opts.client.join(typed, name.value);
        opts.names.set(seat.playerName);
        opts.tickets.save(seat);
        const entry: StudentClassSeat = { ...seat, code: typed, sent: { pre: false, post: false } };
        opts.seats.save(entry);
        history.replaceState(null, '', `${location.pathname}${location.search}#/class/${typed}`);
        quiz(entry, 'pre');
      } catch (error) {
        status.textContent = `Could not join: ${errorText(error)}.`;
      }
    };
    const form = h('form', { class: 'menu-card class-join-form', attrs: { 'aria-labelledby': 'class-title' } },
      h('div', { class: 'field' }, h('label', { attrs: { for: 'class-code' } }, 'Class code'), code),
      h('div', { class: 'field' }, h('label', { attrs: { for: 'class-name' } }, 'Display name (1–24 characters; no e-mail, no account)'), name),
      h('button', { class: 'primary', attrs: { type: 'submit', 'data-key': 'class-join' } }, 'Join the class'),
      status);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void join();
    });
    show('Join a class', h('p', {}, 'Your teacher gives you a class code. You answer a short quiz, play your match, read the debrief, and answer a second quiz.'), form);
  }

  function quiz(seat: StudentClassSeat, phase: 'pre' | 'post'): void {
    const status = h('p', { class: 'form-status', attrs: { role: 'status', 'aria-live': 'polite' } });
    const send = async (answers: QuizAnswers) => {
      status.textContent = 'Sending your answers…';
      try {
        await opts.client.quiz(seat.code, seat, phase, answers);
      } catch (error) {
        // Sent before (a reload after sending): the server keeps the first answers.
        if (!(error instanceof LobbyError && error.status === 409)) return void (status.textContent = `Could not send your answers: ${errorText(error)}.`);
      }
      const next: StudentClassSeat = { ...seat, sent: { ...seat.sent, [phase]: true } };
      opts.seats.save(next);
      if (phase === 'pre') return void goToMatch(next);
      const score = scoreSitting({ form: seat.quiz.post, answers });
      show('Thank you', h('p', { class: 'class-done' }, `You answered ${score.correct} of ${score.total} questions right. Your teacher sees the class's results.`));
    };
    const intro = phase === 'pre'
      ? 'Before you play: answer what you can, guessing is fine. Nothing here is graded.'
      : 'After the game and its debrief: the same ideas, asked differently.';
    show(phase === 'pre' ? 'Quiz before playing' : 'Quiz after the game',
      h('p', {}, intro),
      renderQuizForm({ form: seat.quiz[phase], idPrefix: `class-${phase}-`, submitLabel: 'Send my answers', onSubmit: (answers) => void send(answers) }),
      status);
  }

  async function goToMatch(seat: StudentClassSeat): Promise<void> {
    try {
      const match = await opts.lobby.get(seat.matchID);
      if (!left) opts.play(match, seat);
    } catch (error) {
      show('Your match', h('p', {}, `Your match cannot be opened: ${errorText(error)}.`), button('Try again', () => void goToMatch(seat), { key: 'retry' }));
    }
  }

  async function resume(seat: StudentClassSeat): Promise<void> {
    if (!seat.sent.pre) return quiz(seat, 'pre');
    try {
      const match = await opts.lobby.get(seat.matchID);
      if (match.gameover === undefined || match.gameover === null) {
        // The teacher gave this seat to the AI (the student had to stop): the student takes it back.
        if (aiLevelOf(match.players.find((p) => String(p.id) === seat.playerID))) return takeBack(seat);
        return show('Your match', h('p', {}, 'Your game is still going on.'), button('Back to your game', () => opts.play(match, seat), { key: 'to-game', class: 'primary' }));
      }
      if (!seat.sent.post) return quiz(seat, 'post');
      show('Thank you', h('p', { class: 'class-done' }, 'You have played your match and answered both quizzes.'));
    } catch (error) {
      show('Your match', h('p', {}, `Your match cannot be found: ${errorText(error)}.`), button('Join again', joinForm, { key: 'join-again' }));
    }
  }

  function takeBack(seat: StudentClassSeat): void {
    const status = h('p', { class: 'form-status', attrs: { role: 'status', 'aria-live': 'polite' } });
    const back = async () => {
      status.textContent = 'Taking your seat back…';
      try {
        await opts.client.returnSeat(seat.code, seat);
        await goToMatch(seat);
      } catch (error) {
        status.textContent = `Could not take your seat back: ${errorText(error)}.`;
      }
    };
    show('Your match', h('p', {}, 'The AI has been playing your seat while you were away (your teacher handed it over). Take it back and play on from where the game is now.'),
      button('Take my seat back', () => void back(), { key: 'class-take-back', class: 'primary' }), status);
  }

  if (kept) void resume(kept);
  else joinForm();
  return () => {
    left = true;
  };
}
