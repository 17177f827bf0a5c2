/** Serves the build (made by `npm run e2e` just before) once for every e2e file. */
import type { TestProject } from 'vitest/node';
import { startPreview } from './browser';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const { url, server } = await startPreview();
  project.provide('baseUrl', url);
  return () => server.close();
}
