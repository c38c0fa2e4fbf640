// Suggestions as you type in the search box of every page, as WAI-ARIA's combobox pattern describes: the
// box is a combobox that controls a listbox of up to eight articles; the up and down arrow keys move through
// them, Enter opens the one chosen (or searches, when none is), Escape closes the list (and then clears the box).
// Without this file the box is a plain form that searches.
(function () {
  'use strict';

  var form = document.querySelector('form.search-form[data-suggest]');
  var input = form && form.querySelector('input[name="q"]');
  if (!input || !window.fetch) { return; }

  var endpoint = form.getAttribute('data-suggest');
  var list = document.createElement('ul');
  list.id = 'search-suggestions';
  list.className = 'suggestions';
  list.setAttribute('role', 'listbox');
  list.setAttribute('aria-label', form.getAttribute('data-suggest-label'));
  list.hidden = true;
  var status = document.createElement('p');
  status.className = 'visually-hidden';
  status.setAttribute('role', 'status');
  form.appendChild(list);
  form.appendChild(status);

  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-controls', list.id);
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('autocomplete', 'off');

  var suggestions = [];
  var active = -1;
  var timer = null;
  var requested = null;

  function close() {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  }

  function render(items) {
    list.textContent = '';
    suggestions = items;
    active = -1;
    items.forEach(function (item, i) {
      var option = document.createElement('li');
      option.id = 'search-suggestion-' + i;
      option.setAttribute('role', 'option');
      option.setAttribute('aria-selected', 'false');
      var title = document.createElement('span');
      title.className = 'suggestion-title';
      title.lang = item.language;
      title.textContent = item.title;
      option.appendChild(title);
      if (item.hint && item.hint !== item.title) {
        var hint = document.createElement('span');
        hint.className = 'suggestion-hint';
        hint.lang = item.hintLanguage;
        hint.textContent = item.hint;
        option.appendChild(hint);
      }
      // The box keeps the focus: a click chooses without blurring it first.
      option.addEventListener('mousedown', function (event) { event.preventDefault(); });
      option.addEventListener('click', function () { location.assign(item.url); });
      list.appendChild(option);
    });
    status.textContent = items.length ? form.getAttribute('data-suggest-count').replace('{0}', items.length) : '';
    if (items.length) {
      list.hidden = false;
      input.setAttribute('aria-expanded', 'true');
    }
    else {
      close();
    }
  }

  function choose(index) {
    var options = list.querySelectorAll('[role="option"]');
    if (!options.length) { return; }
    active = (index + options.length) % options.length;
    options.forEach(function (option, i) { option.setAttribute('aria-selected', String(i === active)); });
    input.setAttribute('aria-activedescendant', options[active].id);
    options[active].scrollIntoView({ block: 'nearest' });
  }

  function load() {
    var query = input.value.trim();
    if (!query) { render([]); return; }
    requested = query;
    fetch(endpoint + '?q=' + encodeURIComponent(query), { headers: { Accept: 'application/json' } })
      .then(function (response) { return response.ok ? response.json() : { suggestions: [] }; })
      .then(function (data) {
        // An answer to something the reader has typed past is dropped.
        if (input.value.trim() === requested && document.activeElement === input) { render(data.suggestions || []); }
      })
      .catch(close);
  }

  input.addEventListener('input', function () {
    window.clearTimeout(timer);
    timer = window.setTimeout(load, 120);
  });

  input.addEventListener('keydown', function (event) {
    var open = !list.hidden;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!open) {
        if (suggestions.length) { render(suggestions); } else { load(); }
        return;
      }
      choose(event.key === 'ArrowDown' ? active + 1 : (active < 0 ? -1 : active - 1));
    }
    else if (event.key === 'Enter' && open && active >= 0) {
      event.preventDefault();
      location.assign(suggestions[active].url);
    }
    else if (event.key === 'Escape') {
      if (open) {
        event.preventDefault();
        close();
      }
      else if (input.value) {
        event.preventDefault();
        input.value = '';
      }
    }
  });

  input.addEventListener('blur', close);
}());
