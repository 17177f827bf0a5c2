// Checkpoints a SQLite WAL file from its own thread and connection: the copy into the database
// file and its fsync then never block the event loop that serves the matches (see storage-sqlite.ts).
import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';

const db = new Database(workerData.file);
db.pragma('busy_timeout = 5000');
const timer = setInterval(() => {
  try {
    db.pragma('wal_checkpoint(PASSIVE)');
  } catch (error) {
    parentPort?.postMessage(`checkpoint failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}, workerData.everyMs);

parentPort?.on('message', (message) => {
  if (message !== 'stop') return;
  clearInterval(timer);
  db.close();
  parentPort?.postMessage('stopped');
  parentPort?.close();
});
