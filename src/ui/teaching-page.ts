/**
 * The teacher's pages (teaching-routes.ts): "For teachers" (where everything for a class is),
 * the guide, the handouts and the practice quiz, each under one bar of links (not printed).
 * Loaded when one of them opens, with its stylesheet (teaching.css), never with the menu.
 */
import { button, h, screenHeading } from './dom';
import { renderGuidePage } from './guide-page';
import { HANDOUT_TITLE, renderHandout } from './handouts';
import { renderQuizPage } from './quiz-page';
import { type TeachingRoute, teachingHash } from './teaching-routes';
import './teaching.css';

/** The instructor room's address (its screens are the room's own module). */
const ROOM_HASH = '#/teach';

const link = (route: TeachingRoute, text: string): HTMLElement => h('a', { attrs: { href: teachingHash(route) } }, text);

function nav(onBack: () => void, route: TeachingRoute): HTMLElement {
  return h('nav', { class: 'teaching-nav', attrs: { 'aria-label': 'For teachers' } },
    button('Back to the menu', onBack, { key: 'back' }),
    h('ul', {},
      h('li', {}, link({ kind: 'teachers' }, 'For teachers')),
      h('li', {}, h('a', { attrs: { href: ROOM_HASH } }, 'Instructor room')),
      h('li', {}, link({ kind: 'guide' }, 'Teacher\'s guide')),
      h('li', {}, link({ kind: 'handout', handout: 'glossary' }, 'Glossary handout')),
      h('li', {}, link({ kind: 'handout', handout: 'rules' }, 'Rules handout')),
      h('li', {}, link({ kind: 'quiz', form: null }, 'Practice quiz'))),
    route.kind === 'handout' ? button('Print this handout', () => window.print(), { key: 'print', class: 'primary' }) : null);
}

function teachersPage(): { el: HTMLElement; focus: () => void } {
  const title = screenHeading('h1', 'For teachers', 'teachers-title');
  const card = (heading: string, text: string, ...links: HTMLElement[]) => h('section', { class: 'menu-card' },
    h('h2', {}, heading), h('p', {}, text), h('ul', { class: 'teaching-links' }, ...links.map((a) => h('li', {}, a))));
  const el = h('article', { class: 'teaching-page teachers-page' },
    title,
    h('p', {}, 'Run a class of matches, prepare a lesson, print handouts and measure what students learned. '
      + 'Classroom Quick (four rounds, fourteen countries, ten cards a side) fits a lesson: two new players finish in about 20 minutes.'),
    h('div', { class: 'menu-grid' },
      card('Instructor room', 'Create a class, give students its code, watch every table live, release an event to all tables, and export the results.',
        h('a', { attrs: { href: ROOM_HASH } }, 'Open the instructor room')),
      card('Teacher\'s guide', 'Lesson plans for 45 and 90 minutes, the debrief, discussion questions for every concept, and how to run the room.',
        link({ kind: 'guide' }, 'Read the teacher\'s guide')),
      card('Handouts', 'Printable pages for students: the glossary of concepts and a summary of the rules.',
        link({ kind: 'handout', handout: 'glossary' }, HANDOUT_TITLE.glossary),
        link({ kind: 'handout', handout: 'rules' }, HANDOUT_TITLE.rules)),
      card('Quiz', 'Two parallel forms, one before playing and one after the debrief; the room records them. Try a form here, with answers explained.',
        link({ kind: 'quiz', form: null }, 'Practice quiz'))));
  return { el, focus: () => title.focus() };
}

const TITLES: Readonly<Record<TeachingRoute['kind'], string>> = {
  teachers: 'For teachers', guide: 'Teacher\'s guide', handout: 'Handout', quiz: 'Practice quiz',
};

function page(route: TeachingRoute): { el: HTMLElement; focus: () => void } {
  switch (route.kind) {
    case 'teachers': return teachersPage();
    case 'guide': return renderGuidePage();
    case 'handout': return renderHandout(route.handout);
    case 'quiz': return renderQuizPage(route.form);
  }
}

/** Shows one teacher's page in `root`; returns how to leave it (nothing to tear down). */
export function mountTeachingPage(root: HTMLElement, route: TeachingRoute, onBack: () => void): () => void {
  const shown = page(route);
  document.title = `${route.kind === 'handout' ? HANDOUT_TITLE[route.handout] : TITLES[route.kind]} — Trust & Leverage`;
  root.replaceChildren(h('div', { class: 'teaching' }, nav(onBack, route), shown.el));
  shown.focus();
  return () => undefined;
}
