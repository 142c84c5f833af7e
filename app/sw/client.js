// The page's side of the service worker (app/sw/sw.js), first in every entry point's loader
// but the widget's: registers the worker, lists for it what this first visit loaded, says
// "Du er frakoblet – opplysningene er fra …" on a page served from its copy, and offers
// "Ny versjon er klar – last inn på nytt" when a new deploy's worker is waiting.
(() => {
  const TEXT = {
    nb: { offline: 'Du er frakoblet – opplysningene er fra', update: 'Ny versjon er klar.', reload: 'Last inn på nytt' },
    nn: { offline: 'Du er fråkopla – opplysningane er frå', update: 'Ny versjon er klar.', reload: 'Last inn på nytt' },
    en: { offline: 'You are offline – the information is from', update: 'A new version is ready.', reload: 'Reload' },
  };
  const lang = (document.documentElement.lang || 'nb').slice(0, 2);
  const t = TEXT[lang] || TEXT.nb;
  const locale = { nb: 'nb-NO', nn: 'nn-NO', en: 'en-GB' }[lang] || 'nb-NO';

  // A notice first in the page (outside the app's root, which the app may replace).
  const notice = (cls, text) => {
    const box = document.createElement('div');
    box.className = `site-notice ${cls}`;
    box.setAttribute('role', 'status');
    const p = document.createElement('p');
    p.textContent = text;
    box.append(p);
    document.body.prepend(box);
    return box;
  };

  const fetched = document.documentElement.dataset.frakoblet;
  if (fetched !== undefined) {
    const when = new Date(fetched);
    const date = Number.isNaN(when.getTime()) ? '' : new Intl.DateTimeFormat(locale, {
      day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Oslo',
    }).format(when);
    notice('offline-notice', date ? `${t.offline} ${date}.` : t.offline.split(' – ')[0] + '.');
  }

  if (!('serviceWorker' in navigator)) return;
  // A page the worker served saw it fetch everything; the first visit's requests it did not see.
  const controlledAtStart = Boolean(navigator.serviceWorker.controller);
  const offerUpdate = (worker) => {
    if (document.querySelector('.update-notice')) return;
    const box = notice('update-notice', t.update);
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'ds-button';
    button.dataset.variant = 'secondary';
    button.dataset.size = 'sm';
    button.textContent = t.reload;
    button.addEventListener('click', () => worker.postMessage('ta-over'));
    box.firstChild.append(' ', button);
  };
  let reloading = false;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    // A new version took over on this page's request: load it, so old and new never mix.
    if (reloading || !document.querySelector('.update-notice')) return;
    reloading = true;
    location.reload();
  });
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('/sw.js').then((registration) => {
      if (registration.waiting && navigator.serviceWorker.controller) offerUpdate(registration.waiting);
      registration.addEventListener('updatefound', () => {
        const worker = registration.installing;
        if (!worker) return;
        worker.addEventListener('statechange', () => {
          if (worker.state === 'installed' && navigator.serviceWorker.controller) offerUpdate(worker);
        });
      });
      return navigator.serviceWorker.ready;
    }).then((registration) => {
      // What this visit loaded before the worker saw it.
      if (controlledAtStart) return;
      const own = performance.getEntriesByType('resource').map((e) => e.name)
        .filter((name) => name.startsWith(location.origin));
      registration.active.postMessage({ behold: [location.href, ...own] });
    }).catch(() => {
      // Without the worker the site works as before, only not offline.
    });
  });
})();
