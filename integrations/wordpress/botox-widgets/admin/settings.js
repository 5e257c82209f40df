/* Settings → Botox widgets: find a text, confirm a removal, warn about unsaved wording.
 * Plain script, no build; the page works without it. */
(function () {
  'use strict';

  var strings = window.botoxWidgetsSettings || {};

  function format(text, values) {
    var index = 0;
    return String(text || '').replace(/%(?:(\d+)\$)?[sd]/g, function (match, position) {
      var value = position ? values[Number(position) - 1] : values[index++];
      return value === undefined ? match : String(value);
    });
  }

  // Remove a language: ask first.
  document.querySelectorAll('[data-botox-widgets-confirm]').forEach(function (button) {
    button.addEventListener('click', function (event) {
      var question = format(strings.confirmRemove, [
        button.getAttribute('data-botox-widgets-confirm'),
      ]);
      if (question && !window.confirm(question)) {
        event.preventDefault();
      }
    });
  });

  // Find a text in the wording editor.
  var filter = document.getElementById('botox-widgets-filter');
  var status = document.getElementById('botox-widgets-filter-status');
  var rows = Array.prototype.slice.call(document.querySelectorAll('.botox-widgets-message'));
  if (filter && rows.length) {
    var timer;
    var apply = function () {
      var words = filter.value.toLowerCase().trim().split(/\s+/).filter(Boolean);
      var shown = 0;
      rows.forEach(function (row) {
        var haystack =
          (row.getAttribute('data-botox-widgets-search') || '') +
          ' ' +
          (row.querySelector('textarea') || { value: '' }).value.toLowerCase();
        var match = words.every(function (word) {
          return haystack.indexOf(word) !== -1;
        });
        row.hidden = !match;
        if (match) {
          shown++;
        }
      });
      if (status) {
        status.textContent = words.length ? format(strings.shown, [shown, rows.length]) : '';
      }
    };
    filter.addEventListener('input', function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(apply, 150);
    });
    // Enter in the search box filters; it does not submit the wording.
    filter.addEventListener('keydown', function (event) {
      if (event.key === 'Enter') {
        event.preventDefault();
        apply();
      }
    });
  }

  // Leaving the wording editor with unsaved changes: the browser asks.
  var form = document.querySelector('.botox-widgets-wording');
  if (form) {
    var dirty = false;
    form.addEventListener('input', function (event) {
      if (event.target && event.target.tagName === 'TEXTAREA') {
        dirty = true;
      }
    });
    form.addEventListener('submit', function () {
      dirty = false;
    });
    window.addEventListener('beforeunload', function (event) {
      if (dirty) {
        event.preventDefault();
        event.returnValue = strings.unsaved || '';
        return strings.unsaved;
      }
    });
  }
})();
