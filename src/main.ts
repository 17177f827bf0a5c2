import { mountStartPage } from './ui/start-page';

mountStartPage(document.getElementById('app') as HTMLElement);
