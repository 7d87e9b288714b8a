// Dossier web app: a little progressive enhancement; every page works without it.
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
