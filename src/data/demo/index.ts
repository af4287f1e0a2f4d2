import type { Content } from '../types';
import { decisions } from './decisions';
import { incidents } from './incidents';
import { logs } from './logs';
import { modules } from './modules';
import { outage } from './outage';
import { principles } from './principles';
import { profile } from './profile';
import { recruiter } from './recruiter';
import { sections } from './sections';
import { topology } from './topology';

/** The built-in demo: the seed page's content, every section present. */
export const demoContent: Content = { sections, profile, topology, logs, incidents, decisions, principles, modules, outage, recruiter };
