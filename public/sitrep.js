// Progressive enhancement only: every page is complete without this file.
// Shows times in the reader's own zone and, where asked, how long ago they were.
(() => {
  const rtf = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });
  const fmt = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
  const units = [['year', 31536e6], ['month', 2592e6], ['week', 6048e5], ['day', 864e5], ['hour', 36e5], ['minute', 6e4]];
  const ago = (ms) => {
    for (const [unit, size] of units) if (Math.abs(ms) >= size) return rtf.format(Math.round(ms / size), unit);
    return rtf.format(0, 'minute');
  };
  const render = () => {
    for (const el of document.querySelectorAll('time[data-local]')) {
      const date = new Date(el.getAttribute('datetime'));
      if (Number.isNaN(date.getTime())) continue;
      el.title = el.dataset.siteTime || (el.dataset.siteTime = el.textContent);
      el.textContent = fmt.format(date) + ('relative' in el.dataset ? ` (${ago(date - Date.now())})` : '');
    }
    const zone = document.querySelector('[data-zone]');
    if (zone) zone.textContent = `your time zone (${Intl.DateTimeFormat().resolvedOptions().timeZone})`;
  };
  render();
  setInterval(render, 60000);
})();
