import type { Outage } from '../types';

/**
 * Demo deck for lbr-outage-game: 40 incident scenarios, one per pattern in the
 * outage-scenarios reference (public postmortems, SRE book ch. 22), in order.
 * Effects are added to the current metrics; the all-clean path ends healthy.
 */
export const outage: Outage = {
  scoring: { cleanFix: 75, hint: -25, crash: -50 },
  scenarios: [
    {
      id: 'bad-deploy-error-spike',
      title: 'Bad Deploy Error Spike',
      symptom: 'The 5xx rate jumped to 31% four minutes after api v2.31 rolled out, and only v2.31 pods are erroring.',
      objective: 'Stop the bleeding before you debug.',
      metrics: { latencyMs: 880, errorRate: 0.31, throughputRps: 640 },
      affects: ['api', 'gateway'],
      steps: [
        {
          prompt: 'First move?',
          hint: 'The errors began with the rollout and only new pods fail, so undo the change first and ask questions later.',
          options: [
            { label: 'Roll back api to v2.30', outcome: 'clean', effect: { latencyMs: -520, errorRate: -0.24, throughputRps: 260 }, log: 'deploy: rollback api v2.31 -> v2.30 complete, 5xx falling' },
            { label: 'Hotfix forward from a branch under pressure', outcome: 'crash', effect: { latencyMs: 300, errorRate: 0.12, throughputRps: -180 }, log: 'deploy: api v2.31-hotfix1 failed readiness 0/24, 5xx 43%' },
            { label: 'Restart all api pods', outcome: 'crash', effect: { latencyMs: 420, errorRate: 0.1, throughputRps: -300 }, log: 'k8s: rollout restart api, 0/24 ready, gateway returning 503' },
            { label: 'Drain v2.31 pods from the load balancer', outcome: 'ok', effect: { latencyMs: -300, errorRate: -0.15, throughputRps: 120 }, log: 'lb: v2.31 pods drained, v2.30 pods carrying all traffic at 91% CPU' },
          ],
        },
        {
          prompt: 'Errors are falling. What do you check next?',
          hint: 'Compare what changed between the two builds, not what the pods are doing now.',
          options: [
            { label: 'Diff v2.30..v2.31 and read the failing stack', outcome: 'clean', effect: { latencyMs: -80, errorRate: -0.03, throughputRps: 40 }, log: 'triage: v2.31 builds download URLs from unset CDN_BASE, NPE in DownloadController' },
            { label: 'Tail error logs across the fleet', outcome: 'ok', effect: { latencyMs: -20, errorRate: -0.01, throughputRps: 10 }, log: 'logs: 18k NullPointerException in DownloadController, cause unclear' },
            { label: 'Redeploy v2.31 to reproduce it in prod', outcome: 'crash', effect: { latencyMs: 400, errorRate: 0.15, throughputRps: -150 }, log: 'deploy: v2.31 back on 24 pods, 5xx 30% again, rollback re-run' },
          ],
        },
        {
          prompt: 'Durable fix?',
          hint: 'A missing config value should fail the build or the boot, never a customer request.',
          options: [
            { label: 'Set CDN_BASE and add a startup config check', outcome: 'clean', effect: { latencyMs: -60, errorRate: -0.025, throughputRps: 30 }, log: 'ci: v2.32 config assertion passes, 1% canary clean for 10m' },
            { label: 'Hard-code the CDN URL in the handler', outcome: 'ok', effect: { latencyMs: -20, errorRate: -0.01, throughputRps: 10 }, log: 'deploy: v2.32 with literal cdn URL, staging env now points at prod CDN' },
            { label: 'Ship v2.32 straight to 100%', outcome: 'crash', effect: { latencyMs: 250, errorRate: 0.08, throughputRps: -120 }, log: 'deploy: v2.32 at 100% in 40s, 3 pods fail readiness, 5xx 9%' },
          ],
        },
        {
          prompt: 'Before you close the incident?',
          hint: 'Make the next bad rollout stop itself before users notice.',
          options: [
            { label: 'Gate rollouts on canary 5xx, write the postmortem', outcome: 'clean', effect: { latencyMs: -30, errorRate: -0.005, throughputRps: 20 }, log: 'alert: canary 5xx > 1% now halts rollout; postmortem INC-2231 drafted' },
            { label: 'Post a status update and close', outcome: 'ok', effect: { latencyMs: -5 }, log: 'status: resolved posted, no follow-up items filed' },
          ],
        },
      ],
    },
    {
      id: 'regex-cpu-meltdown',
      title: 'Regex CPU Meltdown',
      symptom: 'Edge CPU hit 100% on every PoP within a minute of a WAF rule push, and every request is crawling.',
      objective: 'Get the edge breathing before you read the regex.',
      metrics: { latencyMs: 3200, errorRate: 0.58, throughputRps: 210 },
      affects: ['cdn', 'gateway'],
      steps: [
        {
          prompt: 'First move?',
          hint: 'The spike lines up with a global rule push; the fastest relief is undoing that push everywhere at once.',
          options: [
            { label: 'Disable the new WAF ruleset globally', outcome: 'clean', effect: { latencyMs: -2700, errorRate: -0.48, throughputRps: 1100 }, log: 'waf: ruleset 2024-07-02.1 disabled on all PoPs, edge CPU 100% -> 38%' },
            { label: 'Add more edge capacity', outcome: 'crash', effect: { latencyMs: 300, errorRate: 0.08, throughputRps: -60 }, log: 'edge: +40 nodes provisioned, new nodes pinned at 100% CPU on arrival' },
            { label: 'Restart proxies one PoP at a time', outcome: 'crash', effect: { latencyMs: 200, errorRate: 0.06, throughputRps: -50 }, log: 'edge: fra1 proxies restarted, CPU back at 100% after 20s' },
          ],
        },
        {
          prompt: 'Which rule is burning the CPU?',
          hint: 'Look for a pattern that can backtrack badly on long inputs, and test it away from production.',
          options: [
            { label: 'Profile the ruleset against captured requests', outcome: 'clean', effect: { latencyMs: -120, errorRate: -0.04, throughputRps: 60 }, log: 'waf-lab: rule 100029 has nested wildcard groups, 8s per 2KB body, catastrophic backtracking' },
            { label: 'Bisect rules one at a time in production', outcome: 'ok', effect: { latencyMs: -40, errorRate: -0.01, throughputRps: 20 }, log: 'waf: 6 of 14 rules re-enabled, ams1 CPU jumps to 92%, rule disabled again' },
            { label: 'Re-enable the ruleset on 10% of PoPs', outcome: 'crash', effect: { latencyMs: 900, errorRate: 0.12, throughputRps: -60 }, log: 'waf: ruleset on 19 PoPs, those PoPs at 100% CPU, 502s from edge' },
          ],
        },
        {
          prompt: 'Durable fix?',
          hint: 'The engine should guarantee linear matching time no matter what a rule author writes.',
          options: [
            { label: 'Move the WAF to a linear-time regex engine', outcome: 'clean', effect: { latencyMs: -150, errorRate: -0.04, throughputRps: 80 }, log: 'waf: RE2 engine enabled, rule 100029 rewritten, p99 match time 0.3ms' },
            { label: 'Rewrite just the offending pattern', outcome: 'ok', effect: { latencyMs: -60, errorRate: -0.02, throughputRps: 30 }, log: 'waf: rule 100029 rewritten without nested quantifier, other rules unaudited' },
          ],
        },
        {
          prompt: 'Follow-up?',
          hint: 'Rules are code; they deserve a staged rollout and a performance budget.',
          options: [
            { label: 'Stage rule pushes, add a CPU-per-rule test', outcome: 'clean', effect: { latencyMs: -40, errorRate: -0.005, throughputRps: 30 }, log: 'ci: waf rules canaried on 1 PoP for 15m, per-rule CPU budget test added' },
            { label: 'Add a second reviewer to WAF rule changes', outcome: 'ok', effect: { latencyMs: -10, throughputRps: 5 }, log: 'process: CODEOWNERS updated for waf/rules, no automated check' },
          ],
        },
      ],
    },
    {
      id: 'bad-config-push-crash-loop',
      title: 'Bad Config Push Crash Loop',
      symptom: 'Every api and auth task is crash-looping on a nil dereference since a replicated policy change went out.',
      objective: 'Halt the rollout before touching code.',
      metrics: { latencyMs: 2400, errorRate: 0.74, throughputRps: 90 },
      affects: ['api', 'auth'],
      steps: [
        {
          prompt: 'First move?',
          hint: 'The binaries were fine yesterday; what changed is replicated data, and it is still spreading.',
          options: [
            { label: 'Halt the config rollout and revert the policy', outcome: 'clean', effect: { latencyMs: -2000, errorRate: -0.6, throughputRps: 700 }, log: 'config: policy v418 reverted to v417 in 6/6 regions, tasks staying up' },
            { label: 'Patch code to tolerate the field and redeploy', outcome: 'crash', effect: { latencyMs: 300, errorRate: 0.08, throughputRps: -30 }, log: 'deploy: api-nilguard build needs 47m to roll, tasks still crash-looping' },
            { label: 'Restart the crashing tasks', outcome: 'crash', effect: { latencyMs: 200, errorRate: 0.06, throughputRps: -40 }, log: 'scheduler: 1,204 task restarts, every task re-reads policy v418 and dies' },
          ],
        },
        {
          prompt: 'Why did every binary fall at once?',
          hint: 'Look for a code path that reads the new field with no flag and no nil check.',
          options: [
            { label: 'Trace the crash to the unguarded policy path', outcome: 'clean', effect: { latencyMs: -150, errorRate: -0.065, throughputRps: 40 }, log: 'triage: quota check derefs policy.limits, blank in v418, path not flag-gated' },
            { label: 'Grep crash logs for the most common panic', outcome: 'ok', effect: { latencyMs: -50, errorRate: -0.02, throughputRps: 15 }, log: 'logs: 98% of panics at quota.go:212, trigger unknown' },
            { label: 'Re-push v418 to one region to reproduce', outcome: 'crash', effect: { latencyMs: 600, errorRate: 0.1, throughputRps: -15 }, log: 'config: v418 in us-central, 100% of tasks there crash-looping' },
          ],
        },
        {
          prompt: 'Durable fix?',
          hint: 'Both the code and the config pipeline need a guard against blank fields.',
          options: [
            { label: 'Flag-gate the path, nil-check, validate policies', outcome: 'clean', effect: { latencyMs: -50, errorRate: -0.055, throughputRps: 30 }, log: 'deploy: policy schema validation + flag-gated quota path live, v418 rejected' },
            { label: 'Wrap the quota check in a recover()', outcome: 'ok', effect: { latencyMs: -20, errorRate: -0.02, throughputRps: 10 }, log: 'deploy: recover() around quota check, bad policies now silently ignored' },
          ],
        },
        {
          prompt: 'Before closing?',
          hint: 'Global config should reach the world gradually, just like binaries do.',
          options: [
            { label: 'Roll config region by region with a bake time', outcome: 'clean', effect: { latencyMs: -20, errorRate: -0.005, throughputRps: 20 }, log: 'config: staged rollout enforced, 1 region per 30m; postmortem scheduled' },
            { label: 'Remind the team to double-check configs', outcome: 'ok', effect: { latencyMs: -5 }, log: 'chat: reminder posted in sre channel, no tooling change' },
          ],
        },
      ],
    },
    {
      id: 'feature-flag-misfire',
      title: 'Feature Flag Misfire',
      symptom: 'Only users in the new checkout cohort get 500s; everyone else books normally.',
      objective: 'Shrink the blast radius to zero, then find the bug.',
      metrics: { latencyMs: 640, errorRate: 0.12, throughputRps: 1450 },
      affects: ['booking', 'api'],
      steps: [
        {
          prompt: 'First move?',
          hint: 'The failures map exactly onto one cohort, and that cohort has its own switch.',
          options: [
            { label: 'Turn the new-checkout flag off', outcome: 'clean', effect: { latencyMs: -420, errorRate: -0.1, throughputRps: 200 }, log: 'flags: new_checkout -> off for 100%, booking 5xx 12% -> 1.9%' },
            { label: 'Roll back the whole release train', outcome: 'crash', effect: { latencyMs: 380, errorRate: 0.06, throughputRps: -400 }, log: 'deploy: train 118 rollback reverted 14 unrelated changes, auth schema mismatch' },
            { label: 'Scale up the booking service', outcome: 'crash', effect: { latencyMs: 120, errorRate: 0.04, throughputRps: -100 }, log: 'hpa: booking 12 -> 30 pods, cohort still failing 100%' },
          ],
        },
        {
          prompt: 'Where is the bug?',
          hint: 'Reproduce with the flag on for one internal account, not for customers.',
          options: [
            { label: 'Enable the flag for a staff account and trace it', outcome: 'clean', effect: { latencyMs: -40, errorRate: -0.012, throughputRps: 50 }, log: 'trace: new_checkout calls pricing v2 with null currency for legacy carts' },
            { label: 'Read the diff of the flagged code path', outcome: 'ok', effect: { latencyMs: -20, errorRate: -0.005, throughputRps: 20 }, log: 'review: 1,900-line diff, currency handling changed in 3 places' },
            { label: 'Flip the flag back on for 5% to gather data', outcome: 'crash', effect: { latencyMs: 150, errorRate: 0.05, throughputRps: -120 }, log: 'flags: new_checkout 5%, 4,100 failed checkouts in 6 minutes' },
          ],
        },
        {
          prompt: 'How do you ship it again safely?',
          hint: 'Let a small cohort and an error budget decide when to widen.',
          options: [
            { label: 'Fix the null case, re-ramp 1% to 100% on SLO', outcome: 'clean', effect: { latencyMs: -20, errorRate: -0.002, throughputRps: 30 }, log: 'flags: new_checkout ramp 1/5/25/100 gated on 5xx < 0.5%, holding green' },
            { label: 'Turn it back on for everyone after the fix', outcome: 'ok', effect: { latencyMs: -10, throughputRps: 10 }, log: 'flags: new_checkout 100% in one step, no guard if it regresses' },
          ],
        },
      ],
    },
    {
      id: 'retry-storm',
      title: 'Retry Storm',
      symptom: 'Pricing blipped for 40 seconds, but api traffic is still 6x normal and p99 has not come down.',
      objective: 'Break the feedback loop before it breaks you.',
      metrics: { latencyMs: 3600, errorRate: 0.48, throughputRps: 420 },
      affects: ['api', 'pricing', 'gateway'],
      steps: [
        {
          prompt: 'First move?',
          hint: 'Every layer is retrying every failure; the blip is over but the amplification is not.',
          options: [
            { label: 'Cap retries, add jittered backoff, shed excess', outcome: 'clean', effect: { latencyMs: -2900, errorRate: -0.38, throughputRps: 650 }, log: 'api: retry budget 10% + jittered backoff live, shedding low-priority, load 6x -> 1.4x' },
            { label: 'Increase client timeouts', outcome: 'crash', effect: { latencyMs: 400, errorRate: 0.08, throughputRps: -120 }, log: 'api: timeout 2s -> 10s, in-flight 18k -> 64k, worker threads exhausted' },
            { label: 'Add replicas to pricing only', outcome: 'crash', effect: { latencyMs: 200, errorRate: 0.06, throughputRps: -80 }, log: 'pricing: 20 -> 40 replicas, new pods cold-loading cache, 503s continue' },
          ],
        },
        {
          prompt: 'How do you confirm the loop is broken?',
          hint: 'Compare attempts with unique requests at each hop.',
          options: [
            { label: 'Chart retries vs first attempts per hop', outcome: 'clean', effect: { latencyMs: -300, errorRate: -0.05, throughputRps: 150 }, log: 'metrics: retry ratio gateway 3.1 -> 0.2, api 2.4 -> 0.1, loop closed' },
            { label: 'Watch the pricing error graph', outcome: 'ok', effect: { latencyMs: -100, errorRate: -0.02, throughputRps: 50 }, log: 'dash: pricing errors flat, api amplification not visible here' },
          ],
        },
        {
          prompt: 'Durable fix?',
          hint: 'Retry at exactly one layer, and stop retrying once the budget is spent.',
          options: [
            { label: 'Retry at one layer only, with a retry budget', outcome: 'clean', effect: { latencyMs: -200, errorRate: -0.04, throughputRps: 100 }, log: 'deploy: gateway + sdk retries removed, api retries capped at 10% of calls' },
            { label: 'Lower the retry count from 5 to 3', outcome: 'ok', effect: { latencyMs: -60, errorRate: -0.01, throughputRps: 30 }, log: 'config: retries 5 -> 3 at every layer, worst case still 27x' },
            { label: 'Add retries at the gateway too', outcome: 'crash', effect: { latencyMs: 600, errorRate: 0.12, throughputRps: -100 }, log: 'gateway: retries=3 enabled, pricing QPS 4x within a minute' },
          ],
        },
        {
          prompt: 'Follow-up?',
          hint: 'You want to hear about amplification long before p99 tells you.',
          options: [
            { label: 'Alert on retry ratio, load-test a dependency blip', outcome: 'clean', effect: { latencyMs: -20, errorRate: -0.005, throughputRps: 40 }, log: 'alert: retry_ratio > 0.3 pages on-call; chaos test injects 60s pricing blip weekly' },
            { label: 'Summarize the incident in chat', outcome: 'ok', effect: { latencyMs: -5 }, log: 'chat: incident summary posted in eng channel, no action items' },
          ],
        },
      ],
    },
    {
      id: 'thundering-herd-reconnect',
      title: 'Thundering Herd Reconnect',
      symptom: 'The presence service came back and two million clients reconnected in the same second; gateway nodes are OOMing.',
      objective: 'Let clients back in at a pace the backend can take.',
      metrics: { latencyMs: 2900, errorRate: 0.55, throughputRps: 300 },
      affects: ['gateway', 'api'],
      steps: [
        {
          prompt: 'First move?',
          hint: 'The backend is healthy again; the arrival rate is what is killing it.',
          options: [
            { label: 'Enable admission control, stagger reconnects', outcome: 'clean', effect: { latencyMs: -2300, errorRate: -0.45, throughputRps: 900 }, log: 'gateway: admission 20k sessions/s per node, clients told retry-after 1-30s' },
            { label: 'Restart the gateway fleet again', outcome: 'crash', effect: { latencyMs: 400, errorRate: 0.1, throughputRps: -150 }, log: 'gateway: fleet restarted, 2.1M clients reconnect at once, OOM again in 40s' },
            { label: 'Raise gateway memory limits only', outcome: 'crash', effect: { latencyMs: 250, errorRate: 0.05, throughputRps: -60 }, log: 'k8s: gateway limit 4Gi -> 8Gi, nodes swap, GC pauses 3s' },
          ],
        },
        {
          prompt: 'What is actually running out?',
          hint: 'Check what each new session loads the moment it connects.',
          options: [
            { label: 'Profile per-session memory during reconnect', outcome: 'clean', effect: { latencyMs: -200, errorRate: -0.05, throughputRps: 80 }, log: 'pprof: 38KB guild snapshot per session, 2M sessions in 9s = 76GB' },
            { label: 'Count OOM kills per node', outcome: 'ok', effect: { latencyMs: -50, errorRate: -0.01, throughputRps: 20 }, log: 'k8s: 312 OOMKilled events across 48 nodes since 14:02' },
          ],
        },
        {
          prompt: 'Durable fix?',
          hint: 'Both clients and server should spread reconnect cost over time.',
          options: [
            { label: 'Ship client jitter and lazy session hydration', outcome: 'clean', effect: { latencyMs: -180, errorRate: -0.04, throughputRps: 60 }, log: 'release: clients back off 1-60s with jitter, snapshots loaded on first read' },
            { label: 'Add a fixed 5s reconnect delay in clients', outcome: 'ok', effect: { latencyMs: -60, errorRate: -0.01, throughputRps: 20 }, log: 'release: fixed 5s delay, herd now arrives 5s later in one wave' },
            { label: 'Remove the per-node session cap', outcome: 'crash', effect: { latencyMs: 500, errorRate: 0.1, throughputRps: -60 }, log: 'gateway: session cap removed, gw-17 takes 300k sessions and OOMs' },
          ],
        },
        {
          prompt: 'Follow-up?',
          hint: 'Rehearse the worst reconnect before the next outage does it for you.',
          options: [
            { label: 'Alert on reconnect rate, add a herd load test', outcome: 'clean', effect: { latencyMs: -40, errorRate: -0.005, throughputRps: 30 }, log: 'alert: reconnects/s > 50k pages; load test replays 2M reconnects nightly' },
            { label: 'Add a note to the on-call handbook', outcome: 'ok', effect: { latencyMs: -5 }, log: 'wiki: on-call page updated with restart order' },
          ],
        },
      ],
    },
    {
      id: 'campaign-traffic-spike',
      title: 'Campaign Traffic Spike',
      symptom: 'A marketing campaign tripled traffic, and the autoscaler cannot start new instances even though the cluster has free hardware.',
      objective: 'Unblock capacity before the next traffic wave.',
      metrics: { latencyMs: 1900, errorRate: 0.36, throughputRps: 900 },
      affects: ['gateway', 'api', 'booking'],
      steps: [
        {
          prompt: 'First move?',
          hint: 'The hardware is there; a setting is stopping the scheduler from using it.',
          options: [
            { label: 'Lift the mis-set CPU quota and scale out', outcome: 'clean', effect: { latencyMs: -1400, errorRate: -0.28, throughputRps: 1400 }, log: 'cluster: booking ns cpu quota 400 -> 1200 cores, 38 new pods scheduled' },
            { label: 'Shed non-critical endpoints like reviews', outcome: 'ok', effect: { latencyMs: -500, errorRate: -0.1, throughputRps: 200 }, log: 'gateway: /reviews and /recommendations return 503, core path breathing' },
            { label: 'Wait for autoscaling to catch up', outcome: 'crash', effect: { latencyMs: 600, errorRate: 0.12, throughputRps: -300 }, log: 'hpa: desired 60, current 22, pods Pending: exceeded quota' },
            { label: 'Disable rate limiting to let more in', outcome: 'crash', effect: { latencyMs: 900, errorRate: 0.2, throughputRps: -400 }, log: 'gateway: rate limits off, booking p99 9s, pods restarting on OOM' },
          ],
        },
        {
          prompt: 'New pods are up. What now?',
          hint: 'Make sure new capacity is taking real traffic, not just passing health checks.',
          options: [
            { label: 'Verify load spread, then restore shed features', outcome: 'clean', effect: { latencyMs: -250, errorRate: -0.06, throughputRps: 300 }, log: 'lb: 60 pods within 8% of mean RPS, reviews re-enabled, p99 480ms' },
            { label: 'Declare victory on pod count', outcome: 'ok', effect: { latencyMs: -80, errorRate: -0.02, throughputRps: 80 }, log: 'hpa: 60/60 ready, 12 pods still warming JIT and taking 3x latency' },
          ],
        },
        {
          prompt: 'Follow-up?',
          hint: 'Marketing knows the launch date; capacity planning should too.',
          options: [
            { label: 'Alert on quota headroom, load-test before campaigns', outcome: 'clean', effect: { latencyMs: -80, errorRate: -0.01, throughputRps: 100 }, log: 'alert: quota usage > 70% pages; campaign checklist requires 3x load test' },
            { label: 'Ask marketing for a heads-up next time', outcome: 'ok', effect: { latencyMs: -10 }, log: 'email: sent to marketing, no capacity gate added' },
          ],
        },
      ],
    },
    {
      id: 'cascading-replica-overload',
      title: 'Cascading Replica Overload',
      symptom: 'One api replica died at peak; its share moved to the others and they are now falling over one by one.',
      objective: 'Serve some users well rather than all users badly.',
      metrics: { latencyMs: 2600, errorRate: 0.62, throughputRps: 380 },
      affects: ['api', 'lb'],
      steps: [
        {
          prompt: 'First move?',
          hint: 'The survivors need less work, not more company in failure.',
          options: [
            { label: 'Shed load and serve degraded responses', outcome: 'clean', effect: { latencyMs: -2000, errorRate: -0.5, throughputRps: 500 }, log: 'api: shedding above 70% concurrency, catalog served from cache, crashes stop' },
            { label: 'Restart all replicas at once', outcome: 'crash', effect: { latencyMs: 600, errorRate: 0.15, throughputRps: -200 }, log: 'k8s: 12 replicas restarted, 0 ready, all traffic 503 for 90s' },
            { label: 'Remove health checks so nothing gets ejected', outcome: 'crash', effect: { latencyMs: 400, errorRate: 0.1, throughputRps: -100 }, log: 'lb: health checks off, traffic sent to hung replicas, timeouts double' },
          ],
        },
        {
          prompt: 'The fleet is stable but thin. Next?',
          hint: 'Bring capacity back so new replicas are not flattened the moment they join.',
          options: [
            { label: 'Add replicas gradually with LB slow-start', outcome: 'clean', effect: { latencyMs: -250, errorRate: -0.07, throughputRps: 350 }, log: 'lb: slow_start 60s, replicas 8 -> 16, each ramps to full weight' },
            { label: 'Scale to 16 replicas in one step', outcome: 'ok', effect: { latencyMs: -100, errorRate: -0.02, throughputRps: 100 }, log: 'k8s: +8 replicas at full weight, 3 fall over on cold cache, rest hold' },
          ],
        },
        {
          prompt: 'Why did one death take down the rest?',
          hint: 'Ask how much headroom the fleet had minus one replica.',
          options: [
            { label: 'Size for N+2 and cap per-replica concurrency', outcome: 'clean', effect: { latencyMs: -120, errorRate: -0.035, throughputRps: 100 }, log: 'capacity: min replicas 12 -> 16, max in-flight 200 per pod, excess gets 429' },
            { label: 'Raise the CPU request per replica', outcome: 'ok', effect: { latencyMs: -40, errorRate: -0.01, throughputRps: 30 }, log: 'k8s: cpu request 2 -> 3, fewer pods fit per node' },
          ],
        },
        {
          prompt: 'Follow-up?',
          hint: 'Prove the fleet can lose a member at peak without a human.',
          options: [
            { label: 'Alert on headroom and run a replica-kill drill', outcome: 'clean', effect: { latencyMs: -50, errorRate: -0.005, throughputRps: 50 }, log: 'alert: N-1 headroom < 20% pages; game day kills 1 replica at peak monthly' },
            { label: 'File a ticket to revisit capacity', outcome: 'ok', effect: { latencyMs: -5 }, log: 'jira: CAP-88 opened, unassigned' },
          ],
        },
      ],
    },
    {
      id: 'db-connection-pool-exhaustion',
      title: 'DB Connection Pool Exhaustion',
      symptom: 'api requests hang for 30 seconds waiting on a connection while Postgres CPU idles at 35% and every pool sits at max.',
      objective: 'Free connections before adding any.',
      metrics: { latencyMs: 3100, errorRate: 0.41, throughputRps: 280 },
      affects: ['postgres', 'api'],
      steps: [
        {
          prompt: 'First move?',
          hint: 'Too many callers are holding connections for too long; reduce both.',
          options: [
            { label: 'Cap concurrency and kill long-running queries', outcome: 'clean', effect: { latencyMs: -2500, errorRate: -0.32, throughputRps: 420 }, log: 'pg: terminated 46 queries > 60s; api concurrency cap 200, pool wait p99 30s -> 0.4s' },
            { label: 'Double the pool size on every app node', outcome: 'crash', effect: { latencyMs: 600, errorRate: 0.15, throughputRps: -120 }, log: 'pg: FATAL sorry, too many clients already; auth logins failing' },
            { label: 'Restart the database', outcome: 'crash', effect: { latencyMs: 800, errorRate: 0.2, throughputRps: -150 }, log: 'pg: primary restarting, crash recovery 4m, every pool reconnecting at once' },
          ],
        },
        {
          prompt: 'What was holding the connections?',
          hint: 'Look at what the sessions were doing, not just how many there were.',
          options: [
            { label: 'Check pg_stat_activity for idle transactions', outcome: 'clean', effect: { latencyMs: -200, errorRate: -0.04, throughputRps: 60 }, log: 'pg: 180 sessions idle in transaction from queue-worker, oldest 11m' },
            { label: 'Graph pool usage by service', outcome: 'ok', effect: { latencyMs: -60, errorRate: -0.01, throughputRps: 20 }, log: 'dash: queue-worker holds 62% of pool slots, reason unknown' },
          ],
        },
        {
          prompt: 'Durable fix?',
          hint: 'A transaction should never wait on the network, and the database can enforce a deadline.',
          options: [
            { label: 'Set idle-in-transaction timeout, fix worker txn', outcome: 'clean', effect: { latencyMs: -150, errorRate: -0.04, throughputRps: 40 }, log: 'pg: idle_in_transaction_session_timeout 30s; worker commits before HTTP call' },
            { label: 'Increase the pool wait timeout', outcome: 'ok', effect: { latencyMs: -30, errorRate: -0.005 }, log: 'config: pool wait 30s -> 60s, fewer errors, slower hangs' },
            { label: 'Move the worker to a bigger DB instance', outcome: 'crash', effect: { latencyMs: 300, errorRate: 0.05, throughputRps: -80 }, log: 'rds: modify instance class, failover in progress, writes paused 70s' },
          ],
        },
        {
          prompt: 'Follow-up?',
          hint: 'Waiting for a connection should page someone long before requests hang.',
          options: [
            { label: 'Alert on pool wait time and add a pooler', outcome: 'clean', effect: { latencyMs: -70, errorRate: -0.002, throughputRps: 30 }, log: 'alert: pool wait p95 > 100ms pages; pgbouncer in transaction mode deployed' },
            { label: 'Add a dashboard panel for pool size', outcome: 'ok', effect: { latencyMs: -10 }, log: 'dash: pool panel added, no alert attached' },
          ],
        },
      ],
    },
    {
      id: 'migration-lock-blocking-table',
      title: 'Migration Lock Blocking Table',
      symptom: 'Every query on the bookings table has blocked since an ALTER TABLE started waiting behind a long-running report query.',
      objective: 'Unblock the hot table; the migration can wait.',
      metrics: { latencyMs: 3800, errorRate: 0.67, throughputRps: 120 },
      affects: ['postgres', 'booking'],
      steps: [
        {
          prompt: 'First move?',
          hint: 'Find who holds the lock and who is queued behind it; one of them is expendable right now.',
          options: [
            { label: 'Cancel the migration at the head of the queue', outcome: 'clean', effect: { latencyMs: -3300, errorRate: -0.55, throughputRps: 700 }, log: 'pg: pg_cancel_backend(81234) ALTER TABLE bookings, 2,311 waiters released' },
            { label: 'Kill the long-running report query', outcome: 'ok', effect: { latencyMs: -2800, errorRate: -0.45, throughputRps: 500 }, log: 'pg: report query killed, ALTER takes ACCESS EXCLUSIVE and rewrites for 6m' },
            { label: 'Let the migration finish', outcome: 'crash', effect: { latencyMs: 200, errorRate: 0.1, throughputRps: -40 }, log: 'pg: ALTER still waiting 14m, booking api threads all blocked' },
            { label: 'Fail over the primary', outcome: 'crash', effect: { latencyMs: 200, errorRate: 0.12, throughputRps: -50 }, log: 'pg: failover 95s, migration runner reconnects and retries ALTER' },
          ],
        },
        {
          prompt: 'How should the migration run instead?',
          hint: 'A schema change should give up quickly rather than queue everyone behind it.',
          options: [
            { label: 'Rerun with lock_timeout and a non-rewriting plan', outcome: 'clean', effect: { latencyMs: -250, errorRate: -0.09, throughputRps: 80 }, log: 'migrate: lock_timeout 2s, ADD COLUMN nullable + backfill in 10k batches, ok' },
            { label: 'Rerun it unchanged at 3am', outcome: 'ok', effect: { latencyMs: -50, errorRate: -0.02, throughputRps: 20 }, log: 'migrate: rescheduled 03:00, nightly report also runs at 03:00' },
          ],
        },
        {
          prompt: 'Follow-up?',
          hint: 'Catch dangerous DDL before it merges, and notice lock queues while they are short.',
          options: [
            { label: 'Lint migrations in CI and alert on lock waits', outcome: 'clean', effect: { latencyMs: -70, errorRate: -0.02, throughputRps: 40 }, log: 'ci: strong_migrations check required; alert: lock wait > 5s on hot tables' },
            { label: 'Ask devs to announce migrations in chat', outcome: 'ok', effect: { latencyMs: -10 }, log: 'chat: note about migrations pinned in deploys channel' },
          ],
        },
      ],
    },
    {
      id: 'primary-key-overflow',
      title: 'Primary Key Overflow',
      symptom: "Inserts into booking_events fail with 'integer out of range' while reads and updates look fine.",
      objective: 'Fail writes honestly, then make room.',
      metrics: { latencyMs: 420, errorRate: 0.38, throughputRps: 760 },
      affects: ['postgres', 'booking'],
      steps: [
        {
          prompt: 'First move?',
          hint: 'Every new insert fails until the column is wider, so tell users plainly while you fix it.',
          options: [
            { label: 'Put the write path in maintenance mode', outcome: 'clean', effect: { latencyMs: -150, errorRate: -0.3, throughputRps: 140 }, log: 'booking: writes return 503 maintenance, reads serving, retry storms stopped' },
            { label: 'Retry the failed inserts', outcome: 'crash', effect: { latencyMs: 400, errorRate: 0.1, throughputRps: -200 }, log: 'worker: 480k insert retries queued, every one out of range' },
            { label: 'Truncate old rows to free up ids', outcome: 'crash', effect: { latencyMs: 300, errorRate: 0.15, throughputRps: -150 }, log: 'pg: 2 years of booking_events deleted, sequence still at 2147483647' },
          ],
        },
        {
          prompt: 'How do you get headroom?',
          hint: 'The id needs more bits, without holding an exclusive lock for an hour.',
          options: [
            { label: 'Add a bigint id column, backfill, swap', outcome: 'clean', effect: { latencyMs: -50, errorRate: -0.05, throughputRps: 100 }, log: 'migrate: id_big backfilled in 50k batches, swapped in 2s under lock' },
            { label: 'Restart the sequence at negative numbers', outcome: 'ok', effect: { latencyMs: -30, errorRate: -0.04, throughputRps: 60 }, log: 'pg: sequence restarted at -2147483648, buys 2.1B ids, breaks id > 0 checks' },
            { label: 'ALTER COLUMN TYPE bigint in place at peak', outcome: 'crash', effect: { latencyMs: 1500, errorRate: 0.2, throughputRps: -300 }, log: 'pg: table rewrite 41m under ACCESS EXCLUSIVE, reads now blocked too' },
          ],
        },
        {
          prompt: 'Before you reopen writes?',
          hint: 'Check every place that stores this id, not just the table that overflowed.',
          options: [
            { label: 'Find FKs and client code still using int32', outcome: 'clean', effect: { latencyMs: -20, errorRate: -0.02, throughputRps: 60 }, log: 'audit: payments.event_id still int4, mobile SDK parses id as Int32; both fixed' },
            { label: 'Reopen writes and watch the errors', outcome: 'ok', effect: { latencyMs: -10, errorRate: -0.01, throughputRps: 20 }, log: 'booking: writes open, payments FK insert errors at 0.8%' },
          ],
        },
        {
          prompt: 'Follow-up?',
          hint: 'The next overflow is already counting up in some other table.',
          options: [
            { label: 'Alert at 70% of max on every serial column', outcome: 'clean', effect: { latencyMs: -10, errorRate: -0.002, throughputRps: 20 }, log: 'alert: sequence_usage > 0.7 pages; 3 more int4 keys found at 41-55%' },
            { label: 'Note the limit in the schema docs', outcome: 'ok', effect: { latencyMs: -2 }, log: 'docs: schema.md updated with int4 warning' },
          ],
        },
      ],
    },
    {
      id: 'transaction-id-wraparound',
      title: 'Transaction ID Wraparound',
      symptom: "Postgres refuses every write with 'database is not accepting commands to avoid wraparound data loss'.",
      objective: 'Let vacuum finish; nothing else will save writes.',
      metrics: { latencyMs: 1300, errorRate: 0.71, throughputRps: 150 },
      affects: ['postgres', 'api'],
      steps: [
        {
          prompt: 'First move?',
          hint: 'Postgres is protecting itself; the way out is the maintenance it is asking for, with nothing competing.',
          options: [
            { label: 'Stop write traffic and run the required VACUUM', outcome: 'clean', effect: { latencyMs: -500, errorRate: -0.25, throughputRps: 40 }, log: 'pg: writers paused, VACUUM FREEZE bookings started, 41% of heap scanned' },
            { label: 'Restart Postgres', outcome: 'crash', effect: { latencyMs: 900, errorRate: 0.12, throughputRps: -80 }, log: 'pg: restarted, still refusing writes, 6m of reads lost to recovery' },
            { label: 'Promote a replica', outcome: 'crash', effect: { latencyMs: 500, errorRate: 0.1, throughputRps: -50 }, log: 'pg: replica promoted with identical datfrozenxid, refuses writes too' },
          ],
        },
        {
          prompt: 'Vacuum is crawling. Next?',
          hint: 'Give vacuum the memory and priority it needs instead of starting over.',
          options: [
            { label: 'Raise vacuum memory, remove the cost delay', outcome: 'clean', effect: { latencyMs: -300, errorRate: -0.3, throughputRps: 120 }, log: 'pg: vacuum_cost_delay 0, maintenance_work_mem 2GB, age(datfrozenxid) falling' },
            { label: 'Wait and watch progress', outcome: 'ok', effect: { latencyMs: -100, errorRate: -0.1, throughputRps: 30 }, log: 'pg: pg_stat_progress_vacuum 58%, ETA 3h at current throttle' },
            { label: 'Cancel vacuum and start it again', outcome: 'crash', effect: { latencyMs: 300, errorRate: 0.05, throughputRps: -10 }, log: 'pg: vacuum cancelled at 58%, restart scans the heap from zero' },
          ],
        },
        {
          prompt: 'What blocked autovacuum for weeks?',
          hint: 'Something old was pinning the xmin horizon.',
          options: [
            { label: 'Find the stale prepared transaction and end it', outcome: 'clean', effect: { latencyMs: -200, errorRate: -0.12, throughputRps: 60 }, log: 'pg: pg_prepared_xacts shows gid tx-7731 from 9 days ago, ROLLBACK PREPARED' },
            { label: 'Read the autovacuum logs', outcome: 'ok', effect: { latencyMs: -50, errorRate: -0.03, throughputRps: 10 }, log: 'pg: autovacuum ran nightly but removed 0 dead tuples, cause unclear' },
          ],
        },
        {
          prompt: 'Follow-up?',
          hint: 'Wraparound gives weeks of warning if anyone watches the right number.',
          options: [
            { label: 'Alert on XID age at 50%, tune autovacuum', outcome: 'clean', effect: { latencyMs: -110, errorRate: -0.03, throughputRps: 30 }, log: 'alert: age(datfrozenxid) > 1B pages; autovacuum_freeze_max_age tuned per table' },
            { label: 'Schedule a manual vacuum every quarter', outcome: 'ok', effect: { latencyMs: -20, errorRate: -0.005 }, log: 'cron: quarterly VACUUM FREEZE added, nothing watches XID age' },
          ],
        },
      ],
    },
    {
      id: 'replication-lag-spike',
      title: 'Replication Lag Spike',
      symptom: 'Read replicas are four minutes behind, so users save a profile and see the old version on reload.',
      objective: 'Give users their own writes back, then cut the lag.',
      metrics: { latencyMs: 480, errorRate: 0.09, throughputRps: 1100 },
      affects: ['postgres', 'api'],
      steps: [
        {
          prompt: 'First move?',
          hint: 'Reads that must be fresh can go where data is always fresh, and something is flooding replication.',
          options: [
            { label: 'Route critical reads to primary, pause batches', outcome: 'clean', effect: { latencyMs: -180, errorRate: -0.06, throughputRps: 100 }, log: 'api: read-after-write routed to primary; backfill job paused, lag 240s -> 90s' },
            { label: 'Rebuild the replicas immediately', outcome: 'crash', effect: { latencyMs: 600, errorRate: 0.15, throughputRps: -300 }, log: 'pg: 3 replicas re-basebackup, read capacity gone, primary at 95% CPU' },
            { label: 'Delete replica data dirs to force a resync', outcome: 'crash', effect: { latencyMs: 900, errorRate: 0.25, throughputRps: -500 }, log: 'ops: rm -rf on db2 data dir, 300GB resync, no read replicas left' },
          ],
        },
        {
          prompt: 'Lag is dropping. What caused it?',
          hint: 'Line up the lag curve with write-heavy jobs on the primary.',
          options: [
            { label: 'Correlate WAL rate with the nightly backfill', outcome: 'clean', effect: { latencyMs: -60, errorRate: -0.015, throughputRps: 80 }, log: 'pg: WAL 40MB/s -> 310MB/s at 02:10 when backfill_v2 started, no throttle' },
            { label: 'Check replica disk IO', outcome: 'ok', effect: { latencyMs: -20, errorRate: -0.005, throughputRps: 20 }, log: 'metrics: replica disk 70% busy, busy doing what is unclear' },
          ],
        },
        {
          prompt: 'Durable fix?',
          hint: 'Heavy jobs should slow themselves down when replicas fall behind.',
          options: [
            { label: 'Throttle backfills on lag and alert at 30s', outcome: 'clean', effect: { latencyMs: -40, errorRate: -0.007, throughputRps: 40 }, log: 'worker: backfill sleeps while replay_lag > 10s; alert: lag > 30s pages' },
            { label: 'Run backfills on weekends only', outcome: 'ok', effect: { latencyMs: -10, errorRate: -0.002, throughputRps: 10 }, log: 'cron: backfills moved to Saturday, still unthrottled' },
          ],
        },
      ],
    },
    {
      id: 'failover-data-divergence',
      title: 'Failover Data Divergence',
      symptom: 'After a 43-second network partition, orchestration promoted a new primary that is missing seconds of writes from the old one.',
      objective: 'Preserve both datasets; lost writes are forever.',
      metrics: { latencyMs: 1700, errorRate: 0.29, throughputRps: 260 },
      affects: ['postgres', 'booking'],
      steps: [
        {
          prompt: 'First move?',
          hint: 'Anything automatic right now could make the two histories harder to reconcile.',
          options: [
            { label: 'Freeze writes and pause automated failover', outcome: 'clean', effect: { latencyMs: -800, errorRate: -0.15, throughputRps: 20 }, log: 'orchestrator: recoveries disabled; app writes off; east and west primaries snapshotted' },
            { label: 'Fail back to the old primary immediately', outcome: 'crash', effect: { latencyMs: 500, errorRate: 0.15, throughputRps: -80 }, log: 'db: failback loses 11 minutes of writes taken by the new primary' },
            { label: "Discard the old primary's unreplicated writes", outcome: 'crash', effect: { latencyMs: 300, errorRate: 0.12, throughputRps: -50 }, log: 'db: 954 binlog-only transactions dropped, bookings confirmed but gone' },
          ],
        },
        {
          prompt: 'How do you reconcile?',
          hint: 'You need the exact set of transactions that exist on only one side.',
          options: [
            { label: 'Extract binlog-only writes, diff both sides', outcome: 'clean', effect: { latencyMs: -300, errorRate: -0.06, throughputRps: 60 }, log: 'recon: 954 txns on old primary only, 12 conflict with writes on the new one' },
            { label: 'Compare row counts per table', outcome: 'ok', effect: { latencyMs: -80, errorRate: -0.02, throughputRps: 20 }, log: 'recon: bookings differs by 311 rows, which ones unknown' },
          ],
        },
        {
          prompt: 'Conflicts are mapped. Next?',
          hint: 'Apply what is safe automatically, hand conflicts to people, then let writes back in.',
          options: [
            { label: 'Replay missing writes, then reopen writes', outcome: 'clean', effect: { latencyMs: -350, errorRate: -0.06, throughputRps: 150 }, log: 'recon: 942 txns replayed, 12 conflicts to support queue; writes re-enabled' },
            { label: 'Reopen writes, reconcile later', outcome: 'ok', effect: { latencyMs: -200, errorRate: -0.03, throughputRps: 100 }, log: 'app: writes open, new rows now collide with pending replays' },
          ],
        },
        {
          prompt: 'Follow-up?',
          hint: 'A short blip should not be enough to move the primary across regions.',
          options: [
            { label: 'Require cross-region consensus before promotion', outcome: 'clean', effect: { latencyMs: -70, errorRate: -0.01, throughputRps: 40 }, log: 'orchestrator: cross-DC promotion needs raft quorum + 60s grace; postmortem published' },
            { label: 'Raise the failover timeout to 2 minutes', outcome: 'ok', effect: { latencyMs: -20 }, log: 'orchestrator: failover timeout 30s -> 120s, longer outages on real failures' },
          ],
        },
      ],
    },
    {
      id: 'accidental-data-deletion',
      title: 'Accidental Data Deletion',
      symptom: 'A maintenance script pointed at production dropped the customers table, and the app errors on every page.',
      objective: 'Stop further damage before you restore anything.',
      metrics: { latencyMs: 1100, errorRate: 0.86, throughputRps: 40 },
      affects: ['postgres', 'api'],
      steps: [
        {
          prompt: 'First move?',
          hint: 'Whatever ran the command can still run again; freeze it, and do restore work somewhere safe.',
          options: [
            { label: 'Freeze writers, restore PITR to a side instance', outcome: 'clean', effect: { latencyMs: -150, errorRate: -0.16, throughputRps: 10 }, log: 'ops: cron + deploy pipeline paused, PITR to 14:31:55 restoring on db-restore-1' },
            { label: 'Restore the backup over production in place', outcome: 'crash', effect: { latencyMs: 400, errorRate: 0.06, throughputRps: -15 }, log: 'pg_restore: overwrote prod, 40 minutes of orders since backup gone' },
            { label: 'Keep serving and fix it later', outcome: 'crash', effect: { latencyMs: 200, errorRate: 0.04, throughputRps: -10 }, log: 'app: signups recreating customers with new ids, FK orphans growing' },
          ],
        },
        {
          prompt: 'The side restore is up. Next?',
          hint: 'Confirm the copy is right before it becomes the truth.',
          options: [
            { label: 'Verify row counts and latest writes on the copy', outcome: 'clean', effect: { latencyMs: -100, errorRate: -0.05, throughputRps: 10 }, log: 'verify: customers 1,204,331 rows, newest row 14:31:52, checksums match' },
            { label: 'Spot-check a few customer records', outcome: 'ok', effect: { latencyMs: -30, errorRate: -0.01 }, log: 'verify: 5 customers found, coverage unknown' },
          ],
        },
        {
          prompt: 'Copy verified. How do you bring it back?',
          hint: 'Move the verified table in as a whole, in one controlled step.',
          options: [
            { label: 'Copy the table into prod and re-enable traffic', outcome: 'clean', effect: { latencyMs: -600, errorRate: -0.61, throughputRps: 300 }, log: 'pg: customers restored from db-restore-1, FKs validated, app 200s again' },
            { label: 'Re-insert customers row by row from exports', outcome: 'ok', effect: { latencyMs: -200, errorRate: -0.2, throughputRps: 50 }, log: 'script: CSV re-import 18% done after 1h, partial data served' },
          ],
        },
        {
          prompt: 'Follow-up?',
          hint: 'Make the dangerous command harder to aim at prod, and prove that backups restore.',
          options: [
            { label: 'Separate prod credentials, add restore drills', outcome: 'clean', effect: { latencyMs: -70, errorRate: -0.03, throughputRps: 30 }, log: 'iam: scripts get staging creds only; weekly restore drill with alert on failure' },
            { label: 'Add a confirmation prompt to the script', outcome: 'ok', effect: { latencyMs: -10 }, log: 'script: "are you sure? (y/N)" prompt added, automation passes --yes' },
          ],
        },
      ],
    },
    {
      id: 'cache-removal-db-stampede',
      title: 'Cache Removal DB Stampede',
      symptom: 'Routine maintenance removed a third of the cache nodes; Postgres load tripled and api latency followed.',
      objective: 'Protect the database; the cache is its shield.',
      metrics: { latencyMs: 2300, errorRate: 0.33, throughputRps: 520 },
      affects: ['redis', 'postgres', 'api'],
      steps: [
        {
          prompt: 'First move?',
          hint: 'Put the shield back, and stop misses from piling straight onto the database.',
          options: [
            { label: 'Restore cache nodes and throttle misses to DB', outcome: 'clean', effect: { latencyMs: -1600, errorRate: -0.24, throughputRps: 400 }, log: 'cache: 14 nodes re-added; api miss path limited to 2k qps, DB CPU 97% -> 60%' },
            { label: 'Scale Postgres vertically mid-incident', outcome: 'crash', effect: { latencyMs: 900, errorRate: 0.2, throughputRps: -200 }, log: 'rds: instance resize triggers failover, 2m of write errors' },
            { label: 'Flush the remaining cache', outcome: 'crash', effect: { latencyMs: 1200, errorRate: 0.25, throughputRps: -250 }, log: 'redis: FLUSHALL on 28 nodes, hit ratio 61% -> 0%, DB connection storm' },
          ],
        },
        {
          prompt: 'The cache is cold. Now what?',
          hint: 'Many requests are missing on the same keys at the same moment.',
          options: [
            { label: 'Enable request coalescing on hot keys', outcome: 'clean', effect: { latencyMs: -300, errorRate: -0.05, throughputRps: 150 }, log: 'cache: singleflight on, 1 DB query per hot key per 50ms, DB qps -70%' },
            { label: 'Pre-warm from yesterday\'s key dump', outcome: 'ok', effect: { latencyMs: -150, errorRate: -0.02, throughputRps: 60 }, log: 'cache: 2M keys warmed, 30% of them stale' },
          ],
        },
        {
          prompt: 'Why did removal hurt so much?',
          hint: 'Look at how many nodes went at once and how keys were remapped.',
          options: [
            { label: 'Cap node removals, use consistent hashing', outcome: 'clean', effect: { latencyMs: -150, errorRate: -0.025, throughputRps: 60 }, log: 'cache: max 1 node removal per 10m; ketama hashing, 1 node remaps ~3% of keys' },
            { label: 'Do cache maintenance off-peak only', outcome: 'ok', effect: { latencyMs: -40, errorRate: -0.01, throughputRps: 20 }, log: 'runbook: cache maintenance moved to 02:00, batch size unchanged' },
          ],
        },
        {
          prompt: 'Follow-up?',
          hint: 'Watch the ratio that tells you the database is about to take the cache\'s job.',
          options: [
            { label: 'Alert on hit ratio and DB query rate', outcome: 'clean', effect: { latencyMs: -60, errorRate: -0.005, throughputRps: 40 }, log: 'alert: hit ratio < 85% or DB qps > 2x baseline pages cache owner' },
            { label: 'Share the graphs in the weekly review', outcome: 'ok', effect: { latencyMs: -5 }, log: 'review: graphs shown, no owner for follow-up' },
          ],
        },
      ],
    },
    {
      id: 'redis-primary-migration-flap',
      title: 'Redis Primary Migration Flap',
      symptom: 'The cloud provider migrated the Redis primary; the cluster is rebalancing and api calls fail with MOVED errors and resets.',
      objective: 'Reconnect calmly to the right primary.',
      metrics: { latencyMs: 950, errorRate: 0.27, throughputRps: 700 },
      affects: ['redis', 'api'],
      steps: [
        {
          prompt: 'First move?',
          hint: 'Clients hammering the cluster mid-rebalance slow it down; let it settle and point writes at the confirmed leader.',
          options: [
            { label: 'Back off reconnects, confirm the new primary', outcome: 'clean', effect: { latencyMs: -600, errorRate: -0.2, throughputRps: 300 }, log: 'redis: reconnect backoff 100ms-5s; CLUSTER NODES confirms 10.0.4.7 as master for slots 0-5460' },
            { label: 'Force-restart every api instance', outcome: 'crash', effect: { latencyMs: 500, errorRate: 0.15, throughputRps: -300 }, log: 'k8s: 64 api pods restarted, each opens 200 conns during rebalance' },
            { label: 'Disable Redis entirely', outcome: 'crash', effect: { latencyMs: 1500, errorRate: 0.2, throughputRps: -250 }, log: 'api: cache and sessions off, every request hits Postgres, logins fail' },
          ],
        },
        {
          prompt: 'The cluster is stable. Resume writes?',
          hint: 'Make sure no writes were lost during the switch before trusting the new primary.',
          options: [
            { label: 'Verify replica sync, then resume writes', outcome: 'clean', effect: { latencyMs: -120, errorRate: -0.05, throughputRps: 80 }, log: 'redis: master_repl_offset matches on all replicas, writes resumed' },
            { label: 'Resume writes immediately', outcome: 'ok', effect: { latencyMs: -60, errorRate: -0.02, throughputRps: 40 }, log: 'redis: writes resumed, 212 session keys missing from the old primary' },
          ],
        },
        {
          prompt: 'Follow-up?',
          hint: 'The client library should survive the next migration without a human.',
          options: [
            { label: 'Enable topology refresh and jittered reconnects', outcome: 'clean', effect: { latencyMs: -50, errorRate: -0.01, throughputRps: 40 }, log: 'client: periodic topology refresh 30s + jittered reconnect; provider maintenance alerts routed to on-call' },
            { label: 'Ask the provider for more notice', outcome: 'ok', effect: { latencyMs: -5 }, log: 'support: ticket opened with provider, no client change' },
          ],
        },
      ],
    },
    {
      id: 'cross-user-data-exposure',
      title: 'Cross-User Data Exposure',
      symptom: "Users report seeing other people's chat titles and billing emails in their own sessions.",
      objective: 'Stop the exposure now; privacy beats uptime.',
      metrics: { latencyMs: 380, errorRate: 0.06, throughputRps: 1800 },
      affects: ['redis', 'api'],
      steps: [
        {
          prompt: 'First move?',
          hint: 'Every minute the feature stays up, more people can see data that is not theirs.',
          options: [
            { label: 'Take the affected feature offline', outcome: 'clean', effect: { latencyMs: -100, errorRate: -0.03, throughputRps: 50 }, log: 'flags: chat_history off globally, exposure window closed at 10:42 UTC' },
            { label: 'Investigate first while still serving', outcome: 'crash', effect: { latencyMs: 100, errorRate: 0.1, throughputRps: -300 }, log: 'support: 1,200 more reports of foreign data during triage' },
            { label: 'Clear the cache and keep serving', outcome: 'crash', effect: { latencyMs: 400, errorRate: 0.08, throughputRps: -500 }, log: 'redis: FLUSHDB done, cross-user responses reappear after 3 minutes' },
          ],
        },
        {
          prompt: 'What is mixing sessions?',
          hint: 'Look at what happens when a request is cancelled after it sends but before it reads.',
          options: [
            { label: 'Trace cancelled requests in the Redis pool', outcome: 'clean', effect: { latencyMs: -80, errorRate: -0.012, throughputRps: 80 }, log: 'triage: cancelled request leaves unread reply on pooled conn; next user reads it' },
            { label: 'Audit the session cache keys', outcome: 'ok', effect: { latencyMs: -20, errorRate: -0.004, throughputRps: 20 }, log: 'audit: keys correctly namespaced by user id, bug is elsewhere' },
          ],
        },
        {
          prompt: 'Durable fix?',
          hint: 'A connection in an unknown state must never go back into the pool.',
          options: [
            { label: 'Patch the client to drop conns on cancel', outcome: 'clean', effect: { latencyMs: -60, errorRate: -0.005, throughputRps: 60 }, log: 'deploy: redis client patched, cancelled conns closed; fuzz test 1M cancels, 0 leaks' },
            { label: 'Disable connection pooling', outcome: 'ok', effect: { latencyMs: -10, errorRate: -0.002, throughputRps: 10 }, log: 'config: pool off, 1 conn per request, redis at 40k conns' },
          ],
        },
        {
          prompt: 'Before restoring the feature?',
          hint: 'People whose data leaked deserve to know, and a repeat should be caught by a check, not by users.',
          options: [
            { label: 'Notify affected users, add a cross-user check', outcome: 'clean', effect: { latencyMs: -20, errorRate: -0.003, throughputRps: 40 }, log: 'privacy: 1.2% of active users notified; response owner-id assertion in api' },
            { label: 'Restore the feature quietly', outcome: 'ok', effect: { latencyMs: -5 }, log: 'flags: chat_history on, no disclosure sent' },
          ],
        },
      ],
    },
    {
      id: 'check-then-act-race',
      title: 'Check-Then-Act Race',
      symptom: 'Wallet balances are going negative when two withdrawals land within the same millisecond.',
      objective: 'Close the door before you count the damage.',
      metrics: { latencyMs: 310, errorRate: 0.05, throughputRps: 980 },
      affects: ['booking', 'postgres'],
      steps: [
        {
          prompt: 'First move?',
          hint: 'While the path stays open, every concurrent pair can create another bad balance.',
          options: [
            { label: 'Disable withdrawals behind their flag', outcome: 'clean', effect: { latencyMs: -60, errorRate: -0.03, throughputRps: 20 }, log: 'flags: wallet_withdraw off, negative balance count frozen at 37' },
            { label: 'Fix balances by hand while the path stays open', outcome: 'crash', effect: { latencyMs: 50, errorRate: 0.06, throughputRps: -100 }, log: 'support: 12 balances fixed, 19 new negative balances meanwhile' },
            { label: 'Add more app servers', outcome: 'crash', effect: { latencyMs: 80, errorRate: 0.08, throughputRps: -80 }, log: 'k8s: wallet 6 -> 12 pods, more parallelism, race rate doubles' },
          ],
        },
        {
          prompt: 'Durable fix?',
          hint: 'The read and the write must become one atomic step in the database.',
          options: [
            { label: 'Lock the wallet row with SELECT FOR UPDATE', outcome: 'clean', effect: { latencyMs: -40, errorRate: -0.01, throughputRps: 60 }, log: 'deploy: withdraw reads balance FOR UPDATE in txn, 10k concurrent test 0 negatives' },
            { label: 'Add an in-process mutex per node', outcome: 'ok', effect: { latencyMs: -10, errorRate: -0.005, throughputRps: 10 }, log: 'deploy: mutex per pod, requests on different pods still race' },
            { label: 'Add a 50ms sleep between check and debit', outcome: 'crash', effect: { latencyMs: 200, errorRate: 0.04, throughputRps: -150 }, log: 'deploy: sleep(50ms) widens race window, negatives up 3x' },
          ],
        },
        {
          prompt: 'Reopen and clean up?',
          hint: 'Repair the data you already broke, and add a rule the database will refuse to break.',
          options: [
            { label: 'Add CHECK balance >= 0, reconcile, reopen', outcome: 'clean', effect: { latencyMs: -40, errorRate: -0.005, throughputRps: 40 }, log: 'pg: CHECK (balance >= 0) validated; 37 wallets reconciled from ledger; flag on' },
            { label: 'Reopen withdrawals and monitor', outcome: 'ok', effect: { latencyMs: -10, errorRate: -0.002 }, log: 'flags: wallet_withdraw on, 37 bad balances still open' },
          ],
        },
      ],
    },
    {
      id: 'poison-message-crash-loop',
      title: 'Poison Message Crash Loop',
      symptom: 'Every worker panics on the same event at offset 88412907 and restarts endlessly, so nothing else gets processed.',
      objective: 'Get the line moving without losing the message.',
      metrics: { latencyMs: 2200, errorRate: 0.54, throughputRps: 60 },
      affects: ['kafka', 'worker'],
      steps: [
        {
          prompt: 'First move?',
          hint: 'Workers keep dying on that one event until it is out of their way, kept safe for later.',
          options: [
            { label: 'Move the message to a dead-letter queue', outcome: 'clean', effect: { latencyMs: -1700, errorRate: -0.45, throughputRps: 900 }, log: 'kafka: offset 88412907 copied to events.dlq, group committed past it, lag draining' },
            { label: 'Restart the workers', outcome: 'crash', effect: { latencyMs: 300, errorRate: 0.08, throughputRps: -20 }, log: 'worker: 24 restarts, all panic at offset 88412907 within 2s' },
            { label: 'Scale the worker count', outcome: 'crash', effect: { latencyMs: 200, errorRate: 0.1, throughputRps: -25 }, log: 'worker: 24 -> 48 replicas, 48 panics per cycle, rebalance storms' },
          ],
        },
        {
          prompt: 'Why did one event kill the fleet?',
          hint: 'A single bad payload should fail one job, not the whole process.',
          options: [
            { label: 'Recover panics per message, route to DLQ', outcome: 'clean', effect: { latencyMs: -250, errorRate: -0.07, throughputRps: 200 }, log: 'deploy: handler wraps each message, panic -> DLQ with stack, consumer keeps going' },
            { label: 'Fix the parser for this exact payload', outcome: 'ok', effect: { latencyMs: -100, errorRate: -0.03, throughputRps: 50 }, log: 'deploy: null alert_source handled, next malformed event still fatal' },
          ],
        },
        {
          prompt: 'Follow-up?',
          hint: 'A dead-letter queue nobody watches is just a slower way to lose data.',
          options: [
            { label: 'Alert on DLQ depth, replay fixed messages', outcome: 'clean', effect: { latencyMs: -70, errorRate: -0.01, throughputRps: 60 }, log: 'alert: events.dlq depth > 0 for 10m pages; 1 message replayed after fix' },
            { label: 'Leave the message in the DLQ', outcome: 'ok', effect: { latencyMs: -10 }, log: 'kafka: events.dlq holds 1 message, no owner' },
          ],
        },
      ],
    },
    {
      id: 'queue-backlog-after-upstream-recovery',
      title: 'Queue Backlog After Upstream Recovery',
      symptom: 'The upstream code host is back after a three-hour outage, 2.4M queued webhooks are flooding in, and consumer lag keeps climbing.',
      objective: 'Drain the backlog without drowning in it.',
      metrics: { latencyMs: 3400, errorRate: 0.21, throughputRps: 480 },
      affects: ['kafka', 'worker'],
      steps: [
        {
          prompt: 'First move?',
          hint: 'The backlog has to arrive at the rate consumers can actually finish it.',
          options: [
            { label: 'Throttle intake and scale consumers gradually', outcome: 'clean', effect: { latencyMs: -2400, errorRate: -0.15, throughputRps: 700 }, log: 'ingest: webhook admission 5k/s; consumers 20 -> 60 in steps of 10' },
            { label: 'Purge the queue', outcome: 'crash', effect: { latencyMs: 200, errorRate: 0.3, throughputRps: -200 }, log: 'kafka: topic webhooks purged, 2.4M builds never triggered' },
            { label: 'Restart the broker', outcome: 'crash', effect: { latencyMs: 800, errorRate: 0.2, throughputRps: -250 }, log: 'kafka: broker-2 restart, partition leaders moving, producers timing out' },
          ],
        },
        {
          prompt: 'What should be processed first?',
          hint: 'Fresh work matters more to users than events that are three hours stale.',
          options: [
            { label: 'Process newest jobs first, backfill the rest', outcome: 'clean', effect: { latencyMs: -600, errorRate: -0.03, throughputRps: 200 }, log: 'scheduler: live queue prioritised, 2.4M backlog drained by a separate low-priority pool' },
            { label: 'Process strictly in arrival order', outcome: 'ok', effect: { latencyMs: -200, errorRate: -0.01, throughputRps: 50 }, log: 'scheduler: FIFO, new pushes wait behind 3h of backlog' },
          ],
        },
        {
          prompt: 'Consumers are scaled. What is the risk now?',
          hint: 'More consumers means more load on whatever they write to.',
          options: [
            { label: 'Watch DB load and cap consumer concurrency', outcome: 'clean', effect: { latencyMs: -150, errorRate: -0.02, throughputRps: 100 }, log: 'worker: max 400 concurrent jobs, DB CPU steady at 65%' },
            { label: 'Scale consumers to the max', outcome: 'crash', effect: { latencyMs: 500, errorRate: 0.1, throughputRps: -100 }, log: 'worker: 200 consumers, Postgres max_connections hit, jobs failing' },
          ],
        },
        {
          prompt: 'Follow-up?',
          hint: 'The next upstream outage will end the same way, so plan the recovery in advance.',
          options: [
            { label: 'Add a lag SLO alert and a backlog runbook', outcome: 'clean', effect: { latencyMs: -60, errorRate: -0.005, throughputRps: 50 }, log: 'alert: consumer lag > 15m pages; runbook: upstream-recovery admission steps' },
            { label: 'Blame the upstream in the status page', outcome: 'ok', effect: { latencyMs: -5 }, log: 'status: delays caused by upstream provider' },
          ],
        },
      ],
    },
    {
      id: 'sink-down-behind-message-bus',
      title: 'Sink Down Behind Message Bus',
      symptom: 'The storage cluster behind the event bus crashed; consumers keep hammering it with writes and the bus is filling up.',
      objective: 'Let the bus buffer while the sink recovers.',
      metrics: { latencyMs: 2700, errorRate: 0.46, throughputRps: 150 },
      affects: ['kafka', 'worker'],
      steps: [
        {
          prompt: 'First move?',
          hint: 'Writing harder to a crashed store keeps it down; the bus exists to hold data for a while.',
          options: [
            { label: 'Pause consumers that write to the failed sink', outcome: 'clean', effect: { latencyMs: -2000, errorRate: -0.35, throughputRps: 300 }, log: 'worker: metrics-writer group paused, bus retention 72h, sink load 0' },
            { label: 'Keep consumers retrying', outcome: 'crash', effect: { latencyMs: 400, errorRate: 0.1, throughputRps: -50 }, log: 'worker: 60k writes/s of retries, recovering nodes crash again at startup' },
            { label: 'Drop messages to relieve the bus', outcome: 'crash', effect: { latencyMs: 100, errorRate: 0.2, throughputRps: -40 }, log: 'kafka: retention cut to 1h, 5h of customer metrics deleted' },
          ],
        },
        {
          prompt: 'The sink is back. Resume?',
          hint: 'A cold, just-recovered store needs a gentle ramp, not the whole backlog at once.',
          options: [
            { label: 'Resume at 10% and ramp on sink latency', outcome: 'clean', effect: { latencyMs: -400, errorRate: -0.08, throughputRps: 200 }, log: 'worker: rate 10% -> 100% over 40m while sink p99 write < 20ms' },
            { label: 'Resume all consumers at once', outcome: 'ok', effect: { latencyMs: -150, errorRate: -0.02, throughputRps: 100 }, log: 'worker: full rate, sink compaction falls behind, p99 write 400ms' },
          ],
        },
        {
          prompt: 'Follow-up?',
          hint: 'Know how many hours the bus can hold before this becomes data loss.',
          options: [
            { label: 'Alert on retention headroom, add backpressure', outcome: 'clean', effect: { latencyMs: -110, errorRate: -0.02, throughputRps: 50 }, log: 'alert: oldest unconsumed > 50% of retention pages; consumers back off on sink errors' },
            { label: 'Double bus retention', outcome: 'ok', effect: { latencyMs: -10, errorRate: -0.002 }, log: 'kafka: retention 72h -> 144h, disk usage forecast 91%' },
          ],
        },
      ],
    },
    {
      id: 'memory-leak-oom',
      title: 'Memory Leak OOM',
      symptom: 'api RSS climbs 40MB a minute and pods are OOM-killed every 25 minutes, dropping in-flight requests.',
      objective: 'Buy time, capture evidence, remove the cause.',
      metrics: { latencyMs: 1250, errorRate: 0.16, throughputRps: 820 },
      affects: ['api'],
      steps: [
        {
          prompt: 'First move?',
          hint: 'A staggered refresh buys time, but grab evidence from a sick pod before it is gone.',
          options: [
            { label: 'Heap-dump one pod, then rolling restart', outcome: 'clean', effect: { latencyMs: -700, errorRate: -0.1, throughputRps: 200 }, log: 'api: heap dump from api-7 (3.1GB) saved; rolling restart maxUnavailable=10%' },
            { label: 'Raise the memory limit and walk away', outcome: 'crash', effect: { latencyMs: 300, errorRate: 0.06, throughputRps: -100 }, log: 'k8s: limit 2Gi -> 6Gi, node memory pressure evicts neighbours' },
            { label: 'Restart all pods at once', outcome: 'crash', effect: { latencyMs: 900, errorRate: 0.2, throughputRps: -400 }, log: 'k8s: all api pods terminated together, 100% 503 for 70s' },
          ],
        },
        {
          prompt: 'What does the heap show?',
          hint: 'Compare object counts across two dumps taken a few minutes apart.',
          options: [
            { label: 'Diff two heap dumps for growing objects', outcome: 'clean', effect: { latencyMs: -150, errorRate: -0.02, throughputRps: 50 }, log: 'heap: ReportingBuffer entries +1.9M in 10m, retained by metrics agent' },
            { label: 'Look at the biggest object in one dump', outcome: 'ok', effect: { latencyMs: -50, errorRate: -0.005, throughputRps: 10 }, log: 'heap: largest retainer is the byte array cache, normal size, leak not obvious' },
          ],
        },
        {
          prompt: 'Fix?',
          hint: 'The growth started with a recent change; remove it while the real fix is written.',
          options: [
            { label: 'Roll back the suspect reporting-agent change', outcome: 'clean', effect: { latencyMs: -180, errorRate: -0.02, throughputRps: 80 }, log: 'deploy: metrics-agent 1.14 -> 1.13, RSS flat at 780MB for 2h' },
            { label: 'Schedule restarts every 20 minutes', outcome: 'ok', effect: { latencyMs: -80, errorRate: -0.01, throughputRps: 20 }, log: 'cron: api restart every 20m, leak still there' },
          ],
        },
        {
          prompt: 'Follow-up?',
          hint: 'An OOM kill is the last symptom; the slope shows up hours earlier.',
          options: [
            { label: 'Alert on RSS growth slope, not just OOM kills', outcome: 'clean', effect: { latencyMs: -30, errorRate: -0.005, throughputRps: 40 }, log: 'alert: RSS slope over 30m > 10MB/min pages; agent soak test added to CI' },
            { label: 'Add OOM count to the dashboard', outcome: 'ok', effect: { latencyMs: -5 }, log: 'dash: OOMKilled panel added' },
          ],
        },
      ],
    },
    {
      id: 'thread-limit-after-scale-up',
      title: 'Thread Limit After Scale-Up',
      symptom: 'Right after capacity was added to the front-end fleet, every node hit the OS thread limit and stopped serving.',
      objective: 'Undo the change that broke the fleet.',
      metrics: { latencyMs: 3300, errorRate: 0.69, throughputRps: 110 },
      affects: ['gateway', 'api'],
      steps: [
        {
          prompt: 'First move?',
          hint: 'Each node keeps a thread per peer, and what just changed is how many peers there are.',
          options: [
            { label: 'Roll back the scale-up', outcome: 'clean', effect: { latencyMs: -2500, errorRate: -0.5, throughputRps: 500 }, log: 'fleet: 400 new hosts removed, threads per host 31.9k -> 28.4k, under limit' },
            { label: 'Scale up further', outcome: 'crash', effect: { latencyMs: 400, errorRate: 0.12, throughputRps: -40 }, log: 'fleet: +200 hosts, every host now needs 34k threads, all fail' },
            { label: 'Raise ulimit fleet-wide on live nodes', outcome: 'crash', effect: { latencyMs: 300, errorRate: 0.08, throughputRps: -30 }, log: 'ssh: ulimit changed on 4k hosts, 600 hosts run out of memory instead' },
          ],
        },
        {
          prompt: 'Nodes are recovering slowly. How do you bring them back?',
          hint: 'A restarted node must rebuild its peer map before it can serve, and that costs its peers too.',
          options: [
            { label: 'Restart in small batches to limit warm-up load', outcome: 'clean', effect: { latencyMs: -400, errorRate: -0.1, throughputRps: 150 }, log: 'fleet: restart batches of 100, shard map warm in 4m each' },
            { label: 'Restart every node at once', outcome: 'crash', effect: { latencyMs: 500, errorRate: 0.1, throughputRps: -30 }, log: 'fleet: 4k hosts build shard maps together, peers throttle, 0 serving' },
          ],
        },
        {
          prompt: 'Durable fix?',
          hint: 'A thread per peer makes every scale-up riskier than the last.',
          options: [
            { label: 'Move to a shared thread pool and bigger hosts', outcome: 'clean', effect: { latencyMs: -150, errorRate: -0.07, throughputRps: 100 }, log: 'deploy: peer IO on 64-thread pool, fleet moved to 2x larger hosts, 50% fewer peers' },
            { label: 'Cap fleet size below the thread limit', outcome: 'ok', effect: { latencyMs: -50, errorRate: -0.02, throughputRps: 20 }, log: 'policy: fleet max 3,600 hosts, no room to grow' },
          ],
        },
        {
          prompt: 'Follow-up?',
          hint: 'You want a warning while there is still headroom, not when the limit is hit.',
          options: [
            { label: 'Alert on threads vs OS limit per host', outcome: 'clean', effect: { latencyMs: -60, errorRate: -0.01, throughputRps: 30 }, log: 'alert: threads > 80% of limit pages; scale-up checklist includes thread math' },
            { label: 'Document the thread limit in the wiki', outcome: 'ok', effect: { latencyMs: -5 }, log: 'wiki: thread limit noted on fleet page' },
          ],
        },
      ],
    },
    {
      id: 'aggressive-health-checks',
      title: 'Aggressive Health Checks',
      symptom: 'The load balancer ejects slow-but-alive api instances, so the survivors overload and get ejected in turn.',
      objective: 'Stop the load balancer from killing healthy capacity.',
      metrics: { latencyMs: 2100, errorRate: 0.44, throughputRps: 340 },
      affects: ['lb', 'api'],
      steps: [
        {
          prompt: 'First move?',
          hint: 'The instances are slow, not dead; the checker is too impatient.',
          options: [
            { label: 'Relax health-check timeout and threshold', outcome: 'clean', effect: { latencyMs: -1500, errorRate: -0.34, throughputRps: 500 }, log: 'lb: check timeout 1s -> 5s, unhealthy after 2 -> 5 fails, 14/14 in service' },
            { label: 'Add more instances', outcome: 'crash', effect: { latencyMs: 200, errorRate: 0.06, throughputRps: -60 }, log: 'asg: +6 instances, ejected during warm-up for slow checks' },
            { label: 'Disable the load balancer', outcome: 'crash', effect: { latencyMs: 1500, errorRate: 0.3, throughputRps: -200 }, log: 'dns: traffic pointed at 2 instances directly, both fall over' },
          ],
        },
        {
          prompt: 'What should the check actually measure?',
          hint: 'A check that touches the database fails every instance together whenever the database is slow.',
          options: [
            { label: 'Make the check shallow, alert on deep checks', outcome: 'clean', effect: { latencyMs: -350, errorRate: -0.08, throughputRps: 150 }, log: 'api: /healthz only checks process, /readyz deep check feeds alerts not ejection' },
            { label: 'Cache the deep check result for 10s', outcome: 'ok', effect: { latencyMs: -100, errorRate: -0.02, throughputRps: 40 }, log: 'api: health cached 10s, still fails fleet-wide when DB is slow' },
          ],
        },
        {
          prompt: 'Follow-up?',
          hint: 'Even a wrong check should never remove most of the pool.',
          options: [
            { label: 'Cap LB ejections at 30% of the pool', outcome: 'clean', effect: { latencyMs: -70, errorRate: -0.01, throughputRps: 40 }, log: 'lb: max_ejection_percent 30, panic threshold routes to all if < 50% healthy' },
            { label: 'Review health checks once a year', outcome: 'ok', effect: { latencyMs: -5 }, log: 'calendar: annual health-check review created' },
          ],
        },
      ],
    },
    {
      id: 'expired-tls-certificate',
      title: 'Expired TLS Certificate',
      symptom: 'Every client started failing the TLS handshake at 00:00 UTC because the edge certificate expired.',
      objective: 'Restore a valid chain of trust first.',
      metrics: { latencyMs: 2600, errorRate: 0.84, throughputRps: 30 },
      affects: ['cdn', 'gateway'],
      steps: [
        {
          prompt: 'First move?',
          hint: 'Nothing in the code changed; the calendar did.',
          options: [
            { label: 'Deploy a renewed certificate to the edge', outcome: 'clean', effect: { latencyMs: -2200, errorRate: -0.75, throughputRps: 1100 }, log: 'edge: wildcard cert for example.com renewed, notAfter 2025-09-30, handshakes succeeding' },
            { label: 'Tell clients to skip TLS verification', outcome: 'crash', effect: { latencyMs: 100, errorRate: 0.05, throughputRps: -5 }, log: 'status: advised insecure=true, mobile apps cannot change it anyway' },
            { label: 'Roll back the application code', outcome: 'crash', effect: { latencyMs: 200, errorRate: 0.03, throughputRps: -10 }, log: 'deploy: api v2.30 rolled back, handshake failures unchanged' },
          ],
        },
        {
          prompt: 'Some clients still fail. Why?',
          hint: 'Check what the failing clients receive beyond the leaf certificate.',
          options: [
            { label: 'Serve the full intermediate chain', outcome: 'clean', effect: { latencyMs: -200, errorRate: -0.07, throughputRps: 200 }, log: 'edge: fullchain.pem deployed, Android 7 handshakes recover' },
            { label: 'Ask those users to update their OS', outcome: 'ok', effect: { latencyMs: -50, errorRate: -0.01, throughputRps: 20 }, log: 'support: macro sent to 3k tickets, chain still incomplete' },
          ],
        },
        {
          prompt: 'Follow-up?',
          hint: 'Expiry dates are known years ahead; no human should have to remember them.',
          options: [
            { label: 'Automate renewal, alert 30 days before expiry', outcome: 'clean', effect: { latencyMs: -50, errorRate: -0.01, throughputRps: 50 }, log: 'acme: auto-renew at 30d left; alert: any cert < 21d pages' },
            { label: 'Add a calendar reminder', outcome: 'ok', effect: { latencyMs: -5 }, log: 'calendar: renew cert reminder set for next year' },
          ],
        },
      ],
    },
    {
      id: 'leap-second-clock-jump',
      title: 'Leap Second / Clock Jump',
      symptom: 'At 23:59:60 UTC some resolver nodes saw time go backwards, and negative durations are crashing them.',
      objective: 'Isolate the broken nodes, then make time monotonic.',
      metrics: { latencyMs: 1500, errorRate: 0.23, throughputRps: 1300 },
      affects: ['dns', 'api'],
      steps: [
        {
          prompt: 'First move?',
          hint: 'Only some nodes misbehave; get traffic off them and change how they experience the extra second.',
          options: [
            { label: 'Drain affected nodes and apply a time smear', outcome: 'clean', effect: { latencyMs: -1000, errorRate: -0.17, throughputRps: 400 }, log: 'dns: 31 nodes drained; ntp smear over 24h on all resolvers, panics stop' },
            { label: 'Reboot the whole fleet', outcome: 'crash', effect: { latencyMs: 1200, errorRate: 0.3, throughputRps: -900 }, log: 'fleet: all resolvers rebooting, DNS resolution down 6 minutes' },
            { label: 'Ignore it until morning', outcome: 'crash', effect: { latencyMs: 300, errorRate: 0.1, throughputRps: -200 }, log: 'dns: panics spread to 52 nodes as weighted selection skews' },
          ],
        },
        {
          prompt: 'Root cause?',
          hint: 'Durations must not be computed from wall-clock time.',
          options: [
            { label: 'Switch duration math to a monotonic clock', outcome: 'clean', effect: { latencyMs: -250, errorRate: -0.045, throughputRps: 100 }, log: 'deploy: rtt uses time.Since(monotonic), negative rtt impossible' },
            { label: 'Clamp negative durations to zero', outcome: 'ok', effect: { latencyMs: -80, errorRate: -0.01, throughputRps: 30 }, log: 'deploy: if rtt < 0 { rtt = 0 }, upstream weighting still skewed' },
          ],
        },
        {
          prompt: 'Follow-up?',
          hint: 'Time edge cases can be tested on any day with a controllable clock.',
          options: [
            { label: 'Add leap-second tests with a fake clock', outcome: 'clean', effect: { latencyMs: -70, errorRate: -0.005, throughputRps: 50 }, log: 'ci: fake clock suite covers leap second, DST, and backwards NTP step' },
            { label: 'Put the next leap second in the calendar', outcome: 'ok', effect: { latencyMs: -5 }, log: 'calendar: leap second watch scheduled' },
          ],
        },
      ],
    },
    {
      id: 'internal-dns-failure',
      title: 'Internal DNS Failure',
      symptom: 'After a DNS config change, services cannot resolve internal names and calls fail with NXDOMAIN.',
      objective: "Undo the change; don't route around it.",
      metrics: { latencyMs: 2800, errorRate: 0.63, throughputRps: 190 },
      affects: ['dns', 'gateway'],
      steps: [
        {
          prompt: 'First move?',
          hint: 'Resolution broke at the exact moment of a change you control.',
          options: [
            { label: 'Revert the DNS config change', outcome: 'clean', effect: { latencyMs: -2300, errorRate: -0.52, throughputRps: 600 }, log: 'dns: coredns ConfigMap reverted to rev 211, internal zone resolving' },
            { label: 'Hard-code IPs everywhere', outcome: 'crash', effect: { latencyMs: 200, errorRate: 0.1, throughputRps: -60 }, log: 'ops: /etc/hosts pushed to 300 pods, stale after next reschedule' },
            { label: 'Restart pods', outcome: 'crash', effect: { latencyMs: 500, errorRate: 0.12, throughputRps: -80 }, log: 'k8s: restarted pods fail startup probes, cannot resolve config service' },
          ],
        },
        {
          prompt: 'DNS works again, yet some clients still fail. Why?',
          hint: 'Bad answers are cached somewhere with a long lifetime.',
          options: [
            { label: 'Flush resolver caches of the negative answers', outcome: 'clean', effect: { latencyMs: -300, errorRate: -0.09, throughputRps: 200 }, log: 'dns: node-local caches flushed, NXDOMAIN negative TTL 3600 -> 30' },
            { label: 'Wait for negative TTLs to expire', outcome: 'ok', effect: { latencyMs: -100, errorRate: -0.03, throughputRps: 50 }, log: 'dns: NXDOMAIN cached for up to 1h, errors fading slowly' },
          ],
        },
        {
          prompt: 'Follow-up?',
          hint: 'A DNS change should meet one zone and a test before it meets everything.',
          options: [
            { label: 'Test DNS changes in staging, canary one zone', outcome: 'clean', effect: { latencyMs: -30, errorRate: -0.01, throughputRps: 40 }, log: 'ci: resolver smoke test on DNS PRs; rollout one zone, 15m bake' },
            { label: 'Restrict DNS changes to business hours', outcome: 'ok', effect: { latencyMs: -5 }, log: 'policy: DNS changes 10:00-16:00 only' },
          ],
        },
      ],
    },
    {
      id: 'route-withdrawal',
      title: 'Route Withdrawal',
      symptom: 'A backbone config change withdrew our prefixes, so the region is unreachable and so are the internal tools.',
      objective: 'Get in through a side door and undo the change.',
      metrics: { latencyMs: 4000, errorRate: 0.82, throughputRps: 30 },
      affects: ['dns', 'lb', 'gateway'],
      steps: [
        {
          prompt: 'First move?',
          hint: 'The normal network is the broken thing, so it cannot be the path you use to fix it.',
          options: [
            { label: 'Revert the routing change via out-of-band access', outcome: 'clean', effect: { latencyMs: -3500, errorRate: -0.7, throughputRps: 1500 }, log: 'oob: console on edge-rtr-1, BGP config rolled back, prefixes announced' },
            { label: 'Keep pushing fixes through the broken network', outcome: 'crash', effect: { latencyMs: 100, errorRate: 0.04, throughputRps: -5 }, log: 'deploy: config push timed out, routers unreachable in-band' },
            { label: 'Wait it out', outcome: 'crash', effect: { latencyMs: 100, errorRate: 0.03, throughputRps: -5 }, log: 'noc: 45m of full outage, no action taken' },
          ],
        },
        {
          prompt: 'Routes are back. Now what?',
          hint: 'Everything will try to come back at once, caches and power draw included.',
          options: [
            { label: 'Bring datacenters back gradually', outcome: 'clean', effect: { latencyMs: -300, errorRate: -0.1, throughputRps: 300 }, log: 'noc: DCs restored 1 at a time, power and cache fill within limits' },
            { label: 'Bring everything back at once', outcome: 'crash', effect: { latencyMs: 400, errorRate: 0.05, throughputRps: -10 }, log: 'noc: all DCs live, cache misses overload storage, breakers trip' },
          ],
        },
        {
          prompt: 'Follow-up?',
          hint: 'The audit tool should have stopped the command, and the side door should be practised.',
          options: [
            { label: 'Fix the audit check and drill out-of-band access', outcome: 'clean', effect: { latencyMs: -50, errorRate: -0.01, throughputRps: 60 }, log: 'netops: audit blocks full withdrawal; quarterly OOB access drill scheduled' },
            { label: 'Add a peer review for backbone changes', outcome: 'ok', effect: { latencyMs: -10 }, log: 'process: second approver required, no automated check' },
          ],
        },
      ],
    },
    {
      id: 'gateway-saturation',
      title: 'Gateway Saturation',
      symptom: 'Packet loss at the transit gateways keeps climbing, and each autoscaling action makes it worse.',
      objective: 'Stop adding load to the choke point.',
      metrics: { latencyMs: 1800, errorRate: 0.37, throughputRps: 600 },
      affects: ['gateway', 'lb'],
      steps: [
        {
          prompt: 'First move?',
          hint: 'The scaling itself is pushing more traffic through the saturated component.',
          options: [
            { label: 'Freeze scaling, reduce traffic through gateways', outcome: 'clean', effect: { latencyMs: -1300, errorRate: -0.28, throughputRps: 400 }, log: 'asg: scaling suspended; bulk sync jobs paused, TGW drops 14% -> 2%' },
            { label: 'Scale up harder', outcome: 'crash', effect: { latencyMs: 600, errorRate: 0.15, throughputRps: -200 }, log: 'asg: +120 instances, each pulls 2GB through TGW at boot, drops 25%' },
            { label: 'Restart the gateways', outcome: 'crash', effect: { latencyMs: 900, errorRate: 0.2, throughputRps: -300 }, log: 'vpc: gateway attachment recreated, cross-VPC traffic black-holed 4m' },
          ],
        },
        {
          prompt: 'Where is the pressure coming from?',
          hint: 'Look at what new instances do in their first minute.',
          options: [
            { label: 'Break down gateway flows by source', outcome: 'clean', effect: { latencyMs: -150, errorRate: -0.05, throughputRps: 100 }, log: 'flowlogs: 61% of TGW bytes from new web hosts pulling images and config' },
            { label: 'Check gateway CPU in the console', outcome: 'ok', effect: { latencyMs: -50, errorRate: -0.01, throughputRps: 30 }, log: 'console: managed gateway, no CPU metric exposed' },
          ],
        },
        {
          prompt: 'Durable fix?',
          hint: 'Ask for capacity ahead of the Monday peak and keep boot traffic off the gateway.',
          options: [
            { label: 'Pre-warm gateways, cache boot artifacts locally', outcome: 'clean', effect: { latencyMs: -170, errorRate: -0.03, throughputRps: 100 }, log: 'vpc: provider pre-scaled TGW; images served from in-VPC mirror; drop alert at 0.5%' },
            { label: 'Slow the autoscaler step size', outcome: 'ok', effect: { latencyMs: -50, errorRate: -0.01, throughputRps: 20 }, log: 'asg: step 20% -> 5%, recovery after traffic bursts slower' },
          ],
        },
      ],
    },
    {
      id: 'zone-power-loss',
      title: 'Zone Power Loss',
      symptom: 'Zone us-east-1c lost power, and a third of the instances and their volumes vanished with it.',
      objective: 'Move users to where the lights are on.',
      metrics: { latencyMs: 1600, errorRate: 0.34, throughputRps: 700 },
      affects: ['lb', 'postgres', 'api'],
      steps: [
        {
          prompt: 'First move?',
          hint: 'Two zones are healthy; send all the traffic there.',
          options: [
            { label: 'Evacuate traffic to the healthy zones', outcome: 'clean', effect: { latencyMs: -1100, errorRate: -0.25, throughputRps: 500 }, log: 'lb: us-east-1c removed from all target groups, traffic on 1a and 1b' },
            { label: 'Wait for power to return', outcome: 'crash', effect: { latencyMs: 400, errorRate: 0.1, throughputRps: -200 }, log: 'aws: 1c ETA unknown, lb still sends 33% of requests into the dark' },
            { label: 'Restore from backups in the same zone', outcome: 'crash', effect: { latencyMs: 300, errorRate: 0.12, throughputRps: -150 }, log: 'ebs: restore into us-east-1c stuck in creating, zone still degraded' },
          ],
        },
        {
          prompt: 'What about the stateful services?',
          hint: 'The database primary sat in the dead zone and needs an orderly promotion.',
          options: [
            { label: 'Promote the replica in a healthy zone', outcome: 'clean', effect: { latencyMs: -200, errorRate: -0.06, throughputRps: 150 }, log: 'pg: replica in 1a promoted, lag at failure 0.4s, writes resumed' },
            { label: 'Run read-only until the zone returns', outcome: 'ok', effect: { latencyMs: -80, errorRate: -0.02, throughputRps: 40 }, log: 'api: read-only mode, bookings rejected until 1c returns' },
          ],
        },
        {
          prompt: 'Traffic is on two zones. Capacity?',
          hint: 'Two zones now carry the work of three.',
          options: [
            { label: 'Scale healthy zones to absorb the full load', outcome: 'clean', effect: { latencyMs: -120, errorRate: -0.02, throughputRps: 100 }, log: 'asg: 1a/1b desired 40 -> 60, CPU 88% -> 58%' },
            { label: 'Turn off background jobs to save capacity', outcome: 'ok', effect: { latencyMs: -40, errorRate: -0.005, throughputRps: 20 }, log: 'worker: batch jobs paused, emails delayed' },
          ],
        },
        {
          prompt: 'Follow-up?',
          hint: 'Losing a zone should be a rehearsed move, not an improvised one.',
          options: [
            { label: 'Run regular zone evacuation drills', outcome: 'clean', effect: { latencyMs: -20, errorRate: -0.005, throughputRps: 40 }, log: 'gameday: monthly zone evacuation drill; N+1 zone capacity target set' },
            { label: 'Ask the provider for an RCA', outcome: 'ok', effect: { latencyMs: -5 }, log: 'support: RCA requested from provider' },
          ],
        },
      ],
    },
    {
      id: 'log-volume-spike',
      title: 'Log Volume Spike',
      symptom: 'Debug logs are saturating IO during peak traffic.',
      objective: 'Reduce noise before adding capacity.',
      metrics: { latencyMs: 520, errorRate: 0.22, throughputRps: 365 },
      affects: ['monitor', 'api'],
      steps: [
        {
          prompt: 'First move?',
          hint: 'The disks are filling with chatter; turn the chatter down without destroying anything you might need.',
          options: [
            { label: 'Lower the log level and sample noisy loggers', outcome: 'clean', effect: { latencyMs: -200, errorRate: -0.14, throughputRps: 60 }, log: 'logging: api DEBUG -> WARN, RequestTrace sampled 1/100, ingest 9GB/min -> 0.4GB/min' },
            { label: 'Add more nodes', outcome: 'ok', effect: { latencyMs: -30, errorRate: -0.02, throughputRps: 20 }, log: 'asg: +4 api nodes, each starts logging 2GB/min at DEBUG' },
            { label: 'Delete random files to free disk', outcome: 'crash', effect: { latencyMs: 300, errorRate: 0.15, throughputRps: -150 }, log: 'ops: rm on /var/lib removed a WAL segment, node refuses to start' },
            { label: 'Turn off all monitoring', outcome: 'crash', effect: { latencyMs: 150, errorRate: 0.1, throughputRps: -60 }, log: 'monitor: agents stopped, dashboards blank, alerting disabled' },
          ],
        },
        {
          prompt: 'Disks are still 97% full. Next?',
          hint: 'Old logs can be rotated and shipped with the normal tooling, safely.',
          options: [
            { label: 'Rotate, compress and ship old logs off the disk', outcome: 'clean', effect: { latencyMs: -80, errorRate: -0.04, throughputRps: 80 }, log: 'logrotate: forced rotation, 310GB gzipped and shipped to cold storage, disk 97% -> 41%' },
            { label: 'Truncate the active log files', outcome: 'ok', effect: { latencyMs: -40, errorRate: -0.02, throughputRps: 30 }, log: 'ops: truncate -s 0 app.log, disk 97% -> 60%, last hour of logs gone' },
            { label: 'Delete the database WAL to make room', outcome: 'crash', effect: { latencyMs: 400, errorRate: 0.15, throughputRps: -100 }, log: 'pg: PANIC could not locate required checkpoint record' },
          ],
        },
        {
          prompt: 'Where did the noise come from?',
          hint: 'Find the one logger that grew, and the change that switched it on.',
          options: [
            { label: 'Find the logger behind the surge and its change', outcome: 'clean', effect: { latencyMs: -50, errorRate: -0.03, throughputRps: 40 }, log: 'triage: RequestTrace at DEBUG since release 2.31 flag flip, 94% of bytes' },
            { label: 'Check total log volume per host', outcome: 'ok', effect: { latencyMs: -10, errorRate: -0.005, throughputRps: 10 }, log: 'metrics: all api hosts 20x volume, source unclear' },
          ],
        },
        {
          prompt: 'Follow-up?',
          hint: 'Cap logging so that a chatty release can never fill a disk again.',
          options: [
            { label: 'Add per-service log quotas and a disk-fill alert', outcome: 'clean', effect: { latencyMs: -30, errorRate: -0.005, throughputRps: 30 }, log: 'logging: 200MB/min quota per service with drop counter; alert: disk > 80%' },
            { label: 'Buy bigger disks', outcome: 'ok', effect: { latencyMs: -5 }, log: 'infra: volumes 500GB -> 2TB, same growth rate' },
          ],
        },
      ],
    },
    {
      id: 'third-party-provider-outage',
      title: 'Third-Party Provider Outage',
      symptom: 'The SMS vendor is returning 503s, so on-call pages and booking confirmations are not going out.',
      objective: 'Deliver the messages by some other route.',
      metrics: { latencyMs: 1400, errorRate: 0.47, throughputRps: 210 },
      affects: ['notifier', 'worker'],
      steps: [
        {
          prompt: 'First move?',
          hint: 'You already have another path for these messages; use it instead of the broken one.',
          options: [
            { label: 'Fail over to the secondary SMS provider', outcome: 'clean', effect: { latencyMs: -1000, errorRate: -0.36, throughputRps: 300 }, log: 'notifier: provider=secondary, delivery receipts back at 98%' },
            { label: 'Queue messages and show a delay banner', outcome: 'ok', effect: { latencyMs: -400, errorRate: -0.15, throughputRps: 50 }, log: 'notifier: 18k messages queued, banner on booking page' },
            { label: 'Retry the vendor more aggressively', outcome: 'crash', effect: { latencyMs: 500, errorRate: 0.12, throughputRps: -80 }, log: 'notifier: retry interval 30s -> 1s, vendor rate-limits our account' },
            { label: 'Wait for the vendor to recover', outcome: 'crash', effect: { latencyMs: 300, errorRate: 0.08, throughputRps: -40 }, log: 'status: vendor investigating, 2 pages missed on-call' },
          ],
        },
        {
          prompt: 'The secondary is delivering. Next?',
          hint: 'Messages that failed during the gap still need to go out, exactly once.',
          options: [
            { label: 'Replay failed sends with idempotency keys', outcome: 'clean', effect: { latencyMs: -150, errorRate: -0.08, throughputRps: 100 }, log: 'notifier: 6,204 failed sends replayed, dedupe by message id' },
            { label: 'Resend everything from the last hour', outcome: 'ok', effect: { latencyMs: -50, errorRate: -0.02, throughputRps: 20 }, log: 'notifier: 31k resends, users get duplicate confirmations' },
          ],
        },
        {
          prompt: 'Follow-up?',
          hint: 'Switching providers should not need a human at 3am.',
          options: [
            { label: 'Health-check vendors and fail over automatically', outcome: 'clean', effect: { latencyMs: -70, errorRate: -0.02, throughputRps: 50 }, log: 'notifier: vendor success < 90% for 2m -> auto failover; alert on switch' },
            { label: 'Subscribe to the vendor status page', outcome: 'ok', effect: { latencyMs: -5 }, log: 'email: vendor status subscription added' },
          ],
        },
      ],
    },
    {
      id: 'upstream-breaking-change',
      title: 'Upstream Breaking Change',
      symptom: 'The currency-rate API started returning a new response shape overnight, and pricing fails with no deploy on our side.',
      objective: "Contain a change you didn't make.",
      metrics: { latencyMs: 900, errorRate: 0.28, throughputRps: 560 },
      affects: ['pricing', 'api'],
      steps: [
        {
          prompt: 'First move?',
          hint: 'Go back to what worked, or switch the dependency off, rather than coding against a moving target in prod.',
          options: [
            { label: 'Pin the old API version or disable the integration', outcome: 'clean', effect: { latencyMs: -600, errorRate: -0.2, throughputRps: 250 }, log: 'pricing: rates client pinned to api-version 2023-11-01, fallback to cached rates' },
            { label: 'Rewrite the integration live', outcome: 'crash', effect: { latencyMs: 300, errorRate: 0.1, throughputRps: -150 }, log: 'deploy: untested parser v2 to prod, breaks the EUR path too' },
            { label: 'Retry forever', outcome: 'crash', effect: { latencyMs: 600, errorRate: 0.12, throughputRps: -200 }, log: 'pricing: 40k retries/min to rates API, we get rate-limited' },
          ],
        },
        {
          prompt: 'What changed?',
          hint: 'Capture the raw response and compare it with the contract you coded against.',
          options: [
            { label: 'Diff captured responses against the schema', outcome: 'clean', effect: { latencyMs: -80, errorRate: -0.05, throughputRps: 60 }, log: 'triage: rates moved from object to array under data.rates, no changelog entry' },
            { label: 'Search the vendor changelog', outcome: 'ok', effect: { latencyMs: -20, errorRate: -0.01, throughputRps: 10 }, log: 'docs: changelog silent about the change' },
          ],
        },
        {
          prompt: 'Follow-up?',
          hint: 'Notice contract drift before your customers do.',
          options: [
            { label: 'Add a contract test and a schema-drift alert', outcome: 'clean', effect: { latencyMs: -40, errorRate: -0.02, throughputRps: 40 }, log: 'ci: hourly contract test against live rates API; alert on schema drift' },
            { label: 'Email the vendor to complain', outcome: 'ok', effect: { latencyMs: -5 }, log: 'email: sent to vendor account manager' },
          ],
        },
      ],
    },
    {
      id: 'leaked-credential',
      title: 'Leaked Credential',
      symptom: 'An admin API key turned up in public CI logs, and unknown IPs are already calling with it.',
      objective: 'Assume it is used; make it worthless.',
      metrics: { latencyMs: 450, errorRate: 0.07, throughputRps: 1200 },
      affects: ['auth', 'api'],
      steps: [
        {
          prompt: 'First move?',
          hint: 'Hiding the copy does not un-leak it; the key itself has to stop working.',
          options: [
            { label: 'Revoke and rotate the key', outcome: 'clean', effect: { latencyMs: -150, errorRate: -0.04, throughputRps: 50 }, log: 'auth: key ak-live-7f3c revoked, new key in vault, 3 services reloaded' },
            { label: 'Delete the public log only', outcome: 'crash', effect: { latencyMs: 200, errorRate: 0.06, throughputRps: -300 }, log: 'ci: log deleted, key still valid, 41 more calls from 185.x' },
            { label: 'Wait to see if it gets abused', outcome: 'crash', effect: { latencyMs: 300, errorRate: 0.08, throughputRps: -400 }, log: 'auth: key used to list 12k accounts while we watched' },
          ],
        },
        {
          prompt: 'The key is rotated. Next?',
          hint: 'Find out exactly what the key did while it was loose.',
          options: [
            { label: 'Audit every call made with the leaked key', outcome: 'clean', effect: { latencyMs: -80, errorRate: -0.015, throughputRps: 60 }, log: 'audit: 2,310 calls from 4 foreign IPs, read-only endpoints, 1 export job cancelled' },
            { label: 'Check only the last hour of calls', outcome: 'ok', effect: { latencyMs: -20, errorRate: -0.005, throughputRps: 10 }, log: 'audit: 40 calls in last hour, earlier activity unchecked' },
          ],
        },
        {
          prompt: 'Follow-up?',
          hint: 'Secrets should never reach a log, and a scanner should notice if one does.',
          options: [
            { label: 'Mask secrets in CI logs and scan for tokens', outcome: 'clean', effect: { latencyMs: -40, errorRate: -0.005, throughputRps: 40 }, log: 'ci: secret masking on; push protection + token scanning enabled org-wide' },
            { label: 'Remind people not to print secrets', outcome: 'ok', effect: { latencyMs: -5 }, log: 'chat: reminder posted in eng channel' },
          ],
        },
      ],
    },
    {
      id: 'ddos-attack',
      title: 'DDoS Attack',
      symptom: 'Inbound traffic hit 1.3 Tbps of memcached reflection, and legitimate users are timing out.',
      objective: 'Filter the flood upstream and keep real users in.',
      metrics: { latencyMs: 3900, errorRate: 0.79, throughputRps: 150 },
      affects: ['cdn', 'gateway', 'lb'],
      steps: [
        {
          prompt: 'First move?',
          hint: 'The origin cannot absorb this; filtering has to happen before the traffic reaches you.',
          options: [
            { label: 'Route traffic through upstream DDoS scrubbing', outcome: 'clean', effect: { latencyMs: -3200, errorRate: -0.65, throughputRps: 1500 }, log: 'bgp: prefixes announced via scrubbing provider, 1.3Tbps absorbed, origin at 2% load' },
            { label: 'Scale the origin', outcome: 'crash', effect: { latencyMs: 100, errorRate: 0.05, throughputRps: -40 }, log: 'asg: +50 origin nodes, uplinks still saturated at 100Gbps' },
            { label: 'Block all inbound traffic', outcome: 'crash', effect: { latencyMs: 100, errorRate: 0.1, throughputRps: -100 }, log: 'fw: deny all, attack stops and so does every customer' },
          ],
        },
        {
          prompt: 'Scrubbing is on. Real users still struggle. Next?',
          hint: 'Filter by what the attack traffic looks like, not by blocking whole regions.',
          options: [
            { label: 'Drop UDP 11211 at the edge, rate-limit per IP', outcome: 'clean', effect: { latencyMs: -450, errorRate: -0.12, throughputRps: 300 }, log: 'edge: UDP src port 11211 dropped, per-IP limit 100 rps, real-user 5xx < 2%' },
            { label: 'Geo-block the top attacking countries', outcome: 'ok', effect: { latencyMs: -150, errorRate: -0.03, throughputRps: 50 }, log: 'edge: 6 countries blocked, reflectors are worldwide, real users there cut off' },
          ],
        },
        {
          prompt: 'Follow-up?',
          hint: 'The next flood should trigger mitigation before a human wakes up.',
          options: [
            { label: 'Automate scrubbing on traffic anomaly', outcome: 'clean', effect: { latencyMs: -80, errorRate: -0.01, throughputRps: 50 }, log: 'netops: anomaly > 5x baseline auto-routes via scrubbing; runbook updated' },
            { label: 'Keep the scrubbing contract on standby', outcome: 'ok', effect: { latencyMs: -10 }, log: 'vendor: on-demand contract renewed, manual activation' },
          ],
        },
      ],
    },
    {
      id: 'fat-finger-capacity-removal',
      title: 'Fat-Finger Capacity Removal',
      symptom: 'A mistyped maintenance command removed 140 booking hosts instead of 4, including part of the index tier.',
      objective: 'Stop the tool; capacity comes before anything else.',
      metrics: { latencyMs: 2500, errorRate: 0.52, throughputRps: 260 },
      affects: ['booking', 'postgres'],
      steps: [
        {
          prompt: 'First move?',
          hint: 'The tool may still be running with the wrong input.',
          options: [
            { label: 'Stop the tool and restore the removed capacity', outcome: 'clean', effect: { latencyMs: -1600, errorRate: -0.35, throughputRps: 400 }, log: 'ops: decom job 5521 killed at 140/4 hosts; 136 hosts re-provisioning' },
            { label: 'Continue the maintenance', outcome: 'crash', effect: { latencyMs: 500, errorRate: 0.12, throughputRps: -80 }, log: 'ops: decom continues, index tier below quorum' },
            { label: 'Restart everything', outcome: 'crash', effect: { latencyMs: 700, errorRate: 0.15, throughputRps: -100 }, log: 'ops: remaining hosts restarted, cold caches, full outage' },
          ],
        },
        {
          prompt: 'Hosts are back, but the service is not. Why?',
          hint: 'Subsystems that lost their state must restart in dependency order.',
          options: [
            { label: 'Restart index first, then placement', outcome: 'clean', effect: { latencyMs: -500, errorRate: -0.12, throughputRps: 200 }, log: 'booking: index tier rebuilt and verified, placement service started, GETs ok' },
            { label: 'Start all subsystems together', outcome: 'ok', effect: { latencyMs: -150, errorRate: -0.03, throughputRps: 50 }, log: 'booking: placement retries against empty index for 20m' },
          ],
        },
        {
          prompt: 'Durable fix?',
          hint: 'The tool should refuse what no human meant to do.',
          options: [
            { label: 'Rate-limit removals, block going below minimum', outcome: 'clean', effect: { latencyMs: -150, errorRate: -0.04, throughputRps: 80 }, log: 'tool: max 5 hosts per run, refuses if tier < min capacity' },
            { label: 'Require typing the host count twice', outcome: 'ok', effect: { latencyMs: -30, errorRate: -0.01, throughputRps: 10 }, log: 'tool: double entry added, same typo possible twice' },
          ],
        },
        {
          prompt: 'Follow-up?',
          hint: 'Show the operator what will happen before it happens.',
          options: [
            { label: 'Add dry-run diffs and a second approver', outcome: 'clean', effect: { latencyMs: -70, errorRate: -0.005, throughputRps: 40 }, log: 'tool: --dry-run default shows host list; 2-person approval for > 10 hosts' },
            { label: 'Retrain the operator', outcome: 'ok', effect: { latencyMs: -5 }, log: 'hr: training scheduled, tool unchanged' },
          ],
        },
      ],
    },
    {
      id: 'mixed-version-fleet',
      title: 'Mixed-Version Fleet',
      symptom: 'One of eight pricing hosts still runs old code that reads a reused flag differently and is publishing wrong prices.',
      objective: 'Stop the wrong actions first; every second costs money.',
      metrics: { latencyMs: 700, errorRate: 0.44, throughputRps: 900 },
      affects: ['pricing', 'kafka'],
      steps: [
        {
          prompt: 'First move?',
          hint: 'Something is actively doing harm; halt it entirely before any deploy.',
          options: [
            { label: 'Hit the kill switch on the pricing engine', outcome: 'clean', effect: { latencyMs: -300, errorRate: -0.36, throughputRps: 100 }, log: 'pricing: kill switch on, price publishing halted, last good prices frozen' },
            { label: 'Redeploy part of the fleet while live', outcome: 'crash', effect: { latencyMs: 400, errorRate: 0.2, throughputRps: -300 }, log: 'deploy: 3 hosts rolled, old host still live, wrong prices double' },
            { label: 'Roll forward on some hosts', outcome: 'crash', effect: { latencyMs: 300, errorRate: 0.15, throughputRps: -250 }, log: 'deploy: v7 on 4/8 hosts, flag meaning now differs three ways' },
          ],
        },
        {
          prompt: 'Which hosts differ?',
          hint: 'Ask every host what it is running, not the deploy tool what it thinks it shipped.',
          options: [
            { label: 'Check the running build hash on every host', outcome: 'clean', effect: { latencyMs: -150, errorRate: -0.05, throughputRps: 100 }, log: 'fleet: pricing-8 on build 4f1a (old), 7 hosts on 9c2e; deploy skipped it silently' },
            { label: 'Read the deploy tool history', outcome: 'ok', effect: { latencyMs: -40, errorRate: -0.01, throughputRps: 20 }, log: 'deploy: history says 8/8 succeeded' },
          ],
        },
        {
          prompt: 'Durable fix?',
          hint: 'Every host must agree on what the flag means before trading resumes.',
          options: [
            { label: 'Deploy uniformly, retire the reused flag', outcome: 'clean', effect: { latencyMs: -70, errorRate: -0.02, throughputRps: 60 }, log: 'deploy: 8/8 on 9c2e verified by hash; old flag removed; deploy fails on any skipped host' },
            { label: 'Redeploy just pricing-8', outcome: 'ok', effect: { latencyMs: -30, errorRate: -0.01, throughputRps: 20 }, log: 'deploy: pricing-8 updated, flag still reused, no skip check' },
          ],
        },
      ],
    },
    {
      id: 'silent-replica-inconsistency',
      title: 'Silent Replica Inconsistency',
      symptom: 'Replicas return different rows than the primary for the same query, and some project totals are wrong.',
      objective: 'Freeze the evidence before you compare.',
      metrics: { latencyMs: 560, errorRate: 0.14, throughputRps: 880 },
      affects: ['postgres', 'api'],
      steps: [
        {
          prompt: 'First move?',
          hint: 'Every new write makes the comparison harder; preserve the current state.',
          options: [
            { label: 'Stop writes to the tables and snapshot them', outcome: 'clean', effect: { latencyMs: -250, errorRate: -0.09, throughputRps: 30 }, log: 'db: pledges and projects read-only; snapshots of primary and 2 replicas taken' },
            { label: 'Promote a replica to primary right away', outcome: 'crash', effect: { latencyMs: 300, errorRate: 0.1, throughputRps: -300 }, log: 'db: replica promoted, its wrong rows are now the source of truth' },
            { label: 'Rebuild the primary from a replica', outcome: 'crash', effect: { latencyMs: 500, errorRate: 0.15, throughputRps: -400 }, log: 'db: primary rebuilt from db3, correct rows overwritten' },
          ],
        },
        {
          prompt: 'Why do they disagree?',
          hint: 'Statements replicated as text can behave differently on each server.',
          options: [
            { label: 'Checksum tables, find nondeterministic queries', outcome: 'clean', effect: { latencyMs: -100, errorRate: -0.03, throughputRps: 40 }, log: 'checksum: 3 tables differ; UPDATE ... LIMIT with ignored ORDER BY in statement replication' },
            { label: 'Compare a few rows by hand', outcome: 'ok', effect: { latencyMs: -30, errorRate: -0.01, throughputRps: 10 }, log: 'manual: 4 of 20 sampled rows differ, pattern unknown' },
          ],
        },
        {
          prompt: 'Durable fix?',
          hint: 'Replicate the result of each change, not the statement that made it.',
          options: [
            { label: 'Use row-based replication, repair rows', outcome: 'clean', effect: { latencyMs: -50, errorRate: -0.015, throughputRps: 40 }, log: 'db: binlog_format=ROW; pt-table-sync repaired 1,204 rows; nightly checksum alert' },
            { label: 'Rebuild replicas from the primary', outcome: 'ok', effect: { latencyMs: -20, errorRate: -0.01, throughputRps: 20 }, log: 'db: replicas rebuilt, still statement-based, drift will return' },
          ],
        },
      ],
    },
    {
      id: 'runaway-internal-client',
      title: 'Runaway Internal Client',
      symptom: 'An internal batch job is calling the api at 40x its usual rate, and global throttling now rejects everyone.',
      objective: 'Throttle the culprit, not the customers.',
      metrics: { latencyMs: 1700, errorRate: 0.39, throughputRps: 450 },
      affects: ['api', 'gateway'],
      steps: [
        {
          prompt: 'First move?',
          hint: 'One caller is eating the shared budget; limit that one caller.',
          options: [
            { label: 'Block or rate-limit the offending client', outcome: 'clean', effect: { latencyMs: -1200, errorRate: -0.3, throughputRps: 500 }, log: 'gateway: client_id=reindex-batch limited to 50 rps, customer 429s stop' },
            { label: 'Raise the global limit', outcome: 'crash', effect: { latencyMs: 800, errorRate: 0.15, throughputRps: -200 }, log: 'gateway: global limit 2x, batch job takes it all, api p99 6s' },
            { label: 'Restart the API', outcome: 'crash', effect: { latencyMs: 500, errorRate: 0.12, throughputRps: -150 }, log: 'k8s: api restarted, batch job resumes at full rate in 30s' },
          ],
        },
        {
          prompt: 'Who owns the client?',
          hint: 'Caller identity in the request logs leads to a team.',
          options: [
            { label: 'Identify the job by caller ID, page its owner', outcome: 'clean', effect: { latencyMs: -100, errorRate: -0.03, throughputRps: 50 }, log: 'triage: reindex-batch owned by search team, loop bug after config change, paused' },
            { label: 'Block the source IPs', outcome: 'ok', effect: { latencyMs: -40, errorRate: -0.01, throughputRps: 20 }, log: 'fw: 3 IPs blocked, also used by 2 healthy services' },
          ],
        },
        {
          prompt: 'Durable fix?',
          hint: 'One shared limit lets any single caller starve all the others.',
          options: [
            { label: 'Set per-client quotas instead of one global cap', outcome: 'clean', effect: { latencyMs: -150, errorRate: -0.045, throughputRps: 100 }, log: 'gateway: per-client token buckets, batch tier capped at 10% of capacity' },
            { label: 'Ask the team to add a sleep to the job', outcome: 'ok', effect: { latencyMs: -30, errorRate: -0.01, throughputRps: 10 }, log: 'search: sleep(10ms) added, nothing enforces it' },
          ],
        },
        {
          prompt: 'Follow-up?',
          hint: 'Notice a noisy neighbour while its share is still growing.',
          options: [
            { label: 'Alert on top-caller share of traffic', outcome: 'clean', effect: { latencyMs: -60, errorRate: -0.005, throughputRps: 30 }, log: 'alert: any client > 25% of api rps for 5m pages its owner' },
            { label: 'List the internal clients in a doc', outcome: 'ok', effect: { latencyMs: -5 }, log: 'wiki: internal client inventory started' },
          ],
        },
      ],
    },
  ],
};
