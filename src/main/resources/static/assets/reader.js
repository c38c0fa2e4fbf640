// Reading aids for article pages. Every page works without this file: it adds the English popup for
// keyboard and touch, remembers choices, and switches views without a visible reload.
(function () {
  'use strict';

  var VIEW_COOKIE = 'hc_view';
  var VIEW_TOKEN = /^(bilingual|[a-z]{2,3}-[a-z0-9]{2,8})$/;
  var REVEAL_KEY = 'hc.reveal';
  var NOTICE_KEY = 'hc.notice.mt';
  var SEGMENT = '.seg[aria-describedby]';

  document.documentElement.classList.add('js');

  function stored(key) {
    try { return window.localStorage.getItem(key); } catch (e) { return null; }
  }

  function store(key, value) {
    try { window.localStorage.setItem(key, value); } catch (e) { /* private mode: not remembered */ }
  }

  function rememberedView() {
    var match = document.cookie.match(/(?:^|;\s*)hc_view=([^;]*)/);
    return match && VIEW_TOKEN.test(match[1]) ? match[1] : null;
  }

  function rememberView(view) {
    if (VIEW_TOKEN.test(view)) {
      document.cookie = VIEW_COOKIE + '=' + view + '; Path=/; Max-Age=31536000; SameSite=Lax';
    }
  }

  // --- The English original of a sentence, in one floating popup --------------------------------

  var popup = null;
  var active = null;
  var lastPointer = 'mouse';
  var tappedOpen = false;

  function showOriginal(segment) {
    var original = segment.querySelector('.seg-en');
    if (!original) { return; }
    if (!popup) {
      popup = document.createElement('div');
      popup.className = 'seg-popup';
      popup.lang = 'en';
      // Screen readers already hear the original as the sentence's description.
      popup.setAttribute('aria-hidden', 'true');
      // The pointer may move onto the popup (to read or copy it) without closing it (WCAG 1.4.13).
      popup.addEventListener('pointerleave', function (event) {
        if (event.pointerType === 'mouse' && active && !active.contains(event.relatedTarget)
            && document.activeElement !== active) {
          hideOriginal();
        }
      });
      document.body.appendChild(popup);
    }
    if (active && active !== segment) { active.classList.remove('is-active'); }
    active = segment;
    segment.classList.add('is-active');
    popup.textContent = '';
    var text = document.createElement('span');
    text.className = 'seg-popup-text';
    text.textContent = original.textContent;
    popup.appendChild(text);
    var report = reportLink([segment.getAttribute('data-seg')]);
    if (report) {
      // For pointers and touch; the keyboard reports with Enter on the sentence (the popup is aria-hidden).
      report.tabIndex = -1;
      popup.appendChild(report);
    }
    popup.hidden = false;
    place(segment);
  }

  function hideOriginal() {
    if (popup) { popup.hidden = true; }
    if (active) { active.classList.remove('is-active'); }
    active = null;
  }

  // Below the sentence's last line, or above its first when there is no room; never off screen.
  function place(segment) {
    var rects = segment.getClientRects();
    var first = rects[0] || segment.getBoundingClientRect();
    var last = rects[rects.length - 1] || first;
    var width = popup.offsetWidth;
    var height = popup.offsetHeight;
    var left = Math.min(Math.max(8, last.left), document.documentElement.clientWidth - width - 8);
    var top = last.bottom + 6;
    if (top + height > window.innerHeight && first.top - height - 6 > 0) {
      top = first.top - height - 6;
    }
    popup.style.left = (left + window.scrollX) + 'px';
    popup.style.top = (top + window.scrollY) + 'px';
  }

  function setUpReveal(main) {
    var article = main.querySelector('.article');
    var toggle = main.querySelector('.reveal-toggle');
    if (!article || !toggle) { return; }
    var segments = Array.prototype.slice.call(article.querySelectorAll(SEGMENT));
    var choice = stored(REVEAL_KEY);
    var on = choice ? choice === 'on' : toggle.getAttribute('data-default') === 'on';

    // One tab stop for all sentences (roving tabindex); arrow keys move between them.
    function apply() {
      if (on) { article.setAttribute('data-reveal', 'on'); } else { article.removeAttribute('data-reveal'); }
      toggle.setAttribute('aria-pressed', String(on));
      segments.forEach(function (segment, index) {
        if (on) { segment.tabIndex = index === 0 ? 0 : -1; } else { segment.removeAttribute('tabindex'); }
      });
      if (!on) { hideOriginal(); }
    }

    function segmentOf(target) {
      var segment = target.closest ? target.closest(SEGMENT) : null;
      return segment && article.contains(segment) ? segment : null;
    }

    toggle.hidden = false;
    apply();
    toggle.addEventListener('click', function () {
      on = !on;
      store(REVEAL_KEY, on ? 'on' : 'off');
      apply();
    });
    article.addEventListener('pointerdown', function (event) {
      lastPointer = event.pointerType;
      // Focus follows the tap and opens the popup before the click: remember whether it was open already.
      tappedOpen = active !== null && active === segmentOf(event.target);
    });
    article.addEventListener('pointerover', function (event) {
      var segment = segmentOf(event.target);
      if (on && segment && event.pointerType === 'mouse') { showOriginal(segment); }
    });
    article.addEventListener('pointerout', function (event) {
      var segment = segmentOf(event.target);
      if (on && segment && event.pointerType === 'mouse' && !segment.contains(event.relatedTarget)
          && !(popup && popup.contains(event.relatedTarget)) && document.activeElement !== segment) {
        hideOriginal();
      }
    });
    // Escape closes the popup wherever the focus is, also when the mouse opened it (WCAG 1.4.13).
    document.addEventListener('keydown', function (event) {
      if (event.key === 'Escape' && popup && !popup.hidden) { hideOriginal(); }
    });
    article.addEventListener('focusin', function (event) {
      // The article itself takes the focus from the skip link: that is not a sentence.
      if (!on || event.target === article) { return; }
      var segment = segmentOf(event.target) || (event.target.querySelector && event.target.querySelector(SEGMENT));
      if (segment) { showOriginal(segment); }
    });
    article.addEventListener('focusout', function (event) {
      if (!event.relatedTarget || !article.contains(event.relatedTarget)) { hideOriginal(); }
    });
    // A tap shows the original; a second tap on the same sentence hides it. Taps on links still follow them.
    article.addEventListener('click', function (event) {
      var segment = segmentOf(event.target);
      if (!on || !segment || event.target.closest('a')) { return; }
      if (tappedOpen && lastPointer !== 'mouse') {
        hideOriginal();
        return;
      }
      segment.focus({ preventScroll: true });
      showOriginal(segment);
    });
    article.addEventListener('keydown', function (event) {
      var segment = segmentOf(event.target);
      if (!on || !segment) { return; }
      var index = segments.indexOf(segment);
      switch (event.key) {
        case 'ArrowRight': index += 1; break;
        case 'ArrowLeft': index -= 1; break;
        case 'Home': index = 0; break;
        case 'End': index = segments.length - 1; break;
        case 'Escape': hideOriginal(); return;
        case 'Enter':
          var report = reportLink([segment.getAttribute('data-seg')]);
          if (report && !event.target.closest('a')) { location.assign(report.href); }
          return;
        default: return;
      }
      event.preventDefault();
      index = Math.max(0, Math.min(segments.length - 1, index));
      segments.forEach(function (other) { other.tabIndex = -1; });
      segments[index].tabIndex = 0;
      segments[index].focus();
    });
  }

  // --- Machine translation notice and the offer of the reader's remembered view ---------------------

  function setUpNotice(main) {
    var notice = main.querySelector('[data-notice="mt"]');
    if (!notice) { return; }
    if (stored(NOTICE_KEY) === 'dismissed') {
      notice.hidden = true;
      return;
    }
    var dismiss = notice.querySelector('.notice-dismiss');
    dismiss.hidden = false;
    dismiss.addEventListener('click', function () {
      notice.hidden = true;
      store(NOTICE_KEY, 'dismissed');
    });
  }

  function currentView(main) {
    return main.getAttribute('data-view') === 'bilingual' ? 'bilingual' : main.getAttribute('data-locale');
  }

  function setUpOffer(main) {
    var remembered = rememberedView();
    if (!remembered || remembered === currentView(main)) { return; }
    var offers = main.querySelectorAll('.view-offer');
    for (var i = 0; i < offers.length; i++) {
      if (offers[i].getAttribute('data-offer') === remembered) { offers[i].hidden = false; }
    }
  }

  // --- Switching views in place, at the same sentence --------------------------------------------

  var shownUrl = location.pathname + location.search;

  function sentenceAtTop() {
    var bar = document.querySelector('.article-bar');
    var top = bar ? bar.getBoundingClientRect().bottom : 0;
    var sentences = document.querySelectorAll('main [data-seg]');
    for (var i = 0; i < sentences.length; i++) {
      var box = sentences[i].getBoundingClientRect();
      if (box.bottom > top && box.height > 0) {
        return { id: sentences[i].getAttribute('data-seg'), offset: box.top };
      }
    }
    return null;
  }

  function replaceHead(next) {
    var selector = 'meta[name="description"], meta[name="keywords"], meta[name="author"], meta[name="robots"], '
      + 'link[rel="canonical"], link[rel="alternate"]';
    Array.prototype.forEach.call(document.head.querySelectorAll(selector), function (old) { old.remove(); });
    Array.prototype.forEach.call(next.head.querySelectorAll(selector), function (fresh) {
      document.head.appendChild(document.importNode(fresh, true));
    });
    document.title = next.title;
    document.documentElement.lang = next.documentElement.lang;
  }

  function show(url, addToHistory) {
    var sentence = sentenceAtTop();
    hideOriginal();
    return fetch(url, { headers: { Accept: 'text/html' }, credentials: 'same-origin' })
      .then(function (response) {
        if (!response.ok) { throw new Error('status ' + response.status); }
        return response.text();
      })
      .then(function (html) {
        var next = new DOMParser().parseFromString(html, 'text/html');
        if (!next.querySelector('main')) { throw new Error('not a page'); }
        replaceHead(next);
        document.body.replaceWith(document.importNode(next.body, true));
        popup = null;
        if (addToHistory) { history.pushState({ helpcenter: true }, '', url); }
        shownUrl = location.pathname + location.search;
        setUp();
        var target = sentence && document.querySelector('main [data-seg="' + CSS.escape(sentence.id) + '"]');
        if (target) {
          window.scrollBy(0, target.getBoundingClientRect().top - sentence.offset);
        }
        var current = document.querySelector('.view-switch [aria-current="page"]');
        if (current) { current.focus({ preventScroll: true }); }
      })
      .catch(function () { location.assign(url); });
  }

  document.addEventListener('click', function (event) {
    var link = event.target.closest ? event.target.closest('.view-switch a, .view-offer a') : null;
    if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey
        || event.shiftKey || event.altKey) {
      return;
    }
    var offer = link.closest('.view-offer');
    rememberView(offer ? offer.getAttribute('data-offer') : link.getAttribute('data-view'));
    event.preventDefault();
    if (link.getAttribute('aria-current') !== 'page') { show(link.href, true); }
  });

  window.addEventListener('popstate', function () {
    // In-page anchors also pop state; only a different page needs fetching.
    if (location.pathname + location.search !== shownUrl) { show(location.href, false); }
  });

  window.addEventListener('resize', hideOriginal);

  // A heading reached from "In this article" lands below the sticky bar, however many rows the bar wraps to.
  function measureBar() {
    var bar = document.querySelector('.article-bar');
    if (bar) { document.documentElement.style.setProperty('--bar-height', bar.offsetHeight + 'px'); }
  }

  window.addEventListener('resize', measureBar);

  // A table or code block wider than the column scrolls in its own box; a keyboard can only scroll it once it
  // can be focused, so those that overflow (and only those) become tab stops.
  function focusWideBoxes() {
    var boxes = document.querySelectorAll('.article-body table, .article-body pre');
    for (var i = 0; i < boxes.length; i++) {
      if (boxes[i].scrollWidth > boxes[i].clientWidth + 1) {
        boxes[i].tabIndex = 0;
      } else {
        boxes[i].removeAttribute('tabindex');
      }
    }
  }

  window.addEventListener('resize', focusWideBoxes);

  // The colour scheme switch: follows the system until the reader chooses; theme.js applies the choice early.
  var THEME_KEY = 'hc.theme';
  var systemDark = window.matchMedia ? window.matchMedia('(prefers-color-scheme: dark)') : null;

  function dark() {
    var chosen = document.documentElement.getAttribute('data-theme');
    return chosen ? chosen === 'dark' : !!(systemDark && systemDark.matches);
  }

  function showTheme() {
    var toggle = document.querySelector('.theme-toggle');
    if (toggle) { toggle.setAttribute('aria-pressed', String(dark())); }
  }

  if (systemDark && systemDark.addEventListener) { systemDark.addEventListener('change', showTheme); }

  function setUpTheme() {
    var toggle = document.querySelector('.theme-toggle');
    if (!toggle) { return; }
    toggle.hidden = false;
    showTheme();
    toggle.addEventListener('click', function () {
      var theme = dark() ? 'light' : 'dark';
      document.documentElement.setAttribute('data-theme', theme);
      store(THEME_KEY, theme);
      showTheme();
    });
  }

  // --- Feedback: "Was this article helpful?" and translation reports ------------------------------

  // The report form of one or more sentences of this page, or null on a page without translated sentences.
  function reportLink(segments) {
    var main = document.querySelector('main.article-page');
    var ids = segments.filter(Boolean);
    if (!main || !ids.length || main.getAttribute('data-view') === 'english') { return null; }
    var query = new URLSearchParams({ path: main.getAttribute('data-path') });
    ids.forEach(function (id) { query.append('segment', id); });
    var link = document.createElement('a');
    link.className = 'report-link';
    link.href = '/' + main.getAttribute('data-locale') + '/feedback/segment?' + query.toString();
    link.textContent = main.getAttribute('data-report-label');
    link.lang = document.documentElement.lang;
    return link;
  }

  // Each side-by-side row with translated sentences links to their report form (for pointers and touch; the
  // keyboard reports from the translated view, so that rows do not add a tab stop each).
  function setUpRowReports(main) {
    if (main.getAttribute('data-view') !== 'bilingual') { return; }
    Array.prototype.forEach.call(main.querySelectorAll('.bi-row'), function (row) {
      var ids = Array.prototype.map.call(row.querySelectorAll('.bi-translated [data-seg]'), function (segment) {
        return segment.getAttribute('data-seg');
      });
      var link = reportLink(ids);
      if (link && !row.querySelector('.bi-report')) {
        link.classList.add('bi-report');
        link.tabIndex = -1;
        row.appendChild(link);
      }
    });
  }

  // Posted in place (JSON) instead of reloading; "No" first asks why. Without script the form posts itself
  // and the answer's 303 brings the reader back to the thank-you.
  function setUpFeedback(main) {
    var section = main.querySelector('.feedback');
    var form = section && section.querySelector('.feedback-form');
    if (!form || form.getAttribute('data-ready')) { return; }
    form.setAttribute('data-ready', 'true');
    var more = form.querySelector('.feedback-more');
    var status = form.querySelector('.feedback-status');
    more.querySelector('summary').hidden = true;
    form.addEventListener('submit', function (event) {
      var submitter = event.submitter;
      event.preventDefault();
      if (submitter && submitter.classList.contains('feedback-no') && !more.open) {
        more.open = true;
        more.querySelector('input, textarea').focus();
        return;
      }
      var body = new URLSearchParams(new FormData(form, submitter));
      // A refusal names the field in the reader's language; any other failure (no network, a proxy's error page
      // while an instance restarts) gets the page's own "could not be sent, try again".
      var failed = form.getAttribute('data-failed');
      fetch(form.action, { method: 'POST', body: body, headers: { Accept: 'application/json' } })
        .catch(function () { throw new Error(failed); })
        .then(function (response) {
          return response.json().catch(function () { return {}; }).then(function (answer) {
            if (!response.ok) { throw new Error(answer.message || failed); }
          });
        })
        .then(function () {
          form.classList.add('sent');
          var thanks = section.querySelector('#feedback-thanks');
          thanks.classList.add('shown');
          thanks.focus();
        })
        .catch(function (error) {
          status.textContent = error.message;
          status.hidden = false;
        });
    });
  }

  // Tabbed content: each .tab-group becomes a tab list (ARIA tabs, arrow keys move between tabs); choosing a
  // tab chooses it in every group of the page that has it, and is remembered for the next page.
  function setUpTabs(main) {
    var groups = main.querySelectorAll('.tab-group');
    if (!groups.length) { return; }
    function choose(tabId, remember) {
      Array.prototype.forEach.call(groups, function (group) {
        var tabs = group.querySelectorAll('[role="tab"]');
        var chosen = group.querySelector('[role="tab"][data-tab="' + CSS.escape(tabId) + '"]') || tabs[0];
        Array.prototype.forEach.call(tabs, function (tab) {
          var selected = tab === chosen;
          tab.setAttribute('aria-selected', selected ? 'true' : 'false');
          tab.tabIndex = selected ? 0 : -1;
          document.getElementById(tab.getAttribute('aria-controls')).hidden = !selected;
        });
      });
      if (remember) { store('helpcenter.tab', tabId); }
    }
    Array.prototype.forEach.call(groups, function (group, g) {
      var list = document.createElement('div');
      list.className = 'tab-list';
      list.setAttribute('role', 'tablist');
      Array.prototype.forEach.call(group.querySelectorAll(':scope > .tab-panel'), function (panel, i) {
        var title = panel.querySelector(':scope > .tab-title');
        var label = title.cloneNode(true);
        Array.prototype.forEach.call(label.querySelectorAll('.seg-en'), function (english) { english.remove(); });
        var tab = document.createElement('button');
        tab.type = 'button';
        tab.id = 'tab-' + g + '-' + i;
        tab.setAttribute('role', 'tab');
        tab.setAttribute('data-tab', panel.getAttribute('data-tab') || String(i));
        tab.textContent = label.textContent.trim();
        panel.id = panel.id || 'tab-panel-' + g + '-' + i;
        tab.setAttribute('aria-controls', panel.id);
        panel.setAttribute('role', 'tabpanel');
        panel.setAttribute('aria-labelledby', tab.id);
        panel.tabIndex = 0;
        title.hidden = true;
        list.appendChild(tab);
      });
      group.insertBefore(list, group.firstChild);
      list.addEventListener('click', function (event) {
        var tab = event.target.closest('[role="tab"]');
        if (tab) { choose(tab.getAttribute('data-tab'), true); }
      });
      list.addEventListener('keydown', function (event) {
        var tabs = Array.prototype.slice.call(list.querySelectorAll('[role="tab"]'));
        var index = tabs.indexOf(document.activeElement);
        var next = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: tabs.length - 1 }[event.key];
        if (index < 0 || next === undefined) { return; }
        event.preventDefault();
        var tab = tabs[(next + tabs.length) % tabs.length];
        choose(tab.getAttribute('data-tab'), true);
        tab.focus();
      });
    });
    var target = location.hash && document.getElementById(decodeURIComponent(location.hash.slice(1)));
    var panel = target && target.closest('.tab-panel');
    choose(panel ? panel.getAttribute('data-tab') : stored('helpcenter.tab') || '', false);
  }

  // Zones (DocFX pivots): with two pivots or more on the page, a choice before the first zone shows the zones
  // of one pivot; ?pivots=name in the address (as learn.microsoft.com links have it) chooses it.
  function setUpZones(main) {
    var zones = Array.prototype.slice.call(main.querySelectorAll('.docfx-zone[data-pivot]'));
    var pivots = [];
    zones.forEach(function (zone) {
      zone.getAttribute('data-pivot').split(',').forEach(function (pivot) {
        if (pivots.indexOf(pivot) < 0) { pivots.push(pivot); }
      });
    });
    if (pivots.length < 2) { return; }
    var picker = document.createElement('div');
    picker.className = 'zone-picker';
    picker.setAttribute('role', 'group');
    picker.setAttribute('aria-label', main.getAttribute('data-zones-label'));
    var legend = document.createElement('span');
    legend.className = 'zone-picker-label';
    legend.textContent = main.getAttribute('data-zones-label');
    legend.setAttribute('aria-hidden', 'true');
    picker.appendChild(legend);
    pivots.forEach(function (pivot) {
      var button = document.createElement('button');
      button.type = 'button';
      button.textContent = pivot;
      button.setAttribute('data-pivot', pivot);
      picker.appendChild(button);
    });
    function choose(pivot, remember) {
      Array.prototype.forEach.call(picker.querySelectorAll('button'), function (button) {
        button.setAttribute('aria-pressed', button.getAttribute('data-pivot') === pivot ? 'true' : 'false');
      });
      zones.forEach(function (zone) {
        zone.hidden = zone.getAttribute('data-pivot').split(',').indexOf(pivot) < 0;
        var row = zone.closest('.bi-row');
        if (row) { row.hidden = !row.querySelector('.docfx-zone:not([hidden])'); }
      });
      if (remember) { store('helpcenter.pivot', pivot); }
    }
    picker.addEventListener('click', function (event) {
      var button = event.target.closest('button[data-pivot]');
      if (button) { choose(button.getAttribute('data-pivot'), true); }
    });
    main.classList.add('zones-picked');
    var first = zones[0].closest('.bi-row') || zones[0];
    first.parentNode.insertBefore(picker, first);
    var asked = new URLSearchParams(location.search).get('pivots');
    var remembered = stored('helpcenter.pivot');
    choose(pivots.indexOf(asked) >= 0 ? asked : pivots.indexOf(remembered) >= 0 ? remembered : pivots[0], false);
  }

  // On load, and after a view switch has replaced the body (header included).
  function setUp() {
    setUpTheme();
    var main = document.querySelector('main.article-page');
    if (!main) { return; }
    measureBar();
    focusWideBoxes();
    setUpReveal(main);
    setUpNotice(main);
    setUpOffer(main);
    setUpTabs(main);
    setUpZones(main);
    setUpFeedback(main);
    setUpRowReports(main);
  }

  history.replaceState({ helpcenter: true }, '');
  setUp();
}());
