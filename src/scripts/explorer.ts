// The indicator explorer on /indicators/: filters (region, plan, topic, 属性) hide rows of the one table,
// the count says how many are shown, and the CSV button downloads exactly the rows shown. Without
// JavaScript the form stays hidden and the full CSV link remains.

const form = document.querySelector<HTMLFormElement>('[data-explorer-form]');
const table = document.querySelector<HTMLTableElement>('[data-explorer]');
const count = document.querySelector<HTMLElement>('[data-explorer-count]');

/** A CSV cell, quoted when it holds a comma, quote or line break. */
function cell(s: string): string {
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

if (form && table && count) {
  const all = [...table.tBodies[0].rows];
  const rows = all.filter((r) => !('head' in r.dataset));
  const full = count.innerHTML;
  const fields = ['region', 'plan', 'topic', 'attr'] as const;

  /** Shows the rows every chosen filter allows (a row may list several values, split by |). */
  const apply = () => {
    const chosen = fields.map((f) => [f, (form.elements.namedItem(f) as HTMLSelectElement).value] as const).filter(([, v]) => v);
    let shown = 0;
    for (const r of rows) {
      const ok = chosen.every(([f, v]) => (r.dataset[f] ?? '').split('|').includes(v));
      r.hidden = !ok;
      if (ok) shown++;
    }
    // A table's heading row shows while any of its rows does.
    let head: HTMLTableRowElement | null = null;
    for (const r of all) {
      if ('head' in r.dataset) {
        head = r;
        r.hidden = true;
      } else if (!r.hidden && head) head.hidden = false;
    }
    if (chosen.length) count.textContent = `显示 ${shown} 项（共 ${rows.length} 项）。`;
    else count.innerHTML = full;
  };

  form.hidden = false;
  form.addEventListener('change', apply);
  form.addEventListener('reset', () => setTimeout(apply));
  form.querySelector('[data-explorer-csv]')?.addEventListener('click', () => {
    // The table's own column names, less the chart: the CSV has what the reader sees.
    const heads = [...table.tHead!.rows[0].cells].map((c) => c.textContent?.trim() ?? '').filter((h) => h !== '图示');
    const lines = [['规划', ...heads, '网址'].join(',')];
    for (const r of rows) {
      if (r.hidden) continue;
      const texts = [...r.cells].slice(0, heads.length).map((c) => (c.querySelector('a, .attr')?.textContent ?? c.firstChild?.textContent ?? '').trim());
      lines.push([r.dataset.title ?? '', ...texts, new URL(r.dataset.url ?? '', location.href).href].map(cell).join(','));
    }
    const a = document.createElement('a');
    a.href = `data:text/csv;charset=utf-8,${encodeURIComponent('\ufeff' + lines.join('\r\n') + '\r\n')}`;
    a.download = 'indicators-filtered.csv';
    document.body.append(a);
    a.click();
    a.remove();
  });
  apply();
}
