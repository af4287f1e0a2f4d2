import 'live-backend-runtime/components/lbr-system-boot';
import 'live-backend-runtime/components/lbr-log-stream';
import { setContent } from 'live-backend-runtime';

const result = await setContent(await (await fetch('/my-content.json')).json());
if (!result.ok) console.warn(result.errors); // [{ path: 'logs[0].year', message: 'expected a number' }]
