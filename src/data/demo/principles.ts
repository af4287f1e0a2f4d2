import type { Principle } from '../types';

export const principles: Principle[] = [
  {
    id: 'kiss',
    name: 'KISS',
    expansion: 'Keep It Simple, Stupid',
    motto: "If it needs explaining, it's already too complex.",
    body: 'I bias toward straightforward flows, obvious naming, and fewer moving parts so a teammate can debug production without a guided tour.',
    practice: 'One clear service boundary beats three clever abstractions.',
  },
  {
    id: 'dry',
    name: 'DRY',
    expansion: "Don't Repeat Yourself",
    motto: 'Duplication is a bug waiting to scale.',
    body: 'When the same rule shows up twice, I look for the missing contract. Shared logic belongs in one place with one owner.',
    practice: 'Centralize pricing validation once, then make every entry point use it.',
  },
  {
    id: 'yagni',
    name: 'YAGNI',
    expansion: "You Aren't Gonna Need It",
    motto: 'Build for now. Not for imaginary futures.',
    body: "I build for today's load, today's product, and today's constraints. Premature flexibility usually turns into permanent maintenance.",
    practice: 'Ship the booking path first. Add the plugin system when a real second use case exists.',
  },
  {
    id: 'solid',
    name: 'SOLID',
    expansion: 'Single Responsibility, Open/Closed, Liskov, Interface Segregation, Dependency Inversion',
    tag: 'structured modules',
    motto: "Structure scales. Chaos doesn't.",
    body: "Good structure keeps change local. The goal isn't ceremony, it's components and services that can evolve without collateral damage.",
    practice: 'A card renders state. Data shapes live in lib. Motion stays at the edge.',
  },
];
