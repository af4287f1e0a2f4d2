/**
 * The content document: the public contract of live-backend-runtime.
 * Every top-level key is optional; an element shows the demo content for any
 * key a document leaves out. Field names are fixed (see DESIGN.md).
 */

export interface Stat {
  label: string;
  /** A number, shown with its suffix: 10 + "M+" -> "10M+". */
  value: number;
  suffix?: string;
}

export interface Profile {
  name: string;
  title: string;
  summary: string;
  bootLines: string[];
  stats: Stat[];
}

export type LayerKind = 'core' | 'async' | 'infra' | 'edge';

export interface Layer {
  id: string;
  name: string;
  kind: LayerKind;
  /** Radius as a fraction (0..1) of the largest orbit. */
  orbit: number;
  /** Revolutions per minute. */
  speed: number;
}

export interface Service {
  id: string;
  name: string;
  /** A layer id. */
  layer: string;
  role: string;
}

/**
 * How to read the map, in the author's words: shown beside it (above the
 * legend) while no service is inspected. Each piece is optional.
 */
export interface TopologyGuide {
  /** The small line above the guide's title. */
  eyebrow?: string;
  /** The guide's title. */
  heading?: string;
  /** What the orbits, layers and request path mean on this map. */
  text?: string;
}

export interface Topology {
  layers: Layer[];
  services: Service[];
  /** Service ids, in request order. */
  requestPath: string[];
  /** How to read the map (shown while no service is inspected). */
  guide?: TopologyGuide;
}

export interface LogEntry {
  year: number;
  title: string;
  lines: string[];
  tags?: string[];
}

/** A log line's level: live sources (`src`), `appendLines` and the runtime lines elements write. */
export type LogLevel = 'info' | 'warn' | 'error';

export type IncidentStatus = 'resolved' | 'mitigated' | 'investigating';

export interface Incident {
  id: string;
  title: string;
  status: IncidentStatus;
  problem: string;
  rootCause: string;
  solution: string;
  impact: string;
  /** Short lead text shown under the title. */
  summary?: string;
}

export type DecisionStatus = 'proposed' | 'accepted' | 'superseded' | 'deprecated';

export interface Decision {
  /** e.g. "ADR-001". */
  id: string;
  title: string;
  status: DecisionStatus;
  context: string;
  decision: string;
  tradeoff: string;
  impact: string;
  /** ISO date (YYYY-MM-DD) when given. */
  date?: string;
}

export interface Principle {
  id: string;
  name: string;
  expansion: string;
  /** A short tag shown under the expansion (the demo's SOLID card: "structured modules"). */
  tag?: string;
  motto: string;
  body: string;
  practice: string;
}

export interface RuntimeModule {
  id: string;
  name: string;
  status: string;
  pipeline: string[];
  problem: string;
  solution: string;
  impact: string;
  metrics: string[];
}

export type Outcome = 'clean' | 'ok' | 'crash';

export interface Metrics {
  latencyMs: number;
  /** A fraction 0..1, shown as a percentage. */
  errorRate: number;
  throughputRps: number;
}

export interface OutageOption {
  label: string;
  outcome: Outcome;
  /** Added to the current metrics. */
  effect: Partial<Metrics>;
  /** The line written to the log stream when this option is applied. */
  log: string;
}

export interface OutageStep {
  prompt: string;
  hint: string;
  options: OutageOption[];
}

export interface Scenario {
  id: string;
  title: string;
  symptom: string;
  objective: string;
  metrics: Metrics;
  steps: OutageStep[];
  /** Topology service ids or layer kinds this incident hurts (shown as degraded/down on the map). */
  affects?: string[];
}

export interface Scoring {
  cleanFix: number;
  hint: number;
  crash: number;
}

export interface Outage {
  scoring?: Scoring;
  scenarios: Scenario[];
}

export interface Link {
  label: string;
  /** http(s) or mailto only. */
  href: string;
}

export interface Recruiter {
  pitch: string[];
  highlights?: string[];
  email?: string;
  /** Where the contact form POSTs; may be relative to the page. */
  endpoint?: string;
  links?: Link[];
}

/**
 * A section's chrome: the words around its content. Each piece is optional;
 * an empty string hides it. Precedence, piece by piece: the element's own
 * attribute, then the document, then the demo chrome (the seed's wording).
 */
export interface SectionChrome {
  /** The small line above the heading. */
  eyebrow?: string;
  /** The section heading. */
  heading?: string;
  /** A strong line under the heading (shown by the elements that have one; the demo's principles do). */
  tagline?: string;
  /** The short text under the heading. */
  lead?: string;
}

/** The sections whose chrome a document can set: one per element. */
export type SectionKey = 'profile' | 'topology' | 'logs' | 'incidents' | 'decisions' | 'principles' | 'modules' | 'outage' | 'recruiter';

export type Sections = Partial<Record<SectionKey, SectionChrome>>;

export interface ContentDocument {
  /** Chrome per section (eyebrow, heading, tagline, lead), keyed like the content sections. */
  sections?: Sections;
  profile?: Profile;
  topology?: Topology;
  logs?: LogEntry[];
  incidents?: Incident[];
  decisions?: Decision[];
  principles?: Principle[];
  modules?: RuntimeModule[];
  outage?: Outage;
  recruiter?: Recruiter;
}

/** A document with every section present (the demo fills the gaps). */
export type Content = Required<ContentDocument>;

export type Section = keyof ContentDocument;

export interface ContentIssue {
  /** Field path, e.g. `decisions[2].status`. */
  path: string;
  message: string;
}

export type ValidationResult = { ok: true; content: ContentDocument } | { ok: false; errors: ContentIssue[] };
