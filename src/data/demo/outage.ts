import type { Outage } from '../types';

/** PLACEHOLDER until the 40-scenario deck lands from main (replaced by a copy of it). */
export const outage: Outage = {
  scoring: { cleanFix: 75, hint: -25, crash: -50 },
  scenarios: [
    {
      id: 'log-volume-spike',
      title: 'Log Volume Spike',
      symptom: 'Debug logs are saturating IO during peak traffic.',
      objective: 'Reduce noise before adding capacity.',
      metrics: { latencyMs: 520, errorRate: 0.22, throughputRps: 365 },
      affects: ['monitor', 'api'],
      steps: [
        {
          prompt: 'Disks are filling with debug output. What first?',
          hint: 'The noise is the problem, not the hardware.',
          options: [
            { label: 'Lower the log level to WARN on the hot path', outcome: 'clean', effect: { latencyMs: -150, errorRate: -0.1, throughputRps: 120 }, log: 'log level lowered to WARN on api' },
            { label: 'Add more nodes', outcome: 'ok', effect: { latencyMs: -40 }, log: 'scaled api from 6 to 9 nodes' },
            { label: 'Delete random files on disk', outcome: 'crash', effect: { latencyMs: 200, errorRate: 0.15, throughputRps: -150 }, log: 'rm removed a live segment: api crashed' },
          ],
        },
        {
          prompt: 'IO is easing. Next?',
          hint: 'Keep a sample, not everything.',
          options: [
            { label: 'Sample debug logs at 1%', outcome: 'clean', effect: { latencyMs: -80, errorRate: -0.07, throughputRps: 60 }, log: 'debug sampling at 1%' },
            { label: 'Turn off all monitoring', outcome: 'crash', effect: { latencyMs: 100, errorRate: 0.05 }, log: 'monitoring disabled: flying blind' },
          ],
        },
        {
          prompt: 'Free the disk safely.',
          hint: 'Rotate, then compress.',
          options: [
            { label: 'Rotate and compress old logs', outcome: 'clean', effect: { latencyMs: -60, errorRate: -0.04, throughputRps: 40 }, log: 'logrotate freed 40 GB' },
            { label: 'Truncate the active log file', outcome: 'ok', effect: { latencyMs: -20, errorRate: -0.02 }, log: 'active log truncated' },
          ],
        },
        {
          prompt: 'Confirm recovery.',
          hint: 'Watch the error budget.',
          options: [
            { label: 'Watch p99 and error rate for ten minutes', outcome: 'clean', effect: { latencyMs: -40, errorRate: -0.01, throughputRps: 20 }, log: 'p99 and errors back within SLO' },
            { label: 'Declare victory now', outcome: 'ok', effect: {}, log: 'incident closed early' },
          ],
        },
      ],
    },
  ],
};
