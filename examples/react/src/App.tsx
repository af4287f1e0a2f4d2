import { useState } from 'react';
import { LbrSystemBoot, LbrTopologyMap } from 'live-backend-runtime/react';
import 'live-backend-runtime/components/lbr-incident-report'; // defines the bare tag below
import { content } from './content';

export function App() {
  const [service, setService] = useState('none');
  const [incident, setIncident] = useState('none');
  return (
    <main>
      <LbrSystemBoot content={content} />
      <LbrTopologyMap content={content} onLbrServiceSelect={e => setService(e.detail.service.id)} />
      <lbr-incident-report content={content} onlbrIncidentSelect={e => setIncident(e.detail.id)} />
      <p role="status">
        Service: <output id="service">{service}</output>, incident: <output id="incident">{incident}</output>
      </p>
    </main>
  );
}
