// Draws the analyst dashboard's charts from each canvas's data-chart attribute (JSON: title, unit, type, labels,
// values with null where suppressed, n as text). No inline script: the CSP allows scripts from this origin only.
(function () {
  'use strict';
  function draw(canvas) {
    var data = JSON.parse(canvas.getAttribute('data-chart'));
    if (typeof Chart === 'undefined' || data.values.every(function (v) { return v === null; })) {
      canvas.parentElement.hidden = true;
      return;
    }
    new Chart(canvas, {
      type: data.type,
      data: {
        labels: data.labels,
        datasets: [{ label: data.title + ' (' + data.unit + ')', data: data.values, spanGaps: false }]
      },
      options: {
        animation: false,
        plugins: {
          tooltip: {
            callbacks: {
              label: function (ctx) {
                var v = ctx.raw === null ? '–' : ctx.raw.toFixed(1).replace('.', ',') + ' ' + data.unit;
                return v + ' (n = ' + data.n[ctx.dataIndex] + ')';
              }
            }
          }
        },
        scales: { y: { beginAtZero: true } }
      }
    });
  }
  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('canvas.js-indicator-chart').forEach(draw);
  });
})();
