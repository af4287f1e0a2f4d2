import 'live-backend-runtime/components/lbr-system-boot';
import 'live-backend-runtime/components/lbr-log-stream';
import { setContent } from 'live-backend-runtime';

// Given the fetch's promise, the elements wait for your document instead of showing the demo first.
const result = await setContent(fetch('/my-content.json').then(r => r.json()));
if (!result.ok) console.warn(result.errors); // [{ path: 'logs[0].year', message: 'expected a number' }]
