// Progressive enhancement only: every page is complete without this file. It shows times in the
// reader's own zone and how long ago they were, warns when a page showing the current status is
// old, offers a reload when the live status changes, and makes each uptime bar one tab stop.
// The build puts the page language's words and Intl tag in M (see src/lib/i18n/client-script.ts).
(() => {
  const M = __MESSAGES__;
  const doc = document;
  const rtf = new Intl.RelativeTimeFormat(M.locale, { numeric: 'auto' });
  const fmt = new Intl.DateTimeFormat(M.locale, { dateStyle: 'medium', timeStyle: 'short' });
  const units = [['year', 31536e6], ['month', 2592e6], ['week', 6048e5], ['day', 864e5], ['hour', 36e5], ['minute', 6e4]];
  const ago = (ms) => {
    for (const [unit, size] of units) if (Math.abs(ms) >= size) return rtf.format(Math.round(ms / size), unit);
    return rtf.format(0, 'minute');
  };
  const notices = doc.querySelector('.notices');
  const notice = (id, text) => {
    if (!notices || doc.getElementById(id)) return null;
    const p = doc.createElement('p');
    p.id = id;
    p.textContent = text;
    notices.append(p);
    return p;
  };
  // A static page cannot know the reader's clock, so only here can it say that it is old: the
  // site rebuilds on every change and on a schedule, so a page hours old means the builds stopped.
  const STALE_MS = 3 * 36e5;
  const render = () => {
    for (const el of doc.querySelectorAll('time[data-local]')) {
      const date = new Date(el.getAttribute('datetime'));
      if (Number.isNaN(date.getTime())) continue;
      el.title = el.dataset.siteTime || (el.dataset.siteTime = el.textContent);
      el.textContent = fmt.format(date) + ('relative' in el.dataset ? ` (${ago(date - Date.now())})` : '');
      if ('built' in el.dataset && Date.now() - date > STALE_MS) {
        notice('stale', M.stale.replace('{ago}', ago(date - Date.now())));
      }
    }
    const zone = doc.querySelector('[data-zone]');
    if (zone) zone.textContent = M.yourZone.replace('{zone}', Intl.DateTimeFormat().resolvedOptions().timeZone);
  };
  // The page's status against the live one: a different indicator means there is news. Only pages
  // showing the current status say which one they were built with; elsewhere the first answer sets it.
  let { indicator, statusUrl } = doc.body.dataset;
  const poll = () => {
    fetch(statusUrl, { cache: 'no-store' })
      .then((r) => (r.ok ? r.json() : null))
      .then((live) => {
        const now = live && live.status && live.status.indicator;
        indicator = indicator || now;
        if (now && now !== indicator) {
          const p = notice('news', `${M.news} `);
          if (!p) return;
          const button = doc.createElement('button');
          button.type = 'button';
          button.textContent = M.reload;
          button.onclick = () => location.reload();
          p.append(button);
        }
      }, () => {});
  };
  // Each uptime bar is one tab stop, on the day last focused (today at first); arrow keys,
  // Home and End move between its days. Right to left, the days run from the right, and so do the arrows.
  const back = doc.dir === 'rtl' ? 1 : -1;
  for (const bars of doc.querySelectorAll('.bars')) {
    const days = [...bars.children];
    const rove = (to) => days.forEach((day) => { day.tabIndex = day === to ? 0 : -1; });
    rove(days[days.length - 1]);
    bars.addEventListener('focusin', (e) => rove(e.target));
    bars.onkeydown = (e) => {
      const i = days.indexOf(doc.activeElement);
      const to = days[{ ArrowLeft: i + back, ArrowRight: i - back, Home: 0, End: days.length - 1 }[e.key]];
      if (i < 0 || !to) return;
      e.preventDefault();
      to.focus();
    };
  }
  render();
  setInterval(render, 6e4);
  if (statusUrl) setInterval(poll, 6e4);
})();
