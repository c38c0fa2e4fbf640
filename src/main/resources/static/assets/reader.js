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
    popup.textContent = original.textContent;
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
  }

  history.replaceState({ helpcenter: true }, '');
  setUp();
}());
