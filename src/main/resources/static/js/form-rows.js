// "Legg til rad": copies the last row of a table of form rows (plan adjustments and steps, minutes tasks) as a blank
// row with the next number in its names and ids. Without JavaScript the forms still have their blank spare rows.
(function () {
  'use strict';

  function renumber(value, index) {
    return value
      .replace(/\[\d+\]/, '[' + index + ']')
      .replace(/^([A-Za-z]+)\d+$/, '$1' + index)
      .replace(/(\D)\d+$/, function (match, before) { return before + (index + 1); });
  }

  function addRow(button) {
    var container = document.getElementById(button.getAttribute('data-add-row'));
    if (!container) {
      return;
    }
    var rows = container.querySelectorAll('.app-row');
    var max = parseInt(container.getAttribute('data-max-rows') || '30', 10);
    if (rows.length === 0 || rows.length >= max) {
      button.disabled = rows.length >= max;
      return;
    }
    var last = rows[rows.length - 1];
    var row = last.cloneNode(true);
    var index = rows.length;
    row.querySelectorAll('.app-field-error').forEach(function (p) { p.remove(); });
    row.querySelectorAll('[name]').forEach(function (input) {
      input.name = input.name.replace(/\d+$/, String(index));
    });
    row.querySelectorAll('[id]').forEach(function (el) {
      el.id = el.id.replace(/\[\d+\]/, '[' + index + ']');
    });
    row.querySelectorAll('label[for]').forEach(function (label) {
      label.htmlFor = label.htmlFor.replace(/\[\d+\]/, '[' + index + ']');
    });
    row.querySelectorAll('input').forEach(function (input) {
      input.value = '';
      input.removeAttribute('aria-invalid');
      input.removeAttribute('aria-describedby');
    });
    row.querySelectorAll('select').forEach(function (select) { select.selectedIndex = 0; });
    row.querySelectorAll('.aksel-text-field--error').forEach(function (el) {
      el.classList.remove('aksel-text-field--error');
    });
    var legend = row.querySelector('legend');
    if (legend) {
      legend.textContent = renumber(legend.textContent, index);
    }
    last.after(row);
    button.disabled = index + 1 >= max;
    var first = row.querySelector('input, select');
    if (first) {
      first.focus();
    }
  }

  document.addEventListener('click', function (event) {
    var button = event.target.closest('[data-add-row]');
    if (button) {
      event.preventDefault();
      addRow(button);
    }
  });
})();
