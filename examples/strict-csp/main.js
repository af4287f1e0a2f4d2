import { setNonce } from 'live-backend-runtime';
import 'live-backend-runtime/components/lbr-runtime';
import 'live-backend-runtime/components/lbr-system-boot';
import 'live-backend-runtime/components/lbr-topology-map';
import 'live-backend-runtime/components/lbr-log-stream';
import 'live-backend-runtime/components/lbr-incident-report';
import 'live-backend-runtime/components/lbr-adr-viewer';
import 'live-backend-runtime/components/lbr-principle-cards';
import 'live-backend-runtime/components/lbr-runtime-modules';
import 'live-backend-runtime/components/lbr-outage-game';
import 'live-backend-runtime/components/lbr-recruiter-panel';

// The page's nonce, before the elements first render (they render after this module has run).
setNonce(document.querySelector('meta[property="csp-nonce"]').nonce);
