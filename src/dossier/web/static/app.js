// Dossier web app: a little progressive enhancement; every page works without it.

// The pictures' libraries (static/vendor/) are loaded once the page has painted its
// text, so reading never waits for them: map.js, network.js and charts.js call this.
const painted = new Promise((resolve) => {
  const done = () => setTimeout(resolve, 0);
  if (typeof PerformanceObserver !== "undefined" && PerformanceObserver.supportedEntryTypes?.includes("paint")) {
    new PerformanceObserver((entries, observer) => {
      if (entries.getEntriesByName("first-contentful-paint").length) { observer.disconnect(); done(); }
    }).observe({ type: "paint", buffered: true });
    setTimeout(resolve, 1500);  // a page that paints nothing contentful still gets its pictures
  } else {
    window.addEventListener("load", done);
  }
});

// A stylesheet a picture needs, linked when it is drawn (not render-blocking).
window.dossierStylesheet = (href, id) => {
  if (document.querySelector('link[href="' + href + '"]')) return;
  const link = document.createElement("link");
  link.rel = "stylesheet";
  link.href = href;
  if (id) link.id = id;
  document.head.appendChild(link);
};

window.dossierLibraries = (sources) => painted.then(() => {
  let chain = Promise.resolve();
  for (const source of sources) {
    chain = chain.then(() => new Promise((loaded, failed) => {
      const existing = document.querySelector('script[src="' + source + '"]');
      if (existing && existing.dataset.loaded) { loaded(); return; }
      const script = existing || document.createElement("script");
      script.addEventListener("load", () => { script.dataset.loaded = "true"; loaded(); });
      script.addEventListener("error", failed);
      if (!existing) { script.src = source; document.head.appendChild(script); }
    }));
  }
  return chain;
});

document.addEventListener("DOMContentLoaded", () => {
  // Mark the navigation link of the current page.
  for (const link of document.querySelectorAll("nav.top a")) {
    if (link.getAttribute("href") === window.location.pathname) link.classList.add("current");
  }
  // On the ask page, keep the question in view while the answer loads.
  const form = document.getElementById("ask-form");
  if (form) {
    form.addEventListener("submit", () => {
      const button = form.querySelector("button");
      if (button) { button.disabled = true; button.textContent = "Asking…"; }
    });
  }
});
