// Dossier: the time charts, drawn with Chart.js from the JSON API. The page lists the same
// events and estimates, so it reads without this script.
// - .timeline-chart: events over time, height the number killed, size the sources; a
//   click opens the event's evidence in its article.
// - .size-chart: each size estimate as a range from its lowest to its highest figure,
//   labelled with its date and source, hedged ones paler; a click opens its claim.
// - .months-chart: documents by month (the home page).
(function () {
  "use strict";
  const BLUE = "#3b6fb6";
  const RED = "#c0392b";

  function year(value) {
    const date = new Date(value);
    return Number.isNaN(date.getTime()) ? "" : date.toISOString().slice(0, 7);
  }

  // 'new assessment, in “https://www.example.com/2014/...”' -> 'new assessment, in example.com'
  function shortSource(text) {
    return text.replace(/[“"]?https?:\/\/(?:www\.)?([^\/”"\s]+)[^”"\s]*[”"]?/g, "$1");
  }

  function opener(items) {
    return (event, elements) => {
      if (elements.length) window.location.href = items[elements[0].index].href;
    };
  }

  function timeline(canvas, events) {
    const points = events.map((event) => ({
      x: Date.parse(event.start), y: event.killed === null ? 0 : event.killed,
      r: 4 + 2 * Math.min(event.sources.length, 5),
    }));
    return new Chart(canvas, {
      type: "bubble",
      data: { datasets: [{
        label: "events", data: points,
        backgroundColor: events.map((event) => (event.killed === null ? "rgba(59,111,182,.45)" : "rgba(192,57,43,.6)")),
        borderColor: events.map((event) => (event.killed === null ? BLUE : RED)),
      }] },
      options: {
        animation: false, maintainAspectRatio: false, onClick: opener(events),
        plugins: {
          legend: { display: false },
          tooltip: { callbacks: {
            title: (items) => events[items[0].dataIndex].when || events[items[0].dataIndex].start,
            label: (item) => {
              const event = events[item.dataIndex];
              const tolls = event.tolls.map((toll) => toll.kind + " " + toll.figure + " (" + shortSource(toll.source) + ")");
              return [event.title, ...tolls, event.sources.length + " source(s), " + event.verdict];
            },
          } },
        },
        scales: {
          x: { type: "linear", ticks: { callback: year, maxTicksLimit: 8 }, title: { display: true, text: "date" } },
          y: { beginAtZero: true, title: { display: true, text: "killed (0: not reported)" } },
        },
      },
    });
  }

  function sizes(canvas, estimates) {
    canvas.parentElement.style.height = Math.max(140, 46 * estimates.length + 70) + "px";
    return new Chart(canvas, {
      type: "bar",
      data: {
        labels: estimates.map((size) => (size.when || "undated") + " · " + shortSource(size.source).split(",")[0].slice(0, 24)),
        datasets: [{
          label: "members", data: estimates.map((size) => [size.low, size.high]),
          minBarLength: 6, borderWidth: 1.5,
          backgroundColor: estimates.map((size) => (size.hedged ? "rgba(59,111,182,.3)" : "rgba(59,111,182,.8)")),
          borderColor: BLUE,
        }],
      },
      options: {
        indexAxis: "y", animation: false, maintainAspectRatio: false, onClick: opener(estimates),
        plugins: {
          legend: { display: false },
          tooltip: { callbacks: { label: (item) => {
            const size = estimates[item.dataIndex];
            return [size.label + (size.scope ? " (" + size.scope + ")" : ""), size.hedged ? "hedged" : "stated", shortSource(size.source)];
          } } },
        },
        scales: { x: { beginAtZero: true, title: { display: true, text: "members" } } },
      },
    });
  }

  function months(canvas, rows) {
    return new Chart(canvas, {
      type: "bar",
      data: { labels: rows.map((row) => row[0]), datasets: [{ label: "documents", data: rows.map((row) => row[1]), backgroundColor: BLUE }] },
      options: { animation: false, maintainAspectRatio: false, plugins: { legend: { display: false } }, scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } },
    });
  }

  function fromApi(canvas, url, draw) {
    fetch(url).then((response) => response.json()).then((items) => {
      if (items.length) draw(canvas, items);
      canvas.dataset.ready = "true";
    }).catch(() => { canvas.dataset.ready = "failed"; });
  }

  document.addEventListener("DOMContentLoaded", () => {
    if (!document.querySelector("canvas[data-timeline], canvas[data-sizes], canvas[data-months]")) return;
    window.dossierLibraries(["/static/vendor/chart.js/chart.umd.min.js"]).then(drawAll);
  });

  function drawAll() {
    for (const canvas of document.querySelectorAll("canvas[data-timeline]")) fromApi(canvas, canvas.dataset.timeline, timeline);
    for (const canvas of document.querySelectorAll("canvas[data-sizes]")) fromApi(canvas, canvas.dataset.sizes, sizes);
    for (const canvas of document.querySelectorAll("canvas[data-months]")) {
      months(canvas, JSON.parse(canvas.dataset.months));
      canvas.dataset.ready = "true";
    }
  }
})();
