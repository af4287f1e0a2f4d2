// lbr-log-stream: ingest 100,000 lines and render them (until the newest line is on screen),
// the DOM rows that leaves and the JS heap after. Baseline in the same run and page: the same
// lines appended naively, one <div> per line, into a scrolling box, then scrolled to the end.
// Each side runs in a fresh page, a few times; the median is reported. The JS heap does not
// include DOM nodes (Blink keeps them in its own heap), so the page's DOM node count is shown too.
const LINES = 100_000;
const RUNS = 5;
const median = xs => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const mb = n => (n / 1e6).toFixed(1) + ' MB';

async function measure(browser, url, side) {
  const page = await browser.newPage();
  await page.goto(`${url}/bench/pages/log-stream.html`, { waitUntil: 'networkidle0' });
  await page.waitForFunction(() => document.querySelector('lbr-log-stream')?.classList.contains('hydrated'));
  const result = await page.evaluate(
    async (side, n) => {
      const levels = ['info', 'info', 'info', 'warn', 'error'];
      const lines = Array.from({ length: n }, (_, i) => ({ id: i, level: levels[i % 5], text: `request ${i} served in ${(i * 7919) % 500} ms` }));
      const frame = () => new Promise(r => requestAnimationFrame(() => r()));
      await frame();
      const heap0 = performance.memory?.usedJSHeapSize ?? 0;
      const t0 = performance.now();
      let rows;
      if (side === 'element') {
        const el = document.querySelector('lbr-log-stream');
        await el.appendLines(lines);
        const root = el.shadowRoot;
        // Rendered: the newest line is in the DOM.
        while (!root.textContent.includes(`request ${n - 1} `)) await frame();
        root.querySelector('.viewport').getBoundingClientRect();
        rows = root.querySelectorAll('.row').length;
      } else {
        const box = document.getElementById('naive');
        for (const l of lines) {
          const div = document.createElement('div');
          div.className = `row level-${l.level}`;
          div.textContent = `${l.level.toUpperCase()} ${l.text}`;
          box.appendChild(div);
        }
        box.scrollTop = box.scrollHeight; // forces layout of every row
        rows = box.children.length;
      }
      await frame();
      const ms = performance.now() - t0;
      const heap = (performance.memory?.usedJSHeapSize ?? 0) - heap0;
      return { ms, rows, heap };
    },
    side,
    LINES,
  );
  const metrics = await page.metrics();
  await page.close();
  return { ...result, heapTotal: metrics.JSHeapUsedSize, nodes: metrics.Nodes };
}

export default async function ({ browser, url, table }) {
  const runs = { element: [], naive: [] };
  for (let i = 0; i < RUNS; i++) {
    runs.element.push(await measure(browser, url, 'element'));
    runs.naive.push(await measure(browser, url, 'naive'));
  }
  const summary = side => ({
    ms: median(runs[side].map(r => r.ms)),
    rows: median(runs[side].map(r => r.rows)),
    heap: median(runs[side].map(r => r.heapTotal)),
    nodes: median(runs[side].map(r => r.nodes)),
  });
  const el = summary('element');
  const naive = summary('naive');
  table(`lbr-log-stream: ingest and render ${LINES.toLocaleString('en-US')} lines (median of ${RUNS})`, [
    { what: 'lbr-log-stream (ring buffer + per-frame batch + fixed-height window)', 'time to render': el.ms.toFixed(0) + ' ms', 'DOM rows after': el.rows, 'JS heap after': mb(el.heap), 'DOM nodes in page': el.nodes, 'vs naive': `${(naive.ms / el.ms).toFixed(1)}× faster`, goal: '≤ 150 ms, ≥ 20×, ≤ 100 rows' },
    { what: 'baseline: one <div> per line, appended naively', 'time to render': naive.ms.toFixed(0) + ' ms', 'DOM rows after': naive.rows, 'JS heap after': mb(naive.heap), 'DOM nodes in page': naive.nodes, 'vs naive': '1.0×', goal: '' },
  ]);
}
